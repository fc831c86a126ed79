from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceConfUpdate")


@_attrs_define
class WorkspaceConfUpdate:
    """The keys to set, each with its string value. Only the known keys are accepted (an unknown key →
    `INVALID_PARAMETER_VALUE` and nothing is changed); the values read back by `workspaceConfGet` stay an open
    map.

        Example:
            {'enableIpAccessLists': 'true', 'maxTokenLifetimeDays': '90'}

        Attributes:
            enable_dcs (str | Unset): "true" or "false", compared case-insensitively.
            enable_deprecated_cluster_named_init_scripts (str | Unset): "true" or "false", compared case-insensitively.
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
            max_token_lifetime_days (str | Unset): A positive number of days (the maximum lifetime of new tokens), or "" for
                no maximum.
            store_interactive_notebook_results_in_customer_account (str | Unset): "true" or "false", compared case-
                insensitively.
    """

    enable_dcs: str | Unset = UNSET
    enable_deprecated_cluster_named_init_scripts: str | Unset = UNSET
    enable_deprecated_global_init_scripts: str | Unset = UNSET
    enable_export_notebook: str | Unset = UNSET
    enable_ip_access_lists: str | Unset = UNSET
    enable_job_view_acls: str | Unset = UNSET
    enable_notebook_table_clipboard: str | Unset = UNSET
    enable_project_type_in_workspace: str | Unset = UNSET
    enable_results_downloading: str | Unset = UNSET
    enable_tokens_config: str | Unset = UNSET
    enable_upload_data_uis: str | Unset = UNSET
    enable_verbose_audit_logs: str | Unset = UNSET
    enable_web_terminal: str | Unset = UNSET
    enable_workspace_filesystem: str | Unset = UNSET
    enforce_user_isolation: str | Unset = UNSET
    max_token_lifetime_days: str | Unset = UNSET
    store_interactive_notebook_results_in_customer_account: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enable_dcs = self.enable_dcs

        enable_deprecated_cluster_named_init_scripts = self.enable_deprecated_cluster_named_init_scripts

        enable_deprecated_global_init_scripts = self.enable_deprecated_global_init_scripts

        enable_export_notebook = self.enable_export_notebook

        enable_ip_access_lists = self.enable_ip_access_lists

        enable_job_view_acls = self.enable_job_view_acls

        enable_notebook_table_clipboard = self.enable_notebook_table_clipboard

        enable_project_type_in_workspace = self.enable_project_type_in_workspace

        enable_results_downloading = self.enable_results_downloading

        enable_tokens_config = self.enable_tokens_config

        enable_upload_data_uis = self.enable_upload_data_uis

        enable_verbose_audit_logs = self.enable_verbose_audit_logs

        enable_web_terminal = self.enable_web_terminal

        enable_workspace_filesystem = self.enable_workspace_filesystem

        enforce_user_isolation = self.enforce_user_isolation

        max_token_lifetime_days = self.max_token_lifetime_days

        store_interactive_notebook_results_in_customer_account = (
            self.store_interactive_notebook_results_in_customer_account
        )

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enable_dcs is not UNSET:
            field_dict["enableDcs"] = enable_dcs
        if enable_deprecated_cluster_named_init_scripts is not UNSET:
            field_dict["enableDeprecatedClusterNamedInitScripts"] = enable_deprecated_cluster_named_init_scripts
        if enable_deprecated_global_init_scripts is not UNSET:
            field_dict["enableDeprecatedGlobalInitScripts"] = enable_deprecated_global_init_scripts
        if enable_export_notebook is not UNSET:
            field_dict["enableExportNotebook"] = enable_export_notebook
        if enable_ip_access_lists is not UNSET:
            field_dict["enableIpAccessLists"] = enable_ip_access_lists
        if enable_job_view_acls is not UNSET:
            field_dict["enableJobViewAcls"] = enable_job_view_acls
        if enable_notebook_table_clipboard is not UNSET:
            field_dict["enableNotebookTableClipboard"] = enable_notebook_table_clipboard
        if enable_project_type_in_workspace is not UNSET:
            field_dict["enableProjectTypeInWorkspace"] = enable_project_type_in_workspace
        if enable_results_downloading is not UNSET:
            field_dict["enableResultsDownloading"] = enable_results_downloading
        if enable_tokens_config is not UNSET:
            field_dict["enableTokensConfig"] = enable_tokens_config
        if enable_upload_data_uis is not UNSET:
            field_dict["enableUploadDataUis"] = enable_upload_data_uis
        if enable_verbose_audit_logs is not UNSET:
            field_dict["enableVerboseAuditLogs"] = enable_verbose_audit_logs
        if enable_web_terminal is not UNSET:
            field_dict["enableWebTerminal"] = enable_web_terminal
        if enable_workspace_filesystem is not UNSET:
            field_dict["enableWorkspaceFilesystem"] = enable_workspace_filesystem
        if enforce_user_isolation is not UNSET:
            field_dict["enforceUserIsolation"] = enforce_user_isolation
        if max_token_lifetime_days is not UNSET:
            field_dict["maxTokenLifetimeDays"] = max_token_lifetime_days
        if store_interactive_notebook_results_in_customer_account is not UNSET:
            field_dict["storeInteractiveNotebookResultsInCustomerAccount"] = (
                store_interactive_notebook_results_in_customer_account
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_dcs = d.pop("enableDcs", UNSET)

        enable_deprecated_cluster_named_init_scripts = d.pop("enableDeprecatedClusterNamedInitScripts", UNSET)

        enable_deprecated_global_init_scripts = d.pop("enableDeprecatedGlobalInitScripts", UNSET)

        enable_export_notebook = d.pop("enableExportNotebook", UNSET)

        enable_ip_access_lists = d.pop("enableIpAccessLists", UNSET)

        enable_job_view_acls = d.pop("enableJobViewAcls", UNSET)

        enable_notebook_table_clipboard = d.pop("enableNotebookTableClipboard", UNSET)

        enable_project_type_in_workspace = d.pop("enableProjectTypeInWorkspace", UNSET)

        enable_results_downloading = d.pop("enableResultsDownloading", UNSET)

        enable_tokens_config = d.pop("enableTokensConfig", UNSET)

        enable_upload_data_uis = d.pop("enableUploadDataUis", UNSET)

        enable_verbose_audit_logs = d.pop("enableVerboseAuditLogs", UNSET)

        enable_web_terminal = d.pop("enableWebTerminal", UNSET)

        enable_workspace_filesystem = d.pop("enableWorkspaceFilesystem", UNSET)

        enforce_user_isolation = d.pop("enforceUserIsolation", UNSET)

        max_token_lifetime_days = d.pop("maxTokenLifetimeDays", UNSET)

        store_interactive_notebook_results_in_customer_account = d.pop(
            "storeInteractiveNotebookResultsInCustomerAccount", UNSET
        )

        workspace_conf_update = cls(
            enable_dcs=enable_dcs,
            enable_deprecated_cluster_named_init_scripts=enable_deprecated_cluster_named_init_scripts,
            enable_deprecated_global_init_scripts=enable_deprecated_global_init_scripts,
            enable_export_notebook=enable_export_notebook,
            enable_ip_access_lists=enable_ip_access_lists,
            enable_job_view_acls=enable_job_view_acls,
            enable_notebook_table_clipboard=enable_notebook_table_clipboard,
            enable_project_type_in_workspace=enable_project_type_in_workspace,
            enable_results_downloading=enable_results_downloading,
            enable_tokens_config=enable_tokens_config,
            enable_upload_data_uis=enable_upload_data_uis,
            enable_verbose_audit_logs=enable_verbose_audit_logs,
            enable_web_terminal=enable_web_terminal,
            enable_workspace_filesystem=enable_workspace_filesystem,
            enforce_user_isolation=enforce_user_isolation,
            max_token_lifetime_days=max_token_lifetime_days,
            store_interactive_notebook_results_in_customer_account=store_interactive_notebook_results_in_customer_account,
        )

        return workspace_conf_update
