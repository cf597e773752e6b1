from __future__ import annotations


def test_a_name_read_with_its_stated_nickname_inside_is_the_person() -> None:
    from ingest.names import names_with_nickname_inside

    stated = {"dodo pellow": "idris owain pellow"}
    people = {"idris owain pellow", "idris owain dodo pellow", "dodo pellow"}
    assert names_with_nickname_inside(stated, people) == {
        "idris owain dodo pellow": "idris owain pellow"}


def test_the_rest_of_a_surname_after_its_prefix_is_no_person() -> None:
    from ingest.names import prefixed_surname_pieces

    counts = {"eilidh mac an-tsaoir": 9, "an tsaoir": 4, "eilidh tsaoir": 1}
    assert prefixed_surname_pieces(counts) == {"an tsaoir"}


def test_a_surname_prefix_written_apart_is_no_forename() -> None:
    from search.name_authority import is_full_name

    assert not is_full_name("mac an-tsaoir")
    assert not is_full_name("mc cardle")
    assert is_full_name("eilidh mac an-tsaoir")


def test_a_surname_with_its_particle_before_another_surname_is_no_full_name() -> None:
    from search.name_authority import is_full_name

    # A Filipino middle name is the mother's maiden surname ("Dela Rosa"), written before the
    # surname: "Dela Rosa Quiambao" has no given name.
    assert not is_full_name("dela rosa quiambao")
    assert is_full_name("maria dela rosa quiambao")


def test_a_name_run_into_the_next_person_s_surname_is_no_one() -> None:
    from ingest.names import names_run_together

    counts = {"bronwen tallis": 14, "bronwen tallis quennell": 1, "rhiannon quennell": 20}
    assert names_run_together(counts) == {"bronwen tallis quennell"}
    # A person's given names written alone beside their full name are no such run.
    assert names_run_together({"imelda joy": 5, "imelda joy quiambao": 12}) == set()
