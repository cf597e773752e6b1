"""The planted traps of the sixth set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name), early closures (some on the day of the report),
look-alike references (crime numbers one apart, the same serial the next year, two years on or ten
years on, the same call serial on the same day a year later or on the next day, council numbers
one apart, a crime serial reused as a council number, the same serial and year in two forces'
layouts), shared suspects, vehicles, phones and addresses written differently in each case, and
decoys: a plate with two characters swapped, a mobile number with two digits swapped, the same
house number and street in another force's town, and namesakes told apart by their middle name or
by their date of birth.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval6.world import FORCES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "wyvernside": (
        (("nfa_insufficient_evidence", 1), "cautioned"),
        (("nfa_victim_did_not_support", 1), "open"),
    ),
    "dunholt": (
        (("nfa_victim_did_not_support", 1), "charged"),
        (("nfa_insufficient_evidence", 1), "nfa_cps_advice"),
    ),
    "carrowby": ((("nfa_cps_advice", 1), "open"), (("nfa_insufficient_evidence", 1), "charged")),
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
    specs = [(f.key, o, 0) for f in FORCES for o in ("nfa_victim_did_not_support", "filed_undetected")]
    same_day = {("wyvernside", "filed_undetected", 0), ("dunholt", "nfa_victim_did_not_support", 0)}
    for spec in [*specs, ("dunholt", "cautioned", 1)]:
        case = world.find(*spec)
        days = 0 if spec in same_day else world.rng.randint(1, 3)
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
    if len(ref.value) == 10 and ref.value.isdigit():  # 0300004567
        return int(ref.value[2:])
    if ref.value[-1].isalpha():  # 03004567N
        return int(ref.value[2:-1])
    return int(ref.value.split("C")[0])  # 04567C03


def same_year_later(day: date, days: int) -> date:
    later = day + timedelta(days=days)
    return later if later.year == day.year else day.replace(month=12, day=27)


def plant_lookalikes(world: World) -> None:
    """Per force: crime numbers one apart the same year, and the same serial in another year."""
    gap = {"wyvernside": 1, "dunholt": 2, "carrowby": 10}
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base.crime)
        move_report(world, near, same_year_later(base.reported, 4))
        crime(world, near, serial + 1, near.reported.year)
        years = gap[force.key]
        move_report(world, later, base.reported.replace(year=base.reported.year + years, day=9))
        crime(world, later, serial, later.reported.year)
        add_lookalike(world, base, near, ("crime", "crime"), "crime numbers one apart, same year")
        later_why = f"same crime serial, {years} year{'s' if years > 1 else ''} later"
        add_lookalike(world, base, later, ("crime", "crime"), later_why)
    plant_same_call_serial(world)
    plant_referrals_one_apart(world)
    plant_same_digits(world)


def plant_same_call_serial(world: World) -> None:
    """One force logs the same call serial on the same day a year later; another on the next day."""
    a, b = world.find("dunholt", "charged", 2), world.find("dunholt", "open", 0)
    day = a.reported if (a.reported.month, a.reported.day) != (2, 29) else a.reported - timedelta(days=1)
    move_report(world, a, day)
    move_report(world, b, day.replace(year=day.year + 1))
    number = world.unique_number(40, 1900)
    a.incident, b.incident = (
        a.force.incident_ref(number, a.reported),
        b.force.incident_ref(number, b.reported),
    )
    add_lookalike(world, a, b, ("incident", "incident"), "the same call serial on the same day, a year later")
    c, d = world.find("carrowby", "charged", 3), world.find("carrowby", "nfa_not_in_public_interest", 0)
    if c.reported.month == 12 and c.reported.day == 31:
        move_report(world, c, c.reported - timedelta(days=1))
    move_report(world, d, c.reported + timedelta(days=1))
    number = world.unique_number(40, 1900)
    c.incident, d.incident = (
        c.force.incident_ref(number, c.reported),
        d.force.incident_ref(number, d.reported),
    )
    add_lookalike(world, c, d, ("incident", "incident"), "the same call serial on consecutive days")


def plant_referrals_one_apart(world: World) -> None:
    """One council's referral numbers one apart, for two different children's cases."""
    a, b = world.find("carrowby", "charged", 2), world.find("carrowby", "open", 0)
    move_report(world, b, same_year_later(a.reported, 20))
    serial = world.unique_number(1200, 9000)
    world.used_numbers.add(serial + 1)
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(serial + 1, b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "council referral numbers one apart")


def plant_same_digits(world: World) -> None:
    """A council number with a crime number's serial and year; one crime serial in two forces' layouts."""
    crime_case, council_case = world.find("wyvernside", "charged", 0), world.find("wyvernside", "nfa", 0)
    move_report(world, council_case, same_year_later(crime_case.reported, 25))
    serial = serial_of(crime_case.crime) % 100000
    crime(world, crime_case, serial, crime_case.reported.year)
    council_case.referral = council_case.force.referral_ref(serial, crime_case.reported.year)
    add_lookalike(
        world, crime_case, council_case, ("crime", "referral"), "a crime number and a referral number alike"
    )
    a, b = world.find("carrowby", "charged", 1), world.find("dunholt", "filed_undetected", 1)
    move_report(world, b, same_year_later(a.reported, 15))
    crime(world, b, serial_of(a.crime), a.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "the same serial and year in two forces' layouts")


def add_lookalike(world: World, a: Case, b: Case, kinds: tuple[str, str], why: str) -> None:
    refs = [getattr(a, kinds[0]).value, getattr(b, kinds[1]).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("wyvernside", "nfa_cps_advice", 0), [("wyvernside", "charged", 1)]),
    (("dunholt", "nfa_insufficient_evidence", 0), [("carrowby", "cautioned", 0)]),
    (
        ("carrowby", "nfa_victim_did_not_support", 0),
        [("carrowby", "charged", 2), ("dunholt", "open", 0)],
    ),
    (("dunholt", "nfa_not_in_public_interest", 0), [("wyvernside", "nfa_insufficient_evidence", 0)]),
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
            twin.born, twin.alias = shared.born, shared.alias
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("wyvernside", "charged", 2), ("dunholt", "nfa_cps_advice", 0)]),
    (
        "vehicle",
        [("carrowby", "charged", 0), ("carrowby", "nfa", 0), ("wyvernside", "filed_undetected", 1)],
    ),
    ("vehicle", [("dunholt", "cautioned", 0), ("dunholt", "charged", 3)]),
    ("phone", [("wyvernside", "cautioned", 0), ("wyvernside", "nfa_not_in_public_interest", 0)]),
    ("landline", [("dunholt", "charged", 0), ("carrowby", "nfa_insufficient_evidence", 0)]),
    ("phone", [("carrowby", "open", 0), ("wyvernside", "open", 0), ("dunholt", "charged", 1)]),
    ("address", [("wyvernside", "nfa", 0), ("wyvernside", "charged", 3)]),
    ("address", [("dunholt", "nfa", 0), ("dunholt", "filed_undetected", 1)]),
    ("address", [("carrowby", "charged", 1), ("carrowby", "cautioned", 1)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        if digits.startswith("07"):
            return [item.value, f"({digits[:5]}) {digits[5:]}", f"0044 {digits[1:5]} {digits[5:]}"]
        return [item.value, f"{digits[:4]} {digits[4:]}", f"+44 {digits[1:4]} {digits[4:7]} {digits[7:]}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, plate, f"{plate[:-3]}-{plate[-3:]}"]
    street, town = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    place, district = town.split(" ", 1)
    return [item.value, f"No. {number} {road}, {place}", f"{number} {road} ({district.lower()})"]


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
    """Near misses that must not link: a plate with two characters swapped, a mobile number with two
    digits swapped, the same house number and street in another force's town."""
    a, b = world.find("wyvernside", "nfa_victim_did_not_support", 0), world.find("carrowby", "charged", 3)
    plate = world.new_vehicle(a.reported.year)
    while plate.value[-1] == plate.value[-2]:
        plate = world.new_vehicle(a.reported.year)
    swapped = Item("vehicle", plate.value[:-2] + plate.value[-1] + plate.value[-2], plate.description)
    add_decoy(world, "vehicle", (a, plate), (b, swapped), "two characters swapped: not the same plate")
    c, d = world.find("dunholt", "nfa_insufficient_evidence", 0), world.find("wyvernside", "charged", 0)
    phone = world.new_phone()
    while (
        phone.value[-1] == phone.value[-2]
        or int(phone.value[-3] + phone.value[-1] + phone.value[-2]) in world.used_numbers
    ):
        phone = world.new_phone()
    tail = phone.value[-3] + phone.value[-1] + phone.value[-2]
    world.used_numbers.add(int(tail))
    add_decoy(
        world,
        "phone",
        (c, phone),
        (d, Item("phone", phone.value[:-3] + tail)),
        "two digits swapped: not the same mobile",
    )
    e, f = world.find("carrowby", "nfa_cps_advice", 0), world.find("dunholt", "charged", 2)
    home = world.new_address(e.force)
    elsewhere = world.new_address(f.force)
    away = Item("address", f"{home.value.split(', ', 1)[0]}, {elsewhere.value.split(', ', 1)[1]}")
    add_decoy(world, "address", (e, home), (f, away), "the same number and street, in another force's town")
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
    (("wyvernside", "nfa_victim_did_not_support", 0), ("wyvernside", "charged", 2), "Sherzad", "BAKIR"),
    (("dunholt", "nfa_cps_advice", 0), ("dunholt", "charged", 3), "Ardian", "LIKA"),
)


def plant_namesakes(world: World) -> None:
    """Same forename and surname told apart by the middle name (the force that writes middle names) or
    by the date of birth (the force that writes those): neither pair is one suspect, and one case of
    each pair is NFA."""
    pairs = (
        (("Goran", date(1969, 5, 2)), ("Dlovan", date(1969, 5, 2))),
        (("Bujar", date(1971, 3, 18)), ("Bujar", date(1984, 11, 6))),
    )
    for (nfa_spec, other_spec, forename, surname), (one, two) in zip(NAMESAKES, pairs, strict=True):
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle=one[0], born=one[1])
        second = Person(forename, surname, "suspect", evidence="named", middle=two[0], born=two[1])
        first.alias = second.alias = "Lucky"
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        why = "middle name" if one[0] != two[0] else "date of birth"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{first.plain} ({first.born})", f"{second.plain} ({second.born})"],
                "cases": [nfa_case.key, other.key],
                "why": f"same forename and surname, different {why}: not the same suspect",
            }
        )
