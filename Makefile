# Two commands on a fresh machine: `make run` publishes datapackage/ from raw/, `make test` runs the tests.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: setup system-packages run test docs bench clean db browse screenshot

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

run: setup
	$(BIN)/policydata publish --raw raw --package datapackage

# Debian packages the tests need (Chromium, a Chinese font): installed when missing, else nothing runs.
system-packages:
	.ci/system-packages

test: setup system-packages
	$(BIN)/python -m pytest

docs: setup
	$(BIN)/policydata docs

bench: setup
	$(BIN)/python benchmarks/extract_targets.py
	$(BIN)/python benchmarks/validate.py
	$(BIN)/python benchmarks/extract_corpus.py
	$(BIN)/python benchmarks/corpus.py --reports 200  # --reports 1000 for the figures in the closing notes

# The package as one SQLite database (git-ignored), rebuilt every time: two runs give identical bytes.
DB := datapackage.db
db: setup
	$(BIN)/policydata sqlite --package datapackage --db $(DB)

# Datasette on http://127.0.0.1:8001/ over that database (built first when missing or stale).
browse: setup
	$(BIN)/policydata browse --package datapackage --db $(DB)

# Refresh the README's screenshot (docs/browse-targets.png) from the browser test; `make test` never writes it.
screenshot: setup system-packages
	POLICYDATA_SCREENSHOT=$(CURDIR)/docs/browse-targets.png $(BIN)/python -m pytest -q tests/test_browse.py -k browser

clean:
	rm -rf $(VENV) .prefect .pytest_cache
