"""The traps of the eleventh set, each placed by name: reopened cases (one re-crimed), early closures,
look-alike references of kinds no earlier set planted, shared suspects, vehicles, phones and
addresses written differently in each case, and decoys: plates whose last letter differs, one
local number under two dialling codes, one house number and street in two towns, and namesakes
told apart only by their age or by their PNC identifier.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval9.plants import move_report
from bench.cases_eval11.world import FORCES, OPERATIONS, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "threlmoor": ((("nfa_victim_did_not_support", 0), "charged"), (("nfa_cps_advice", 1), "cautioned")),
    "cawdrey": ((("nfa_insufficient_evidence", 0), "open"), (("nfa_cps_advice", 0), "charged")),
    "blesworth": (
        (("nfa_insufficient_evidence", 1), "nfa_cps_advice"),
        (("nfa_victim_did_not_support", 0), "open"),
    ),
}
RECRIMED_FORCES = ("blesworth",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)
    for case in world.cases:
        world.date_ages(case)


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
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Op. {name}"),))
            if force_key in RECRIMED_FORCES:
                case.recrime = force.crime_ref(world.crime_serial(force), case.reopened.year, case.unit)  # type: ignore[arg-type]
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("threlmoor", "filed_undetected", 1), 0),
    (("threlmoor", "nfa_insufficient_evidence", 0), 3),
    (("cawdrey", "nfa_victim_did_not_support", 1), 1),
    (("cawdrey", "filed_undetected", 0), 0),
    (("blesworth", "nfa", 0), 0),
    (("blesworth", "nfa_not_in_public_interest", 0), 2),
    (("cawdrey", "nfa", 0), 1),
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


def plant_crime_lookalikes(world: World) -> None:
    """One serial and station ten years apart; one serial and year under two station suffixes."""
    a, b = world.find("threlmoor", "charged", 1), world.find("threlmoor", "cautioned", 0)
    move_report(world, a, date(1999, 6, 14))
    move_report(world, b, date(2009, 2, 9))
    serial = world.unique_number(1000, 99999)
    a.crime = a.force.crime_ref(serial, 1999, 2)
    b.crime = b.force.crime_ref(serial, 2009, 2)
    add_lookalike(world, a, b, ("crime", "crime"), "one serial and station, years ten apart")
    c, d = world.find("cawdrey", "charged", 1), world.find("cawdrey", "cautioned", 0)
    move_report(world, d, c.reported + timedelta(days=9) if c.reported.month < 12 else c.reported)
    serial = world.unique_number(1000, 9999)
    c.crime = c.force.crime_ref(serial, c.reported.year, 0)
    d.crime = d.force.crime_ref(serial, d.reported.year, 1)
    add_lookalike(world, c, d, ("crime", "crime"), "one serial and year under two station suffixes")


def plant_call_lookalikes(world: World) -> None:
    """One log serial on 5 March and 3 May of a year (the day and month swapped); one serial in two
    quarters of a year; one serial on the same day of consecutive years."""
    a, b = world.find("threlmoor", "charged", 2), world.find("threlmoor", "open", 0)
    move_report(world, a, date(2004, 3, 5))
    move_report(world, b, date(2004, 5, 3))
    number = world.unique_number(100, 2400)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), "one log serial on 05/03 and on 03/05 of one year")
    c, d = world.find("cawdrey", "charged", 2), world.find("cawdrey", "open", 0)
    move_report(world, c, date(2006, 3, 27))
    move_report(world, d, date(2006, 4, 4))
    number = world.unique_number(100, 2400)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "one log serial in two quarters of a year")
    e, f = world.find("blesworth", "charged", 2), world.find("blesworth", "cautioned", 1)
    move_report(world, e, date(2007, 8, 21))
    move_report(world, f, date(2008, 8, 21))
    number = world.unique_number(100, 2400)
    e.incident = e.force.incident_ref(number, e.reported)
    f.incident = f.force.incident_ref(number, f.reported)
    add_lookalike(world, e, f, ("incident", "incident"), "one log serial on one day of consecutive years")


def plant_council_lookalikes(world: World) -> None:
    """An early-help serial in consecutive years; an unpadded serial and the same digits with a 0
    after them; one panel serial and year in two areas."""
    a, b = world.find("threlmoor", "charged", 3), world.find("threlmoor", "cautioned", 1)
    move_report(world, a, date(2002, 10, 7))
    move_report(world, b, date(2003, 1, 20))
    serial = world.unique_number(1000, 9999)
    a.referral = a.force.referral_ref(serial, 2002)
    b.referral = b.force.referral_ref(serial, 2003)
    add_lookalike(world, a, b, ("referral", "referral"), "one early-help serial in consecutive years")
    c, d = world.find("cawdrey", "charged", 3), world.find("cawdrey", "cautioned", 1)
    move_report(world, d, c.reported + timedelta(days=20) if c.reported.month < 12 else c.reported)
    serial = world.unique_number(10, 299)
    world.used_numbers.add(serial * 10)
    c.referral = c.force.referral_ref(serial, c.reported.year)
    d.referral = d.force.referral_ref(serial * 10, d.reported.year)
    add_lookalike(
        world, c, d, ("referral", "referral"), "a referral serial and the same digits with a 0 after"
    )
    e, f = world.find("blesworth", "charged", 3), world.find("blesworth", "filed_undetected", 0)
    move_report(world, f, e.reported + timedelta(days=14) if e.reported.month < 12 else e.reported)
    serial = world.unique_number(100, 9999)
    e.referral = e.force.referral_ref(serial, e.reported.year, 0)
    f.referral = f.force.referral_ref(serial, f.reported.year, 1)
    add_lookalike(world, e, f, ("referral", "referral"), "one panel serial and year in two areas")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("threlmoor", "nfa_not_in_public_interest", 0), [("threlmoor", "charged", 0)]),
    (("cawdrey", "nfa_victim_did_not_support", 0), [("blesworth", "cautioned", 0)]),
    (
        ("blesworth", "nfa_cps_advice", 0),
        [("blesworth", "charged", 0), ("threlmoor", "filed_undetected", 0)],
    ),
    (("threlmoor", "nfa_insufficient_evidence", 1), [("cawdrey", "nfa_not_in_public_interest", 0)]),
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
            twin.born, twin.tradition, twin.pnc = shared.born, shared.tradition, shared.pnc
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("threlmoor", "nfa_cps_advice", 0), ("cawdrey", "charged", 0)]),
    ("vehicle", [("blesworth", "nfa_insufficient_evidence", 0), ("blesworth", "charged", 1)]),
    (
        "vehicle",
        [
            ("cawdrey", "nfa_cps_advice", 1),
            ("threlmoor", "cautioned", 1),
            ("blesworth", "filed_undetected", 1),
        ],
    ),
    ("phone", [("threlmoor", "nfa", 0), ("threlmoor", "charged", 2)]),
    (
        "landline",
        [("cawdrey", "nfa_insufficient_evidence", 1), ("blesworth", "nfa_victim_did_not_support", 1)],
    ),
    (
        "phone",
        [("blesworth", "nfa_cps_advice", 1), ("cawdrey", "cautioned", 1), ("threlmoor", "open", 0)],
    ),
    ("address", [("threlmoor", "nfa_victim_did_not_support", 1), ("threlmoor", "cautioned", 0)]),
    ("address", [("cawdrey", "nfa_cps_advice", 0), ("cawdrey", "charged", 1)]),
    ("address", [("blesworth", "nfa_not_in_public_interest", 0), ("blesworth", "open", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        area, rest = item.value.split(" ", 1)
        return [item.value, f"+44 (0){area[1:]} {rest}", f"0044 {digits[1:5]} {digits[5:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.replace(" ", "-"), item.value.lower()]
    street, town = item.value.split(", ", 1)
    number, rest = street.split(" ", 1)
    place, district = town.split(" ", 1)
    return [item.value, f"{number}, {rest.upper()}, {place.upper()}", f"No. {number}, {district}"]


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
    """Near misses that must not link: plates whose last letter differs, one local number under two
    dialling codes, one house number and street name in two towns."""
    a, b = world.find("threlmoor", "nfa_victim_did_not_support", 1), world.find("blesworth", "charged", 3)
    plate = world.new_vehicle(2004)
    last = next(ch for ch in "XWVTS" if ch != plate.value[-1])
    add_decoy(
        world,
        "vehicle",
        (a, plate),
        (b, Item("vehicle", plate.value[:-1] + last, plate.description)),
        "the last letter of the plate differs: another car",
    )
    c, d = world.find("cawdrey", "nfa_not_in_public_interest", 0), world.find("threlmoor", "charged", 1)
    local = f"496 0{world.unique_number(100, 999):03d}"
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"0131 {local}")),
        (d, Item("phone", f"0141 {local}")),
        "one local number under two dialling codes: two lines",
    )
    e, f = world.find("blesworth", "nfa", 0), world.find("cawdrey", "open", 0)
    home = world.new_address(FORCES[2])
    number_street, _ = home.value.split(", ", 1)
    other_town = f"{FORCES[1].town} {FORCES[1].postcode}4 8{home.value[-2:]}"
    add_decoy(
        world,
        "address",
        (e, home),
        (f, Item("address", f"{number_street}, {other_town}")),
        "one house number and street name in two towns: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, surname, the two middle names, the two births, PNCs
    (("threlmoor", "nfa_cps_advice", 1), ("threlmoor", "charged", 3), "Sarkis", "Papazyan",
     ("Hrach", "Hrach"), (date(1958, 11, 3), date(1983, 2, 17)), ("", "")),
    (("cawdrey", "nfa_insufficient_evidence", 1), ("cawdrey", "charged", 3), "Kumara", "Rathnayake",
     ("Sisira", "Sisira"), (date(1976, 7, 9), date(1979, 3, 22)), ("1995/338120L", "1997/904417C")),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same names told apart only by the age Threlmoor writes, or by the PNC identifier Cawdrey
    writes: neither pair is one suspect, and one case of each pair is NFA."""
    for nfa_spec, other_spec, forename, surname, (one, two), (born1, born2), (pnc1, pnc2) in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle=one, born=born1, pnc=pnc1)
        second = Person(forename, surname, "suspect", evidence="arrested", middle=two, born=born2, pnc=pnc2)
        first.tradition = second.tradition = nfa_case.force.key
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
        why = "age" if nfa_case.force.key == "threlmoor" else "PNC identifier"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [
                    f"{first.plain} ({first.born}, {pnc1 or 'no PNC'})",
                    f"{second.plain} ({second.born}, {pnc2 or 'no PNC'})",
                ],
                "cases": [nfa_case.key, other.key],
                "why": f"same names, different {why}: not the same suspect",
            }
        )
