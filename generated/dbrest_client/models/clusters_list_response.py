from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_info import ClusterInfo


T = TypeVar("T", bound="ClustersListResponse")


@_attrs_define
class ClustersListResponse:
    """
    Attributes:
        clusters (list[ClusterInfo] | Unset):
        next_page_token (str | Unset): Token of the next page (API 2.1); absent or empty on the last page.
        prev_page_token (str | Unset): Token of the previous page (API 2.1); absent or empty on the first page.
    """

    clusters: list[ClusterInfo] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    prev_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_info import ClusterInfo  # noqa: PLC0415

        d = dict(src_dict)
        _clusters = d.pop("clusters", UNSET)
        clusters: list[ClusterInfo] | Unset = UNSET
        if _clusters is not UNSET:
            clusters = []
            for clusters_item_data in _clusters:
                clusters_item = ClusterInfo.from_dict(clusters_item_data)

                clusters.append(clusters_item)

        next_page_token = d.pop("next_page_token", UNSET)

        prev_page_token = d.pop("prev_page_token", UNSET)

        clusters_list_response = cls(
            clusters=clusters,
            next_page_token=next_page_token,
            prev_page_token=prev_page_token,
        )

        clusters_list_response.additional_properties = d
        return clusters_list_response

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
