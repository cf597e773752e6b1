"""The planted traps of the eighth set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name; in two forces re-crimed under a new number), early
closures (some on the day of the report), look-alike references (another sub-number of the same
occurrence, crime serials one apart, the same serial and year from another team, the same serial
one, two or ten years on, the same call serial in the same ISO week a year later, the same call
serial on the 5th and the 15th of a month, early-help numbers with their last two digits swapped,
a crime serial and year reused as a council number in two forces), shared suspects, vehicles,
phones and addresses written differently in each case (international prefixes, dashes, spaced
characters, capitals with an abbreviated street type, the postcode in brackets), and decoys: a
plate one digit off, a mobile with its last two digits swapped, the same number and street name
on another kind of street, and namesakes told apart only by a birthplace or a second forename.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.world import (
    FORCES,
    OPERATIONS,
    STREET_KINDS,
    STREET_SHORT,
    Case,
    Item,
    Person,
    Ref,
    World,
)

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "carrbeck": (
        (("nfa_victim_did_not_support", 1), "charged"),
        (("nfa_cps_advice", 1), "open"),
    ),
    "oxmarsh": (
        (("nfa_insufficient_evidence", 1), "cautioned"),
        (("nfa_victim_did_not_support", 1), "nfa_not_in_public_interest"),
    ),
    "rudmere": ((("nfa_insufficient_evidence", 1), "charged"), (("nfa_cps_advice", 1), "open")),
}
RECRIMED_FORCES = ("carrbeck", "oxmarsh")


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2015-17 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force in FORCES:
        for (outcome, nth), final in REOPENED[force.key]:
            case = world.find(force.key, outcome, nth)
            case.reopened = date(2015, 2, 2) + timedelta(days=world.rng.randint(0, 700))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Op. {name}"),))
            if force.key in RECRIMED_FORCES:
                serial = world.crime_serial(force)
                case.recrime = force.crime_ref(serial, case.reopened.year, case.unit)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))
                case.items.append(world.new_address(force))
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (some the same day): NFA (victim) and filed in each force."""
    specs = [(f.key, o, 0) for f in FORCES for o in ("nfa_victim_did_not_support", "filed_undetected")]
    same_day = {("rudmere", "filed_undetected", 0), ("oxmarsh", "nfa_victim_did_not_support", 0)}
    for spec in [*specs, ("oxmarsh", "cautioned", 1)]:
        case = world.find(*spec)
        days = 0 if spec in same_day else world.rng.randint(1, 3)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def move_report(world: World, case: Case, reported: date) -> None:
    """A case moved to another report date: its dated references and closure follow."""
    gap = (case.closed - case.reported).days if case.closed else 0
    case.reported = reported
    if case.closed:
        case.closed = reported + timedelta(days=gap if 0 <= gap <= 3 else world.rng.randint(75, 300))
        case.final_date = case.closed if not case.reopened else case.final_date
    if case.incident:
        case.incident = case.force.incident_ref(world.unique_number(5, 2400), reported)
    if case.referral:
        case.referral = case.force.referral_ref(world.referral_serial(case.force), reported.year)
    if case.crime:
        case.crime = case.force.crime_ref(world.crime_serial(case.force), reported.year, case.unit)


def crime(world: World, case: Case, serial: int, year: int, unit: int) -> None:
    case.unit = unit
    case.crime = case.force.crime_ref(serial, year, unit)
    world.used_numbers.add(serial)


def serial_of(ref: Ref) -> int:
    """The serial of a crime number, whatever the force's layout."""
    if ref.value.startswith("KB"):  # KB03C04567/1
        return int(ref.value[5:].split("/")[0])
    if ref.value.startswith("R"):  # R23-03-004567
        return int(ref.value.split("-")[2])
    return int(ref.value.split(".")[1])  # 03.004567.K


def same_year_later(day: date, days: int) -> date:
    later = day + timedelta(days=days)
    return later if later.year == day.year else day.replace(month=12, day=27)


def transposed(serial: int) -> int:
    """The serial with its last two digits swapped (they differ)."""
    text = f"{serial:06d}"
    return int(text[:-2] + text[-1] + text[-2])


OTHER_UNIT = {11: 23, 14: 36, 23: 11, 27: 14, 36: 27}
LATER = {"carrbeck": 2, "oxmarsh": 10, "rudmere": 1}


