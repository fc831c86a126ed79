from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_21_runs_get_output_response import Jobs21RunsGetOutputResponse
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
        "url": "/api/2.1/jobs/runs/get-output",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Jobs21RunsGetOutputResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs21RunsGetOutputResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Jobs21RunsGetOutputResponse]:
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
) -> Response[Jobs21RunsGetOutputResponse]:
    """Get the output of a task run

     Returns the output and the metadata of a single task run: `notebook_output` for notebook tasks (the
    first 5 MB of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call
    it), `logs` (last 5 MB of stdout/stderr) for JAR, Python and wheel tasks, `error` and `error_trace`
    for failed runs; fields are absent until the run has finished. The id of a multi-task run itself →
    HTTP 400 `INVALID_PARAMETER_VALUE` "Retrieving the output of runs with multiple tasks is not
    supported. You must retrieve the output of each individual task run instead."; pass the `run_id` of
    one of its `tasks`. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the
    path
    answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21RunsGetOutputResponse]
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
) -> Jobs21RunsGetOutputResponse | None:
    """Get the output of a task run

     Returns the output and the metadata of a single task run: `notebook_output` for notebook tasks (the
    first 5 MB of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call
    it), `logs` (last 5 MB of stdout/stderr) for JAR, Python and wheel tasks, `error` and `error_trace`
    for failed runs; fields are absent until the run has finished. The id of a multi-task run itself →
    HTTP 400 `INVALID_PARAMETER_VALUE` "Retrieving the output of runs with multiple tasks is not
    supported. You must retrieve the output of each individual task run instead."; pass the `run_id` of
    one of its `tasks`. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the
    path
    answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21RunsGetOutputResponse
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: int,
) -> Response[Jobs21RunsGetOutputResponse]:
    """Get the output of a task run

     Returns the output and the metadata of a single task run: `notebook_output` for notebook tasks (the
    first 5 MB of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call
    it), `logs` (last 5 MB of stdout/stderr) for JAR, Python and wheel tasks, `error` and `error_trace`
    for failed runs; fields are absent until the run has finished. The id of a multi-task run itself →
    HTTP 400 `INVALID_PARAMETER_VALUE` "Retrieving the output of runs with multiple tasks is not
    supported. You must retrieve the output of each individual task run instead."; pass the `run_id` of
    one of its `tasks`. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the
    path
    answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21RunsGetOutputResponse]
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
) -> Jobs21RunsGetOutputResponse | None:
    """Get the output of a task run

     Returns the output and the metadata of a single task run: `notebook_output` for notebook tasks (the
    first 5 MB of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call
    it), `logs` (last 5 MB of stdout/stderr) for JAR, Python and wheel tasks, `error` and `error_trace`
    for failed runs; fields are absent until the run has finished. The id of a multi-task run itself →
    HTTP 400 `INVALID_PARAMETER_VALUE` "Retrieving the output of runs with multiple tasks is not
    supported. You must retrieve the output of each individual task run instead."; pass the `run_id` of
    one of its `tasks`. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the
    path
    answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21RunsGetOutputResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
        )
    ).parsed
