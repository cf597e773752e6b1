"""An eleventh, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first ten sets, with three more invented
forces and their councils whose reference layouts (a station code inside a crime number, a log
number holding the day and month, a quarter of the year in a log number, a panel letter after a
council number), letterheads, outcome wordings, suspect name styles (an Armenian name with the
man's age, a Sinhala name family first with a PNC identifier, a Filipino name with the date of
birth after a comma), date styles, file encodings (UTF-16 text, HTML e-mails), written forms of
vehicles, phones and addresses, places and people appear in none of them; a tenth of the files
are image-only scans. `generate` writes the collection and its ground truth; `score` reads
Docket's register through the first set's adapter and scores it with the second set's code, so
the eleven sets' figures compare.
"""
