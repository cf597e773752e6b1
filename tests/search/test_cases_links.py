"""Cross-case links of every kind (search.cases.items, search.cases.flags): a vehicle, phone
number or address written differently in two cases is one item and links them; a decoy one
letter or one digit apart never does; and a force's own letterhead, in every letter, links
nothing."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from search.cases.items import addresses, settled
from search.cases.records import case_records
from search.cases.register import Mention, SourceDocument, build_cases
from search.entity_kinds.phone import phone_key
from search.entity_kinds.vehicle import vehicle_key

LETTERHEAD = ("Harnside Constabulary\nDivisional Headquarters, 2 Mill Road, Harnside HX1 4AB\n"
              "Tel: 01632 960100\n\n")


@pytest.mark.parametrize("written", ["AB12 CDE", "AB12CDE", "ab12 cde", "AB12-CDE"])
def test_a_plate_written_three_ways_has_one_key(written: str) -> None:
    assert vehicle_key(written) == "AB12CDE"


@pytest.mark.parametrize("written", ["07700 900123", "07700900123", "+44 7700 900123",
                                     "(07700) 900 123"])
def test_a_phone_written_four_ways_has_one_key(written: str) -> None:
    assert phone_key(written) == "+447700900123"


@pytest.mark.parametrize(("written", "key"), [
    ("14 Larch Tce", "14 larch terrace"), ("14 Larch Terrace", "14 larch terrace"),
    ("14 Larch Tce.", "14 larch terrace"),
    ("14, LARCH TERRACE, HARNSIDE HX4 2QT", "14 larch terrace hx4 2qt"),
    ("14 Larch Terrace, Harnside, HX42QT", "14 larch terrace hx4 2qt"),
    ("Flat 3, 14A Upper Mill Lane", "flat 3 14a upper mill lane"),
    ("14 St Mary's Church Rd", "14 st mary's church road"),
    ("44 Mill Hey, Tolverton WF13 7XH", "44 mill hey wf13 7xh"), ("7 Moor Brow", "7 moor brow"),
    ("3 Church Fold", "3 church fold"), ("12 Bank Top Croft", "12 bank top croft"),
])
def test_an_address_is_keyed_by_its_street_and_its_postcode(written: str, key: str) -> None:
    assert [a[2] for a in addresses(f"Seen at {written} that night.")] == [key]


def test_an_address_without_its_postcode_is_the_one_with_it_unless_two_are() -> None:
    one = settled({"14 larch terrace", "14 larch terrace hx4 2qt", "16 larch terrace"})
    assert one == {"14 larch terrace": "14 larch terrace hx4 2qt", "16 larch terrace":
                   "16 larch terrace", "14 larch terrace hx4 2qt": "14 larch terrace hx4 2qt"}
    two = settled({"14 larch terrace", "14 larch terrace hx4 2qt", "14 larch terrace hx9 1ab"})
    assert two["14 larch terrace"] == "14 larch terrace"


@pytest.mark.parametrize("text", ["She was 14 down the road.", "aged 14 larch terrace",
                                  "Section 14 Sexual Offences Act", "She climbed 14 hill paths.",
                                  "Page 2 of the Park View file"])
def test_prose_is_not_an_address(text: str) -> None:
    assert addresses(text) == []


def _document(number: int, text: str, people: tuple[str, ...] = ()) -> SourceDocument:
    """A one-page document; each of ``people`` is a suspect keyed by its surname, as the name
    authority would link "Darren COLE", "COLE, Darren" and "D. Cole"."""
    from ingest.patterns import find_patterns

    mentions = [Mention(m.kind, m.key, m.text, 1, m.start, m.end) for m in find_patterns(text)]
    for name in people:
        key = name.split("=")[-1]
        written = name.split("=")[0]
        mentions += [Mention("person", key, written, 1, m.start(), m.end())
                     for m in re.finditer(re.escape(written), text)]
    control = f"L-{number:06d}"
    return SourceDocument(f"l{number}", control, f"doc {number}",
                          date(2004, 1, 1) + timedelta(days=number - 1),
                          "Harnside Constabulary", {1: (text, f"{control}-0001")}, tuple(mentions))


def _linked(documents: list[SourceDocument]) -> dict[str, dict[str, set[str]]]:
    """reference -> flag -> the references it links to."""
    records = case_records("c", build_cases("c", documents), 28)
    return {r["reference"]: {f["flag"]: {o["reference"] for o in f["linked"]}
                             for f in r["flags"] if f["linked"]} for r in records}


PAIRS = [
    ("vehicle", "The car, registration AB12 CDE, was seen.", "A car AB12CDE was stopped.",
     "The car, registration AB12 CDF, was seen."),
    ("vehicle", "The car, registration AB12 CDE, was seen.", "A silver car, ab12 cde, parked.",
     "A silver car, ab12 cdf, parked."),
    ("phone", "He rang from 07700 900123.", "Calls from 07700900123 were logged.",
     "Calls from 07700 900124 were logged."),
    ("phone", "He rang from +44 7700 900123.", "Calls from (07700) 900 123 were logged.",
     "Calls from (07700) 900 132 were logged."),
    ("address", "He was seen at 14 Larch Tce.", "She was taken to 14 Larch Terrace.",
     "She was taken to 16 Larch Terrace."),
    ("address", "He was seen at 14 Larch Tce.", "Address: 14, LARCH TERRACE, HARNSIDE HX4 2QT",
     "Address: 41, LARCH TERRACE, HARNSIDE HX4 2QT\nShe was taken to 14 Birch Terrace."),
    ("address", "Address: 14 Larch Terrace, Harnside HX4 2QT", "Home: 14 LARCH TCE, HX4 2QT.",
     "Address: 14 Larch Terrace, Harnside HX4 2QZ"),
]


@pytest.mark.parametrize(("kind", "first", "second", "decoy"), PAIRS)
def test_one_item_written_two_ways_links_two_cases_and_a_decoy_none(
        kind: str, first: str, second: str, decoy: str) -> None:
    documents = [
        _document(1, f"Crime number HX/2004/0101.\n{first} Wayne Kerr was arrested.",
                  ("Wayne Kerr=kerr",)),
        _document(2, f"Crime number HX/2004/0202.\n{second} Paul Adey was arrested.",
                  ("Paul Adey=adey",)),
        _document(3, f"Crime number HX/2004/0303.\n{decoy} Sean Tait was arrested.",
                  ("Sean Tait=tait",)),
    ]
    linked = _linked(documents)
    assert linked["HX/2004/0101"] == {f"shared {kind}": {"HX/2004/0202"}}
    assert linked["HX/2004/0202"] == {f"shared {kind}": {"HX/2004/0101"}}
    assert linked.get("HX/2004/0303", {}) == {}


def test_a_suspect_in_another_case_links_an_nfa_and_a_namesake_does_not() -> None:
    documents = [
        _document(1, "Crime number HX/2004/0101.\nDarren COLE was arrested. On 2 February 2004 "
                  "NFA, insufficient evidence.", ("Darren COLE=cole",)),
        _document(2, "Crime number HX/2004/0202.\nCOLE, Darren was charged.",
                  ("COLE, Darren=cole",)),
        _document(3, "Crime number HX/2004/0303.\nDarren COLES was arrested. NFA was recorded.",
                  ("Darren COLES=coles",)),
    ]
    linked = _linked(documents)
    assert linked["HX/2004/0101"] == {"suspect elsewhere": {"HX/2004/0202"}}
    assert linked.get("HX/2004/0303", {}) == {}


def test_a_letterhead_in_every_letter_links_nothing() -> None:
    documents = [_document(n, f"{LETTERHEAD}Re: Crime number HX/2004/0{n}00.\n{suspect} was "
                           "arrested. Officers attended from 2 Mill Road.", (f"{suspect}={suspect}",))
                 for n, suspect in ((1, "Wayne Kerr"), (2, "Paul Adey"), (3, "Sean Tait"))]
    documents.append(_document(4, "Crime number HX/2004/0400.\nGary Hill of 2 Mill Road was "
                               "arrested.", ("Gary Hill=hill",)))
    linked = _linked(documents)
    assert all(not flags for flags in linked.values()), linked


def test_a_form_field_repeated_in_two_cases_is_a_link_not_a_letterhead() -> None:
    documents = [
        _document(1, "Crime No: HX/2004/0101\nSuspect: Wayne Kerr\nVehicle: AB12 CDE",
                  ("Wayne Kerr=kerr",)),
        _document(2, "Crime No: HX/2004/0202\nSuspect: Paul Adey\nVehicle: AB12 CDE",
                  ("Paul Adey=adey",)),
    ]
    assert _linked(documents)["HX/2004/0101"] == {"shared vehicle": {"HX/2004/0202"}}


def test_an_item_in_two_cases_whose_suspects_are_unknown_links_them() -> None:
    documents = [_document(1, "Crime number HX/2004/0101.\nChild A was seen in a car, AB12 CDE."),
                 _document(2, "Crime number HX/2004/0202.\nChild B got into AB12CDE.")]
    assert _linked(documents)["HX/2004/0202"] == {"shared vehicle": {"HX/2004/0101"}}


def test_an_item_in_two_cases_of_one_suspect_is_no_shared_item() -> None:
    documents = [_document(n, f"Crime number HX/2004/0{n}00.\nWayne Kerr was arrested in AB12 CDE.",
                           ("Wayne Kerr=kerr",)) for n in (1, 2)]
    assert _linked(documents) == {"HX/2004/0100": {}, "HX/2004/0200": {}}


def test_a_letterhead_after_its_reference_and_a_footer_link_nothing() -> None:
    body = "\n".join(f"Paragraph {n} of the letter." for n in range(8))
    documents = [_document(n, f"Harnside Constabulary\nOur ref: HX/2004/0{n}00\n2 Mill Road, "
                           f"Harnside\n\n{suspect} was arrested.\n{body}\nSwitchboard: 01632 960100",
                           (f"{suspect}={suspect}",))
                 for n, suspect in ((1, "Wayne Kerr"), (2, "Paul Adey"))]
    assert _linked(documents) == {"HX/2004/0100": {}, "HX/2004/0200": {}}


def test_the_same_field_line_of_two_short_forms_is_a_link() -> None:
    documents = [_document(n, f"Crime No: HX/2004/0{n}00\nSuspect: {suspect}\nTel: 07700 900123",
                           (f"{suspect}={suspect}",))
                 for n, suspect in ((1, "Wayne Kerr"), (2, "Paul Adey"))]
    assert _linked(documents)["HX/2004/0100"] == {"shared phone": {"HX/2004/0200"}}


def test_the_same_sighting_told_in_two_cases_opening_lines_is_a_link() -> None:
    # Two logs headed by the force, each telling the same sighting in its opening lines: a
    # sentence is never a letterhead, however often it is repeated.
    sighting = "Caller states the girl was seen getting into a silver Vauxhall Astra BS06 XPV."
    documents = [_document(n, f"OSTLEY VALLEY POLICE - INCIDENT LOG\n{sighting}\n"
                           f"Crime number HX/2004/0{n}00 raised.\n{suspect} was arrested.",
                           (f"{suspect}={suspect}",))
                 for n, suspect in ((1, "Wayne Kerr"), (2, "Paul Adey"))]
    assert _linked(documents)["HX/2004/0100"] == {"shared vehicle": {"HX/2004/0200"}}


@pytest.mark.parametrize(("first", "second", "third"), [
    # The age at each report: born about 1962 in both cases a year apart, 1985 in the third.
    ("Reported 3 March 2004. Darren Cole (aged 41)", "Reported 9 May 2005. Darren Cole (aged 43)",
     "Reported 9 May 2005. Darren Cole (aged 20)"),
    ("Reported 3 March 2004. Darren COLE (nominal N0412345)",
     "Reported 9 May 2005. Darren COLE (nominal N0412345)",
     "Reported 9 May 2005. Darren COLE (nominal N0654321)"),
    # a records number in square brackets, as a force writes it after the name
    ("Reported 3 March 2004. Darren COLE [CRO 1990/412345K]",
     "Reported 9 May 2005. Darren COLE [CRO 1990/412345K]",
     "Reported 9 May 2005. Darren COLE [CRO 1994/654321P]"),
    # the name each is known by, and a year of birth after a dash
    ('Reported 3 March 2004. Darren Cole (known as "Dazza")',
     'Reported 9 May 2005. Darren Cole (known as "Dazza")',
     'Reported 9 May 2005. Darren Cole (known as "Smudge")'),
    ("Reported 3 March 2004. Darren Cole - YOB 1962", "Reported 9 May 2005. Darren Cole - YOB 1962",
     "Reported 9 May 2005. Darren Cole - YOB 1985"),
])
def test_a_namesake_of_another_age_or_records_number_is_no_suspect_elsewhere(
        first: str, second: str, third: str) -> None:
    name = re.match(r".*\. (Darren \w+)", first).group(1)  # type: ignore[union-attr]
    documents = [
        _document(1, f"Crime number HX/2004/0101.\n{first} was arrested. On 2 June 2004 NFA, "
                  "insufficient evidence.", (f"{name}=darren cole",)),
        _document(2, f"Crime number HX/2005/0202.\n{second} was charged.", (f"{name}=darren cole",)),
        _document(3, f"Crime number HX/2005/0303.\n{third} was arrested. On 2 August 2005 NFA, "
                  "insufficient evidence.", (f"{name}=darren cole",)),
    ]
    linked = _linked(documents)
    assert linked["HX/2004/0101"] == {"suspect elsewhere": {"HX/2005/0202"}}
    assert linked.get("HX/2005/0303", {}) == {}


def test_a_maker_s_model_is_no_plate_and_links_nothing() -> None:
    documents = [
        _document(1, "Crime number HX/2004/0101.\nA black BMW X5, registration AB12 CDE, was seen. "
                  "Wayne Kerr was arrested.", ("Wayne Kerr=kerr",)),
        _document(2, "Crime number HX/2004/0202.\nA black BMW X5, registration AB12 EDC, was seen. "
                  "Paul Adey was arrested.", ("Paul Adey=adey",)),
        _document(3, "Crime number HX/2004/0303.\nSeen in a car, registration X 5, twice. Sean Tait "
                  "was arrested.", ("Sean Tait=tait",)),
    ]
    assert _linked(documents) == {"HX/2004/0101": {}, "HX/2004/0202": {}, "HX/2004/0303": {}}


def test_a_redacted_phone_is_no_item_and_no_link_in_the_redacted_register() -> None:
    """The register users without clearance read is built from the redacted documents
    (search.cases.sources.redacted_source): the phone a span took out of one document is
    neither that case's item nor a link to the case that still writes it."""
    from search.cases.sources import redacted_source
    from search.redaction_text import Applied

    first = _document(1, "Crime number HX/2004/0101.\nHe rang from 07700 900123. Wayne Kerr was "
                      "arrested.", ("Wayne Kerr=kerr",))
    second = _document(2, "Crime number HX/2004/0202.\nCalls from 07700900123 were logged. "
                       "Paul Adey was arrested.", ("Paul Adey=adey",))
    text = first.pages[1][0]
    applied = Applied()
    applied.add_span(1, text.index("07700"), text.index("07700") + len("07700 900123"))
    redacted = redacted_source(first, applied)
    assert "07700" not in redacted.pages[1][0]
    assert redacted.mentions[-1].text == "Wayne Kerr"  # moved, still on its words
    start, end = redacted.mentions[-1].start, redacted.mentions[-1].end
    assert redacted.pages[1][0][start:end] == "Wayne Kerr"
    assert _linked([first, second])["HX/2004/0101"] == {"shared phone": {"HX/2004/0202"}}
    records = case_records("c", build_cases("c", [redacted, second]), 28)
    by_reference = {r["reference"]: r for r in records}
    assert by_reference["HX/2004/0101"]["items"] == []
    assert not any(f["linked"] for r in records for f in r["flags"])
    assert by_reference["HX/2004/0202"]["items"][0]["key"] == "+447700900123"  # still written


