"""The planted traps of the ninth set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name; in one force re-crimed under a new number), early
closures (some on the day of the report), look-alike references (a crime serial and year one
force shares with its neighbour, a serial and the same digits with a nought after them, the same
serial with the digits of its two-digit year swapped, the same call serial on consecutive days,
a call on the fifth of February and one with the same serial on the second of May, a sibling's
MASH number that differs by a letter, one serial and year in two councils), shared suspects,
vehicles, phones and addresses written differently in each case (a slash, dashes with the +44
prefix, lower case, the house number in words, the postcode before the house number), and
decoys: a plate whose last three letters come in another order, one landline number under two
area codes, the same house on the same street name in another town, and namesakes told apart
only by an English name or a patronymic.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval9.world import FORCES, OPERATIONS, Case, Item, Person, Ref, World, in_words

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "haverscar": (
        (("nfa_victim_did_not_support", 1), "charged"),
        (("nfa_insufficient_evidence", 1), "nfa_cps_advice"),
    ),
    "brantwick": ((("nfa_cps_advice", 1), "charged"), (("nfa_victim_did_not_support", 1), "open")),
    "skellow": ((("nfa_insufficient_evidence", 1), "cautioned"), (("nfa_cps_advice", 1), "open")),
}
RECRIMED_FORCES = ("skellow",)


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
    for force in FORCES:
        for (outcome, nth), final in REOPENED[force.key]:
            case = world.find(force.key, outcome, nth)
            case.reopened = date(2016, 1, 11) + timedelta(days=world.rng.randint(0, 700))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(50, 260))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Op {name.upper()}"),))
            if force.key in RECRIMED_FORCES:
                case.recrime = force.crime_ref(world.crime_serial(force), case.reopened.year, case.unit)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))
                case.items.append(world.new_address(force))
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (some the same day)."""
    specs = [
        ("haverscar", "nfa_victim_did_not_support", 0),
        ("haverscar", "nfa", 0),
        ("brantwick", "filed_undetected", 0),
        ("brantwick", "nfa_insufficient_evidence", 0),
        ("skellow", "nfa_victim_did_not_support", 0),
        ("skellow", "filed_undetected", 1),
        ("brantwick", "cautioned", 1),
    ]
    same_day = {specs[1], specs[4]}
    for spec in specs:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=0 if spec in same_day else world.rng.randint(1, 3))
        case.final_date = case.closed


def move_report(world: World, case: Case, reported: date) -> None:
    """A case moved to another report date: its dated references and closure follow."""
    gap = (case.closed - case.reported).days if case.closed else 0
    case.reported = reported
    if case.closed:
        case.closed = reported + timedelta(days=gap if 0 <= gap <= 3 else world.rng.randint(90, 300))
        case.final_date = case.closed if not case.reopened else case.final_date
    if case.incident:
        case.incident = case.force.incident_ref(world.unique_number(5, 2400), reported)
    if case.referral:
        case.referral = case.force.referral_ref(world.referral_serial(case.force), reported.year)
    if case.crime:
        case.crime = case.force.crime_ref(world.crime_serial(case.force), reported.year, case.unit)


def plant_lookalikes(world: World) -> None:
    plant_crime_lookalikes(world)
    plant_call_lookalikes(world)
    plant_council_lookalikes(world)


