from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clusters_events_request import ClustersEventsRequest
from ...models.clusters_events_response import ClustersEventsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClustersEventsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.1/clusters/events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClustersEventsResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClustersEventsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClustersEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClustersEventsRequest,
) -> Response[ClustersEventsResponse]:
    """List the events of a cluster

     Returns the events of a cluster (active, or terminated within the last 30 days), newest first by
    default, filtered by time range (`start_time` and `end_time`, epoch milliseconds, inclusive) and
    `event_types`. Paginated: at most `limit` events (1–500, default 50) from `offset` (default 0);
    `next_page` holds the request for the following page and is absent on the last page;
    `total_count` counts every event that matches the filters. With order DESC, a non-zero `offset`
    requires `end_time` (INVALID_PARAMETER_VALUE otherwise); `next_page` always carries it. A POST even
    though it reads. `offset`/`limit` are deprecated in favour of token paging: with `page_size` (0–500;
    0 lets the server decide, larger values count as 500) or `page_token`, the response carries
    `next_page_token`/`prev_page_token` (absent at either end), `total_count` 0, and a `next_page` that
    repeats the request with the next token. A token is valid only with the filters it was issued for;
    an unknown or mismatched one → INVALID_PARAMETER_VALUE.

    Args:
        body (ClustersEventsRequest): Which events of which cluster; also the shape of
            `next_page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersEventsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ClustersEventsRequest,
) -> ClustersEventsResponse | None:
    """List the events of a cluster

     Returns the events of a cluster (active, or terminated within the last 30 days), newest first by
    default, filtered by time range (`start_time` and `end_time`, epoch milliseconds, inclusive) and
    `event_types`. Paginated: at most `limit` events (1–500, default 50) from `offset` (default 0);
    `next_page` holds the request for the following page and is absent on the last page;
    `total_count` counts every event that matches the filters. With order DESC, a non-zero `offset`
    requires `end_time` (INVALID_PARAMETER_VALUE otherwise); `next_page` always carries it. A POST even
    though it reads. `offset`/`limit` are deprecated in favour of token paging: with `page_size` (0–500;
    0 lets the server decide, larger values count as 500) or `page_token`, the response carries
    `next_page_token`/`prev_page_token` (absent at either end), `total_count` 0, and a `next_page` that
    repeats the request with the next token. A token is valid only with the filters it was issued for;
    an unknown or mismatched one → INVALID_PARAMETER_VALUE.

    Args:
        body (ClustersEventsRequest): Which events of which cluster; also the shape of
            `next_page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersEventsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClustersEventsRequest,
) -> Response[ClustersEventsResponse]:
    """List the events of a cluster

     Returns the events of a cluster (active, or terminated within the last 30 days), newest first by
    default, filtered by time range (`start_time` and `end_time`, epoch milliseconds, inclusive) and
    `event_types`. Paginated: at most `limit` events (1–500, default 50) from `offset` (default 0);
    `next_page` holds the request for the following page and is absent on the last page;
    `total_count` counts every event that matches the filters. With order DESC, a non-zero `offset`
    requires `end_time` (INVALID_PARAMETER_VALUE otherwise); `next_page` always carries it. A POST even
    though it reads. `offset`/`limit` are deprecated in favour of token paging: with `page_size` (0–500;
    0 lets the server decide, larger values count as 500) or `page_token`, the response carries
    `next_page_token`/`prev_page_token` (absent at either end), `total_count` 0, and a `next_page` that
    repeats the request with the next token. A token is valid only with the filters it was issued for;
    an unknown or mismatched one → INVALID_PARAMETER_VALUE.

    Args:
        body (ClustersEventsRequest): Which events of which cluster; also the shape of
            `next_page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersEventsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClustersEventsRequest,
) -> ClustersEventsResponse | None:
    """List the events of a cluster

     Returns the events of a cluster (active, or terminated within the last 30 days), newest first by
    default, filtered by time range (`start_time` and `end_time`, epoch milliseconds, inclusive) and
    `event_types`. Paginated: at most `limit` events (1–500, default 50) from `offset` (default 0);
    `next_page` holds the request for the following page and is absent on the last page;
    `total_count` counts every event that matches the filters. With order DESC, a non-zero `offset`
    requires `end_time` (INVALID_PARAMETER_VALUE otherwise); `next_page` always carries it. A POST even
    though it reads. `offset`/`limit` are deprecated in favour of token paging: with `page_size` (0–500;
    0 lets the server decide, larger values count as 500) or `page_token`, the response carries
    `next_page_token`/`prev_page_token` (absent at either end), `total_count` 0, and a `next_page` that
    repeats the request with the next token. A token is valid only with the filters it was issued for;
    an unknown or mismatched one → INVALID_PARAMETER_VALUE.

    Args:
        body (ClustersEventsRequest): Which events of which cluster; also the shape of
            `next_page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
