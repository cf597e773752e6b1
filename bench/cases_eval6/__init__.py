"""A sixth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first five sets, with three more invented
forces and their councils whose reference layouts, letterheads, outcome wordings, suspect name
styles, file formats (CSV and XLSX exports, RTF, ODT, HTML-only e-mail, forwarded chains), places
and people appear in none of them, a tenth of the files image-only scans. `generate` writes the
collection and its ground truth; `score` reads Docket's register through the first set's adapter
and scores it with the second set's code, so the six sets' figures compare.
"""
