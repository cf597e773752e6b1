"""An eighteenth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first seventeen sets, with three more invented
forces and their councils whose reference layouts (a crime number keyed to the half-year, a call
number keyed to the fortnight of the year, a council number keyed to the school term, a crime number
carrying an offence class letter, a control room log number carrying the month's abbreviation, a
council number carrying the ward, a crime serial printed in two groups of three digits, an event
number carrying the hour of the call, a council number carrying the team), outcome registers (a
log of text messages to the carer, a records store retention slip, an officer's handover note),
suspect name styles (a Slovak name and his weight in stones, a Bulgarian name and his passport
number, a Slovene name and his warning markers), date styles, text encodings (the Mac Central
European code page with CR line ends, DOS Portuguese code page 860, ISO-8859-16), places and
people appear in none of them; a tenth of the files are image-only scans. `generate` writes the
collection and its ground truth; `score` reads Docket's register through the first set's adapter
and scores it with the second set's code, so the eighteen sets' figures compare.
"""