def test_a_suspect_written_family_name_first_is_one_person_and_a_birthplace_tells_two_apart() -> None:
    documents = [
        _document(1, "Crime number HX/2004/0101.\nArvo Lembit KASK (born Tartu) was arrested. "
                  "On 2 February 2004 NFA, insufficient evidence.",
                  ("Arvo Lembit KASK=arvo lembit kask",)),
        _document(2, "Crime number HX/2004/0202.\nKask Arvo Lembit (Estonian national) was charged.",
                  ("Kask Arvo Lembit=kask arvo lembit",)),
        _document(3, "Crime number HX/2004/0303.\nArvo Lembit KASK (born Narva) was charged.",
                  ("Arvo Lembit KASK=arvo lembit kask",)),
    ]
    linked = _linked(documents)
    assert linked["HX/2004/0101"] == {"suspect elsewhere": {"HX/2004/0202"}}


def test_an_address_without_its_postcode_is_the_one_in_the_town_written_after_it() -> None:
    documents = [
        _document(1, "Crime number HX/2004/0101.\nAddress: 14 Larch Terrace, Harnside HX4 2QT\n"
                  "Wayne Kerr was arrested.", ("Wayne Kerr=kerr",)),
        _document(2, "Crime number HX/2004/0202.\nAddress: 14 Larch Terrace, Wendham WD7 1WX\n"
                  "Paul Adey was arrested.", ("Paul Adey=adey",)),
        _document(3, "Crime number HX/2004/0303.\nShe was kept at 14 LARCH TCE HARNSIDE.\n"
                  "Sean Tait was arrested.", ("Sean Tait=tait",)),
    ]
    linked = _linked(documents)
    assert linked["HX/2004/0303"] == {"shared address": {"HX/2004/0101"}}
    assert linked["HX/2004/0202"] == {}


