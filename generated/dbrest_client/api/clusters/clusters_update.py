from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clusters_update_request import ClustersUpdateRequest
from ...models.empty import Empty
from ...types import Response


def _get_kwargs(
    *,
    body: ClustersUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.1/clusters/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClustersUpdateRequest,
) -> Response[Empty]:
    """Update part of a cluster's configuration

     Changes only the fields named in `update_mask` (comma-separated field paths without spaces, e.g.
    `num_workers,spark_conf`; a nested path such as `autoscale.max_workers` changes one sub-field; a map
    or
    list is replaced as a whole; `*` replaces the whole specification) to their values in `cluster`; a
    named field absent from `cluster` is cleared. Everything else keeps its value. Allowed only in
    RUNNING
    and TERMINATED, like `edit`: a RUNNING cluster restarts (RESTARTING, then RUNNING) to apply the
    change, a
    TERMINATED one keeps it for its next start; other states → INVALID_STATE. Clusters created by the
    Jobs
    service cannot be updated. An empty mask, an unknown field path, a path into a map or list, or a
    result
    that `create` would reject (e.g. both `num_workers` and `autoscale`) → INVALID_PARAMETER_VALUE, and
    nothing changes. Records an EDITED event. Evidence: `ClustersAPI.update` of databricks-sdk 0.162.0
    and
    https://google.aip.dev/161 (field masks), which its docstring cites.

    Args:
        body (ClustersUpdateRequest): Which cluster, which of its fields to change, and their new
            values. Example: {'cluster_id': '1202-211320-brick1', 'update_mask':
            'autotermination_minutes', 'cluster': {'autotermination_minutes': 60}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: ClustersUpdateRequest,
) -> Empty | None:
    """Update part of a cluster's configuration

     Changes only the fields named in `update_mask` (comma-separated field paths without spaces, e.g.
    `num_workers,spark_conf`; a nested path such as `autoscale.max_workers` changes one sub-field; a map
    or
    list is replaced as a whole; `*` replaces the whole specification) to their values in `cluster`; a
    named field absent from `cluster` is cleared. Everything else keeps its value. Allowed only in
    RUNNING
    and TERMINATED, like `edit`: a RUNNING cluster restarts (RESTARTING, then RUNNING) to apply the
    change, a
    TERMINATED one keeps it for its next start; other states → INVALID_STATE. Clusters created by the
    Jobs
    service cannot be updated. An empty mask, an unknown field path, a path into a map or list, or a
    result
    that `create` would reject (e.g. both `num_workers` and `autoscale`) → INVALID_PARAMETER_VALUE, and
    nothing changes. Records an EDITED event. Evidence: `ClustersAPI.update` of databricks-sdk 0.162.0
    and
    https://google.aip.dev/161 (field masks), which its docstring cites.

    Args:
        body (ClustersUpdateRequest): Which cluster, which of its fields to change, and their new
            values. Example: {'cluster_id': '1202-211320-brick1', 'update_mask':
            'autotermination_minutes', 'cluster': {'autotermination_minutes': 60}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClustersUpdateRequest,
) -> Response[Empty]:
    """Update part of a cluster's configuration

     Changes only the fields named in `update_mask` (comma-separated field paths without spaces, e.g.
    `num_workers,spark_conf`; a nested path such as `autoscale.max_workers` changes one sub-field; a map
    or
    list is replaced as a whole; `*` replaces the whole specification) to their values in `cluster`; a
    named field absent from `cluster` is cleared. Everything else keeps its value. Allowed only in
    RUNNING
    and TERMINATED, like `edit`: a RUNNING cluster restarts (RESTARTING, then RUNNING) to apply the
    change, a
    TERMINATED one keeps it for its next start; other states → INVALID_STATE. Clusters created by the
    Jobs
    service cannot be updated. An empty mask, an unknown field path, a path into a map or list, or a
    result
    that `create` would reject (e.g. both `num_workers` and `autoscale`) → INVALID_PARAMETER_VALUE, and
    nothing changes. Records an EDITED event. Evidence: `ClustersAPI.update` of databricks-sdk 0.162.0
    and
    https://google.aip.dev/161 (field masks), which its docstring cites.

    Args:
        body (ClustersUpdateRequest): Which cluster, which of its fields to change, and their new
            values. Example: {'cluster_id': '1202-211320-brick1', 'update_mask':
            'autotermination_minutes', 'cluster': {'autotermination_minutes': 60}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClustersUpdateRequest,
) -> Empty | None:
    """Update part of a cluster's configuration

     Changes only the fields named in `update_mask` (comma-separated field paths without spaces, e.g.
    `num_workers,spark_conf`; a nested path such as `autoscale.max_workers` changes one sub-field; a map
    or
    list is replaced as a whole; `*` replaces the whole specification) to their values in `cluster`; a
    named field absent from `cluster` is cleared. Everything else keeps its value. Allowed only in
    RUNNING
    and TERMINATED, like `edit`: a RUNNING cluster restarts (RESTARTING, then RUNNING) to apply the
    change, a
    TERMINATED one keeps it for its next start; other states → INVALID_STATE. Clusters created by the
    Jobs
    service cannot be updated. An empty mask, an unknown field path, a path into a map or list, or a
    result
    that `create` would reject (e.g. both `num_workers` and `autoscale`) → INVALID_PARAMETER_VALUE, and
    nothing changes. Records an EDITED event. Evidence: `ClustersAPI.update` of databricks-sdk 0.162.0
    and
    https://google.aip.dev/161 (field masks), which its docstring cites.

    Args:
        body (ClustersUpdateRequest): Which cluster, which of its fields to change, and their new
            values. Example: {'cluster_id': '1202-211320-brick1', 'update_mask':
            'autotermination_minutes', 'cluster': {'autotermination_minutes': 60}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
