"""A fourteenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first thirteen sets, with three more invented
forces and their councils whose reference layouts (a crime number shaped like a file's URN with a
station's letters, an incident number holding the date as YYYYMMDD, a Storm log holding it as DDMMYY,
an incident number holding the quarter of the year, a council number with the year and serial run
together), outcome registers (a grid of result boxes, a supervisor's closing rationale, a closure
checklist's answers), suspect name styles (a Latvian name with the nationality, a Georgian name
with the place of birth, an Igbo name with the prison number), date styles, text encodings
(ISO-8859-13, ISO-8859-15, bare CR line ends), places and people appear in none of them; a tenth of
the files are image-only scans. `generate` writes the collection and its ground truth; `score` reads
Docket's register through the first set's adapter and scores it with the second set's code, so the
fourteen sets' figures compare.
"""
