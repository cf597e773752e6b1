"""The planted traps of the fourth set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name, ending charged, open, cautioned or NFA again), early
closures (some on the day of the report), look-alike references (one apart, the next year, two
digits transposed, a crime number and a council number with the same digits and year, the same
serial in two forces' layouts), shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: a plate with its letters in another order, a landline with
the same local number under another area code, the same house and street in another town, and
namesakes told apart by age or by nominal number.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval4.world import FORCES, LANDLINES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "oxmoor": ((("nfa_insufficient_evidence", 1), "charged"), (("nfa_victim_did_not_support", 1), "open")),
    "pellworth": (
        (("nfa_insufficient_evidence", 1), "charged"),
        (("nfa_victim_did_not_support", 1), "nfa_cps_advice"),
    ),
    "gorsedale": (
        (("nfa_insufficient_evidence", 1), "open"),
        (("nfa_victim_did_not_support", 1), "cautioned"),
    ),
}


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2013-15 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force in FORCES:
        for (outcome, nth), final in REOPENED[force.key]:
            case = world.find(force.key, outcome, nth)
            case.reopened = date(2013, 2, 1) + timedelta(days=world.rng.randint(0, 600))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(50, 200))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("caps", f"OP. {name.upper()}"),))
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
                case.items.append(world.new_address(force))
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"
            if final == "charged":
                case.court = force.court_ref(world.unique_number(1000, 9999), case.final_date.year)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (some the same day): NFA (victim) and filed in each force."""
    specs = [(f.key, o) for f in FORCES for o in ("nfa_victim_did_not_support", "filed_undetected")]
    for force_key, outcome in [*specs, ("oxmoor", "nfa")]:
        case = world.find(force_key, outcome, 0)
        case.closed = case.reported + timedelta(days=world.rng.randint(0, 4))
        case.final_date = case.closed


def move_report(world: World, case: Case, reported: date) -> None:
    """A case moved to another report date: its dated references and closure follow."""
    case.reported = reported
    if case.closed:
        gap = (case.closed - case.reported).days
        case.closed = reported + timedelta(days=gap if 0 <= gap <= 4 else world.rng.randint(60, 300))
        case.final_date = case.closed if not case.reopened else case.final_date
    if case.incident:
        case.incident = case.force.incident_ref(world.unique_number(5, 2400), reported)
    if case.referral:
        case.referral = case.force.referral_ref(world.referral_serial(case.force), reported.year)
    if case.court and not case.reopened:
        case.court = case.force.court_ref(world.unique_number(1000, 9999), case.closed.year)


def crime(world: World, case: Case, serial: int, year: int) -> None:
    case.crime = case.force.crime_ref(serial, year)
    world.used_numbers.add(serial)


def serial_of(ref: Ref) -> int:
    """The serial of a crime number, whatever the force's layout."""
    if ref.value.startswith("CRN "):
        return int(ref.value.split("-")[1])
    if ref.value.startswith("PW"):
        return int(ref.value[2:7])
    return int(ref.value.split("-")[2])  # GD-C-04567-03


def same_year_later(day: date, days: int) -> date:
    later = day + timedelta(days=days)
    return later if later.year == day.year else day.replace(month=12, day=28)


def plant_lookalikes(world: World) -> None:
    """Per force: crime numbers one apart, and the same serial the next year."""
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base.crime)
        move_report(world, near, same_year_later(base.reported, 2))
        crime(world, near, serial + 1, near.reported.year)
        move_report(world, later, base.reported.replace(year=base.reported.year + 1, day=9))
        crime(world, later, serial, later.reported.year)
        add_lookalike(world, base, near, ("crime", "crime"), "crime numbers one apart, same year")
        add_lookalike(world, base, later, ("crime", "crime"), "same crime serial, the next year")
    plant_incidents_one_apart(world)
    plant_transposed(world)
    plant_same_digits(world)


