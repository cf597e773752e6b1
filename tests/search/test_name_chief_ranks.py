"""An inspector written short ("Inspr") and a chief officer's rank (ACC, DCC, "Asst Chief
Constable") are titles: the name after them is the person's, and the rank with the surname
finds them. Invented names."""

from __future__ import annotations

import pytest

from search.name_authority import NameAuthority, Person
from search.names import person_key

BRANNOCK = NameAuthority([Person("merrin brannock", "Merrin Brannock", named=9, documents=9)])


@pytest.mark.parametrize("written", ["Inspr Merrin Brannock", "ACC Merrin Brannock",
                                     "Asst Chief Constable Merrin Brannock"])
def test_a_rank_before_a_name_is_no_part_of_it(written: str) -> None:
    assert person_key(written) == "merrin brannock"


@pytest.mark.parametrize("text", ["Seen by A.C.C. Brannock on Monday.", "Copy to DCC Brannock.",
                                  "Signed: Inspr BRANNOCK"])
def test_the_rank_and_the_surname_find_the_person(text: str) -> None:
    assert [link.key for link in BRANNOCK.find(text)] == ["merrin brannock"]
