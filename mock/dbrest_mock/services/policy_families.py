"""Policy Families API 2.0: Databricks' read-only catalogue of cluster policy templates.

Rules (PolicyFamiliesAPI of databricks-sdk 0.162.0, the public "Default policies and policy families" page):
families cannot be created, edited or deleted; ``list`` pages through them by id (``max_results``, default and
at most 100; ``next_page_token`` absent on the last page; an unknown token is INVALID_PARAMETER_VALUE); ``get``
answers a family at its latest version or at ``version`` (each family of the mock has version 1 only), an
unknown family or version is RESOURCE_DOES_NOT_EXIST. The cluster-policies service builds a policy's definition
from :meth:`PolicyFamiliesService.definition` of its ``policy_family_id``.

The catalogue holds the four default families the docs describe (Personal, Shared, Power User and Job Compute)
and the legacy shared one, with definitions in the policy rule grammar; they are an illustration of the real
ones, which Databricks changes over time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation

MAX_PAGE = 100


@dataclass(frozen=True)
class PolicyFamily:
    policy_family_id: str
    name: str
    description: str
    rules: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy_family_id": self.policy_family_id,
            "name": self.name,
            "description": self.description,
            "definition": json.dumps(self.rules, separators=(",", ":")),
        }


_HIDDEN_SINGLE_NODE = {
    "spark_conf.spark.databricks.cluster.profile": {"type": "fixed", "value": "singleNode", "hidden": True},
    "spark_conf.spark.master": {"type": "fixed", "value": "local[*, 4]", "hidden": True},
    "custom_tags.ResourceClass": {"type": "fixed", "value": "SingleNode", "hidden": True},
    "num_workers": {"type": "fixed", "value": 0, "hidden": True},
}

#: The catalogue, by id (the order of ``list``).
FAMILIES: dict[str, PolicyFamily] = {
    f.policy_family_id: f
    for f in sorted(
        (
            PolicyFamily(
                "job-cluster",
                "Job Compute",
                "Sets defaults for compute that runs jobs: job clusters only, with the latest LTS runtime.",
                {
                    "cluster_type": {"type": "fixed", "value": "job"},
                    "spark_version": {"type": "unlimited", "defaultValue": "auto:latest-lts"},
                    "num_workers": {"type": "range", "minValue": 0, "defaultValue": 1},
                },
            ),
            PolicyFamily(
                "personal-vm",
                "Personal Compute",
                "Dedicated single-node compute for one user, with few options: for interactive data exploration.",
                {
                    **_HIDDEN_SINGLE_NODE,
                    "data_security_mode": {"type": "fixed", "value": "SINGLE_USER", "hidden": True},
                    "autotermination_minutes": {"type": "range", "minValue": 10, "maxValue": 10000, "defaultValue": 72},
                },
            ),
            PolicyFamily(
                "power-user",
                "Power User Compute",
                "Dedicated multi-node compute for complex data science and machine learning workloads.",
                {
                    "data_security_mode": {"type": "fixed", "value": "SINGLE_USER", "hidden": True},
                    "autoscale.max_workers": {"type": "range", "maxValue": 10, "defaultValue": 2},
                    "autotermination_minutes": {"type": "range", "minValue": 10, "maxValue": 240, "defaultValue": 120},
                },
            ),
            PolicyFamily(
                "shared-compute",
                "Shared Compute",
                "Multi-node compute shared by several users, in standard access mode.",
                {
                    "data_security_mode": {"type": "fixed", "value": "USER_ISOLATION", "hidden": True},
                    "autoscale.max_workers": {"type": "range", "maxValue": 20, "defaultValue": 4},
                    "autotermination_minutes": {"type": "range", "minValue": 10, "maxValue": 240, "defaultValue": 120},
                },
            ),
            PolicyFamily(
                "shared-data-science",
                "Legacy Shared Compute",
                "Multi-node compute shared by several users, with Python and SQL only (no Unity Catalog).",
                {
                    "spark_conf.spark.databricks.cluster.profile": {
                        "type": "fixed",
                        "value": "serverless",
                        "hidden": True,
                    },
                    "spark_conf.spark.databricks.repl.allowedLanguages": {
                        "type": "fixed",
                        "value": "python,sql",
                        "hidden": True,
                    },
                },
            ),
        ),
        key=lambda f: f.policy_family_id,
    )
}


class PolicyFamiliesService(Service):
    name = "policy-families"

    def reset(self) -> None:
        """The catalogue is fixed: nothing to reset."""

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "policy-families":
            return None
        return object_id in FAMILIES

    def definition(self, policy_family_id: str) -> dict[str, Any] | None:
        """The rules of a family at its latest version (a copy), None for an unknown family."""
        family = FAMILIES.get(policy_family_id)
        return json.loads(json.dumps(family.rules)) if family is not None else None

    @operation("policyFamiliesList")
    def list(self, req: Request) -> dict[str, Any]:
        size = min(req.params.get("max_results") or MAX_PAGE, MAX_PAGE)
        ids = list(FAMILIES)
        token = req.params.get("page_token")
        start = 0
        if token:
            if token not in FAMILIES:
                raise ApiError.invalid(f"Invalid page_token {token!r}: use the next_page_token of the previous page")
            start = ids.index(token)
        page = ids[start : start + size]
        out: dict[str, Any] = {"policy_families": [FAMILIES[i].to_dict() for i in page]}
        if start + size < len(ids):
            out["next_page_token"] = ids[start + size]
        return out

    @operation("policyFamiliesGet")
    def get(self, req: Request) -> dict[str, Any]:
        family_id = req.params["policy_family_id"]
        family = FAMILIES.get(family_id)
        if family is None:
            raise ApiError.not_found(f"Policy family {family_id} does not exist.")
        version = req.params.get("version")
        if version is not None and version != 1:
            raise ApiError.not_found(f"Policy family {family_id} has no version {version} (its latest is 1).")
        return family.to_dict()
