"""Without declarations, a reference written with its parts reordered, other separators or
parts glued is one reference: the same bag of parts ("QZR-K-09-52817" and "QZR K09 52817").
A look-alike differs in a part (another watch letter, line, station, hour, rating, weekday or
plan) and stays apart; a date or a letter group no recurring series writes is no reference.
All references are invented."""

from __future__ import annotations

from collections import Counter

import pytest

from search.cases.bags import bag_key, bag_of, bagged_references
from search.cases.sources import Mention, SourceDocument


@pytest.mark.parametrize("one, other", [
    ("QZR-K-09-52817", "QZR K09 52817"),  # a letter glued to the year
    ("777/09/0413/QX", "QX777-0413/09"),  # the line glued to the letters
    ("TZ.09.VNM.52817", "VNM 52817 TZ 09"),  # the station's code and the force's letters
    ("TQ0413/09/H17", "TQ 09 0413 H17"),  # the hour glued to its letter
    ("TQC/3318/09/G", "TQC 09 3318 G"),  # a rating after the serial
    ("09KV-M-52817", "KV-09 M52817"),  # the year glued before the letters
    ("KQ:WED:1304:09", "KQ WED 1304/09"),  # colons
    ("CPX:3318:09:KVC", "KVC 09 CPX/3318"),  # the plan first or last
    ("KQ:SAT:2009:06", "KQ SAT 2009/06"),  # a serial that reads as a year
])
def test_one_reference_in_two_layouts_is_one_bag(one: str, other: str) -> None:
    assert bag_of(one) is not None and bag_of(one) == bag_of(other)


@pytest.mark.parametrize("one, other", [
    ("QZR-K-09-52817", "QZR-J-09-52817"),  # another watch
    ("777/09/0413/QX", "808/09/0413/QX"),  # another line
    ("TZ.09.VNM.52817", "TZ.09.LPD.52817"),  # another station
    ("TQ0413/09/H17", "TQ0413/09/H18"),  # another hour
    ("KQ:WED:1304:09", "KQ:THU:1304:09"),  # another weekday
    ("QZR-K-09-52817", "QZR-K-10-52817"),  # another year
])
def test_look_alikes_are_other_bags(one: str, other: str) -> None:
    assert bag_of(one) != bag_of(other)


@pytest.mark.parametrize("text", ["17-DEC-2004", "2004/DEC/17", "PC-4417", "0115-496-0263",
                                  "AB12-CDE"])
def test_dates_collars_phones_and_plates_are_no_bags(text: str) -> None:
    assert bag_of(text) is None


def test_the_key_puts_the_letters_the_collection_writes_most_first() -> None:
    bag = bag_of("K-QZR-09-52817")
    assert bag is not None
    assert bag_key(bag, Counter({"QZR": 5})) == "QZR-K/2009/52817"


def _document(doc_id: str, text: str, mentions: tuple[Mention, ...] = ()) -> SourceDocument:
    return SourceDocument(doc_id, doc_id, doc_id, None, None, {1: (text, f"{doc_id} p1")},
                          mentions)


def _keys(document: SourceDocument) -> dict[str, str]:
    return {m.text: m.key for m in document.mentions if m.kind == "reference"}


def test_spaced_forms_of_a_recurring_series_are_read_as_its_references() -> None:
    old = Mention("reference", "VNM/2009/52817", "09.VNM.52817", 1, 3, 15)
    documents = [
        _document("a", "TZ.09.VNM.52817 and TZ.10.LPD.61102 and TZ.11.VNM.70011.", (old,)),
        _document("b", "Crime VNM 52817 TZ 09 was filed; see TZ.10.LPD.61102."),
        _document("c", "Notes: ZZ 12 4411 KP was typed here. VNM 52817 TZ 10 is another year."),
    ]
    a, b, c = (_keys(d) for d in bagged_references(documents))
    assert a["TZ.09.VNM.52817"] == b["VNM 52817 TZ 09"] == "TZ-VNM/2009/52817"
    assert c["VNM 52817 TZ 10"] == "TZ-VNM/2010/52817"  # a shape the series writes
    assert "ZZ 12 4411 KP" not in c  # no recurring series writes ZZ or KP


def test_a_series_seen_in_one_document_only_is_left_alone() -> None:
    documents = [_document("a", "TZ.09.VNM.52817 and TZ.10.LPD.61102 and TZ.11.VNM.70011.")]
    assert bagged_references(documents) == documents


def test_two_numbers_of_one_series_in_one_row_stay_two_cases() -> None:
    from search.cases.grouping import Groups

    groups = Groups()
    groups.join(["TQC-A/2006/03318", "TQC-R/2006/04415"])  # one council's list: two ratings
    assert groups.find("TQC-A/2006/03318") != groups.find("TQC-R/2006/04415")
    groups.join(["TQC-A/2006/03318", "TZ-VNM/2006/52817"])  # its police's crime: one case
    assert groups.find("TQC-A/2006/03318") == groups.find("TZ-VNM/2006/52817")
    groups.join(["TZ-VNM/2006/52817", "TZ-LPD/2021/61102"], renumbered=True)  # re-crimed
    assert groups.find("TZ-LPD/2021/61102") == groups.find("TZ-VNM/2006/52817")


