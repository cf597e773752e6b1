"""A tenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first nine sets, with three more invented
forces and their councils whose reference layouts (a day-of-year log number, a month written in
letters inside a log number, a council number with no year, a person number with an episode),
letterheads, outcome wordings (Home Office outcome numbers on a closure form, a supervisor's
write-off in an investigation log, results as notified to the council), suspect name styles
(a Vietnamese name family first with its accents, a Tamil name with the father's name first and
the date of birth, an Akan name surname first with the record office number), date styles,
written forms of vehicles, phones and addresses, places and people appear in none of them; a
tenth of the files are image-only scans. `generate` writes the collection and its ground truth;
`score` reads Docket's register through the first set's adapter and scores it with the second
set's code, so the ten sets' figures compare.
"""
