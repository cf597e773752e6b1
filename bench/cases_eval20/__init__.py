"""A twentieth, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first nineteen sets, with three more invented
forces and their councils whose reference layouts (a crime number carrying the offence class, a call
number carrying the channel it came in on, a council number carrying the allocated team, a crime
number ending in the district, a call number carrying the control room shift, a council number
carrying the ward, a crime number carrying the investigating team, a call number carrying the
call-handling centre, a council number ending in the assessment type), outcome registers (the
investigation plan's final review, the daily management meeting's decision, the divisional DI's
finalisation stamp), suspect name styles (a Croatian name and the interpreter he needs, a Quebec
French name and his handedness, an Irish name and his accent), date styles, text encodings (Mac
Croatian, DOS code page 863, HP Roman-8), places and people appear in none of them; a tenth of the
files are image-only scans. `generate` writes the collection and its ground truth; `score` reads
Docket's register through the first set's adapter and scores it with the second set's code, so the
twenty sets' figures compare.
"""
