"""Two series the declaration notation could not express, declared safely: a number of digits
and separators alone, read only after a label the analyst names (its anchor) and, once so read,
elsewhere in the same document; and a word in lower case inside a number ("of"). All forces,
labels, numbers and sentences are invented."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns
from search.cases.register import Mention, SourceDocument, build_cases
from search.entity_kinds.reference_declared import DeclarationError, declared_format, from_record

LOG = declared_format("Orlen Police", "incident", ["{serial:4}/{DD}{MM}/{YY}"], ["0412/1703/09"],
                      anchors=["Despatch No:", "Log"])
CRIME = declared_format("Orlen Police", "crime", ["{YY}-{serial:4}-K{letters:1}",
                                                  "K{letters:1} {serial:4} of {YY}"],
                        ["09-2231-KP", "KP 2231 of 09"])


def _document(number: int, pages: list[str]) -> SourceDocument:
    control = f"O-{number:06d}"
    mentions = tuple(Mention(m.kind, m.key, m.text, page, m.start, m.end)
                     for page, text in enumerate(pages, 1) for m in find_patterns(text))
    return SourceDocument(f"o{number}", control, f"doc {number}", None, None,
                          {page: (text, f"{control}-{page:04d}") for page, text in
                           enumerate(pages, 1)}, mentions)


def _cases(documents: list[list[str]]) -> list[set[str]]:
    built = build_cases("c", [_document(n, pages) for n, pages in enumerate(documents, 1)],
                        (LOG, CRIME))
    return [set(case.references.values()) for case in built]


def test_a_digits_only_number_counts_after_its_anchor_and_nowhere_else() -> None:
    assert [hit[2] for hit in LOG.read("Despatch No: 0412/1703/09 opened.")] == [
        LOG.read("log 0412 1703 09")[0][2]]
    assert LOG.read("Paid 0412/1703/09 in cash.") == []  # no label before it: no reference
    assert LOG.read("Despatch No | 0412.1703.09")[0][2].endswith("/2009-03-17/00412")


def test_a_number_read_after_its_label_counts_elsewhere_in_its_document() -> None:
    cases = _cases([["Despatch No: 0412/1703/09. Crime 09-2231-KP raised.",
                     "Page two: 0412/1703/09 closed."],
                    ["A receipt, 0412/1703/09, with no label."]])
    assert len(cases) == 1 and len(cases[0]) == 2


def test_a_lower_case_word_inside_a_number_is_one_of_its_written_forms() -> None:
    assert CRIME.read("Crime KP 2231 of 09 filed.")[0][2] == CRIME.read("09-2231-KP")[0][2]
    assert CRIME.read("Crime KP 2231 OF 09 filed.")[0][2] == CRIME.read("09-2231-KP")[0][2]
    assert CRIME.read("KP 2231 off 09") == []


def test_anchors_are_kept_with_the_declaration() -> None:
    assert from_record(LOG.as_record()).anchors == ("Despatch No:", "Log")


@pytest.mark.parametrize(("shapes", "anchors", "reason"), [
    (["{serial:4}/{DD}{MM}/{YY}"], [], "name the label written before it"),
    (["{serial:4}/{DD}{MM}/{YY}"], ["#"], "anchor '#': a label of 2-40 characters"),
    (["{serial:4}/{DD}{MM}/{YY}"], ["12"], "with two letters or more"),
    (["{serial:2-4}/{YY}"], ["Log"], "would read '14:30'"),  # an anchor excuses no time
    (["K{letters:1} {serial:4} ~ {YY}"], [], "neither a letter"),
])
def test_a_declaration_of_digits_alone_or_of_a_bad_label_is_refused(
        shapes: list[str], anchors: list[str], reason: str) -> None:
    with pytest.raises(DeclarationError, match=reason.replace("(", r"\(")):
        declared_format("Orlen Police", "incident", shapes, [], anchors=anchors)


def test_a_declared_number_is_its_owners_case_whoever_cites_it() -> None:
    """A council's minutes and a social worker's notes cite the police's crime number: the
    register shows the case as the police's, the series' declared owner, not as the folder most
    of its documents came from (here a folder named only for the kind of agency)."""
    referral = declared_format("Orlen Borough Council", "referral", ["OBC/{serial:4}/{YY}"],
                               ["OBC/0077/09"])
    texts = ["Minutes: crime 09-2231-KP and referral OBC/0077/09 discussed.",
             "Notes: 09-2231-KP remains open; OBC/0077/09 stays with the team.",
             "Officer's log: 09-2231-KP raised."]
    documents = [SourceDocument(d.doc_id, d.control, d.title, d.date, force, d.pages, d.mentions)
                 for d, force in zip((_document(n, [t]) for n, t in enumerate(texts, 1)),
                                     ("council", "council", None), strict=True)]
    [case] = build_cases("c", documents, (CRIME, referral))
    assert case.force() == "Orlen Police"
    [by_the_council] = build_cases("c", documents[:2], (referral,))
    assert by_the_council.force() == "Orlen Borough Council"


def test_a_declared_reference_is_shown_as_a_code_not_its_worded_shape() -> None:
    """A worded shape's mention leaves out its anchor ("ward 7 case 31200 (2011)" read from
    "ward"): shown alone it names no number, so the code the files write is shown, even when
    the worded form is written more often."""
    from search.cases.register import _as_written

    key = "DECLARED/Fenmoor Police/crime/2011/31200/7"
    forms = ["7 case 31200 (2011)", "7 case 31200 (2011)", "7 case 31200 (2011)",
             "FM11W7-31200", "W7 31200 FM11", "W7 31200 FM11"]
    assert _as_written(key, forms) == "W7 31200 FM11"
    assert _as_written(key, ["7 case 31200 (2011)"]) == "7 case 31200 (2011)"


def test_a_declared_reference_shown_does_not_depend_on_reading_order() -> None:
    """Two forms written as often: the same one is shown whichever document was read first."""
    from search.cases.register import _as_written

    key = "DECLARED/Fenmoor Police/crime/2011/31200/7"
    one, two = "FM11W7-31200", "W7 31200 FM11"
    assert _as_written(key, [one, two]) == _as_written(key, [two, one])


def test_a_serial_written_alone_is_the_declared_number_its_document_cites() -> None:
    """A file's second part heads itself "crime 5512" (its serial alone): it is the one
    declared number with that serial the same file cites, not another file's look-alike of the
    same serial and year (another way of reporting), which stays its own case."""
    from search.cases.declarations import bare_as_declared

    declared_a = "DECLARED/Orlen Police/crime/KP/2009/05512"
    declared_b = "DECLARED/Orlen Police/crime/KQ/2009/05512"
    pages = {1: ("Crime 09-5512-KP. Part 1.", "O-1-0001"), 2: ("Crime number 5512 part 2.", "O-1-0002")}
    mentions = (Mention("reference", declared_a, "09-5512-KP", 1, 6, 16),
                Mention("reference", "CRIME/5512", "5512", 2, 13, 17))
    document = SourceDocument("o1", "O-1", "file", None, None, pages, mentions)
    assert [m.key for m in bare_as_declared(document).mentions] == [declared_a, declared_a]
    both = SourceDocument("o2", "O-2", "list", None, None, pages, (
        *mentions, Mention("reference", declared_b, "09-5512-KQ", 1, 0, 5)))
    assert "CRIME/5512" in [m.key for m in bare_as_declared(both).mentions]
    other = SourceDocument("o3", "O-3", "file", None, None, pages, (
        mentions[0], Mention("reference", "CRIME/5513", "5513", 2, 13, 17)))
    assert "CRIME/5513" in [m.key for m in bare_as_declared(other).mentions]
