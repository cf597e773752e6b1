"""The traps of the twenty-second set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates that differ only in the last letter, two
mobiles one digit apart, two flats of one house, and namesakes told apart only by their hair
colour or by their build.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval22.world import NAMES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "wyrmbridge": ((("nfa_victim_did_not_support", 0), "charged"), (("nfa", 0), "open")),
    "heddlesford": ((("nfa_insufficient_evidence", 1), "nfa_cps_advice"),
                    (("nfa_cps_advice", 1), "cautioned")),
    "pellinghoe": ((("nfa_insufficient_evidence", 0), "open"),
                   (("nfa_victim_did_not_support", 1), "charged")),
}  # fmt: skip
RECRIMED_FORCES = ("heddlesford",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2020-22 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2020, 2, 17) + timedelta(days=world.rng.randint(0, 620))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(80, 250))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"OP/{name.upper()}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.unit + 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("wyrmbridge", "nfa_insufficient_evidence", 0), 0),
    (("wyrmbridge", "cautioned", 0), 3),
    (("heddlesford", "filed_undetected", 0), 0),
    (("heddlesford", "nfa_not_in_public_interest", 0), 1),
    (("pellinghoe", "nfa_cps_advice", 0), 0),
    (("pellinghoe", "filed_undetected", 1), 2),
    (("pellinghoe", "nfa", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_wyrmbridge_lookalikes(world)
    plant_heddlesford_lookalikes(world)
    plant_pellinghoe_lookalikes(world)


def beside(case: Case, days: int) -> date:
    """A report date `days` from the case's, in the same year."""
    later = case.reported + timedelta(days=days)
    return later if later.year == case.reported.year else case.reported - timedelta(days=days)


def pair(world: World, force: str, specs: tuple[tuple[str, int], tuple[str, int]]) -> tuple[Case, Case]:
    return world.find(force, *specs[0]), world.find(force, *specs[1])


def same_serial(world: World, kind: str, a: Case, b: Case, why: str, units: tuple[int, int]) -> None:
    """One serial and year in both cases, told apart only by what `units` chooses (a watch, a
    station, a shift, a referring agency, a RAG rating or a plan)."""
    force, serial = a.force, world.unique_number(1000, 9999)
    refs = (force.crime_ref, force.referral_ref)[kind == "referral"]
    if kind == "crime":
        a.unit, b.unit = units
    setattr(a, kind, refs(serial, a.reported.year, units[0]))
    setattr(b, kind, refs(serial, b.reported.year, units[1]))
    add_lookalike(world, a, b, (kind, kind), why)


def same_call(world: World, a: Case, b: Case, numbers: tuple[int, int], why: str) -> None:
    a.incident = a.force.incident_ref(numbers[0], a.reported)
    b.incident = b.force.incident_ref(numbers[1], b.reported)
    add_lookalike(world, a, b, ("incident", "incident"), why)


def next_number(world: World, low: int, high: int, step: int, fits: object) -> int:
    """A call number whose neighbour `step` on is free too (the same serial, the next line or hour)."""
    number = serial_where(world, low, high, lambda n: fits(n) and n + step not in world.used_numbers)  # type: ignore[operator]
    world.used_numbers.add(number + step)
    return number


def plant_wyrmbridge_lookalikes(world: World) -> None:
    """One crime serial and year on the red and the green watch; one call serial and year on the
    999 and the 101 line; one council serial and year from two referring agencies."""
    a, b = pair(world, "wyrmbridge", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 6))
    same_serial(world, "crime", a, b, "one serial and year on watches R and G: two crimes", (0, 2))
    c, d = pair(world, "wyrmbridge", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 11))
    number = next_number(world, 300, 2300, 1, lambda n: n % 2 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial and year on lines 999 and 101: two calls")
    e, f = pair(world, "wyrmbridge", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, f, beside(e, 9))
    same_serial(
        world,
        "referral",
        e,
        f,
        "one council serial and year from agencies EDU and HLT: two referrals",
        (0, 1),
    )


def plant_heddlesford_lookalikes(world: World) -> None:
    """One crime serial and year at two stations; one call serial and year at two hours; one
    council serial and year rated red and amber."""
    a, b = pair(world, "heddlesford", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 15))
    same_serial(world, "crime", a, b, "one serial and year at stations QTW and SKP: two crimes", (1, 3))
    c, d = pair(world, "heddlesford", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 4))
    number = next_number(world, 300, 2300, 1, lambda n: n % 24 == 16)
    same_call(world, c, d, (number, number + 1), "one call serial and year at hours H16 and H17: two calls")
    e, f = pair(world, "heddlesford", (("charged", 3), ("filed_undetected", 1)))
    move_report(world, f, beside(e, 7))
    same_serial(world, "referral", e, f, "one council serial and year rated R and A: two referrals", (0, 1))


