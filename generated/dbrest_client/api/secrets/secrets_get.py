from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.secrets_get_response import SecretsGetResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    scope: str,
    key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["key"] = key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/secrets/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SecretsGetResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = SecretsGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SecretsGetResponse]:
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
    key: str,
) -> Response[SecretsGetResponse]:
    """Read a secret's value

     Returns the value of the secret `key` in `scope`, base64-encoded (the bytes as stored: UTF-8 of a
    `string_value`, or the decoded `bytes_value`). The caller needs READ on the scope
    (`PERMISSION_DENIED`).
    Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`. Databricks documents the call as the one DBUtils
    uses (databricks-sdk 0.162.0 `SecretsAPI.get_secret`); some deployments answer `BAD_REQUEST` when a
    non-admin calls it outside a notebook.

    Args:
        scope (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsGetResponse]
    """

    kwargs = _get_kwargs(
        scope=scope,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope: str,
    key: str,
) -> SecretsGetResponse | None:
    """Read a secret's value

     Returns the value of the secret `key` in `scope`, base64-encoded (the bytes as stored: UTF-8 of a
    `string_value`, or the decoded `bytes_value`). The caller needs READ on the scope
    (`PERMISSION_DENIED`).
    Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`. Databricks documents the call as the one DBUtils
    uses (databricks-sdk 0.162.0 `SecretsAPI.get_secret`); some deployments answer `BAD_REQUEST` when a
    non-admin calls it outside a notebook.

    Args:
        scope (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsGetResponse
    """

    return sync_detailed(
        client=client,
        scope=scope,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: str,
    key: str,
) -> Response[SecretsGetResponse]:
    """Read a secret's value

     Returns the value of the secret `key` in `scope`, base64-encoded (the bytes as stored: UTF-8 of a
    `string_value`, or the decoded `bytes_value`). The caller needs READ on the scope
    (`PERMISSION_DENIED`).
    Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`. Databricks documents the call as the one DBUtils
    uses (databricks-sdk 0.162.0 `SecretsAPI.get_secret`); some deployments answer `BAD_REQUEST` when a
    non-admin calls it outside a notebook.

    Args:
        scope (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsGetResponse]
    """

    kwargs = _get_kwargs(
        scope=scope,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: str,
    key: str,
) -> SecretsGetResponse | None:
    """Read a secret's value

     Returns the value of the secret `key` in `scope`, base64-encoded (the bytes as stored: UTF-8 of a
    `string_value`, or the decoded `bytes_value`). The caller needs READ on the scope
    (`PERMISSION_DENIED`).
    Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`. Databricks documents the call as the one DBUtils
    uses (databricks-sdk 0.162.0 `SecretsAPI.get_secret`); some deployments answer `BAD_REQUEST` when a
    non-admin calls it outside a notebook.

    Args:
        scope (str):
        key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsGetResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            key=key,
        )
    ).parsed
