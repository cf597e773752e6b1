"""The planted traps of the second set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name), early closures, look-alike references (within a force,
across years, and the same digits in two forces' layouts), shared suspects, shared vehicles,
phones and addresses written differently in each case, and decoys one character apart.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval2.world import FORCES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = (("nfa_insufficient_evidence", "charged"), ("nfa_victim_did_not_support", "open"))


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA'd, reopened in 2011-13 under an operation name, then charged or open."""
    names = iter(OPERATIONS)
    for force in FORCES:
        for outcome, final in REOPENED:
            case = world.find(force.key, outcome, 2)
            case.reopened = date(2011, 6, 1) + timedelta(days=world.rng.randint(0, 420))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(30, 150))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Op {name.upper()}"),))
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
                case.items.append(world.new_address(force))
            if final == "charged":
                case.suspects[0].evidence = "charged"


def plant_early_closures(world: World) -> None:
    """Closed within a few days of the report: an NFA (victim) and a filed case in each force."""
    for force in FORCES:
        for outcome in ("nfa_victim_did_not_support", "filed_undetected"):
            case = world.find(force.key, outcome, 0)
            case.closed = case.reported + timedelta(days=world.rng.randint(1, 4))
            case.final_date = case.closed


def move_report(world: World, case: Case, reported: date) -> None:
    """A case moved to another report date: its dated references and closure follow."""
    case.reported = reported
    if case.closed:
        case.closed = reported + timedelta(days=world.rng.randint(60, 250))
        case.final_date = case.closed if not case.reopened else case.final_date
    if case.incident:
        case.incident = case.force.incident_ref(world.rng.randint(1, 1800), reported)
    if case.referral:
        case.referral = case.force.referral_ref(world.unique_number(1000, 9999), reported.year)


def serial_of(case: Case) -> int:
    """The serial of a case's crime number, whatever the force's layout."""
    value = case.crime.value if case.crime else ""
    if case.force.key == "wendholme":
        return int(value.split("/")[0])
    if case.force.key == "sallowmere":
        return int(value.split("/")[1])
    return int(value.rsplit("-", 1)[1])


def plant_lookalikes(world: World) -> None:
    """Crime numbers one apart, the same serial a year later, and incidents one apart on a day."""
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base)
        world.used_numbers.add(serial + 1)
        move_report(world, near, base.reported + timedelta(days=6))
        near.crime = force.crime_ref(serial + 1, near.reported.year)
        move_report(world, later, base.reported.replace(year=base.reported.year + 1, day=2))
        later.crime = force.crime_ref(serial, later.reported.year)
        add_lookalike(world, base, near, "crime", "crime numbers one apart, same year")
        add_lookalike(world, base, later, "crime", "same crime serial, the next year")
    first, second = (
        world.find("sallowmere", "charged", 2),
        world.find("sallowmere", "nfa_insufficient_evidence", 1),
    )
    wendholme_first, wendholme_second = (
        world.find("wendholme", "charged", 2),
        world.find("wendholme", "open", 0),
    )
    for a, b in ((first, second), (wendholme_first, wendholme_second)):
        move_report(world, b, a.reported)
        number = world.rng.randint(100, 900)
        a.incident = a.force.incident_ref(number, a.reported)
        b.incident = b.force.incident_ref(number + 1, b.reported)
        add_lookalike(world, a, b, "incident", "incident numbers one apart, same day")
    plant_cross_force_digits(world)


def plant_cross_force_digits(world: World) -> None:
    """The same serial and year in two forces' layouts: two cases, not one."""
    a, b = world.find("wendholme", "charged", 3), world.find("ravensholt", "nfa", 0)
    move_report(world, b, a.reported + timedelta(days=20) if a.reported.month < 12 else a.reported)
    serial = serial_of(a)
    b.crime = b.force.crime_ref(serial, a.reported.year)
    add_lookalike(world, a, b, "crime", "same serial and year in two forces' layouts")


