from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_runs_export_response import JobsRunsExportResponse
from ...models.jobs_views_to_export import JobsViewsToExport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_id: int,
    views_to_export: JobsViewsToExport | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    json_views_to_export: str | Unset = UNSET
    if not isinstance(views_to_export, Unset):
        json_views_to_export = views_to_export.value

    params["views_to_export"] = json_views_to_export

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.2/jobs/runs/export",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobsRunsExportResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = JobsRunsExportResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobsRunsExportResponse]:
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
    views_to_export: JobsViewsToExport | Unset = UNSET,
) -> Response[JobsRunsExportResponse]:
    """Export a run

     Exports the views of a notebook run as HTML: `views_to_export` CODE (the default: the notebook),
    DASHBOARDS (its dashboards) or ALL. Only notebook task runs can be exported (pass a task run id for
    a
    multi-task run); other runs → `INVALID_PARAMETER_VALUE`. Runs are removed after 60 days: export
    them first to keep them. Also served at `/api/2.0/jobs/runs/export`. A workspace that does not serve
    the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its
            dashboards) or ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunsExportResponse]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        views_to_export=views_to_export,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    run_id: int,
    views_to_export: JobsViewsToExport | Unset = UNSET,
) -> JobsRunsExportResponse | None:
    """Export a run

     Exports the views of a notebook run as HTML: `views_to_export` CODE (the default: the notebook),
    DASHBOARDS (its dashboards) or ALL. Only notebook task runs can be exported (pass a task run id for
    a
    multi-task run); other runs → `INVALID_PARAMETER_VALUE`. Runs are removed after 60 days: export
    them first to keep them. Also served at `/api/2.0/jobs/runs/export`. A workspace that does not serve
    the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its
            dashboards) or ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunsExportResponse
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
        views_to_export=views_to_export,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: int,
    views_to_export: JobsViewsToExport | Unset = UNSET,
) -> Response[JobsRunsExportResponse]:
    """Export a run

     Exports the views of a notebook run as HTML: `views_to_export` CODE (the default: the notebook),
    DASHBOARDS (its dashboards) or ALL. Only notebook task runs can be exported (pass a task run id for
    a
    multi-task run); other runs → `INVALID_PARAMETER_VALUE`. Runs are removed after 60 days: export
    them first to keep them. Also served at `/api/2.0/jobs/runs/export`. A workspace that does not serve
    the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its
            dashboards) or ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunsExportResponse]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        views_to_export=views_to_export,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    run_id: int,
    views_to_export: JobsViewsToExport | Unset = UNSET,
) -> JobsRunsExportResponse | None:
    """Export a run

     Exports the views of a notebook run as HTML: `views_to_export` CODE (the default: the notebook),
    DASHBOARDS (its dashboards) or ALL. Only notebook task runs can be exported (pass a task run id for
    a
    multi-task run); other runs → `INVALID_PARAMETER_VALUE`. Runs are removed after 60 days: export
    them first to keep them. Also served at `/api/2.0/jobs/runs/export`. A workspace that does not serve
    the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        run_id (int):
        views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its
            dashboards) or ALL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunsExportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
            views_to_export=views_to_export,
        )
    ).parsed
