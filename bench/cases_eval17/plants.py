"""The traps of the seventeenth set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates whose last letters differ, a mobile one digit off
in its third-last place, one house number and street name in two towns, and namesakes told apart
only by their PNC number or by their height.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import move_report as thirteenth_move_report
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.world import EPOCH, OPERATIONS, Case, Item, Person, Ref, World, day_number

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "gorsedge": ((("nfa_victim_did_not_support", 1), "charged"), (("nfa_cps_advice", 0), "open")),
    "cradlebrook": ((("nfa_insufficient_evidence", 0), "charged"),
                    (("nfa_not_in_public_interest", 0), "nfa_insufficient_evidence")),
    "fallowmere": ((("nfa_cps_advice", 1), "cautioned"), (("nfa_insufficient_evidence", 1), "open")),
}  # fmt: skip
RECRIMED_FORCES = ("fallowmere",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def move_report(world: World, case: Case, reported: date) -> None:
    """The thirteenth set's move; the references keyed to the month of the report follow it."""
    thirteenth_move_report(world, case, reported)  # type: ignore[arg-type]
    world.date_references(case)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2016-18 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2016, 5, 9) + timedelta(days=world.rng.randint(0, 680))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(70, 260))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OP/{name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.unit)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("gorsedge", "nfa", 0), 0),
    (("gorsedge", "filed_undetected", 1), 2),
    (("cradlebrook", "cautioned", 0), 1),
    (("cradlebrook", "nfa_victim_did_not_support", 1), 0),
    (("fallowmere", "nfa_not_in_public_interest", 0), 3),
    (("fallowmere", "filed_undetected", 0), 0),
    (("fallowmere", "nfa_cps_advice", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_gorsedge_lookalikes(world)
    plant_cradlebrook_lookalikes(world)
    plant_fallowmere_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its month's year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def pair(world: World, force: str, specs: tuple[tuple[str, int], tuple[str, int]]) -> tuple[Case, Case]:
    return world.find(force, *specs[0]), world.find(force, *specs[1])


def plant_gorsedge_lookalikes(world: World) -> None:
    """One crime serial in two financial years of one calendar year; one CAD serial in months IV
    and VI of one year; two council serials told apart by a 1 and a 7."""
    a, b = pair(world, "gorsedge", (("charged", 1), ("cautioned", 1)))
    move_report(world, a, date(2005, 2, 14))
    move_report(world, b, date(2005, 5, 16))
    serial = world.unique_number(10000, 90000)
    a.crime = a.force.crime_ref(serial, 2005, a.unit)
    b.crime = b.force.crime_ref(serial, 2005, b.unit)
    add_lookalike(world, a, b, ("crime", "crime"), "one serial in FY 2004/05 and FY 2005/06: two crimes")
    c, d = pair(world, "gorsedge", (("charged", 2), ("open", 0)))
    move_report(world, c, date(2006, 4, 11))
    move_report(world, d, date(2006, 6, 13))
    number = world.unique_number(100, 999)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "one CAD serial in months IV and VI: two calls")
    e, f = pair(world, "gorsedge", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, f, beside(e, 10))

    def seven_for_one(s: int) -> int:
        return int(f"{s:04d}".replace("1", "7", 1))

    serial = serial_where(
        world, 1000, 9999, lambda s: "1" in f"{s:04d}" and seven_for_one(s) not in world.used_numbers
    )
    world.used_numbers.add(seven_for_one(serial))
    e.referral = e.force.referral_ref(serial, e.reported.year)
    f.referral = f.force.referral_ref(seven_for_one(serial), f.reported.year)
    add_lookalike(world, e, f, ("referral", "referral"), "council serials told apart by a 1 and a 7")


def swap_last_two(s: int, width: int) -> int:
    digits = f"{s:0{width}d}"
    return int(digits[:-2] + digits[-1] + digits[-2])


def plant_cradlebrook_lookalikes(world: World) -> None:
    """Two crime serials with their last two digits swapped, one year; one message serial on day
    numbers whose last two digits are swapped; one council serial in November and December."""
    a, b = pair(world, "cradlebrook", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 6))
    serial = serial_where(
        world, 10000, 90000,
        lambda s: swap_last_two(s, 5) != s and swap_last_two(s, 5) not in world.used_numbers,
    )  # fmt: skip
    world.used_numbers.add(swap_last_two(serial, 5))
    a.crime = a.force.crime_ref(serial, a.reported.year)
    b.crime = b.force.crime_ref(swap_last_two(serial, 5), b.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "crime serials with the last two digits swapped")
    c, d = pair(world, "cradlebrook", (("charged", 2), ("open", 0)))
    move_report(world, c, EPOCH + timedelta(days=1812))
    move_report(world, d, EPOCH + timedelta(days=swap_last_two(day_number(c.reported), 4)))
    number = world.unique_number(100, 999)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "one message serial on days 1812 and 1821")
    e, f = pair(world, "cradlebrook", (("charged", 3), ("cautioned", 0)))
    move_report(world, e, date(2007, 11, 5))
    move_report(world, f, date(2007, 12, 3))
    serial = world.unique_number(100, 9999)
    e.referral = e.force.referral_ref(serial, 2007, 10)
    f.referral = f.force.referral_ref(serial, 2007, 11)
    add_lookalike(world, e, f, ("referral", "referral"), "one contact serial in months K and L of 2007")


