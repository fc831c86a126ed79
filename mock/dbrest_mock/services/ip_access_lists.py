"""IP Access List API 2.0 (api-inventory §1.16): ALLOW/BLOCK lists of IPv4 addresses and CIDR ranges.

Rules: admin only; a label is unique per list type (RESOURCE_ALREADY_EXISTS); at most 1000 values in all lists
together (QUOTA_EXCEEDED); values must be IPv4 addresses or CIDR ranges (INVALID_PARAMETER_VALUE); while the
workspace-conf key enableIpAccessLists is "true", no change may leave the caller's own IP blocked
(INVALID_STATE). Evaluation: an IP in an enabled BLOCK list is denied; otherwise, when enabled ALLOW lists
exist, the IP must be in one of them. The caller's IP is the first X-Forwarded-For hop, else the socket peer
(127.0.0.1 in-process). While enableIpAccessLists is "true" the app asks :meth:`IpAccessListsService.is_allowed`
after authenticating every API request and answers a denied caller 403 PERMISSION_DENIED (in the route's error
shape); the control API (/__mock/...) is never blocked. Lists take effect at once (Databricks: within minutes).
"""

from __future__ import annotations

import hashlib
import ipaddress
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation
from .workspace_conf import caller_ip

MAX_VALUES = 1000


@dataclass
class IpList:
    list_id: str
    label: str
    list_type: str
    ip_addresses: list[str]
    enabled: bool
    created_at: int
    created_by: int
    updated_at: int
    updated_by: int
    networks: list[ipaddress.IPv4Network] = field(default_factory=list)

    def info(self) -> dict[str, Any]:
        return {
            "list_id": self.list_id,
            "label": self.label,
            "ip_addresses": list(self.ip_addresses),
            "address_count": len(self.ip_addresses),
            "list_type": self.list_type,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
            "enabled": self.enabled,
        }


def user_id(user: str) -> int:
    """A stable numeric id for a user name (the API reports creators as user ids)."""
    return int(hashlib.sha256(user.encode()).hexdigest()[:13], 16)


def parse_networks(values: list[str]) -> list[ipaddress.IPv4Network]:
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.IPv4Network(value, strict=False))
        except (ValueError, TypeError):
            raise ApiError.invalid(f"Invalid IP address or CIDR range: {value!r} (IPv4 only)") from None
    return networks


def blocks(lists: Iterable[IpList], ip: str) -> bool:
    """Whether these lists deny ``ip`` (a caller that is not an IPv4 address matches no list)."""
    try:
        parsed = ipaddress.ip_address(ip)
    except ValueError:
        parsed = None
    if isinstance(parsed, ipaddress.IPv6Address):
        parsed = parsed.ipv4_mapped  # ::ffff:10.0.0.1 from a dual-stack socket is 10.0.0.1
    addr = parsed
    enabled = [lst for lst in lists if lst.enabled]

    def matches(lst: IpList) -> bool:
        return addr is not None and any(addr in net for net in lst.networks)

    if any(lst.list_type == "BLOCK" and matches(lst) for lst in enabled):
        return True
    allows = [lst for lst in enabled if lst.list_type == "ALLOW"]
    return bool(allows) and not any(matches(lst) for lst in allows)


