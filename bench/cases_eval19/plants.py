"""The traps of the nineteenth set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates whose letters differ only by an O and a Q, one
mobile number with its last two digits swapped, two flats of one house, and namesakes told apart
only by their tattoo or by their shoe size.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval19.world import NAMES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "quillinghurst": ((("nfa_cps_advice", 0), "cautioned"), (("nfa_insufficient_evidence", 1), "open")),
    "sallowfield": ((("nfa_victim_did_not_support", 0), "charged"), (("nfa", 0), "open")),
    "kelthorpe": ((("nfa_insufficient_evidence", 0), "charged"),
                  (("nfa_victim_did_not_support", 1), "nfa_cps_advice")),
}  # fmt: skip
RECRIMED_FORCES = ("kelthorpe",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2018-19 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2018, 2, 5) + timedelta(days=world.rng.randint(0, 640))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(80, 250))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OPN {name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.reopened.month - 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("quillinghurst", "nfa_not_in_public_interest", 0), 0),
    (("quillinghurst", "filed_undetected", 1), 2),
    (("sallowfield", "cautioned", 0), 0),
    (("sallowfield", "nfa_cps_advice", 1), 3),
    (("sallowfield", "nfa_insufficient_evidence", 1), 1),
    (("kelthorpe", "nfa", 0), 0),
    (("kelthorpe", "filed_undetected", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_quillinghurst_lookalikes(world)
    plant_sallowfield_lookalikes(world)
    plant_kelthorpe_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its month's year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def pair(world: World, force: str, specs: tuple[tuple[str, int], tuple[str, int]]) -> tuple[Case, Case]:
    return world.find(force, *specs[0]), world.find(force, *specs[1])


def same_serial(world: World, kind: str, a: Case, b: Case, why: str, units: tuple[int, int]) -> None:
    """One serial and year in both cases, told apart only by what `units` chooses (a split letter,
    a records system, a sector, a source, a family place or a year group)."""
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
    """A call number whose neighbour `step` on is free too (the same serial, the next channel)."""
    number = serial_where(world, low, high, lambda n: fits(n) and n + step not in world.used_numbers)  # type: ignore[operator]
    world.used_numbers.add(number + step)
    return number


def plant_quillinghurst_lookalikes(world: World) -> None:
    """One crime serial and year split A and B; one call serial on talkgroups 2 and 3; one council
    serial and year from a school and from health."""
    a, b = pair(world, "quillinghurst", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 6))
    a.unit, b.unit = 0, 1
    same_serial(world, "crime", a, b, "one serial and year split A and B: two crimes", (0, 1))
    c, d = pair(world, "quillinghurst", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 11))
    number = next_number(world, 300, 2000, 1, lambda n: n % 6 == 1)
    same_call(world, c, d, (number, number + 1), "one message serial on talkgroups 2 and 3: two calls")
    e, f = pair(world, "quillinghurst", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, f, beside(e, 4))
    same_serial(world, "referral", e, f, "one council serial and year from a school and from health", (0, 1))


def plant_sallowfield_lookalikes(world: World) -> None:
    """One crime serial and year on the legacy and the new system; one call serial on consoles 04
    and 05; one family number's first and second child."""
    a, b = pair(world, "sallowfield", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 9))
    a.unit, b.unit = 0, 1
    same_serial(world, "crime", a, b, "one serial and year on systems L and N: two crimes", (0, 1))
    c, d = pair(world, "sallowfield", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 20))
    number = next_number(world, 300, 2300, 1, lambda n: n % 12 == 3)
    same_call(world, c, d, (number, number + 1), "one call serial on consoles 04 and 05: two calls")
    e, f = pair(world, "sallowfield", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 3))
    same_serial(
        world, "referral", e, f, "one family number, its first and second child: two referrals", (0, 1)
    )


def plant_kelthorpe_lookalikes(world: World) -> None:
    """One crime serial and year in sectors 23 and 32; one call serial in grades 1 and 2; one
    council serial and year in year groups 8 and 10."""
    a, b = pair(world, "kelthorpe", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 2))
    a.unit, b.unit = 3, 6
    same_serial(world, "crime", a, b, "one serial and year in sectors 23 and 32: two crimes", (3, 6))
    c, d = pair(world, "kelthorpe", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 15))
    number = next_number(world, 300, 2300, 1, lambda n: n % 3 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial in grades 1 and 2: two calls")
    e, f = pair(world, "kelthorpe", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 7))
    same_serial(world, "referral", e, f, "one council serial and year in year groups 8 and 10", (1, 3))


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("sallowfield", "nfa_insufficient_evidence", 0), [("sallowfield", "charged", 0)]),
    (("sallowfield", "nfa_cps_advice", 0), [("kelthorpe", "charged", 0)]),
    (
        ("sallowfield", "nfa_not_in_public_interest", 0),
        [
            ("sallowfield", "filed_undetected", 1),
            ("quillinghurst", "filed_undetected", 0),
            ("kelthorpe", "open", 0),
        ],
    ),
    (("sallowfield", "nfa_victim_did_not_support", 1), [("quillinghurst", "nfa_insufficient_evidence", 0)]),
)
# Only the Norwegian-named force's suspects turn up in the other forces' files, and only with names of
# plain ASCII letters, which every force's encoding holds (`plain_names` makes sure of it).


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.tattoo, twin.shoe, twin.photo = shared.tattoo, shared.shoe, shared.photo
    return twin


