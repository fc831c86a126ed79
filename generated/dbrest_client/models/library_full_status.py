from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.library_install_status import LibraryInstallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library import Library


T = TypeVar("T", bound="LibraryFullStatus")


@_attrs_define
class LibraryFullStatus:
    """The status of one library on one cluster.

    Example:
        {'library': {'jar': 'dbfs:/mnt/libraries/library.jar'}, 'status': 'INSTALLED', 'is_library_for_all_clusters':
            False}

    Attributes:
        library (Library | Unset): A library to install on a cluster. Exactly one of `jar`, `egg`, `whl`, `pypi`,
            `maven`, `cran` and
            (later) `requirements` must be set (the server rejects other combinations with
            `INVALID_PARAMETER_VALUE`).
             Example: {'pypi': {'package': 'simplejson==3.8.0'}}.
        status (LibraryInstallStatus | Unset): Installation status of a library on a cluster: `PENDING` (not yet acted
            on) → `RESOLVING`
            (fetching the library and its dependencies) → `INSTALLING` → `INSTALLED`, or `FAILED` (see
            `messages`), or `SKIPPED` (not installed, e.g. a Scala 2.10 library on a Scala 2.11+ runtime);
            `UNINSTALL_ON_RESTART` once uninstalled until the cluster restarts; (later) `RESTORED`, a library
            reinstalled from the cluster's saved state after a restart.
             Example: INSTALLED.
        messages (list[str] | Unset): Human-readable messages about the installation (why it failed, what was resolved);
            omitted when empty.
        is_library_for_all_clusters (bool | Unset): Whether the library is installed on all clusters through the
            libraries UI.
    """

    library: Library | Unset = UNSET
    status: LibraryInstallStatus | Unset = UNSET
    messages: list[str] | Unset = UNSET
    is_library_for_all_clusters: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        library: dict[str, Any] | Unset = UNSET
        if not isinstance(self.library, Unset):
            library = self.library.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        is_library_for_all_clusters = self.is_library_for_all_clusters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if library is not UNSET:
            field_dict["library"] = library
        if status is not UNSET:
            field_dict["status"] = status
        if messages is not UNSET:
            field_dict["messages"] = messages
        if is_library_for_all_clusters is not UNSET:
            field_dict["is_library_for_all_clusters"] = is_library_for_all_clusters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.library import Library  # noqa: PLC0415

        d = dict(src_dict)
        _library = d.pop("library", UNSET)
        library: Library | Unset
        if isinstance(_library, Unset):
            library = UNSET
        else:
            library = Library.from_dict(_library)

        _status = d.pop("status", UNSET)
        status: LibraryInstallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LibraryInstallStatus(_status)

        messages = cast(list[str], d.pop("messages", UNSET))

        is_library_for_all_clusters = d.pop("is_library_for_all_clusters", UNSET)

        library_full_status = cls(
            library=library,
            status=status,
            messages=messages,
            is_library_for_all_clusters=is_library_for_all_clusters,
        )

        library_full_status.additional_properties = d
        return library_full_status

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