def plant_crime_lookalikes(world: World) -> None:
    """A serial and year two neighbouring forces both use; a serial and the same digits with a nought
    after them; the same serial with the digits of its year swapped."""
    a, b = world.find("haverscar", "charged", 1), world.find("skellow", "cautioned", 0)
    move_report(world, b, a.reported + timedelta(days=6) if a.reported.month < 12 else a.reported)
    serial = world.unique_number(10000, 79999)
    a.crime = a.force.crime_ref(serial, a.reported.year, a.unit)
    b.crime = b.force.crime_ref(serial, b.reported.year, b.unit)
    add_lookalike(world, a, b, ("crime", "crime"), "one crime serial and year in two neighbouring forces")
    c, d = world.find("brantwick", "charged", 1), world.find("brantwick", "nfa_not_in_public_interest", 0)
    move_report(world, d, c.reported + timedelta(days=30) if c.reported.month < 11 else c.reported)
    serial = world.unique_number(1001, 9999)
    world.used_numbers.add(serial * 10)
    c.crime = c.force.crime_ref(serial, c.reported.year)
    d.crime = d.force.crime_ref(serial * 10, d.reported.year)
    add_lookalike(world, c, d, ("crime", "crime"), "a serial and the same digits with a nought after them")
    e, f = world.find("skellow", "charged", 2), world.find("skellow", "nfa", 0)
    move_report(world, e, date(2001, 5, 14))
    move_report(world, f, date(2010, 8, 23))
    serial = world.unique_number(10000, 79999)
    e.crime = e.force.crime_ref(serial, 2001)
    f.crime = f.force.crime_ref(serial, 2010)
    add_lookalike(world, e, f, ("crime", "crime"), "the same serial, the two digits of the year swapped")


def plant_call_lookalikes(world: World) -> None:
    """The same call serial on consecutive days; on the 5th of February and the 2nd of May."""
    a, b = world.find("haverscar", "charged", 2), world.find("haverscar", "open", 0)
    first = a.reported if a.reported.day < 28 else a.reported - timedelta(days=3)
    move_report(world, a, first)
    move_report(world, b, first + timedelta(days=1))
    number = world.unique_number(40, 1900)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), "the same call serial on consecutive days")
    c, d = world.find("brantwick", "charged", 2), world.find("brantwick", "open", 0)
    move_report(world, c, date(2006, 2, 5))
    move_report(world, d, date(2006, 5, 2))
    number = world.unique_number(40, 1900)
    c.incident = c.force.incident_ref(number, c.reported)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("incident", "incident"), "the same call serial, day and month swapped")


