"""A seventeenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first sixteen sets, with three more invented
forces and their councils whose reference layouts (a crime number keyed to the financial year, a
CAD number carrying the month in Roman numerals, a crime number with a thousands comma, a message
number counting the days since 1 January 2000, a council number carrying a month letter, a crime
number carrying its division, a log number keyed to the Sunday that ends its week), outcome
registers (disposal codes on a finalisation slip, an officer's crime diary, a superintendent's
authority to finalise), suspect name styles (a Czech name and his occupation, an Azerbaijani name
and his PNC number, a Greek name and his height in feet and inches), date styles, text encodings
(DOS Latin-2, UTF-16 big-endian, the IBM PC code page 437), places and people appear in none of them; a
tenth of the files are image-only scans. `generate` writes the collection and its ground truth;
`score` reads Docket's register through the first set's adapter and scores it with the second
set's code, so the seventeen sets' figures compare.
"""
