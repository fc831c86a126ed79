from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbfs_read_response import DbfsReadResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    path: str,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params["offset"] = offset

    params["length"] = length

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/dbfs/read",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DbfsReadResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = DbfsReadResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DbfsReadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> Response[DbfsReadResponse]:
    """Read part of a file

     Returns up to `length` bytes (default 0.5 MB, at most 1 MB: `MAX_READ_SIZE_EXCEEDED` beyond) of the
    file starting at `offset`, base64-encoded. Reading past the end returns what is left (`bytes_read`
    0 at or after the end). Missing file → `RESOURCE_DOES_NOT_EXIST`; a directory, a negative offset
    or a negative length → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
            (dbfs:/mnt/foo); a relative
            path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbfsReadResponse]
    """

    kwargs = _get_kwargs(
        path=path,
        offset=offset,
        length=length,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> DbfsReadResponse | None:
    """Read part of a file

     Returns up to `length` bytes (default 0.5 MB, at most 1 MB: `MAX_READ_SIZE_EXCEEDED` beyond) of the
    file starting at `offset`, base64-encoded. Reading past the end returns what is left (`bytes_read`
    0 at or after the end). Missing file → `RESOURCE_DOES_NOT_EXIST`; a directory, a negative offset
    or a negative length → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
            (dbfs:/mnt/foo); a relative
            path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbfsReadResponse
    """

    return sync_detailed(
        client=client,
        path=path,
        offset=offset,
        length=length,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> Response[DbfsReadResponse]:
    """Read part of a file

     Returns up to `length` bytes (default 0.5 MB, at most 1 MB: `MAX_READ_SIZE_EXCEEDED` beyond) of the
    file starting at `offset`, base64-encoded. Reading past the end returns what is left (`bytes_read`
    0 at or after the end). Missing file → `RESOURCE_DOES_NOT_EXIST`; a directory, a negative offset
    or a negative length → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
            (dbfs:/mnt/foo); a relative
            path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbfsReadResponse]
    """

    kwargs = _get_kwargs(
        path=path,
        offset=offset,
        length=length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str,
    offset: int | Unset = UNSET,
    length: int | Unset = UNSET,
) -> DbfsReadResponse | None:
    """Read part of a file

     Returns up to `length` bytes (default 0.5 MB, at most 1 MB: `MAX_READ_SIZE_EXCEEDED` beyond) of the
    file starting at `offset`, base64-encoded. Reading past the end returns what is left (`bytes_read`
    0 at or after the end). Missing file → `RESOURCE_DOES_NOT_EXIST`; a directory, a negative offset
    or a negative length → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
            (dbfs:/mnt/foo); a relative
            path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        offset (int | Unset):
        length (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbfsReadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
            offset=offset,
            length=length,
        )
    ).parsed
