"""Contains all the data models used in inputs/outputs

dbrest: models are imported lazily (PEP 562), so importing the package or a service loads only the model
modules that are actually used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_control_request import AccessControlRequest
    from .auto_scale import AutoScale
    from .aws_attributes import AwsAttributes
    from .aws_attributes_availability import AwsAttributesAvailability
    from .aws_attributes_ebs_volume_type import AwsAttributesEbsVolumeType
    from .azure_attributes import AzureAttributes
    from .azure_attributes_availability import AzureAttributesAvailability
    from .cluster_event import ClusterEvent
    from .cluster_event_data_plane_event_details import ClusterEventDataPlaneEventDetails
    from .cluster_event_data_plane_event_details_event_type import ClusterEventDataPlaneEventDetailsEventType
    from .cluster_info import ClusterInfo
    from .cluster_log_conf import ClusterLogConf
    from .cluster_policies_create_request import ClusterPoliciesCreateRequest
    from .cluster_policies_create_response import ClusterPoliciesCreateResponse
    from .cluster_policies_delete_request import ClusterPoliciesDeleteRequest
    from .cluster_policies_edit_request import ClusterPoliciesEditRequest
    from .cluster_policies_list_response import ClusterPoliciesListResponse
    from .cluster_policies_list_sort_column import ClusterPoliciesListSortColumn
    from .cluster_policies_list_sort_order import ClusterPoliciesListSortOrder
    from .cluster_policy import ClusterPolicy
    from .cluster_policy_settings import ClusterPolicySettings
    from .cluster_spec import ClusterSpec
    from .cluster_state import ClusterState
    from .clusters_20_list_can_use_client import Clusters20ListCanUseClient
    from .clusters_abfss_storage_info import ClustersAbfssStorageInfo
    from .clusters_attributes import ClustersAttributes
    from .clusters_change_owner_request import ClustersChangeOwnerRequest
    from .clusters_create_request import ClustersCreateRequest
    from .clusters_create_request_clone_from import ClustersCreateRequestCloneFrom
    from .clusters_create_response import ClustersCreateResponse
    from .clusters_custom_tags_request import ClustersCustomTagsRequest
    from .clusters_data_security_mode import ClustersDataSecurityMode
    from .clusters_dbfs_storage_info import ClustersDbfsStorageInfo
    from .clusters_dependency_mode import ClustersDependencyMode
    from .clusters_disk_type import ClustersDiskType
    from .clusters_disk_type_azure_disk_volume_type import ClustersDiskTypeAzureDiskVolumeType
    from .clusters_disk_type_ebs_volume_type import ClustersDiskTypeEbsVolumeType
    from .clusters_docker_basic_auth import ClustersDockerBasicAuth
    from .clusters_edit_request import ClustersEditRequest
    from .clusters_event_details import ClustersEventDetails
    from .clusters_event_details_cause import ClustersEventDetailsCause
    from .clusters_event_type import ClustersEventType
    from .clusters_events_request import ClustersEventsRequest
    from .clusters_events_request_order import ClustersEventsRequestOrder
    from .clusters_events_response import ClustersEventsResponse
    from .clusters_file_storage_info import ClustersFileStorageInfo
    from .clusters_gcs_storage_info import ClustersGcsStorageInfo
    from .clusters_id_request import ClustersIdRequest
    from .clusters_init_script_event_details import ClustersInitScriptEventDetails
    from .clusters_init_script_execution import ClustersInitScriptExecution
    from .clusters_init_script_execution_status import ClustersInitScriptExecutionStatus
    from .clusters_instance_source import ClustersInstanceSource
    from .clusters_kind import ClustersKind
    from .clusters_list_node_types_response import ClustersListNodeTypesResponse
    from .clusters_list_response import ClustersListResponse
    from .clusters_list_sort_by_direction import ClustersListSortByDirection
    from .clusters_list_sort_by_field import ClustersListSortByField
    from .clusters_list_zones_response import ClustersListZonesResponse
    from .clusters_log_analytics_info import ClustersLogAnalyticsInfo
    from .clusters_log_sync_status import ClustersLogSyncStatus
    from .clusters_node_info import ClustersNodeInfo
    from .clusters_node_info_status_item import ClustersNodeInfoStatusItem
    from .clusters_node_instance_type import ClustersNodeInstanceType
    from .clusters_node_type_flexibility import ClustersNodeTypeFlexibility
    from .clusters_resize_request import ClustersResizeRequest
    from .clusters_restart_request import ClustersRestartRequest
    from .clusters_runtime_engine import ClustersRuntimeEngine
    from .clusters_s3_storage_info import ClustersS3StorageInfo
    from .clusters_size import ClustersSize
    from .clusters_source import ClustersSource
    from .clusters_spark_conf_request import ClustersSparkConfRequest
    from .clusters_spark_node import ClustersSparkNode
    from .clusters_spark_node_node_aws_attributes import ClustersSparkNodeNodeAwsAttributes
    from .clusters_spark_versions_response import ClustersSparkVersionsResponse
    from .clusters_string_map import ClustersStringMap
    from .clusters_termination_code import ClustersTerminationCode
    from .clusters_update_request import ClustersUpdateRequest
    from .clusters_volumes_storage_info import ClustersVolumesStorageInfo
    from .clusters_workload_type import ClustersWorkloadType
    from .clusters_workload_type_clients import ClustersWorkloadTypeClients
    from .clusters_workspace_storage_info import ClustersWorkspaceStorageInfo
    from .command_result_type import CommandResultType
    from .command_results import CommandResults
    from .command_status import CommandStatus
    from .commands_12_language import Commands12Language
    from .commands_cancel_request import CommandsCancelRequest
    from .commands_execute_request import CommandsExecuteRequest
    from .commands_id_response import CommandsIdResponse
    from .commands_schema_field import CommandsSchemaField
    from .commands_schema_field_metadata_type_1 import CommandsSchemaFieldMetadataType1
    from .commands_status_response import CommandsStatusResponse
    from .context_status import ContextStatus
    from .contexts_create_request import ContextsCreateRequest
    from .contexts_destroy_request import ContextsDestroyRequest
    from .contexts_id_response import ContextsIdResponse
    from .contexts_status_response import ContextsStatusResponse
    from .dbfs_add_block_request import DbfsAddBlockRequest
    from .dbfs_create_request import DbfsCreateRequest
    from .dbfs_create_response import DbfsCreateResponse
    from .dbfs_delete_request import DbfsDeleteRequest
    from .dbfs_handle_request import DbfsHandleRequest
    from .dbfs_list_response import DbfsListResponse
    from .dbfs_move_request import DbfsMoveRequest
    from .dbfs_path_request import DbfsPathRequest
    from .dbfs_put_multipart_request import DbfsPutMultipartRequest
    from .dbfs_put_request import DbfsPutRequest
    from .dbfs_read_response import DbfsReadResponse
    from .disk_spec import DiskSpec
    from .docker_image import DockerImage
    from .empty import Empty
    from .error import Error
    from .error_12 import Error12
    from .error_details_item import ErrorDetailsItem
    from .file_info import FileInfo
    from .gcp_attributes import GcpAttributes
    from .gcp_attributes_availability import GcpAttributesAvailability
    from .gcp_attributes_confidential_compute_type import GcpAttributesConfidentialComputeType
    from .git_credential_info import GitCredentialInfo
    from .git_credentials_create_request import GitCredentialsCreateRequest
    from .git_credentials_list_response import GitCredentialsListResponse
    from .git_credentials_update_request import GitCredentialsUpdateRequest
    from .global_init_script_create_request import GlobalInitScriptCreateRequest
    from .global_init_script_create_response import GlobalInitScriptCreateResponse
    from .global_init_script_details import GlobalInitScriptDetails
    from .global_init_script_details_with_content import GlobalInitScriptDetailsWithContent
    from .global_init_script_update_request import GlobalInitScriptUpdateRequest
    from .global_init_scripts_list_response import GlobalInitScriptsListResponse
    from .groups_group_name import GroupsGroupName
    from .groups_list_members_response import GroupsListMembersResponse
    from .groups_membership_request import GroupsMembershipRequest
    from .groups_names_response import GroupsNamesResponse
    from .groups_principal_name import GroupsPrincipalName
    from .init_script_info import InitScriptInfo
    from .instance_pool_and_stats import InstancePoolAndStats
    from .instance_pool_and_stats_default_tags import InstancePoolAndStatsDefaultTags
    from .instance_pool_state import InstancePoolState
    from .instance_pool_stats import InstancePoolStats
    from .instance_pool_status import InstancePoolStatus
    from .instance_pool_status_pending_instance_errors_item import InstancePoolStatusPendingInstanceErrorsItem
    from .instance_pools_aws_attributes import InstancePoolsAwsAttributes
    from .instance_pools_aws_attributes_availability import InstancePoolsAwsAttributesAvailability
    from .instance_pools_azure_attributes import InstancePoolsAzureAttributes
    from .instance_pools_azure_attributes_availability import InstancePoolsAzureAttributesAvailability
    from .instance_pools_create_request import InstancePoolsCreateRequest
    from .instance_pools_create_response import InstancePoolsCreateResponse
    from .instance_pools_custom_tags import InstancePoolsCustomTags
    from .instance_pools_delete_request import InstancePoolsDeleteRequest
    from .instance_pools_edit_request import InstancePoolsEditRequest
    from .instance_pools_fleet_attributes import InstancePoolsFleetAttributes
    from .instance_pools_gcp_attributes import InstancePoolsGcpAttributes
    from .instance_pools_gcp_attributes_gcp_availability import InstancePoolsGcpAttributesGcpAvailability
    from .instance_pools_list_response import InstancePoolsListResponse
    from .instance_pools_settings import InstancePoolsSettings
    from .instance_profile import InstanceProfile
    from .instance_profiles_add_request import InstanceProfilesAddRequest
    from .instance_profiles_edit_request import InstanceProfilesEditRequest
    from .instance_profiles_list_response import InstanceProfilesListResponse
    from .instance_profiles_remove_request import InstanceProfilesRemoveRequest
    from .ip_access_list_create_request import IpAccessListCreateRequest
    from .ip_access_list_info import IpAccessListInfo
    from .ip_access_list_replace_request import IpAccessListReplaceRequest
    from .ip_access_list_response import IpAccessListResponse
    from .ip_access_list_type import IpAccessListType
    from .ip_access_list_update_request import IpAccessListUpdateRequest
    from .ip_access_lists_list_response import IpAccessListsListResponse
    from .jobs_20_job import Jobs20Job
    from .jobs_20_job_settings import Jobs20JobSettings
    from .jobs_20_job_settings_tags import Jobs20JobSettingsTags
    from .jobs_20_job_task import Jobs20JobTask
    from .jobs_20_list_response import Jobs20ListResponse
    from .jobs_20_reset_request import Jobs20ResetRequest
    from .jobs_20_run import Jobs20Run
    from .jobs_20_runs_get_output_response import Jobs20RunsGetOutputResponse
    from .jobs_20_runs_list_response import Jobs20RunsListResponse
    from .jobs_20_runs_submit_request import Jobs20RunsSubmitRequest
    from .jobs_20_update_request import Jobs20UpdateRequest
    from .jobs_21_job import Jobs21Job
    from .jobs_21_job_settings import Jobs21JobSettings
    from .jobs_21_job_settings_tags import Jobs21JobSettingsTags
    from .jobs_21_list_response import Jobs21ListResponse
    from .jobs_21_run import Jobs21Run
    from .jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings
    from .jobs_21_run_task import Jobs21RunTask
    from .jobs_21_runs_get_output_response import Jobs21RunsGetOutputResponse
    from .jobs_21_runs_list_response import Jobs21RunsListResponse
    from .jobs_21_task_settings import Jobs21TaskSettings
    from .jobs_ai_classify_function import JobsAiClassifyFunction
    from .jobs_ai_classify_function_inline_labels import JobsAiClassifyFunctionInlineLabels
    from .jobs_ai_classify_function_label import JobsAiClassifyFunctionLabel
    from .jobs_ai_extract_function import JobsAiExtractFunction
    from .jobs_ai_extract_function_mode import JobsAiExtractFunctionMode
    from .jobs_ai_function_task import JobsAiFunctionTask
    from .jobs_ai_function_task_output import JobsAiFunctionTaskOutput
    from .jobs_ai_parse_document_function import JobsAiParseDocumentFunction
    from .jobs_ai_parse_document_function_description_element_type import (
        JobsAiParseDocumentFunctionDescriptionElementType,
    )
    from .jobs_ai_runtime_task import JobsAiRuntimeTask
    from .jobs_ai_runtime_task_output import JobsAiRuntimeTaskOutput
    from .jobs_ai_runtime_task_priority_class import JobsAiRuntimeTaskPriorityClass
    from .jobs_alert_evaluation_state import JobsAlertEvaluationState
    from .jobs_alert_task import JobsAlertTask
    from .jobs_alert_task_output import JobsAlertTaskOutput
    from .jobs_alert_task_parameters import JobsAlertTaskParameters
    from .jobs_alert_task_subscriber import JobsAlertTaskSubscriber
    from .jobs_authentication_method import JobsAuthenticationMethod
    from .jobs_clean_room_task_run_life_cycle_state import JobsCleanRoomTaskRunLifeCycleState
    from .jobs_clean_room_task_run_result_state import JobsCleanRoomTaskRunResultState
    from .jobs_clean_room_task_run_state import JobsCleanRoomTaskRunState
    from .jobs_clean_rooms_notebook_task import JobsCleanRoomsNotebookTask
    from .jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output import (
        JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput,
    )
    from .jobs_clean_rooms_notebook_task_notebook_base_parameters import (
        JobsCleanRoomsNotebookTaskNotebookBaseParameters,
    )
    from .jobs_cluster_instance import JobsClusterInstance
    from .jobs_cluster_spec import JobsClusterSpec
    from .jobs_completed_job import JobsCompletedJob
    from .jobs_compute import JobsCompute
    from .jobs_compute_config import JobsComputeConfig
    from .jobs_compute_environment import JobsComputeEnvironment
    from .jobs_compute_hardware_accelerator_type import JobsComputeHardwareAcceleratorType
    from .jobs_compute_spec import JobsComputeSpec
    from .jobs_compute_spec_accelerator_type import JobsComputeSpecAcceleratorType
    from .jobs_condition import JobsCondition
    from .jobs_condition_task import JobsConditionTask
    from .jobs_condition_task_op import JobsConditionTaskOp
    from .jobs_continuous import JobsContinuous
    from .jobs_continuous_trigger_configuration import JobsContinuousTriggerConfiguration
    from .jobs_continuous_trigger_state import JobsContinuousTriggerState
    from .jobs_create_request import JobsCreateRequest
    from .jobs_create_response import JobsCreateResponse
    from .jobs_cron_schedule import JobsCronSchedule
    from .jobs_cron_schedule_pause_status import JobsCronSchedulePauseStatus
    from .jobs_cron_trigger_configuration import JobsCronTriggerConfiguration
    from .jobs_dashboard_page_snapshot import JobsDashboardPageSnapshot
    from .jobs_dashboard_task import JobsDashboardTask
    from .jobs_dashboard_task_filters import JobsDashboardTaskFilters
    from .jobs_dashboard_task_output import JobsDashboardTaskOutput
    from .jobs_day_of_week import JobsDayOfWeek
    from .jobs_dbt_cloud_job_run_step import JobsDbtCloudJobRunStep
    from .jobs_dbt_cloud_task import JobsDbtCloudTask
    from .jobs_dbt_cloud_task_output import JobsDbtCloudTaskOutput
    from .jobs_dbt_output import JobsDbtOutput
    from .jobs_dbt_platform_job_run_step import JobsDbtPlatformJobRunStep
    from .jobs_dbt_platform_run_status import JobsDbtPlatformRunStatus
    from .jobs_dbt_platform_task import JobsDbtPlatformTask
    from .jobs_dbt_platform_task_output import JobsDbtPlatformTaskOutput
    from .jobs_dbt_task import JobsDbtTask
    from .jobs_delta_table_source import JobsDeltaTableSource
    from .jobs_deployment_spec import JobsDeploymentSpec
    from .jobs_email_notifications import JobsEmailNotifications
    from .jobs_file_arrival_trigger_configuration import JobsFileArrivalTriggerConfiguration
    from .jobs_file_arrival_trigger_state import JobsFileArrivalTriggerState
    from .jobs_for_each_nested_task import JobsForEachNestedTask
    from .jobs_for_each_stats import JobsForEachStats
    from .jobs_for_each_task import JobsForEachTask
    from .jobs_for_each_task_error_message_stats import JobsForEachTaskErrorMessageStats
    from .jobs_for_each_task_task_run_stats import JobsForEachTaskTaskRunStats
    from .jobs_format import JobsFormat
    from .jobs_gen_ai_compute_task import JobsGenAiComputeTask
    from .jobs_git_source import JobsGitSource
    from .jobs_git_source_git_snapshot import JobsGitSourceGitSnapshot
    from .jobs_job_cluster import JobsJobCluster
    from .jobs_job_cluster_serverless_compute import JobsJobClusterServerlessCompute
    from .jobs_job_completion_trigger_configuration import JobsJobCompletionTriggerConfiguration
    from .jobs_job_completion_trigger_configuration_if_status import JobsJobCompletionTriggerConfigurationIfStatus
    from .jobs_job_completion_trigger_configuration_monitored_job import (
        JobsJobCompletionTriggerConfigurationMonitoredJob,
    )
    from .jobs_job_completion_trigger_run_info_details import JobsJobCompletionTriggerRunInfoDetails
    from .jobs_job_completion_trigger_state import JobsJobCompletionTriggerState
    from .jobs_job_completion_trigger_state_monitored_job_state import JobsJobCompletionTriggerStateMonitoredJobState
    from .jobs_job_deployment import JobsJobDeployment
    from .jobs_job_deployment_kind import JobsJobDeploymentKind
    from .jobs_job_edit_mode import JobsJobEditMode
    from .jobs_job_environment import JobsJobEnvironment
    from .jobs_job_environment_variables import JobsJobEnvironmentVariables
    from .jobs_job_environment_variables_spec import JobsJobEnvironmentVariablesSpec
    from .jobs_job_environment_variables_spec_variables import JobsJobEnvironmentVariablesSpecVariables
    from .jobs_job_id_request import JobsJobIdRequest
    from .jobs_job_notification_settings import JobsJobNotificationSettings
    from .jobs_job_parameter import JobsJobParameter
    from .jobs_job_parameter_definition import JobsJobParameterDefinition
    from .jobs_job_run_as import JobsJobRunAs
    from .jobs_job_source import JobsJobSource
    from .jobs_job_source_dirty_state import JobsJobSourceDirtyState
    from .jobs_jobs_health_metric import JobsJobsHealthMetric
    from .jobs_jobs_health_operator import JobsJobsHealthOperator
    from .jobs_jobs_health_rule import JobsJobsHealthRule
    from .jobs_jobs_health_rules import JobsJobsHealthRules
    from .jobs_maintenance_window import JobsMaintenanceWindow
    from .jobs_model_trigger_configuration import JobsModelTriggerConfiguration
    from .jobs_model_trigger_configuration_condition import JobsModelTriggerConfigurationCondition
    from .jobs_model_trigger_state import JobsModelTriggerState
    from .jobs_notebook_output import JobsNotebookOutput
    from .jobs_notebook_task import JobsNotebookTask
    from .jobs_output_schema_info import JobsOutputSchemaInfo
    from .jobs_pause_status import JobsPauseStatus
    from .jobs_per_trigger_state import JobsPerTriggerState
    from .jobs_performance_target import JobsPerformanceTarget
    from .jobs_periodic_trigger_configuration import JobsPeriodicTriggerConfiguration
    from .jobs_periodic_trigger_configuration_time_unit import JobsPeriodicTriggerConfigurationTimeUnit
    from .jobs_periodic_trigger_state import JobsPeriodicTriggerState
    from .jobs_pipeline_params import JobsPipelineParams
    from .jobs_pipeline_task import JobsPipelineTask
    from .jobs_pipeline_task_parameters import JobsPipelineTaskParameters
    from .jobs_power_bi_model import JobsPowerBiModel
    from .jobs_power_bi_table import JobsPowerBiTable
    from .jobs_power_bi_task import JobsPowerBiTask
    from .jobs_python_operator_task import JobsPythonOperatorTask
    from .jobs_python_operator_task_parameter import JobsPythonOperatorTaskParameter
    from .jobs_python_wheel_task import JobsPythonWheelTask
    from .jobs_qualified_name import JobsQualifiedName
    from .jobs_queue_details import JobsQueueDetails
    from .jobs_queue_details_code_code import JobsQueueDetailsCodeCode
    from .jobs_queue_settings import JobsQueueSettings
    from .jobs_repair_history_item import JobsRepairHistoryItem
    from .jobs_repair_history_item_type import JobsRepairHistoryItemType
    from .jobs_reset_request import JobsResetRequest
    from .jobs_resolved_condition_task_values import JobsResolvedConditionTaskValues
    from .jobs_resolved_dbt_task_values import JobsResolvedDbtTaskValues
    from .jobs_resolved_notebook_task_values import JobsResolvedNotebookTaskValues
    from .jobs_resolved_notebook_task_values_base_parameters import JobsResolvedNotebookTaskValuesBaseParameters
    from .jobs_resolved_param_pair_values import JobsResolvedParamPairValues
    from .jobs_resolved_param_pair_values_parameters import JobsResolvedParamPairValuesParameters
    from .jobs_resolved_pipeline_task_values import JobsResolvedPipelineTaskValues
    from .jobs_resolved_pipeline_task_values_parameters import JobsResolvedPipelineTaskValuesParameters
    from .jobs_resolved_python_wheel_task_values import JobsResolvedPythonWheelTaskValues
    from .jobs_resolved_python_wheel_task_values_named_parameters import (
        JobsResolvedPythonWheelTaskValuesNamedParameters,
    )
    from .jobs_resolved_run_job_task_values import JobsResolvedRunJobTaskValues
    from .jobs_resolved_run_job_task_values_job_parameters import JobsResolvedRunJobTaskValuesJobParameters
    from .jobs_resolved_run_job_task_values_parameters import JobsResolvedRunJobTaskValuesParameters
    from .jobs_resolved_string_params_values import JobsResolvedStringParamsValues
    from .jobs_resolved_values import JobsResolvedValues
    from .jobs_resolved_values_ai_function_task_resolved_values import JobsResolvedValuesAiFunctionTaskResolvedValues
    from .jobs_resolved_values_ai_runtime_task_resolved_values import JobsResolvedValuesAiRuntimeTaskResolvedValues
    from .jobs_run_condition_task import JobsRunConditionTask
    from .jobs_run_for_each_task import JobsRunForEachTask
    from .jobs_run_id_request import JobsRunIdRequest
    from .jobs_run_if import JobsRunIf
    from .jobs_run_job_output import JobsRunJobOutput
    from .jobs_run_job_task import JobsRunJobTask
    from .jobs_run_job_task_job_parameters import JobsRunJobTaskJobParameters
    from .jobs_run_job_task_notebook_params import JobsRunJobTaskNotebookParams
    from .jobs_run_job_task_python_named_params import JobsRunJobTaskPythonNamedParams
    from .jobs_run_job_task_sql_params import JobsRunJobTaskSqlParams
    from .jobs_run_life_cycle_state import JobsRunLifeCycleState
    from .jobs_run_lifecycle_state_v2_state import JobsRunLifecycleStateV2State
    from .jobs_run_now_request import JobsRunNowRequest
    from .jobs_run_now_request_job_parameters import JobsRunNowRequestJobParameters
    from .jobs_run_now_response import JobsRunNowResponse
    from .jobs_run_parameters import JobsRunParameters
    from .jobs_run_result_state import JobsRunResultState
    from .jobs_run_state import JobsRunState
    from .jobs_run_status import JobsRunStatus
    from .jobs_run_type import JobsRunType
    from .jobs_runs_cancel_all_request import JobsRunsCancelAllRequest
    from .jobs_runs_export_response import JobsRunsExportResponse
    from .jobs_runs_repair_request import JobsRunsRepairRequest
    from .jobs_runs_repair_request_job_parameters import JobsRunsRepairRequestJobParameters
    from .jobs_runs_repair_response import JobsRunsRepairResponse
    from .jobs_runs_submit_request import JobsRunsSubmitRequest
    from .jobs_runs_submit_response import JobsRunsSubmitResponse
    from .jobs_schedule_trigger_state import JobsScheduleTriggerState
    from .jobs_source import JobsSource
    from .jobs_spark_jar_task import JobsSparkJarTask
    from .jobs_spark_python_task import JobsSparkPythonTask
    from .jobs_spark_submit_task import JobsSparkSubmitTask
    from .jobs_sparse_checkout import JobsSparseCheckout
    from .jobs_sql_alert_output import JobsSqlAlertOutput
    from .jobs_sql_alert_output_alert_state import JobsSqlAlertOutputAlertState
    from .jobs_sql_condition_configuration import JobsSqlConditionConfiguration
    from .jobs_sql_condition_run_info_details import JobsSqlConditionRunInfoDetails
    from .jobs_sql_condition_state import JobsSqlConditionState
    from .jobs_sql_condition_trigger_mode import JobsSqlConditionTriggerMode
    from .jobs_sql_dashboard_widget_output import JobsSqlDashboardWidgetOutput
    from .jobs_sql_dashboard_widget_output_error import JobsSqlDashboardWidgetOutputError
    from .jobs_sql_dashboard_widget_output_status import JobsSqlDashboardWidgetOutputStatus
    from .jobs_sql_output import JobsSqlOutput
    from .jobs_sql_output_dashboard_output import JobsSqlOutputDashboardOutput
    from .jobs_sql_query_output import JobsSqlQueryOutput
    from .jobs_sql_statement_output import JobsSqlStatementOutput
    from .jobs_sql_statement_query_result import JobsSqlStatementQueryResult
    from .jobs_sql_statement_query_result_column import JobsSqlStatementQueryResultColumn
    from .jobs_sql_statement_query_result_row import JobsSqlStatementQueryResultRow
    from .jobs_sql_statement_query_result_row_row_value import JobsSqlStatementQueryResultRowRowValue
    from .jobs_sql_task import JobsSqlTask
    from .jobs_sql_task_alert import JobsSqlTaskAlert
    from .jobs_sql_task_dashboard import JobsSqlTaskDashboard
    from .jobs_sql_task_file import JobsSqlTaskFile
    from .jobs_sql_task_query import JobsSqlTaskQuery
    from .jobs_sql_task_sql_file_output import JobsSqlTaskSqlFileOutput
    from .jobs_sql_task_subscription import JobsSqlTaskSubscription
    from .jobs_storage_mode import JobsStorageMode
    from .jobs_string_map import JobsStringMap
    from .jobs_subscription import JobsSubscription
    from .jobs_subscription_attachment import JobsSubscriptionAttachment
    from .jobs_subscription_attachment_data_attachment import JobsSubscriptionAttachmentDataAttachment
    from .jobs_subscription_attachment_data_attachment_file_format import (
        JobsSubscriptionAttachmentDataAttachmentFileFormat,
    )
    from .jobs_subscription_attachment_data_attachment_widget import JobsSubscriptionAttachmentDataAttachmentWidget
    from .jobs_subscription_attachment_page_attachment import JobsSubscriptionAttachmentPageAttachment
    from .jobs_subscription_attachment_page_attachment_page_selection import (
        JobsSubscriptionAttachmentPageAttachmentPageSelection,
    )
    from .jobs_subscription_subscriber import JobsSubscriptionSubscriber
    from .jobs_table_state import JobsTableState
    from .jobs_table_trigger_state import JobsTableTriggerState
    from .jobs_table_update_trigger_configuration import JobsTableUpdateTriggerConfiguration
    from .jobs_task_dependency import JobsTaskDependency
    from .jobs_task_notification_settings import JobsTaskNotificationSettings
    from .jobs_task_retry_mode import JobsTaskRetryMode
    from .jobs_termination_code_code import JobsTerminationCodeCode
    from .jobs_termination_details import JobsTerminationDetails
    from .jobs_termination_type_type import JobsTerminationTypeType
    from .jobs_trigger_configuration import JobsTriggerConfiguration
    from .jobs_trigger_details import JobsTriggerDetails
    from .jobs_trigger_evaluation import JobsTriggerEvaluation
    from .jobs_trigger_history import JobsTriggerHistory
    from .jobs_trigger_info import JobsTriggerInfo
    from .jobs_trigger_settings import JobsTriggerSettings
    from .jobs_trigger_state_proto import JobsTriggerStateProto
    from .jobs_trigger_type import JobsTriggerType
    from .jobs_update_request import JobsUpdateRequest
    from .jobs_view_item import JobsViewItem
    from .jobs_view_type import JobsViewType
    from .jobs_views_to_export import JobsViewsToExport
    from .jobs_volume_source import JobsVolumeSource
    from .jobs_webhook import JobsWebhook
    from .jobs_webhook_notifications import JobsWebhookNotifications
    from .jobs_widget_error_detail import JobsWidgetErrorDetail
    from .libraries_all_cluster_statuses_response import LibrariesAllClusterStatusesResponse
    from .libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
    from .libraries_install_request import LibrariesInstallRequest
    from .libraries_maven_library import LibrariesMavenLibrary
    from .libraries_python_py_pi_library import LibrariesPythonPyPiLibrary
    from .libraries_r_cran_library import LibrariesRCranLibrary
    from .libraries_uninstall_request import LibrariesUninstallRequest
    from .library import Library
    from .library_full_status import LibraryFullStatus
    from .library_install_status import LibraryInstallStatus
    from .new_cluster import NewCluster
    from .node_type import NodeType
    from .permissions_access_control_list_request import PermissionsAccessControlListRequest
    from .permissions_access_control_response import PermissionsAccessControlResponse
    from .permissions_level import PermissionsLevel
    from .permissions_levels_response import PermissionsLevelsResponse
    from .permissions_object_permissions import PermissionsObjectPermissions
    from .permissions_permission import PermissionsPermission
    from .permissions_permission_level import PermissionsPermissionLevel
    from .permissions_request_object_type import PermissionsRequestObjectType
    from .policy_families_list_response import PolicyFamiliesListResponse
    from .policy_family import PolicyFamily
    from .repo_get_response import RepoGetResponse
    from .repo_info import RepoInfo
    from .repo_sparse_checkout import RepoSparseCheckout
    from .repos_create_request import ReposCreateRequest
    from .repos_list_response import ReposListResponse
    from .repos_update_request import ReposUpdateRequest
    from .repos_update_request_sparse_checkout import ReposUpdateRequestSparseCheckout
    from .scim_email import ScimEmail
    from .scim_entitlement import ScimEntitlement
    from .scim_entitlement_value import ScimEntitlementValue
    from .scim_error import ScimError
    from .scim_group import ScimGroup
    from .scim_group_create_request import ScimGroupCreateRequest
    from .scim_group_list import ScimGroupList
    from .scim_group_meta import ScimGroupMeta
    from .scim_group_request import ScimGroupRequest
    from .scim_group_request_meta import ScimGroupRequestMeta
    from .scim_group_request_schemas_item import ScimGroupRequestSchemasItem
    from .scim_group_schemas_item import ScimGroupSchemasItem
    from .scim_groups_list_sort_by import ScimGroupsListSortBy
    from .scim_groups_list_sort_order import ScimGroupsListSortOrder
    from .scim_list_response_schemas_item import ScimListResponseSchemasItem
    from .scim_name import ScimName
    from .scim_patch_operation import ScimPatchOperation
    from .scim_patch_operation_op import ScimPatchOperationOp
    from .scim_patch_request import ScimPatchRequest
    from .scim_patch_request_schemas_item import ScimPatchRequestSchemasItem
    from .scim_reference import ScimReference
    from .scim_role import ScimRole
    from .scim_service_principal import ScimServicePrincipal
    from .scim_service_principal_create_request import ScimServicePrincipalCreateRequest
    from .scim_service_principal_list import ScimServicePrincipalList
    from .scim_service_principal_request import ScimServicePrincipalRequest
    from .scim_service_principal_request_schemas_item import ScimServicePrincipalRequestSchemasItem
    from .scim_service_principal_schemas_item import ScimServicePrincipalSchemasItem
    from .scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy
    from .scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder
    from .scim_user import ScimUser
    from .scim_user_create_request import ScimUserCreateRequest
    from .scim_user_list import ScimUserList
    from .scim_user_request import ScimUserRequest
    from .scim_user_request_schemas_item import ScimUserRequestSchemasItem
    from .scim_user_schemas_item import ScimUserSchemasItem
    from .scim_users_get_sort_by import ScimUsersGetSortBy
    from .scim_users_get_sort_order import ScimUsersGetSortOrder
    from .scim_users_list_sort_by import ScimUsersListSortBy
    from .scim_users_list_sort_order import ScimUsersListSortOrder
    from .secrets_acl_item import SecretsAclItem
    from .secrets_acl_request import SecretsAclRequest
    from .secrets_acls_list_response import SecretsAclsListResponse
    from .secrets_acls_put_request import SecretsAclsPutRequest
    from .secrets_azure_key_vault_metadata import SecretsAzureKeyVaultMetadata
    from .secrets_backend_type import SecretsBackendType
    from .secrets_get_response import SecretsGetResponse
    from .secrets_key_request import SecretsKeyRequest
    from .secrets_list_response import SecretsListResponse
    from .secrets_permission import SecretsPermission
    from .secrets_put_request import SecretsPutRequest
    from .secrets_scope import SecretsScope
    from .secrets_scope_request import SecretsScopeRequest
    from .secrets_scopes_create_request import SecretsScopesCreateRequest
    from .secrets_scopes_create_request_initial_manage_principal import SecretsScopesCreateRequestInitialManagePrincipal
    from .secrets_scopes_list_response import SecretsScopesListResponse
    from .secrets_secret_metadata import SecretsSecretMetadata
    from .spark_version import SparkVersion
    from .termination_reason import TerminationReason
    from .termination_reason_parameters import TerminationReasonParameters
    from .termination_reason_type import TerminationReasonType
    from .token_autoscope_state import TokenAutoscopeState
    from .token_create_request import TokenCreateRequest
    from .token_create_response import TokenCreateResponse
    from .token_delete_request import TokenDeleteRequest
    from .token_list_response import TokenListResponse
    from .token_management_create_obo_request import TokenManagementCreateOboRequest
    from .token_management_create_obo_response import TokenManagementCreateOboResponse
    from .token_management_get_response import TokenManagementGetResponse
    from .token_management_list_response import TokenManagementListResponse
    from .token_management_token_info import TokenManagementTokenInfo
    from .token_management_update_request import TokenManagementUpdateRequest
    from .token_management_update_request_token import TokenManagementUpdateRequestToken
    from .token_public_token_info import TokenPublicTokenInfo
    from .token_update_request import TokenUpdateRequest
    from .token_update_request_token import TokenUpdateRequestToken
    from .workspace_conf import WorkspaceConf
    from .workspace_conf_update import WorkspaceConfUpdate
    from .workspace_delete_request import WorkspaceDeleteRequest
    from .workspace_export_format import WorkspaceExportFormat
    from .workspace_export_response import WorkspaceExportResponse
    from .workspace_import_multipart_request import WorkspaceImportMultipartRequest
    from .workspace_import_request import WorkspaceImportRequest
    from .workspace_language import WorkspaceLanguage
    from .workspace_list_response import WorkspaceListResponse
    from .workspace_object_info import WorkspaceObjectInfo
    from .workspace_object_info_directory_info import WorkspaceObjectInfoDirectoryInfo
    from .workspace_object_type import WorkspaceObjectType
    from .workspace_path_request import WorkspacePathRequest

_MODULES: dict[str, str] = {
    "AccessControlRequest": ".access_control_request",
    "AutoScale": ".auto_scale",
    "AwsAttributes": ".aws_attributes",
    "AwsAttributesAvailability": ".aws_attributes_availability",
    "AwsAttributesEbsVolumeType": ".aws_attributes_ebs_volume_type",
    "AzureAttributes": ".azure_attributes",
    "AzureAttributesAvailability": ".azure_attributes_availability",
    "ClusterEvent": ".cluster_event",
    "ClusterEventDataPlaneEventDetails": ".cluster_event_data_plane_event_details",
    "ClusterEventDataPlaneEventDetailsEventType": ".cluster_event_data_plane_event_details_event_type",
    "ClusterInfo": ".cluster_info",
    "ClusterLogConf": ".cluster_log_conf",
    "ClusterPoliciesCreateRequest": ".cluster_policies_create_request",
    "ClusterPoliciesCreateResponse": ".cluster_policies_create_response",
    "ClusterPoliciesDeleteRequest": ".cluster_policies_delete_request",
    "ClusterPoliciesEditRequest": ".cluster_policies_edit_request",
    "ClusterPoliciesListResponse": ".cluster_policies_list_response",
    "ClusterPoliciesListSortColumn": ".cluster_policies_list_sort_column",
    "ClusterPoliciesListSortOrder": ".cluster_policies_list_sort_order",
    "ClusterPolicy": ".cluster_policy",
    "ClusterPolicySettings": ".cluster_policy_settings",
    "ClusterSpec": ".cluster_spec",
    "ClusterState": ".cluster_state",
    "Clusters20ListCanUseClient": ".clusters_20_list_can_use_client",
    "ClustersAbfssStorageInfo": ".clusters_abfss_storage_info",
    "ClustersAttributes": ".clusters_attributes",
    "ClustersChangeOwnerRequest": ".clusters_change_owner_request",
    "ClustersCreateRequest": ".clusters_create_request",
    "ClustersCreateRequestCloneFrom": ".clusters_create_request_clone_from",
    "ClustersCreateResponse": ".clusters_create_response",
    "ClustersCustomTagsRequest": ".clusters_custom_tags_request",
    "ClustersDataSecurityMode": ".clusters_data_security_mode",
    "ClustersDbfsStorageInfo": ".clusters_dbfs_storage_info",
    "ClustersDependencyMode": ".clusters_dependency_mode",
    "ClustersDiskType": ".clusters_disk_type",
    "ClustersDiskTypeAzureDiskVolumeType": ".clusters_disk_type_azure_disk_volume_type",
    "ClustersDiskTypeEbsVolumeType": ".clusters_disk_type_ebs_volume_type",
    "ClustersDockerBasicAuth": ".clusters_docker_basic_auth",
    "ClustersEditRequest": ".clusters_edit_request",
    "ClustersEventDetails": ".clusters_event_details",
    "ClustersEventDetailsCause": ".clusters_event_details_cause",
    "ClustersEventType": ".clusters_event_type",
    "ClustersEventsRequest": ".clusters_events_request",
    "ClustersEventsRequestOrder": ".clusters_events_request_order",
    "ClustersEventsResponse": ".clusters_events_response",
    "ClustersFileStorageInfo": ".clusters_file_storage_info",
    "ClustersGcsStorageInfo": ".clusters_gcs_storage_info",
    "ClustersIdRequest": ".clusters_id_request",
    "ClustersInitScriptEventDetails": ".clusters_init_script_event_details",
    "ClustersInitScriptExecution": ".clusters_init_script_execution",
    "ClustersInitScriptExecutionStatus": ".clusters_init_script_execution_status",
    "ClustersInstanceSource": ".clusters_instance_source",
    "ClustersKind": ".clusters_kind",
    "ClustersListNodeTypesResponse": ".clusters_list_node_types_response",
    "ClustersListResponse": ".clusters_list_response",
    "ClustersListSortByDirection": ".clusters_list_sort_by_direction",
    "ClustersListSortByField": ".clusters_list_sort_by_field",
    "ClustersListZonesResponse": ".clusters_list_zones_response",
    "ClustersLogAnalyticsInfo": ".clusters_log_analytics_info",
    "ClustersLogSyncStatus": ".clusters_log_sync_status",
    "ClustersNodeInfo": ".clusters_node_info",
    "ClustersNodeInfoStatusItem": ".clusters_node_info_status_item",
    "ClustersNodeInstanceType": ".clusters_node_instance_type",
    "ClustersNodeTypeFlexibility": ".clusters_node_type_flexibility",
    "ClustersResizeRequest": ".clusters_resize_request",
    "ClustersRestartRequest": ".clusters_restart_request",
    "ClustersRuntimeEngine": ".clusters_runtime_engine",
    "ClustersS3StorageInfo": ".clusters_s3_storage_info",
    "ClustersSize": ".clusters_size",
    "ClustersSource": ".clusters_source",
    "ClustersSparkConfRequest": ".clusters_spark_conf_request",
    "ClustersSparkNode": ".clusters_spark_node",
    "ClustersSparkNodeNodeAwsAttributes": ".clusters_spark_node_node_aws_attributes",
    "ClustersSparkVersionsResponse": ".clusters_spark_versions_response",
    "ClustersStringMap": ".clusters_string_map",
    "ClustersTerminationCode": ".clusters_termination_code",
    "ClustersUpdateRequest": ".clusters_update_request",
    "ClustersVolumesStorageInfo": ".clusters_volumes_storage_info",
    "ClustersWorkloadType": ".clusters_workload_type",
    "ClustersWorkloadTypeClients": ".clusters_workload_type_clients",
    "ClustersWorkspaceStorageInfo": ".clusters_workspace_storage_info",
    "CommandResultType": ".command_result_type",
    "CommandResults": ".command_results",
    "CommandStatus": ".command_status",
    "Commands12Language": ".commands_12_language",
    "CommandsCancelRequest": ".commands_cancel_request",
    "CommandsExecuteRequest": ".commands_execute_request",
    "CommandsIdResponse": ".commands_id_response",
    "CommandsSchemaField": ".commands_schema_field",
    "CommandsSchemaFieldMetadataType1": ".commands_schema_field_metadata_type_1",
    "CommandsStatusResponse": ".commands_status_response",
    "ContextStatus": ".context_status",
    "ContextsCreateRequest": ".contexts_create_request",
    "ContextsDestroyRequest": ".contexts_destroy_request",
    "ContextsIdResponse": ".contexts_id_response",
    "ContextsStatusResponse": ".contexts_status_response",
    "DbfsAddBlockRequest": ".dbfs_add_block_request",
    "DbfsCreateRequest": ".dbfs_create_request",
    "DbfsCreateResponse": ".dbfs_create_response",
    "DbfsDeleteRequest": ".dbfs_delete_request",
    "DbfsHandleRequest": ".dbfs_handle_request",
    "DbfsListResponse": ".dbfs_list_response",
    "DbfsMoveRequest": ".dbfs_move_request",
    "DbfsPathRequest": ".dbfs_path_request",
    "DbfsPutMultipartRequest": ".dbfs_put_multipart_request",
    "DbfsPutRequest": ".dbfs_put_request",
    "DbfsReadResponse": ".dbfs_read_response",
    "DiskSpec": ".disk_spec",
    "DockerImage": ".docker_image",
    "Empty": ".empty",
    "Error": ".error",
    "Error12": ".error_12",
    "ErrorDetailsItem": ".error_details_item",
    "FileInfo": ".file_info",
    "GcpAttributes": ".gcp_attributes",
    "GcpAttributesAvailability": ".gcp_attributes_availability",
    "GcpAttributesConfidentialComputeType": ".gcp_attributes_confidential_compute_type",
    "GitCredentialInfo": ".git_credential_info",
    "GitCredentialsCreateRequest": ".git_credentials_create_request",
    "GitCredentialsListResponse": ".git_credentials_list_response",
    "GitCredentialsUpdateRequest": ".git_credentials_update_request",
    "GlobalInitScriptCreateRequest": ".global_init_script_create_request",
    "GlobalInitScriptCreateResponse": ".global_init_script_create_response",
    "GlobalInitScriptDetails": ".global_init_script_details",
    "GlobalInitScriptDetailsWithContent": ".global_init_script_details_with_content",
    "GlobalInitScriptUpdateRequest": ".global_init_script_update_request",
    "GlobalInitScriptsListResponse": ".global_init_scripts_list_response",
    "GroupsGroupName": ".groups_group_name",
    "GroupsListMembersResponse": ".groups_list_members_response",
    "GroupsMembershipRequest": ".groups_membership_request",
    "GroupsNamesResponse": ".groups_names_response",
    "GroupsPrincipalName": ".groups_principal_name",
    "InitScriptInfo": ".init_script_info",
    "InstancePoolAndStats": ".instance_pool_and_stats",
    "InstancePoolAndStatsDefaultTags": ".instance_pool_and_stats_default_tags",
    "InstancePoolState": ".instance_pool_state",
    "InstancePoolStats": ".instance_pool_stats",
    "InstancePoolStatus": ".instance_pool_status",
    "InstancePoolStatusPendingInstanceErrorsItem": ".instance_pool_status_pending_instance_errors_item",
    "InstancePoolsAwsAttributes": ".instance_pools_aws_attributes",
    "InstancePoolsAwsAttributesAvailability": ".instance_pools_aws_attributes_availability",
    "InstancePoolsAzureAttributes": ".instance_pools_azure_attributes",
    "InstancePoolsAzureAttributesAvailability": ".instance_pools_azure_attributes_availability",
    "InstancePoolsCreateRequest": ".instance_pools_create_request",
    "InstancePoolsCreateResponse": ".instance_pools_create_response",
    "InstancePoolsCustomTags": ".instance_pools_custom_tags",
    "InstancePoolsDeleteRequest": ".instance_pools_delete_request",
    "InstancePoolsEditRequest": ".instance_pools_edit_request",
    "InstancePoolsFleetAttributes": ".instance_pools_fleet_attributes",
    "InstancePoolsGcpAttributes": ".instance_pools_gcp_attributes",
    "InstancePoolsGcpAttributesGcpAvailability": ".instance_pools_gcp_attributes_gcp_availability",
    "InstancePoolsListResponse": ".instance_pools_list_response",
    "InstancePoolsSettings": ".instance_pools_settings",
    "InstanceProfile": ".instance_profile",
    "InstanceProfilesAddRequest": ".instance_profiles_add_request",
    "InstanceProfilesEditRequest": ".instance_profiles_edit_request",
    "InstanceProfilesListResponse": ".instance_profiles_list_response",
    "InstanceProfilesRemoveRequest": ".instance_profiles_remove_request",
    "IpAccessListCreateRequest": ".ip_access_list_create_request",
    "IpAccessListInfo": ".ip_access_list_info",
    "IpAccessListReplaceRequest": ".ip_access_list_replace_request",
    "IpAccessListResponse": ".ip_access_list_response",
    "IpAccessListType": ".ip_access_list_type",
    "IpAccessListUpdateRequest": ".ip_access_list_update_request",
    "IpAccessListsListResponse": ".ip_access_lists_list_response",
    "Jobs20Job": ".jobs_20_job",
    "Jobs20JobSettings": ".jobs_20_job_settings",
    "Jobs20JobSettingsTags": ".jobs_20_job_settings_tags",
    "Jobs20JobTask": ".jobs_20_job_task",
    "Jobs20ListResponse": ".jobs_20_list_response",
    "Jobs20ResetRequest": ".jobs_20_reset_request",
    "Jobs20Run": ".jobs_20_run",
    "Jobs20RunsGetOutputResponse": ".jobs_20_runs_get_output_response",
    "Jobs20RunsListResponse": ".jobs_20_runs_list_response",
    "Jobs20RunsSubmitRequest": ".jobs_20_runs_submit_request",
    "Jobs20UpdateRequest": ".jobs_20_update_request",
    "Jobs21Job": ".jobs_21_job",
    "Jobs21JobSettings": ".jobs_21_job_settings",
    "Jobs21JobSettingsTags": ".jobs_21_job_settings_tags",
    "Jobs21ListResponse": ".jobs_21_list_response",
    "Jobs21Run": ".jobs_21_run",
    "Jobs21RunSubmitTaskSettings": ".jobs_21_run_submit_task_settings",
    "Jobs21RunTask": ".jobs_21_run_task",
    "Jobs21RunsGetOutputResponse": ".jobs_21_runs_get_output_response",
    "Jobs21RunsListResponse": ".jobs_21_runs_list_response",
    "Jobs21TaskSettings": ".jobs_21_task_settings",
    "JobsAiClassifyFunction": ".jobs_ai_classify_function",
    "JobsAiClassifyFunctionInlineLabels": ".jobs_ai_classify_function_inline_labels",
    "JobsAiClassifyFunctionLabel": ".jobs_ai_classify_function_label",
    "JobsAiExtractFunction": ".jobs_ai_extract_function",
    "JobsAiExtractFunctionMode": ".jobs_ai_extract_function_mode",
    "JobsAiFunctionTask": ".jobs_ai_function_task",
    "JobsAiFunctionTaskOutput": ".jobs_ai_function_task_output",
    "JobsAiParseDocumentFunction": ".jobs_ai_parse_document_function",
    "JobsAiParseDocumentFunctionDescriptionElementType": ".jobs_ai_parse_document_function_description_element_type",
    "JobsAiRuntimeTask": ".jobs_ai_runtime_task",
    "JobsAiRuntimeTaskOutput": ".jobs_ai_runtime_task_output",
    "JobsAiRuntimeTaskPriorityClass": ".jobs_ai_runtime_task_priority_class",
    "JobsAlertEvaluationState": ".jobs_alert_evaluation_state",
    "JobsAlertTask": ".jobs_alert_task",
    "JobsAlertTaskOutput": ".jobs_alert_task_output",
    "JobsAlertTaskParameters": ".jobs_alert_task_parameters",
    "JobsAlertTaskSubscriber": ".jobs_alert_task_subscriber",
    "JobsAuthenticationMethod": ".jobs_authentication_method",
    "JobsCleanRoomTaskRunLifeCycleState": ".jobs_clean_room_task_run_life_cycle_state",
    "JobsCleanRoomTaskRunResultState": ".jobs_clean_room_task_run_result_state",
    "JobsCleanRoomTaskRunState": ".jobs_clean_room_task_run_state",
    "JobsCleanRoomsNotebookTask": ".jobs_clean_rooms_notebook_task",
    "JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput": ".jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output",
    "JobsCleanRoomsNotebookTaskNotebookBaseParameters": ".jobs_clean_rooms_notebook_task_notebook_base_parameters",
    "JobsClusterInstance": ".jobs_cluster_instance",
    "JobsClusterSpec": ".jobs_cluster_spec",
    "JobsCompletedJob": ".jobs_completed_job",
    "JobsCompute": ".jobs_compute",
    "JobsComputeConfig": ".jobs_compute_config",
    "JobsComputeEnvironment": ".jobs_compute_environment",
    "JobsComputeHardwareAcceleratorType": ".jobs_compute_hardware_accelerator_type",
    "JobsComputeSpec": ".jobs_compute_spec",
    "JobsComputeSpecAcceleratorType": ".jobs_compute_spec_accelerator_type",
    "JobsCondition": ".jobs_condition",
    "JobsConditionTask": ".jobs_condition_task",
    "JobsConditionTaskOp": ".jobs_condition_task_op",
    "JobsContinuous": ".jobs_continuous",
    "JobsContinuousTriggerConfiguration": ".jobs_continuous_trigger_configuration",
    "JobsContinuousTriggerState": ".jobs_continuous_trigger_state",
    "JobsCreateRequest": ".jobs_create_request",
    "JobsCreateResponse": ".jobs_create_response",
    "JobsCronSchedule": ".jobs_cron_schedule",
    "JobsCronSchedulePauseStatus": ".jobs_cron_schedule_pause_status",
    "JobsCronTriggerConfiguration": ".jobs_cron_trigger_configuration",
    "JobsDashboardPageSnapshot": ".jobs_dashboard_page_snapshot",
    "JobsDashboardTask": ".jobs_dashboard_task",
    "JobsDashboardTaskFilters": ".jobs_dashboard_task_filters",
    "JobsDashboardTaskOutput": ".jobs_dashboard_task_output",
    "JobsDayOfWeek": ".jobs_day_of_week",
    "JobsDbtCloudJobRunStep": ".jobs_dbt_cloud_job_run_step",
    "JobsDbtCloudTask": ".jobs_dbt_cloud_task",
    "JobsDbtCloudTaskOutput": ".jobs_dbt_cloud_task_output",
    "JobsDbtOutput": ".jobs_dbt_output",
    "JobsDbtPlatformJobRunStep": ".jobs_dbt_platform_job_run_step",
    "JobsDbtPlatformRunStatus": ".jobs_dbt_platform_run_status",
    "JobsDbtPlatformTask": ".jobs_dbt_platform_task",
    "JobsDbtPlatformTaskOutput": ".jobs_dbt_platform_task_output",
    "JobsDbtTask": ".jobs_dbt_task",
    "JobsDeltaTableSource": ".jobs_delta_table_source",
    "JobsDeploymentSpec": ".jobs_deployment_spec",
    "JobsEmailNotifications": ".jobs_email_notifications",
    "JobsFileArrivalTriggerConfiguration": ".jobs_file_arrival_trigger_configuration",
    "JobsFileArrivalTriggerState": ".jobs_file_arrival_trigger_state",
    "JobsForEachNestedTask": ".jobs_for_each_nested_task",
    "JobsForEachStats": ".jobs_for_each_stats",
    "JobsForEachTask": ".jobs_for_each_task",
    "JobsForEachTaskErrorMessageStats": ".jobs_for_each_task_error_message_stats",
    "JobsForEachTaskTaskRunStats": ".jobs_for_each_task_task_run_stats",
    "JobsFormat": ".jobs_format",
    "JobsGenAiComputeTask": ".jobs_gen_ai_compute_task",
    "JobsGitSource": ".jobs_git_source",
    "JobsGitSourceGitSnapshot": ".jobs_git_source_git_snapshot",
    "JobsJobCluster": ".jobs_job_cluster",
    "JobsJobClusterServerlessCompute": ".jobs_job_cluster_serverless_compute",
    "JobsJobCompletionTriggerConfiguration": ".jobs_job_completion_trigger_configuration",
    "JobsJobCompletionTriggerConfigurationIfStatus": ".jobs_job_completion_trigger_configuration_if_status",
    "JobsJobCompletionTriggerConfigurationMonitoredJob": ".jobs_job_completion_trigger_configuration_monitored_job",
    "JobsJobCompletionTriggerRunInfoDetails": ".jobs_job_completion_trigger_run_info_details",
    "JobsJobCompletionTriggerState": ".jobs_job_completion_trigger_state",
    "JobsJobCompletionTriggerStateMonitoredJobState": ".jobs_job_completion_trigger_state_monitored_job_state",
    "JobsJobDeployment": ".jobs_job_deployment",
    "JobsJobDeploymentKind": ".jobs_job_deployment_kind",
    "JobsJobEditMode": ".jobs_job_edit_mode",
    "JobsJobEnvironment": ".jobs_job_environment",
    "JobsJobEnvironmentVariables": ".jobs_job_environment_variables",
    "JobsJobEnvironmentVariablesSpec": ".jobs_job_environment_variables_spec",
    "JobsJobEnvironmentVariablesSpecVariables": ".jobs_job_environment_variables_spec_variables",
    "JobsJobIdRequest": ".jobs_job_id_request",
    "JobsJobNotificationSettings": ".jobs_job_notification_settings",
    "JobsJobParameter": ".jobs_job_parameter",
    "JobsJobParameterDefinition": ".jobs_job_parameter_definition",
    "JobsJobRunAs": ".jobs_job_run_as",
    "JobsJobSource": ".jobs_job_source",
    "JobsJobSourceDirtyState": ".jobs_job_source_dirty_state",
    "JobsJobsHealthMetric": ".jobs_jobs_health_metric",
    "JobsJobsHealthOperator": ".jobs_jobs_health_operator",
    "JobsJobsHealthRule": ".jobs_jobs_health_rule",
    "JobsJobsHealthRules": ".jobs_jobs_health_rules",
    "JobsMaintenanceWindow": ".jobs_maintenance_window",
    "JobsModelTriggerConfiguration": ".jobs_model_trigger_configuration",
    "JobsModelTriggerConfigurationCondition": ".jobs_model_trigger_configuration_condition",
    "JobsModelTriggerState": ".jobs_model_trigger_state",
    "JobsNotebookOutput": ".jobs_notebook_output",
    "JobsNotebookTask": ".jobs_notebook_task",
    "JobsOutputSchemaInfo": ".jobs_output_schema_info",
    "JobsPauseStatus": ".jobs_pause_status",
    "JobsPerTriggerState": ".jobs_per_trigger_state",
    "JobsPerformanceTarget": ".jobs_performance_target",
    "JobsPeriodicTriggerConfiguration": ".jobs_periodic_trigger_configuration",
    "JobsPeriodicTriggerConfigurationTimeUnit": ".jobs_periodic_trigger_configuration_time_unit",
    "JobsPeriodicTriggerState": ".jobs_periodic_trigger_state",
    "JobsPipelineParams": ".jobs_pipeline_params",
    "JobsPipelineTask": ".jobs_pipeline_task",
    "JobsPipelineTaskParameters": ".jobs_pipeline_task_parameters",
    "JobsPowerBiModel": ".jobs_power_bi_model",
    "JobsPowerBiTable": ".jobs_power_bi_table",
    "JobsPowerBiTask": ".jobs_power_bi_task",
    "JobsPythonOperatorTask": ".jobs_python_operator_task",
    "JobsPythonOperatorTaskParameter": ".jobs_python_operator_task_parameter",
    "JobsPythonWheelTask": ".jobs_python_wheel_task",
    "JobsQualifiedName": ".jobs_qualified_name",
    "JobsQueueDetails": ".jobs_queue_details",
    "JobsQueueDetailsCodeCode": ".jobs_queue_details_code_code",
    "JobsQueueSettings": ".jobs_queue_settings",
    "JobsRepairHistoryItem": ".jobs_repair_history_item",
    "JobsRepairHistoryItemType": ".jobs_repair_history_item_type",
    "JobsResetRequest": ".jobs_reset_request",
    "JobsResolvedConditionTaskValues": ".jobs_resolved_condition_task_values",
    "JobsResolvedDbtTaskValues": ".jobs_resolved_dbt_task_values",
    "JobsResolvedNotebookTaskValues": ".jobs_resolved_notebook_task_values",
    "JobsResolvedNotebookTaskValuesBaseParameters": ".jobs_resolved_notebook_task_values_base_parameters",
    "JobsResolvedParamPairValues": ".jobs_resolved_param_pair_values",
    "JobsResolvedParamPairValuesParameters": ".jobs_resolved_param_pair_values_parameters",
    "JobsResolvedPipelineTaskValues": ".jobs_resolved_pipeline_task_values",
    "JobsResolvedPipelineTaskValuesParameters": ".jobs_resolved_pipeline_task_values_parameters",
    "JobsResolvedPythonWheelTaskValues": ".jobs_resolved_python_wheel_task_values",
    "JobsResolvedPythonWheelTaskValuesNamedParameters": ".jobs_resolved_python_wheel_task_values_named_parameters",
    "JobsResolvedRunJobTaskValues": ".jobs_resolved_run_job_task_values",
    "JobsResolvedRunJobTaskValuesJobParameters": ".jobs_resolved_run_job_task_values_job_parameters",
    "JobsResolvedRunJobTaskValuesParameters": ".jobs_resolved_run_job_task_values_parameters",
    "JobsResolvedStringParamsValues": ".jobs_resolved_string_params_values",
    "JobsResolvedValues": ".jobs_resolved_values",
    "JobsResolvedValuesAiFunctionTaskResolvedValues": ".jobs_resolved_values_ai_function_task_resolved_values",
    "JobsResolvedValuesAiRuntimeTaskResolvedValues": ".jobs_resolved_values_ai_runtime_task_resolved_values",
    "JobsRunConditionTask": ".jobs_run_condition_task",
    "JobsRunForEachTask": ".jobs_run_for_each_task",
    "JobsRunIdRequest": ".jobs_run_id_request",
    "JobsRunIf": ".jobs_run_if",
    "JobsRunJobOutput": ".jobs_run_job_output",
    "JobsRunJobTask": ".jobs_run_job_task",
    "JobsRunJobTaskJobParameters": ".jobs_run_job_task_job_parameters",
    "JobsRunJobTaskNotebookParams": ".jobs_run_job_task_notebook_params",
    "JobsRunJobTaskPythonNamedParams": ".jobs_run_job_task_python_named_params",
    "JobsRunJobTaskSqlParams": ".jobs_run_job_task_sql_params",
    "JobsRunLifeCycleState": ".jobs_run_life_cycle_state",
    "JobsRunLifecycleStateV2State": ".jobs_run_lifecycle_state_v2_state",
    "JobsRunNowRequest": ".jobs_run_now_request",
    "JobsRunNowRequestJobParameters": ".jobs_run_now_request_job_parameters",
    "JobsRunNowResponse": ".jobs_run_now_response",
    "JobsRunParameters": ".jobs_run_parameters",
    "JobsRunResultState": ".jobs_run_result_state",
    "JobsRunState": ".jobs_run_state",
    "JobsRunStatus": ".jobs_run_status",
    "JobsRunType": ".jobs_run_type",
    "JobsRunsCancelAllRequest": ".jobs_runs_cancel_all_request",
    "JobsRunsExportResponse": ".jobs_runs_export_response",
    "JobsRunsRepairRequest": ".jobs_runs_repair_request",
    "JobsRunsRepairRequestJobParameters": ".jobs_runs_repair_request_job_parameters",
    "JobsRunsRepairResponse": ".jobs_runs_repair_response",
    "JobsRunsSubmitRequest": ".jobs_runs_submit_request",
    "JobsRunsSubmitResponse": ".jobs_runs_submit_response",
    "JobsScheduleTriggerState": ".jobs_schedule_trigger_state",
    "JobsSource": ".jobs_source",
    "JobsSparkJarTask": ".jobs_spark_jar_task",
    "JobsSparkPythonTask": ".jobs_spark_python_task",
    "JobsSparkSubmitTask": ".jobs_spark_submit_task",
    "JobsSparseCheckout": ".jobs_sparse_checkout",
    "JobsSqlAlertOutput": ".jobs_sql_alert_output",
    "JobsSqlAlertOutputAlertState": ".jobs_sql_alert_output_alert_state",
    "JobsSqlConditionConfiguration": ".jobs_sql_condition_configuration",
    "JobsSqlConditionRunInfoDetails": ".jobs_sql_condition_run_info_details",
    "JobsSqlConditionState": ".jobs_sql_condition_state",
    "JobsSqlConditionTriggerMode": ".jobs_sql_condition_trigger_mode",
    "JobsSqlDashboardWidgetOutput": ".jobs_sql_dashboard_widget_output",
    "JobsSqlDashboardWidgetOutputError": ".jobs_sql_dashboard_widget_output_error",
    "JobsSqlDashboardWidgetOutputStatus": ".jobs_sql_dashboard_widget_output_status",
    "JobsSqlOutput": ".jobs_sql_output",
    "JobsSqlOutputDashboardOutput": ".jobs_sql_output_dashboard_output",
    "JobsSqlQueryOutput": ".jobs_sql_query_output",
    "JobsSqlStatementOutput": ".jobs_sql_statement_output",
    "JobsSqlStatementQueryResult": ".jobs_sql_statement_query_result",
    "JobsSqlStatementQueryResultColumn": ".jobs_sql_statement_query_result_column",
    "JobsSqlStatementQueryResultRow": ".jobs_sql_statement_query_result_row",
    "JobsSqlStatementQueryResultRowRowValue": ".jobs_sql_statement_query_result_row_row_value",
    "JobsSqlTask": ".jobs_sql_task",
    "JobsSqlTaskAlert": ".jobs_sql_task_alert",
    "JobsSqlTaskDashboard": ".jobs_sql_task_dashboard",
    "JobsSqlTaskFile": ".jobs_sql_task_file",
    "JobsSqlTaskQuery": ".jobs_sql_task_query",
    "JobsSqlTaskSqlFileOutput": ".jobs_sql_task_sql_file_output",
    "JobsSqlTaskSubscription": ".jobs_sql_task_subscription",
    "JobsStorageMode": ".jobs_storage_mode",
    "JobsStringMap": ".jobs_string_map",
    "JobsSubscription": ".jobs_subscription",
    "JobsSubscriptionAttachment": ".jobs_subscription_attachment",
    "JobsSubscriptionAttachmentDataAttachment": ".jobs_subscription_attachment_data_attachment",
    "JobsSubscriptionAttachmentDataAttachmentFileFormat": ".jobs_subscription_attachment_data_attachment_file_format",
    "JobsSubscriptionAttachmentDataAttachmentWidget": ".jobs_subscription_attachment_data_attachment_widget",
    "JobsSubscriptionAttachmentPageAttachment": ".jobs_subscription_attachment_page_attachment",
    "JobsSubscriptionAttachmentPageAttachmentPageSelection": ".jobs_subscription_attachment_page_attachment_page_selection",
    "JobsSubscriptionSubscriber": ".jobs_subscription_subscriber",
    "JobsTableState": ".jobs_table_state",
    "JobsTableTriggerState": ".jobs_table_trigger_state",
    "JobsTableUpdateTriggerConfiguration": ".jobs_table_update_trigger_configuration",
    "JobsTaskDependency": ".jobs_task_dependency",
    "JobsTaskNotificationSettings": ".jobs_task_notification_settings",
    "JobsTaskRetryMode": ".jobs_task_retry_mode",
    "JobsTerminationCodeCode": ".jobs_termination_code_code",
    "JobsTerminationDetails": ".jobs_termination_details",
    "JobsTerminationTypeType": ".jobs_termination_type_type",
    "JobsTriggerConfiguration": ".jobs_trigger_configuration",
    "JobsTriggerDetails": ".jobs_trigger_details",
    "JobsTriggerEvaluation": ".jobs_trigger_evaluation",
    "JobsTriggerHistory": ".jobs_trigger_history",
    "JobsTriggerInfo": ".jobs_trigger_info",
    "JobsTriggerSettings": ".jobs_trigger_settings",
    "JobsTriggerStateProto": ".jobs_trigger_state_proto",
    "JobsTriggerType": ".jobs_trigger_type",
    "JobsUpdateRequest": ".jobs_update_request",
    "JobsViewItem": ".jobs_view_item",
    "JobsViewType": ".jobs_view_type",
    "JobsViewsToExport": ".jobs_views_to_export",
    "JobsVolumeSource": ".jobs_volume_source",
    "JobsWebhook": ".jobs_webhook",
    "JobsWebhookNotifications": ".jobs_webhook_notifications",
    "JobsWidgetErrorDetail": ".jobs_widget_error_detail",
    "LibrariesAllClusterStatusesResponse": ".libraries_all_cluster_statuses_response",
    "LibrariesClusterLibraryStatuses": ".libraries_cluster_library_statuses",
    "LibrariesInstallRequest": ".libraries_install_request",
    "LibrariesMavenLibrary": ".libraries_maven_library",
    "LibrariesPythonPyPiLibrary": ".libraries_python_py_pi_library",
    "LibrariesRCranLibrary": ".libraries_r_cran_library",
    "LibrariesUninstallRequest": ".libraries_uninstall_request",
    "Library": ".library",
    "LibraryFullStatus": ".library_full_status",
    "LibraryInstallStatus": ".library_install_status",
    "NewCluster": ".new_cluster",
    "NodeType": ".node_type",
    "PermissionsAccessControlListRequest": ".permissions_access_control_list_request",
    "PermissionsAccessControlResponse": ".permissions_access_control_response",
    "PermissionsLevel": ".permissions_level",
    "PermissionsLevelsResponse": ".permissions_levels_response",
    "PermissionsObjectPermissions": ".permissions_object_permissions",
    "PermissionsPermission": ".permissions_permission",
    "PermissionsPermissionLevel": ".permissions_permission_level",
    "PermissionsRequestObjectType": ".permissions_request_object_type",
    "PolicyFamiliesListResponse": ".policy_families_list_response",
    "PolicyFamily": ".policy_family",
    "RepoGetResponse": ".repo_get_response",
    "RepoInfo": ".repo_info",
    "RepoSparseCheckout": ".repo_sparse_checkout",
    "ReposCreateRequest": ".repos_create_request",
    "ReposListResponse": ".repos_list_response",
    "ReposUpdateRequest": ".repos_update_request",
    "ReposUpdateRequestSparseCheckout": ".repos_update_request_sparse_checkout",
    "ScimEmail": ".scim_email",
    "ScimEntitlement": ".scim_entitlement",
    "ScimEntitlementValue": ".scim_entitlement_value",
    "ScimError": ".scim_error",
    "ScimGroup": ".scim_group",
    "ScimGroupCreateRequest": ".scim_group_create_request",
    "ScimGroupList": ".scim_group_list",
    "ScimGroupMeta": ".scim_group_meta",
    "ScimGroupRequest": ".scim_group_request",
    "ScimGroupRequestMeta": ".scim_group_request_meta",
    "ScimGroupRequestSchemasItem": ".scim_group_request_schemas_item",
    "ScimGroupSchemasItem": ".scim_group_schemas_item",
    "ScimGroupsListSortBy": ".scim_groups_list_sort_by",
    "ScimGroupsListSortOrder": ".scim_groups_list_sort_order",
    "ScimListResponseSchemasItem": ".scim_list_response_schemas_item",
    "ScimName": ".scim_name",
    "ScimPatchOperation": ".scim_patch_operation",
    "ScimPatchOperationOp": ".scim_patch_operation_op",
    "ScimPatchRequest": ".scim_patch_request",
    "ScimPatchRequestSchemasItem": ".scim_patch_request_schemas_item",
    "ScimReference": ".scim_reference",
    "ScimRole": ".scim_role",
    "ScimServicePrincipal": ".scim_service_principal",
    "ScimServicePrincipalCreateRequest": ".scim_service_principal_create_request",
    "ScimServicePrincipalList": ".scim_service_principal_list",
    "ScimServicePrincipalRequest": ".scim_service_principal_request",
    "ScimServicePrincipalRequestSchemasItem": ".scim_service_principal_request_schemas_item",
    "ScimServicePrincipalSchemasItem": ".scim_service_principal_schemas_item",
    "ScimServicePrincipalsListSortBy": ".scim_service_principals_list_sort_by",
    "ScimServicePrincipalsListSortOrder": ".scim_service_principals_list_sort_order",
    "ScimUser": ".scim_user",
    "ScimUserCreateRequest": ".scim_user_create_request",
    "ScimUserList": ".scim_user_list",
    "ScimUserRequest": ".scim_user_request",
    "ScimUserRequestSchemasItem": ".scim_user_request_schemas_item",
    "ScimUserSchemasItem": ".scim_user_schemas_item",
    "ScimUsersGetSortBy": ".scim_users_get_sort_by",
    "ScimUsersGetSortOrder": ".scim_users_get_sort_order",
    "ScimUsersListSortBy": ".scim_users_list_sort_by",
    "ScimUsersListSortOrder": ".scim_users_list_sort_order",
    "SecretsAclItem": ".secrets_acl_item",
    "SecretsAclRequest": ".secrets_acl_request",
    "SecretsAclsListResponse": ".secrets_acls_list_response",
    "SecretsAclsPutRequest": ".secrets_acls_put_request",
    "SecretsAzureKeyVaultMetadata": ".secrets_azure_key_vault_metadata",
    "SecretsBackendType": ".secrets_backend_type",
    "SecretsGetResponse": ".secrets_get_response",
    "SecretsKeyRequest": ".secrets_key_request",
    "SecretsListResponse": ".secrets_list_response",
    "SecretsPermission": ".secrets_permission",
    "SecretsPutRequest": ".secrets_put_request",
    "SecretsScope": ".secrets_scope",
    "SecretsScopeRequest": ".secrets_scope_request",
    "SecretsScopesCreateRequest": ".secrets_scopes_create_request",
    "SecretsScopesCreateRequestInitialManagePrincipal": ".secrets_scopes_create_request_initial_manage_principal",
    "SecretsScopesListResponse": ".secrets_scopes_list_response",
    "SecretsSecretMetadata": ".secrets_secret_metadata",
    "SparkVersion": ".spark_version",
    "TerminationReason": ".termination_reason",
    "TerminationReasonParameters": ".termination_reason_parameters",
    "TerminationReasonType": ".termination_reason_type",
    "TokenAutoscopeState": ".token_autoscope_state",
    "TokenCreateRequest": ".token_create_request",
    "TokenCreateResponse": ".token_create_response",
    "TokenDeleteRequest": ".token_delete_request",
    "TokenListResponse": ".token_list_response",
    "TokenManagementCreateOboRequest": ".token_management_create_obo_request",
    "TokenManagementCreateOboResponse": ".token_management_create_obo_response",
    "TokenManagementGetResponse": ".token_management_get_response",
    "TokenManagementListResponse": ".token_management_list_response",
    "TokenManagementTokenInfo": ".token_management_token_info",
    "TokenManagementUpdateRequest": ".token_management_update_request",
    "TokenManagementUpdateRequestToken": ".token_management_update_request_token",
    "TokenPublicTokenInfo": ".token_public_token_info",
    "TokenUpdateRequest": ".token_update_request",
    "TokenUpdateRequestToken": ".token_update_request_token",
    "WorkspaceConf": ".workspace_conf",
    "WorkspaceConfUpdate": ".workspace_conf_update",
    "WorkspaceDeleteRequest": ".workspace_delete_request",
    "WorkspaceExportFormat": ".workspace_export_format",
    "WorkspaceExportResponse": ".workspace_export_response",
    "WorkspaceImportMultipartRequest": ".workspace_import_multipart_request",
    "WorkspaceImportRequest": ".workspace_import_request",
    "WorkspaceLanguage": ".workspace_language",
    "WorkspaceListResponse": ".workspace_list_response",
    "WorkspaceObjectInfo": ".workspace_object_info",
    "WorkspaceObjectInfoDirectoryInfo": ".workspace_object_info_directory_info",
    "WorkspaceObjectType": ".workspace_object_type",
    "WorkspacePathRequest": ".workspace_path_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AccessControlRequest",
    "AutoScale",
    "AwsAttributes",
    "AwsAttributesAvailability",
    "AwsAttributesEbsVolumeType",
    "AzureAttributes",
    "AzureAttributesAvailability",
    "ClusterEvent",
    "ClusterEventDataPlaneEventDetails",
    "ClusterEventDataPlaneEventDetailsEventType",
    "ClusterInfo",
    "ClusterLogConf",
    "ClusterPoliciesCreateRequest",
    "ClusterPoliciesCreateResponse",
    "ClusterPoliciesDeleteRequest",
    "ClusterPoliciesEditRequest",
    "ClusterPoliciesListResponse",
    "ClusterPoliciesListSortColumn",
    "ClusterPoliciesListSortOrder",
    "ClusterPolicy",
    "ClusterPolicySettings",
    "Clusters20ListCanUseClient",
    "ClustersAbfssStorageInfo",
    "ClustersAttributes",
    "ClustersChangeOwnerRequest",
    "ClustersCreateRequest",
    "ClustersCreateRequestCloneFrom",
    "ClustersCreateResponse",
    "ClustersCustomTagsRequest",
    "ClustersDataSecurityMode",
    "ClustersDbfsStorageInfo",
    "ClustersDependencyMode",
    "ClustersDiskType",
    "ClustersDiskTypeAzureDiskVolumeType",
    "ClustersDiskTypeEbsVolumeType",
    "ClustersDockerBasicAuth",
    "ClustersEditRequest",
    "ClustersEventDetails",
    "ClustersEventDetailsCause",
    "ClustersEventsRequest",
    "ClustersEventsRequestOrder",
    "ClustersEventsResponse",
    "ClustersEventType",
    "ClustersFileStorageInfo",
    "ClustersGcsStorageInfo",
    "ClustersIdRequest",
    "ClustersInitScriptEventDetails",
    "ClustersInitScriptExecution",
    "ClustersInitScriptExecutionStatus",
    "ClustersInstanceSource",
    "ClustersKind",
    "ClustersListNodeTypesResponse",
    "ClustersListResponse",
    "ClustersListSortByDirection",
    "ClustersListSortByField",
    "ClustersListZonesResponse",
    "ClustersLogAnalyticsInfo",
    "ClustersLogSyncStatus",
    "ClustersNodeInfo",
    "ClustersNodeInfoStatusItem",
    "ClustersNodeInstanceType",
    "ClustersNodeTypeFlexibility",
    "ClusterSpec",
    "ClustersResizeRequest",
    "ClustersRestartRequest",
    "ClustersRuntimeEngine",
    "ClustersS3StorageInfo",
    "ClustersSize",
    "ClustersSource",
    "ClustersSparkConfRequest",
    "ClustersSparkNode",
    "ClustersSparkNodeNodeAwsAttributes",
    "ClustersSparkVersionsResponse",
    "ClustersStringMap",
    "ClusterState",
    "ClustersTerminationCode",
    "ClustersUpdateRequest",
    "ClustersVolumesStorageInfo",
    "ClustersWorkloadType",
    "ClustersWorkloadTypeClients",
    "ClustersWorkspaceStorageInfo",
    "CommandResults",
    "CommandResultType",
    "Commands12Language",
    "CommandsCancelRequest",
    "CommandsExecuteRequest",
    "CommandsIdResponse",
    "CommandsSchemaField",
    "CommandsSchemaFieldMetadataType1",
    "CommandsStatusResponse",
    "CommandStatus",
    "ContextsCreateRequest",
    "ContextsDestroyRequest",
    "ContextsIdResponse",
    "ContextsStatusResponse",
    "ContextStatus",
    "DbfsAddBlockRequest",
    "DbfsCreateRequest",
    "DbfsCreateResponse",
    "DbfsDeleteRequest",
    "DbfsHandleRequest",
    "DbfsListResponse",
    "DbfsMoveRequest",
    "DbfsPathRequest",
    "DbfsPutMultipartRequest",
    "DbfsPutRequest",
    "DbfsReadResponse",
    "DiskSpec",
    "DockerImage",
    "Empty",
    "Error",
    "Error12",
    "ErrorDetailsItem",
    "FileInfo",
    "GcpAttributes",
    "GcpAttributesAvailability",
    "GcpAttributesConfidentialComputeType",
    "GitCredentialInfo",
    "GitCredentialsCreateRequest",
    "GitCredentialsListResponse",
    "GitCredentialsUpdateRequest",
    "GlobalInitScriptCreateRequest",
    "GlobalInitScriptCreateResponse",
    "GlobalInitScriptDetails",
    "GlobalInitScriptDetailsWithContent",
    "GlobalInitScriptsListResponse",
    "GlobalInitScriptUpdateRequest",
    "GroupsGroupName",
    "GroupsListMembersResponse",
    "GroupsMembershipRequest",
    "GroupsNamesResponse",
    "GroupsPrincipalName",
    "InitScriptInfo",
    "InstancePoolAndStats",
    "InstancePoolAndStatsDefaultTags",
    "InstancePoolsAwsAttributes",
    "InstancePoolsAwsAttributesAvailability",
    "InstancePoolsAzureAttributes",
    "InstancePoolsAzureAttributesAvailability",
    "InstancePoolsCreateRequest",
    "InstancePoolsCreateResponse",
    "InstancePoolsCustomTags",
    "InstancePoolsDeleteRequest",
    "InstancePoolsEditRequest",
    "InstancePoolsFleetAttributes",
    "InstancePoolsGcpAttributes",
    "InstancePoolsGcpAttributesGcpAvailability",
    "InstancePoolsListResponse",
    "InstancePoolsSettings",
    "InstancePoolState",
    "InstancePoolStats",
    "InstancePoolStatus",
    "InstancePoolStatusPendingInstanceErrorsItem",
    "InstanceProfile",
    "InstanceProfilesAddRequest",
    "InstanceProfilesEditRequest",
    "InstanceProfilesListResponse",
    "InstanceProfilesRemoveRequest",
    "IpAccessListCreateRequest",
    "IpAccessListInfo",
    "IpAccessListReplaceRequest",
    "IpAccessListResponse",
    "IpAccessListsListResponse",
    "IpAccessListType",
    "IpAccessListUpdateRequest",
    "Jobs20Job",
    "Jobs20JobSettings",
    "Jobs20JobSettingsTags",
    "Jobs20JobTask",
    "Jobs20ListResponse",
    "Jobs20ResetRequest",
    "Jobs20Run",
    "Jobs20RunsGetOutputResponse",
    "Jobs20RunsListResponse",
    "Jobs20RunsSubmitRequest",
    "Jobs20UpdateRequest",
    "Jobs21Job",
    "Jobs21JobSettings",
    "Jobs21JobSettingsTags",
    "Jobs21ListResponse",
    "Jobs21Run",
    "Jobs21RunsGetOutputResponse",
    "Jobs21RunsListResponse",
    "Jobs21RunSubmitTaskSettings",
    "Jobs21RunTask",
    "Jobs21TaskSettings",
    "JobsAiClassifyFunction",
    "JobsAiClassifyFunctionInlineLabels",
    "JobsAiClassifyFunctionLabel",
    "JobsAiExtractFunction",
    "JobsAiExtractFunctionMode",
    "JobsAiFunctionTask",
    "JobsAiFunctionTaskOutput",
    "JobsAiParseDocumentFunction",
    "JobsAiParseDocumentFunctionDescriptionElementType",
    "JobsAiRuntimeTask",
    "JobsAiRuntimeTaskOutput",
    "JobsAiRuntimeTaskPriorityClass",
    "JobsAlertEvaluationState",
    "JobsAlertTask",
    "JobsAlertTaskOutput",
    "JobsAlertTaskParameters",
    "JobsAlertTaskSubscriber",
    "JobsAuthenticationMethod",
    "JobsCleanRoomsNotebookTask",
    "JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput",
    "JobsCleanRoomsNotebookTaskNotebookBaseParameters",
    "JobsCleanRoomTaskRunLifeCycleState",
    "JobsCleanRoomTaskRunResultState",
    "JobsCleanRoomTaskRunState",
    "JobsClusterInstance",
    "JobsClusterSpec",
    "JobsCompletedJob",
    "JobsCompute",
    "JobsComputeConfig",
    "JobsComputeEnvironment",
    "JobsComputeHardwareAcceleratorType",
    "JobsComputeSpec",
    "JobsComputeSpecAcceleratorType",
    "JobsCondition",
    "JobsConditionTask",
    "JobsConditionTaskOp",
    "JobsContinuous",
    "JobsContinuousTriggerConfiguration",
    "JobsContinuousTriggerState",
    "JobsCreateRequest",
    "JobsCreateResponse",
    "JobsCronSchedule",
    "JobsCronSchedulePauseStatus",
    "JobsCronTriggerConfiguration",
    "JobsDashboardPageSnapshot",
    "JobsDashboardTask",
    "JobsDashboardTaskFilters",
    "JobsDashboardTaskOutput",
    "JobsDayOfWeek",
    "JobsDbtCloudJobRunStep",
    "JobsDbtCloudTask",
    "JobsDbtCloudTaskOutput",
    "JobsDbtOutput",
    "JobsDbtPlatformJobRunStep",
    "JobsDbtPlatformRunStatus",
    "JobsDbtPlatformTask",
    "JobsDbtPlatformTaskOutput",
    "JobsDbtTask",
    "JobsDeltaTableSource",
    "JobsDeploymentSpec",
    "JobsEmailNotifications",
    "JobsFileArrivalTriggerConfiguration",
    "JobsFileArrivalTriggerState",
    "JobsForEachNestedTask",
    "JobsForEachStats",
    "JobsForEachTask",
    "JobsForEachTaskErrorMessageStats",
    "JobsForEachTaskTaskRunStats",
    "JobsFormat",
    "JobsGenAiComputeTask",
    "JobsGitSource",
    "JobsGitSourceGitSnapshot",
    "JobsJobCluster",
    "JobsJobClusterServerlessCompute",
    "JobsJobCompletionTriggerConfiguration",
    "JobsJobCompletionTriggerConfigurationIfStatus",
    "JobsJobCompletionTriggerConfigurationMonitoredJob",
    "JobsJobCompletionTriggerRunInfoDetails",
    "JobsJobCompletionTriggerState",
    "JobsJobCompletionTriggerStateMonitoredJobState",
    "JobsJobDeployment",
    "JobsJobDeploymentKind",
    "JobsJobEditMode",
    "JobsJobEnvironment",
    "JobsJobEnvironmentVariables",
    "JobsJobEnvironmentVariablesSpec",
    "JobsJobEnvironmentVariablesSpecVariables",
    "JobsJobIdRequest",
    "JobsJobNotificationSettings",
    "JobsJobParameter",
    "JobsJobParameterDefinition",
    "JobsJobRunAs",
    "JobsJobsHealthMetric",
    "JobsJobsHealthOperator",
    "JobsJobsHealthRule",
    "JobsJobsHealthRules",
    "JobsJobSource",
    "JobsJobSourceDirtyState",
    "JobsMaintenanceWindow",
    "JobsModelTriggerConfiguration",
    "JobsModelTriggerConfigurationCondition",
    "JobsModelTriggerState",
    "JobsNotebookOutput",
    "JobsNotebookTask",
    "JobsOutputSchemaInfo",
    "JobsPauseStatus",
    "JobsPerformanceTarget",
    "JobsPeriodicTriggerConfiguration",
    "JobsPeriodicTriggerConfigurationTimeUnit",
    "JobsPeriodicTriggerState",
    "JobsPerTriggerState",
    "JobsPipelineParams",
    "JobsPipelineTask",
    "JobsPipelineTaskParameters",
    "JobsPowerBiModel",
    "JobsPowerBiTable",
    "JobsPowerBiTask",
    "JobsPythonOperatorTask",
    "JobsPythonOperatorTaskParameter",
    "JobsPythonWheelTask",
    "JobsQualifiedName",
    "JobsQueueDetails",
    "JobsQueueDetailsCodeCode",
    "JobsQueueSettings",
    "JobsRepairHistoryItem",
    "JobsRepairHistoryItemType",
    "JobsResetRequest",
    "JobsResolvedConditionTaskValues",
    "JobsResolvedDbtTaskValues",
    "JobsResolvedNotebookTaskValues",
    "JobsResolvedNotebookTaskValuesBaseParameters",
    "JobsResolvedParamPairValues",
    "JobsResolvedParamPairValuesParameters",
    "JobsResolvedPipelineTaskValues",
    "JobsResolvedPipelineTaskValuesParameters",
    "JobsResolvedPythonWheelTaskValues",
    "JobsResolvedPythonWheelTaskValuesNamedParameters",
    "JobsResolvedRunJobTaskValues",
    "JobsResolvedRunJobTaskValuesJobParameters",
    "JobsResolvedRunJobTaskValuesParameters",
    "JobsResolvedStringParamsValues",
    "JobsResolvedValues",
    "JobsResolvedValuesAiFunctionTaskResolvedValues",
    "JobsResolvedValuesAiRuntimeTaskResolvedValues",
    "JobsRunConditionTask",
    "JobsRunForEachTask",
    "JobsRunIdRequest",
    "JobsRunIf",
    "JobsRunJobOutput",
    "JobsRunJobTask",
    "JobsRunJobTaskJobParameters",
    "JobsRunJobTaskNotebookParams",
    "JobsRunJobTaskPythonNamedParams",
    "JobsRunJobTaskSqlParams",
    "JobsRunLifeCycleState",
    "JobsRunLifecycleStateV2State",
    "JobsRunNowRequest",
    "JobsRunNowRequestJobParameters",
    "JobsRunNowResponse",
    "JobsRunParameters",
    "JobsRunResultState",
    "JobsRunsCancelAllRequest",
    "JobsRunsExportResponse",
    "JobsRunsRepairRequest",
    "JobsRunsRepairRequestJobParameters",
    "JobsRunsRepairResponse",
    "JobsRunsSubmitRequest",
    "JobsRunsSubmitResponse",
    "JobsRunState",
    "JobsRunStatus",
    "JobsRunType",
    "JobsScheduleTriggerState",
    "JobsSource",
    "JobsSparkJarTask",
    "JobsSparkPythonTask",
    "JobsSparkSubmitTask",
    "JobsSparseCheckout",
    "JobsSqlAlertOutput",
    "JobsSqlAlertOutputAlertState",
    "JobsSqlConditionConfiguration",
    "JobsSqlConditionRunInfoDetails",
    "JobsSqlConditionState",
    "JobsSqlConditionTriggerMode",
    "JobsSqlDashboardWidgetOutput",
    "JobsSqlDashboardWidgetOutputError",
    "JobsSqlDashboardWidgetOutputStatus",
    "JobsSqlOutput",
    "JobsSqlOutputDashboardOutput",
    "JobsSqlQueryOutput",
    "JobsSqlStatementOutput",
    "JobsSqlStatementQueryResult",
    "JobsSqlStatementQueryResultColumn",
    "JobsSqlStatementQueryResultRow",
    "JobsSqlStatementQueryResultRowRowValue",
    "JobsSqlTask",
    "JobsSqlTaskAlert",
    "JobsSqlTaskDashboard",
    "JobsSqlTaskFile",
    "JobsSqlTaskQuery",
    "JobsSqlTaskSqlFileOutput",
    "JobsSqlTaskSubscription",
    "JobsStorageMode",
    "JobsStringMap",
    "JobsSubscription",
    "JobsSubscriptionAttachment",
    "JobsSubscriptionAttachmentDataAttachment",
    "JobsSubscriptionAttachmentDataAttachmentFileFormat",
    "JobsSubscriptionAttachmentDataAttachmentWidget",
    "JobsSubscriptionAttachmentPageAttachment",
    "JobsSubscriptionAttachmentPageAttachmentPageSelection",
    "JobsSubscriptionSubscriber",
    "JobsTableState",
    "JobsTableTriggerState",
    "JobsTableUpdateTriggerConfiguration",
    "JobsTaskDependency",
    "JobsTaskNotificationSettings",
    "JobsTaskRetryMode",
    "JobsTerminationCodeCode",
    "JobsTerminationDetails",
    "JobsTerminationTypeType",
    "JobsTriggerConfiguration",
    "JobsTriggerDetails",
    "JobsTriggerEvaluation",
    "JobsTriggerHistory",
    "JobsTriggerInfo",
    "JobsTriggerSettings",
    "JobsTriggerStateProto",
    "JobsTriggerType",
    "JobsUpdateRequest",
    "JobsViewItem",
    "JobsViewsToExport",
    "JobsViewType",
    "JobsVolumeSource",
    "JobsWebhook",
    "JobsWebhookNotifications",
    "JobsWidgetErrorDetail",
    "LibrariesAllClusterStatusesResponse",
    "LibrariesClusterLibraryStatuses",
    "LibrariesInstallRequest",
    "LibrariesMavenLibrary",
    "LibrariesPythonPyPiLibrary",
    "LibrariesRCranLibrary",
    "LibrariesUninstallRequest",
    "Library",
    "LibraryFullStatus",
    "LibraryInstallStatus",
    "NewCluster",
    "NodeType",
    "PermissionsAccessControlListRequest",
    "PermissionsAccessControlResponse",
    "PermissionsLevel",
    "PermissionsLevelsResponse",
    "PermissionsObjectPermissions",
    "PermissionsPermission",
    "PermissionsPermissionLevel",
    "PermissionsRequestObjectType",
    "PolicyFamiliesListResponse",
    "PolicyFamily",
    "RepoGetResponse",
    "RepoInfo",
    "ReposCreateRequest",
    "ReposListResponse",
    "RepoSparseCheckout",
    "ReposUpdateRequest",
    "ReposUpdateRequestSparseCheckout",
    "ScimEmail",
    "ScimEntitlement",
    "ScimEntitlementValue",
    "ScimError",
    "ScimGroup",
    "ScimGroupCreateRequest",
    "ScimGroupList",
    "ScimGroupMeta",
    "ScimGroupRequest",
    "ScimGroupRequestMeta",
    "ScimGroupRequestSchemasItem",
    "ScimGroupSchemasItem",
    "ScimGroupsListSortBy",
    "ScimGroupsListSortOrder",
    "ScimListResponseSchemasItem",
    "ScimName",
    "ScimPatchOperation",
    "ScimPatchOperationOp",
    "ScimPatchRequest",
    "ScimPatchRequestSchemasItem",
    "ScimReference",
    "ScimRole",
    "ScimServicePrincipal",
    "ScimServicePrincipalCreateRequest",
    "ScimServicePrincipalList",
    "ScimServicePrincipalRequest",
    "ScimServicePrincipalRequestSchemasItem",
    "ScimServicePrincipalSchemasItem",
    "ScimServicePrincipalsListSortBy",
    "ScimServicePrincipalsListSortOrder",
    "ScimUser",
    "ScimUserCreateRequest",
    "ScimUserList",
    "ScimUserRequest",
    "ScimUserRequestSchemasItem",
    "ScimUserSchemasItem",
    "ScimUsersGetSortBy",
    "ScimUsersGetSortOrder",
    "ScimUsersListSortBy",
    "ScimUsersListSortOrder",
    "SecretsAclItem",
    "SecretsAclRequest",
    "SecretsAclsListResponse",
    "SecretsAclsPutRequest",
    "SecretsAzureKeyVaultMetadata",
    "SecretsBackendType",
    "SecretsGetResponse",
    "SecretsKeyRequest",
    "SecretsListResponse",
    "SecretsPermission",
    "SecretsPutRequest",
    "SecretsScope",
    "SecretsScopeRequest",
    "SecretsScopesCreateRequest",
    "SecretsScopesCreateRequestInitialManagePrincipal",
    "SecretsScopesListResponse",
    "SecretsSecretMetadata",
    "SparkVersion",
    "TerminationReason",
    "TerminationReasonParameters",
    "TerminationReasonType",
    "TokenAutoscopeState",
    "TokenCreateRequest",
    "TokenCreateResponse",
    "TokenDeleteRequest",
    "TokenListResponse",
    "TokenManagementCreateOboRequest",
    "TokenManagementCreateOboResponse",
    "TokenManagementGetResponse",
    "TokenManagementListResponse",
    "TokenManagementTokenInfo",
    "TokenManagementUpdateRequest",
    "TokenManagementUpdateRequestToken",
    "TokenPublicTokenInfo",
    "TokenUpdateRequest",
    "TokenUpdateRequestToken",
    "WorkspaceConf",
    "WorkspaceConfUpdate",
    "WorkspaceDeleteRequest",
    "WorkspaceExportFormat",
    "WorkspaceExportResponse",
    "WorkspaceImportMultipartRequest",
    "WorkspaceImportRequest",
    "WorkspaceLanguage",
    "WorkspaceListResponse",
    "WorkspaceObjectInfo",
    "WorkspaceObjectInfoDirectoryInfo",
    "WorkspaceObjectType",
    "WorkspacePathRequest",
)
