"""A cluster policy's rules applied to a cluster specification: what clusters create, edit and update (and the
Jobs service's job clusters) do with the ``policy_id`` of a specification.

Databricks' compute policy reference: an omitted attribute takes the policy's ``fixed`` value, and its
``defaultValue`` when ``apply_policy_default_values`` is true (databricks-sdk 0.162.0 ``CreateCluster``: "When set
to true, fixed and default values from the policy will be used for fields that are omitted. When set to false,
only fixed values from the policy will be applied."); a given value must satisfy the rule (``fixed``: equal,
``forbidden``: absent, ``allowlist``/``blocklist``: in/not in ``values``, ``regex``: matching ``pattern``, which
"is always anchored to the beginning and end of the string value", ``range``: between ``minValue`` and
``maxValue``), else INVALID_PARAMETER_VALUE (api-inventory §1.1: "policy violation").

Applied to what the mock can place without guessing: top-level fields, fields of object fields
(``autoscale.max_workers``, ``aws_attributes.availability``) and keys of the map fields (``spark_conf.<key>``,
``custom_tags.<key>``, ``spark_env_vars.<key>``). Rules on list elements (``init_scripts.0...``, ``.*``) and on
the policy-only attributes (``dbus_per_hour``, ``cluster_type``) are stored but not enforced, and a limiting rule
does not make its attribute required: the mock refuses no specification that Databricks might accept.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from ..errors import ApiError
from ..service import Env
from .cluster_specs import SPEC_KEYS, conf_value, given

#: Fields whose value is a map from any key (which may hold dots: ``spark_conf.spark.databricks.x``) to a string.
MAP_FIELDS = ("spark_conf", "custom_tags", "spark_env_vars")
#: The integer (and one floating-point) and the boolean attributes (databricks-sdk 0.162.0 ClusterSpec, AutoScale, AwsAttributes,
#: AzureAttributes, GcpAttributes); the other scalar attributes a policy can set are strings.
NUMBER_PATHS = frozenset(
    {
        "num_workers",
        "autotermination_minutes",
        "remote_disk_throughput",
        "total_initial_remote_disk_size",
        "autoscale.min_workers",
        "autoscale.max_workers",
        "aws_attributes.first_on_demand",
        "aws_attributes.spot_bid_price_percent",
        "aws_attributes.ebs_volume_count",
        "aws_attributes.ebs_volume_size",
        "aws_attributes.ebs_volume_iops",
        "aws_attributes.ebs_volume_throughput",
        "azure_attributes.first_on_demand",
        "azure_attributes.spot_bid_max_price",
        "gcp_attributes.boot_disk_size",
        "gcp_attributes.first_on_demand",
        "gcp_attributes.local_ssd_count",
    }
)
BOOLEAN_PATHS = frozenset({"enable_elastic_disk", "enable_local_disk_encryption", "is_single_node", "use_ml_runtime"})
#: Top-level fields that hold a list or an object (a policy's scalar value cannot be placed there).
COMPOSITE_FIELDS = frozenset(
    {"ssh_public_keys", "init_scripts", "cluster_log_conf", "docker_image", "workload_type", "policy_id", *MAP_FIELDS}
)
_ABSENT = object()


def _placeable(path: str, parts: list[str], value: Any) -> bool:
    """Whether the policy value ``value`` has the type of the attribute: a policy whose fixed value has another type
    (``autotermination_minutes: "abc"``) is not written into the specification, where every answer would carry it."""
    if parts[0] in MAP_FIELDS:
        return isinstance(value, str) or (parts[0] == "spark_conf" and isinstance(value, int | float | bool))
    if path in NUMBER_PATHS:
        kinds = (int, float) if path == "azure_attributes.spot_bid_max_price" else (int,)
        return isinstance(value, kinds) and not isinstance(value, bool)
    if path in BOOLEAN_PATHS:
        return isinstance(value, bool)
    if len(parts) == 1 and parts[0] in COMPOSITE_FIELDS:
        return False
    return isinstance(value, str)


def _parts(path: str) -> list[str] | None:
    """The keys leading to the attribute ``path`` names in a specification; None for a path the mock does not
    enforce (a list element, a policy-only attribute)."""
    top, dot, rest = path.partition(".")
    if top not in SPEC_KEYS:
        return None
    if not dot:
        return [top]
    if top in MAP_FIELDS:
        return [top, rest] if rest else None
    parts = [top, *rest.split(".")]
    if any(not p or p.isdigit() or p == "*" for p in parts):
        return None
    return parts


def _get(spec: dict[str, Any], parts: list[str]) -> Any:
    node: Any = spec
    for part in parts:
        if not isinstance(node, dict) or node.get(part) is None:
            return _ABSENT
        node = node[part]
    return node


def _set(spec: dict[str, Any], parts: list[str], value: Any) -> None:
    node = spec
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = copy.deepcopy(value)


def _shown(value: Any) -> str:
    return json.dumps(value)


def _violation(rule: dict[str, Any], value: Any, as_text: bool) -> str | None:
    """What is wrong with ``value`` (present) under ``rule``, None if it complies; ``as_text``: a spark_conf value,
    compared in the string form Databricks stores (a policy may write ``4`` for the ``"4"`` a request sends)."""
    kind = rule.get("type")
    if as_text and kind in ("fixed", "allowlist", "blocklist"):
        value = conf_value(value)
        rule = {
            **rule,
            "value": conf_value(rule.get("value")),
            "values": [conf_value(v) for v in rule.get("values", [])],
        }
    if kind == "fixed" and value != rule.get("value"):
        return f"the value must be {_shown(rule.get('value'))} (is {_shown(value)})"
    if kind == "forbidden":
        return f"the value must not be present (is {_shown(value)})"
    if kind == "allowlist" and value not in rule.get("values", []):
        return f"the value must be one of {_shown(rule.get('values'))} (is {_shown(value)})"
    if kind == "blocklist" and value in rule.get("values", []):
        return f"the value must not be one of {_shown(rule.get('values'))} (is {_shown(value)})"
    if kind == "regex":
        text = value if isinstance(value, str) else _shown(value)
        if re.fullmatch(str(rule.get("pattern", "")), text) is None:
            return f"the value must match the regex {_shown(rule.get('pattern'))} (is {_shown(value)})"
    if kind == "range":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"the value must be a number (is {_shown(value)})"
        low, high = rule.get("minValue"), rule.get("maxValue")
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"between {low} and {high}" if low is not None and high is not None else None
            bounds = bounds or (f"at least {low}" if low is not None else f"at most {high}")
            return f"the value must be {bounds} (is {_shown(value)})"
    return None


def apply_policy(spec: dict[str, Any], rules: dict[str, Any], policy_id: str) -> dict[str, Any]:
    """``spec`` with the policy's fixed (and, with ``apply_policy_default_values``, default) values in the fields it
    omits; INVALID_PARAMETER_VALUE naming the first field that breaks a rule. ``spec`` itself is not changed."""
    out = copy.deepcopy(spec)
    defaults = bool(spec.get("apply_policy_default_values"))
    placed: list[tuple[str, list[str], dict[str, Any]]] = []
    for path, rule in rules.items():
        parts = _parts(path)
        if parts is None or not isinstance(rule, dict):
            continue
        placed.append((path, parts, rule))
        if _get(out, parts) is not _ABSENT:
            continue
        if parts[0] == "autoscale" and out.get("autoscale") is None:
            continue  # half an autoscale range (or one the request chose not to have) is not made up
        if parts[0] == "num_workers" and out.get("autoscale") is not None:
            continue  # a fixed size of the other kind than the one given: the request's own choice stands
        if rule.get("type") == "fixed":
            value = rule.get("value")
        elif defaults and "defaultValue" in rule and rule.get("type") != "forbidden":
            value = rule["defaultValue"]
        else:
            continue
        if _placeable(path, parts, value):
            _set(out, parts, conf_value(value) if parts[0] == "spark_conf" else value)
    for path, parts, rule in placed:
        value = _get(out, parts)
        if value is _ABSENT:
            continue
        problem = _violation(rule, value, parts[0] == "spark_conf")
        if problem is not None:
            raise ApiError.invalid(f"Validation failed for {path} (cluster policy {policy_id}): {problem}.")
    return out


def with_policy(env: Env, spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with the policy it names applied (:func:`apply_policy`); ``spec`` as it is without a policy, or with
    one that does not exist (which the clusters service's validation then reports)."""
    policy_id = spec.get("policy_id")
    lookup = getattr(env.services.get("cluster-policies"), "get_policy", None)
    policy = lookup(policy_id) if isinstance(policy_id, str) and lookup is not None else None
    if not isinstance(policy_id, str) or not isinstance(policy, dict):
        return spec
    if not isinstance(policy.get("rules"), dict):  # stored as given (see parse_rules): refused when used
        raise ApiError.invalid(
            f"Requests for the policy {policy_id} cannot be satisfied due to the malformed policy definition. "
            "Please contact your administrator to correct the policy definition."
        )
    out = apply_policy(spec, policy["rules"], policy_id)
    # The policy's values went into the specification without the request's schema validation.
    problem = env.schema_problem("ClusterSpec", given(out))
    if problem is not None:
        raise ApiError.invalid(f"The cluster specification with the values of cluster policy {policy_id}: {problem}")
    return out