def test_a_declared_collection_is_read_by_its_declarations_not_by_bags() -> None:
    from search.cases.register import build_cases
    from search.entity_kinds.reference_declared import declared_format

    texts = ["TZ.09.VNM.52817 and TZ.10.LPD.61102.", "See VNM 52817 TZ 09 and TZ.11.VNM.70011.",
             "TZ.12.LPD.40001 filed."]
    documents = [_document(f"d{i}", text) for i, text in enumerate(texts)]
    undeclared = {key for c in build_cases("c", documents) for key in c.references}
    assert "TZ-VNM/2009/52817" in undeclared
    declared = declared_format("Tarzford Police", "crime", ["TZ.{YY}.{letters:3}.{serial:5}"], [],
                               "", [])
    keys = {key for c in build_cases("c", documents, (declared,)) for key in c.references}
    assert "TZ-VNM/2009/52817" not in keys


def test_a_reference_run_together_is_its_own_bag() -> None:
    documents = [
        _document("a", "TZ.09.VNM.52817 and TZ.10.LPD.61102 and TZ.11.VNM.70011."),
        _document("b", "Crime TZ09VNM52817 was filed; see TZ.10.LPD.61102."),
        _document("c", "Crime TZ12VNM52817 is another year's number. TZ 2012 is no number."),
    ]
    _a, b, c = (_keys(d) for d in bagged_references(documents))
    assert b["TZ09VNM52817"] == "TZ-VNM/2009/52817"
    assert c["TZ12VNM52817"] == "TZ-VNM/2012/52817"
    assert not any("2012" in text and "VNM" not in text for text in c)


def _found(doc_id: str, text: str) -> SourceDocument:
    from ingest.patterns import find_patterns

    mentions = tuple(Mention(m.kind, m.key, m.text, 1, m.start, m.end)
                     for m in find_patterns(text) if m.kind == "reference")
    return _document(doc_id, text, mentions)


def _cited(documents: list[SourceDocument], serial: str) -> dict[str, str]:
    return {d.doc_id: m.key for d in bagged_references(documents) for m in d.mentions
            if serial in m.text and m.kind == "reference"}


def test_a_number_written_in_words_is_the_bag_its_words_say() -> None:
    documents = [
        _found("a", "Crimes QZR-K-09-52817, QZR-W-09-52817 and QZR-K-10-61102 and QZR-W-11-70011."),
        _found("b", "Seen QZR-K-09-52817 again."),
        _found("c", "Closed: kestrel watch crime 52817, year 2009"),
        _found("d", "Closed: wren watch crime 52817, year 2009"),
        _found("e", "Filed: kestrel watch crime 61102, year 2010"),
        _found("f", "Filed: wren watch crime 70011, year 2011"),
        _found("g", "Filed: heron watch crime 52817, year 2009"),  # no such watch's number
    ]
    cited = _cited(documents, "52817")
    assert cited["c"] == "QZR-K/2009/52817"  # "watch", in every one, says no W
    assert cited["d"] == "QZR-W/2009/52817"
    assert cited["g"] not in ("QZR-K/2009/52817", "QZR-W/2009/52817")


def test_a_series_written_run_together_is_learned_from_its_numbers() -> None:
    documents = [
        _document("a", "Briefing 09QXW1280, then 10QXW0733 and 11QXW0412."),
        _document("b", "Log QXW-1280/09 raised; 09QXW1280 refers."),
    ]
    a, b = (_keys(d) for d in bagged_references(documents))
    assert a["09QXW1280"] == b["QXW-1280/09"] == b["09QXW1280"] == "QXW/2009/01280"


def test_a_reference_is_shown_with_its_issuers_letters_not_as_a_labels_value() -> None:
    from search.cases.register import _as_written

    assert _as_written("QXWEB/2008/00499", ["QXWEB/0499/08"]) == "QXWEB/0499/08"
    assert _as_written("OCCURRENCE/97/9/432", ["OCCURRENCE 97 0009 0432"]) == "97 0009 0432"


def test_a_word_most_numbers_are_written_with_still_says_its_part() -> None:
    """Most of a force's worded crimes were taken "at the scene": "scene" is no frame word (it
    says S wherever it is written), while "the" and "taken", written beside numbers with no T
    bag, say no T; so the look-alike taken online stays its own case."""
    documents = [
        _found("a", "Crimes 09/KW/O/52817, 09/KW/S/52817, 10/KW/S/61102 and 11/KW/S/70011."),
        _found("b", "Seen 09/KW/S/52817 and 12/KW/T/40001 again."),
        _found("c", "Linked: crime 52817 taken at the scene in 2009; no more."),
        _found("d", "Linked: crime 52817 taken online in 2009; no more."),
        _found("e", "Filed: crime 61102 taken at the scene in 2010; no more."),
        _found("f", "Filed: crime 70011 taken at the scene in 2011; no more."),
        _found("g", "Filed: crime 40001 taken by telephone in 2012; no more."),
        _found("h", "Seen: crime 61102 taken at the scene in 2010; no more."),
    ]
    cited = _cited(documents, "52817")
    assert cited["c"] == "KW-S/2009/52817"
    assert cited["d"] == "KW-O/2009/52817"
