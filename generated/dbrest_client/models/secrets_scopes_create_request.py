from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secrets_backend_type import SecretsBackendType
from ..models.secrets_scopes_create_request_initial_manage_principal import (
    SecretsScopesCreateRequestInitialManagePrincipal,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secrets_azure_key_vault_metadata import SecretsAzureKeyVaultMetadata


T = TypeVar("T", bound="SecretsScopesCreateRequest")


@_attrs_define
class SecretsScopesCreateRequest:
    """
    Attributes:
        scope (str): A scope or key name of 1–128 characters from [A-Za-z0-9-_.].
        initial_manage_principal (SecretsScopesCreateRequestInitialManagePrincipal | Unset): The principal that gets
            MANAGE on the new scope; only `users` (every workspace user) is supported.
            Absent: the caller.
        scope_backend_type (SecretsBackendType | Unset): Where the scope's secrets are stored.
        backend_azure_keyvault (SecretsAzureKeyVaultMetadata | Unset):
    """

    scope: str
    initial_manage_principal: SecretsScopesCreateRequestInitialManagePrincipal | Unset = UNSET
    scope_backend_type: SecretsBackendType | Unset = UNSET
    backend_azure_keyvault: SecretsAzureKeyVaultMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        initial_manage_principal: str | Unset = UNSET
        if not isinstance(self.initial_manage_principal, Unset):
            initial_manage_principal = self.initial_manage_principal.value

        scope_backend_type: str | Unset = UNSET
        if not isinstance(self.scope_backend_type, Unset):
            scope_backend_type = self.scope_backend_type.value

        backend_azure_keyvault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend_azure_keyvault, Unset):
            backend_azure_keyvault = self.backend_azure_keyvault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )
        if initial_manage_principal is not UNSET:
            field_dict["initial_manage_principal"] = initial_manage_principal
        if scope_backend_type is not UNSET:
            field_dict["scope_backend_type"] = scope_backend_type
        if backend_azure_keyvault is not UNSET:
            field_dict["backend_azure_keyvault"] = backend_azure_keyvault

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secrets_azure_key_vault_metadata import SecretsAzureKeyVaultMetadata  # noqa: PLC0415

        d = dict(src_dict)
        scope = d.pop("scope")

        _initial_manage_principal = d.pop("initial_manage_principal", UNSET)
        initial_manage_principal: SecretsScopesCreateRequestInitialManagePrincipal | Unset
        if isinstance(_initial_manage_principal, Unset):
            initial_manage_principal = UNSET
        else:
            initial_manage_principal = SecretsScopesCreateRequestInitialManagePrincipal(_initial_manage_principal)

        _scope_backend_type = d.pop("scope_backend_type", UNSET)
        scope_backend_type: SecretsBackendType | Unset
        if isinstance(_scope_backend_type, Unset):
            scope_backend_type = UNSET
        else:
            scope_backend_type = SecretsBackendType(_scope_backend_type)

        _backend_azure_keyvault = d.pop("backend_azure_keyvault", UNSET)
        backend_azure_keyvault: SecretsAzureKeyVaultMetadata | Unset
        if isinstance(_backend_azure_keyvault, Unset):
            backend_azure_keyvault = UNSET
        else:
            backend_azure_keyvault = SecretsAzureKeyVaultMetadata.from_dict(_backend_azure_keyvault)

        secrets_scopes_create_request = cls(
            scope=scope,
            initial_manage_principal=initial_manage_principal,
            scope_backend_type=scope_backend_type,
            backend_azure_keyvault=backend_azure_keyvault,
        )

        secrets_scopes_create_request.additional_properties = d
        return secrets_scopes_create_request

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
