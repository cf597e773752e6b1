"""The traps of the eighteenth set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates that differ only in their age identifier, one
landline number under two dialling codes, two house numbers with the same digits reversed in one
street, and namesakes told apart only by their weight or by their passport number.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval18.world import NAMES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "thirlwick": ((("nfa_insufficient_evidence", 0), "charged"), (("nfa_victim_did_not_support", 0), "open")),
    "wendlecombe": ((("nfa_cps_advice", 1), "cautioned"), (("nfa", 0), "nfa_victim_did_not_support")),
    "pellingford": ((("nfa_victim_did_not_support", 1), "charged"), (("nfa_cps_advice", 0), "open")),
}  # fmt: skip
RECRIMED_FORCES = ("thirlwick",)


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
            case.reopened = date(2017, 1, 16) + timedelta(days=world.rng.randint(0, 700))
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
    (("thirlwick", "cautioned", 0), 1),
    (("thirlwick", "nfa", 0), 0),
    (("wendlecombe", "filed_undetected", 0), 0),
    (("wendlecombe", "nfa_insufficient_evidence", 1), 2),
    (("pellingford", "nfa_not_in_public_interest", 0), 0),
    (("pellingford", "filed_undetected", 1), 3),
    (("pellingford", "nfa_insufficient_evidence", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_thirlwick_lookalikes(world)
    plant_wendlecombe_lookalikes(world)
    plant_pellingford_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its month's year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def pair(world: World, force: str, specs: tuple[tuple[str, int], tuple[str, int]]) -> tuple[Case, Case]:
    return world.find(force, *specs[0]), world.find(force, *specs[1])


def same_serial(world: World, kind: str, a: Case, b: Case, why: str, units: tuple[int, int]) -> None:
    """One serial and year in both cases, told apart only by what `units` chooses (a half-year, a
    term, a class, a ward or a team)."""
    force, serial = a.force, world.unique_number(1000, 9999)
    refs = (force.crime_ref, force.referral_ref)[kind == "referral"]
    setattr(a, kind, refs(serial, a.reported.year, units[0]))
    setattr(b, kind, refs(serial, b.reported.year, units[1]))
    add_lookalike(world, a, b, (kind, kind), why)


def same_call(world: World, a: Case, b: Case, numbers: tuple[int, int], why: str) -> None:
    a.incident = a.force.incident_ref(numbers[0], a.reported)
    b.incident = b.force.incident_ref(numbers[1], b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), why)


def plant_thirlwick_lookalikes(world: World) -> None:
    """One crime serial in H1 and H2 of one year; one call serial in fortnights 07 and 08; one
    council serial in the spring and autumn terms of one year."""
    a, b = pair(world, "thirlwick", (("charged", 1), ("cautioned", 1)))
    move_report(world, a, date(2006, 3, 20))
    move_report(world, b, date(2006, 9, 11))
    same_serial(world, "crime", a, b, "one serial in H1 and H2 of 2006: two crimes", (2, 8))
    c, d = pair(world, "thirlwick", (("charged", 2), ("open", 0)))
    move_report(world, c, date(2007, 3, 30))
    move_report(world, d, date(2007, 4, 13))
    number = world.unique_number(100, 999)
    same_call(world, c, d, (number, number), "one call serial in fortnights 07 and 08 of 2007: two calls")
    e, f = pair(world, "thirlwick", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, e, date(2008, 2, 12))
    move_report(world, f, date(2008, 10, 6))
    same_serial(world, "referral", e, f, "one council serial in terms SP and AU of 2008", (1, 9))


def plant_wendlecombe_lookalikes(world: World) -> None:
    """One crime serial and year in classes S and T; one log serial in NOV and DEC of one year; one
    council serial and year in wards 07 and 11."""
    a, b = pair(world, "wendlecombe", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 5))
    a.unit, b.unit = 0, 1
    same_serial(world, "crime", a, b, "one serial and year in offence classes S and T: two crimes", (0, 1))
    c, d = pair(world, "wendlecombe", (("charged", 2), ("open", 0)))
    move_report(world, c, date(2004, 11, 22))
    move_report(world, d, date(2004, 12, 6))
    number = world.unique_number(100, 999)
    same_call(world, c, d, (number, number), "one log serial in NOV and DEC of 2004: two calls")
    e, f = pair(world, "wendlecombe", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 8))
    e.unit, f.unit = 6, 10
    same_serial(world, "referral", e, f, "one council serial and year in wards 07 and 11", (6, 10))


def swap_groups(serial: int) -> int:
    digits = f"{serial:06d}"
    return int(digits[3:] + digits[:3])


def plant_pellingford_lookalikes(world: World) -> None:
    """Two crime serials of one year whose groups of three are swapped; one event serial on one day
    at 19h and at 20h; one council serial and year in the FD and CIN teams."""
    a, b = pair(world, "pellingford", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 3))
    serial = serial_where(
        world, 100000, 899999,
        lambda s: s % 1000 >= 100 and swap_groups(s) != s and swap_groups(s) not in world.used_numbers,
    )  # fmt: skip
    world.used_numbers.add(swap_groups(serial))
    a.crime = a.force.crime_ref(serial, a.reported.year, a.unit)
    b.crime = b.force.crime_ref(swap_groups(serial), b.reported.year, b.unit)
    add_lookalike(world, a, b, ("crime", "crime"), "crime serials with their groups of three swapped")
    c, d = pair(world, "pellingford", (("charged", 2), ("open", 0)))
    move_report(world, d, c.reported)
    number = serial_where(world, 150, 1300, lambda n: n % 15 == 11 and n + 1 not in world.used_numbers)
    world.used_numbers.add(number + 1)
    same_call(world, c, d, (number, number + 1), "one event serial on one day at 19h and at 20h: two calls")
    e, f = pair(world, "pellingford", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 2))
    e.unit, f.unit = 0, 1
    same_serial(world, "referral", e, f, "one council serial and year in the FD and CIN teams", (0, 1))


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("wendlecombe", "nfa_victim_did_not_support", 1), [("wendlecombe", "charged", 0)]),
    (("wendlecombe", "nfa_not_in_public_interest", 0), [("thirlwick", "charged", 0)]),
    (
        ("wendlecombe", "nfa_insufficient_evidence", 0),
        [("wendlecombe", "cautioned", 0), ("pellingford", "filed_undetected", 0), ("thirlwick", "open", 0)],
    ),
    (("wendlecombe", "nfa_victim_did_not_support", 0), [("pellingford", "nfa_insufficient_evidence", 1)]),
)
# Only the Bulgarian-named force's suspects turn up in the other forces' files: their romanised names
# are plain ASCII, which every force's encoding holds (`plain_names` makes sure of it).


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.weight, twin.passport, twin.markers = shared.weight, shared.passport, shared.markers
    return twin


def plain_names(world: World, person: Person) -> None:
    """Give a shared suspect names of ASCII letters only, so that any force's files can hold them."""
    forenames, middles, surnames = (tuple(n for n in group if n.isascii()) for group in NAMES["wendlecombe"])
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
    ("vehicle", [("thirlwick", "nfa_cps_advice", 0), ("wendlecombe", "charged", 0)]),
    ("vehicle", [("pellingford", "nfa_cps_advice", 1), ("pellingford", "charged", 3)]),
    (
        "vehicle",
        [("wendlecombe", "nfa_victim_did_not_support", 0), ("thirlwick", "cautioned", 0),
         ("pellingford", "open", 0)],
    ),
    ("phone", [("thirlwick", "nfa_not_in_public_interest", 0), ("thirlwick", "charged", 3)]),
    ("landline", [("wendlecombe", "nfa_cps_advice", 0), ("pellingford", "nfa", 0)]),
    (
        "phone",
        [("pellingford", "nfa_insufficient_evidence", 1), ("wendlecombe", "cautioned", 0),
         ("thirlwick", "open", 0)],
    ),
    ("address", [("thirlwick", "nfa_insufficient_evidence", 1), ("thirlwick", "cautioned", 1)]),
    ("address", [("wendlecombe", "nfa_insufficient_evidence", 0), ("wendlecombe", "charged", 2)]),
    ("address", [("pellingford", "nfa_victim_did_not_support", 0), ("pellingford", "charged", 2)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        return [item.value, f"{area}-{rest.replace(' ', '')}", f"+44 {area[1:]} {rest.replace(' ', '')}"]
    if item.kind == "vehicle":
        cut = 1 if item.value[1].isdigit() else 2  # after the year letter, or after the area
        return [item.value, item.value.replace(" ", ""), f"{item.value[:cut]} {item.value[cut:]}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [item.value, f"No. {number}, {road}, {town}, {postcode}", f"{road} {number}, {postcode} {town}"]


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
    """Near misses that must not link: two plates differing only in their age identifier (55 and
    05), one local number under two dialling codes, house numbers 14 and 41 in one street."""
    a, b = world.find("thirlwick", "nfa_victim_did_not_support", 1), world.find("pellingford", "charged", 1)
    letters = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 3))
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"YQ55 {letters}", "plum Toyota Avensis")),
        (b, Item("vehicle", f"YQ05 {letters}", "plum Toyota Avensis")),
        "the same area and letters, ages 55 and 05: two cars",
    )
    c, d = world.find("wendlecombe", "nfa_not_in_public_interest", 0), world.find("thirlwick", "charged", 2)
    local = f"496 0{world.unique_number(100, 999):03d}"
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"0117 {local}")),
        (d, Item("phone", f"0161 {local}")),
        "one local number under two dialling codes: two lines",
    )
    e, f = world.find("pellingford", "nfa_not_in_public_interest", 0), world.find("pellingford", "charged", 0)
    house = world.new_address(e.force)  # type: ignore[arg-type]
    _, rest = house.value.split(" ", 1)
    add_decoy(
        world,
        "address",
        (e, Item("address", f"14 {rest}")),
        (f, Item("address", f"41 {rest}")),
        "numbers 14 and 41 in one street: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("thirlwick", "nfa_cps_advice", 1), ("thirlwick", "charged", 1), "Ľudovít", "Matúš",
     "Ďurčo", ("weight", (9, 6), (17, 2)), "weight"),
    (("wendlecombe", "nfa_insufficient_evidence", 1), ("wendlecombe", "charged", 1), "Nedelcho",
     "Zhivkov", "Kirchev", ("passport", "TR204418", "KN771930"), "passport number"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the weight Thirlwick writes, or by the passport
    number Wendlecombe writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1970, 4, 3)), (two, date(1986, 10, 19))):
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
                "values": [f"{p.plain} ({p.born}, {describe(getattr(p, field))})" for p in people],
                "cases": [nfa_case.key, other.key],
                "why": f"same names, different {why}: not the same suspect",
            }
        )


def describe(value: object) -> str:
    """A passport number as written, a weight as stones and pounds."""
    return f"{value[0]} st {value[1]} lb" if isinstance(value, tuple) else str(value)