def add_lookalike(world: World, a: Case, b: Case, kind: str, why: str) -> None:
    refs = [getattr(a, kind).value, getattr(b, kind).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of the same suspect
    (("wendholme", "nfa_insufficient_evidence", 0), [("wendholme", "charged", 0)]),
    (("sallowmere", "nfa_cps_advice", 1), [("ravensholt", "charged", 3)]),
    (
        ("ravensholt", "nfa_victim_did_not_support", 1),
        [("ravensholt", "filed_undetected", 1), ("sallowmere", "open", 0)],
    ),
    (("ravensholt", "nfa", 0), [("wendholme", "cautioned", 1)]),
    (("sallowmere", "nfa_insufficient_evidence", 0), [("sallowmere", "nfa_victim_did_not_support", 1)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one or two other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("arrested"))
            nfa_case.items.append(world.new_address(nfa_case.force))
        shared = nfa_case.suspects[0]
        for spec in others:
            other = world.find(*spec)
            evidence = (
                "charged" if other.outcome_final == "charged" else world.rng.choice(("arrested", "named"))
            )
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                evidence = "named"
            other.suspects.append(Person(shared.forename, shared.surname, "suspect", evidence=evidence))


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("wendholme", "charged", 2), ("sallowmere", "nfa_victim_did_not_support", 0)]),
    ("vehicle", [("ravensholt", "cautioned", 1), ("ravensholt", "nfa_insufficient_evidence", 1)]),
    (
        "vehicle",
        [("sallowmere", "charged", 3), ("sallowmere", "filed_undetected", 1), ("sallowmere", "nfa", 0)],
    ),
    ("phone", [("wendholme", "cautioned", 1), ("wendholme", "nfa_cps_advice", 1)]),
    ("phone", [("sallowmere", "charged", 0), ("ravensholt", "nfa_cps_advice", 1)]),
    ("phone", [("ravensholt", "open", 0), ("wendholme", "nfa", 0)]),
    ("address", [("wendholme", "filed_undetected", 1), ("wendholme", "charged", 3)]),
    ("address", [("sallowmere", "cautioned", 0), ("sallowmere", "nfa_not_in_public_interest", 0)]),
    ("address", [("ravensholt", "charged", 0), ("ravensholt", "nfa_victim_did_not_support", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, digits, f"{digits[:5]} {digits[5:8]} {digits[8:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.replace(" ", "")]
    return [item.value]


def plant_shared_items(world: World) -> None:
    """A vehicle, phone or address in two or three cases whose suspects differ, written differently."""
    for kind, specs in SHARED_ITEMS:
        cases = [world.find(*spec) for spec in specs]
        for case in cases:
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
        item = new_item(world, kind, cases[0])
        forms = item_forms(item)
        for position, case in enumerate(cases):
            case.items.append(item)
            case.item_forms[item.value] = forms[position % len(forms)]


def new_item(world: World, kind: str, case: Case) -> Item:
    if kind == "vehicle":
        return world.new_vehicle(case.reported.year)
    if kind == "phone":
        return world.new_phone()
    return world.new_address(case.force)


def plant_decoys(world: World) -> None:
    """Near misses that must not link: a plate one letter off, a phone one digit off, a house
    number reversed on the same street, and a namesake."""
    a, b = world.find("wendholme", "nfa_insufficient_evidence", 1), world.find("ravensholt", "charged", 1)
    plate = world.new_vehicle(a.reported.year)
    near = Item("vehicle", plate.value[:-1] + ("Z" if plate.value[-1] != "Z" else "Y"), plate.description)
    add_decoy(world, "vehicle", (a, plate), (b, near), "registrations one letter apart: not the same vehicle")
    c, d = world.find("sallowmere", "nfa_not_in_public_interest", 0), world.find("wendholme", "open", 0)
    phone = world.new_phone()
    near_phone = Item("phone", phone.value[:-1] + str((int(phone.value[-1]) + 1) % 10))
    add_decoy(world, "phone", (c, phone), (d, near_phone), "numbers one digit apart: not the same phone")
    e, f = world.find("ravensholt", "nfa_cps_advice", 0), world.find("ravensholt", "charged", 2)
    home = world.new_address(e.force)
    number, rest = home.value.split(" ", 1)
    other_number = number[::-1] if number[::-1] != number else str(int(number) + 2)
    near_home = Item("address", f"{other_number} {rest}")
    add_decoy(
        world, "address", (e, home), (f, near_home), "same street, another house number: not the same address"
    )
    plant_namesake(world)


def add_decoy(world: World, kind: str, first: tuple[Case, Item], second: tuple[Case, Item], why: str) -> None:
    for case, item in (first, second):
        if not case.suspects:
            case.suspects.append(world.new_suspect("named"))
        case.items.append(item)
    world.decoys.append(
        {
            "kind": kind,
            "values": [first[1].value, second[1].value],
            "cases": [first[0].key, second[0].key],
            "why": why,
        }
    )


def plant_namesake(world: World) -> None:
    """Two suspects sharing a surname but not a forename, one in an NFA case: not the same person."""
    nfa_case = world.find("wendholme", "nfa_not_in_public_interest", 0)
    other = world.find("sallowmere", "charged", 1)
    first = Person("Craig", "MCALLISTER", "suspect", evidence="arrested")
    second = Person("Gordon", "MCALLISTER", "suspect", evidence="named")
    world.used_names.update({"Craig MCALLISTER", "Gordon MCALLISTER"})
    nfa_case.suspects.append(first)
    other.suspects.append(second)
    if not nfa_case.of("address"):
        nfa_case.items.append(world.new_address(nfa_case.force))
    world.decoys.append(
        {
            "kind": "suspect",
            "values": [first.plain, second.plain],
            "cases": [nfa_case.key, other.key],
            "why": "same surname, different forenames: not the same suspect",
        }
    )
