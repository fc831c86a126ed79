from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.library import Library


T = TypeVar("T", bound="LibrariesInstallRequest")


@_attrs_define
class LibrariesInstallRequest:
    """
    Example:
        {'cluster_id': '1202-211320-brick1', 'libraries': [{'jar': 'dbfs:/mnt/libraries/library.jar'}]}

    Attributes:
        cluster_id (str): Unique identifier of the cluster to install the libraries on.
        libraries (list[Library]): The libraries to install (an empty list is a no-op).
    """

    cluster_id: str
    libraries: list[Library]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        libraries = []
        for libraries_item_data in self.libraries:
            libraries_item = libraries_item_data.to_dict()
            libraries.append(libraries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
                "libraries": libraries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.library import Library  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        libraries = []
        _libraries = d.pop("libraries")
        for libraries_item_data in _libraries:
            libraries_item = Library.from_dict(libraries_item_data)

            libraries.append(libraries_item)

        libraries_install_request = cls(
            cluster_id=cluster_id,
            libraries=libraries,
        )

        libraries_install_request.additional_properties = d
        return libraries_install_request

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
