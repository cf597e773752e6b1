"""Which of two spellings of one name is the usual one, and which of two people a respelling
is (search.name_variants.variant_heads through search.name_authority.same_people). Names of a
town of our own, none from the evaluation sets."""

from __future__ import annotations

from search.name_authority import same_people


def test_a_respelling_nearer_the_person_than_the_namesake_is_never_the_namesake_s() -> None:
    # "Marcais Tembusu" respells the surname of Marcais Tembuzu, and both parts of his
    # namesake Marcas Tembuzu, who is named a little more often (also surname first).
    counts = {"marcais tembuzu": 8, "tembuzu marcais": 1, "marcas tembuzu": 9,
              "tembuzu marcas": 2, "marcais tembusu": 2}
    merged = same_people(counts, dict(counts), {"marcais tembusu": 5})
    assert merged.get("marcais tembusu") != "marcas tembuzu"
    assert merged["tembuzu marcas"] == "marcas tembuzu"  # his own index form is still his


def test_the_text_tells_the_usual_spelling_of_a_name_the_recogniser_reads_poorly() -> None:
    # The recogniser found "Odhran Kelawie" in one document (his forename taken for a place
    # elsewhere) and the variant "Odhran Kelawi" in four; the text writes the first in 24.
    merged = same_people({"odhran kelawie": 1, "odhran kelawi": 6},
                         {"odhran kelawie": 1, "odhran kelawi": 4},
                         {"odhran kelawie": 24, "odhran kelawi": 4})
    assert merged == {"odhran kelawi": "odhran kelawie"}


def test_the_recogniser_s_counts_stand_where_it_read_both_names_well() -> None:
    merged = same_people({"odhran kelawie": 1, "odhran kelawi": 6},
                         {"odhran kelawie": 1, "odhran kelawi": 4},
                         {"odhran kelawie": 4, "odhran kelawi": 4})
    assert merged == {"odhran kelawie": "odhran kelawi"}
