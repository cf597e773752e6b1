"""The traps of the thirteenth set, each placed by name: reopened cases (one re-crimed), early
closures, look-alike references of kinds no earlier set planted, shared suspects, vehicles, phones
and addresses written differently in each case, and decoys: a plate of March and the same plate of
September, two mobiles bought together, two flats of one house, and namesakes told apart only by
their National Insurance numbers or by their occupations.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval9.plants import move_report as ninth_move_report
from bench.cases_eval13.world import FORCES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "quillmoor": ((("nfa_insufficient_evidence", 0), "charged"), (("nfa_cps_advice", 1), "open")),
    "brackenholt": (
        (("nfa_victim_did_not_support", 0), "cautioned"),
        (("nfa_not_in_public_interest", 0), "open"),
    ),
    "wexcombe": (
        (("nfa_cps_advice", 0), "charged"),
        (("nfa_insufficient_evidence", 1), "nfa_victim_did_not_support"),
    ),
}
RECRIMED_FORCES = ("wexcombe",)
LATE = 95  # every closure that is not planted early comes at least this many days after the report


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def move_report(world: World, case: Case, reported: date) -> None:
    """The ninth set's move, with a late closure kept at least `LATE` days after the report."""
    ninth_move_report(world, case, reported)
    world.keep_financial_year(case)
    if case.closed and 3 < (case.closed - case.reported).days < LATE:
        case.closed = case.reported + timedelta(days=LATE + world.rng.randint(0, 60))
        if not case.reopened:
            case.final_date = case.closed


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2016-18 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2016, 2, 22) + timedelta(days=world.rng.randint(0, 720))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Op. {name}"),))
            if force_key in RECRIMED_FORCES:
                case.recrime = force.crime_ref(world.crime_serial(force), case.reopened.year)  # type: ignore[arg-type]
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("quillmoor", "nfa", 0), 0),
    (("quillmoor", "filed_undetected", 0), 2),
    (("brackenholt", "nfa_insufficient_evidence", 1), 0),
    (("brackenholt", "nfa_cps_advice", 0), 3),
    (("wexcombe", "filed_undetected", 1), 0),
    (("wexcombe", "nfa_victim_did_not_support", 0), 1),
    (("wexcombe", "cautioned", 1), 2),
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


def serial_where(world: World, low: int, high: int, good: object) -> int:
    """A fresh serial for which `good(serial)` holds."""
    serial = world.unique_number(low, high)
    while not good(serial):  # type: ignore[operator]
        serial = world.unique_number(low, high)
    return serial


def plant_crime_lookalikes(world: World) -> None:
    """One serial ten years apart (99 and 09); a six-digit serial and its digits shifted one place
    (a leading zero dropped, a zero added); two consecutive serials of one year."""
    a, b = world.find("quillmoor", "charged", 1), world.find("quillmoor", "cautioned", 0)
    move_report(world, a, date(1999, 10, 4))
    move_report(world, b, date(2009, 3, 16))
    serial = world.unique_number(1000, 99000)
    a.crime = a.force.crime_ref(serial, 1999)
    b.crime = b.force.crime_ref(serial, 2009)
    add_lookalike(world, a, b, ("crime", "crime"), "one serial in 1999 and 2009: two crimes")
    c, d = world.find("brackenholt", "charged", 1), world.find("brackenholt", "cautioned", 0)
    move_report(world, d, c.reported + timedelta(days=11) if c.reported.month < 12 else c.reported)
    serial = serial_where(world, 10000, 99999, lambda s: s * 10 not in world.used_numbers)
    world.used_numbers.add(serial * 10)
    c.crime = c.force.crime_ref(serial, c.reported.year)
    d.crime = d.force.crime_ref(serial * 10, d.reported.year)
    add_lookalike(world, c, d, ("crime", "crime"), "a six-digit serial and its digits moved one place")
    e, f = world.find("wexcombe", "charged", 1), world.find("wexcombe", "cautioned", 0)
    move_report(world, f, e.reported + timedelta(days=1) if e.reported.month < 12 else e.reported)
    serial = serial_where(world, 1000, 98000, lambda s: s + 1 not in world.used_numbers)
    world.used_numbers.add(serial + 1)
    e.crime = e.force.crime_ref(serial, e.reported.year)
    f.crime = f.force.crime_ref(serial + 1, f.reported.year)
    add_lookalike(world, e, f, ("crime", "crime"), "consecutive serials of one year")


