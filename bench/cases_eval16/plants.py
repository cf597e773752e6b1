"""The traps of the sixteenth set, each placed by name: reopened cases (one force's re-crimed), early
closures, look-alike references, shared suspects, vehicles, phones and addresses written differently
in each case, and decoys: two plates one letter apart in their area code, a mobile one digit off in
its last place, a house number and the same number with a letter after it on one street, and
namesakes told apart only by their eye colour or by their criminal records office number.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import move_report as thirteenth_move_report
from bench.cases_eval13.plants import serial_where
from bench.cases_eval16.world import OPERATIONS, TEAMS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "brindlecombe": ((("nfa_cps_advice", 1), "charged"), (("nfa_insufficient_evidence", 1), "open")),
    "yarrowby": ((("nfa_victim_did_not_support", 0), "cautioned"),
                 (("nfa_insufficient_evidence", 1), "open")),
    "penwhistle": ((("nfa_insufficient_evidence", 1), "charged"),
                   (("nfa_victim_did_not_support", 0), "nfa_not_in_public_interest")),
}  # fmt: skip
RECRIMED_FORCES = ("yarrowby",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def move_report(world: World, case: Case, reported: date) -> None:
    """The thirteenth set's move; a Penwhistle crime number follows the new month, a Brindlecombe
    council number keeps the case's team."""
    if case.force.key == "penwhistle":
        case.unit = reported.month - 1
    thirteenth_move_report(world, case, reported)  # type: ignore[arg-type]
    if case.referral and case.force.key == "brindlecombe":
        serial = int(case.referral.value.split("/")[2])
        case.referral = case.force.referral_ref(serial, reported.year, case.unit)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2016-18 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2016, 3, 7) + timedelta(days=world.rng.randint(0, 700))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 250))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name.upper()}", (("short", f"Op {name}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.reopened.month - 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("brindlecombe", "nfa_not_in_public_interest", 0), 0),
    (("brindlecombe", "cautioned", 0), 3),
    (("yarrowby", "nfa", 0), 1),
    (("yarrowby", "filed_undetected", 0), 0),
    (("yarrowby", "nfa_cps_advice", 1), 2),
    (("penwhistle", "nfa_victim_did_not_support", 1), 0),
    (("penwhistle", "filed_undetected", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_crime_lookalikes(world)
    plant_call_lookalikes(world)
    plant_council_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def plant_crime_lookalikes(world: World) -> None:
    """Two serials of one year told apart by a 3 and an 8; one serial in two years (two year
    letters); one serial in two months of one year."""
    a, b = world.find("brindlecombe", "charged", 1), world.find("brindlecombe", "cautioned", 1)
    move_report(world, b, beside(a, 5))

    def eight_for_three(s: int) -> int:
        return int(f"{s:05d}".replace("3", "8", 1))

    serial = serial_where(
        world, 10000, 90000, lambda s: "3" in f"{s:05d}" and eight_for_three(s) not in world.used_numbers
    )
    world.used_numbers.add(eight_for_three(serial))
    a.crime = a.force.crime_ref(serial, a.reported.year, a.unit)
    b.crime = b.force.crime_ref(eight_for_three(serial), b.reported.year, b.unit)
    add_lookalike(world, a, b, ("crime", "crime"), "serials of one year told apart by a 3 and an 8")
    c, d = world.find("yarrowby", "charged", 1), world.find("yarrowby", "cautioned", 1)
    move_report(world, c, date(2006, 10, 2))
    move_report(world, d, date(2007, 10, 8))
    serial = world.unique_number(10000, 90000)
    c.crime = c.force.crime_ref(serial, 2006)
    d.crime = d.force.crime_ref(serial, 2007)
    add_lookalike(world, c, d, ("crime", "crime"), "one serial with the year letters F and G: two crimes")
    e, f = world.find("penwhistle", "charged", 1), world.find("penwhistle", "cautioned", 0)
    move_report(world, e, date(2005, 3, 14))
    move_report(world, f, date(2005, 9, 19))
    serial = world.unique_number(10000, 90000)
    e.crime = e.force.crime_ref(serial, 2005, e.unit)
    f.crime = f.force.crime_ref(serial, 2005, f.unit)
    add_lookalike(world, e, f, ("crime", "crime"), "one serial in March and September 2005: two crimes")


def plant_call_lookalikes(world: World) -> None:
    """One log serial on two days running of one ISO week; one serial on 3 April and 4 March 2005
    (the day and month swapped); two ticket serials with their middle digits swapped, one year."""
    a, b = world.find("brindlecombe", "charged", 2), world.find("brindlecombe", "open", 0)
    move_report(world, a, date(2004, 3, 23))
    move_report(world, b, date(2004, 3, 24))
    number = world.unique_number(100, 999)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(
        world, a, b, ("incident", "incident"), "one log serial on the Tuesday and Wednesday of one week"
    )
    c, d = world.find("yarrowby", "charged", 2), world.find("yarrowby", "open", 0)
    move_report(world, c, date(2005, 4, 3))
    move_report(world, d, date(2005, 3, 4))
    number = world.unique_number(100, 999)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "one serial on 3 April and 4 March: two incidents")
    e, f = world.find("penwhistle", "charged", 2), world.find("penwhistle", "open", 0)
    move_report(world, f, beside(e, 9))

    def swap_middle(s: int) -> int:
        digits = f"{s:05d}"
        return int(digits[0] + digits[2] + digits[1] + digits[3:])

    serial = serial_where(
        world, 10000, 60000, lambda s: swap_middle(s) != s and swap_middle(s) not in world.used_numbers
    )
    world.used_numbers.add(swap_middle(serial))
    e.incident = e.force.incident_ref(serial, e.reported)
    f.incident = f.force.incident_ref(swap_middle(serial), f.reported)
    add_lookalike(world, e, f, ("incident", "incident"), "two ticket serials with middle digits swapped")


def plant_council_lookalikes(world: World) -> None:
    """One MARF serial and year in the north and south teams; a child in need serial and the same
    digits reversed, one year; one initial contact serial in two years."""
    a, b = world.find("brindlecombe", "charged", 3), world.find("brindlecombe", "filed_undetected", 0)
    move_report(world, b, beside(a, 8))
    serial = world.unique_number(100, 9999)
    a.unit, b.unit = TEAMS.index("N"), TEAMS.index("S")
    a.referral = a.force.referral_ref(serial, a.reported.year, a.unit)
    b.referral = b.force.referral_ref(serial, b.reported.year, b.unit)
    add_lookalike(world, a, b, ("referral", "referral"), "one MARF serial and year in two teams")
    c, d = world.find("yarrowby", "charged", 3), world.find("yarrowby", "cautioned", 0)
    move_report(world, d, beside(c, 12))

    def reversed_digits(s: int) -> int:
        return int(f"{s:04d}"[::-1])

    serial = serial_where(
        world, 1000, 9999,
        lambda s: reversed_digits(s) != s and reversed_digits(s) >= 1000
        and reversed_digits(s) not in world.used_numbers,
    )  # fmt: skip
    world.used_numbers.add(reversed_digits(serial))
    c.referral = c.force.referral_ref(serial, c.reported.year)
    d.referral = d.force.referral_ref(reversed_digits(serial), d.reported.year)
    add_lookalike(world, c, d, ("referral", "referral"), "a child in need serial and its digits reversed")
    e, f = world.find("penwhistle", "charged", 3), world.find("penwhistle", "cautioned", 1)
    move_report(world, e, date(2006, 6, 12))
    move_report(world, f, date(2007, 1, 22))
    serial = world.unique_number(100, 9999)
    e.referral = e.force.referral_ref(serial, 2006)
    f.referral = f.force.referral_ref(serial, 2007)
    add_lookalike(world, e, f, ("referral", "referral"), "one initial contact serial in 2006 and 2007")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("penwhistle", "nfa_not_in_public_interest", 0), [("penwhistle", "charged", 0)]),
    (("penwhistle", "nfa_cps_advice", 0), [("brindlecombe", "charged", 0)]),
    (
        ("penwhistle", "nfa_cps_advice", 1),
        [("penwhistle", "cautioned", 1), ("yarrowby", "filed_undetected", 1), ("brindlecombe", "open", 0)],
    ),
    (("penwhistle", "nfa_insufficient_evidence", 0), [("yarrowby", "nfa", 0)]),
)
# Only the Finnish force's suspects turn up in the other forces' files: their letters (ä, ö) are in
# all three forces' text and mail encodings, as the Bosnian and Basque letters are not.


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.eyes, twin.cro, twin.build = shared.eyes, shared.cro, shared.build
    return twin


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one to three other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("interviewed", nfa_case.force))  # type: ignore[arg-type]
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
            nfa_case.solicitor = nfa_case.solicitor or world.new_staff("solicitor", job="solicitor")
        shared = nfa_case.suspects[0]
        for spec in others:
            other = world.find(*spec)
            evidence = "interviewed"
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                evidence = "named"
            other.suspects.append(twin_of(shared, evidence))  # type: ignore[arg-type]
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("brindlecombe", "nfa_insufficient_evidence", 0), ("yarrowby", "charged", 0)]),
    ("vehicle", [("penwhistle", "nfa_cps_advice", 1), ("penwhistle", "charged", 2)]),
    (
        "vehicle",
        [("yarrowby", "nfa_insufficient_evidence", 0), ("brindlecombe", "cautioned", 1),
         ("penwhistle", "open", 0)],
    ),
    ("phone", [("brindlecombe", "nfa_victim_did_not_support", 0), ("brindlecombe", "charged", 3)]),
    ("landline", [("yarrowby", "nfa_cps_advice", 0), ("penwhistle", "nfa_insufficient_evidence", 0)]),
    (
        "phone",
        [("penwhistle", "nfa_not_in_public_interest", 0), ("yarrowby", "cautioned", 1),
         ("brindlecombe", "open", 0)],
    ),
    ("address", [("brindlecombe", "nfa_cps_advice", 0), ("brindlecombe", "cautioned", 1)]),
    ("address", [("yarrowby", "nfa_victim_did_not_support", 1), ("yarrowby", "charged", 2)]),
    ("address", [("penwhistle", "nfa_victim_did_not_support", 1), ("penwhistle", "charged", 3)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, f"0044 {digits[1:]}", f"{digits[:5]}-{digits[5:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.replace(" ", ""), item.value.replace(" ", ".")]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [item.value, f"{number}, {road}, {postcode}", f"{road} no. {number}, {town}"]


def plant_shared_items(world: World) -> None:
    """A vehicle, phone or address in two or three cases whose suspects differ, written differently."""
    for kind, specs in SHARED_ITEMS:
        cases = [world.find(*spec) for spec in specs]
        for case in cases:
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", case.force))  # type: ignore[arg-type]
        item = new_item(world, kind, cases[0])
        forms = item_forms(item)
        for position, case in enumerate(cases):
            case.items.append(item)
            case.item_forms[item.value] = forms[position % len(forms)]


def plant_decoys(world: World) -> None:
    """Near misses that must not link: two plates one letter apart in their area code, a mobile one
    digit off in its last place, a house number and the same number with a letter on one street."""
    a, b = world.find("brindlecombe", "nfa", 0), world.find("penwhistle", "charged", 0)
    letters = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 3))
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"YK05 {letters}", "grey Vauxhall Zafira")),
        (b, Item("vehicle", f"YL05 {letters}", "grey Vauxhall Zafira")),
        "area codes YK and YL with the same age and letters: two cars",
    )
    c, d = world.find("yarrowby", "nfa_not_in_public_interest", 0), world.find("brindlecombe", "charged", 1)
    line = world.new_phone()
    other = line.value[:-1] + str((int(line.value[-1]) + 1) % 10)
    add_decoy(world, "phone", (c, line), (d, Item("phone", other)), "the last digit differs: two mobiles")
    e, f = world.find("penwhistle", "nfa_cps_advice", 0), world.find("penwhistle", "cautioned", 0)
    house = world.new_address(e.force)  # type: ignore[arg-type]
    number, rest = house.value.split(" ", 1)
    add_decoy(
        world,
        "address",
        (e, Item("address", house.value)),
        (f, Item("address", f"{number}A {rest}")),
        f"number {number} and {number}A of one street: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("brindlecombe", "nfa_cps_advice", 0), ("brindlecombe", "charged", 2), "Muhidin", "Rasim", "Karahodžić",
     ("eyes", "blue", "brown"), "eye colour"),
    (("yarrowby", "nfa_cps_advice", 0), ("yarrowby", "charged", 1), "Imanol", "Julen", "Aranburu Lasa",
     ("cro", "031877/89", "052240/04"), "CRO number"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the eye colour Brindlecombe writes, or by the CRO
    number Yarrowby writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1969, 5, 3)), (two, date(1985, 12, 21))):
            person = Person(forename, surname, "suspect", evidence="arrested", middle=middle, born=born)
            person.tradition = nfa_case.force.key
            setattr(person, field, value)
            people.append(person)
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(people[0])  # type: ignore[arg-type]
        other.suspects.append(people[1])  # type: ignore[arg-type]
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{p.plain} ({p.born}, {getattr(p, field)})" for p in people],
                "cases": [nfa_case.key, other.key],
                "why": f"same names, different {why}: not the same suspect",
            }
        )
