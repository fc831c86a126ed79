from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_power_bi_model import JobsPowerBiModel
    from ..models.jobs_power_bi_table import JobsPowerBiTable


T = TypeVar("T", bound="JobsPowerBiTask")


@_attrs_define
class JobsPowerBiTask:
    """
    Attributes:
        connection_resource_name (str | Unset): The resource name of the UC connection to authenticate from Databricks
            to Power BI
        power_bi_model (JobsPowerBiModel | Unset):
        refresh_after_update (bool | Unset): Whether the model should be refreshed after the update
        tables (list[JobsPowerBiTable] | Unset): The tables to be exported to Power BI
        warehouse_id (str | Unset): The SQL warehouse ID to use as the Power BI data source
    """

    connection_resource_name: str | Unset = UNSET
    power_bi_model: JobsPowerBiModel | Unset = UNSET
    refresh_after_update: bool | Unset = UNSET
    tables: list[JobsPowerBiTable] | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_resource_name = self.connection_resource_name

        power_bi_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.power_bi_model, Unset):
            power_bi_model = self.power_bi_model.to_dict()

        refresh_after_update = self.refresh_after_update

        tables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_resource_name is not UNSET:
            field_dict["connection_resource_name"] = connection_resource_name
        if power_bi_model is not UNSET:
            field_dict["power_bi_model"] = power_bi_model
        if refresh_after_update is not UNSET:
            field_dict["refresh_after_update"] = refresh_after_update
        if tables is not UNSET:
            field_dict["tables"] = tables
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_power_bi_model import JobsPowerBiModel  # noqa: PLC0415
        from ..models.jobs_power_bi_table import JobsPowerBiTable  # noqa: PLC0415

        d = dict(src_dict)
        connection_resource_name = d.pop("connection_resource_name", UNSET)

        _power_bi_model = d.pop("power_bi_model", UNSET)
        power_bi_model: JobsPowerBiModel | Unset
        if isinstance(_power_bi_model, Unset):
            power_bi_model = UNSET
        else:
            power_bi_model = JobsPowerBiModel.from_dict(_power_bi_model)

        refresh_after_update = d.pop("refresh_after_update", UNSET)

        _tables = d.pop("tables", UNSET)
        tables: list[JobsPowerBiTable] | Unset = UNSET
        if _tables is not UNSET:
            tables = []
            for tables_item_data in _tables:
                tables_item = JobsPowerBiTable.from_dict(tables_item_data)

                tables.append(tables_item)

        warehouse_id = d.pop("warehouse_id", UNSET)

        jobs_power_bi_task = cls(
            connection_resource_name=connection_resource_name,
            power_bi_model=power_bi_model,
            refresh_after_update=refresh_after_update,
            tables=tables,
            warehouse_id=warehouse_id,
        )

        jobs_power_bi_task.additional_properties = d
        return jobs_power_bi_task

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
