"""A person search whose name gives an empty form answers, not a server error (names28)."""

from __future__ import annotations

from search.names import short_particle_spellings


def test_an_empty_form_of_a_name_has_no_short_particles() -> None:
    # A person search built an empty form for a Gaelic name and failed with a server error.
    assert short_particle_spellings("") == []
