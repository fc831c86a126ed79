from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_conf import WorkspaceConf
from ...types import UNSET, Response


def _get_kwargs(
    *,
    keys: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keys"] = keys

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/workspace-conf",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkspaceConf | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = WorkspaceConf.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkspaceConf]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    keys: str,
) -> Response[WorkspaceConf]:
    """Get workspace configuration values

     Returns the value of each requested key as a string, e.g. `{"enableIpAccessLists": "true"}`. A key
    that
    was never set answers its default ("false" for the enable switches, "" for maxTokenLifetimeDays: no
    maximum). An unknown key → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).
    Known keys: enableIpAccessLists, enableTokensConfig, maxTokenLifetimeDays,
    enableDeprecatedGlobalInitScripts, enableDeprecatedClusterNamedInitScripts, enableExportNotebook,
    enableNotebookTableClipboard, enableResultsDownloading, enableUploadDataUis, enableWebTerminal,
    enableDcs, enableJobViewAcls, enforceUserIsolation, enableVerboseAuditLogs,
    enableWorkspaceFilesystem, enableProjectTypeInWorkspace,
    storeInteractiveNotebookResultsInCustomerAccount.

    Args:
        keys (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceConf]
    """

    kwargs = _get_kwargs(
        keys=keys,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    keys: str,
) -> WorkspaceConf | None:
    """Get workspace configuration values

     Returns the value of each requested key as a string, e.g. `{"enableIpAccessLists": "true"}`. A key
    that
    was never set answers its default ("false" for the enable switches, "" for maxTokenLifetimeDays: no
    maximum). An unknown key → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).
    Known keys: enableIpAccessLists, enableTokensConfig, maxTokenLifetimeDays,
    enableDeprecatedGlobalInitScripts, enableDeprecatedClusterNamedInitScripts, enableExportNotebook,
    enableNotebookTableClipboard, enableResultsDownloading, enableUploadDataUis, enableWebTerminal,
    enableDcs, enableJobViewAcls, enforceUserIsolation, enableVerboseAuditLogs,
    enableWorkspaceFilesystem, enableProjectTypeInWorkspace,
    storeInteractiveNotebookResultsInCustomerAccount.

    Args:
        keys (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceConf
    """

    return sync_detailed(
        client=client,
        keys=keys,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    keys: str,
) -> Response[WorkspaceConf]:
    """Get workspace configuration values

     Returns the value of each requested key as a string, e.g. `{"enableIpAccessLists": "true"}`. A key
    that
    was never set answers its default ("false" for the enable switches, "" for maxTokenLifetimeDays: no
    maximum). An unknown key → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).
    Known keys: enableIpAccessLists, enableTokensConfig, maxTokenLifetimeDays,
    enableDeprecatedGlobalInitScripts, enableDeprecatedClusterNamedInitScripts, enableExportNotebook,
    enableNotebookTableClipboard, enableResultsDownloading, enableUploadDataUis, enableWebTerminal,
    enableDcs, enableJobViewAcls, enforceUserIsolation, enableVerboseAuditLogs,
    enableWorkspaceFilesystem, enableProjectTypeInWorkspace,
    storeInteractiveNotebookResultsInCustomerAccount.

    Args:
        keys (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceConf]
    """

    kwargs = _get_kwargs(
        keys=keys,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    keys: str,
) -> WorkspaceConf | None:
    """Get workspace configuration values

     Returns the value of each requested key as a string, e.g. `{"enableIpAccessLists": "true"}`. A key
    that
    was never set answers its default ("false" for the enable switches, "" for maxTokenLifetimeDays: no
    maximum). An unknown key → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).
    Known keys: enableIpAccessLists, enableTokensConfig, maxTokenLifetimeDays,
    enableDeprecatedGlobalInitScripts, enableDeprecatedClusterNamedInitScripts, enableExportNotebook,
    enableNotebookTableClipboard, enableResultsDownloading, enableUploadDataUis, enableWebTerminal,
    enableDcs, enableJobViewAcls, enforceUserIsolation, enableVerboseAuditLogs,
    enableWorkspaceFilesystem, enableProjectTypeInWorkspace,
    storeInteractiveNotebookResultsInCustomerAccount.

    Args:
        keys (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceConf
    """

    return (
        await asyncio_detailed(
            client=client,
            keys=keys,
        )
    ).parsed
