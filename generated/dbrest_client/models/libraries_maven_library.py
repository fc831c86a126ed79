from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LibrariesMavenLibrary")


@_attrs_define
class LibrariesMavenLibrary:
    """A Maven package.

    Attributes:
        coordinates (str): Gradle-style coordinates `groupId:artifactId:version`, e.g. `org.jsoup:jsoup:1.7.2`.
        repo (str | Unset): Maven repository to install from; default Maven Central and Spark Packages.
        exclusions (list[str] | Unset): Dependencies to exclude, as `groupId:artifactId`, e.g. `["slf4j:slf4j",
            "*:hadoop-client"]`.
    """

    coordinates: str
    repo: str | Unset = UNSET
    exclusions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coordinates = self.coordinates

        repo = self.repo

        exclusions: list[str] | Unset = UNSET
        if not isinstance(self.exclusions, Unset):
            exclusions = self.exclusions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinates": coordinates,
            }
        )
        if repo is not UNSET:
            field_dict["repo"] = repo
        if exclusions is not UNSET:
            field_dict["exclusions"] = exclusions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coordinates = d.pop("coordinates")

        repo = d.pop("repo", UNSET)

        exclusions = cast(list[str], d.pop("exclusions", UNSET))

        libraries_maven_library = cls(
            coordinates=coordinates,
            repo=repo,
            exclusions=exclusions,
        )

        libraries_maven_library.additional_properties = d
        return libraries_maven_library

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
