"""The kinds spaCy's named-entity recogniser finds (``ingest.entities``): people, organisations,
places and dates. They have no pattern; their keys come from ``search.names`` (name rules for
people, folded text for the rest), and their display is the most frequent form as written.

They rank below every pattern kind: a validated pattern beats spaCy's guess ("1187" as a date).
"""

from __future__ import annotations

from search.entity_kinds.declaration import EntityKind

KINDS = (
    EntityKind("person", "Person", "People", order=10, precedence=4, facet=True),
    EntityKind("org", "Organisation", "Organisations", order=20, precedence=3, facet=True),
    EntityKind("place", "Place", "Places", order=30, precedence=2, facet=True),
    EntityKind("date", "Date", "Dates", order=40, precedence=1, linked=False, lookup=False),
)
