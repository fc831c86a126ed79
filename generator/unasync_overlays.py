"""The sync overlays, generated from the async ones: ``overlays/dbrest/_async/X.py`` -> ``overlays/dbrest/_sync/X.py``.

The way httpcore keeps ``_async/`` and generates ``_sync/``: the `unasync` library drops ``async``/``await`` and renames
tokens (``__aenter__`` -> ``__enter__``, ``AsyncIterator`` -> ``Iterator`` and the names in ``REPLACEMENTS``); the
result gets a header, its imports sorted and ruff's format. Only ``_backend.py`` is written twice by hand: what
really differs between the modes (threads or tasks for concurrent work, the clocks) lives there.

python generator/unasync_overlays.py            # rewrite overlays/dbrest/_sync/ (also run by generate.py)
python generator/unasync_overlays.py --check    # fail, naming files, when _sync/ is stale (generate.py --check too)
"""

from __future__ import annotations

import argparse
import keyword
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import freshness  # generator/freshness.py: the generator's modules run with this directory on sys.path
import tokenize_rt
import unasync

ROOT = Path(__file__).resolve().parent.parent
ASYNC = ROOT / "overlays" / "dbrest" / "_async"
SYNC = ROOT / "overlays" / "dbrest" / "_sync"
#: Where ruff reads its settings for the generated files (pyproject.toml's), wherever they are written.
FORMAT_AS = ROOT / "overlays" / "dbrest" / "_sync"
#: Written by hand in both _async/ and _sync/: the few places where the modes really differ.
HAND_WRITTEN = frozenset({"_backend.py"})

#: Token renames beyond unasync's own. A class ``AsyncX`` would become ``SyncX``; dbrest's sync names are plain.
REPLACEMENTS = {
    "AsyncBackoffPoll": "BackoffPoll",
    "AsyncClock": "Clock",
    "AsyncCommandsService": "CommandsService",
    "AsyncContextsService": "ContextsService",
    "AsyncDbfsReader": "DbfsReader",
    "AsyncDbfsService": "DbfsService",
    "AsyncDbfsWriter": "DbfsWriter",
    "AsyncExecutionContext": "ExecutionContext",
    "AsyncLibrariesService": "LibrariesService",
    "AsyncSecretsService": "SecretsService",
    "AsyncWorkspaceService": "WorkspaceService",
    "_GeneratedAsyncCommandsService": "_GeneratedCommandsService",
    "_GeneratedAsyncContextsService": "_GeneratedContextsService",
    "_GeneratedAsyncDbfsService": "_GeneratedDbfsService",
    "_GeneratedAsyncLibrariesService": "_GeneratedLibrariesService",
    "_GeneratedAsyncSecretsService": "_GeneratedSecretsService",
    "_GeneratedAsyncWorkspaceService": "_GeneratedWorkspaceService",
    "SystemAsyncClock": "SystemClock",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "aread": "read",
    "get_async_httpx_client": "get_httpx_client",
    "poll_async": "poll",
    "httpx_AsyncClient": "httpx_Client",
    "AsyncClient": "Client",
}

#: Docstrings and comments keep their text (unasync renames only whole-string names): their examples lose these,
#: and the class names they cite are the sync ones.
TEXT = [(re.compile(r"\bawait "), ""), (re.compile(r"\basync (with|for)\b"), r"\1")] + [
    (re.compile(rf"\b{name}\b"), sync) for name, sync in REPLACEMENTS.items() if name.startswith("Async")
]


