"""The traps of the twenty-third set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates that differ only in the last letter, two
mobiles one digit apart, the ground and first floor flats of one house, and namesakes told apart
only by their complexion or by their marital status.

The twenty-second set's helpers place the look-alikes (`pair`, `beside`, `same_serial`,
`same_call`, `next_number`); the choices of cases and the forms are this set's.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval22.plants import beside, next_number, pair, same_call, same_serial
from bench.cases_eval23.world import OPERATIONS, Case, Item, Person, Ref, World, week_of_month

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "quorndyke": ((("nfa_cps_advice", 0), "charged"), (("nfa_insufficient_evidence", 1), "open")),
    "brimsettle": ((("nfa_victim_did_not_support", 1), "cautioned"),
                   (("nfa", 0), "nfa_not_in_public_interest")),
    "hollinsgarth": ((("nfa_not_in_public_interest", 0), "open"),
                     (("nfa_insufficient_evidence", 0), "charged")),
}  # fmt: skip
RECRIMED_FORCES = ("brimsettle",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2021-23 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2021, 3, 8) + timedelta(days=world.rng.randint(0, 600))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(75, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OPN-{name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.unit + 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("quorndyke", "filed_undetected", 0), 0),
    (("quorndyke", "nfa_victim_did_not_support", 0), 2),
    (("brimsettle", "nfa_cps_advice", 1), 0),
    (("brimsettle", "cautioned", 0), 1),
    (("hollinsgarth", "nfa", 0), 0),
    (("hollinsgarth", "filed_undetected", 1), 3),
    (("hollinsgarth", "nfa_cps_advice", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_quorndyke_lookalikes(world)
    plant_brimsettle_lookalikes(world)
    plant_hollinsgarth_lookalikes(world)


def plant_quorndyke_lookalikes(world: World) -> None:
    """One crime serial and year from two clerks; one call serial and year from a victim and a
    witness; one council serial and year for a child of 13 and one of 14."""
    a, b = pair(world, "quorndyke", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 8))
    same_serial(world, "crime", a, b, "one serial and year entered by clerks MK and AB: two crimes", (1, 3))
    c, d = pair(world, "quorndyke", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 13))
    number = next_number(world, 300, 2300, 1, lambda n: n % 4 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial and year from callers V and W: two calls")
    e, f = pair(world, "quorndyke", (("charged", 3), ("nfa_cps_advice", 1)))
    move_report(world, f, beside(e, 6))
    same_serial(
        world, "referral", e, f, "one council serial and year at ages 13 and 14: two referrals", (0, 1)
    )


def other_week(case: Case) -> date:
    """A report date in the same year as the case's but in another week of the month."""
    for days in (11, 9, 16, 20):
        day = beside(case, days)
        if week_of_month(day) != week_of_month(case.reported):
            return day
    raise AssertionError("no other week found")


def plant_brimsettle_lookalikes(world: World) -> None:
    """One crime serial and year on two beats; one call serial and year in two weeks of the month;
    one council serial and year that arrived by telephone and by e-mail."""
    a, b = pair(world, "brimsettle", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 14))
    same_serial(world, "crime", a, b, "one serial and year on beats 104 and 109: two crimes", (3, 8))
    c, d = pair(world, "brimsettle", (("charged", 2), ("open", 0)))
    move_report(world, d, other_week(c))
    number = world.unique_number(300, 2300)
    same_call(world, c, d, (number, number), "one call serial and year in two weeks of the month: two calls")
    e, f = pair(world, "brimsettle", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, f, beside(e, 5))
    same_serial(
        world, "referral", e, f, "one council serial and year by TEL and by EML: two referrals", (0, 1)
    )


