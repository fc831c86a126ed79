"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.workspace_conf import WorkspaceConf
    from ...models.workspace_conf_update import WorkspaceConfUpdate
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class WorkspaceConfService:
    """The workspace_conf operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def get(
        self,
        keys: str,
    ) -> WorkspaceConf:
        """Get workspace configuration values

        Returns the value of each requested key as a string, e.g. `{"enableIpAccessLists": "true"}`. A key that
        was never set answers its default ("false" for the enable switches, "" for maxTokenLifetimeDays: no
        maximum). An unknown key → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).
        Known keys: enableIpAccessLists, enableTokensConfig, maxTokenLifetimeDays,
        enableDeprecatedGlobalInitScripts, enableDeprecatedClusterNamedInitScripts, enableExportNotebook,
        enableNotebookTableClipboard, enableResultsDownloading, enableUploadDataUis, enableWebTerminal,
        enableDcs, enableJobViewAcls, enforceUserIsolation, enableVerboseAuditLogs,
        enableWorkspaceFilesystem, enableProjectTypeInWorkspace, storeInteractiveNotebookResultsInCustomerAccount.


        Args:
            keys (str):
        """

        from . import workspace_conf_get as _op

        result: WorkspaceConf = _call(
            self._client,
            _op,
            (),
            keys=keys,
        )
        return result

    @overload
    def set(
        self,
        *,
        body: WorkspaceConfUpdate,
    ) -> Empty: ...

    @overload
    def set(
        self,
        *,
        enable_dcs: str | Unset = UNSET,
        enable_deprecated_cluster_named_init_scripts: str | Unset = UNSET,
        enable_deprecated_global_init_scripts: str | Unset = UNSET,
        enable_export_notebook: str | Unset = UNSET,
        enable_ip_access_lists: str | Unset = UNSET,
        enable_job_view_acls: str | Unset = UNSET,
        enable_notebook_table_clipboard: str | Unset = UNSET,
        enable_project_type_in_workspace: str | Unset = UNSET,
        enable_results_downloading: str | Unset = UNSET,
        enable_tokens_config: str | Unset = UNSET,
        enable_upload_data_uis: str | Unset = UNSET,
        enable_verbose_audit_logs: str | Unset = UNSET,
        enable_web_terminal: str | Unset = UNSET,
        enable_workspace_filesystem: str | Unset = UNSET,
        enforce_user_isolation: str | Unset = UNSET,
        max_token_lifetime_days: str | Unset = UNSET,
        store_interactive_notebook_results_in_customer_account: str | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def set(
        self,
        *,
        body: WorkspaceConfUpdate | Unset = UNSET,
        enable_dcs: str | Unset = UNSET,
        enable_deprecated_cluster_named_init_scripts: str | Unset = UNSET,
        enable_deprecated_global_init_scripts: str | Unset = UNSET,
        enable_export_notebook: str | Unset = UNSET,
        enable_ip_access_lists: str | Unset = UNSET,
        enable_job_view_acls: str | Unset = UNSET,
        enable_notebook_table_clipboard: str | Unset = UNSET,
        enable_project_type_in_workspace: str | Unset = UNSET,
        enable_results_downloading: str | Unset = UNSET,
        enable_tokens_config: str | Unset = UNSET,
        enable_upload_data_uis: str | Unset = UNSET,
        enable_verbose_audit_logs: str | Unset = UNSET,
        enable_web_terminal: str | Unset = UNSET,
        enable_workspace_filesystem: str | Unset = UNSET,
        enforce_user_isolation: str | Unset = UNSET,
        max_token_lifetime_days: str | Unset = UNSET,
        store_interactive_notebook_results_in_customer_account: str | Unset = UNSET,
    ) -> Empty:
        """Set workspace configuration values

        Sets each given key to its string value. Switches take "true" or "false"; maxTokenLifetimeDays takes a
        positive number of days or "" (no maximum). An unknown key or an invalid value →
        `INVALID_PARAMETER_VALUE` and nothing is changed. Setting enableIpAccessLists to "true" while the
        enabled IP access lists would block the caller's own IP → `INVALID_STATE`. Answers `{}` (the 2020
        docs showed an echo of the body). Admin only (`PERMISSION_DENIED`).


        Args:
            enable_dcs (str | Unset): "true" or "false", compared case-insensitively.
            enable_deprecated_cluster_named_init_scripts (str | Unset): "true" or "false", compared case-
                insensitively.
            enable_deprecated_global_init_scripts (str | Unset): "true" or "false", compared case-insensitively.
            enable_export_notebook (str | Unset): "true" or "false", compared case-insensitively.
            enable_ip_access_lists (str | Unset): "true" or "false", compared case-insensitively.
            enable_job_view_acls (str | Unset): "true" or "false", compared case-insensitively.
            enable_notebook_table_clipboard (str | Unset): "true" or "false", compared case-insensitively.
            enable_project_type_in_workspace (str | Unset): "true" or "false", compared case-insensitively.
            enable_results_downloading (str | Unset): "true" or "false", compared case-insensitively.
            enable_tokens_config (str | Unset): "true" or "false", compared case-insensitively.
            enable_upload_data_uis (str | Unset): "true" or "false", compared case-insensitively.
            enable_verbose_audit_logs (str | Unset): "true" or "false", compared case-insensitively.
            enable_web_terminal (str | Unset): "true" or "false", compared case-insensitively.
            enable_workspace_filesystem (str | Unset): "true" or "false", compared case-insensitively.
            enforce_user_isolation (str | Unset): "true" or "false", compared case-insensitively.
            max_token_lifetime_days (str | Unset): A positive number of days (the maximum lifetime of new
                tokens), or "" for no maximum.
            store_interactive_notebook_results_in_customer_account (str | Unset): "true" or "false", compared
                case-insensitively.
            body (WorkspaceConfUpdate): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_conf_update import WorkspaceConfUpdate

        body = request_body(
            WorkspaceConfUpdate,
            body,
            {
                "enable_dcs": ("enableDcs", enable_dcs),
                "enable_deprecated_cluster_named_init_scripts": (
                    "enableDeprecatedClusterNamedInitScripts",
                    enable_deprecated_cluster_named_init_scripts,
                ),
                "enable_deprecated_global_init_scripts": (
                    "enableDeprecatedGlobalInitScripts",
                    enable_deprecated_global_init_scripts,
                ),
                "enable_export_notebook": ("enableExportNotebook", enable_export_notebook),
                "enable_ip_access_lists": ("enableIpAccessLists", enable_ip_access_lists),
                "enable_job_view_acls": ("enableJobViewAcls", enable_job_view_acls),
                "enable_notebook_table_clipboard": ("enableNotebookTableClipboard", enable_notebook_table_clipboard),
                "enable_project_type_in_workspace": ("enableProjectTypeInWorkspace", enable_project_type_in_workspace),
                "enable_results_downloading": ("enableResultsDownloading", enable_results_downloading),
                "enable_tokens_config": ("enableTokensConfig", enable_tokens_config),
                "enable_upload_data_uis": ("enableUploadDataUis", enable_upload_data_uis),
                "enable_verbose_audit_logs": ("enableVerboseAuditLogs", enable_verbose_audit_logs),
                "enable_web_terminal": ("enableWebTerminal", enable_web_terminal),
                "enable_workspace_filesystem": ("enableWorkspaceFilesystem", enable_workspace_filesystem),
                "enforce_user_isolation": ("enforceUserIsolation", enforce_user_isolation),
                "max_token_lifetime_days": ("maxTokenLifetimeDays", max_token_lifetime_days),
                "store_interactive_notebook_results_in_customer_account": (
                    "storeInteractiveNotebookResultsInCustomerAccount",
                    store_interactive_notebook_results_in_customer_account,
                ),
            },
            "WorkspaceConfService.set",
            True,
        )

        from . import workspace_conf_set as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncWorkspaceConfService:
    """The workspace_conf operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def get(
        self,
        keys: str,
    ) -> WorkspaceConf:
        """Get workspace configuration values

        Returns the value of each requested key as a string, e.g. `{"enableIpAccessLists": "true"}`. A key that
        was never set answers its default ("false" for the enable switches, "" for maxTokenLifetimeDays: no
        maximum). An unknown key → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).
        Known keys: enableIpAccessLists, enableTokensConfig, maxTokenLifetimeDays,
        enableDeprecatedGlobalInitScripts, enableDeprecatedClusterNamedInitScripts, enableExportNotebook,
        enableNotebookTableClipboard, enableResultsDownloading, enableUploadDataUis, enableWebTerminal,
        enableDcs, enableJobViewAcls, enforceUserIsolation, enableVerboseAuditLogs,
        enableWorkspaceFilesystem, enableProjectTypeInWorkspace, storeInteractiveNotebookResultsInCustomerAccount.


        Args:
            keys (str):
        """

        from . import workspace_conf_get as _op

        result: WorkspaceConf = await _acall(
            self._client,
            _op,
            (),
            keys=keys,
        )
        return result

    @overload
    async def set(
        self,
        *,
        body: WorkspaceConfUpdate,
    ) -> Empty: ...

    @overload
    async def set(
        self,
        *,
        enable_dcs: str | Unset = UNSET,
        enable_deprecated_cluster_named_init_scripts: str | Unset = UNSET,
        enable_deprecated_global_init_scripts: str | Unset = UNSET,
        enable_export_notebook: str | Unset = UNSET,
        enable_ip_access_lists: str | Unset = UNSET,
        enable_job_view_acls: str | Unset = UNSET,
        enable_notebook_table_clipboard: str | Unset = UNSET,
        enable_project_type_in_workspace: str | Unset = UNSET,
        enable_results_downloading: str | Unset = UNSET,
        enable_tokens_config: str | Unset = UNSET,
        enable_upload_data_uis: str | Unset = UNSET,
        enable_verbose_audit_logs: str | Unset = UNSET,
        enable_web_terminal: str | Unset = UNSET,
        enable_workspace_filesystem: str | Unset = UNSET,
        enforce_user_isolation: str | Unset = UNSET,
        max_token_lifetime_days: str | Unset = UNSET,
        store_interactive_notebook_results_in_customer_account: str | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def set(
        self,
        *,
        body: WorkspaceConfUpdate | Unset = UNSET,
        enable_dcs: str | Unset = UNSET,
        enable_deprecated_cluster_named_init_scripts: str | Unset = UNSET,
        enable_deprecated_global_init_scripts: str | Unset = UNSET,
        enable_export_notebook: str | Unset = UNSET,
        enable_ip_access_lists: str | Unset = UNSET,
        enable_job_view_acls: str | Unset = UNSET,
        enable_notebook_table_clipboard: str | Unset = UNSET,
        enable_project_type_in_workspace: str | Unset = UNSET,
        enable_results_downloading: str | Unset = UNSET,
        enable_tokens_config: str | Unset = UNSET,
        enable_upload_data_uis: str | Unset = UNSET,
        enable_verbose_audit_logs: str | Unset = UNSET,
        enable_web_terminal: str | Unset = UNSET,
        enable_workspace_filesystem: str | Unset = UNSET,
        enforce_user_isolation: str | Unset = UNSET,
        max_token_lifetime_days: str | Unset = UNSET,
        store_interactive_notebook_results_in_customer_account: str | Unset = UNSET,
    ) -> Empty:
        """Set workspace configuration values

        Sets each given key to its string value. Switches take "true" or "false"; maxTokenLifetimeDays takes a
        positive number of days or "" (no maximum). An unknown key or an invalid value →
        `INVALID_PARAMETER_VALUE` and nothing is changed. Setting enableIpAccessLists to "true" while the
        enabled IP access lists would block the caller's own IP → `INVALID_STATE`. Answers `{}` (the 2020
        docs showed an echo of the body). Admin only (`PERMISSION_DENIED`).


        Args:
            enable_dcs (str | Unset): "true" or "false", compared case-insensitively.
            enable_deprecated_cluster_named_init_scripts (str | Unset): "true" or "false", compared case-
                insensitively.
            enable_deprecated_global_init_scripts (str | Unset): "true" or "false", compared case-insensitively.
            enable_export_notebook (str | Unset): "true" or "false", compared case-insensitively.
            enable_ip_access_lists (str | Unset): "true" or "false", compared case-insensitively.
            enable_job_view_acls (str | Unset): "true" or "false", compared case-insensitively.
            enable_notebook_table_clipboard (str | Unset): "true" or "false", compared case-insensitively.
            enable_project_type_in_workspace (str | Unset): "true" or "false", compared case-insensitively.
            enable_results_downloading (str | Unset): "true" or "false", compared case-insensitively.
            enable_tokens_config (str | Unset): "true" or "false", compared case-insensitively.
            enable_upload_data_uis (str | Unset): "true" or "false", compared case-insensitively.
            enable_verbose_audit_logs (str | Unset): "true" or "false", compared case-insensitively.
            enable_web_terminal (str | Unset): "true" or "false", compared case-insensitively.
            enable_workspace_filesystem (str | Unset): "true" or "false", compared case-insensitively.
            enforce_user_isolation (str | Unset): "true" or "false", compared case-insensitively.
            max_token_lifetime_days (str | Unset): A positive number of days (the maximum lifetime of new
                tokens), or "" for no maximum.
            store_interactive_notebook_results_in_customer_account (str | Unset): "true" or "false", compared
                case-insensitively.
            body (WorkspaceConfUpdate): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_conf_update import WorkspaceConfUpdate

        body = request_body(
            WorkspaceConfUpdate,
            body,
            {
                "enable_dcs": ("enableDcs", enable_dcs),
                "enable_deprecated_cluster_named_init_scripts": (
                    "enableDeprecatedClusterNamedInitScripts",
                    enable_deprecated_cluster_named_init_scripts,
                ),
                "enable_deprecated_global_init_scripts": (
                    "enableDeprecatedGlobalInitScripts",
                    enable_deprecated_global_init_scripts,
                ),
                "enable_export_notebook": ("enableExportNotebook", enable_export_notebook),
                "enable_ip_access_lists": ("enableIpAccessLists", enable_ip_access_lists),
                "enable_job_view_acls": ("enableJobViewAcls", enable_job_view_acls),
                "enable_notebook_table_clipboard": ("enableNotebookTableClipboard", enable_notebook_table_clipboard),
                "enable_project_type_in_workspace": ("enableProjectTypeInWorkspace", enable_project_type_in_workspace),
                "enable_results_downloading": ("enableResultsDownloading", enable_results_downloading),
                "enable_tokens_config": ("enableTokensConfig", enable_tokens_config),
                "enable_upload_data_uis": ("enableUploadDataUis", enable_upload_data_uis),
                "enable_verbose_audit_logs": ("enableVerboseAuditLogs", enable_verbose_audit_logs),
                "enable_web_terminal": ("enableWebTerminal", enable_web_terminal),
                "enable_workspace_filesystem": ("enableWorkspaceFilesystem", enable_workspace_filesystem),
                "enforce_user_isolation": ("enforceUserIsolation", enforce_user_isolation),
                "max_token_lifetime_days": ("maxTokenLifetimeDays", max_token_lifetime_days),
                "store_interactive_notebook_results_in_customer_account": (
                    "storeInteractiveNotebookResultsInCustomerAccount",
                    store_interactive_notebook_results_in_customer_account,
                ),
            },
            "AsyncWorkspaceConfService.set",
            True,
        )

        from . import workspace_conf_set as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("WorkspaceConfService", "AsyncWorkspaceConfService")
