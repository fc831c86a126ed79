"""Every ```python block of the documentation runs and succeeds, each on its own (issue 17, item 5).

Each block is a standalone script run with this interpreter in a fresh temporary directory, with a HOME of its
own and no DATABRICKS_* variables (an example must not read the developer's ~/.databrickscfg or reach a real
workspace); a block whose first line is ``# test_<name>.py`` is written under that name and run with pytest.
A test id names the block (``client/errors.md:42``) so a failure points at the page and line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .examples import Block, UnclosedFence, blocks_of, doc_blocks, python_blocks

TIMEOUT = 60  # seconds per block; each starts its own in-process mock, a couple of seconds on a shared core

BLOCKS = python_blocks()


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABRICKS_", "PYTEST_", "COV_"))}
    env.update(HOME=str(home), PYTHONDONTWRITEBYTECODE="1", NO_COLOR="1")
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(proxy, None)
    return env


#: databricks-sdk 0.162.0 in its own pinned venv (`make peers-sdk`, a prerequisite of `make test`).
SDK_VENV = Path(__file__).resolve().parents[2] / ".venv-sdk"


def _sdk_site() -> str:
    """The SDK venv's site-packages, for examples that show databricks-sdk against the mock."""
    found = sorted(SDK_VENV.glob("lib/python3*/site-packages"))
    if not found:
        pytest.fail(f"this example needs databricks-sdk: run `make peers-sdk` (no {SDK_VENV})")
    return str(found[0])


def run_block(block: Block, workdir: Path) -> subprocess.CompletedProcess[str]:
    home = workdir / "home"
    home.mkdir()
    name = block.pytest_name
    # An example written for databricks-sdk runs with this interpreter and the SDK venv's packages appended to
    # its path, last: dbrest_mock comes from here, only what is missing here (the SDK, requests) from there.
    prefix = f"import sys; sys.path.append({_sdk_site()!r}); " if "databricks.sdk" in block.code else ""
    if name is not None:
        (workdir / name).write_text(block.code, encoding="utf-8")
        args = ["-q", "-p", "no:cacheprovider", "-p", "no:xdist", name]
        argv = [sys.executable, "-c", f"{prefix}import pytest; sys.exit(pytest.main({args!r}))"]
        if not prefix:
            argv = [sys.executable, "-m", "pytest", *args]
    else:
        (workdir / "example.py").write_text(block.code, encoding="utf-8")
        argv = [sys.executable, "-c", f"{prefix}import runpy; runpy.run_path('example.py', run_name='__main__')"]
        if not prefix:
            argv = [sys.executable, "example.py"]
    return subprocess.run(
        argv, cwd=workdir, env=_env(home), capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
    )


def test_the_docs_have_examples() -> None:
    # the parametrised test below would pass vacuously if the extractor found nothing
    assert len(BLOCKS) >= 10, [b.id for b in BLOCKS]
    assert any(b.pytest_name for b in BLOCKS), "no pytest-file example found"


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_example_runs(block: Block, tmp_path: Path) -> None:
    result = run_block(block, tmp_path)
    assert result.returncode == 0, (
        f"{block.id} failed (exit {result.returncode})\n--- code\n{block.code}\n--- stdout\n{result.stdout[-4000:]}"
        f"\n--- stderr\n{result.stderr[-4000:]}"
    )
    if block.pytest_name is not None:
        assert " passed" in result.stdout and " failed" not in result.stdout, result.stdout


#: What a block that is not run may be: shell sessions, file contents, diagrams. Python is always run.
NOT_RUN = {"console", "bash", "sh", "shell", "text", "json", "yaml", "toml", "ini", "http", "diff"}


def test_every_block_declares_a_language_and_python_is_never_hidden() -> None:
    for block in doc_blocks():
        if block.language in ("python", "py", "python3"):
            continue
        assert block.language in NOT_RUN, f"{block.id}: tag the block python (it is run) or one of {sorted(NOT_RUN)}"
        first = block.code.lstrip().split("\n", 1)[0]
        assert not first.startswith(("import ", "from ", "def ", "class ")), (
            f"{block.id} looks like Python but is tagged {block.language!r}, so no test would run it"
        )


def test_a_failing_example_fails(tmp_path: Path) -> None:
    result = run_block(Block("x.md", 1, "python", "raise SystemExit('boom')\n"), tmp_path)
    assert result.returncode != 0 and "boom" in result.stderr


def test_a_failing_pytest_example_fails(tmp_path: Path) -> None:
    code = "# test_fails.py\ndef test_it():\n    assert 1 == 2\n"
    result = run_block(Block("x.md", 1, "python", code), tmp_path)
    assert result.returncode == 1 and "1 failed" in result.stdout


def test_examples_do_not_see_the_callers_credentials(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-from-the-developer")
    code = "import os, pathlib\nassert 'DATABRICKS_TOKEN' not in os.environ\nprint(pathlib.Path.home())\n"
    result = run_block(Block("x.md", 1, "python", code), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "home")


def test_blocks_are_found_with_their_line_language_and_indent() -> None:
    text = "\n".join(
        [
            "# Title",  # 1
            "```python",  # 2
            "print(1)",
            "```",
            "",
            "1. a step",  # 6
            "    ```python",  # 7
            "    # test_thing.py",
            "    def test_x(): pass",
            "    ```",
            "",
            "````console",  # 12
            "$ dbrest fs ls",
            "```",
            "````",
        ]
    )
    blocks = blocks_of(text, "page.md")
    assert [(b.line, b.language) for b in blocks] == [(2, "python"), (7, "python"), (12, "console")]
    assert blocks[0].code == "print(1)\n"
    assert blocks[1].pytest_name == "test_thing.py"
    assert blocks[1].code == "# test_thing.py\ndef test_x(): pass\n"
    assert blocks[2].code == "$ dbrest fs ls\n```\n"


def test_an_unclosed_fence_is_an_error() -> None:
    with pytest.raises(UnclosedFence, match=r"page\.md:2"):
        blocks_of("text\n```python\nprint(1)\n", "page.md")
