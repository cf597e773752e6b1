"""The traps of the twentieth set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates that differ only by their age identifier (the
March and the September issue of one year), one landline number under two dialling codes, one
house number and street in two towns, and namesakes told apart only by the interpreter they need
or by their handedness.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval20.world import NAMES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "cratchmere": ((("nfa_victim_did_not_support", 0), "charged"),
                   (("nfa_insufficient_evidence", 1), "nfa_victim_did_not_support")),
    "dunmallow": ((("nfa_cps_advice", 1), "open"), (("nfa_insufficient_evidence", 1), "cautioned")),
    "ousebarrow": ((("nfa", 0), "charged"), (("nfa_cps_advice", 0), "open")),
}  # fmt: skip
RECRIMED_FORCES = ("cratchmere",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2018-19 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2018, 2, 5) + timedelta(days=world.rng.randint(0, 640))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(80, 250))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OPN {name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.reopened.month - 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("cratchmere", "nfa", 0), 0),
    (("cratchmere", "cautioned", 0), 3),
    (("dunmallow", "filed_undetected", 0), 0),
    (("dunmallow", "nfa_not_in_public_interest", 0), 2),
    (("ousebarrow", "nfa_insufficient_evidence", 1), 0),
    (("ousebarrow", "filed_undetected", 1), 1),
    (("ousebarrow", "nfa_victim_did_not_support", 0), 3),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_cratchmere_lookalikes(world)
    plant_dunmallow_lookalikes(world)
    plant_ousebarrow_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its month's year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def pair(world: World, force: str, specs: tuple[tuple[str, int], tuple[str, int]]) -> tuple[Case, Case]:
    return world.find(force, *specs[0]), world.find(force, *specs[1])


def same_serial(world: World, kind: str, a: Case, b: Case, why: str, units: tuple[int, int]) -> None:
    """One serial and year in both cases, told apart only by what `units` chooses (a split letter,
    a records system, a sector, a source, a family place or a year group)."""
    force, serial = a.force, world.unique_number(1000, 9999)
    refs = (force.crime_ref, force.referral_ref)[kind == "referral"]
    setattr(a, kind, refs(serial, a.reported.year, units[0]))
    setattr(b, kind, refs(serial, b.reported.year, units[1]))
    add_lookalike(world, a, b, (kind, kind), why)


def same_call(world: World, a: Case, b: Case, numbers: tuple[int, int], why: str) -> None:
    a.incident = a.force.incident_ref(numbers[0], a.reported)
    b.incident = b.force.incident_ref(numbers[1], b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), why)


def next_number(world: World, low: int, high: int, step: int, fits: object) -> int:
    """A call number whose neighbour `step` on is free too (the same serial, the next channel)."""
    number = serial_where(world, low, high, lambda n: fits(n) and n + step not in world.used_numbers)  # type: ignore[operator]
    world.used_numbers.add(number + step)
    return number


def plant_cratchmere_lookalikes(world: World) -> None:
    """One crime serial and year in offence classes SX and EX; one call serial by 999 and by 101;
    one council serial and year in teams 2 and 5."""
    a, b = pair(world, "cratchmere", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 5))
    a.unit, b.unit = 0, 1
    same_serial(world, "crime", a, b, "one serial and year in classes SX and EX: two crimes", (0, 1))
    c, d = pair(world, "cratchmere", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 12))
    number = next_number(world, 300, 2000, 1, lambda n: n % 3 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial by 999 and by 101: two calls")
    e, f = pair(world, "cratchmere", (("charged", 3), ("filed_undetected", 1)))
    move_report(world, f, beside(e, 8))
    same_serial(
        world, "referral", e, f, "one council serial and year in teams 2 and 5: two referrals", (1, 4)
    )


def plant_dunmallow_lookalikes(world: World) -> None:
    """One crime serial and year in two districts; one call serial on the late and the night shift;
    one council serial and year in wards 03 and 13."""
    a, b = pair(world, "dunmallow", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 4))
    a.unit, b.unit = 1, 2
    same_serial(world, "crime", a, b, "one serial and year in districts LWT and RCK: two crimes", (1, 2))
    c, d = pair(world, "dunmallow", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 17))
    number = next_number(world, 300, 2300, 1, lambda n: n % 3 == 1)
    same_call(world, c, d, (number, number + 1), "one call serial on the late and the night shift: two calls")
    e, f = pair(world, "dunmallow", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 6))
    same_serial(
        world, "referral", e, f, "one council serial and year in wards 03 and 13: two referrals", (2, 12)
    )


def plant_ousebarrow_lookalikes(world: World) -> None:
    """One crime serial and year with the CSE team and with CID; one call serial at both centres;
    one council serial and year as a section 17 and a section 47 referral."""
    a, b = pair(world, "ousebarrow", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 3))
    a.unit, b.unit = 0, 1
    same_serial(world, "crime", a, b, "one serial and year with teams CSE and CID: two crimes", (0, 1))
    c, d = pair(world, "ousebarrow", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 9))
    number = next_number(world, 300, 2300, 1, lambda n: n % 2 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial at centres ASH and YEW: two calls")
    e, f = pair(world, "ousebarrow", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 10))
    same_serial(world, "referral", e, f, "one council serial and year under section 17 and 47", (0, 1))


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("dunmallow", "nfa_victim_did_not_support", 0), [("dunmallow", "charged", 2)]),
    (("dunmallow", "nfa_insufficient_evidence", 0), [("cratchmere", "charged", 0)]),
    (
        ("dunmallow", "nfa_cps_advice", 0),
        [
            ("dunmallow", "filed_undetected", 1),
            ("ousebarrow", "filed_undetected", 0),
            ("cratchmere", "open", 0),
        ],
    ),
    (("dunmallow", "nfa", 0), [("ousebarrow", "nfa_insufficient_evidence", 0)]),
)
# Only the Quebec-named force's suspects turn up in the other forces' files, and only with names of
# plain ASCII letters, which every force's encoding holds (`plain_names` makes sure of it).


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.interpreter, twin.hand, twin.accent = shared.interpreter, shared.hand, shared.accent
    return twin


def plain_names(world: World, person: Person) -> None:
    """Give a shared suspect names of ASCII letters only, so that any force's files can hold them."""
    forenames, middles, surnames = (tuple(n for n in group if n.isascii()) for group in NAMES["dunmallow"])
    while not f"{person.forename} {person.middle} {person.surname}".isascii():
        forename, surname = world.rng.choice(forenames), world.rng.choice(surnames)
        if f"{forename} {surname}" not in world.used_names:
            world.used_names.add(f"{forename} {surname}")
            person.forename, person.surname = forename, surname
            person.middle = world.rng.choice(middles)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one to three other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("interviewed", nfa_case.force))  # type: ignore[arg-type]
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
            nfa_case.solicitor = nfa_case.solicitor or world.new_staff("solicitor", job="solicitor")
        shared = nfa_case.suspects[0]
        plain_names(world, shared)  # type: ignore[arg-type]
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
    ("vehicle", [("ousebarrow", "nfa_not_in_public_interest", 0), ("dunmallow", "charged", 0)]),
    ("vehicle", [("cratchmere", "nfa_cps_advice", 0), ("cratchmere", "charged", 2)]),
    (
        "vehicle",
        [("dunmallow", "nfa_insufficient_evidence", 0), ("ousebarrow", "charged", 0),
         ("cratchmere", "filed_undetected", 0)],
    ),
    ("phone", [("ousebarrow", "nfa_victim_did_not_support", 1), ("ousebarrow", "charged", 3)]),
    ("landline", [("dunmallow", "nfa_not_in_public_interest", 0), ("cratchmere", "nfa_cps_advice", 1)]),
    (
        "phone",
        [("cratchmere", "nfa_not_in_public_interest", 0), ("dunmallow", "charged", 1),
         ("ousebarrow", "open", 0)],
    ),
    ("address", [("cratchmere", "nfa_victim_did_not_support", 1), ("cratchmere", "charged", 1)]),
    ("address", [("dunmallow", "nfa_cps_advice", 0), ("dunmallow", "cautioned", 0)]),
    ("address", [("ousebarrow", "nfa_cps_advice", 1), ("ousebarrow", "charged", 2)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        digits = (area + rest).replace(" ", "")
        return [item.value, f"+44 {area[1:]} {rest}", f"{digits[:5]}-{digits[5:]}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, f"{plate[:4]}-{plate[4:]}", f"VRM {plate}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"No. {number} {road} in {town} ({postcode})",
        f"{postcode.replace(' ', '')} / {number} {road.lower()}",
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
    """Near misses that must not link: one plate's letters with the March and the September age
    identifier of one year, one landline number under two dialling codes, one house number and
    street in two towns."""
    a, b = world.find("cratchmere", "nfa_victim_did_not_support", 0), world.find("ousebarrow", "charged", 1)
    area = "".join(world.rng.sample("BCDFGHJKLMNPRSTVWXY", 2))
    tail = "".join(world.rng.sample("BCDFGHJKLMNPRSTVWXY", 3))
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}06 {tail}", "plum Vauxhall Zafira")),
        (b, Item("vehicle", f"{area}56 {tail}", "plum Vauxhall Zafira")),
        "the same letters with age identifiers 06 and 56: two cars",
    )
    c, d = world.find("dunmallow", "nfa_insufficient_evidence", 1), world.find("cratchmere", "charged", 3)
    local = world.unique_number(100, 999)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"0113 496 0{local:03d}")),
        (d, Item("phone", f"0191 496 0{local:03d}")),
        "one local number under two dialling codes: two phones",
    )
    e, f = world.find("ousebarrow", "nfa_not_in_public_interest", 0), world.find("cratchmere", "cautioned", 1)
    house = world.new_address(e.force)  # type: ignore[arg-type]
    street = house.value.split(", ", 1)[0]
    other_place = f"Cratchmere VU{world.rng.randint(10, 19)} {world.rng.randint(1, 9)}RT"
    add_decoy(
        world,
        "address",
        (e, house),
        (f, Item("address", f"{street}, {other_place}")),
        "one house number and street in two towns: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("cratchmere", "nfa_cps_advice", 0), ("cratchmere", "charged", 0), "Tvrtko", "Krunoslav",
     "Ljubičić", ("interpreter", "Serbian", "none"), "interpreter"),
    (("dunmallow", "nfa_victim_did_not_support", 1), ("dunmallow", "charged", 3), "Clément",
     "Anselme", "Beauchemin", ("hand", "left", "right"), "handedness"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the interpreter Cratchmere writes, or by the
    handedness Dunmallow writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1969, 11, 3)), (two, date(1981, 6, 22))):
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
