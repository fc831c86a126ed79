from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library_full_status import LibraryFullStatus


T = TypeVar("T", bound="LibrariesClusterLibraryStatuses")


@_attrs_define
class LibrariesClusterLibraryStatuses:
    """The library statuses of one cluster.

    Example:
        {'cluster_id': '1202-211320-brick1', 'library_statuses': [{'library': {'jar':
            'dbfs:/mnt/libraries/library.jar'}, 'status': 'INSTALLED', 'is_library_for_all_clusters': False}]}

    Attributes:
        cluster_id (str | Unset): Unique identifier of the cluster.
        library_statuses (list[LibraryFullStatus] | Unset): Status of each library of the cluster; omitted when the
            cluster has none.
    """

    cluster_id: str | Unset = UNSET
    library_statuses: list[LibraryFullStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        library_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.library_statuses, Unset):
            library_statuses = []
            for library_statuses_item_data in self.library_statuses:
                library_statuses_item = library_statuses_item_data.to_dict()
                library_statuses.append(library_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if library_statuses is not UNSET:
            field_dict["library_statuses"] = library_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.library_full_status import LibraryFullStatus  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id", UNSET)

        _library_statuses = d.pop("library_statuses", UNSET)
        library_statuses: list[LibraryFullStatus] | Unset = UNSET
        if _library_statuses is not UNSET:
            library_statuses = []
            for library_statuses_item_data in _library_statuses:
                library_statuses_item = LibraryFullStatus.from_dict(library_statuses_item_data)

                library_statuses.append(library_statuses_item)

        libraries_cluster_library_statuses = cls(
            cluster_id=cluster_id,
            library_statuses=library_statuses,
        )

        libraries_cluster_library_statuses.additional_properties = d
        return libraries_cluster_library_statuses

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
