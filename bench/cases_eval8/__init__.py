"""An eighth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first seven sets, with three more invented
forces and their councils whose reference layouts, letterheads, outcome wordings, suspect name
styles, naming traditions, file formats (OpenDocument slides, text in ISO-8859-1 and ISO-8859-2,
quoted-printable and base64 e-mail, PNG scans), places and people appear in none of them, a tenth
of the files image-only scans. `generate` writes the collection and its ground truth; `score` reads
Docket's register through the first set's adapter and scores it with the second set's code, so the
eight sets' figures compare.
"""
