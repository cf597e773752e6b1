"""A label before a suspect's name, by its grammar rather than its words: the one who did it,
then where or when he was named ("Child 7 named her abuser in her recorded interview: X"); a
log heading's deed, how it was done, then its day ("Interviewed under caution by arrangement
on 28. 3. 2011: X"); the man by what he did to her, in anyone's words ("The man the girl says
abused her is X"). All names are invented."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name


@pytest.mark.parametrize("before", [
    "Pupil 7 named her abuser in her recorded interview: ",
    "YP-3 identified the offender during the strategy visit: ",
    "Interviewed under caution by arrangement on 28. 3. 2011: ",
    "Arrested at his home on 3 May 2004: ",
    "Detained under arrest with two others 2004-05-03: ",
    "The man Pupil 7 says abused her is ",
    "The man who groomed her was ",
    "the person the girl claims exploited her is ",
])
def test_a_labels_grammar_makes_the_name_after_it_a_suspect(before: str) -> None:
    rule = role_of_name(before, "Corvan Ellistow", " (complexion: pale).")
    assert rule is not None and rule.role == "suspect"


@pytest.mark.parametrize("before", [
    "Pupil 7 named her friend in her recorded interview: ",
    "The man who helped her was ",
    "The man she says drove her home is ",
    "Witness interviewed by DC Lee on 3 May 2004: ",
    "Suspect not detained at his home on 3 May 2004: ",
])
def test_other_labels_are_not_a_suspects(before: str) -> None:
    rule = role_of_name(before, "Corvan Ellistow", ".")
    assert rule is None or rule.role != "suspect"
