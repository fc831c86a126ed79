from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_docker_basic_auth import ClustersDockerBasicAuth


T = TypeVar("T", bound="DockerImage")


@_attrs_define
class DockerImage:
    """A custom Docker image for Databricks Container Services.

    Example:
        {'url': 'myregistry.azurecr.io/databricks-runtime:latest', 'basic_auth': {'username': 'user', 'password':
            'secret'}}

    Attributes:
        url (str | Unset): URL of the image, e.g. `myregistry.azurecr.io/runtime:latest`.
        basic_auth (ClustersDockerBasicAuth | Unset): Registry credentials for a Docker image.
    """

    url: str | Unset = UNSET
    basic_auth: ClustersDockerBasicAuth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        basic_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_auth, Unset):
            basic_auth = self.basic_auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if basic_auth is not UNSET:
            field_dict["basic_auth"] = basic_auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_docker_basic_auth import ClustersDockerBasicAuth  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _basic_auth = d.pop("basic_auth", UNSET)
        basic_auth: ClustersDockerBasicAuth | Unset
        if isinstance(_basic_auth, Unset):
            basic_auth = UNSET
        else:
            basic_auth = ClustersDockerBasicAuth.from_dict(_basic_auth)

        docker_image = cls(
            url=url,
            basic_auth=basic_auth,
        )

        docker_image.additional_properties = d
        return docker_image

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
