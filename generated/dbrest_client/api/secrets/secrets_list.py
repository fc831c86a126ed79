from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.secrets_list_response import SecretsListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    scope: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/secrets/list",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SecretsListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = SecretsListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SecretsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scope: str,
) -> Response[SecretsListResponse]:
    """List the secrets of a scope

     Lists the keys of the scope's secrets with their last update time (epoch ms); values are never
    returned. Not paginated. An empty scope → `{}`. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the
    caller
    needs READ (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsListResponse]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope: str,
) -> SecretsListResponse | None:
    """List the secrets of a scope

     Lists the keys of the scope's secrets with their last update time (epoch ms); values are never
    returned. Not paginated. An empty scope → `{}`. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the
    caller
    needs READ (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsListResponse
    """

    return sync_detailed(
        client=client,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: str,
) -> Response[SecretsListResponse]:
    """List the secrets of a scope

     Lists the keys of the scope's secrets with their last update time (epoch ms); values are never
    returned. Not paginated. An empty scope → `{}`. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the
    caller
    needs READ (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsListResponse]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: str,
) -> SecretsListResponse | None:
    """List the secrets of a scope

     Lists the keys of the scope's secrets with their last update time (epoch ms); values are never
    returned. Not paginated. An empty scope → `{}`. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the
    caller
    needs READ (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
        )
    ).parsed