def plant_pellinghoe_lookalikes(world: World) -> None:
    """One crime serial and year on the late and the night shift; one call serial and year on two
    weekdays; one council serial and year under two plans."""
    a, b = pair(world, "pellinghoe", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 5))
    same_serial(world, "crime", a, b, "one serial and year on shifts L and N: two crimes", (1, 2))
    c, d = pair(world, "pellinghoe", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 10))
    number = world.unique_number(300, 2300)
    same_call(world, c, d, (number, number), "one call serial and year on two weekdays: two calls")
    e, f = pair(world, "pellinghoe", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 12))
    same_serial(world, "referral", e, f, "one council serial and year under plans CIN and CP", (0, 1))


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("pellinghoe", "nfa_cps_advice", 0), [("pellinghoe", "charged", 0)]),
    (("pellinghoe", "nfa_insufficient_evidence", 1), [("wyrmbridge", "charged", 0)]),
    (
        ("pellinghoe", "nfa_not_in_public_interest", 0),
        [
            ("pellinghoe", "filed_undetected", 0),
            ("heddlesford", "filed_undetected", 1),
            ("wyrmbridge", "open", 0),
        ],
    ),
    (("pellinghoe", "nfa", 0), [("heddlesford", "nfa_victim_did_not_support", 0)]),
)
# Only the Somali-named force's suspects turn up in the other forces' files: their names are plain
# ASCII letters, which every force's encoding holds (`plain_names` makes sure of it).


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.hair, twin.build, twin.accent = shared.hair, shared.build, shared.accent
    return twin


def plain_names(world: World, person: Person) -> None:
    """Give a shared suspect names of ASCII letters only, so that any force's files can hold them."""
    forenames, middles, surnames = (tuple(n for n in group if n.isascii()) for group in NAMES["pellinghoe"])
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
    ("vehicle", [("wyrmbridge", "nfa_cps_advice", 0), ("pellinghoe", "charged", 1)]),
    ("vehicle", [("heddlesford", "nfa_insufficient_evidence", 0), ("heddlesford", "charged", 3)]),
    (
        "vehicle",
        [("pellinghoe", "nfa_victim_did_not_support", 0), ("wyrmbridge", "charged", 0),
         ("heddlesford", "filed_undetected", 0)],
    ),
    ("phone", [("wyrmbridge", "nfa_not_in_public_interest", 0), ("wyrmbridge", "charged", 2)]),
    ("landline", [("heddlesford", "nfa_cps_advice", 0), ("pellinghoe", "nfa_cps_advice", 1)]),
    (
        "phone",
        [("heddlesford", "nfa_not_in_public_interest", 0), ("pellinghoe", "charged", 2),
         ("wyrmbridge", "open", 0)],
    ),
    ("address", [("wyrmbridge", "nfa_insufficient_evidence", 1), ("wyrmbridge", "cautioned", 0)]),
    ("address", [("heddlesford", "nfa_victim_did_not_support", 1), ("heddlesford", "charged", 1)]),
    ("address", [("pellinghoe", "nfa_cps_advice", 0), ("pellinghoe", "cautioned", 0)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        area, rest = item.value.split(" ", 1)
        digits = (area + rest).replace(" ", "")
        return [item.value, f"+44 (0){digits[1:5]} {digits[5:]}", f"{digits[:5]}-{digits[5:8]}-{digits[8:]}"]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, f"{plate[:4]}-{plate[4:]}", f"VRM {plate}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"{number} {road} ({town}, {postcode})",
        f"{town.upper()}: {number} {road}, {postcode}",
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
    """Near misses that must not link: one plate but for its last letter, two mobiles one digit
    apart, two flats of one house."""
    a, b = world.find("wyrmbridge", "nfa_victim_did_not_support", 1), world.find("pellinghoe", "charged", 3)
    letters = world.rng.sample("BCDFGHJKLMNPRSTVWXY", 6)
    area, tail = "".join(letters[:2]), "".join(letters[2:4])
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}09 {tail}{letters[4]}", "grey Hyundai Trajet")),
        (b, Item("vehicle", f"{area}09 {tail}{letters[5]}", "grey Hyundai Trajet")),
        "the plates differ in their last letter: two cars",
    )
    c, d = world.find("heddlesford", "cautioned", 0), world.find("wyrmbridge", "charged", 3)
    local = serial_where(world, 100, 889, lambda n: n % 100 < 90 and n + 10 not in world.used_numbers)
    world.used_numbers.add(local + 10)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"07700 900{local:03d}")),
        (d, Item("phone", f"07700 900{local + 10:03d}")),
        "one digit apart: two phones",
    )
    e, f = (
        world.find("pellinghoe", "nfa_victim_did_not_support", 0),
        world.find("heddlesford", "cautioned", 1),
    )
    house = world.new_address(e.force)  # type: ignore[arg-type]
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Flat 1, {house.value}")),
        (f, Item("address", f"Flat 4, {house.value}")),
        "two flats of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("wyrmbridge", "nfa_cps_advice", 1), ("wyrmbridge", "charged", 1), "Lluc", "Xavier",
     "Esteve i Rifà", ("hair", "black", "sandy"), "hair colour"),
    (("heddlesford", "nfa_victim_did_not_support", 1), ("heddlesford", "charged", 2), "Torvald",
     "Egil", "Brännström", ("build", "heavy", "slim"), "build"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the hair colour Wyrmbridge writes, or by the build
    Heddlesford writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1973, 6, 21)), (two, date(1986, 1, 12))):
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
