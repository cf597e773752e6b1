"""The traps of the twelfth set, each placed by name: reopened cases (one re-crimed), early closures,
look-alike references of kinds no earlier set planted, shared suspects, vehicles, phones and
addresses written differently in each case, and decoys: plates whose first letter differs, one
local number under two dialling codes, one house number
and street in two forces' towns, and namesakes told apart only by the name they are known by or
by their year of birth.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval9.plants import move_report
from bench.cases_eval12.world import FORCES, OPERATIONS, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "ormskeld": ((("nfa_cps_advice", 0), "charged"), (("nfa_victim_did_not_support", 0), "open")),
    "tarrowfield": (
        (("nfa_insufficient_evidence", 0), "nfa_not_in_public_interest"),
        (("nfa_cps_advice", 1), "charged"),
    ),
    "hendlecombe": ((("nfa_cps_advice", 1), "open"), (("nfa_insufficient_evidence", 0), "cautioned")),
}
RECRIMED_FORCES = ("tarrowfield",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2016-18 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2016, 5, 9) + timedelta(days=world.rng.randint(0, 700))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OP {name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                case.recrime = force.crime_ref(world.crime_serial(force), case.reopened.year, case.unit)  # type: ignore[arg-type]
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("ormskeld", "filed_undetected", 1), 0),
    (("ormskeld", "nfa_insufficient_evidence", 0), 3),
    (("tarrowfield", "nfa_victim_did_not_support", 1), 1),
    (("tarrowfield", "filed_undetected", 0), 0),
    (("hendlecombe", "nfa", 0), 0),
    (("hendlecombe", "nfa_not_in_public_interest", 0), 2),
    (("tarrowfield", "nfa", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_crime_lookalikes(world)
    plant_call_lookalikes(world)
    plant_council_lookalikes(world)


def swap_neighbours(serial: int, width: int) -> int:
    """The serial with its two middle digits swapped (they must differ)."""
    digits = list(f"{serial:0{width}d}")
    middle = width // 2
    digits[middle - 1], digits[middle] = digits[middle], digits[middle - 1]
    return int("".join(digits))


def plant_crime_lookalikes(world: World) -> None:
    """Two serials of one year whose middle digits are swapped; one serial and year in two
    divisions (IV and VI); one serial in consecutive years."""
    a, b = world.find("ormskeld", "charged", 1), world.find("ormskeld", "cautioned", 0)
    move_report(world, b, a.reported + timedelta(days=16) if a.reported.month < 12 else a.reported)
    serial = world.unique_number(10000, 99999)
    while str(serial)[1] == str(serial)[2]:
        serial = world.unique_number(10000, 99999)
    world.used_numbers.add(swap_neighbours(serial, 5))
    a.crime = a.force.crime_ref(serial, a.reported.year)
    b.crime = b.force.crime_ref(swap_neighbours(serial, 5), b.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "two serials of one year, two digits swapped")
    c, d = world.find("tarrowfield", "charged", 1), world.find("tarrowfield", "cautioned", 0)
    move_report(world, d, c.reported + timedelta(days=9) if c.reported.month < 12 else c.reported)
    serial = world.unique_number(1000, 99999)
    c.crime = c.force.crime_ref(serial, c.reported.year, 1)
    d.crime = d.force.crime_ref(serial, d.reported.year, 2)
    add_lookalike(world, c, d, ("crime", "crime"), "one serial and year in divisions IV and VI")
    e, f = world.find("hendlecombe", "charged", 1), world.find("hendlecombe", "cautioned", 0)
    move_report(world, e, date(2005, 7, 11))
    move_report(world, f, date(2006, 2, 6))
    serial = world.unique_number(1000, 99999)
    e.crime = e.force.crime_ref(serial, 2005)
    f.crime = f.force.crime_ref(serial, 2006)
    add_lookalike(world, e, f, ("crime", "crime"), "one serial in consecutive years")


def plant_call_lookalikes(world: World) -> None:
    """One serial on 5 April 2003 and 3 April 2005 (YYMMDD read backwards); one date and serial on
    two shifts; one monthly serial in consecutive months."""
    a, b = world.find("ormskeld", "charged", 2), world.find("ormskeld", "open", 0)
    move_report(world, a, date(2003, 4, 5))
    move_report(world, b, date(2005, 4, 3))
    number = world.unique_number(100, 2400)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), "one serial on 030405 and 050403")
    c, d = world.find("tarrowfield", "charged", 2), world.find("tarrowfield", "open", 0)
    move_report(world, c, date(2004, 11, 19))
    move_report(world, d, date(2004, 11, 19))
    number = world.unique_number(100, 2398)
    world.used_numbers.add(number + 1)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number + 1, d.reported)
    d.incident = Ref(  # the same date and serial, the next shift's letter
        "incident",
        d.incident.value.replace(f"{number + 1:04d}", f"{number:04d}"),
        tuple(
            (style, text.replace(f"{number + 1:04d}", f"{number:04d}")) for style, text in d.incident.variants
        ),
    )
    add_lookalike(world, c, d, ("incident", "incident"), "one date and serial on two shifts")
    e, f = world.find("hendlecombe", "charged", 2), world.find("hendlecombe", "cautioned", 1)
    move_report(world, e, date(2007, 9, 24))
    move_report(world, f, date(2007, 10, 2))
    number = world.unique_number(100, 2400)
    e.incident = e.force.incident_ref(number, e.reported)
    f.incident = f.force.incident_ref(number, f.reported)
    add_lookalike(world, e, f, ("incident", "incident"), "one monthly serial in consecutive months")


def plant_council_lookalikes(world: World) -> None:
    """A CSE serial and the same digits swapped in its middle; one serial and year under Section 47
    and Section 17; an unpadded serial and the same digits with a 1 in front."""
    a, b = world.find("ormskeld", "charged", 3), world.find("ormskeld", "cautioned", 1)
    move_report(world, b, a.reported + timedelta(days=20) if a.reported.month < 12 else a.reported)
    serial = world.unique_number(1000, 9999)
    while str(serial)[1] == str(serial)[2]:
        serial = world.unique_number(1000, 9999)
    world.used_numbers.add(swap_neighbours(serial, 4))
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(swap_neighbours(serial, 4), b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "two CSE serials of one year, two digits swapped")
    c, d = world.find("tarrowfield", "charged", 3), world.find("tarrowfield", "cautioned", 1)
    move_report(world, d, c.reported + timedelta(days=12) if c.reported.month < 12 else c.reported)
    serial = world.unique_number(100, 9999)
    c.referral = c.force.referral_ref(serial, c.reported.year, 0)
    d.referral = d.force.referral_ref(serial, d.reported.year, 1)
    add_lookalike(
        world, c, d, ("referral", "referral"), "one serial and year under Section 47 and Section 17"
    )
    e, f = world.find("hendlecombe", "charged", 3), world.find("hendlecombe", "filed_undetected", 0)
    move_report(world, f, e.reported + timedelta(days=14) if e.reported.month < 12 else e.reported)
    serial = world.unique_number(10, 999)
    world.used_numbers.add(1000 + serial)
    e.referral = e.force.referral_ref(serial, e.reported.year)
    f.referral = f.force.referral_ref(1000 + serial, f.reported.year)
    add_lookalike(world, e, f, ("referral", "referral"), "an unpadded serial and the same digits after a 1")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("ormskeld", "nfa_not_in_public_interest", 0), [("ormskeld", "charged", 0)]),
    (("tarrowfield", "nfa_victim_did_not_support", 0), [("hendlecombe", "cautioned", 0)]),
    (
        ("hendlecombe", "nfa_cps_advice", 0),
        [("hendlecombe", "charged", 0), ("ormskeld", "filed_undetected", 0)],
    ),
    (("ormskeld", "nfa_insufficient_evidence", 1), [("tarrowfield", "nfa_not_in_public_interest", 0)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one or two other cases (some in another force)."""
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
            twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
            twin.born, twin.tradition, twin.nickname = shared.born, shared.tradition, shared.nickname
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("ormskeld", "nfa_cps_advice", 0), ("tarrowfield", "charged", 0)]),
    ("vehicle", [("hendlecombe", "nfa_insufficient_evidence", 0), ("hendlecombe", "charged", 1)]),
    (
        "vehicle",
        [
            ("tarrowfield", "nfa_cps_advice", 1),
            ("ormskeld", "cautioned", 1),
            ("hendlecombe", "filed_undetected", 1),
        ],
    ),
    ("phone", [("ormskeld", "nfa", 0), ("ormskeld", "charged", 2)]),
    (
        "landline",
        [("tarrowfield", "nfa_insufficient_evidence", 1), ("hendlecombe", "nfa_victim_did_not_support", 1)],
    ),
    (
        "phone",
        [("hendlecombe", "nfa_cps_advice", 1), ("tarrowfield", "cautioned", 1), ("ormskeld", "open", 0)],
    ),
    ("address", [("ormskeld", "nfa_victim_did_not_support", 1), ("ormskeld", "cautioned", 0)]),
    ("address", [("tarrowfield", "nfa_cps_advice", 0), ("tarrowfield", "charged", 1)]),
    ("address", [("hendlecombe", "nfa_not_in_public_interest", 0), ("hendlecombe", "open", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, f"{digits[:5]}-{digits[5:8]}-{digits[8:]}", f"+44{digits[1:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.replace(" ", ""), " ".join(item.value.replace(" ", ""))]
    street, town = item.value.split(", ", 1)
    place, district = town.split(" ", 1)
    return [item.value, f"{street} ({district})", f"{street.lower()}, {place.lower()}"]


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
    """Near misses that must not link: plates whose first letter differs, one local number under
    two dialling codes, one house number and street name in two forces' towns."""
    a, b = world.find("ormskeld", "nfa_victim_did_not_support", 1), world.find("hendlecombe", "charged", 3)
    plate = world.new_vehicle(2005)
    first = next(ch for ch in "KLMNP" if ch != plate.value[0])
    add_decoy(
        world,
        "vehicle",
        (a, plate),
        (b, Item("vehicle", first + plate.value[1:], plate.description)),
        "the first letter of the plate differs: another car",
    )
    c, d = world.find("tarrowfield", "nfa_not_in_public_interest", 0), world.find("ormskeld", "charged", 1)
    local = f"496 0{world.unique_number(100, 999):03d}"
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"0117 {local}")),
        (d, Item("phone", f"0118 {local}")),
        "one local number under two dialling codes: two lines",
    )
    e, f = world.find("hendlecombe", "nfa", 0), world.find("tarrowfield", "open", 0)
    home = world.new_address(FORCES[2])
    number_street, _ = home.value.split(", ", 1)
    other_town = f"{FORCES[1].town} {FORCES[1].postcode}6 2{home.value[-2:]}"
    add_decoy(
        world,
        "address",
        (e, home),
        (f, Item("address", f"{number_street}, {other_town}")),
        "one house number and street name in two towns: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, surname, the two middle names, births, nicknames
    (("ormskeld", "nfa_cps_advice", 1), ("ormskeld", "charged", 3), "Levent", "Kahramanoğlu",
     ("Tahsin", "Tahsin"), (date(1961, 5, 14), date(1974, 10, 3)), ("Lefo", "Bozo")),
    (("hendlecombe", "nfa_insufficient_evidence", 1), ("hendlecombe", "charged", 0), "Amanuel",
     "Ghebrehiwet", ("Zemichael", "Zemichael"), (date(1969, 8, 2), date(1981, 1, 30)), ("", "")),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same names told apart only by the name Ormskeld records he is known by, or by the year of
    birth Hendlecombe writes: neither pair is one suspect, and one case of each pair is NFA."""
    for nfa_spec, other_spec, forename, surname, (one, two), (born1, born2), (nick1, nick2) in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(
            forename, surname, "suspect", evidence="arrested", middle=one, born=born1, nickname=nick1
        )
        second = Person(
            forename, surname, "suspect", evidence="arrested", middle=two, born=born2, nickname=nick2
        )
        first.tradition = second.tradition = nfa_case.force.key
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
        why = "known-as name" if nfa_case.force.key == "ormskeld" else "year of birth"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [
                    f"{first.plain} ({first.born}, {nick1 or 'no known-as name'})",
                    f"{second.plain} ({second.born}, {nick2 or 'no known-as name'})",
                ],
                "cases": [nfa_case.key, other.key],
                "why": f"same names, different {why}: not the same suspect",
            }
        )
