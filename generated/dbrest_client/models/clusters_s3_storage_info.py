from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersS3StorageInfo")


@_attrs_define
class ClustersS3StorageInfo:
    """An S3 location (AWS). The cluster's instance profile must be able to write or read it.

    Attributes:
        destination (str): S3 URI, e.g. `s3://my-bucket/some-prefix`.
        region (str | Unset):
        endpoint (str | Unset):
        enable_encryption (bool | Unset):
        encryption_type (str | Unset): `sse-s3` or `sse-kms`.
        kms_key (str | Unset):
        canned_acl (str | Unset):
    """

    destination: str
    region: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    enable_encryption: bool | Unset = UNSET
    encryption_type: str | Unset = UNSET
    kms_key: str | Unset = UNSET
    canned_acl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        region = self.region

        endpoint = self.endpoint

        enable_encryption = self.enable_encryption

        encryption_type = self.encryption_type

        kms_key = self.kms_key

        canned_acl = self.canned_acl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if enable_encryption is not UNSET:
            field_dict["enable_encryption"] = enable_encryption
        if encryption_type is not UNSET:
            field_dict["encryption_type"] = encryption_type
        if kms_key is not UNSET:
            field_dict["kms_key"] = kms_key
        if canned_acl is not UNSET:
            field_dict["canned_acl"] = canned_acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination")

        region = d.pop("region", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        enable_encryption = d.pop("enable_encryption", UNSET)

        encryption_type = d.pop("encryption_type", UNSET)

        kms_key = d.pop("kms_key", UNSET)

        canned_acl = d.pop("canned_acl", UNSET)

        clusters_s3_storage_info = cls(
            destination=destination,
            region=region,
            endpoint=endpoint,
            enable_encryption=enable_encryption,
            encryption_type=encryption_type,
            kms_key=kms_key,
            canned_acl=canned_acl,
        )

        clusters_s3_storage_info.additional_properties = d
        return clusters_s3_storage_info

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