class IpAccessListsService(Service):
    name = "ip-access-lists"

    def reset(self) -> None:
        self.lists: dict[str, IpList] = {}

    # --- Python API ---------------------------------------------------------------------------------------

    def would_block(self, ip: str) -> bool:
        """Whether the current lists deny ``ip`` once enableIpAccessLists is on."""
        return blocks(self.lists.values(), ip)

    def is_allowed(self, ip: str) -> bool:
        """Whether ``ip`` may access the workspace now (lists apply only while enableIpAccessLists is on)."""
        return not (self._feature_on() and self.would_block(ip))

    # --- helpers ------------------------------------------------------------------------------------------

    def _feature_on(self) -> bool:
        conf = self.env.services.get("workspace-conf")
        is_true = getattr(conf, "is_true", None)
        return bool(is_true("enableIpAccessLists")) if is_true is not None else False

    def _check_admin(self, req: Request) -> None:
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied("Only workspace admins can manage IP access lists.")

    def _get(self, list_id: str) -> IpList:
        lst = self.lists.get(list_id)
        if lst is None:
            raise ApiError.not_found(f"IP access list {list_id} does not exist.")
        return lst

    def _check_candidate(self, candidate: IpList, req: Request) -> None:
        """Validate the list as it would be stored (``candidate`` replaces the list with the same id)."""
        others = [lst for lst in self.lists.values() if lst.list_id != candidate.list_id]
        if not candidate.label.strip():
            raise ApiError.invalid("label must not be empty")
        for lst in others:
            if lst.label == candidate.label and lst.list_type == candidate.list_type:
                raise ApiError.already_exists(
                    f"An IP access list with label {candidate.label!r} and type {candidate.list_type} already exists."
                )
        total = sum(len(lst.ip_addresses) for lst in others) + len(candidate.ip_addresses)
        if total > MAX_VALUES:
            raise ApiError(
                400,
                "QUOTA_EXCEEDED",
                f"IP access lists may hold at most {MAX_VALUES} IP addresses and CIDR ranges in total; "
                f"this change would make {total}.",
            )
        self._check_not_locked_out([*others, candidate], req)

    def _check_not_locked_out(self, lists: list[IpList], req: Request) -> None:
        ip = caller_ip(req)
        if self._feature_on() and blocks(lists, ip):
            raise ApiError.invalid_state(
                f"Your current IP {ip} will not be allowed to access the workspace under the requested IP access lists."
            )

    # --- operations ---------------------------------------------------------------------------------------

    @operation("ipAccessListsList")
    def list_all(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        if not self.lists:
            return {}
        return {"ip_access_lists": [lst.info() for lst in self.lists.values()]}

    @operation("ipAccessListsCreate")
    def create_list(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        addresses = list(req.params["ip_addresses"])
        networks = parse_networks(addresses)
        n = self.env.next_id("ip-access-lists")
        list_id = str(uuid.UUID(bytes=hashlib.sha256(f"ip-access-list-{n}".encode()).digest()[:16], version=4))
        now = self.clock.now_ms()
        uid = user_id(req.user)
        candidate = IpList(
            list_id, req.params["label"], req.params["list_type"], addresses, True, now, uid, now, uid, networks
        )
        self._check_candidate(candidate, req)
        self.lists[list_id] = candidate
        return {"ip_access_list": candidate.info()}

    @operation("ipAccessListsGet")
    def get_list(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        return {"ip_access_list": self._get(req.params["ip_access_list_id"]).info()}

    @operation("ipAccessListsReplace")
    def replace_list(self, req: Request) -> dict[str, Any]:
        return self._update(req, full=True)

    @operation("ipAccessListsUpdate")
    def update_list(self, req: Request) -> dict[str, Any]:
        return self._update(req, full=False)

    def _update(self, req: Request, *, full: bool) -> dict[str, Any]:
        self._check_admin(req)
        current = self._get(req.params["ip_access_list_id"])
        p = req.params
        changes: dict[str, Any] = {}
        for key in ("label", "list_type", "enabled"):
            if full or key in p:
                changes[key] = p[key]
        if full or "ip_addresses" in p:
            changes["ip_addresses"] = list(p["ip_addresses"])
            changes["networks"] = parse_networks(changes["ip_addresses"])
        candidate = replace(current, **changes, updated_at=self.clock.now_ms(), updated_by=user_id(req.user))
        self._check_candidate(candidate, req)
        self.lists[current.list_id] = candidate
        return {}

    @operation("ipAccessListsDelete")
    def delete_list(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        current = self._get(req.params["ip_access_list_id"])
        self._check_not_locked_out([lst for lst in self.lists.values() if lst is not current], req)
        del self.lists[current.list_id]
        return {}
