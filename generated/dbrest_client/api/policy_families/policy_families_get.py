from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.policy_family import PolicyFamily
from ...types import UNSET, Response, Unset


def _get_kwargs(
    policy_family_id: str,
    *,
    version: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/policy-families/{policy_family_id}".format(
            policy_family_id=quote(str(policy_family_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PolicyFamily | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = PolicyFamily.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PolicyFamily]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_family_id: str,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
) -> Response[PolicyFamily]:
    """Get a policy family

     Returns a policy family at its latest version, or at `version` (the catalogue of the mock has
    version 1
    of each family). An unknown family or version → RESOURCE_DOES_NOT_EXIST (404); a `version` below 1 →
    INVALID_PARAMETER_VALUE.

    Args:
        policy_family_id (str):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyFamily]
    """

    kwargs = _get_kwargs(
        policy_family_id=policy_family_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    policy_family_id: str,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
) -> PolicyFamily | None:
    """Get a policy family

     Returns a policy family at its latest version, or at `version` (the catalogue of the mock has
    version 1
    of each family). An unknown family or version → RESOURCE_DOES_NOT_EXIST (404); a `version` below 1 →
    INVALID_PARAMETER_VALUE.

    Args:
        policy_family_id (str):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyFamily
    """

    return sync_detailed(
        policy_family_id=policy_family_id,
        client=client,
        version=version,
    ).parsed


async def asyncio_detailed(
    policy_family_id: str,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
) -> Response[PolicyFamily]:
    """Get a policy family

     Returns a policy family at its latest version, or at `version` (the catalogue of the mock has
    version 1
    of each family). An unknown family or version → RESOURCE_DOES_NOT_EXIST (404); a `version` below 1 →
    INVALID_PARAMETER_VALUE.

    Args:
        policy_family_id (str):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyFamily]
    """

    kwargs = _get_kwargs(
        policy_family_id=policy_family_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    policy_family_id: str,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
) -> PolicyFamily | None:
    """Get a policy family

     Returns a policy family at its latest version, or at `version` (the catalogue of the mock has
    version 1
    of each family). An unknown family or version → RESOURCE_DOES_NOT_EXIST (404); a `version` below 1 →
    INVALID_PARAMETER_VALUE.

    Args:
        policy_family_id (str):
        version (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyFamily
    """

    return (
        await asyncio_detailed(
            policy_family_id=policy_family_id,
            client=client,
            version=version,
        )
    ).parsed