@pytest.mark.parametrize(("written", "key"), [
    ("46 Hollin Ri., Carrbeck", "46 hollin rise in carrbeck"),  # a type cut short, its stop kept
    ("46 Hollin Mou. that night", "46 hollin mount"),
])
def test_a_street_type_cut_short_to_one_type_is_that_type(written: str, key: str) -> None:
    assert [a[2] for a in addresses(f"Seen at {written}.")][:1] == [key]


def test_a_cut_short_type_that_could_be_two_is_no_address() -> None:
    assert addresses("Seen at 46 Hollin Cr. that night.") == []  # crescent or croft


@pytest.mark.parametrize(("written", "key"), [
    ("registration R614 H Y K", "R614HYK"), ("car R 6 1 4 H Y K", "R614HYK"),
    ("the van, index mark HK07 W D P", "HK07WDP")])
def test_a_plate_with_its_characters_spaced_is_the_plate(written: str, key: str) -> None:
    from ingest.patterns import find_patterns
    assert [m.key for m in find_patterns(f"Seen: {written}.") if m.kind == "vehicle"] == [key]


def test_spaced_letters_without_a_vehicle_word_are_no_plate() -> None:
    from ingest.patterns import find_patterns
    assert [m for m in find_patterns("Grades: R614 H Y K.") if m.kind == "vehicle"
            and len(m.key) > 4] == []


