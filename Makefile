# The two commands of the README, and the checks behind them.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test test-netns lint check stop bench bench-quick

setup:
	@bash scripts/setup.sh

demo: setup
	$(VENV)/bin/docket demo

test: setup
	$(PY) -m pytest -q

# The fault test across network namespaces, alone (root; about ten minutes).
test-netns: setup
	$(PY) -m pytest -m netns -v tests/cluster/test_netns_faults.py

lint:
	$(VENV)/bin/ruff check config search ingest api tests bench

check: lint test

# Every ratio of PRODUCT.md section 8, side by side; `make bench BENCH_ARGS=--quick` for a short run.
bench: setup
	$(PY) -m bench.run $(BENCH_ARGS)

bench-quick: setup
	$(PY) -m bench.run --quick

stop:
	$(VENV)/bin/docket opensearch stop
