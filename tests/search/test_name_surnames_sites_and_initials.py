"""names33's rules: a surname of a past tense's shape, a post of several words before a rank, a
code numbered in words, the parts of a site, a fishery's posts, and a lone initial the
recogniser cut from a name (issue 13). Names of our own, not the evaluation sets'."""

from __future__ import annotations

import pytest

from ingest.entities import Candidate, with_initial_before
from search.name_kinds import name_kind


@pytest.mark.parametrize(("found", "name"), [
    ("Godwin Halsted", "Godwin Halsted"), ("Maj Godwin Halsted", "Maj Godwin Halsted"),
    ("Perpetua Olmsted", "Perpetua Olmsted"),
])
def test_a_surname_shaped_as_a_past_tense_after_a_forename_is_kept(found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)


@pytest.mark.parametrize(("found", "name"), [
    ("Oonagh Brierley Checked", "Oonagh Brierley"), ("Brierley Attended:", "Brierley"),
    ("Very Impressed", "Very"), ("Good Hearted", "Good"),
])
def test_a_past_tense_after_a_full_name_or_with_a_colon_is_still_the_next_field(
        found: str, name: str) -> None:
    assert name_kind("person", found) == ("person", name)


@pytest.mark.parametrize("text", ["Night Turn Insp", "Late Shift Sgt", "Early Relief Sgt"])
def test_a_rota_s_post_of_several_words_before_a_rank_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["Juvenile Four", "Child Twelve", "Subject Two"])
def test_a_code_noun_with_a_number_in_words_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["Water Bailiff", "Park Ranger", "River Bailiff"])
def test_a_post_of_common_words_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None


@pytest.mark.parametrize("text", ["North Stand", "Weir Stretch", "Lower Pool"])
def test_the_parts_of_a_ground_or_a_fishery_are_places(text: str) -> None:
    assert name_kind("person", text)[0] == "place"


@pytest.mark.parametrize("text", ["Gerda Pool", "Ursula Warden", "Gwilym Quested Halsted"])
def test_a_forename_before_a_site_s_or_a_post_s_word_is_a_person(text: str) -> None:
    assert name_kind("person", text)[0] == "person"


def _cut(text: str, name: str, kind: str = "person") -> Candidate:
    start = text.index(name)
    return Candidate(kind, start, start + len(name), name, 1)


@pytest.mark.parametrize("text", [
    "To: K Dôn Ayun <kd@example.org>\n", "\nK Dôn Ayun took the statement.",
    'From: "K Dôn Ayun" <kd@example.org>',
])
def test_a_lone_initial_the_recogniser_cut_is_put_back(text: str) -> None:
    found = with_initial_before(text, _cut(text, "Dôn Ayun"))
    assert found.text == "K Dôn Ayun"
    assert text[found.start:found.end] == "K Dôn Ayun"


@pytest.mark.parametrize("text", [
    "\nA Dôn Ayun took it.", "\nI Dôn Ayun", "seen by K Dôn Ayun today", "Flat K Dôn Ayun",
])
def test_an_article_a_pronoun_or_a_letter_inside_a_sentence_is_not_put_back(text: str) -> None:
    assert with_initial_before(text, _cut(text, "Dôn Ayun")).text == "Dôn Ayun"


@pytest.mark.parametrize(("text", "name"), [
    ("(entry initialled by Night Turn Insp)", "Night Turn"), ("Booked in by Late Shift Sgt.", "Late Shift"),
    ("(logged by Night Turn\nInsp)", "Night Turn"),
])
def test_a_post_whose_rank_the_recogniser_left_out_is_no_person(text: str, name: str) -> None:
    from search.name_kinds import post_before_rank

    end = text.index(name) + len(name)
    assert post_before_rank(text, end, name)


@pytest.mark.parametrize(("text", "name"), [
    ("seen by Ann Hirst Insp today", "Ann Hirst"), ("met Godwin Halsted today", "Godwin Halsted"),
])
def test_a_name_before_a_rank_or_a_word_is_no_post(text: str, name: str) -> None:
    from search.name_kinds import post_before_rank

    end = text.index(name) + len(name)
    assert not post_before_rank(text, end, name)


@pytest.mark.parametrize("text", ["Education Welfare Officer", "Safety Officer"])
def test_a_post_of_common_words_ending_in_officer_is_no_person(text: str) -> None:
    assert name_kind("person", text)[0] is None
    assert name_kind("person", "Oonagh Brierley Officer") == ("person", "Oonagh Brierley")


def test_a_person_keyed_by_the_tail_of_a_name_is_shown_by_the_name_in_full() -> None:
    from ingest.names import fuller_names

    aliases = {"k don ayun": "don ayun", "kdon ayun": "don ayun", "k dun ayun": "don ayun"}
    counts = {"don ayun": 6, "k don ayun": 9, "kdon ayun": 12, "k dun ayun": 1}
    assert fuller_names(aliases, counts) == {"don ayun": "k don ayun"}


def test_a_longer_name_written_less_often_than_the_key_is_not_shown() -> None:
    from ingest.names import fuller_names

    assert fuller_names({"ada grace okoro": "grace okoro"}, {"grace okoro": 9, "ada grace okoro": 2}) == {}
    assert fuller_names({"bill nieka": "don ayun"}, {"don ayun": 1, "bill nieka": 9}) == {}


def test_two_words_with_an_adjective_first_and_a_noun_last_no_one_writes_as_a_person_are_a_thing(
        ) -> None:
    from collections import Counter

    from ingest.names import common_word_things

    forms = {("person", "lovely service"): Counter({"Lovely Service": 1}),
             ("person", "godwin halsted"): Counter({"Godwin Halsted": 3}),
             ("person", "frank hill"): Counter({"Frank Hill": 1})}
    assert common_word_things(forms) == {"lovely service"}
