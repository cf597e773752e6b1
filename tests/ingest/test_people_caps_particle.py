"""An index form whose surname's particle is written in capitals with it (invented names)."""

from __future__ import annotations

from ingest.people import person_spans
from search.names import person_key


def test_a_particle_in_capitals_before_an_index_form_s_surname_is_the_surname_s() -> None:
    spans = person_spans("Hi LI BASSO, Orsola Nives - the bus was late.")
    assert max((s.end - s.start, person_key(s.text)) for s in spans)[1] == "orsola nives li basso"
    spans = person_spans("Seen: VAN DER TOORN, Petra")
    assert max((s.end - s.start, person_key(s.text)) for s in spans)[1] == "petra van der toorn"


def test_capitals_before_an_index_form_that_are_no_particle_stay_out() -> None:
    spans = person_spans("NOTE BASSO, Orsola")
    assert {person_key(s.text) for s in spans} == {"orsola basso"}
