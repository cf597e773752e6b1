"""A suspect's role read past whatever note a file writes after the name (search.cases.roles):
any note between a pair of commas (one or several, abbreviations' full stops and a field's
colon in it), a note in angle brackets, and a job with a colon in brackets, which names a need
or another person of the suspect's ("(interpreter: Polish)"), not the suspect's own job.
Invented sentences."""

from __future__ import annotations

import pytest

from search.cases.roles import role_of_name

NAME = "Tom Reeve"
NOTES = [", licence no. REEVE701020T99AB,", ", eyes blue, hair brown,", ", of 4 Mill Lane, Leeds,",
         ", risk: high,", ", blood group O+,", " <CRO 12345/98>", " (interpreter: Polish)",
         ", known as 'Tiny',", ", 34,"]
DEEDS = [" was arrested on 3 May.", " arrested 3 May.", " was interviewed under caution.",
         " was named by Child A as her abuser."]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("deed", DEEDS)
def test_a_suspect_whatever_note_follows_the_name(note: str, deed: str) -> None:
    found = role_of_name("", NAME, note + deed)
    assert found is not None and found.role == "suspect"


def test_a_label_before_the_name_and_a_need_in_brackets_after_it() -> None:
    found = role_of_name("Arrested: ", NAME, " (interpreter: Polish).")
    assert found is not None and found.role == "suspect"


@pytest.mark.parametrize(("after", "role"), [
    (", social worker, attended the meeting.", "officer"),
    (" (solicitor) sat in on the interview.", "officer"),
    (", a neighbour, eyes blue, was interviewed as a witness.", None),
])
def test_a_note_that_is_the_persons_job_or_no_suspects_deed(after: str, role: str | None) -> None:
    found = role_of_name("", NAME, after)
    assert (found.role if found and found.role != "cleared" else None) in (role, "witness")
