"""A seventh, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first six sets, with three more invented
forces and their councils whose reference layouts, letterheads, outcome wordings, suspect name
styles, naming traditions, file formats (XML, ODS, PPTX, text in three encodings, text-and-HTML
e-mail, TIFF and JPEG scans), places and people appear in none of them, a tenth of the files
image-only scans. `generate` writes the collection and its ground truth; `score` reads Docket's
register through the first set's adapter and scores it with the second set's code, so the seven
sets' figures compare.
"""
