from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_event_details_cause import ClustersEventDetailsCause
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_attributes import ClustersAttributes
    from ..models.clusters_init_script_event_details import ClustersInitScriptEventDetails
    from ..models.clusters_size import ClustersSize
    from ..models.termination_reason import TerminationReason


T = TypeVar("T", bound="ClustersEventDetails")


@_attrs_define
class ClustersEventDetails:
    """Details of a cluster event; which fields are present depends on the event type.

    Attributes:
        current_num_workers (int | Unset):
        target_num_workers (int | Unset):
        previous_attributes (ClustersAttributes | Unset): Attributes of a cluster as the service reports them (no size;
            see ClusterInfo).
        attributes (ClustersAttributes | Unset): Attributes of a cluster as the service reports them (no size; see
            ClusterInfo).
        previous_cluster_size (ClustersSize | Unset): The size of a cluster in an event.
        cluster_size (ClustersSize | Unset): The size of a cluster in an event.
        cause (ClustersEventDetailsCause | Unset):
        reason (TerminationReason | Unset): Why a cluster terminated; present while TERMINATING and TERMINATED. Example:
            {'code': 'USER_REQUEST', 'type': 'SUCCESS', 'parameters': {'username': 'someone@example.com'}}.
        user (str | Unset): The user that caused the event (empty when Databricks did).
        did_not_expand_reason (str | Unset):
        disk_size (int | Unset):
        previous_disk_size (int | Unset):
        free_space (int | Unset):
        instance_id (str | Unset):
        job_run_name (str | Unset):
        driver_state_message (str | Unset):
        enable_termination_for_node_blocklisted (bool | Unset):
        current_num_vcpus (int | Unset):
        target_num_vcpus (int | Unset):
        init_scripts (ClustersInitScriptEventDetails | Unset): How the init scripts ran on a node (INIT_SCRIPTS_FINISHED
            events).
    """

    current_num_workers: int | Unset = UNSET
    target_num_workers: int | Unset = UNSET
    previous_attributes: ClustersAttributes | Unset = UNSET
    attributes: ClustersAttributes | Unset = UNSET
    previous_cluster_size: ClustersSize | Unset = UNSET
    cluster_size: ClustersSize | Unset = UNSET
    cause: ClustersEventDetailsCause | Unset = UNSET
    reason: TerminationReason | Unset = UNSET
    user: str | Unset = UNSET
    did_not_expand_reason: str | Unset = UNSET
    disk_size: int | Unset = UNSET
    previous_disk_size: int | Unset = UNSET
    free_space: int | Unset = UNSET
    instance_id: str | Unset = UNSET
    job_run_name: str | Unset = UNSET
    driver_state_message: str | Unset = UNSET
    enable_termination_for_node_blocklisted: bool | Unset = UNSET
    current_num_vcpus: int | Unset = UNSET
    target_num_vcpus: int | Unset = UNSET
    init_scripts: ClustersInitScriptEventDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_num_workers = self.current_num_workers

        target_num_workers = self.target_num_workers

        previous_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_attributes, Unset):
            previous_attributes = self.previous_attributes.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        previous_cluster_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous_cluster_size, Unset):
            previous_cluster_size = self.previous_cluster_size.to_dict()

        cluster_size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_size, Unset):
            cluster_size = self.cluster_size.to_dict()

        cause: str | Unset = UNSET
        if not isinstance(self.cause, Unset):
            cause = self.cause.value

        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        user = self.user

        did_not_expand_reason = self.did_not_expand_reason

        disk_size = self.disk_size

        previous_disk_size = self.previous_disk_size

        free_space = self.free_space

        instance_id = self.instance_id

        job_run_name = self.job_run_name

        driver_state_message = self.driver_state_message

        enable_termination_for_node_blocklisted = self.enable_termination_for_node_blocklisted

        current_num_vcpus = self.current_num_vcpus

        target_num_vcpus = self.target_num_vcpus

        init_scripts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.init_scripts, Unset):
            init_scripts = self.init_scripts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_num_workers is not UNSET:
            field_dict["current_num_workers"] = current_num_workers
        if target_num_workers is not UNSET:
            field_dict["target_num_workers"] = target_num_workers
        if previous_attributes is not UNSET:
            field_dict["previous_attributes"] = previous_attributes
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if previous_cluster_size is not UNSET:
            field_dict["previous_cluster_size"] = previous_cluster_size
        if cluster_size is not UNSET:
            field_dict["cluster_size"] = cluster_size
        if cause is not UNSET:
            field_dict["cause"] = cause
        if reason is not UNSET:
            field_dict["reason"] = reason
        if user is not UNSET:
            field_dict["user"] = user
        if did_not_expand_reason is not UNSET:
            field_dict["did_not_expand_reason"] = did_not_expand_reason
        if disk_size is not UNSET:
            field_dict["disk_size"] = disk_size
        if previous_disk_size is not UNSET:
            field_dict["previous_disk_size"] = previous_disk_size
        if free_space is not UNSET:
            field_dict["free_space"] = free_space
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if job_run_name is not UNSET:
            field_dict["job_run_name"] = job_run_name
        if driver_state_message is not UNSET:
            field_dict["driver_state_message"] = driver_state_message
        if enable_termination_for_node_blocklisted is not UNSET:
            field_dict["enable_termination_for_node_blocklisted"] = enable_termination_for_node_blocklisted
        if current_num_vcpus is not UNSET:
            field_dict["current_num_vcpus"] = current_num_vcpus
        if target_num_vcpus is not UNSET:
            field_dict["target_num_vcpus"] = target_num_vcpus
        if init_scripts is not UNSET:
            field_dict["init_scripts"] = init_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_attributes import ClustersAttributes  # noqa: PLC0415
        from ..models.clusters_init_script_event_details import ClustersInitScriptEventDetails  # noqa: PLC0415
        from ..models.clusters_size import ClustersSize  # noqa: PLC0415
        from ..models.termination_reason import TerminationReason  # noqa: PLC0415

        d = dict(src_dict)
        current_num_workers = d.pop("current_num_workers", UNSET)

        target_num_workers = d.pop("target_num_workers", UNSET)

        _previous_attributes = d.pop("previous_attributes", UNSET)
        previous_attributes: ClustersAttributes | Unset
        if isinstance(_previous_attributes, Unset):
            previous_attributes = UNSET
        else:
            previous_attributes = ClustersAttributes.from_dict(_previous_attributes)

        _attributes = d.pop("attributes", UNSET)
        attributes: ClustersAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ClustersAttributes.from_dict(_attributes)

        _previous_cluster_size = d.pop("previous_cluster_size", UNSET)
        previous_cluster_size: ClustersSize | Unset
        if isinstance(_previous_cluster_size, Unset):
            previous_cluster_size = UNSET
        else:
            previous_cluster_size = ClustersSize.from_dict(_previous_cluster_size)

        _cluster_size = d.pop("cluster_size", UNSET)
        cluster_size: ClustersSize | Unset
        if isinstance(_cluster_size, Unset):
            cluster_size = UNSET
        else:
            cluster_size = ClustersSize.from_dict(_cluster_size)

        _cause = d.pop("cause", UNSET)
        cause: ClustersEventDetailsCause | Unset
        if isinstance(_cause, Unset):
            cause = UNSET
        else:
            cause = ClustersEventDetailsCause(_cause)

        _reason = d.pop("reason", UNSET)
        reason: TerminationReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = TerminationReason.from_dict(_reason)

        user = d.pop("user", UNSET)

        did_not_expand_reason = d.pop("did_not_expand_reason", UNSET)

        disk_size = d.pop("disk_size", UNSET)

        previous_disk_size = d.pop("previous_disk_size", UNSET)

        free_space = d.pop("free_space", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        job_run_name = d.pop("job_run_name", UNSET)

        driver_state_message = d.pop("driver_state_message", UNSET)

        enable_termination_for_node_blocklisted = d.pop("enable_termination_for_node_blocklisted", UNSET)

        current_num_vcpus = d.pop("current_num_vcpus", UNSET)

        target_num_vcpus = d.pop("target_num_vcpus", UNSET)

        _init_scripts = d.pop("init_scripts", UNSET)
        init_scripts: ClustersInitScriptEventDetails | Unset
        if isinstance(_init_scripts, Unset):
            init_scripts = UNSET
        else:
            init_scripts = ClustersInitScriptEventDetails.from_dict(_init_scripts)

        clusters_event_details = cls(
            current_num_workers=current_num_workers,
            target_num_workers=target_num_workers,
            previous_attributes=previous_attributes,
            attributes=attributes,
            previous_cluster_size=previous_cluster_size,
            cluster_size=cluster_size,
            cause=cause,
            reason=reason,
            user=user,
            did_not_expand_reason=did_not_expand_reason,
            disk_size=disk_size,
            previous_disk_size=previous_disk_size,
            free_space=free_space,
            instance_id=instance_id,
            job_run_name=job_run_name,
            driver_state_message=driver_state_message,
            enable_termination_for_node_blocklisted=enable_termination_for_node_blocklisted,
            current_num_vcpus=current_num_vcpus,
            target_num_vcpus=target_num_vcpus,
            init_scripts=init_scripts,
        )

        clusters_event_details.additional_properties = d
        return clusters_event_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
