"""A nineteenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first eighteen sets, with three more invented
forces and their councils whose reference layouts (a crime number ending in a split letter, a call
number carrying the radio talkgroup, a council number ending in the referral's source, a crime
number carrying the records system, a call number carrying the call-taker's console, a council
number of a family and the child's place in it, a crime number carrying the policing sector, a call
number carrying the response grade, a council number carrying the school year group), outcome
registers (the crime registrar's audit entries, the press office's media line, the case
progression unit's disposal entry), suspect name styles (a Welsh name and his tattoo, a Norwegian
name and his shoe size, a Lithuanian name and his custody photograph number), date styles, text
encodings (ISO-8859-14, DOS code pages 865 and 775), places and people appear in none of them; a
tenth of the files are image-only scans. `generate` writes the collection and its ground truth;
`score` reads Docket's register through the first set's adapter and scores it with the second set's
code, so the nineteen sets' figures compare.
"""
