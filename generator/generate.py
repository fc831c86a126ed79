"""`make generate` / `make check-generated`: spec fragments → bundle → codegen view → generated client, and the
spec's x-dbrest-* extensions → overlays/dbrest/_generated (generator/extensions.py).

python generator/generate.py            # rewrite generated/dbrest_client (with the bundle, dbrest_client/openapi.json)
                                        # and overlays/dbrest/_generated
python generator/generate.py --check    # regenerate into a temporary directory; fail, naming files, on drift
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle as bundler  # noqa: E402
import codegen_view  # noqa: E402
import extensions  # noqa: E402
import freshness  # noqa: E402
import unasync_overlays  # noqa: E402

GENERATED = ROOT / "generated" / "dbrest_client"
#: Generated code that lives in the dbrest package (from the spec's x-dbrest-* extensions; generator/extensions.py).
OVERLAY_GENERATED = ROOT / "overlays" / "dbrest" / "_generated"
BUILD = ROOT / "build"


def generate(out_pkg: Path, out_overlay: Path) -> None:
    BUILD.mkdir(exist_ok=True)
    doc = bundler.bundle()
    try:
        ext = extensions.load(doc)  # checked before the slow codegen: a bad extension fails at once
    except extensions.ExtensionError as exc:
        raise SystemExit(f"generate: bad x-dbrest extension in spec/: {exc}") from exc
    text = bundler.dump(doc)
    (BUILD / "openapi.json").write_text(text, encoding="utf-8")
    view, removed = codegen_view.codegen_view(doc)
    print(codegen_view.summary(removed))
    view_path = BUILD / "openapi.codegen.json"
    view_path.write_text(bundler.dump(view), encoding="utf-8")
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    cmd = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(view_path),
        "--meta",
        "none",
        "--output-path",
        str(out_pkg),
        "--overwrite",
        "--config",
        str(HERE / "config.yaml"),
        "--custom-template-path",
        str(HERE / "templates"),
        "--fail-on-warning",
    ]
    result = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generate: openapi-python-client failed (exit {result.returncode})")
    # --meta none writes no py.typed; the package ships one (PEP 561).
    (out_pkg / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    # The bundle ships inside the client (the CLI's `spec` commands read it; the mock, which depends on the client,
    # routes and validates with it): written after codegen, whose --overwrite empties the package directory.
    (out_pkg / "openapi.json").write_text(text, encoding="utf-8")
    import cli_table  # the CLI's command table beside it (generator/cli_table.py)

    cli_table.write(doc, ext, out_pkg)
    for cache in out_pkg.rglob("__pycache__"):
        shutil.rmtree(cache)
    write_overlay(extensions.render(ext, out_pkg), out_overlay)
    n_ops = len(bundler.iter_operations(doc))
    print(
        f"generate: {n_ops} operations, {len(removed)} codegen-view rewrites -> {out_pkg.relative_to(ROOT) if out_pkg.is_relative_to(ROOT) else out_pkg}"
    )


def write_overlay(files: dict[str, str], out: Path) -> None:
    """The rendered x-dbrest modules, fixed and formatted by the project's ruff (lint-clean like the overlays)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"
    config = ["--config", str(ROOT / "pyproject.toml")]
    for args in (["check", "--fix-only", "--quiet", *config], ["format", "--quiet", *config]):
        result = subprocess.run([str(ruff), *args, str(out)], cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"generate: ruff {args[0]} failed on the generated overlay modules")


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def drift(fresh_root: Path, committed_root: Path) -> list[str]:
    """What differs between a fresh generation and the committed tree, one line per file named from the repository
    root: missing, stale (no longer generated) or differing. Public: ``--check`` reports it, and the tests check
    it on trees of their own."""
    committed = _tree(committed_root) if committed_root.exists() else set()
    return freshness.stale(
        str(committed_root.relative_to(ROOT)),
        _tree(fresh_root),
        committed,
        lambda f: not filecmp.cmp(fresh_root / f, committed_root / f, shallow=False),
        "differs",
    )


def check() -> int:
    with tempfile.TemporaryDirectory(prefix="dbrest-check-") as tmp:
        pkg, overlay = Path(tmp) / "dbrest_client", Path(tmp) / "_generated"
        generate(pkg, overlay)
        stale = sorted(drift(pkg, GENERATED) + drift(overlay, OVERLAY_GENERATED))
    return freshness.report(
        stale,
        what="generated files are",
        source="spec/ and generator/",
        run="`make generate`",
        fine="generated/ and overlays/dbrest/_generated are up to date",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    args = parser.parse_args()
    if args.check:
        return check() | unasync_overlays.check()  # both run: every stale file is named
    unasync_overlays.write()  # overlays/dbrest/_sync/ from _async/: no spec involved, so it goes first
    # Generate beside the package and swap it in only on success: a failed run leaves generated/ intact, and
    # stale files (an operation removed from the spec) do not survive a regeneration.
    GENERATED.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".dbrest-gen-", dir=GENERATED.parent) as tmp:
        fresh, overlay = Path(tmp) / "dbrest_client", Path(tmp) / "_generated"
        generate(fresh, overlay)
        for new, old in ((fresh, GENERATED), (overlay, OVERLAY_GENERATED)):
            if old.exists():
                shutil.rmtree(old)
            shutil.move(str(new), old)
    return 0


if __name__ == "__main__":
    sys.exit(main())
