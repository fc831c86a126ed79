from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_20_runs_get_output_response import Jobs20RunsGetOutputResponse
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
        "url": "/api/2.0/jobs/runs/get-output",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Jobs20RunsGetOutputResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs20RunsGetOutputResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Jobs20RunsGetOutputResponse]:
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
) -> Response[Jobs20RunsGetOutputResponse]:
    """Get the output of a run

     Returns the output and the metadata of a run: `notebook_output` for notebook runs (the first 5 MB
    of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call it), `logs`
    for JAR, Python and wheel runs, `error` and `error_trace` for failed runs; the output fields are
    absent until the run has finished. A multi-task run → `INVALID_PARAMETER_VALUE` (read the output of
    each of its task runs). Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20RunsGetOutputResponse]
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
) -> Jobs20RunsGetOutputResponse | None:
    """Get the output of a run

     Returns the output and the metadata of a run: `notebook_output` for notebook runs (the first 5 MB
    of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call it), `logs`
    for JAR, Python and wheel runs, `error` and `error_trace` for failed runs; the output fields are
    absent until the run has finished. A multi-task run → `INVALID_PARAMETER_VALUE` (read the output of
    each of its task runs). Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20RunsGetOutputResponse
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: int,
) -> Response[Jobs20RunsGetOutputResponse]:
    """Get the output of a run

     Returns the output and the metadata of a run: `notebook_output` for notebook runs (the first 5 MB
    of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call it), `logs`
    for JAR, Python and wheel runs, `error` and `error_trace` for failed runs; the output fields are
    absent until the run has finished. A multi-task run → `INVALID_PARAMETER_VALUE` (read the output of
    each of its task runs). Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20RunsGetOutputResponse]
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
) -> Jobs20RunsGetOutputResponse | None:
    """Get the output of a run

     Returns the output and the metadata of a run: `notebook_output` for notebook runs (the first 5 MB
    of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call it), `logs`
    for JAR, Python and wheel runs, `error` and `error_trace` for failed runs; the output fields are
    absent until the run has finished. A multi-task run → `INVALID_PARAMETER_VALUE` (read the output of
    each of its task runs). Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.

    Args:
        run_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20RunsGetOutputResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
        )
    ).parsed
