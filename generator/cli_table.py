"""`make generate` step: the CLI's command table, ``generated/dbrest_client/cli_commands.json``.

The table (per service, per operation: fields, request schema, paging, help texts) is what `dbrest` builds its
generated commands from; written here from the bundle so that the CLI reads ~0.2 MB instead of parsing the 1 MB
spec at every start. The builder is the CLI's own (overlays/dbrest/cli/spec_index.py, loaded by path: standard
library only), so the table cannot differ from what the CLI would build; `generate.py --check` compares it like
every generated file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_INDEX = ROOT / "overlays" / "dbrest" / "cli" / "spec_index.py"


def _spec_index() -> Any:
    spec = importlib.util.spec_from_file_location("dbrest_cli_spec_index", SPEC_INDEX)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


def render(doc: dict[str, Any]) -> str:
    table = _spec_index().build_index(doc)
    header = {"_generated": "by generator/cli_table.py from the bundled spec (make generate); do not edit"}
    return json.dumps({**header, **table}, indent=None, separators=(",", ":"), sort_keys=False) + "\n"


def write(doc: dict[str, Any], out_pkg: Path) -> None:
    module = _spec_index()
    (out_pkg / module.TABLE_FILE).write_text(render(doc), encoding="utf-8")
