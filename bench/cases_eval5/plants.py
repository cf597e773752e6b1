"""The planted traps of the fifth set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name), early closures (some on the day of the report),
look-alike references (crime numbers one apart, the same serial the next year or ten years on,
incident numbers repeated on the next day, council numbers one apart, a crime serial reused as a
council number, the same serial in two forces' layouts), shared suspects, vehicles, phones and
addresses written differently in each case, and decoys: a plate with one character changed, a
mobile number one digit away, the same house number and street name with another street type,
and namesakes told apart by PNC number or by year of birth.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval5.world import FORCES, OPERATIONS, STREET_TYPES, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "marlstone": ((("nfa_insufficient_evidence", 1), "charged"), (("nfa_victim_did_not_support", 1), "open")),
    "eddisford": (
        (("nfa_insufficient_evidence", 1), "nfa_not_in_public_interest"),
        (("nfa_victim_did_not_support", 1), "cautioned"),
    ),
    "fenlow": ((("nfa_cps_advice", 1), "charged"), (("nfa_insufficient_evidence", 1), "open")),
}


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2014-16 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force in FORCES:
        for (outcome, nth), final in REOPENED[force.key]:
            case = world.find(force.key, outcome, nth)
            case.reopened = date(2014, 3, 1) + timedelta(days=world.rng.randint(0, 640))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Op {name}"),))
            if not case.suspects:
                case.suspects.append(world.new_suspect("named"))
                case.items.append(world.new_address(force))
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (some the same day): NFA (victim) and filed in each force."""
    specs = [(f.key, o) for f in FORCES for o in ("nfa_victim_did_not_support", "filed_undetected")]
    same_day = {("marlstone", "nfa_victim_did_not_support"), ("fenlow", "filed_undetected")}
    for force_key, outcome in [*specs, ("fenlow", "nfa")]:
        case = world.find(force_key, outcome, 0)
        days = 0 if (force_key, outcome) in same_day else world.rng.randint(1, 3)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def move_report(world: World, case: Case, reported: date) -> None:
    """A case moved to another report date: its dated references and closure follow."""
    gap = (case.closed - case.reported).days if case.closed else 0
    case.reported = reported
    if case.closed:
        case.closed = reported + timedelta(days=gap if 0 <= gap <= 3 else world.rng.randint(60, 300))
        case.final_date = case.closed if not case.reopened else case.final_date
    if case.incident:
        case.incident = case.force.incident_ref(world.unique_number(5, 2400), reported)
    if case.referral:
        case.referral = case.force.referral_ref(world.referral_serial(case.force), reported.year)


def crime(world: World, case: Case, serial: int, year: int) -> None:
    case.crime = case.force.crime_ref(serial, year)
    world.used_numbers.add(serial)


def serial_of(ref: Ref) -> int:
    """The serial of a crime number, whatever the force's layout."""
    if "/MS/" in ref.value:
        return int(ref.value.split("/")[2])
    if ref.value.startswith("KH-"):
        return int(ref.value.split("-")[1])
    return int(ref.value.split("FN")[1])  # 2003FN004567


def same_year_later(day: date, days: int) -> date:
    later = day + timedelta(days=days)
    return later if later.year == day.year else day.replace(month=12, day=27)


def plant_lookalikes(world: World) -> None:
    """Per force: crime numbers one apart the same year, and the same serial in another year."""
    gap = {"marlstone": 10, "eddisford": 1, "fenlow": 1}
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base.crime)
        move_report(world, near, same_year_later(base.reported, 3))
        crime(world, near, serial + 1, near.reported.year)
        years = gap[force.key]
        move_report(world, later, base.reported.replace(year=base.reported.year + years, day=11))
        crime(world, later, serial, later.reported.year)
        add_lookalike(world, base, near, ("crime", "crime"), "crime numbers one apart, same year")
        why = "same crime serial, the next year" if years == 1 else "same crime serial, ten years on"
        add_lookalike(world, base, later, ("crime", "crime"), why)
    plant_incidents_next_day(world)
    plant_referrals_one_apart(world)
    plant_same_digits(world)


