from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.policy_families_list_response import PolicyFamiliesListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_results"] = max_results

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/policy-families",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PolicyFamiliesListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = PolicyFamiliesListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PolicyFamiliesListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[PolicyFamiliesListResponse]:
    """List the policy families

     Returns the policy families at their latest version, `max_results` at a time (default and at most
    100
    in the mock), ordered by id; `next_page_token` (absent on the last page) leads to the next page. An
    unknown `page_token` → INVALID_PARAMETER_VALUE.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyFamiliesListResponse]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> PolicyFamiliesListResponse | None:
    """List the policy families

     Returns the policy families at their latest version, `max_results` at a time (default and at most
    100
    in the mock), ordered by id; `next_page_token` (absent on the last page) leads to the next page. An
    unknown `page_token` → INVALID_PARAMETER_VALUE.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyFamiliesListResponse
    """

    return sync_detailed(
        client=client,
        max_results=max_results,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[PolicyFamiliesListResponse]:
    """List the policy families

     Returns the policy families at their latest version, `max_results` at a time (default and at most
    100
    in the mock), ordered by id; `next_page_token` (absent on the last page) leads to the next page. An
    unknown `page_token` → INVALID_PARAMETER_VALUE.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PolicyFamiliesListResponse]
    """

    kwargs = _get_kwargs(
        max_results=max_results,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    max_results: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> PolicyFamiliesListResponse | None:
    """List the policy families

     Returns the policy families at their latest version, `max_results` at a time (default and at most
    100
    in the mock), ordered by id; `next_page_token` (absent on the last page) leads to the next page. An
    unknown `page_token` → INVALID_PARAMETER_VALUE.

    Args:
        max_results (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PolicyFamiliesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            max_results=max_results,
            page_token=page_token,
        )
    ).parsed
