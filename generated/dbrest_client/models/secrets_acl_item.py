from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secrets_permission import SecretsPermission

T = TypeVar("T", bound="SecretsAclItem")


@_attrs_define
class SecretsAclItem:
    """
    Attributes:
        principal (str):
        permission (SecretsPermission): READ: read secrets and list keys; WRITE: also put and delete secrets; MANAGE:
            also change ACLs and
            delete the scope.
    """

    principal: str
    permission: SecretsPermission
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        principal = self.principal

        permission = self.permission.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "principal": principal,
                "permission": permission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        principal = d.pop("principal")

        permission = SecretsPermission(d.pop("permission"))

        secrets_acl_item = cls(
            principal=principal,
            permission=permission,
        )

        secrets_acl_item.additional_properties = d
        return secrets_acl_item

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
