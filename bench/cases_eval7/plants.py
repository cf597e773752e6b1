"""The planted traps of the seventh set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name; in two forces re-crimed under a new number), early
closures (some on the day of the report), look-alike references (the same serial and year from
another station or another division, serial digits transposed, the same serial one, three or five
years on, the same call serial on the same day of the year a year later, the same call serial on a
date with day and month swapped, council contact numbers one apart, a council serial reused the
next year, a crime serial and year reused as a council number), shared suspects, vehicles, phones
and addresses written differently in each case (an address in Welsh in one case and in English in
another), and decoys: a plate one letter off, the same local number under another dialling code,
a house number with a letter after it, and namesakes told apart by a middle name or a father's name.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval7.world import (
    FORCES,
    OPERATIONS,
    PLATE_LETTERS,
    STREET_WELSH,
    Case,
    Item,
    Person,
    Ref,
    World,
)

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "dyfnant": (
        (("nfa_victim_did_not_support", 1), "charged"),
        (("nfa_cps_advice", 1), "open"),
    ),
    "vennmouth": (
        (("nfa_insufficient_evidence", 1), "cautioned"),
        (("nfa_victim_did_not_support", 1), "nfa_not_in_public_interest"),
    ),
    "polventon": ((("nfa_insufficient_evidence", 1), "charged"), (("nfa_cps_advice", 1), "open")),
}
RECRIMED_FORCES = ("dyfnant", "vennmouth")


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
    same_day = {("polventon", "filed_undetected", 0), ("vennmouth", "nfa_victim_did_not_support", 0)}
    for spec in [*specs, ("vennmouth", "cautioned", 1)]:
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
    if ref.value[2] == "/":  # 14/04567/03
        return int(ref.value.split("/")[1])
    if ref.value[2] == "-":  # 03-K5-04567
        return int(ref.value.split("-")[2])
    return int(ref.value.split("/")[0])  # 004567/03/N


def same_year_later(day: date, days: int) -> date:
    later = day + timedelta(days=days)
    return later if later.year == day.year else day.replace(month=12, day=27)


def transposed(serial: int) -> int:
    """The serial with its last two digits swapped (they differ)."""
    text = f"{serial:05d}"
    return int(text[:-2] + text[-1] + text[-2])


OTHER_UNIT = {11: 23, 14: 36, 23: 11, 27: 14, 36: 27}


def plant_lookalikes(world: World) -> None:
    """Per force: a crime number alike in the same year, and the same serial in another year."""
    gap = {"dyfnant": 1, "vennmouth": 5, "polventon": 3}
    for force in FORCES:
        base = world.find(force.key, "charged", 1)
        near = world.find(force.key, "cautioned", 0)
        later = world.find(force.key, "nfa_cps_advice", 0)
        serial = serial_of(base.crime)
        if force.key == "vennmouth":
            while serial % 10 == (serial // 10) % 10:
                serial = world.crime_serial(force)
            crime(world, base, serial, base.reported.year, base.unit)
        move_report(world, near, same_year_later(base.reported, 4))
        if force.key == "vennmouth":
            crime(world, near, transposed(serial), near.reported.year, base.unit)
            why = "the same sector and year, the serial's last two digits swapped"
        else:
            crime(world, near, serial, near.reported.year, OTHER_UNIT[base.unit])
            place = "station" if force.key == "dyfnant" else "division"
            why = f"the same serial and year from another {place}"
        add_lookalike(world, base, near, ("crime", "crime"), why)
        years = gap[force.key]
        move_report(world, later, base.reported.replace(year=base.reported.year + years, day=9))
        crime(world, later, serial, later.reported.year, base.unit)
        add_lookalike(world, base, later, ("crime", "crime"), f"the same crime serial, {years} year(s) later")
    plant_call_serials(world)
    plant_council_numbers(world)


def plant_call_serials(world: World) -> None:
    """The same call serial on the same day of the year a year later; on a day-month swapped date."""
    a, b = world.find("vennmouth", "charged", 2), world.find("vennmouth", "open", 0)
    day = a.reported if a.reported.month < 12 else a.reported.replace(month=11)
    day = day.replace(day=min(day.day, 28))
    move_report(world, a, day)
    following = date(day.year + 1, 1, 1) + timedelta(days=int(f"{day:%j}") - 1)
    move_report(world, b, following)
    number = world.unique_number(40, 1900)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(
        world, a, b, ("incident", "incident"), "the same call serial on the same day of the year, a year on"
    )
    c, d = world.find("polventon", "charged", 3), world.find("polventon", "nfa_not_in_public_interest", 0)
    first = date(c.reported.year, 3, 7)
    move_report(world, c, first)
    move_report(world, d, date(c.reported.year, 7, 3))
    number = world.unique_number(40, 1900)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "the same call serial, day and month swapped")


def plant_council_numbers(world: World) -> None:
    """Contact numbers one apart; a council serial reused the next year; a crime serial as a council one."""
    a, b = world.find("dyfnant", "charged", 2), world.find("dyfnant", "open", 0)
    move_report(world, b, same_year_later(a.reported, 20))
    serial = world.unique_number(2000, 80000)
    world.used_numbers.add(serial + 1)
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(serial + 1, b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "council contact numbers one apart")
    c, d = world.find("vennmouth", "charged", 0), world.find("vennmouth", "nfa", 0)
    move_report(world, d, c.reported.replace(year=c.reported.year + 1, day=min(c.reported.day, 28)))
    serial = world.unique_number(100, 9000)
    c.referral = c.force.referral_ref(serial, c.reported.year)
    d.referral = d.force.referral_ref(serial, d.reported.year)
    add_lookalike(world, c, d, ("referral", "referral"), "the same council serial, the next year")
    e, f = world.find("polventon", "charged", 0), world.find("polventon", "nfa", 0)
    move_report(world, f, same_year_later(e.reported, 25))
    serial = serial_of(e.crime) % 100000
    crime(world, e, serial, e.reported.year, e.unit)
    f.referral = f.force.referral_ref(serial, e.reported.year)
    add_lookalike(
        world, e, f, ("crime", "referral"), "a crime number and a council number with one serial and year"
    )


def add_lookalike(world: World, a: Case, b: Case, kinds: tuple[str, str], why: str) -> None:
    refs = [getattr(a, kinds[0]).value, getattr(b, kinds[1]).value]
    world.lookalikes.append({"references": refs, "cases": [a.key, b.key], "why": why})


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("vennmouth", "nfa_cps_advice", 0), [("vennmouth", "charged", 3)]),
    (("polventon", "nfa_insufficient_evidence", 0), [("dyfnant", "cautioned", 1)]),
    (
        ("dyfnant", "nfa_insufficient_evidence", 0),
        [("dyfnant", "charged", 3), ("polventon", "filed_undetected", 1)],
    ),
    (("vennmouth", "nfa_victim_did_not_support", 0), [("polventon", "nfa_cps_advice", 0)]),
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
            twin.born, twin.alias = shared.born, shared.alias
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("dyfnant", "charged", 0), ("polventon", "nfa_cps_advice", 0)]),
    (
        "vehicle",
        [("vennmouth", "nfa", 0), ("vennmouth", "charged", 1), ("polventon", "filed_undetected", 1)],
    ),
    ("vehicle", [("polventon", "cautioned", 0), ("polventon", "charged", 2)]),
    ("phone", [("dyfnant", "nfa_not_in_public_interest", 0), ("dyfnant", "cautioned", 0)]),
    ("landline", [("vennmouth", "charged", 2), ("dyfnant", "nfa", 0)]),
    ("phone", [("polventon", "open", 0), ("vennmouth", "cautioned", 0), ("dyfnant", "charged", 1)]),
    ("address", [("dyfnant", "nfa_cps_advice", 0), ("dyfnant", "filed_undetected", 1)]),
    ("address", [("vennmouth", "nfa_not_in_public_interest", 0), ("vennmouth", "cautioned", 1)]),
    ("address", [("polventon", "charged", 1), ("polventon", "nfa", 0)]),
)


STREET_SHORT = {"Road": "Rd", "Way": "Way", "Street": "St", "Lane": "Ln"}


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        if digits.startswith("07"):
            return [
                item.value,
                f"+44 (0){digits[1:5]} {digits[5:]}",
                f"{digits[:5]}-{digits[5:8]}-{digits[8:]}",
            ]
        return [item.value, f"({digits[:4]}) {digits[4:]}", f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.lower(), item.value.replace(" ", "")]
    street, town = item.value.split(", ", 1)
    number, stem, kind = street.split(" ")
    place, district = town.split(" ", 1)
    if place == FORCES[0].town:  # the Welsh force's streets have a Welsh name
        second = f"{number} {STREET_WELSH[kind]} {stem}, {place}"
    else:
        second = f"{number} {stem} {STREET_SHORT[kind]}, {place}"
    return [item.value, second, f"{district} - {number} {stem} {kind}"]


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
    """Near misses that must not link: a plate one letter off, the same local number under another
    dialling code, a house number with a letter after it."""
    a, b = world.find("dyfnant", "nfa_victim_did_not_support", 0), world.find("polventon", "charged", 3)
    plate = world.new_vehicle(a.reported.year)
    last = PLATE_LETTERS[(PLATE_LETTERS.index(plate.value[-1]) + 1) % len(PLATE_LETTERS)]
    other = Item("vehicle", plate.value[:-1] + last, plate.description)
    add_decoy(world, "vehicle", (a, plate), (b, other), "the last letter differs: not the same plate")
    c, d = world.find("vennmouth", "nfa_insufficient_evidence", 0), world.find("polventon", "charged", 0)
    line = world.new_phone(landline=True)
    code = line.value[:4]
    elsewhere = f"{code[:3]}{(int(code[3]) + 1) % 10}" if code != "0118" else "0117"
    add_decoy(
        world,
        "phone",
        (c, line),
        (d, Item("phone", elsewhere + line.value[4:])),
        "the same local number under another dialling code",
    )
    e, f = (
        world.find("polventon", "nfa_victim_did_not_support", 1),
        world.find("polventon", "filed_undetected", 0),
    )
    home = world.new_address(e.force)
    number, rest = home.value.split(" ", 1)
    add_decoy(
        world,
        "address",
        (e, home),
        (f, Item("address", f"{number}A {rest}")),
        "a house number with a letter after it: another dwelling",
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


NAMESAKES = (
    (
        ("dyfnant", "nfa_not_in_public_interest", 0),
        ("dyfnant", "charged", 2),
        "Nevzat",
        "Akgül",
        ("Alper", "Sinan"),
    ),
    (
        ("vennmouth", "nfa_cps_advice", 0),
        ("vennmouth", "charged", 0),
        "Filmon",
        "Asmerom",
        ("Ghirmay", "Zerai"),
    ),
)


def plant_namesakes(world: World) -> None:
    """The same forename and surname told apart by the middle name (the force that writes middle names)
    or by the father's name (the force that writes it): neither pair is one suspect, and one case of
    each pair is NFA."""
    for nfa_spec, other_spec, forename, surname, (one, two) in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle=one, born=date(1970, 4, 4))
        second = Person(forename, surname, "suspect", evidence="named", middle=two, born=date(1981, 9, 30))
        first.alias = second.alias = "Eddie"
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        why = "middle name" if nfa_case.force.key == "dyfnant" else "father's name"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{first.plain} ({first.born})", f"{second.plain} ({second.born})"],
                "cases": [nfa_case.key, other.key],
                "why": f"same forename and surname, different {why}: not the same suspect",
            }
        )
