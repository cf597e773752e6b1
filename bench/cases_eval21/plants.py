"""The traps of the twenty-first set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates that differ only in the first letter of the
area code, two mobiles one digit apart, two flats of one house, and namesakes told apart only by
their facial hair or by the languages they speak.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval21.world import NAMES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "kestrelford": ((("nfa_insufficient_evidence", 0), "open"), (("nfa_cps_advice", 1), "charged")),
    "thrushcombe": ((("nfa_victim_did_not_support", 1), "cautioned"),
                     (("nfa", 0), "nfa_insufficient_evidence")),
    "orrishaw": ((("nfa_insufficient_evidence", 1), "charged"), (("nfa_victim_did_not_support", 0), "open")),
}  # fmt: skip
RECRIMED_FORCES = ("orrishaw",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2019-20 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2019, 3, 11) + timedelta(days=world.rng.randint(0, 600))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(80, 250))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OP/{name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.reopened.month - 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("kestrelford", "filed_undetected", 1), 0),
    (("kestrelford", "nfa_not_in_public_interest", 0), 2),
    (("thrushcombe", "nfa_cps_advice", 0), 0),
    (("thrushcombe", "cautioned", 0), 1),
    (("thrushcombe", "nfa_insufficient_evidence", 1), 3),
    (("orrishaw", "filed_undetected", 0), 0),
    (("orrishaw", "nfa_victim_did_not_support", 1), 2),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_kestrelford_lookalikes(world)
    plant_thrushcombe_lookalikes(world)
    plant_orrishaw_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its month's year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def next_month(case: Case) -> date:
    """A report date in another month of the same year as the case's."""
    if case.reported.month <= 10:
        return case.reported + timedelta(days=36)
    return case.reported - timedelta(days=41)


def pair(world: World, force: str, specs: tuple[tuple[str, int], tuple[str, int]]) -> tuple[Case, Case]:
    return world.find(force, *specs[0]), world.find(force, *specs[1])


def same_serial(world: World, kind: str, a: Case, b: Case, why: str, units: tuple[int, int]) -> None:
    """One serial and year in both cases, told apart only by what `units` chooses (a desk, a month,
    a division, a locality, a route or a category of abuse)."""
    force, serial = a.force, world.unique_number(1000, 9999)
    refs = (force.crime_ref, force.referral_ref)[kind == "referral"]
    setattr(a, kind, refs(serial, a.reported.year, units[0]))
    setattr(b, kind, refs(serial, b.reported.year, units[1]))
    add_lookalike(world, a, b, (kind, kind), why)


def same_call(world: World, a: Case, b: Case, numbers: tuple[int, int], why: str) -> None:
    a.incident = a.force.incident_ref(numbers[0], a.reported)
    b.incident = b.force.incident_ref(numbers[1], b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), why)


def next_number(world: World, low: int, high: int, step: int, fits: object) -> int:
    """A call number whose neighbour `step` on is free too (the same serial, the next grade)."""
    number = serial_where(world, low, high, lambda n: fits(n) and n + step not in world.used_numbers)  # type: ignore[operator]
    world.used_numbers.add(number + step)
    return number


