from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scale import AutoScale


T = TypeVar("T", bound="ClustersResizeRequest")


@_attrs_define
class ClustersResizeRequest:
    """Exactly one of `num_workers` and `autoscale`.

    Attributes:
        cluster_id (str):
        num_workers (int | Unset):
        autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial number of
            workers after creation;
            `max_workers` must be strictly greater than `min_workers`.
             Example: {'min_workers': 2, 'max_workers': 8}.
    """

    cluster_id: str
    num_workers: int | Unset = UNSET
    autoscale: AutoScale | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        num_workers = self.num_workers

        autoscale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscale, Unset):
            autoscale = self.autoscale.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
            }
        )
        if num_workers is not UNSET:
            field_dict["num_workers"] = num_workers
        if autoscale is not UNSET:
            field_dict["autoscale"] = autoscale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scale import AutoScale  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        num_workers = d.pop("num_workers", UNSET)

        _autoscale = d.pop("autoscale", UNSET)
        autoscale: AutoScale | Unset
        if isinstance(_autoscale, Unset):
            autoscale = UNSET
        else:
            autoscale = AutoScale.from_dict(_autoscale)

        clusters_resize_request = cls(
            cluster_id=cluster_id,
            num_workers=num_workers,
            autoscale=autoscale,
        )

        clusters_resize_request.additional_properties = d
        return clusters_resize_request

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