FORENAMES = ("Wayne", "Paul", "Sean", "Lee", "Craig", "Dean", "Gary", "Mark", "Neil", "Ross")
SURNAMES = ("Kerr", "Adey", "Tait", "Mann", "Pike", "Rudd")


def test_a_phone_and_a_suspect_in_many_cases_name_twenty_and_count_the_rest() -> None:
    """A number in 60 cases whose suspects differ (a taxi firm's): each case's flag names twenty
    of the others and says how many more, as does an NFA whose suspect is one in 60 others, so
    the register's work and its flags do not grow with the square of a common item's cases."""
    people = [f"{f} {s}" for s in SURNAMES for f in FORENAMES]
    documents = [_document(n, f"Crime number HX/2004/{n:04d}.\nCalls from 07700 900123 were "
                           f"logged. {name} was arrested. Darren Cole was arrested.",
                           (f"{name}={name.lower()}", "Darren Cole=darren cole"))
                 for n, name in enumerate(people, start=1)]
    documents.append(_document(61, "Crime number HX/2004/0061.\nDarren Cole was arrested. On 2 "
                               "June 2004 NFA, insufficient evidence.", ("Darren Cole=darren cole",)))
    records = {r["reference"]: r for r in case_records("c", build_cases("c", documents), 28)}
    shared = [f for f in records["HX/2004/0001"]["flags"] if f["flag"] == "shared phone"]
    assert len(shared) == 1 and len(shared[0]["linked"]) == 20
    assert "and 39 other cases, with different suspects" in shared[0]["reason"]
    elsewhere = [f for f in records["HX/2004/0061"]["flags"] if f["flag"] == "suspect elsewhere"]
    assert len(elsewhere) == 1 and len(elsewhere[0]["linked"]) == 20
    assert "and 40 other cases" in elsewhere[0]["reason"]