def plant_lookalikes(world: World) -> None:
    """Per force: a crime number alike in the same year, and the same serial in another year."""
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base.crime)
        move_report(world, near, same_year_later(base.reported, 4))
        if force.key == "carrbeck":  # another crime of the same occurrence: its own victim, its own case
            crime(world, base, serial, base.reported.year, 1)
            crime(world, near, serial, near.reported.year, 2)
            why = "the same serial and year, another sub-number of the occurrence"
        elif force.key == "oxmarsh":
            world.used_numbers.add(serial + 1)
            crime(world, near, serial + 1, near.reported.year, base.unit)
            why = "crime serials one apart in the same year"
        else:
            crime(world, near, serial, near.reported.year, OTHER_UNIT[base.unit])
            why = "the same serial and year from another team"
        add_lookalike(world, base, near, ("crime", "crime"), why)
        years = LATER[force.key]
        move_report(world, later, base.reported.replace(year=base.reported.year + years, day=9))
        crime(world, later, serial, later.reported.year, base.unit)
        add_lookalike(world, base, later, ("crime", "crime"), f"the same crime serial, {years} year(s) later")
    plant_call_serials(world)
    plant_council_numbers(world)


def plant_call_serials(world: World) -> None:
    """The same call serial in the same ISO week a year on; on the 5th and the 15th of one month."""
    a, b = world.find("oxmarsh", "charged", 2), world.find("oxmarsh", "open", 0)
    first = date(a.reported.year, a.reported.month, 5)
    move_report(world, a, first)
    move_report(world, b, first.replace(day=15))
    number = world.unique_number(40, 1900)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), "the same call serial on the 5th and the 15th")
    c, d = world.find("carrbeck", "charged", 3), world.find("carrbeck", "nfa_not_in_public_interest", 0)
    week = c.reported.isocalendar()
    move_report(world, d, date.fromisocalendar(week.year + 1, min(week.week, 52), 3))
    number = world.unique_number(40, 1900)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "the same call serial in the same week, a year on")