def plant_kestrelford_lookalikes(world: World) -> None:
    """One crime serial and year at bureau desks 3 and 6; one call serial in grades 1 and 2; one
    council serial and year in the east and the west locality."""
    a, b = pair(world, "kestrelford", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 6))
    a.unit, b.unit = 2, 5
    same_serial(world, "crime", a, b, "one serial and year at desks D3 and D6: two crimes", (2, 5))
    c, d = pair(world, "kestrelford", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 11))
    number = next_number(world, 300, 2300, 1, lambda n: n % 3 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial in grades G1 and G2: two calls")
    e, f = pair(world, "kestrelford", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, f, beside(e, 9))
    same_serial(
        world, "referral", e, f, "one council serial and year in localities E and W: two referrals", (2, 3)
    )


def plant_thrushcombe_lookalikes(world: World) -> None:
    """One crime serial and year recorded in two months; one call serial on talkgroups 4 and 5;
    one council serial and year by the out-of-hours and the daytime route."""
    a, b = pair(world, "thrushcombe", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, next_month(a))
    units = (a.reported.month - 1, b.reported.month - 1)
    same_serial(world, "crime", a, b, "one serial and year with two month letters: two crimes", units)
    c, d = pair(world, "thrushcombe", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 14))
    number = next_number(world, 300, 2300, 1, lambda n: n % 9 == 3)
    same_call(world, c, d, (number, number + 1), "one call serial on talkgroups TG4 and TG5: two calls")
    e, f = pair(world, "thrushcombe", (("charged", 3), ("filed_undetected", 1)))
    move_report(world, f, beside(e, 5))
    same_serial(
        world, "referral", e, f, "one council serial and year by routes EDT and FDS: two referrals", (0, 1)
    )


def plant_orrishaw_lookalikes(world: World) -> None:
    """One crime serial and year in divisions II and V; one call serial at desks B and C; one
    council serial and year under the emotional and the sexual abuse category."""
    a, b = pair(world, "orrishaw", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 4))
    a.unit, b.unit = 1, 4
    same_serial(world, "crime", a, b, "one serial and year in divisions II and V: two crimes", (1, 4))
    c, d = pair(world, "orrishaw", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 8))
    number = next_number(world, 300, 2300, 1, lambda n: n % 4 == 1)
    same_call(world, c, d, (number, number + 1), "one call serial at desks B and C: two calls")
    e, f = pair(world, "orrishaw", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 12))
    same_serial(world, "referral", e, f, "one council serial and year under categories EM and SX", (2, 3))


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("orrishaw", "nfa_cps_advice", 0), [("orrishaw", "charged", 0)]),
    (("orrishaw", "nfa_insufficient_evidence", 0), [("thrushcombe", "charged", 0)]),
    (
        ("orrishaw", "nfa", 0),
        [
            ("orrishaw", "filed_undetected", 1),
            ("kestrelford", "filed_undetected", 1),
            ("thrushcombe", "open", 0),
        ],
    ),
    (("orrishaw", "nfa_not_in_public_interest", 0), [("kestrelford", "nfa_victim_did_not_support", 1)]),
)
# Only the Albanian-named force's suspects turn up in the other forces' files, and only with names of
# plain ASCII letters, which every force's encoding holds (`plain_names` makes sure of it).


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.facial, twin.languages, twin.gait = shared.facial, shared.languages, shared.gait
    return twin


