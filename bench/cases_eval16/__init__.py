"""A sixteenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first fifteen sets, with three more invented
forces and their councils whose reference layouts (a crime number with only the last digit of
its year, a log number that is the ISO week date of the call, a crime number whose year is a
letter, a crime number carrying the month, a dispatch ticket with a check digit, a council number
carrying a team's compass letter), outcome registers (a status history, a daily management
meeting's items, a question-and-answer review form), suspect name styles (a Bosnian name with the
eye colour, a Basque name with both surnames and the CRO number, a Finnish name with the build),
date styles (month first among them), text encodings (Windows-1250, code page 850, Mac Roman),
places and people appear in none of them; a tenth of the files are image-only scans. `generate`
writes the collection and its ground truth; `score` reads Docket's register through the first
set's adapter and scores it with the second set's code, so the sixteen sets' figures compare.
"""
