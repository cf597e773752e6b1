"""A twenty-third, independent evaluation set for the case register (issue 21).

Written from the issue and PRODUCT.md alone, like the first twenty-two sets, with three more
invented forces and their councils whose reference layouts (a crime number carrying the initials
of the clerk who entered it, a call number carrying the kind of caller, a council number carrying
the child's age, a crime number carrying the beat, a call number carrying the week of the month, a
council number carrying how the referral arrived, a crime number carrying how the crime was
reported, a call number ending in the day of the month, a council number carrying the level of
need), outcome registers (the senior investigating officer's policy file, the quality assurance
sign-off, the archive transfer sheet), suspect name styles (a Czech name and his complexion, a
Portuguese name and his marital status, a Zulu name and a piercing), date styles, text encodings
(ISO 8859-2, code page 858, Windows-1253), places and people appear in none of them; a tenth of
the files are image-only scans. `generate` writes the collection and its ground truth; `score`
reads Docket's register through the first set's adapter and scores it with the second set's code,
so the twenty-three sets' figures compare.
"""
