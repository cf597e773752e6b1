"""Titles of the seventeenth names round (invented names): a title in square brackets after
the surname, a detective's "(D)" after a rank, and a filed title before a form's next field."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person

PEOPLE = [Person("maren tolliver", "Maren Tolliver", titles={"ds"}, named=5, documents=5),
          Person("dario okoro", "Dario Okoro", titles={"dc"}, named=5, documents=5),
          Person("ines pardew", "Ines Pardew", titles={"mrs"}, named=5, documents=5),
          Person("hal brisket", "Hal Brisket", titles={"di"}, named=5, documents=5)]


def _links(text: str) -> dict[str, str | None]:
    return {link.text: link.key for link in NameAuthority(PEOPLE).find(text)}


@pytest.mark.parametrize(("text", "written", "key"), [
    ("Seen with Pardew [Mrs].", "Pardew [Mrs", "ines pardew"),
    ("FAO Brisket [DI]\nForce HQ", "Brisket [DI", "hal brisket"),
    ("From: Sgt (D) Tolliver\n", "Sgt (D) Tolliver", "maren tolliver"),
    ("Enquiry: Insp (D) BRISKET, Force", "Insp (D) BRISKET", "hal brisket"),
    ("Seen by: Con (D) Okoro No.4410\n", "Con (D) Okoro", "dario okoro"),
    ("FAO 4410 Con (D) Okoro\nForce", "Con (D) Okoro", "dario okoro"),
    ("Owner: Pardew, Mrs   Pet: Rex", "Pardew, Mrs", "ines pardew"),
])
def test_bracketed_titles_and_a_detective_s_mark_link(text: str, written: str, key: str) -> None:
    links = _links(text)
    assert links.get(written) == key, links


def test_a_filed_title_before_a_capitalised_name_is_still_that_name_s() -> None:
    assert _links("Owner: Pardew, Mrs Okoro").get("Pardew, Mrs") is None


def test_a_rank_with_a_detective_s_mark_is_no_forename() -> None:
    from search.names import person_key
    assert person_key("Con (D) Okoro") == person_key("6190 Con (D) OKORO") == "okoro"
    assert person_key("Sgt (D) Tolliver") == "tolliver"
    assert person_key("Con Okoro") == "con okoro"  # "Con" alone may be a forename


def test_dotted_initials_that_spell_a_courtesy_title_are_initials() -> None:
    people = [Person("maren sunniva tolliver", "Maren Sunniva Tolliver", named=9, documents=9,
                     middles={"sunniva"}),
              Person("ruth tolliver", "Ruth Tolliver", titles={"ms"}, named=9, documents=9)]
    authority = NameAuthority(people)
    for text in ("Client: Tolliver (M.S.)    DOB", "Client: Tolliver, M.S.  DOB"):
        assert [lk.key for lk in authority.find(text)] == ["maren sunniva tolliver"], text
    assert [lk.key for lk in authority.find("Seen Ms. Tolliver today")] == ["ruth tolliver"]