def plant_incidents_next_day(world: World) -> None:
    """Two forces each log two different cases on consecutive days under the same serial."""
    for force, first, second in (
        ("marlstone", ("charged", 2), ("nfa_not_in_public_interest", 0)),
        ("fenlow", ("charged", 3), ("open", 0)),
    ):
        a, b = world.find(force, *first), world.find(force, *second)
        if a.reported.month == 12 and a.reported.day == 31:
            move_report(world, a, a.reported - timedelta(days=1))
        move_report(world, b, a.reported + timedelta(days=1))
        number = world.unique_number(40, 1900)
        a.incident = a.force.incident_ref(number, a.reported)
        b.incident = b.force.incident_ref(number, b.reported)
        add_lookalike(world, a, b, ("incident", "incident"), "the same incident serial on consecutive days")


def plant_referrals_one_apart(world: World) -> None:
    """One council's referral numbers one apart, for two different children's cases."""
    a, b = world.find("eddisford", "charged", 2), world.find("eddisford", "open", 0)
    serial = world.unique_number(1200, 9000)
    world.used_numbers.add(serial + 1)
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(serial + 1, b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "council referral numbers one apart")


def plant_same_digits(world: World) -> None:
    """A council number with a crime number's serial and year; one crime serial in two forces' layouts."""
    crime_case, council_case = world.find("fenlow", "charged", 0), world.find("fenlow", "nfa", 0)
    move_report(world, council_case, same_year_later(crime_case.reported, 25))
    serial = serial_of(crime_case.crime)
    if serial > 99999:
        serial %= 100000
        crime(world, crime_case, serial, crime_case.reported.year)
    council_case.referral = council_case.force.referral_ref(serial, crime_case.reported.year)
    add_lookalike(
        world, crime_case, council_case, ("crime", "referral"), "a crime number and a referral number alike"
    )
    a, b = world.find("marlstone", "charged", 3), world.find("eddisford", "filed_undetected", 1)
    move_report(world, b, same_year_later(a.reported, 15))
    crime(world, b, serial_of(a.crime), a.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "the same serial and year in two forces' layouts")


def add_lookalike(world: World, a: Case, b: Case, kinds: tuple[str, str], why: str) -> None:
    refs = [getattr(a, kinds[0]).value, getattr(b, kinds[1]).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("eddisford", "nfa_cps_advice", 1), [("eddisford", "charged", 0)]),
    (("marlstone", "nfa_insufficient_evidence", 0), [("fenlow", "cautioned", 0)]),
    (
        ("fenlow", "nfa_victim_did_not_support", 0),
        [("fenlow", "filed_undetected", 1), ("marlstone", "open", 0)],
    ),
    (("marlstone", "nfa_cps_advice", 1), [("eddisford", "nfa_insufficient_evidence", 0)]),
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
            twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
            twin.born, twin.pnc, twin.nickname = shared.born, shared.pnc, shared.nickname
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("marlstone", "charged", 0), ("eddisford", "nfa_victim_did_not_support", 0)]),
    (
        "vehicle",
        [
            ("fenlow", "charged", 2),
            ("fenlow", "nfa_not_in_public_interest", 0),
            ("marlstone", "filed_undetected", 1),
        ],
    ),
    ("vehicle", [("eddisford", "cautioned", 0), ("eddisford", "nfa", 0)]),
    ("phone", [("marlstone", "cautioned", 1), ("marlstone", "nfa_victim_did_not_support", 0)]),
    ("landline", [("eddisford", "charged", 3), ("fenlow", "nfa_cps_advice", 0)]),
    ("phone", [("fenlow", "open", 0), ("eddisford", "open", 0), ("marlstone", "charged", 1)]),
    ("address", [("marlstone", "nfa", 0), ("marlstone", "charged", 2)]),
    ("address", [("eddisford", "nfa_not_in_public_interest", 0), ("eddisford", "filed_undetected", 0)]),
    ("address", [("fenlow", "charged", 1), ("fenlow", "cautioned", 1)]),
)


