"""What real mailboxes put on a page besides prose gives no names: a paragraph in another
script than the pipeline's language, a broken message's raw MIME, base64 and file names."""

from __future__ import annotations

import pytest

from ingest.entities import find_mentions, in_latin_script, load_nlp
from ingest.model import Page
from search.name_kinds import is_machine_text, name_kind

HEBREW = "בכל אופן יש פרוצדורה מסודרת, ואני מבקש לקבל משוב ממך על הבחינה"


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - a spaCy Language
    return load_nlp("en_core_web_sm")


def test_a_paragraph_in_another_script_gets_no_entities_and_the_english_keeps_its_own(nlp) -> None:  # noqa: ANN001
    english = "Raymond Stokes met Diane Carver at Harwick Police Station on Monday."
    text = f"{english}\n\n{HEBREW}\n\n{HEBREW}"
    mentions = find_mentions([Page(1, text)], nlp, 10_000)
    names = {m.kind for m in mentions if m.start >= len(english)}
    assert not names & {"person", "org", "place"}
    assert {"raymond stokes", "diane carver"} <= {m.key for m in mentions if m.kind == "person"}


def test_a_name_in_another_script_inside_an_english_sentence_leaves_it_english() -> None:
    assert in_latin_script("Met Дмитрий Иванов at the station with his brother on Friday")
    assert in_latin_script("Café Müller, Zürich")
    assert not in_latin_script(HEBREW)
    assert not in_latin_script("Привет, как дела у тебя сегодня")


@pytest.mark.parametrize("text", [
    "Content-Transfer-Encoding", "Content-Disposition", "boundary=001a11346808c1bc8204f4cb88cf",
    "flags=44", "AAICAgIDAAMBAAAAAAAAAAQFAwYCBwAQASAwFBUXQP", "ogKs8VUiHpWAFSs2r/l/RaDpbXtRcAQZa1o",
    "Textdokument.txt", "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
    "1225c695-cfb8-4ebb-aaaa-80da344efa6a", "www.harwick.gov.example", "https://harwick.example"])
def test_what_a_mail_system_writes_is_no_organisation(text: str) -> None:
    assert is_machine_text(text)
    assert name_kind("org", text)[0] is None


@pytest.mark.parametrize("text", ["PricewaterhouseCoopers", "AstraZeneca", "Lee-Bottomley",
                                  "Zoom Video Communications, Inc", "Content Team"])
def test_names_run_together_or_hyphenated_stay_names(text: str) -> None:
    assert not is_machine_text(text)
