"""A nickname between slashes inside a name, as a register marks it (the seventeenth names
round, invented names): no word of the name, no hierarchy's slash, and a stated nickname."""

from __future__ import annotations

from search.name_kinds import name_kind
from search.name_statements import stated_inner_nicknames
from search.names import person_display, person_key


def test_a_slashed_nickname_is_no_word_of_the_name() -> None:
    assert person_key("Tamsin /Tam/ Pellow") == "tamsin pellow"
    assert person_display("Tamsin /Tam/ Pellow") == "Tamsin Pellow"


def test_a_slashed_nickname_is_no_hierarchy_s_slash() -> None:
    assert name_kind("person", "Tamsin /Tam/ Pellow") == ("person", "Tamsin /Tam/ Pellow")
    assert name_kind("person", "Ann Ruddock/SAFEG/NORTHSHIRE") == ("person", "Ann Ruddock")


def test_a_slashed_nickname_is_stated() -> None:
    assert stated_inner_nicknames("Seen by: Tamsin /Tam/ Pellow\n",
                                  {"tamsin pellow": "tamsin pellow"}) == [
        ("tam pellow", "tamsin pellow")]


def test_no_name_is_read_across_a_table_s_cells() -> None:
    from search.name_authority import NameAuthority, Person
    people = [Person("tamsin jo pike", "Tamsin Jo Pike", named=9, documents=9, middles={"jo"}),
              Person("orla pike", "Orla Pike", named=9, documents=9)]
    # "PIKE<tab>Orla" is no index form of Orla Pike: the surname ends one cell.
    found = NameAuthority(people).find("bag\tT.0027 = Tamsin (Tam) PIKE\tOrla /Ola/ Pike\n")
    assert not any("\t" in lk.text for lk in found), found


def test_a_word_broken_by_a_hyphen_before_small_letters_is_one_word() -> None:
    assert person_key("Elspeth Mo-rendi") == person_key("E-lspeth Morendi") == "elspeth morendi"
    assert person_key("Orla Pike-Holm") == "orla pike-holm"  # a double-barrelled surname
    assert person_key("Omar Al-hassan") == "omar al-hassan"  # a particle's hyphen


def test_a_broken_word_is_shown_whole_so_the_name_typed_finds_it() -> None:
    assert person_display("Elspeth Mo-rendi") == "Elspeth Morendi"
    # Capitals: no break, and the part after the hyphen keeps its capital, so the name shown,
    # read again, keeps its key (a "Lee-bottomley" would read as a broken word).
    assert person_display("ANN LEE-BOTTOMLEY") == "Ann Lee-Bottomley"
    assert person_key(person_display("ANN LEE-BOTTOMLEY")) == person_key("ANN LEE-BOTTOMLEY")