def street_short(street: str) -> str:
    """The street with its type abbreviated, as a hurried officer writes it."""
    name, kind = street.rsplit(" ", 1)
    return f"{name} {STREET_TYPES[kind]}"


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        if digits.startswith("07"):
            return [item.value, f"{digits[:5]}-{digits[5:8]}-{digits[8:]}", f"+44{digits[1:]}"]
        return [item.value, f"{digits[:4]}-{digits[4:7]}-{digits[7:]}", f"({digits[:4]}) {digits[4:]}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        if plate[0].isalpha() and plate[1].isalpha():
            spaced = f"{plate[:2]} {plate[2:4]} {plate[4:]}"
        else:
            spaced = f"{plate[0]} {plate[1:-3]} {plate[-3:]}"
        return [item.value, spaced, plate.lower()]
    street, town = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    place, district = town.split(" ", 1)
    return [
        item.value,
        f"{number} {street_short(road)}, {place}",
        f"{number}, {road.upper()}, {district.replace(' ', '')}",
    ]


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
    """Near misses that must not link: a plate with one character changed, a mobile number one digit
    away, the same house number and street name with another street type in the same town."""
    a, b = world.find("marlstone", "nfa_cps_advice", 0), world.find("fenlow", "charged", 1)
    plate = world.new_vehicle(a.reported.year)
    last = plate.value[-1]
    changed = next(c for c in "EFHKLMNPRTX" if c != last and c not in plate.value[-3:])
    near = Item("vehicle", plate.value[:-1] + changed, plate.description)
    add_decoy(world, "vehicle", (a, plate), (b, near), "one character different: not the same plate")
    c, d = world.find("eddisford", "nfa_insufficient_evidence", 0), world.find("marlstone", "charged", 0)
    phone = world.new_phone()
    while int(phone.value[-3:]) + 1 in world.used_numbers or phone.value.endswith("999"):
        phone = world.new_phone()
    world.used_numbers.add(int(phone.value[-3:]) + 1)
    other = Item("phone", f"{phone.value[:-3]}{int(phone.value[-3:]) + 1:03d}")
    add_decoy(world, "phone", (c, phone), (d, other), "one digit different: not the same mobile")
    e, f = world.find("fenlow", "nfa_insufficient_evidence", 0), world.find("fenlow", "charged", 3)
    home = world.new_address(e.force)
    name = home.value.split(", ", 1)[0].rsplit(" ", 1)[0]
    elsewhere = world.new_address(f.force)
    away = Item("address", f"{name} Close, {elsewhere.value.split(', ', 1)[1]}")
    add_decoy(world, "address", (e, home), (f, away), "the same number and street name, another street type")
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


NAMESAKES = (
    (
        ("marlstone", "nfa_not_in_public_interest", 0),
        ("marlstone", "charged", 3),
        "Mehboob",
        "BHUTTA",
        "PNC numbers",
    ),
    (
        ("fenlow", "nfa_victim_did_not_support", 1),
        ("fenlow", "charged", 2),
        "Costel",
        "ROSCA",
        "years of birth",
    ),
)


def plant_namesakes(world: World) -> None:
    """Same name told apart by PNC number (the force that writes those) or by year of birth (the force
    that writes those): neither pair is one suspect, and one case of each pair is NFA."""
    births = ((date(1963, 4, 14), date(1981, 10, 2)), (date(1968, 8, 23), date(1985, 1, 9)))
    for (nfa_spec, other_spec, forename, surname, why), born in zip(NAMESAKES, births, strict=True):
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle="Nadir")
        second = Person(forename, surname, "suspect", evidence="named", middle="Nadir")
        first.born, second.born = born
        first.pnc, second.pnc = world.new_pnc(first.born), world.new_pnc(second.born)
        first.nickname = second.nickname = "Kaz"
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [
                    f"{first.plain} ({first.born}, {first.pnc})",
                    f"{second.plain} ({second.born}, {second.pnc})",
                ],
                "cases": [nfa_case.key, other.key],
                "why": f"same name, different {why}: not the same suspect",
            }
        )
