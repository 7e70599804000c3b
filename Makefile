# The two commands of the README:  `make demo`  and  `make test`.
# Both install what they need (system packages, then a virtual environment)
# and are fast when everything is already there.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
AS_OF ?= 2026-11-30

.PHONY: demo test setup setup-dev system-deps system-deps-dev lint samples screenshot clean

system-deps:
	@bash scripts/install-system-deps.sh

# The tests also drive Debian's Chromium (the web page's end-to-end tests).
system-deps-dev:
	@bash scripts/install-system-deps.sh --browser

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	@touch $@

$(VENV)/.stamp-dev: pyproject.toml $(VENV)/.stamp-run
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

setup: system-deps $(VENV)/.stamp-run

setup-dev: system-deps-dev $(VENV)/.stamp-dev

# The extracted text of the sample dossiers, then the verdict on each of them
# (`scan` exits 1 when a dossier has gaps, as most samples do, 5 when one is to verify by hand: that is the demo).
demo: setup
	$(VENV)/bin/docscheck extract samples -q
	$(VENV)/bin/docscheck scan samples --as-of $(AS_OF) -q || { rc=$$?; [ $$rc -eq 1 ] || [ $$rc -eq 5 ]; }

lint: setup-dev
	$(VENV)/bin/ruff check docscheck tests benchmarks synth
	$(VENV)/bin/mypy

test: lint
	$(VENV)/bin/pytest -q

samples: setup-dev
	$(PY) -m synth samples

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

screenshot: setup
	bash scripts/screenshot.sh
