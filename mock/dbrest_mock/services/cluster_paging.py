"""Paging of the clusters API: the opaque page tokens of the 2.1 list and events, and events paging.

``clusters/events`` pages two ways (databricks-sdk 0.162.0 ``GetEvents``): the deprecated ``offset``/``limit`` with a
``next_page`` body (in the clusters service), and ``page_size``/``page_token`` here. A token names its page and a
fingerprint of the filters it was issued for; another filter or sort with it is INVALID_PARAMETER_VALUE.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import zlib
from typing import Any

from ..errors import ApiError

#: Events per page of offset/limit paging, and with token paging when page_size is absent or 0.
EVENTS_DEFAULT_LIMIT = 50
#: The largest events page_size; larger values count as this.
EVENTS_MAX_PAGE = 500


def _fingerprint(query: dict[str, Any]) -> int:
    return zlib.crc32(json.dumps(query, sort_keys=True, default=str).encode())


def page_token(offset: int, query: dict[str, Any], until: int | None = None) -> str:
    """An opaque token for the page at ``offset`` of the listing that ``query`` (filters and sort) selects;
    ``until`` pins the listing to its first ``until`` items (events, which are only appended)."""
    doc: dict[str, Any] = {"offset": offset, "query": _fingerprint(query)}
    if until is not None:
        doc["until"] = until
    return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")


def read_page_token(token: str, query: dict[str, Any]) -> tuple[int, int | None]:
    """(offset, until) of a token of :func:`page_token`; INVALID_PARAMETER_VALUE for any other token."""
    try:
        doc = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        offset, fingerprint, until = doc["offset"], doc["query"], doc.get("until")
    except (binascii.Error, ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError):
        raise ApiError.invalid(f"Invalid page_token {token!r}: use a token of the previous page") from None
    if not isinstance(offset, int) or offset < 0 or fingerprint != _fingerprint(query):
        raise ApiError.invalid(f"Invalid page_token {token!r}: it was issued for other filters or another sort")
    if until is not None and not isinstance(until, int):
        raise ApiError.invalid(f"Invalid page_token {token!r}: use a token of the previous page")
    return offset, until


def page_offset(token: str, query: dict[str, Any]) -> int:
    """The offset a token of :func:`page_token` stands for; INVALID_PARAMETER_VALUE for any other token."""
    return read_page_token(token, query)[0]


def matching_events(p: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events that match the request's time range and types, in its order (default DESC)."""
    start, end = p.get("start_time"), p.get("end_time")
    types = set(p["event_types"]) if p.get("event_types") else None
    matching = [
        e
        for e in events
        if (start is None or e["timestamp"] >= start)
        and (end is None or e["timestamp"] <= end)
        and (types is None or e["type"] in types)
    ]
    if (p.get("order") or "DESC") == "DESC":
        matching.reverse()
    return matching


def events_page(p: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """Token paging of events (GetEvents.page_size/page_token): sizes outside 0-500 count as 0 or 500.

    The tokens pin the listing to the events recorded when its first page was read (events are only ever
    appended), so newer ones neither shift the later pages (DESC) nor join them late (ASC)."""
    keys = ("cluster_id", "start_time", "end_time", "order", "event_types")
    query = {k: p[k] for k in keys if p.get(k) is not None}
    size = min(max(p.get("page_size") or 0, 0), EVENTS_MAX_PAGE) or EVENTS_DEFAULT_LIMIT
    token = p.get("page_token")
    offset, recorded = read_page_token(token, query) if token else (0, len(events))
    matching = matching_events(p, events[: recorded if recorded is not None else len(events)])
    out: dict[str, Any] = {"events": copy.deepcopy(matching[offset : offset + size]), "total_count": 0}
    if offset + size < len(matching):
        out["next_page_token"] = page_token(offset + size, query, recorded)
        out["next_page"] = {**copy.deepcopy(query), "page_size": size, "page_token": out["next_page_token"]}
    if offset > 0:
        out["prev_page_token"] = page_token(max(0, offset - size), query, recorded)
    return out
