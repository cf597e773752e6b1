"""A fifteenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first fourteen sets, with three more invented
forces and their councils whose reference layouts (a crime number with a division's digit, an
event number that is the date and minute of the call, an incident number within a fortnight of
the year, a call number with no year), outcome registers (key=value audit lines, an inspector's
endorsement, a decision table row), suspect name styles (an Icelandic name with the height, an
Estonian name with a mark, a Maltese name with the hair), date styles, text encodings (Mac
Icelandic, Windows-1257, decomposed UTF-8), places and people appear in none of them; a tenth of
the files are image-only scans. `generate` writes the collection and its ground truth; `score`
reads Docket's register through the first set's adapter and scores it with the second set's code,
so the fifteen sets' figures compare.
"""