def plant_hollinsgarth_lookalikes(world: World) -> None:
    """One crime serial and year reported online and at the scene; one call serial and year on two
    days of the month; one council serial and year at two levels of need."""
    a, b = pair(world, "hollinsgarth", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 7))
    same_serial(world, "crime", a, b, "one serial and year reported O and S: two crimes", (2, 3))
    c, d = pair(world, "hollinsgarth", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 10))
    number = world.unique_number(300, 2300)
    same_call(world, c, d, (number, number), "one call serial and year on two days of the month: two calls")
    e, f = pair(world, "hollinsgarth", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 12))
    same_serial(
        world, "referral", e, f, "one council serial and year at levels L2 and L3: two referrals", (1, 2)
    )


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("hollinsgarth", "nfa_cps_advice", 1), [("hollinsgarth", "charged", 0)]),
    (("hollinsgarth", "nfa_victim_did_not_support", 0), [("quorndyke", "charged", 0)]),
    (
        ("hollinsgarth", "nfa_insufficient_evidence", 1),
        [
            ("hollinsgarth", "filed_undetected", 0),
            ("brimsettle", "filed_undetected", 1),
            ("quorndyke", "open", 0),
        ],
    ),
    (("hollinsgarth", "nfa", 0), [("brimsettle", "nfa_insufficient_evidence", 0)]),
)
# Only the Zulu-named force's suspects turn up in the other forces' files: their names are plain
# ASCII letters, which every force's encoding holds.


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.complexion, twin.marital, twin.piercing = shared.complexion, shared.marital, shared.piercing
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
        assert f"{shared.forename} {shared.middle} {shared.surname}".isascii()
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
    ("vehicle", [("quorndyke", "nfa_not_in_public_interest", 0), ("hollinsgarth", "charged", 1)]),
    ("vehicle", [("brimsettle", "nfa_cps_advice", 0), ("brimsettle", "charged", 3)]),
    (
        "vehicle",
        [("hollinsgarth", "nfa_victim_did_not_support", 1), ("quorndyke", "charged", 0),
         ("brimsettle", "filed_undetected", 0)],
    ),
    ("phone", [("quorndyke", "nfa_victim_did_not_support", 1), ("quorndyke", "charged", 2)]),
    ("landline", [("brimsettle", "nfa_not_in_public_interest", 0), ("hollinsgarth", "nfa_cps_advice", 1)]),
    (
        "phone",
        [("brimsettle", "nfa_insufficient_evidence", 1), ("hollinsgarth", "charged", 2),
         ("quorndyke", "open", 0)],
    ),
    ("address", [("quorndyke", "nfa", 0), ("quorndyke", "cautioned", 0)]),
    ("address", [("brimsettle", "nfa_victim_did_not_support", 0), ("brimsettle", "charged", 1)]),
    ("address", [("hollinsgarth", "nfa_cps_advice", 0), ("hollinsgarth", "cautioned", 0)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        return [item.value, f"+44 {item.value[1:]}", f"({area}) {rest.replace(' ', '')}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, f"{plate[:2]} {plate[2:4]} {plate[4:]}", plate]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"{number}, {road}, {town}, {postcode}",
        f"No. {number} {road} {town.upper()} {postcode}",
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
    """Near misses that must not link: one plate but for its last letter, two mobiles one digit
    apart, the ground and first floor flats of one house."""
    a, b = world.find("quorndyke", "nfa_cps_advice", 1), world.find("brimsettle", "charged", 2)
    letters = world.rng.sample("BCDFGHJKLMNPRSTVWXY", 6)
    area, tail = "".join(letters[:2]), "".join(letters[2:4])
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}58 {tail}{letters[4]}", "gold Daihatsu Terios")),
        (b, Item("vehicle", f"{area}58 {tail}{letters[5]}", "gold Daihatsu Terios")),
        "the plates differ in their last letter: two cars",
    )
    c, d = world.find("brimsettle", "cautioned", 0), world.find("quorndyke", "charged", 3)
    local = serial_where(world, 100, 889, lambda n: n % 100 < 90 and n + 10 not in world.used_numbers)
    world.used_numbers.add(local + 10)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"07700 900{local:03d}")),
        (d, Item("phone", f"07700 900{local + 10:03d}")),
        "one digit apart: two phones",
    )
    e, f = (
        world.find("hollinsgarth", "nfa_victim_did_not_support", 0),
        world.find("brimsettle", "cautioned", 1),
    )
    house = world.new_address(e.force)  # type: ignore[arg-type]
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Ground floor flat, {house.value}")),
        (f, Item("address", f"First floor flat, {house.value}")),
        "two flats of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("quorndyke", "nfa_victim_did_not_support", 0), ("quorndyke", "charged", 1), "Hynek", "Benedikt",
     "Šebesta", ("complexion", "pale", "ruddy"), "complexion"),
    (("brimsettle", "nfa_insufficient_evidence", 1), ("brimsettle", "charged", 2), "Quintino", "Bento",
     "Resende Couto", ("marital", "married", "divorced"), "marital status"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the complexion Quorndyke writes, or by the marital
    status Brimsettle writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1971, 9, 14)), (two, date(1984, 3, 2))):
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
