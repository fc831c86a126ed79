"""The commands generated from the spec, read from the table `make generate` ships in dbrest_client.

`dbrest <service> <operation>`: services are the spec's tags (plus ``runs``, the databricks CLI's name for the
Jobs runs operations), operations their operation ids without the tag (kebab-case). generator/cli_table.py
computes everything about them from the spec (fields, keywords, flags, the client method, how ``--all`` pages),
so starting the CLI reads a ~0.2 MB table instead of the 1 MB spec; the spec itself is parsed only by commands
that check a request body or report coverage (:func:`document`).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

SCALARS = {"string", "integer", "number", "boolean"}
#: The file `make generate` writes into dbrest_client (generator/cli_table.py).
TABLE_FILE = "cli_commands.json"


def _package_json(name: str) -> dict[str, Any]:
    from importlib import resources

    data: dict[str, Any] = json.loads(resources.files("dbrest_client").joinpath(name).read_text(encoding="utf-8"))
    return data


@functools.cache
def document() -> dict[str, Any]:
    """The bundled OpenAPI document (shipped inside dbrest_client as package data)."""
    return _package_json("openapi.json")


@dataclass(frozen=True)
class Field:
    """A path or query parameter, or a top-level field of the request body."""

    name: str  # as the API spells it
    where: str  # "path", "query" or "body"
    kind: str  # "string", "integer", "number", "boolean", "array", "object"
    required: bool
    description: str
    enum: tuple[str, ...]
    items: str | None  # the scalar type of an array's items
    keyword: str  # the keyword of the client method (openapi-python-client's name)
    flag: str  # --kebab-case

    @property
    def scalar(self) -> bool:
        return self.kind in SCALARS or (self.kind == "array" and self.items in SCALARS)


@dataclass(frozen=True)
class Paging:
    """How ``--all`` reads a list: through the generated iterator ``ws.<attribute>.<iterator>`` (the spec's
    x-dbrest-paging), collecting the answer's ``items`` field."""

    iterator: str
    items: str  # the list field of an answer, as the API spells it
    position: tuple[str, ...]  # request fields the iterator sets itself
    page_size: str | None  # the request field whose value becomes the iterator's page_size


@dataclass(frozen=True)
class Operation:
    service: str  # the CLI's service name
    name: str  # the CLI's operation name (kebab-case)
    operation_id: str
    tag: str
    attribute: str  # the Workspace attribute of the service (ws.<attribute>)
    method: str  # the keyword-call method of the generated service facade
    http_method: str
    path: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    #: (content type, request schema name, required) of the request body; (None, None, False) without one
    body: tuple[str | None, str | None, bool]
    paging: Paging | None


@functools.cache
def index() -> dict[str, Any]:
    """The table `make generate` wrote: {"services": {service: help}, "operations": {service: {name: entry}}}."""
    return _package_json(TABLE_FILE)


@functools.cache
def operations() -> dict[str, dict[str, Operation]]:
    """service -> operation name -> Operation, for every operation of the spec (and the `runs` family)."""
    out: dict[str, dict[str, Operation]] = {}
    for service, ops in index()["operations"].items():
        for name, e in ops.items():
            fields = tuple(Field(f[0], f[1], f[2], f[3], f[4], tuple(f[5]), f[6], f[7], f[8]) for f in e["fields"])
            p = e["paging"]
            paging = Paging(p["iterator"], p["items"], tuple(p["position"]), p["page_size"]) if p else None
            body = (e["body"][0], e["body"][1], bool(e["body"][2]))
            out.setdefault(service, {})[name] = Operation(
                service,
                name,
                e["operation_id"],
                e["tag"],
                e["attribute"],
                e["method"],
                e["http_method"],
                e["path"],
                e["summary"],
                e["description"],
                fields,
                body,
                paging,
            )
    return out


def service_help(service: str) -> str:
    help_text: str = index()["services"].get(service, service)
    return help_text


def service_names() -> list[str]:
    """The services in the order of the spec's tags, then `runs`."""
    return list(index()["services"])