def plant_incidents_one_apart(world: World) -> None:
    """Two forces each log two different cases on the same day with consecutive numbers."""
    for force, first, second in (
        ("oxmoor", ("charged", 2), ("nfa_insufficient_evidence", 0)),
        ("gorsedale", ("charged", 3), ("open", 0)),
    ):
        a, b = world.find(force, *first), world.find(force, *second)
        move_report(world, b, a.reported)
        number = world.unique_number(40, 1900)
        world.used_numbers.add(number + 1)
        a.incident = a.force.incident_ref(number, a.reported)
        b.incident = b.force.incident_ref(number + 1, b.reported)
        add_lookalike(world, a, b, ("incident", "incident"), "incident numbers one apart, same day")


def plant_transposed(world: World) -> None:
    """One force's crime numbers of the same year whose last two digits are swapped."""
    a, b = world.find("pellworth", "charged", 2), world.find("pellworth", "open", 0)
    serial = serial_of(a.crime)
    if serial % 10 == (serial // 10) % 10:
        serial += 1
        crime(world, a, serial, a.reported.year)
    swapped = serial - serial % 100 + (serial % 10) * 10 + (serial // 10) % 10
    move_report(world, b, same_year_later(a.reported, 40))
    crime(world, b, swapped, a.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "the last two digits swapped, same year")


def plant_same_digits(world: World) -> None:
    """A council number with a crime number's serial and year; one crime serial in two forces' layouts."""
    crime_case, council_case = world.find("gorsedale", "charged", 0), world.find("gorsedale", "nfa", 0)
    move_report(world, council_case, same_year_later(crime_case.reported, 30))
    serial = serial_of(crime_case.crime)
    council_case.referral = council_case.force.referral_ref(serial, crime_case.reported.year)
    add_lookalike(
        world, crime_case, council_case, ("crime", "referral"), "a crime number and a referral number alike"
    )
    a, b = world.find("oxmoor", "charged", 3), world.find("pellworth", "filed_undetected", 1)
    move_report(world, b, same_year_later(a.reported, 12))
    crime(world, b, serial_of(a.crime), a.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "the same serial and year in two forces' layouts")


def add_lookalike(world: World, a: Case, b: Case, kinds: tuple[str, str], why: str) -> None:
    refs = [getattr(a, kinds[0]).value, getattr(b, kinds[1]).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("pellworth", "nfa_cps_advice", 1), [("pellworth", "charged", 1)]),
    (("oxmoor", "nfa_insufficient_evidence", 0), [("gorsedale", "cautioned", 1)]),
    (
        ("gorsedale", "nfa_victim_did_not_support", 0),
        [("gorsedale", "filed_undetected", 1), ("pellworth", "open", 0)],
    ),
    (("oxmoor", "nfa_not_in_public_interest", 0), [("pellworth", "nfa_insufficient_evidence", 0)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one or two other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("interviewed"))
            nfa_case.items.append(world.new_address(nfa_case.force))
            nfa_case.solicitor = nfa_case.solicitor or world.new_staff("solicitor", job="solicitor")
        shared = nfa_case.suspects[0]
        for spec in others:
            other = world.find(*spec)
            evidence = "interviewed"
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                evidence = "named"
            twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence)
            twin.born, twin.nominal = shared.born, shared.nominal
            other.suspects.append(twin)
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("oxmoor", "charged", 0), ("pellworth", "nfa_victim_did_not_support", 0)]),
    (
        "vehicle",
        [("gorsedale", "charged", 2), ("gorsedale", "nfa_cps_advice", 0), ("oxmoor", "filed_undetected", 1)],
    ),
    ("vehicle", [("pellworth", "cautioned", 0), ("pellworth", "nfa_not_in_public_interest", 0)]),
    ("phone", [("oxmoor", "cautioned", 1), ("oxmoor", "nfa_cps_advice", 1)]),
    ("landline", [("pellworth", "charged", 3), ("gorsedale", "nfa_not_in_public_interest", 0)]),
    ("phone", [("gorsedale", "open", 0), ("oxmoor", "open", 0), ("pellworth", "cautioned", 1)]),
    ("address", [("oxmoor", "nfa", 0), ("oxmoor", "charged", 2)]),
    ("address", [("pellworth", "nfa", 0), ("pellworth", "filed_undetected", 0)]),
    ("address", [("gorsedale", "charged", 1), ("gorsedale", "nfa", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        if digits.startswith("07"):
            return [item.value, digits, f"+44 (0){digits[1:5]} {digits[5:]}"]
        return [item.value, f"({digits[:4]}) {digits[4:]}", f"+44 {digits[1:4]} {digits[4:7]} {digits[7:]}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, plate, f"{plate[:-3]}-{plate[-3:]}"]
    street, town = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    place, district = town.split(" ", 1)
    return [item.value, f"{number}, {road}, {place}, {district}", f"{street.upper()} {district}"]


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
    if kind in ("phone", "landline"):
        return world.new_phone(landline=kind == "landline")
    return world.new_address(case.force)


def plant_decoys(world: World) -> None:
    """Near misses that must not link: a plate with its letters reordered, a landline's local
    number under another area code, the same house number and street in another town."""
    a, b = world.find("oxmoor", "nfa_cps_advice", 0), world.find("gorsedale", "charged", 1)
    plate = world.new_vehicle(a.reported.year)
    head, tail = plate.value[:-3], plate.value[-3:]
    near = Item("vehicle", head + tail[::-1], plate.description)
    add_decoy(
        world, "vehicle", (a, plate), (b, near), "the same letters in another order: not the same plate"
    )
    c, d = world.find("pellworth", "nfa_insufficient_evidence", 0), world.find("oxmoor", "charged", 1)
    phone = world.new_phone(landline=True)
    area = next(code for code in LANDLINES if not phone.value.startswith(code))
    other = Item("phone", area + phone.value[len(area) :])
    add_decoy(
        world, "phone", (c, phone), (d, other), "the same local number, another area code: not one line"
    )
    e, f = world.find("gorsedale", "nfa_insufficient_evidence", 0), world.find("pellworth", "charged", 0)
    home = world.new_address(e.force)
    street = home.value.split(", ")[0]
    elsewhere = world.new_address(f.force)
    away = Item("address", f"{street}, {elsewhere.value.split(', ', 1)[1]}")
    add_decoy(
        world, "address", (e, home), (f, away), "the same house and street in another town: not one address"
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
    """Same name told apart by age (the force that writes ages) or by nominal number (the force that
    writes those): neither pair is one suspect, and one case of each pair is NFA."""
    pairs = (
        (("pellworth", "nfa_not_in_public_interest", 0), ("pellworth", "charged", 3), "Yusuf", "RATHORE"),
        (("gorsedale", "nfa_cps_advice", 1), ("gorsedale", "charged", 2), "Lenny", "FAIRBANK"),
    )
    births = ((date(1961, 7, 3), date(1984, 11, 20)), (date(1970, 2, 11), date(1979, 9, 30)))
    for (nfa_spec, other_spec, forename, surname), born in zip(pairs, births, strict=True):
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested")
        second = Person(forename, surname, "suspect", evidence="named")
        first.born, second.born = born
        first.nominal = f"N{world.unique_number(100000, 999999):07d}"
        second.nominal = f"N{world.unique_number(100000, 999999):07d}"
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        why = "ages" if nfa_case.force.key == "pellworth" else "nominal numbers"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [
                    f"{first.plain} ({first.born}, {first.nominal})",
                    f"{second.plain} ({second.born}, {second.nominal})",
                ],
                "cases": [nfa_case.key, other.key],
                "why": f"same name, different {why}: not the same suspect",
            }
        )