def plain_names(world: World, person: Person) -> None:
    """Give a shared suspect names of ASCII letters only, so that any force's files can hold them."""
    forenames, middles, surnames = (tuple(n for n in group if n.isascii()) for group in NAMES["sallowfield"])
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
    ("vehicle", [("quillinghurst", "nfa_victim_did_not_support", 0), ("sallowfield", "charged", 3)]),
    ("vehicle", [("kelthorpe", "nfa_not_in_public_interest", 0), ("kelthorpe", "charged", 3)]),
    (
        "vehicle",
        [("sallowfield", "nfa_cps_advice", 0), ("quillinghurst", "cautioned", 0),
         ("kelthorpe", "filed_undetected", 1)],
    ),
    ("phone", [("quillinghurst", "nfa", 0), ("quillinghurst", "charged", 3)]),
    ("landline", [("sallowfield", "nfa_insufficient_evidence", 0), ("kelthorpe", "nfa_cps_advice", 0)]),
    (
        "phone",
        [("kelthorpe", "nfa_insufficient_evidence", 1), ("sallowfield", "charged", 2),
         ("quillinghurst", "open", 0)],
    ),
    ("address", [("quillinghurst", "nfa_cps_advice", 1), ("quillinghurst", "charged", 0)]),
    ("address", [("sallowfield", "nfa_victim_did_not_support", 0), ("sallowfield", "cautioned", 1)]),
    ("address", [("kelthorpe", "nfa_victim_did_not_support", 0), ("kelthorpe", "charged", 2)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        return [item.value, f"({area}) {rest}", f"{area}.{rest.replace(' ', '.')}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, " ".join(plate), f"{plate.lower()}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"{number}, {road.upper()}, {town.upper()} {postcode}",
        f"{road} (no {number}) {postcode}",
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
    """Near misses that must not link: two plates whose letters differ only by an O and a Q, one
    mobile number and the same with its last two digits swapped, flats A and B of one house."""
    a, b = world.find("quillinghurst", "nfa_victim_did_not_support", 1), world.find("kelthorpe", "charged", 1)
    area = "".join(world.rng.sample("BCDFGHJKLMNPRSTVWXY", 2))
    tail = world.rng.choice("BCDFGHJKLMNPRSTVWXY")
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}04 O{tail}K", "lime Nissan Almera")),
        (b, Item("vehicle", f"{area}04 Q{tail}K", "lime Nissan Almera")),
        "the same plate but for an O and a Q: two cars",
    )
    c, d = (
        world.find("sallowfield", "nfa_not_in_public_interest", 0),
        world.find("quillinghurst", "charged", 2),
    )
    number = serial_where(
        world,
        120,
        980,
        lambda n: (
            n % 10 != (n // 10) % 10
            and n - n % 100 + (n % 10) * 10 + (n // 10) % 10 not in world.used_numbers
        ),
    )
    swapped = number - number % 100 + (number % 10) * 10 + (number // 10) % 10
    world.used_numbers.add(swapped)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"07700 900{number:03d}")),
        (d, Item("phone", f"07700 900{swapped:03d}")),
        "the last two digits swapped: two phones",
    )
    e, f = world.find("kelthorpe", "nfa_not_in_public_interest", 0), world.find("kelthorpe", "charged", 0)
    house = world.new_address(e.force)  # type: ignore[arg-type]
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Flat A, {house.value}")),
        (f, Item("address", f"Flat B, {house.value}")),
        "flats A and B of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("quillinghurst", "nfa_cps_advice", 1), ("quillinghurst", "charged", 1), "Cynfelyn", "Idwal",
     "Bodfan", ("tattoo", "swallow, right hand", "anchor, left wrist"), "tattoo"),
    (("sallowfield", "nfa_insufficient_evidence", 1), ("sallowfield", "charged", 1), "Ingebrigt",
     "Tormod", "Hægeland", ("shoe", 7, 12), "shoe size"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the tattoo Quillinghurst writes, or by the shoe size
    Sallowfield writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1972, 8, 14)), (two, date(1984, 2, 27))):
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
