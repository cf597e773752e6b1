"""The planted traps of the tenth set, each placed on named cases rather than left to chance.

Reopened cases (with an operation name; in one force re-crimed under a new number), early
closures (some on the day of the report), look-alike references (one crime serial and year in two
divisions of a force, the same log serial on the 112th and the 121st day of a year, a
child-in-need number and the same digits with a 1 before them, a crime serial and a log serial of
the same digits, one meeting serial in consecutive years, one person number with two episodes,
one crime serial in consecutive years, one log serial in consecutive months), shared suspects,
vehicles, phones and addresses written differently in each case (brackets round the dialling
code, the +44 prefix with no spaces, a plate with no space or with spaces between its characters,
the street kind abbreviated, the postcode first), and decoys: plates of one year's March and
September age identifiers, a mobile with its hundreds and tens digits swapped, two flats of one
house, and namesakes told apart only by the date of birth or by the Christian name.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval9.plants import move_report
from bench.cases_eval10.world import OPERATIONS, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "ockleton": ((("nfa_cps_advice", 0), "charged"), (("nfa_victim_did_not_support", 1), "open")),
    "wraysholme": (
        (("nfa_insufficient_evidence", 1), "cautioned"),
        (("nfa_victim_did_not_support", 1), "charged"),
    ),
    "fennick": (
        (("nfa_victim_did_not_support", 1), "nfa_not_in_public_interest"),
        (("nfa_cps_advice", 1), "open"),
    ),
}
RECRIMED_FORCES = ("wraysholme",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2017-19 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2017, 2, 6) + timedelta(days=world.rng.randint(0, 650))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OP/{name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                case.recrime = force.crime_ref(world.crime_serial(force), case.reopened.year, case.unit)  # type: ignore[arg-type]
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("ockleton", "filed_undetected", 0), 0),
    (("ockleton", "nfa_insufficient_evidence", 0), 2),
    (("wraysholme", "nfa", 0), 0),
    (("wraysholme", "filed_undetected", 1), 3),
    (("fennick", "nfa_victim_did_not_support", 0), 1),
    (("fennick", "nfa_insufficient_evidence", 1), 0),
    (("wraysholme", "nfa_not_in_public_interest", 0), 2),
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
    """One serial and year in two divisions of one force; one serial in consecutive years."""
    a, b = world.find("ockleton", "charged", 1), world.find("ockleton", "cautioned", 0)
    move_report(world, b, a.reported + timedelta(days=5) if a.reported.month < 12 else a.reported)
    serial = world.unique_number(10000, 89999)
    a.crime = a.force.crime_ref(serial, a.reported.year, 1)
    b.crime = b.force.crime_ref(serial, b.reported.year, 3)
    add_lookalike(world, a, b, ("crime", "crime"), "one crime serial and year in two divisions of a force")
    c, d = world.find("fennick", "charged", 1), world.find("fennick", "nfa_not_in_public_interest", 0)
    move_report(world, c, date(2004, 10, 18))
    move_report(world, d, date(2005, 2, 21))
    serial = world.unique_number(10000, 89999)
    c.crime = c.force.crime_ref(serial, 2004)
    d.crime = d.force.crime_ref(serial, 2005)
    add_lookalike(world, c, d, ("crime", "crime"), "one crime serial in consecutive years")


def plant_call_lookalikes(world: World) -> None:
    """The same log serial on the 112th and the 121st day of a year; a crime serial and a log serial
    of the same digits in one force."""
    a, b = world.find("ockleton", "charged", 2), world.find("ockleton", "open", 0)
    move_report(world, a, date(2003, 1, 1) + timedelta(days=111))
    move_report(world, b, date(2003, 1, 1) + timedelta(days=120))
    number = world.unique_number(100, 2400)
    a.incident = a.force.incident_ref(number, a.reported)
    b.incident = b.force.incident_ref(number, b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), "one log serial on day 112 and on day 121")
    c, d = world.find("wraysholme", "charged", 2), world.find("wraysholme", "open", 0)
    number = world.unique_number(1000, 2400)
    c.crime = c.force.crime_ref(number, c.reported.year)
    d.incident = d.force.incident_ref(number, d.reported)
    add_lookalike(world, c, d, ("crime", "incident"), "a crime serial and a log serial of the same digits")
    e, f = world.find("fennick", "charged", 2), world.find("fennick", "cautioned", 1)
    move_report(world, e, date(2007, 3, 12))
    move_report(world, f, date(2007, 4, 3))
    number = world.unique_number(100, 2400)
    e.incident = e.force.incident_ref(number, e.reported)
    f.incident = f.force.incident_ref(number, f.reported)
    add_lookalike(world, e, f, ("incident", "incident"), "one log serial in consecutive months")


def plant_council_lookalikes(world: World) -> None:
    """A child-in-need number and the same digits with a 1 before them; one meeting serial in two
    years; one person number with two episodes."""
    a, b = world.find("ockleton", "charged", 3), world.find("ockleton", "cautioned", 1)
    serial = world.unique_number(1000, 9999)
    world.used_numbers.add(10000 + serial)
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(10000 + serial, b.reported.year)
    add_lookalike(
        world, a, b, ("referral", "referral"), "a child-in-need number and the same digits after a 1"
    )
    c, d = world.find("wraysholme", "charged", 3), world.find("wraysholme", "cautioned", 1)
    move_report(world, c, date(2008, 6, 2))
    move_report(world, d, date(2009, 6, 1))
    serial = world.unique_number(100, 999)
    c.referral = c.force.referral_ref(serial, 2008)
    d.referral = d.force.referral_ref(serial, 2009)
    add_lookalike(world, c, d, ("referral", "referral"), "one meeting serial in consecutive years")
    e, f = world.find("fennick", "charged", 3), world.find("fennick", "filed_undetected", 0)
    serial = world.unique_number(10000, 990000)
    e.referral = e.force.referral_ref(serial, e.reported.year)
    f.referral = f.force.referral_ref(serial, f.reported.year, episode=2)  # type: ignore[call-arg]
    f.subject = e.subject  # one child, two episodes, two cases
    add_lookalike(world, e, f, ("referral", "referral"), "one person number, episodes 1 and 2")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("ockleton", "nfa_not_in_public_interest", 0), [("ockleton", "charged", 0)]),
    (("wraysholme", "nfa_cps_advice", 0), [("fennick", "cautioned", 0)]),
    (
        ("fennick", "nfa_insufficient_evidence", 0),
        [("fennick", "charged", 0), ("wraysholme", "filed_undetected", 0)],
    ),
    (("ockleton", "nfa_victim_did_not_support", 0), [("wraysholme", "nfa_victim_did_not_support", 0)]),
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
            twin.born, twin.tradition, twin.cro = shared.born, shared.tradition, shared.cro
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("ockleton", "nfa_insufficient_evidence", 1), ("fennick", "charged", 0)]),
    ("vehicle", [("wraysholme", "nfa_cps_advice", 1), ("wraysholme", "charged", 0)]),
    (
        "vehicle",
        [("fennick", "nfa", 0), ("fennick", "cautioned", 1), ("ockleton", "filed_undetected", 1)],
    ),
    ("phone", [("ockleton", "nfa", 0), ("ockleton", "cautioned", 0)]),
    ("landline", [("wraysholme", "nfa_insufficient_evidence", 0), ("fennick", "nfa_cps_advice", 0)]),
    (
        "phone",
        [
            ("fennick", "nfa_victim_did_not_support", 0),
            ("wraysholme", "cautioned", 0),
            ("ockleton", "open", 0),
        ],
    ),
    ("address", [("ockleton", "nfa_cps_advice", 1), ("ockleton", "charged", 2)]),
    ("address", [("wraysholme", "nfa", 0), ("wraysholme", "charged", 1)]),
    ("address", [("fennick", "nfa_cps_advice", 0), ("fennick", "filed_undetected", 1)]),
)
KIND_SHORT = {"Crescent": "Cres.", "Rise": "Ri.", "Mount": "Mt.", "Gardens": "Gdns."}


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        digits = item.value.replace(" ", "")
        return [item.value, f"({area}) {rest.replace(' ', '')}", f"+44{digits[1:]}"]
    if item.kind == "vehicle":
        head, tail = item.value.split(" ")
        spaced = " ".join(head) if len(head) == 4 and head[:2].isalpha() else head
        return [item.value, item.value.replace(" ", ""), f"{spaced} {' '.join(tail)}"]
    street, town = item.value.split(", ", 1)
    number, stem, kind = street.split(" ", 2)
    place, district = town.split(" ", 1)
    return [
        item.value,
        f"{number} {stem} {KIND_SHORT[kind]}, {place}",
        f"{district} ({number} {stem} {kind})",
    ]


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
    """Near misses that must not link: plates of one year's March and September age identifiers, a
    mobile with its hundreds and tens digits swapped, two flats of one house."""
    a, b = world.find("ockleton", "nfa_victim_did_not_support", 1), world.find("fennick", "charged", 3)
    tail = "".join(world.rng.sample("BCDFGHJKLMNPRSTVWXY", 3))
    area = "".join(world.rng.sample("BCDFGHJKLMNPRSTVWXY", 2))
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}03 {tail}", "silver Daewoo Nubira")),
        (b, Item("vehicle", f"{area}53 {tail}", "silver Daewoo Nubira")),
        "one year's March and September age identifiers: two plates",
    )
    c, d = world.find("wraysholme", "nfa_not_in_public_interest", 0), world.find("ockleton", "charged", 1)
    while True:
        tail = f"{world.unique_number(100, 999):03d}"
        if tail[0] != tail[1]:
            break
    first, second = f"07700 900{tail}", f"07700 900{tail[1]}{tail[0]}{tail[2]}"
    add_decoy(
        world,
        "phone",
        (c, Item("phone", first)),
        (d, Item("phone", second)),
        "the hundreds and tens digits swapped: another mobile",
    )
    e, f = world.find("fennick", "nfa", 0), world.find("fennick", "open", 0)
    home = world.new_address(e.force)  # type: ignore[arg-type]
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Flat 2, {home.value}")),
        (f, Item("address", f"Flat 5, {home.value}")),
        "two flats of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, surname, the two middle names, the two births
    (("wraysholme", "nfa_cps_advice", 1), ("wraysholme", "charged", 3), "Arulan", "Murugesu",
     ("", ""), (date(1969, 4, 2), date(1981, 9, 14))),
    (("fennick", "nfa_cps_advice", 0), ("fennick", "charged", 2), "Kwaku", "Antwi",
     ("Samuel", "Gideon"), (date(1975, 1, 20), date(1975, 1, 20))),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same given name and family name told apart only by the date of birth (Wraysholme writes it)
    or by the Christian name: neither pair is one suspect, and one case of each pair is NFA."""
    for nfa_spec, other_spec, forename, surname, (one, two), (born1, born2) in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        first = Person(forename, surname, "suspect", evidence="arrested", middle=one, born=born1)
        second = Person(forename, surname, "suspect", evidence="named", middle=two, born=born2)
        first.tradition = second.tradition = nfa_case.force.key
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(first)
        other.suspects.append(second)
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
        why = "date of birth" if nfa_case.force.key == "wraysholme" else "Christian name"
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{first.plain} ({first.born})", f"{second.plain} ({second.born})"],
                "cases": [nfa_case.key, other.key],
                "why": f"same given name and family name, different {why}: not the same suspect",
            }
        )