def plant_fallowmere_lookalikes(world: World) -> None:
    """One crime serial and year in divisions D2 and D3; one log serial in two weeks running; one
    council serial in two years."""
    a, b = pair(world, "fallowmere", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 4))
    serial = world.unique_number(10000, 90000)
    a.unit, b.unit = 1, 2
    a.crime = a.force.crime_ref(serial, a.reported.year, a.unit)
    b.crime = b.force.crime_ref(serial, b.reported.year, b.unit)
    add_lookalike(world, a, b, ("crime", "crime"), "one serial and year in divisions D2 and D3")
    c, d = pair(world, "fallowmere", (("charged", 2), ("open", 0)))
    move_report(world, c, date(2003, 9, 17))
    move_report(world, d, date(2003, 9, 24))
    number = world.unique_number(100, 999)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "one log serial in the weeks ending 21 and 28 Sept")
    e, f = pair(world, "fallowmere", (("charged", 3), ("cautioned", 0)))
    move_report(world, e, date(2004, 8, 2))
    move_report(world, f, date(2005, 2, 21))
    serial = world.unique_number(100, 9999)
    e.referral = e.force.referral_ref(serial, 2004)
    f.referral = f.force.referral_ref(serial, 2005)
    add_lookalike(world, e, f, ("referral", "referral"), "one contact serial in 2004 and 2005")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("fallowmere", "nfa_victim_did_not_support", 0), [("fallowmere", "charged", 0)]),
    (("fallowmere", "nfa", 0), [("gorsedge", "charged", 0)]),
    (
        ("fallowmere", "nfa_insufficient_evidence", 0),
        [("fallowmere", "cautioned", 1), ("cradlebrook", "filed_undetected", 1), ("gorsedge", "open", 0)],
    ),
    (("fallowmere", "nfa_victim_did_not_support", 1), [("cradlebrook", "nfa", 0)]),
)
# Only the Greek-named force's suspects turn up in the other forces' files: their romanised names
# are plain ASCII, in every force's encoding, as the Czech and Azerbaijani letters are not.


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.occupation, twin.pnc, twin.height = shared.occupation, shared.pnc, shared.height
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
    ("vehicle", [("gorsedge", "nfa_insufficient_evidence", 0), ("cradlebrook", "charged", 0)]),
    ("vehicle", [("fallowmere", "nfa_insufficient_evidence", 0), ("fallowmere", "charged", 2)]),
    (
        "vehicle",
        [("cradlebrook", "nfa_cps_advice", 0), ("gorsedge", "cautioned", 0), ("fallowmere", "open", 0)],
    ),
    ("phone", [("gorsedge", "nfa_not_in_public_interest", 0), ("gorsedge", "charged", 3)]),
    ("landline", [("cradlebrook", "nfa_cps_advice", 1), ("fallowmere", "nfa", 0)]),
    (
        "phone",
        [("fallowmere", "nfa_victim_did_not_support", 0), ("cradlebrook", "cautioned", 1),
         ("gorsedge", "open", 0)],
    ),
    ("address", [("gorsedge", "nfa_insufficient_evidence", 1), ("gorsedge", "cautioned", 1)]),
    ("address", [("cradlebrook", "nfa_victim_did_not_support", 0), ("cradlebrook", "charged", 2)]),
    ("address", [("fallowmere", "nfa_cps_advice", 0), ("fallowmere", "charged", 3)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        return [item.value, f"({area}) {rest.replace(' ', '')}", f"+44 (0){area[1:]} {rest}"]
    if item.kind == "vehicle":
        return [item.value, item.value.lower(), item.value.replace(" ", "-")]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"{number} {road.upper()}, {town.upper()} {postcode}",
        f"{road}, house {number}, {postcode}",
    ]


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
    """Near misses that must not link: two plates whose last letters differ, a mobile one digit off
    in its third-last place, one house number and street name in two towns."""
    a, b = world.find("gorsedge", "nfa_victim_did_not_support", 0), world.find("fallowmere", "charged", 1)
    letters = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 2))
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"KV06 {letters}R", "tan Skoda Octavia")),
        (b, Item("vehicle", f"KV06 {letters}P", "tan Skoda Octavia")),
        "last letters R and P with the same area, age and first letters: two cars",
    )
    c, d = world.find("cradlebrook", "nfa_cps_advice", 0), world.find("gorsedge", "charged", 1)
    line = world.new_phone()
    digit = str((int(line.value[-3]) + 1) % 10)
    other = line.value[:-3] + digit + line.value[-2:]
    add_decoy(world, "phone", (c, line), (d, Item("phone", other)), "one digit differs: two mobiles")
    e, f = world.find("gorsedge", "nfa_cps_advice", 1), world.find("cradlebrook", "charged", 3)
    house = world.new_address(e.force)  # type: ignore[arg-type]
    street = house.value.split(", ")[0]
    district = f"{f.force.postcode}{world.rng.randint(40, 49)} 5RE"
    add_decoy(
        world,
        "address",
        (e, Item("address", house.value)),
        (f, Item("address", f"{street}, {f.force.town} {district}")),
        f"{street} in Gorsedge and in Cradlebrook: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("cradlebrook", "nfa_insufficient_evidence", 1), ("cradlebrook", "charged", 1), "Elməddin", "Vüsal",
     "Şükürov", ("pnc", "87/402213M", "03/118756C"), "PNC number"),
    (("fallowmere", "nfa_cps_advice", 0), ("fallowmere", "charged", 1), "Chrysostomos", "Pavlou",
     "Hatzigeorgiou", ("height", (5, 7), (6, 3)), "height"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the PNC number Cradlebrook writes, or by the height
    Fallowmere writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1968, 7, 9)), (two, date(1984, 1, 27))):
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
                "values": [f"{p.plain} ({p.born}, {describe(getattr(p, field))})" for p in people],
                "cases": [nfa_case.key, other.key],
                "why": f"same names, different {why}: not the same suspect",
            }
        )


def describe(value: object) -> str:
    """A PNC number as written, a height as feet and inches."""
    return f"{value[0]}ft {value[1]}in" if isinstance(value, tuple) else str(value)
