# dbrest — every target installs what it needs on first use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PORT ?= 8080
TOKEN ?=
URL ?=

PEERS := .venv-peers
PEERS_STAMP := $(PEERS)/.installed-sdk0.29.0-cli0.18.0

# Today's databricks-sdk: too new to share .venv-peers with databricks-cli 0.18.0 and SDK 0.29.0.
SDK := .venv-sdk
SDK_VERSION := 0.162.0
SDK_STAMP := $(SDK)/.installed-sdk$(SDK_VERSION)

BENCH := .venv-bench
BENCH_STAMP := $(BENCH)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)-client-mpl3.11.2

.PHONY: install peers peers-sdk drift spec generate check-generated lint docs test interop demo mock contract bench soak clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	@$(PY) -m pip install --quiet -e '.[dev,mock]' 2>&1 | grep -v '^WARNING: Location' || true
	@$(PY) -c 'import dbrest_client, dbrest_mock.server, schemathesis' || (echo "install failed" >&2; exit 1)
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

$(NODE_STAMP): package.json package-lock.json
	@npm ci --no-audit --no-fund --loglevel=error 2>&1 | grep -v 'Unknown user config' || true
	@test -x node_modules/.bin/redocly || (echo "npm ci failed" >&2; exit 1)
	@rm -f node_modules/.installed-* && touch $(NODE_STAMP)

# Bundle, validate (openapi-spec-validator), lint (Redocly, rules justified in redocly.yaml), coverage table.
# The clients we interoperate with and measure against, in their own environment (never in .venv).
peers: $(PEERS_STAMP)

$(PEERS_STAMP):
	@test -x $(PEERS)/bin/python || $(PYTHON) -m venv $(PEERS)
	@$(PEERS)/bin/python -m pip install --quiet databricks-sdk==0.29.0 databricks-cli==0.18.0 2>&1 | grep -v '^WARNING: Location' || true
	@$(PEERS)/bin/python -c 'import databricks.sdk, databricks_cli' || (echo "peers install failed" >&2; exit 1)
	@touch $(PEERS_STAMP)

peers-sdk: $(SDK_STAMP)

$(SDK_STAMP):
	@test -x $(SDK)/bin/python || $(PYTHON) -m venv $(SDK)
	@$(SDK)/bin/python -m pip install --quiet databricks-sdk==$(SDK_VERSION) 2>&1 | grep -v '^WARNING: Location' || true
	@$(SDK)/bin/python -c 'import databricks.sdk.version as v; assert v.__version__ == "$(SDK_VERSION)", v.__version__' \
		|| (echo "peers-sdk install failed" >&2; exit 1)
	@rm -f $(SDK)/.installed-* && touch $(SDK_STAMP)

spec: install $(NODE_STAMP)
	$(PY) generator/bundle.py
	$(VENV)/bin/openapi-spec-validator build/openapi.json
	node_modules/.bin/redocly lint build/openapi.json --config redocly.yaml --format=summary 2>&1 | grep -v -e '^ *║' -e '^ *╔' -e '^ *╚'; test $${PIPESTATUS[0]} -eq 0
	$(PY) generator/coverage.py

generate: install
	$(PY) generator/generate.py

check-generated: install
	$(PY) generator/generate.py --check

lint: install
	$(VENV)/bin/ruff check overlays mock tests generator examples benchmarks
	$(VENV)/bin/ruff format --check overlays mock tests generator examples benchmarks
	$(VENV)/bin/mypy --strict overlays/dbrest mock/dbrest_mock
	$(VENV)/bin/mypy --strict generated/dbrest_client
	$(VENV)/bin/mypy --strict tests/soak

# The documentation site (mkdocs.yml): docs/*.md plus one page per service generated from the spec at build time,
# into build/site; any warning (a broken link, a page left out of the nav, a docstring griffe cannot read) fails
# it. Its Python examples are run by tests/docs. NO_MKDOCS_2_WARNING: Material's end-of-life banner, not a
# warning about this site.
docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir build/site

test: spec check-generated lint docs peers peers-sdk
	$(VENV)/bin/pytest -q -n 2 tests

interop: install peers peers-sdk
	$(VENV)/bin/pytest -q tests/interop

# The spec against today's databricks-sdk (fields, enum values, operations): prints the share of the SDK's wire
# fields the spec has and writes the full report to reference/drift.md (a test checks that file is current).
drift: install peers-sdk
	@$(PY) generator/bundle.py >/dev/null
	$(VENV)/bin/dbrest spec drift --spec build/openapi.json --sdk-python $(SDK)/bin/python --write reference/drift.md

# dbrest as a user installs it (runtime dependencies only, editable = the work tree) + matplotlib for the charts.
# Not the mock extra: uvicorn brings click, and httpx then imports its command-line module (~20 ms) on every
# `import httpx`, which a user's `pip install dbrest` does not pay. The mock runs from .venv. Rebuilt from scratch so
# that nothing of an older, fuller install stays behind.
$(BENCH_STAMP): pyproject.toml
	@rm -rf $(BENCH) && $(PYTHON) -m venv $(BENCH)
	@$(BENCH)/bin/python -m pip install --quiet -e . matplotlib==3.11.2 2>&1 | grep -v '^WARNING: Location' || true
	@$(BENCH)/bin/python -c 'import dbrest, matplotlib, importlib.util as u; assert u.find_spec("click") is None' \
		|| (echo "bench install failed" >&2; exit 1)
	@rm -f $(BENCH)/.installed-* && touch $(BENCH_STAMP)

# Side by side with databricks-sdk and databricks-cli on the mock; writes benchmarks/results.md and .png.
bench: install peers peers-sdk $(BENCH_STAMP)
	$(BENCH)/bin/python benchmarks/run.py $(BENCH_ARGS)

# 8 sync + 8 async clients against one mock process that injects 503s, 429s, dropped connections and latency
# for SOAK_SECONDS (default 180); every byte and waited state is checked. Writes benchmarks/soak.md and .json;
# fails on any loss or unexpected error.
soak: install
	$(PY) -m tests.soak

# A tour for a person: the regeneration's report goes to build/generate.log, not the screen.
demo: install
	@mkdir -p build
	@$(PY) generator/generate.py > build/generate.log 2>&1 || (cat build/generate.log >&2; exit 1)
	@echo "client regenerated from spec/ (details: build/generate.log)"
	@$(PY) examples/demo.py

mock: install
	$(PY) -m dbrest_mock --host 127.0.0.1 --port $(PORT) $(if $(TOKEN),--token $(TOKEN),)

# Against the embedded mock: every operation, all phases. With URL=https://... TOKEN=...: the read-only subset
# against a live workspace (one process, so the rate limit holds; the token goes by environment, not argv).
contract: install
ifeq ($(URL),)
	$(VENV)/bin/pytest -q -n 2 tests/contract
else
	@DATABRICKS_TOKEN="$(or $(TOKEN),$(DATABRICKS_TOKEN))" $(VENV)/bin/pytest -q -p no:xdist tests/contract/test_live.py --live-url "$(URL)"
endif

clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
