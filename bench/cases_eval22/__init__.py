"""A twenty-second, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first twenty-one sets, with three more
invented forces and their councils whose reference layouts (a crime number carrying the watch, a
call number led by the line it came in on, a council number carrying the referring agency, a crime
number carrying the station's code, a call number ending in the hour of the call, a council number
ending in its RAG rating, a crime number carrying the shift, a call number carrying the weekday, a
council number carrying the child's plan), outcome registers (the Victims' Code contact entries,
the crime registrar's finalisation, the detective inspector's closing minute), suspect name styles
(a Catalan name and his hair colour, a Swedish name and his build, a Somali name and his accent),
date styles, text encodings (Mac Romanian, UTF-32 big-endian, Windows-1256), places and people
appear in none of them; a tenth of the files are image-only scans. `generate` writes the
collection and its ground truth; `score` reads Docket's register through the first set's adapter
and scores it with the second set's code, so the twenty-two sets' figures compare.
"""
