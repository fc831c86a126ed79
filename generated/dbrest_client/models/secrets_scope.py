from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secrets_backend_type import SecretsBackendType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secrets_azure_key_vault_metadata import SecretsAzureKeyVaultMetadata


T = TypeVar("T", bound="SecretsScope")


@_attrs_define
class SecretsScope:
    """
    Attributes:
        name (str):
        backend_type (SecretsBackendType): Where the scope's secrets are stored.
        keyvault_metadata (SecretsAzureKeyVaultMetadata | Unset):
    """

    name: str
    backend_type: SecretsBackendType
    keyvault_metadata: SecretsAzureKeyVaultMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        backend_type = self.backend_type.value

        keyvault_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keyvault_metadata, Unset):
            keyvault_metadata = self.keyvault_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "backend_type": backend_type,
            }
        )
        if keyvault_metadata is not UNSET:
            field_dict["keyvault_metadata"] = keyvault_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secrets_azure_key_vault_metadata import SecretsAzureKeyVaultMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        backend_type = SecretsBackendType(d.pop("backend_type"))

        _keyvault_metadata = d.pop("keyvault_metadata", UNSET)
        keyvault_metadata: SecretsAzureKeyVaultMetadata | Unset
        if isinstance(_keyvault_metadata, Unset):
            keyvault_metadata = UNSET
        else:
            keyvault_metadata = SecretsAzureKeyVaultMetadata.from_dict(_keyvault_metadata)

        secrets_scope = cls(
            name=name,
            backend_type=backend_type,
            keyvault_metadata=keyvault_metadata,
        )

        secrets_scope.additional_properties = d
        return secrets_scope

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
