from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.jobs_20_update_request import Jobs20UpdateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: Jobs20UpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/jobs/update",
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
    body: Jobs20UpdateRequest,
) -> Response[Empty]:
    """Change some settings of a job

     Replaces the top-level fields given in `new_settings` (nested fields are not merged) and removes the
    top-level fields named in `fields_to_remove` (e.g. `["libraries", "schedule"]`; absent names are
    ignored). The result is validated like create; nothing changes when it is rejected. Single-task
    fields (a task kind, a cluster, libraries, retries) cannot be set on a multi-task format job; giving
    `tasks` turns a single-task format job into a multi-task one. Unknown job →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20UpdateRequest):

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
    body: Jobs20UpdateRequest,
) -> Empty | None:
    """Change some settings of a job

     Replaces the top-level fields given in `new_settings` (nested fields are not merged) and removes the
    top-level fields named in `fields_to_remove` (e.g. `["libraries", "schedule"]`; absent names are
    ignored). The result is validated like create; nothing changes when it is rejected. Single-task
    fields (a task kind, a cluster, libraries, retries) cannot be set on a multi-task format job; giving
    `tasks` turns a single-task format job into a multi-task one. Unknown job →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20UpdateRequest):

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
    body: Jobs20UpdateRequest,
) -> Response[Empty]:
    """Change some settings of a job

     Replaces the top-level fields given in `new_settings` (nested fields are not merged) and removes the
    top-level fields named in `fields_to_remove` (e.g. `["libraries", "schedule"]`; absent names are
    ignored). The result is validated like create; nothing changes when it is rejected. Single-task
    fields (a task kind, a cluster, libraries, retries) cannot be set on a multi-task format job; giving
    `tasks` turns a single-task format job into a multi-task one. Unknown job →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20UpdateRequest):

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
    body: Jobs20UpdateRequest,
) -> Empty | None:
    """Change some settings of a job

     Replaces the top-level fields given in `new_settings` (nested fields are not merged) and removes the
    top-level fields named in `fields_to_remove` (e.g. `["libraries", "schedule"]`; absent names are
    ignored). The result is validated like create; nothing changes when it is rejected. Single-task
    fields (a task kind, a cluster, libraries, retries) cannot be set on a multi-task format job; giving
    `tasks` turns a single-task format job into a multi-task one. Unknown job →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20UpdateRequest):

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
