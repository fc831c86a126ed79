from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_20_run import Jobs20Run
from ...types import UNSET, Response


def _get_kwargs(
    *,
    run_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/jobs/runs/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs20Run | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs20Run.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jobs20Run]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    run_id: int,
) -> Response[Jobs20Run]:
    """Get a run

     Returns a run: for a single-task format run its `task`, `cluster_spec` and `cluster_instance`; for a
    multi-task run its `tasks` (as in 2.1). Unknown or deleted run → HTTP 400 `INVALID_PARAMETER_VALUE`
    "Run <id> does not exist".

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    run_id: int,
) -> Jobs20Run | None:
    """Get a run

     Returns a run: for a single-task format run its `task`, `cluster_spec` and `cluster_instance`; for a
    multi-task run its `tasks` (as in 2.1). Unknown or deleted run → HTTP 400 `INVALID_PARAMETER_VALUE`
    "Run <id> does not exist".

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20Run
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: int,
) -> Response[Jobs20Run]:
    """Get a run

     Returns a run: for a single-task format run its `task`, `cluster_spec` and `cluster_instance`; for a
    multi-task run its `tasks` (as in 2.1). Unknown or deleted run → HTTP 400 `INVALID_PARAMETER_VALUE`
    "Run <id> does not exist".

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    run_id: int,
) -> Jobs20Run | None:
    """Get a run

     Returns a run: for a single-task format run its `task`, `cluster_spec` and `cluster_instance`; for a
    multi-task run its `tasks` (as in 2.1). Unknown or deleted run → HTTP 400 `INVALID_PARAMETER_VALUE`
    "Run <id> does not exist".

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20Run
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
        )
    ).parsed
