"""Docket's benchmarks: ``make bench`` (``python -m bench.run``) prints every ratio side by side."""
