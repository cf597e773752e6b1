# The two commands of the README, and the checks behind them.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint check stop bench

setup:
	@bash scripts/setup.sh

demo: setup
	$(VENV)/bin/docket demo

test: setup
	$(PY) -m pytest -q

lint:
	$(VENV)/bin/ruff check config search ingest api tests bench

check: lint test

stop:
	$(VENV)/bin/docket opensearch stop