def plant_council_numbers(world: World) -> None:
    """Early-help numbers with the last two digits swapped; a crime serial and year reused by a
    council number (two forces)."""
    a, b = world.find("carrbeck", "charged", 2), world.find("carrbeck", "open", 0)
    move_report(world, b, same_year_later(a.reported, 20))
    serial = world.unique_number(20000, 90000)
    while serial % 10 == (serial // 10) % 10:
        serial = world.unique_number(20000, 90000)
    world.used_numbers.add(transposed(serial))
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(transposed(serial), b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "early-help numbers, the last two digits swapped")
    for force_key in ("oxmarsh", "rudmere"):
        e, f = world.find(force_key, "charged", 0), world.find(force_key, "nfa", 0)
        move_report(world, f, same_year_later(e.reported, 25))
        serial = serial_of(e.crime) % 20000 or 777
        crime(world, e, serial, e.reported.year, e.unit)
        f.referral = f.force.referral_ref(serial, e.reported.year)
        add_lookalike(
            world, e, f, ("crime", "referral"), "a crime number and a council number with one serial and year"
        )


def add_lookalike(world: World, a: Case, b: Case, kinds: tuple[str, str], why: str) -> None:
    refs = [getattr(a, kinds[0]).value, getattr(b, kinds[1]).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("oxmarsh", "nfa_cps_advice", 0), [("oxmarsh", "charged", 3)]),
    (("rudmere", "nfa_insufficient_evidence", 0), [("carrbeck", "cautioned", 1)]),
    (
        ("carrbeck", "nfa_insufficient_evidence", 0),
        [("carrbeck", "charged", 3), ("rudmere", "filed_undetected", 1)],
    ),
    (("oxmarsh", "nfa_victim_did_not_support", 0), [("rudmere", "nfa_cps_advice", 0)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one or two other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("interviewed", nfa_case.force))
            nfa_case.items.append(world.new_address(nfa_case.force))
            nfa_case.solicitor = nfa_case.solicitor or world.new_staff("solicitor", job="solicitor")
        shared = nfa_case.suspects[0]
        for spec in others:
            other = world.find(*spec)
            evidence = "interviewed"
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                evidence = "named"
            twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
            twin.born, twin.alias, twin.tradition = shared.born, shared.alias, shared.tradition
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("carrbeck", "charged", 0), ("rudmere", "nfa_cps_advice", 0)]),
    (
        "vehicle",
        [("oxmarsh", "nfa", 0), ("oxmarsh", "charged", 1), ("rudmere", "filed_undetected", 1)],
    ),
    ("vehicle", [("rudmere", "cautioned", 0), ("rudmere", "charged", 2)]),
    ("phone", [("carrbeck", "nfa_not_in_public_interest", 0), ("carrbeck", "cautioned", 0)]),
    ("landline", [("oxmarsh", "charged", 2), ("carrbeck", "nfa", 0)]),
    ("phone", [("rudmere", "open", 0), ("oxmarsh", "cautioned", 0), ("carrbeck", "charged", 1)]),
    ("address", [("carrbeck", "nfa_cps_advice", 0), ("carrbeck", "filed_undetected", 1)]),
    ("address", [("oxmarsh", "nfa_not_in_public_interest", 0), ("oxmarsh", "cautioned", 1)]),
    ("address", [("rudmere", "charged", 1), ("rudmere", "nfa", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        local = item.value[1:]
        return [item.value, f"0044 {local}", f"+44{digits[1:]}"]
    if item.kind == "vehicle":
        glued = item.value.replace(" ", "")
        return [item.value, item.value.replace(" ", "-"), " ".join(glued)]
    street, town = item.value.split(", ", 1)
    number, stem, kind = street.split(" ")
    place, district = town.split(" ", 1)
    return [
        item.value,
        f"{number} {stem.upper()} {STREET_SHORT[kind]} {place.upper()}",
        f"no. {number} {stem} {kind} ({district})",
    ]


def plant_shared_items(world: World) -> None:
    """A vehicle, phone or address in two or three cases whose suspects differ, written differently."""
    for kind, specs in SHARED_ITEMS:
        cases = [world.find(*spec) for spec in specs]
        for case in cases:
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", case.force))
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
    """Near misses that must not link: a plate one digit off, a mobile with its last two digits
    swapped, the same house number on a Grove and a Close of one name."""
    a, b = world.find("carrbeck", "nfa_victim_did_not_support", 0), world.find("rudmere", "charged", 3)
    plate = world.new_vehicle(2001)
    digit = next(n for n, ch in enumerate(plate.value) if ch.isdigit()) + 1
    changed = str((int(plate.value[digit]) + 3) % 10)
    other = Item("vehicle", plate.value[:digit] + changed + plate.value[digit + 1 :], plate.description)
    add_decoy(world, "vehicle", (a, plate), (b, other), "one digit differs: not the same plate")
    c, d = world.find("oxmarsh", "nfa_insufficient_evidence", 0), world.find("rudmere", "charged", 0)
    line = world.new_phone()
    while line.value[-1] == line.value[-2]:
        line = world.new_phone()
    swapped = line.value[:-2] + line.value[-1] + line.value[-2]
    add_decoy(
        world, "phone", (c, line), (d, Item("phone", swapped)), "a mobile number, the last two digits swapped"
    )
    e, f = (
        world.find("rudmere", "nfa_victim_did_not_support", 1),
        world.find("rudmere", "filed_undetected", 0),
    )
    home = world.new_address(e.force)
    number, stem, kind, rest = home.value.split(" ", 3)
    elsewhere = next(k for k in STREET_KINDS if k != kind)
    add_decoy(
        world,
        "address",
        (e, home),
        (f, Item("address", f"{number} {stem} {elsewhere} {rest}")),
        "the same number and street name on another street: another dwelling",
    )
    plant_namesakes(world)


def add_decoy(world: World, kind: str, first: tuple[Case, Item], second: tuple[Case, Item], why: str) -> None:
    for case, item in (first, second):
        if not case.suspects:
            case.suspects.append(world.new_suspect("named", case.force))
        case.items.append(item)
    world.decoys.append(
        {
            "kind": kind,
            "values": [first[1].value, second[1].value],
            "cases": [first[0].key, second[0].key],
            "why": why,
        }
    )


NAMESAKES = (  # the NFA case, the other case, forename, surname, the two middle names, the two birthplaces
    (
        ("carrbeck", "nfa_not_in_public_interest", 0),
        ("carrbeck", "charged", 2),
        "Dilip",
        "Chhetri",
        ("Bahadur", "Bahadur"),
        ("Tansen", "Birgunj"),
    ),
    (
        ("oxmarsh", "nfa_cps_advice", 0),
        ("oxmarsh", "charged", 0),
        "Valdemar",
        "Quaresma",
        ("Anselmo", "Crispim"),
        ("Tomar", "Tomar"),
    ),
)


def plant_namesakes(world: World) -> None:
    """The same forename and surname told apart only by the birthplace (the force that writes it) or
    by the second forename: neither pair is one suspect, and one case of each pair is NFA."""
    for nfa_spec, other_spec, forename, surname, (one, two), (here, there) in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle=one, born=date(1970, 4, 4))
        second = Person(forename, surname, "suspect", evidence="named", middle=two, born=date(1981, 9, 30))
        first.alias, second.alias = here, there
        first.tradition = second.tradition = nfa_case.force.key
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        why = "birthplace" if nfa_case.force.key == "carrbeck" else "second forename"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{first.plain} ({first.born})", f"{second.plain} ({second.born})"],
                "cases": [nfa_case.key, other.key],
                "why": f"same forename and surname, different {why}: not the same suspect",
            }
        )
