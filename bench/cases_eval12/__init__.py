"""A twelfth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first eleven sets, with three more invented
forces and their councils whose reference layouts (a hash sign in a crime number, a division in
Roman numerals, a log number holding the shift letter, a monthly log serial, Section 47 and
Section 17 enquiry numbers), letterheads, outcome wordings, suspect name styles (a Turkish name
with the name he is known by, a Romanian name family first with hyphenated given names, an
Eritrean name with the year of birth), date styles, file encodings (UTF-8 with a byte-order mark,
ISO-8859-1 text, base64 e-mails), written forms of vehicles, phones and addresses, places and
people appear in none of them; a tenth of the files are image-only scans. `generate` writes the
collection and its ground truth; `score` reads Docket's register through the first set's adapter
and scores it with the second set's code, so the twelve sets' figures compare.
"""
