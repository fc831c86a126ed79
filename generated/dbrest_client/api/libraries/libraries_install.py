from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.libraries_install_request import LibrariesInstallRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LibrariesInstallRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/libraries/install",
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
    body: LibrariesInstallRequest,
) -> Response[Empty]:
    """Install libraries on a cluster

     Adds libraries to install on a cluster. The installation is asynchronous: on a running cluster
    each new library goes `PENDING` → `RESOLVING` → `INSTALLING` → `INSTALLED` (or `FAILED`); on a
    cluster that is starting, restarting or resizing it stays `PENDING` until the cluster is `RUNNING`.
    The call fails with `INVALID_STATE` when the cluster is terminating or terminated, and with
    `INVALID_PARAMETER_VALUE` when the cluster does not exist or a library is invalid (not exactly one
    of jar, egg, whl, pypi, maven, cran; a `whl` that does not end in `.whl` or `.wheelhouse.zip`;
    Maven coordinates that are not `groupId:artifactId:version`). A library already on the cluster
    is not added twice; re-installing a library marked `UNINSTALL_ON_RESTART` cancels its removal.
    Executors install a library only when they start new tasks; on Databricks Runtime 7.1 and below the
    install order is not guaranteed (use a `.wheelhouse.zip` for dependent wheels).

    Args:
        body (LibrariesInstallRequest):  Example: {'cluster_id': '1202-211320-brick1',
            'libraries': [{'jar': 'dbfs:/mnt/libraries/library.jar'}]}.

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
    body: LibrariesInstallRequest,
) -> Empty | None:
    """Install libraries on a cluster

     Adds libraries to install on a cluster. The installation is asynchronous: on a running cluster
    each new library goes `PENDING` → `RESOLVING` → `INSTALLING` → `INSTALLED` (or `FAILED`); on a
    cluster that is starting, restarting or resizing it stays `PENDING` until the cluster is `RUNNING`.
    The call fails with `INVALID_STATE` when the cluster is terminating or terminated, and with
    `INVALID_PARAMETER_VALUE` when the cluster does not exist or a library is invalid (not exactly one
    of jar, egg, whl, pypi, maven, cran; a `whl` that does not end in `.whl` or `.wheelhouse.zip`;
    Maven coordinates that are not `groupId:artifactId:version`). A library already on the cluster
    is not added twice; re-installing a library marked `UNINSTALL_ON_RESTART` cancels its removal.
    Executors install a library only when they start new tasks; on Databricks Runtime 7.1 and below the
    install order is not guaranteed (use a `.wheelhouse.zip` for dependent wheels).

    Args:
        body (LibrariesInstallRequest):  Example: {'cluster_id': '1202-211320-brick1',
            'libraries': [{'jar': 'dbfs:/mnt/libraries/library.jar'}]}.

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
    body: LibrariesInstallRequest,
) -> Response[Empty]:
    """Install libraries on a cluster

     Adds libraries to install on a cluster. The installation is asynchronous: on a running cluster
    each new library goes `PENDING` → `RESOLVING` → `INSTALLING` → `INSTALLED` (or `FAILED`); on a
    cluster that is starting, restarting or resizing it stays `PENDING` until the cluster is `RUNNING`.
    The call fails with `INVALID_STATE` when the cluster is terminating or terminated, and with
    `INVALID_PARAMETER_VALUE` when the cluster does not exist or a library is invalid (not exactly one
    of jar, egg, whl, pypi, maven, cran; a `whl` that does not end in `.whl` or `.wheelhouse.zip`;
    Maven coordinates that are not `groupId:artifactId:version`). A library already on the cluster
    is not added twice; re-installing a library marked `UNINSTALL_ON_RESTART` cancels its removal.
    Executors install a library only when they start new tasks; on Databricks Runtime 7.1 and below the
    install order is not guaranteed (use a `.wheelhouse.zip` for dependent wheels).

    Args:
        body (LibrariesInstallRequest):  Example: {'cluster_id': '1202-211320-brick1',
            'libraries': [{'jar': 'dbfs:/mnt/libraries/library.jar'}]}.

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
    body: LibrariesInstallRequest,
) -> Empty | None:
    """Install libraries on a cluster

     Adds libraries to install on a cluster. The installation is asynchronous: on a running cluster
    each new library goes `PENDING` → `RESOLVING` → `INSTALLING` → `INSTALLED` (or `FAILED`); on a
    cluster that is starting, restarting or resizing it stays `PENDING` until the cluster is `RUNNING`.
    The call fails with `INVALID_STATE` when the cluster is terminating or terminated, and with
    `INVALID_PARAMETER_VALUE` when the cluster does not exist or a library is invalid (not exactly one
    of jar, egg, whl, pypi, maven, cran; a `whl` that does not end in `.whl` or `.wheelhouse.zip`;
    Maven coordinates that are not `groupId:artifactId:version`). A library already on the cluster
    is not added twice; re-installing a library marked `UNINSTALL_ON_RESTART` cancels its removal.
    Executors install a library only when they start new tasks; on Databricks Runtime 7.1 and below the
    install order is not guaranteed (use a `.wheelhouse.zip` for dependent wheels).

    Args:
        body (LibrariesInstallRequest):  Example: {'cluster_id': '1202-211320-brick1',
            'libraries': [{'jar': 'dbfs:/mnt/libraries/library.jar'}]}.

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
