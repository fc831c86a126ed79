"""Keep httpx's command-line module out of ``import dbrest``.

httpx's ``__init__`` imports ``httpx._main`` (its ``httpx`` command: click, rich, pygments) whenever those are
installed. With the ``mock`` extra (uvicorn brings click) and the CLI's rich, that is about 100 ms, most of
``import httpx`` and most of ``import dbrest`` (measured with ``python -X importtime``; upstream discussion:
encode/httpx#3523, pull request encode/httpx#3547, which moves the import into ``__main__``). dbrest never uses
that module, so before the first import of httpx a stand-in takes its place whose ``main()`` imports the real one
when called: ``httpx.main()`` and the ``httpx`` command keep working, and nothing else of httpx changes.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

NAME = "httpx._main"


def _main(*args: Any, **kwargs: Any) -> Any:
    """httpx's command line, imported now that it is asked for."""
    if getattr(sys.modules.get(NAME), "__dbrest_deferred__", False):
        del sys.modules[NAME]
    return importlib.import_module(NAME).main(*args, **kwargs)


def defer() -> None:
    """Install the stand-in, unless httpx (or its command line) is imported already: then there is nothing to save."""
    if "httpx" in sys.modules or NAME in sys.modules:
        return
    stand_in = types.ModuleType(NAME, "dbrest's stand-in for httpx's command line, imported when main() is called")
    stand_in.__dict__["main"] = _main
    stand_in.__dict__["__dbrest_deferred__"] = True
    sys.modules[NAME] = stand_in


defer()
