"""The planted traps of the third set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name), early closures, look-alike references (one apart, the
next year, a crime number and a council number with the same digits, the same digits in two
forces), shared suspects, vehicles, phones and addresses written differently in each case, and
decoys that differ by one character, a flat number or a date of birth.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval3.world import FORCES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = (("nfa_insufficient_evidence", "charged"), ("nfa_victim_did_not_support", "open"))


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2012-14 under an operation, then charged or open."""
    names = iter(OPERATIONS)
    for force in FORCES:
        for outcome, final in REOPENED:
            case = world.find(force.key, outcome, 1)
            case.reopened = date(2012, 3, 1) + timedelta(days=world.rng.randint(0, 500))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(40, 160))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("caps", f"OPERATION {name.upper()}"),))
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
                case.items.append(world.new_address(force))
            if final == "charged":
                case.suspects[0].evidence = "charged"
                case.court = force.court_ref(world.unique_number(1000, 99999), case.final_date.year)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report: an NFA (victim) and a filed case in each force."""
    for force in FORCES:
        for outcome in ("nfa_victim_did_not_support", "filed_undetected"):
            case = world.find(force.key, outcome, 0)
            case.closed = case.reported + timedelta(days=world.rng.randint(1, 5))
            case.final_date = case.closed


def move_report(world: World, case: Case, reported: date) -> None:
    """A case moved to another report date: its dated references and closure follow."""
    case.reported = reported
    if case.closed:
        gap = (case.closed - case.reported).days
        case.closed = reported + timedelta(days=gap if 0 < gap <= 5 else world.rng.randint(60, 300))
        case.final_date = case.closed if not case.reopened else case.final_date
    if case.incident:
        case.incident = case.force.incident_ref(world.rng.randint(5, 1400), reported)
    if case.referral:
        case.referral = case.force.referral_ref(world.referral_serial(case.force), reported.year)
    if case.court and not case.reopened:
        case.court = case.force.court_ref(world.unique_number(1000, 99999), reported.year)


def serial_of(ref: Ref) -> int:
    """The serial of a crime number, whatever the force's layout."""
    digits = ref.value.replace("TB/", "").split("/")
    return int(digits[-1]) if not ref.value.startswith("CR/") else int(digits[1])


def plant_lookalikes(world: World) -> None:
    """Per force: crime numbers one apart, and the same serial a year later."""
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base.crime)
        world.used_numbers.add(serial + 1)
        move_report(world, near, base.reported + timedelta(days=3))
        near.crime = force.crime_ref(serial + 1, near.reported.year)
        move_report(world, later, base.reported.replace(year=base.reported.year + 1, day=5))
        later.crime = force.crime_ref(serial, later.reported.year)
        add_lookalike(world, base, near, ("crime", "crime"), "crime numbers one apart, same year")
        add_lookalike(world, base, later, ("crime", "crime"), "same crime serial, the next year")
    plant_incidents_one_apart(world)
    plant_same_digits(world)


def plant_incidents_one_apart(world: World) -> None:
    """Two forces each log two different cases on the same day with consecutive numbers."""
    for force, first, second in (
        ("kelderby", ("charged", 2), ("nfa_insufficient_evidence", 0)),
        ("tarnbridge", ("charged", 3), ("open", 0)),
    ):
        a, b = world.find(force, *first), world.find(force, *second)
        move_report(world, b, a.reported)
        number = world.rng.randint(20, 900)
        a.incident = a.force.incident_ref(number, a.reported)
        b.incident = b.force.incident_ref(number + 1, b.reported)
        add_lookalike(world, a, b, ("incident", "incident"), "incident numbers one apart, same day")


def plant_same_digits(world: World) -> None:
    """A council number with a crime number's digits, and one crime serial in two forces' layouts."""
    crime_case, council_case = world.find("stainmoor", "charged", 0), world.find("stainmoor", "nfa", 0)
    serial = serial_of(crime_case.crime)
    council_case.referral = council_case.force.referral_ref(serial, council_case.reported.year)
    world.used_numbers.add(serial)
    add_lookalike(
        world, crime_case, council_case, ("crime", "referral"), "a crime serial and a referral number alike"
    )
    a, b = world.find("kelderby", "charged", 3), world.find("stainmoor", "filed_undetected", 1)
    move_report(world, b, a.reported + timedelta(days=10) if a.reported.month < 12 else a.reported)
    b.crime = b.force.crime_ref(serial_of(a.crime), a.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "the same serial and year in two forces' layouts")


