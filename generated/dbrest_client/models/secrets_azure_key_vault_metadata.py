from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SecretsAzureKeyVaultMetadata")


@_attrs_define
class SecretsAzureKeyVaultMetadata:
    """
    Attributes:
        resource_id (str): Azure resource id of the key vault.
        dns_name (str): DNS name (vault URI) of the key vault.
    """

    resource_id: str
    dns_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        dns_name = self.dns_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "dns_name": dns_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_id = d.pop("resource_id")

        dns_name = d.pop("dns_name")

        secrets_azure_key_vault_metadata = cls(
            resource_id=resource_id,
            dns_name=dns_name,
        )

        secrets_azure_key_vault_metadata.additional_properties = d
        return secrets_azure_key_vault_metadata

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