def plain_names(world: World, person: Person) -> None:
    """Give a shared suspect names of ASCII letters only, so that any force's files can hold them."""
    forenames, middles, surnames = (tuple(n for n in group if n.isascii()) for group in NAMES["orrishaw"])
    while not f"{person.forename} {person.middle} {person.surname}".isascii():
        forename, surname = world.rng.choice(forenames), world.rng.choice(surnames)
        if f"{forename} {surname}" not in world.used_names:
            world.used_names.add(f"{forename} {surname}")
            person.forename, person.surname = forename, surname
            person.middle = world.rng.choice(middles)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one to three other cases (some in another force)."""
    for nfa_spec, others in SHARED_SUSPECTS:
        nfa_case = world.find(*nfa_spec)
        if not nfa_case.suspects:
            nfa_case.suspects.append(world.new_suspect("interviewed", nfa_case.force))  # type: ignore[arg-type]
            nfa_case.items.append(world.new_address(nfa_case.force))  # type: ignore[arg-type]
            nfa_case.solicitor = nfa_case.solicitor or world.new_staff("solicitor", job="solicitor")
        shared = nfa_case.suspects[0]
        plain_names(world, shared)  # type: ignore[arg-type]
        for spec in others:
            other = world.find(*spec)
            evidence = "interviewed"
            if other.suspects and other.suspects[0].evidence in ("arrested", "charged"):
                evidence = "named"
            other.suspects.append(twin_of(shared, evidence))  # type: ignore[arg-type]
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("kestrelford", "nfa_cps_advice", 0), ("orrishaw", "charged", 1)]),
    ("vehicle", [("thrushcombe", "nfa_insufficient_evidence", 0), ("thrushcombe", "charged", 3)]),
    (
        "vehicle",
        [("orrishaw", "nfa_victim_did_not_support", 1), ("kestrelford", "charged", 0),
         ("thrushcombe", "filed_undetected", 0)],
    ),
    ("phone", [("kestrelford", "nfa_not_in_public_interest", 0), ("kestrelford", "charged", 2)]),
    ("landline", [("thrushcombe", "nfa_cps_advice", 1), ("orrishaw", "nfa_cps_advice", 1)]),
    (
        "phone",
        [("thrushcombe", "nfa_not_in_public_interest", 0), ("orrishaw", "charged", 2),
         ("kestrelford", "open", 0)],
    ),
    ("address", [("kestrelford", "nfa_insufficient_evidence", 1), ("kestrelford", "cautioned", 0)]),
    ("address", [("thrushcombe", "nfa_victim_did_not_support", 0), ("thrushcombe", "charged", 1)]),
    ("address", [("orrishaw", "nfa_cps_advice", 0), ("orrishaw", "cautioned", 0)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        digits = (area + rest).replace(" ", "")
        return [item.value, f"0044 {digits[1:]}", f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, f"{plate[:2]} {plate[2:4]} {plate[4:]}", f"reg. mark {plate}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"{road.upper()} {number}, {town.upper()}, {postcode}",
        f"{number}, {road} - postcode {postcode}",
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
    """Near misses that must not link: one plate but for the first letter of its area code, two
    mobiles one digit apart, two flats of one house."""
    a, b = world.find("kestrelford", "nfa_victim_did_not_support", 0), world.find("orrishaw", "charged", 3)
    letters = world.rng.sample("BCDFGHJKLMNPRSTVWXY", 6)
    area, tail = "".join(letters[:2]), "".join(letters[3:])
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}07 {tail}", "navy Seat Alhambra")),
        (b, Item("vehicle", f"{letters[2]}{area[1]}07 {tail}", "navy Seat Alhambra")),
        "the area codes differ in their first letter: two cars",
    )
    c, d = world.find("thrushcombe", "nfa_victim_did_not_support", 1), world.find("kestrelford", "charged", 3)
    local = serial_where(world, 100, 899, lambda n: n + 100 not in world.used_numbers)
    world.used_numbers.add(local + 100)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"07700 900{local:03d}")),
        (d, Item("phone", f"07700 900{local + 100:03d}")),
        "one digit apart: two phones",
    )
    e, f = world.find("orrishaw", "nfa_insufficient_evidence", 1), world.find("thrushcombe", "cautioned", 1)
    house = world.new_address(e.force)  # type: ignore[arg-type]
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Flat 2, {house.value}")),
        (f, Item("address", f"Flat 7, {house.value}")),
        "two flats of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("kestrelford", "nfa", 0), ("kestrelford", "charged", 1), "Finnbogi", "Leivur",
     "Fjallsgarð", ("facial", "full beard", "none"), "facial hair"),
    (("thrushcombe", "nfa_not_in_public_interest", 0), ("thrushcombe", "charged", 2), "Hozan",
     "Serbest", "Sûrçî", ("languages", "Kurmanji and English", "Sorani and English"), "languages"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the facial hair Kestrelford writes, or by the
    languages Thrushcombe writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1971, 4, 9)), (two, date(1984, 10, 30))):
            person = Person(forename, surname, "suspect", evidence="arrested", middle=middle, born=born)
            person.tradition = nfa_case.force.key
            setattr(person, field, value)
            people.append(person)
        world.used_names.add(f"{forename} {surname}")
        nfa_case.suspects.append(people[0])  # type: ignore[arg-type]
        other.suspects.append(people[1])  # type: ignore[arg-type]
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
