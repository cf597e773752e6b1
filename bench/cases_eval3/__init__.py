"""A third, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like `bench.cases_eval` and `bench.cases_eval2`,
with three more invented forces and councils whose reference layouts, outcome wordings, name
styles, places and people appear in neither earlier set, and with a tenth of the files as image-only
scans. `generate` writes the collection and its ground truth; `score` reads Docket's register
through the first set's adapter and scores it with the second set's code, so the figures of the
three sets compare.
"""