def plant_council_lookalikes(world: World) -> None:
    """A sibling's MASH number (the same with a letter after it); one serial and year in two councils."""
    a, b = world.find("haverscar", "charged", 3), world.find("haverscar", "cautioned", 1)
    move_report(world, b, a.reported + timedelta(days=9) if a.reported.month < 12 else a.reported)
    serial = world.unique_number(1000, 8999)
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(serial, b.reported.year, sibling="B")  # type: ignore[call-arg]
    add_lookalike(world, a, b, ("referral", "referral"), "a MASH number and a sibling's, a letter after it")
    c, d = world.find("brantwick", "charged", 3), world.find("skellow", "charged", 3)
    move_report(world, d, c.reported + timedelta(days=12) if c.reported.month < 12 else c.reported)
    serial = world.unique_number(10000, 49999)
    c.referral = c.force.referral_ref(serial, c.reported.year)
    d.referral = d.force.referral_ref(serial, d.reported.year)
    add_lookalike(world, c, d, ("referral", "referral"), "one council serial and year in two councils")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("haverscar", "nfa_cps_advice", 0), [("haverscar", "cautioned", 0)]),
    (("brantwick", "nfa_insufficient_evidence", 0), [("skellow", "charged", 0)]),
    (
        ("skellow", "nfa_not_in_public_interest", 0),
        [("skellow", "filed_undetected", 0), ("haverscar", "charged", 0)],
    ),
    (("haverscar", "nfa_not_in_public_interest", 0), [("brantwick", "nfa_victim_did_not_support", 0)]),
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
            twin.born, twin.tradition = shared.born, shared.tradition
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("haverscar", "nfa_cps_advice", 0), ("brantwick", "charged", 0)]),
    ("vehicle", [("skellow", "nfa_victim_did_not_support", 0), ("skellow", "charged", 1)]),
    (
        "vehicle",
        [("brantwick", "nfa", 0), ("brantwick", "cautioned", 0), ("haverscar", "filed_undetected", 0)],
    ),
    ("phone", [("haverscar", "nfa_insufficient_evidence", 0), ("haverscar", "charged", 0)]),
    ("landline", [("brantwick", "nfa_cps_advice", 0), ("skellow", "nfa_insufficient_evidence", 0)]),
    (
        "phone",
        [("skellow", "nfa_cps_advice", 0), ("brantwick", "filed_undetected", 1), ("haverscar", "open", 0)],
    ),
    ("address", [("haverscar", "nfa_victim_did_not_support", 0), ("haverscar", "filed_undetected", 1)]),
    ("address", [("brantwick", "nfa_victim_did_not_support", 0), ("brantwick", "charged", 1)]),
    ("address", [("skellow", "nfa", 0), ("skellow", "cautioned", 1)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = (
            (item.value[:5], item.value[6:]) if item.value.startswith("07") else item.value.split(" ", 1)
        )
        digits = item.value.replace(" ", "")
        if digits.startswith("07"):
            return [item.value, f"{area}/{rest}", f"+44-{digits[1:5]}-{digits[5:8]}-{digits[8:]}"]
        return [item.value, f"{area}/{rest.replace(' ', '')}", f"+44-{area[1:]}-{rest.replace(' ', '-')}"]
    if item.kind == "vehicle":
        return [item.value, item.value.lower().replace(" ", "-"), item.value.replace(" ", "/")]
    street, town = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    place, district = town.split(" ", 1)
    return [item.value, f"{in_words(int(number))} {road}, {place}", f"{district}, house no. {number}"]


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


def plant_decoys(world: World) -> None:
    """Near misses that must not link: a plate whose last three letters come in another order, one
    local number under two area codes, the same house and street name in another town."""
    a, b = world.find("haverscar", "nfa_insufficient_evidence", 0), world.find("skellow", "open", 0)
    plate = world.new_vehicle(2004)
    head, tail = plate.value.split(" ")
    other = Item("vehicle", f"{head} {tail[0]}{tail[2]}{tail[1]}", plate.description)
    add_decoy(
        world, "vehicle", (a, plate), (b, other), "the last three letters in another order: another plate"
    )
    c, d = world.find("brantwick", "nfa_cps_advice", 0), world.find("haverscar", "charged", 3)
    local = world.unique_number(100, 999)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"0116 496 0{local:03d}")),
        (d, Item("phone", f"0118 496 0{local:03d}")),
        "one local number under two area codes: two lines",
    )
    e, f = world.find("skellow", "nfa_victim_did_not_support", 1), world.find("brantwick", "charged", 2)
    home = world.new_address(e.force)
    street = home.value.split(", ")[0]
    far = FORCES[1]
    away = Item("address", f"{street}, {far.town} {far.postcode}5 2RT")
    add_decoy(world, "address", (e, home), (f, away), "the same house and street name in another town")
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, surname, the two middle names
    (("haverscar", "nfa_insufficient_evidence", 0), ("haverscar", "charged", 1), "Sai-kit", "Lam",
     ("Horace", "Cuthbert")),
    (("skellow", "nfa_cps_advice", 0), ("skellow", "charged", 0), "Zakhar", "Hnatyuk",
     ("Ivanovych", "Pavlovych")),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same given name and family name told apart only by the English name (Haverscar writes it
    in brackets) or by the patronymic: neither pair is one suspect, and one case of each pair is NFA."""
    for nfa_spec, other_spec, forename, surname, (one, two) in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle=one, born=date(1971, 6, 2))
        second = Person(forename, surname, "suspect", evidence="named", middle=two, born=date(1983, 11, 19))
        first.tradition = second.tradition = nfa_case.force.key
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))
        why = "English name" if nfa_case.force.key == "haverscar" else "patronymic"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{first.plain} ({first.born})", f"{second.plain} ({second.born})"],
                "cases": [nfa_case.key, other.key],
                "why": f"same given name and family name, different {why}: not the same suspect",
            }
        )
