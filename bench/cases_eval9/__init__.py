"""A ninth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first eight sets, with three more invented
forces and their councils whose reference layouts, letterheads, outcome wordings (victim
updates, an SIO's decision log, a crime system's finalisation screen), suspect name styles
(a Cantonese family name first with an English name, a custody number after the name, a Latin
name with its Cyrillic spelling), date styles, written forms of vehicles, phones and addresses,
places and people appear in none of them; a tenth of the files are image-only scans. `generate`
writes the collection and its ground truth; `score` reads Docket's register through the first
set's adapter and scores it with the second set's code, so the nine sets' figures compare.
"""