def plant_call_lookalikes(world: World) -> None:
    """One CAD serial on 14 March and 14 May 2003 (MAR and MAY); one log serial on days 125 and 152
    of 2005; one incident serial on two Fridays a week apart."""
    pairs = (
        ("quillmoor", ("charged", 2), ("open", 0), date(2003, 3, 14), date(2003, 5, 14), "MAR and MAY"),
        ("brackenholt", ("charged", 2), ("open", 0), date(2005, 5, 5), date(2005, 6, 1), "days 125 and 152"),
        ("wexcombe", ("charged", 2), ("cautioned", 1), date(2006, 10, 6), date(2006, 10, 13), "two Fridays"),
    )
    for force_key, first, second, day_a, day_b, why in pairs:
        a, b = world.find(force_key, *first), world.find(force_key, *second)
        move_report(world, a, day_a)
        move_report(world, b, day_b)
        number = world.unique_number(100, 2400)
        a.incident = a.force.incident_ref(number, a.reported)
        b.incident = b.force.incident_ref(number, b.reported)
        add_lookalike(world, a, b, ("incident", "incident"), f"one serial on {why}: two incidents")


def plant_council_lookalikes(world: World) -> None:
    """A MASH serial and its digits reversed; an early help serial and its last two digits swapped;
    one council serial in the financial years 2004/05 and 2005/06."""
    a, b = world.find("quillmoor", "charged", 3), world.find("quillmoor", "cautioned", 1)
    move_report(world, b, a.reported + timedelta(days=17) if a.reported.month < 12 else a.reported)

    def reversible(s: int) -> bool:
        back = int(str(s)[::-1])
        return s % 10 != 0 and back != s and back not in world.used_numbers

    serial = serial_where(world, 1000, 9999, reversible)
    world.used_numbers.add(int(str(serial)[::-1]))
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(int(str(serial)[::-1]), b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "a MASH serial and its digits reversed")
    c, d = world.find("brackenholt", "charged", 3), world.find("brackenholt", "cautioned", 1)
    move_report(world, d, c.reported + timedelta(days=8) if c.reported.month < 12 else c.reported)

    def swapped(s: int) -> int:
        return s - s % 100 + (s % 10) * 10 + (s // 10) % 10

    serial = serial_where(
        world, 1000, 9999, lambda s: swapped(s) != s and swapped(s) not in world.used_numbers
    )
    world.used_numbers.add(swapped(serial))
    c.referral = c.force.referral_ref(serial, c.reported.year)
    d.referral = d.force.referral_ref(swapped(serial), d.reported.year)
    add_lookalike(world, c, d, ("referral", "referral"), "an early help serial, the last two digits swapped")
    e, f = world.find("wexcombe", "charged", 3), world.find("wexcombe", "filed_undetected", 0)
    move_report(world, e, date(2004, 9, 20))
    move_report(world, f, date(2005, 8, 8))
    serial = world.unique_number(100, 9999)
    e.referral = e.force.referral_ref(serial, 2004)
    f.referral = f.force.referral_ref(serial, 2005)
    add_lookalike(
        world, e, f, ("referral", "referral"), "one serial in the financial years 2004/05 and 2005/06"
    )


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("quillmoor", "nfa_victim_did_not_support", 1), [("quillmoor", "charged", 0)]),
    (("brackenholt", "nfa_insufficient_evidence", 0), [("wexcombe", "charged", 0)]),
    (
        ("wexcombe", "nfa_not_in_public_interest", 0),
        [("wexcombe", "cautioned", 0), ("brackenholt", "filed_undetected", 1)],
    ),
    (("quillmoor", "nfa_not_in_public_interest", 0), [("brackenholt", "nfa_cps_advice", 1)]),
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
            twin.born, twin.tradition = shared.born, shared.tradition
            twin.nino, twin.occupation = shared.nino, shared.occupation
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("quillmoor", "nfa_cps_advice", 0), ("brackenholt", "charged", 0)]),
    ("vehicle", [("wexcombe", "nfa_insufficient_evidence", 0), ("wexcombe", "charged", 2)]),
    (
        "vehicle",
        [
            ("brackenholt", "nfa_victim_did_not_support", 1),
            ("quillmoor", "cautioned", 1),
            ("wexcombe", "filed_undetected", 0),
        ],
    ),
    ("phone", [("quillmoor", "nfa", 0), ("quillmoor", "charged", 3)]),
    ("landline", [("brackenholt", "nfa_cps_advice", 0), ("wexcombe", "nfa_victim_did_not_support", 1)]),
    (
        "phone",
        [("wexcombe", "nfa_cps_advice", 1), ("brackenholt", "cautioned", 1), ("quillmoor", "open", 0)],
    ),
    ("address", [("quillmoor", "nfa_insufficient_evidence", 1), ("quillmoor", "cautioned", 0)]),
    ("address", [("brackenholt", "nfa", 0), ("brackenholt", "charged", 2)]),
    ("address", [("wexcombe", "nfa", 0), ("wexcombe", "open", 0)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, f"({digits[:5]}) {digits[5:]}", f"+44 (0){digits[1:5]} {digits[5:]}"]
    if item.kind == "vehicle":
        return [item.value, item.value.replace(" ", "-"), item.value.lower()]
    street, town = item.value.split(", ", 1)
    place, _ = town.split(" ", 1)
    return [item.value, f"No. {street}, {place}", item.value.upper()]


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
    """Near misses that must not link: one plate of March and of September, two mobiles bought
    together, two flats of one house; and namesakes."""
    a, b = world.find("quillmoor", "nfa_victim_did_not_support", 0), world.find("wexcombe", "charged", 3)
    letters = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 5))
    description = "bronze Kia Rio"
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{letters[:2]}04 {letters[2:]}", description)),
        (b, Item("vehicle", f"{letters[:2]}54 {letters[2:]}", description)),
        "the same letters with 04 and 54 (March and September 2004): two cars",
    )
    c, d = world.find("brackenholt", "nfa_not_in_public_interest", 0), world.find("quillmoor", "charged", 1)
    number = world.unique_number(100, 998)
    world.used_numbers.add(number + 1)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"07700 900{number:03d}")),
        (d, Item("phone", f"07700 900{number + 1:03d}")),
        "two consecutive mobile numbers (handsets bought together): two lines",
    )
    e, f = world.find("brackenholt", "nfa_insufficient_evidence", 1), world.find("brackenholt", "open", 0)
    house = world.new_address(FORCES[1])
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Flat 1, {house.value}")),
        (f, Item("address", f"Flat 3, {house.value}")),
        "two flats of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("brackenholt", "nfa", 0), ("brackenholt", "charged", 3), "Abayomi", "Oluwole", "Adesanya",
     ("nino", "JT 61 07 45 B", "RS 29 83 16 D"), "National Insurance number"),
    (("wexcombe", "nfa_cps_advice", 1), ("wexcombe", "charged", 0), "Tarsem", "Singh", "Kooner",
     ("occupation", "scrap metal dealer", "bus driver"), "occupation"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the National Insurance number Brackenholt writes, or
    by the occupation Wexcombe writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1966, 4, 9)), (two, date(1979, 11, 23))):
            person = Person(forename, surname, "suspect", evidence="arrested", middle=middle, born=born)
            person.tradition = nfa_case.force.key
            setattr(person, field, value)
            people.append(person)
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(people[0])
        other.suspects.append(people[1])
        if not nfa_case.of("address"):
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
        world.decoys.append(
            {
                "kind": "suspect",
                "values": [f"{p.plain} ({p.born}, {getattr(p, field)})" for p in people],
                "cases": [nfa_case.key, other.key],
                "why": f"same names, different {why}: not the same suspect",
            }
        )
