from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.repo_info import RepoInfo
from ...models.repos_create_request import ReposCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ReposCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/repos",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RepoInfo | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = RepoInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RepoInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReposCreateRequest,
) -> Response[RepoInfo]:
    """Create a repo

     Clones the remote Git repository `url` into a new repo at `path` (`/Repos/<folder>/<repo-name>`;
    default `/Repos/<caller>/<name of the Git repository>`), checked out at its default branch. Repos
    created through the API must be linked to a remote. `provider` is case-insensitive (gitHub,
    bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise, bitbucketServer,
    gitLabEnterpriseEdition, awsCodeCommit); an unknown provider or a path outside `/Repos/<folder>/`
    gives `INVALID_PARAMETER_VALUE`; an object already at the path gives `RESOURCE_ALREADY_EXISTS`;
    a folder of another user gives `PERMISSION_DENIED`. With `sparse_checkout` only the paths matching
    its
    cone patterns are checked out; the patterns are returned by get and list.

    Args:
        body (ReposCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepoInfo]
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
    body: ReposCreateRequest,
) -> RepoInfo | None:
    """Create a repo

     Clones the remote Git repository `url` into a new repo at `path` (`/Repos/<folder>/<repo-name>`;
    default `/Repos/<caller>/<name of the Git repository>`), checked out at its default branch. Repos
    created through the API must be linked to a remote. `provider` is case-insensitive (gitHub,
    bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise, bitbucketServer,
    gitLabEnterpriseEdition, awsCodeCommit); an unknown provider or a path outside `/Repos/<folder>/`
    gives `INVALID_PARAMETER_VALUE`; an object already at the path gives `RESOURCE_ALREADY_EXISTS`;
    a folder of another user gives `PERMISSION_DENIED`. With `sparse_checkout` only the paths matching
    its
    cone patterns are checked out; the patterns are returned by get and list.

    Args:
        body (ReposCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepoInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReposCreateRequest,
) -> Response[RepoInfo]:
    """Create a repo

     Clones the remote Git repository `url` into a new repo at `path` (`/Repos/<folder>/<repo-name>`;
    default `/Repos/<caller>/<name of the Git repository>`), checked out at its default branch. Repos
    created through the API must be linked to a remote. `provider` is case-insensitive (gitHub,
    bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise, bitbucketServer,
    gitLabEnterpriseEdition, awsCodeCommit); an unknown provider or a path outside `/Repos/<folder>/`
    gives `INVALID_PARAMETER_VALUE`; an object already at the path gives `RESOURCE_ALREADY_EXISTS`;
    a folder of another user gives `PERMISSION_DENIED`. With `sparse_checkout` only the paths matching
    its
    cone patterns are checked out; the patterns are returned by get and list.

    Args:
        body (ReposCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepoInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReposCreateRequest,
) -> RepoInfo | None:
    """Create a repo

     Clones the remote Git repository `url` into a new repo at `path` (`/Repos/<folder>/<repo-name>`;
    default `/Repos/<caller>/<name of the Git repository>`), checked out at its default branch. Repos
    created through the API must be linked to a remote. `provider` is case-insensitive (gitHub,
    bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise, bitbucketServer,
    gitLabEnterpriseEdition, awsCodeCommit); an unknown provider or a path outside `/Repos/<folder>/`
    gives `INVALID_PARAMETER_VALUE`; an object already at the path gives `RESOURCE_ALREADY_EXISTS`;
    a folder of another user gives `PERMISSION_DENIED`. With `sparse_checkout` only the paths matching
    its
    cone patterns are checked out; the patterns are returned by get and list.

    Args:
        body (ReposCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepoInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
