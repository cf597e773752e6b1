"""A twenty-first, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first twenty sets, with three more invented
forces and their councils whose reference layouts (a crime number carrying the crime recording
bureau's desk, a call number ending in the response grade, a council number carrying the locality,
a crime number carrying a letter for the month it was recorded in, a call number carrying the radio
talkgroup, a council number led by the route the concern came by, a crime number carrying the
division in Roman numerals, a call number carrying the call-taking desk, a council number ending in
the category of abuse), outcome registers (the ISVA liaison entries, the witness care unit's
entries, the tasking and coordination group's resolution), suspect name styles (a Faroese name and
his facial hair, a Kurmanji name and the languages he speaks, an Albanian name and his gait), date
styles, text encodings (DOS code page 861, Mac Turkish, UTF-32), places and people appear in none of
them; a tenth of the files are image-only scans. `generate` writes the collection and its ground
truth; `score` reads Docket's register through the first set's adapter and scores it with the
second set's code, so the twenty-one sets' figures compare.
"""
