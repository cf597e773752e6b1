"""A twenty-fourth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first twenty-three sets, with three more
invented forces and their councils whose reference layouts (a crime number carrying the hour it
was recorded, a call number carrying the half of the day, a council number carrying the child's
legal status, a crime number carrying the risk grade, a call number carrying the call sign of the
patrol sent, a council number carrying the child's placement, a crime number carrying its place in
the incident, a call number carrying the language line, a council number carrying the front
door's decision), outcome registers (the PNC bureau's result updates, the exploitation
co-ordinator's closure entry, the evidence review officer's conclusion), suspect name styles (a
Northern Sami name and his spectacles, a Frisian name and his clothing, a Malagasy name and his
voice), date styles, text encodings (ISO 8859-10, ISO 8859-9, code page 866), places and people
appear in none of them; a tenth of the files are image-only scans. `generate` writes the
collection and its ground truth; `score` reads Docket's register through the first set's adapter
and scores it with the second set's code, so the twenty-four sets' figures compare.
"""
