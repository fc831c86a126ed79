"""The client as a user installs it without the mock extra (issue 15, item 5): a wheel built from this tree,
installed into a fresh venv with its runtime dependencies only, imports and runs `dbrest fs ls` against a mock
served from this (the dev) environment on loopback; `dbrest mock serve` says what to install.

Offline: hatchling (the build backend, pinned in the dev extra) builds the wheel and sdist without build isolation,
and the runtime dependencies named by the wheel's own metadata are copied from this environment's installed
distributions (the same files pip installed here), so no package index is needed. `pip check` in the fresh venv
then confirms they satisfy the wheel's requirements.
"""

from __future__ import annotations

import email
import importlib.metadata
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.extra import SERVER_MODULES
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "dapi-wheel"


def build(target: str, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", target, "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (artifact,) = out.glob("*.whl" if target == "wheel" else "*.tar.gz")
    return artifact


def runtime_requirements(metadata: email.message.Message) -> list[Requirement]:
    """The wheel's Requires-Dist that apply without any extra."""
    reqs = [Requirement(r) for r in metadata.get_all("Requires-Dist") or []]
    return [r for r in reqs if r.marker is None or r.marker.evaluate({"extra": ""})]


def copy_closure(requirements: list[Requirement], site: Path) -> list[str]:
    """Install ``requirements`` and what they need into ``site`` by copying this environment's distributions."""
    done: list[str] = []
    todo = list(requirements)
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in done:
            continue
        dist = importlib.metadata.distribution(req.name)
        assert req.specifier.contains(dist.version, prereleases=True), f"{req} not satisfied by {dist.version}"
        for file in dist.files or []:
            rel = Path(str(file))
            if rel.parts[0] == ".." or "__pycache__" in rel.parts:  # console scripts, bytecode
                continue
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(Path(str(file.locate())), site / rel)
        done.append(name)
        todo += [
            r for r in map(Requirement, dist.requires or []) if r.marker is None or r.marker.evaluate({"extra": ""})
        ]
    return done


@pytest.fixture
def served() -> Iterator[MockServer]:
    server = MockServer(MockConfig(tokens={TOKEN: "admin@example.com"}, admins={"admin@example.com"}))
    try:
        server.serve("127.0.0.1", 0)
        yield server
    finally:
        server.stop()


def test_wheel_without_the_mock_extra(tmp_path: Path, served: MockServer) -> None:
    started = time.monotonic()
    wheel = build("wheel", tmp_path / "dist")
    sdist = build("sdist", tmp_path / "dist")

    # what ships: the bundle inside the client, the data file of `spec coverage`, PEP 561 markers
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in (
        "dbrest_client/openapi.json",
        "dbrest_client/py.typed",
        "dbrest/py.typed",
        "dbrest/data/endpoints.tsv",
        "dbrest_mock/py.typed",
        "dbrest_mock/extra.py",
    ):
        assert shipped in names, shipped
    assert not [
        n
        for n in names
        if n.startswith(("tests/", "generated/", "mock/", "overlays/"))
        or ("openapi.json" in n and not n.startswith("dbrest_client/"))
    ]
    with tarfile.open(sdist) as tar:
        members = {m.split("/", 1)[1] for m in tar.getnames() if "/" in m}
    for shipped in (
        "pyproject.toml",
        "README.md",
        "generated/dbrest_client/openapi.json",
        "overlays/dbrest/data/endpoints.tsv",
    ):
        assert shipped in members, shipped
    (info,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    metadata = email.message_from_bytes(zipfile.ZipFile(wheel).read(info))
    assert "mock" in (metadata.get_all("Provides-Extra") or [])
    runtime = runtime_requirements(metadata)
    assert {canonicalize_name(r.name) for r in runtime} == {"httpx", "attrs", "pybase64", "rich"}

    # a fresh venv: the runtime dependencies, then the wheel itself with pip (no index, no dependencies)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    where = [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
    site = Path(subprocess.run(where, capture_output=True, text=True, check=True).stdout.strip())
    assert site.is_relative_to(venv), site
    copied = copy_closure(runtime, site)
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--no-index", "--no-deps", str(wheel)], check=True, timeout=300)
    check = subprocess.run([*pip, "check"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    installed = subprocess.run([*pip, "list", "--format", "freeze"], capture_output=True, text=True, check=True)
    present = {canonicalize_name(line.split("==")[0]) for line in installed.stdout.split()}
    assert not present & {canonicalize_name(d) for d in SERVER_MODULES.values()}, present
    installed_at = time.monotonic()

    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "NO_PROXY": "*",
        "DATABRICKS_HOST": served.url,
        "DATABRICKS_TOKEN": TOKEN,
    }

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    imported = run(
        str(python),
        "-c",
        "import importlib.util, importlib.resources, json, dbrest, dbrest_client, dbrest_mock\n"
        "doc = json.loads(importlib.resources.files('dbrest_client').joinpath('openapi.json').read_text())\n"
        f"print(doc['openapi'], [m for m in {sorted(SERVER_MODULES)!r} if importlib.util.find_spec(m)])",
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split(" ", 1)[1].strip() == "[]" and imported.stdout.startswith("3.1")

    helped = run(str(venv / "bin" / "dbrest"), "--help")
    assert helped.returncode == 0 and "fs" in helped.stdout, helped.stderr

    httpx.post(
        f"{served.url}/api/2.0/dbfs/mkdirs",
        json={"path": "/from-the-dev-venv"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).raise_for_status()
    listed = run(str(venv / "bin" / "dbrest"), "fs", "ls", "dbfs:/")
    assert listed.returncode == 0, listed.stderr
    assert "from-the-dev-venv" in listed.stdout

    # `spec coverage` reads the packaged bundle and endpoints.tsv: it runs (0, or 3 while operations are missing)
    covered = run(str(venv / "bin" / "dbrest"), "spec", "coverage")
    assert covered.returncode in (0, 3) and "TOTAL" in covered.stdout, covered.stderr

    for serve in ([str(venv / "bin" / "dbrest"), "mock", "serve", "--port", "0"], [str(python), "-m", "dbrest_mock"]):
        refused = run(*serve)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "pip install 'dbrest[mock]'" in refused.stderr and "uvicorn" in refused.stderr
        assert refused.stdout == ""

    # figures for the log (pytest -s): where the time goes
    print(
        f"wheel test: built+installed in {installed_at - started:.1f} s, checks {time.monotonic() - installed_at:.1f} s;"
        f" runtime closure copied: {', '.join(sorted(copied))}; wheel {wheel.stat().st_size // 1024} KiB",
        file=sys.stderr,
    )
