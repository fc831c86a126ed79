from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_21_run import Jobs21Run
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_id: int,
    include_history: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    params["include_history"] = include_history

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.1/jobs/runs/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs21Run | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs21Run.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jobs21Run]:
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
    include_history: bool | Unset = UNSET,
) -> Response[Jobs21Run]:
    """Get a run

     Returns a run. A multi-task run lists its task runs in `tasks`, each with its own `run_id`
    (usable with `runs/get-output`); `run_duration` is the duration of the run and all its repairs while
    `setup_duration`, `execution_duration` and `cleanup_duration` are 0. A run of a single-task format
    job has one task whose `run_id` is the run's. `include_history` adds `repair_history` (the original
    run, then each repair). A task run id can be read too. Unknown or deleted run → HTTP 400
    `INVALID_PARAMETER_VALUE` "Run <id> does not exist". A workspace that does not serve the path
    answers
    404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        include_history (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        include_history=include_history,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    run_id: int,
    include_history: bool | Unset = UNSET,
) -> Jobs21Run | None:
    """Get a run

     Returns a run. A multi-task run lists its task runs in `tasks`, each with its own `run_id`
    (usable with `runs/get-output`); `run_duration` is the duration of the run and all its repairs while
    `setup_duration`, `execution_duration` and `cleanup_duration` are 0. A run of a single-task format
    job has one task whose `run_id` is the run's. `include_history` adds `repair_history` (the original
    run, then each repair). A task run id can be read too. Unknown or deleted run → HTTP 400
    `INVALID_PARAMETER_VALUE` "Run <id> does not exist". A workspace that does not serve the path
    answers
    404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        include_history (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21Run
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
        include_history=include_history,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: int,
    include_history: bool | Unset = UNSET,
) -> Response[Jobs21Run]:
    """Get a run

     Returns a run. A multi-task run lists its task runs in `tasks`, each with its own `run_id`
    (usable with `runs/get-output`); `run_duration` is the duration of the run and all its repairs while
    `setup_duration`, `execution_duration` and `cleanup_duration` are 0. A run of a single-task format
    job has one task whose `run_id` is the run's. `include_history` adds `repair_history` (the original
    run, then each repair). A task run id can be read too. Unknown or deleted run → HTTP 400
    `INVALID_PARAMETER_VALUE` "Run <id> does not exist". A workspace that does not serve the path
    answers
    404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        include_history (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21Run]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        include_history=include_history,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    run_id: int,
    include_history: bool | Unset = UNSET,
) -> Jobs21Run | None:
    """Get a run

     Returns a run. A multi-task run lists its task runs in `tasks`, each with its own `run_id`
    (usable with `runs/get-output`); `run_duration` is the duration of the run and all its repairs while
    `setup_duration`, `execution_duration` and `cleanup_duration` are 0. A run of a single-task format
    job has one task whose `run_id` is the run's. `include_history` adds `repair_history` (the original
    run, then each repair). A task run id can be read too. Unknown or deleted run → HTTP 400
    `INVALID_PARAMETER_VALUE` "Run <id> does not exist". A workspace that does not serve the path
    answers
    404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        include_history (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21Run
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
            include_history=include_history,
        )
    ).parsed
