"""A second, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like `bench.cases_eval`, but with three other
invented forces and councils whose references are written in formats the first set never used,
so that grouping rules tuned on the first set meet formats they have not seen. `generate` writes
the collection and its ground truth; `score` reuses the first set's adapter and metrics.
"""