def add_lookalike(world: World, a: Case, b: Case, kinds: tuple[str, str], why: str) -> None:
    refs = [getattr(a, kinds[0]).value, getattr(b, kinds[1]).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("kelderby", "nfa_cps_advice", 1), [("kelderby", "charged", 0)]),
    (("stainmoor", "nfa_insufficient_evidence", 0), [("tarnbridge", "charged", 0)]),
    (
        ("tarnbridge", "nfa_victim_did_not_support", 0),
        [("tarnbridge", "filed_undetected", 1), ("kelderby", "open", 0)],
    ),
    (("kelderby", "nfa_not_in_public_interest", 0), [("stainmoor", "nfa_cps_advice", 1)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one or two other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("interviewed"))
            nfa_case.items.append(world.new_address(nfa_case.force))
        shared = nfa_case.suspects[0]
        for spec in others:
            other = world.find(*spec)
            evidence = "charged" if other.outcome_final == "charged" else "interviewed"
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                evidence = "named"
            twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence)
            twin.middle, twin.born = shared.middle, shared.born
            other.suspects.append(twin)
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("kelderby", "charged", 1), ("stainmoor", "nfa_victim_did_not_support", 0)]),
    (
        "vehicle",
        [
            ("tarnbridge", "cautioned", 1),
            ("tarnbridge", "nfa_insufficient_evidence", 0),
            ("tarnbridge", "nfa", 0),
        ],
    ),
    ("vehicle", [("stainmoor", "charged", 3), ("stainmoor", "filed_undetected", 0)]),
    ("phone", [("kelderby", "cautioned", 1), ("kelderby", "nfa_victim_did_not_support", 0)]),
    ("phone", [("stainmoor", "charged", 2), ("tarnbridge", "nfa_cps_advice", 0)]),
    ("phone", [("tarnbridge", "open", 0), ("kelderby", "filed_undetected", 0), ("stainmoor", "open", 0)]),
    ("address", [("kelderby", "nfa", 0), ("kelderby", "charged", 2)]),
    ("address", [("stainmoor", "cautioned", 1), ("stainmoor", "nfa_not_in_public_interest", 0)]),
    ("address", [("tarnbridge", "charged", 2), ("tarnbridge", "nfa_not_in_public_interest", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, f"+44 {digits[1:5]} {digits[5:]}", f"{digits[:5]}-{digits[5:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.replace(" ", ""), item.value.lower()]
    street, town = item.value.split(", ", 1)
    return [item.value, f"{street.upper()}, {town.upper()}", f"{street}, {town.split(' ', 1)[1]}"]


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
    """Near misses that must not link: a plate one letter off, a phone one digit off, another flat
    in the same building, and two suspects of the same name born on different days."""
    a, b = world.find("kelderby", "nfa_insufficient_evidence", 0), world.find("tarnbridge", "charged", 1)
    plate = world.new_vehicle(a.reported.year)
    near = Item("vehicle", plate.value[:-1] + ("X" if plate.value[-1] != "X" else "W"), plate.description)
    add_decoy(world, "vehicle", (a, plate), (b, near), "registrations one letter apart: not the same vehicle")
    c, d = world.find("stainmoor", "nfa_victim_did_not_support", 1), world.find("kelderby", "cautioned", 0)
    phone = world.new_phone()
    near_phone = Item("phone", phone.value[:-2] + phone.value[-1] + phone.value[-2])
    if near_phone.value == phone.value:
        near_phone = Item("phone", phone.value[:-1] + str((int(phone.value[-1]) + 3) % 10))
    add_decoy(world, "phone", (c, phone), (d, near_phone), "two digits swapped: not the same phone")
    e, f = world.find("tarnbridge", "nfa_cps_advice", 1), world.find("tarnbridge", "charged", 0)
    home = world.new_address(e.force)
    flat, other_flat = (f"Flat {n}, {home.value}" for n in (2, 12))
    add_decoy(
        world,
        "address",
        (e, Item("address", flat)),
        (f, Item("address", other_flat)),
        "another flat in the same building: not the same address",
    )
    plant_namesakes(world)


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


def plant_namesakes(world: World) -> None:
    """Same name, different dates of birth (both in the force that writes them); same surname,
    different forenames: neither pair is one suspect, and one case of each pair is NFA."""
    pairs = (
        (("stainmoor", "nfa_not_in_public_interest", 0), ("stainmoor", "charged", 1), "Kyran", "Kyran"),
        (("tarnbridge", "nfa", 0), ("kelderby", "charged", 1), "Faraz", "Dominic"),
    )
    for (nfa_spec, other_spec, first_name, second_name), surname in zip(
        pairs, ("OGUNDIPE", "FOTHERGILL"), strict=True
    ):
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(first_name, surname, "suspect", evidence="arrested", middle="")
        second = Person(second_name, surname, "suspect", evidence="named", middle="")
        first.born, second.born = date(1976, 5, 14), date(1983, 9, 2)
        world.used_names.update({f"{first_name} {surname}", f"{second_name} {surname}"})
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        why = "same name, different dates of birth" if first_name == second_name else "same surname only"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{first.plain} ({first.born})", f"{second.plain} ({second.born})"],
                "cases": [nfa_case.key, other.key],
                "why": why + ": not the same suspect",
            }
        )
