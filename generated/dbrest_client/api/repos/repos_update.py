from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.repos_update_request import ReposUpdateRequest
from ...types import Response


def _get_kwargs(
    repo_id: int,
    *,
    body: ReposUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/repos/{repo_id}".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
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
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: ReposUpdateRequest,
) -> Response[Empty]:
    """Check out a branch or tag, or change the sparse checkout

     Checks out one of `branch` (pulling its latest commit, also when it is the current branch) or `tag`
    (which leaves the repo in detached HEAD: no `branch` in RepoInfo), and/or replaces the repo's sparse
    checkout `patterns` (only for a repo created with a sparse checkout, else
    `INVALID_PARAMETER_VALUE`).
    Both branch and tag, or none of the three → `INVALID_PARAMETER_VALUE`. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`.

    Args:
        repo_id (int):
        body (ReposUpdateRequest): At most one of `branch` and `tag`, and at least one of
            `branch`, `tag` and `sparse_checkout` (a repo's
            sparse checkout patterns may be updated alone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: ReposUpdateRequest,
) -> Empty | None:
    """Check out a branch or tag, or change the sparse checkout

     Checks out one of `branch` (pulling its latest commit, also when it is the current branch) or `tag`
    (which leaves the repo in detached HEAD: no `branch` in RepoInfo), and/or replaces the repo's sparse
    checkout `patterns` (only for a repo created with a sparse checkout, else
    `INVALID_PARAMETER_VALUE`).
    Both branch and tag, or none of the three → `INVALID_PARAMETER_VALUE`. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`.

    Args:
        repo_id (int):
        body (ReposUpdateRequest): At most one of `branch` and `tag`, and at least one of
            `branch`, `tag` and `sparse_checkout` (a repo's
            sparse checkout patterns may be updated alone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: ReposUpdateRequest,
) -> Response[Empty]:
    """Check out a branch or tag, or change the sparse checkout

     Checks out one of `branch` (pulling its latest commit, also when it is the current branch) or `tag`
    (which leaves the repo in detached HEAD: no `branch` in RepoInfo), and/or replaces the repo's sparse
    checkout `patterns` (only for a repo created with a sparse checkout, else
    `INVALID_PARAMETER_VALUE`).
    Both branch and tag, or none of the three → `INVALID_PARAMETER_VALUE`. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`.

    Args:
        repo_id (int):
        body (ReposUpdateRequest): At most one of `branch` and `tag`, and at least one of
            `branch`, `tag` and `sparse_checkout` (a repo's
            sparse checkout patterns may be updated alone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
    body: ReposUpdateRequest,
) -> Empty | None:
    """Check out a branch or tag, or change the sparse checkout

     Checks out one of `branch` (pulling its latest commit, also when it is the current branch) or `tag`
    (which leaves the repo in detached HEAD: no `branch` in RepoInfo), and/or replaces the repo's sparse
    checkout `patterns` (only for a repo created with a sparse checkout, else
    `INVALID_PARAMETER_VALUE`).
    Both branch and tag, or none of the three → `INVALID_PARAMETER_VALUE`. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`.

    Args:
        repo_id (int):
        body (ReposUpdateRequest): At most one of `branch` and `tag`, and at least one of
            `branch`, `tag` and `sparse_checkout` (a repo's
            sparse checkout patterns may be updated alone).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
            body=body,
        )
    ).parsed