def ungroup_awaits(source: str) -> str:
    """``(await x.f()).y`` -> ``await x.f().y``: not valid async (it would await ``.y``), but once unasync drops the
    ``await`` the sync twin reads ``x.f().y``, not ``(x.f()).y``. Only where the parentheses group (not a call) and
    hold a plain primary: names, dots, calls and subscripts, nothing that binds looser than the attribute. Public:
    its cases are tested on their own, not only through the committed twins."""
    tokens = tokenize_rt.src_to_tokens(source)
    drop: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.src != "(":
            continue
        after = next((j for j in range(i + 1, len(tokens)) if tokens[j].src.strip()), None)
        before = next((j for j in range(i - 1, -1, -1) if tokens[j].src.strip()), None)
        if after is None or tokens[after].src != "await":
            continue
        prev = tokens[before] if before is not None else None
        if prev is not None and (prev.src in (")", "]") or (prev.name == "NAME" and not keyword.iskeyword(prev.src))):
            continue  # a call's parentheses
        depth, plain, end = 0, True, None
        for j in range(after + 1, len(tokens)):
            src = tokens[j].src
            if src in ("(", "[", "{"):
                depth += 1
            elif src in (")", "]", "}"):
                if depth == 0:
                    end = j
                    break
                depth -= 1
            elif depth == 0 and ((tokens[j].name == "OP" and src != ".") or keyword.iskeyword(src)):
                plain = False  # an operator or a keyword (await aside) binds looser than the attribute
        if end is not None and plain:
            drop.update((i, end))
    return tokenize_rt.tokens_to_src([t for k, t in enumerate(tokens) if k not in drop])


def _header(name: str) -> str:
    return f"# generated from _async/{name} by generator/unasync_overlays.py; do not edit\n"


def _ruff(args: list[str], path: Path, text: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(path), "-"],
        input=text,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"unasync_overlays: ruff {args[0]} failed on {path.name}:\n{done.stderr}")
    return done.stdout


def render() -> dict[str, str]:
    """The text of every generated file of ``_sync/``, by name."""
    sources = sorted(p for p in ASYNC.glob("*.py") if p.name not in HAND_WRITTEN)
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="dbrest-unasync-") as tmp:
        src_dir, dst_dir = Path(tmp, "_async"), Path(tmp, "_sync")
        src_dir.mkdir()
        for path in sources:
            (src_dir / path.name).write_text(ungroup_awaits(path.read_text(encoding="utf-8")), encoding="utf-8")
        rule = unasync.Rule(fromdir="/_async/", todir="/_sync/", additional_replacements=REPLACEMENTS)
        unasync.unasync_files([str(src_dir / p.name) for p in sources], rules=[rule])
        for path in sources:
            text = (dst_dir / path.name).read_text(encoding="utf-8")
            for pattern, repl in TEXT:
                text = pattern.sub(repl, text)
            target = FORMAT_AS / path.name
            # Imports re-sorted after renames; `for x in g: yield x` (from `async for`) becomes `yield from g`.
            fixes = ["check", "--fix", "--unsafe-fixes", "--exit-zero", "--quiet", "--select", "I,UP028"]
            text = _ruff(fixes, target, text)
            out[path.name] = _ruff(["format", "--quiet"], target, _header(path.name) + text)
    return out


def _generated_now() -> set[str]:
    """Names of the files in ``_sync/`` that this script owns (everything but the hand-written ones)."""
    return {p.name for p in SYNC.glob("*.py") if p.name not in HAND_WRITTEN} if SYNC.exists() else set()


def write() -> None:
    fresh = render()
    SYNC.mkdir(exist_ok=True)
    for name in _generated_now() - set(fresh):
        (SYNC / name).unlink()
    for name, text in fresh.items():
        target = SYNC / name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    print(f"unasync_overlays: {len(fresh)} files -> {SYNC.relative_to(ROOT)}")


def drift() -> list[str]:
    """What differs between ``_sync/`` and a fresh generation, one line a file (empty: up to date)."""
    fresh = render()
    return freshness.stale(
        str(SYNC.relative_to(ROOT)),
        set(fresh),
        _generated_now(),
        lambda n: (SYNC / n).read_text(encoding="utf-8") != fresh[n],
        "differs from _async/{}",
    )


def check() -> int:
    return freshness.report(
        drift(),
        what="the sync overlays are",
        source="overlays/dbrest/_async/",
        run="`make generate` (or python generator/unasync_overlays.py)",
        fine="overlays/dbrest/_sync/ is up to date",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if _sync/ differs from a fresh generation")
    if parser.parse_args().check:
        return check()
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
