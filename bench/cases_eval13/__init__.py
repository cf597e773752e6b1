"""A thirteenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first twelve sets, with three more invented
forces and their councils whose reference layouts (a CAD number holding the date with the month in
letters, a log number holding the day of the year, a crime number ending in a check letter, an
incident number led by the weekday, a council number holding the financial year), letterheads,
outcome wordings, suspect name styles (a Colombian name with the identity code, a Yoruba name with the
National Insurance number, a Punjabi Sikh name with the occupation), date styles, file encodings
(Windows-1252 and UTF-16 text, quoted-printable e-mails), written forms of vehicles, phones and
addresses, places and people appear in none of them; a tenth of the files are image-only scans.
`generate` writes the collection and its ground truth; `score` reads Docket's register through the
first set's adapter and scores it with the second set's code, so the thirteen sets' figures compare.
"""
