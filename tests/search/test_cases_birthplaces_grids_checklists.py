"""A name with its place of birth after a comma (the place no person), a name list's entry that
rules a person out after a colon, a checklist's numbered questions answered with a name or an
outcome, and outcome registers of three more kinds: a grid of result boxes with one crossed, a
supervisor's closing rationale in the first person, a closure checklist's answers
(search.cases.people, search.cases.roles, search.cases.outcomes, search.cases.rules). All names,
places, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from search.cases.items import STREET_TYPES
from search.cases.outcomes import outcome_of
from search.cases.people import record_names
from search.cases.register import Mention, SourceDocument, build_cases
from search.cases.roles import CLEARED, role_of_name
from search.cases.rules import sentences


def _role_of(sentence: str, name: str) -> str | None:
    start = sentence.index(name)
    rule = role_of_name(sentence[:start], name, sentence[start + len(name):])
    return rule.role if rule else None


@pytest.mark.parametrize("sentence", [
    "Girl Tamarisk told us that Aurelio Benedetto Rinaldi, born Ferrara abused her.",
    "On 2011 May 3 I had Aurelio Benedetto Rinaldi, born Ferrara arrested at his flat.",
    "This letter confirms that on 2011 May 9, Aurelio Benedetto Rinaldi, born Ferrara was charged.",
])
def test_a_place_of_birth_after_a_comma_is_a_note_on_the_name(sentence: str) -> None:
    names = record_names(sentence)
    assert [n.display for n in names] == ["Aurelio Benedetto Rinaldi"]
    assert _role_of(sentence, "Aurelio Benedetto Rinaldi") == "suspect"


def _document(text: str, people: tuple[str, ...]) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)
                if m.kind != "person"]
    for written in people:  # what a language model found, the place of birth among them
        start = text.index(written)
        mentions.append(Mention("person", written.lower(), written, 1, start, start + len(written)))
    return SourceDocument("d1", "D-000001", "statement", None, None, {1: (text, "D-000001-0001")},
                          tuple(mentions))


def test_a_place_of_birth_is_no_suspect_and_the_whole_name_is() -> None:
    text = ("Crime number KX/11/40312.\n"
            "Girl Tamarisk told us that Aurelio Benedetto Rinaldi, born Ferrara abused her.")
    (case,) = build_cases("c", [_document(text, ("Benedetto Rinaldi", "Ferrara"))])
    assert case.suspects() == {"aurelio benedetto rinaldi"}


@pytest.mark.parametrize(("before", "name", "after", "role"), [
    ("Nominal ", "Ottavio Brambilla", " (Ruritanian national): ruled out, he was abroad that week.",
     CLEARED),
    ("Q3 anyone ruled out? Yes: ", "Ottavio Brambilla", " [prison no. Z1234QQ], his alibi held.",
     CLEARED),
    ("Q4 anyone arrested? Yes: ", "Ottavio Brambilla", " [prison no. Z1234QQ], on Monday.", "suspect"),
    ("Q5 anyone interviewed voluntarily? Yes: ", "Ottavio Brambilla",
     " [prison no. Z1234QQ], on Friday the 3rd of June 2011, under caution.", "suspect"),
    ("Q6 anyone named by the child? Yes: Girl Tamarisk names ", "Ottavio Brambilla",
     " [prison no. Z1234QQ].", "suspect"),
    ("Q7 anyone interviewed as a witness? Yes: ", "Ottavio Brambilla", " [prison no. Z1234QQ].", None),
    ("The officer told the meeting that ", "Ottavio Brambilla",
     " [prison no. Z1234QQ] is thought to be the one grooming her.", "suspect"),
    ("On 2011 June 3 ", "Ottavio Brambilla",
     ", born Cremona attended by arrangement and was questioned after a caution.", "suspect"),
])
def test_roles_a_checklist_and_a_name_list_write(before: str, name: str, after: str,
                                                  role: str | None) -> None:
    assert _role_of(before + name + after, name) == role


def test_a_checklist_question_and_its_answer_on_the_line_of_another_are_one_sentence() -> None:
    text = "Q7 result as at Friday the 3rd of June 2011? No further action. Q8 why? Proof is too thin."
    assert [s.text for s in sentences(text)] == [
        "Q7 result as at Friday the 3rd of June 2011? No further action.", "Q8 why? Proof is too thin."]


@pytest.mark.parametrize(("sentence", "outcome", "reason"), [
    ("Result at 03/Jun/2011: [ ] charge [ ] caution [X] no further action [ ] undetected [ ] ongoing; "
     "grounds: no public benefit in a trial.", "nfa", "not in public interest"),
    ("Result at 03/Jun/2011: [X] charge [ ] caution [ ] no further action [ ] ongoing; accused: "
     "Ottavio Brambilla; matter: no further action was ever considered.", "charged", None),
    ("Result at 03/Jun/2011: [ ] charge [ ] no further action [X] undetected [ ] ongoing; grounds: "
     "nobody traced.", "filed", None),
    ("Result: [ ] charge [ ] no further action [x] ongoing; enquiries continue.", "open", None),
    ("Closing rationale, 2011 June 3: I am content that Ottavio Brambilla receives a caution.",
     "cautioned", None),
    ("Closing rationale, 2011 June 3: not closed; I want the enquiry to go on.", "open", None),
    ("Closing rationale, 2011 June 3: I am ending this with no further action; what we hold would "
     "never convince a jury.", "nfa", "insufficient evidence"),
    ("Q7 result as at Friday the 3rd of June 2011? Charged.", "charged", None),
    ("Q7 result as at Friday the 3rd of June 2011? Cautioned.", "cautioned", None),
    ("Q7 result as at Friday the 3rd of June 2011? Open.", "open", None),
    ("This letter confirms that on 2011 June 3, we closed the investigation and will take no action.",
     "nfa", None),
    ("This letter confirms that on 2011 June 3, we closed the investigation without finding who did "
     "it.", "filed", None),
])
def test_outcome_registers_of_three_more_kinds(sentence: str, outcome: str, reason: str | None) -> None:
    found = outcome_of(sentence)
    assert found is not None and (found.outcome, found.reason) == (outcome, reason)


def test_a_loaning_and_a_folly_are_street_types() -> None:
    assert {"loaning", "folly"} <= set(STREET_TYPES)


def test_a_house_number_after_the_street_is_the_same_address() -> None:
    from search.cases.items import addresses, settled

    written = [key for text in ("She was taken to Sorrel Way 7, Carrbeck several times.",
                                "He lives at 7 Sorrel Way, Carrbeck CB4 1AA.")
               for _start, _end, key, _written in addresses(text)]
    assert written == ["7 sorrel way in carrbeck", "7 sorrel way cb4 1aa"]
    assert settled(written)["7 sorrel way in carrbeck"] == "7 sorrel way cb4 1aa"
    assert addresses("Listed before Court 2, Leeds on Monday.") == []


def test_a_name_a_wrong_code_page_misreads_is_the_name_the_collection_writes() -> None:
    from search.cases.spellings import code_page_misreads
    from search.names import person_key

    right = "Mindaugas Šarūnas Vaitkevičius"
    misread = right.encode("iso8859_13").decode("cp1252")  # a Baltic text file read as Western
    spelt = {person_key(misread): misread, person_key(right): right, "jose garcia": "José García"}
    assert code_page_misreads(spelt) == {person_key(misread): person_key(right)}


def test_a_misread_name_written_without_its_forename_is_still_read_again() -> None:
    """The key has the middle name the authority gave it; the misread text writes only two of
    its three words (a Mac's "ö" read as Windows' "š")."""
    from search.cases.spellings import code_page_misreads

    misread = "Lönnqvist".encode("mac_roman").decode("cp1252")
    spelt = {"aarne veikko lsnnqvist": f"Aarne {misread}",
             "aarne veikko lonnqvist": "Aarne Veikko Lönnqvist"}
    assert code_page_misreads(spelt) == {"aarne veikko lsnnqvist": "aarne veikko lonnqvist"}


def test_a_misread_name_in_a_text_file_is_one_suspect_with_the_right_one() -> None:
    right = "Mindaugas Šarūnas Vaitkevičius"
    misread = right.encode("iso8859_13").decode("cp1252")
    documents = [
        SourceDocument("d1", "D-000001", "statement", None, None, {1: (
            f"Crime number KX/11/40312.\nSuspect {right} was arrested.", "D-000001-0001")}, ()),
        SourceDocument("d2", "D-000002", "custody", None, None, {1: (
            f"Crime number KX/11/40312.\nPrisoner: {misread}.", "D-000002-0001")}, ()),
    ]
    from ingest.patterns import find_patterns

    documents = [SourceDocument(d.doc_id, d.control, d.title, None, None, d.pages, tuple(
        Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(d.pages[1][0])
        if m.kind != "person")) for d in documents]
    (case,) = build_cases("c", documents)
    assert case.suspects() == {"mindaugas sarunas vaitkevicius"}


def test_a_prison_number_after_a_name_tells_namesakes_apart() -> None:
    from search.cases.flags import _told_apart

    cases = [build_cases("c", [_document(f"Crime number KX/11/{serial}.\nOttavio Brambilla [prison no. "
                                         f"{number}] was arrested on suspicion of grooming.",
                                         ("Ottavio Brambilla",))])[0]
             for serial, number in (("40312", "Z1234QQ"), ("40999", "Y9876WW"))]
    assert _told_apart(cases[0], "ottavio brambilla", cases[1], "ottavio brambilla")


@pytest.mark.parametrize(("written", "day"), [
    ("Result at 03/Jun/2011: [X] charge", "2011-06-03"), ("First reported: 3/Jun/11.", "2011-06-03"),
    ("seen 3-Jun 2011", "2011-06-03"),
])
def test_a_day_and_the_month_in_letters_between_slashes_is_a_date(written: str, day: str) -> None:
    from search.cases.rules import dates_in

    assert [found.isoformat() for found, _at in dates_in(written)] == [day]


def test_a_mark_written_with_a_slash_between_its_halves_is_the_same_vehicle() -> None:
    from search.cases.items import cued_marks

    assert [key for _s, _e, key in cued_marks("Car of interest: a red Fiat Punto, VRM QX07/BNM.")] == \
        ["QX07BNM"]


def test_a_scan_that_reads_a_numbers_capital_i_as_a_one_still_reads_the_declared_number() -> None:
    from dataclasses import replace

    from search.cases.declarations import declared_references
    from search.entity_kinds.reference_declared import declared_format

    kestle = (declared_format("Kestle Police", "incident", ["IK{YY}W{part:1}-{serial:4}"],
                              ["IK07W3-0412"]),)

    def keys(text: str, scanned: bool) -> set[str]:
        document = SourceDocument("d", "D-000001", "log", None, None, {1: (text, "D-000001-0001")}, ())
        if scanned:
            document = replace(document, scanned=frozenset({1}))
        return {m.key for m in declared_references(document, kestle).mentions if m.kind == "reference"}

    typed = keys("Log IK07W3-0412 opened.", False)
    assert len(typed) == 1
    assert keys("Log 1KO7W3-0412 opened.", True) == typed
    assert keys("Log 1KO7W3-0412 opened.", False) != typed  # a typed page's 1 is a one
