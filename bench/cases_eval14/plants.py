"""The traps of the fourteenth set, each placed by name: reopened cases (one force's re-crimed), early
closures, look-alike references, shared suspects, vehicles, phones and addresses written differently
in each case, and decoys: one plate's number and letters under two year letters, one local number
under two dialling codes, two house numbers with their digits swapped, and namesakes told apart only
by where they were born or by their prison numbers.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import move_report, serial_where
from bench.cases_eval14.world import FORCES, OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "dunmerrow": ((("nfa_victim_did_not_support", 0), "charged"), (("nfa_insufficient_evidence", 1), "open")),
    "fellbridge": ((("nfa_cps_advice", 0), "charged"), (("nfa_insufficient_evidence", 0), "cautioned")),
    "ravensike": (
        (("nfa_not_in_public_interest", 0), "open"),
        (("nfa_victim_did_not_support", 1), "nfa_insufficient_evidence"),
    ),
}
RECRIMED_FORCES = ("dunmerrow",)


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
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2015, 5, 11) + timedelta(days=world.rng.randint(0, 800))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(70, 260))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name.upper()}", (("short", f"Op {name}"),))
            if force_key in RECRIMED_FORCES:
                case.recrime = force.crime_ref(world.crime_serial(force), case.reopened.year)  # type: ignore[arg-type]
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("dunmerrow", "nfa", 0), 1),
    (("dunmerrow", "filed_undetected", 1), 0),
    (("fellbridge", "nfa_victim_did_not_support", 1), 0),
    (("fellbridge", "filed_undetected", 0), 3),
    (("ravensike", "nfa_cps_advice", 0), 2),
    (("ravensike", "nfa_insufficient_evidence", 0), 0),
    (("ravensike", "cautioned", 1), 1),
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


def beside(case: Case, days: int) -> date:
    """A report date `days` after the case's, kept within its year."""
    return case.reported + timedelta(days=days) if case.reported.month < 12 else case.reported


def plant_crime_lookalikes(world: World) -> None:
    """Two serials of one year told apart by a 3 and an 8 (digits a scan confuses); one serial and
    year at two stations; two serials of one year a thousand apart."""
    a, b = world.find("dunmerrow", "charged", 1), world.find("dunmerrow", "cautioned", 0)
    move_report(world, b, beside(a, 9))

    def eight_for_three(s: int) -> int:
        return int(f"{s:05d}".replace("3", "8", 1))

    serial = serial_where(
        world, 1000, 79999, lambda s: "3" in f"{s:05d}" and eight_for_three(s) not in world.used_numbers
    )
    world.used_numbers.add(eight_for_three(serial))
    a.crime = a.force.crime_ref(serial, a.reported.year)
    b.crime = b.force.crime_ref(eight_for_three(serial), b.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "serials of one year told apart by a 3 and an 8")
    c, d = world.find("fellbridge", "charged", 1), world.find("fellbridge", "cautioned", 0)
    move_report(world, d, beside(c, 4))
    d.unit = (c.unit + 1) % 5
    serial = world.unique_number(1000, 99000)
    c.crime = c.force.crime_ref(serial, c.reported.year, c.unit)
    d.crime = d.force.crime_ref(serial, d.reported.year, d.unit)
    add_lookalike(world, c, d, ("crime", "crime"), "one serial and year at two stations: two crimes")
    e, f = world.find("ravensike", "charged", 1), world.find("ravensike", "cautioned", 0)
    move_report(world, f, beside(e, 2))
    serial = serial_where(world, 1000, 97000, lambda s: s + 1000 not in world.used_numbers)
    world.used_numbers.add(serial + 1000)
    e.crime = e.force.crime_ref(serial, e.reported.year)
    f.crime = f.force.crime_ref(serial + 1000, f.reported.year)
    add_lookalike(world, e, f, ("crime", "crime"), "two serials of one year a thousand apart")


def plant_call_lookalikes(world: World) -> None:
    """One serial on 5 March and 3 May 2004 (day and month swapped); one serial either side of the
    midnight that ends January 2006; one serial in the second and third quarters of 2005."""
    pairs = (
        ("dunmerrow", ("charged", 2), ("open", 0), date(2004, 3, 5), date(2004, 5, 3), "5 March and 3 May"),
        (
            "fellbridge",
            ("charged", 2),
            ("open", 0),
            date(2006, 1, 31),
            date(2006, 2, 1),
            "31 January and 1 February",
        ),
        ("ravensike", ("charged", 2), ("cautioned", 1), date(2005, 6, 30), date(2005, 7, 1), "two quarters"),
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
    """A referral serial and its first two digits swapped; one child in need serial in two years;
    two exploitation numbers of the same six digits, the year and serial parts swapped about."""
    a, b = world.find("dunmerrow", "charged", 3), world.find("dunmerrow", "cautioned", 1)
    move_report(world, b, beside(a, 15))

    def swap_front(s: int) -> int:
        digits = f"{s:05d}"
        return int(digits[1] + digits[0] + digits[2:])

    serial = serial_where(
        world, 10000, 99999, lambda s: swap_front(s) != s and swap_front(s) not in world.used_numbers
    )
    world.used_numbers.add(swap_front(serial))
    a.referral = a.force.referral_ref(serial, a.reported.year)
    b.referral = b.force.referral_ref(swap_front(serial), b.reported.year)
    add_lookalike(world, a, b, ("referral", "referral"), "a referral serial and its first two digits swapped")
    c, d = world.find("fellbridge", "charged", 3), world.find("fellbridge", "cautioned", 1)
    move_report(world, c, date(2003, 10, 13))
    move_report(world, d, date(2004, 2, 9))
    serial = world.unique_number(100, 9999)
    c.referral = c.force.referral_ref(serial, 2003)
    d.referral = d.force.referral_ref(serial, 2004)
    add_lookalike(world, c, d, ("referral", "referral"), "one child in need serial in 2003 and 2004")
    e, f = world.find("ravensike", "charged", 3), world.find("ravensike", "filed_undetected", 0)
    move_report(world, e, date(2004, 4, 19))
    move_report(world, f, date(2005, 9, 26))
    tail = serial_where(
        world, 10, 99, lambda t: 500 + t not in world.used_numbers and 400 + t not in world.used_numbers
    )
    world.used_numbers.update((500 + tail, 400 + tail))
    e.referral = e.force.referral_ref(500 + tail, 2004)  # RCCEXP 0405xx
    f.referral = f.force.referral_ref(400 + tail, 2005)  # RCCEXP 0504xx
    add_lookalike(
        world, e, f, ("referral", "referral"), "the same six digits, the year and serial parts swapped about"
    )


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("dunmerrow", "nfa_cps_advice", 1), [("dunmerrow", "charged", 0)]),
    (("fellbridge", "nfa_insufficient_evidence", 1), [("ravensike", "charged", 0)]),
    (
        ("ravensike", "nfa_cps_advice", 1),
        [("ravensike", "cautioned", 0), ("fellbridge", "filed_undetected", 1), ("dunmerrow", "open", 0)],
    ),
    (("dunmerrow", "nfa_not_in_public_interest", 0), [("ravensike", "nfa", 0)]),
)


def plant_shared_suspects(world: World) -> None:
    """The same suspect in an NFA case and in one to three other cases (some in another force)."""
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
            twin.nationality, twin.birthplace, twin.prison = (
                shared.nationality,
                shared.birthplace,
                shared.prison,
            )
            other.suspects.append(twin)
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("dunmerrow", "nfa_insufficient_evidence", 0), ("fellbridge", "charged", 0)]),
    ("vehicle", [("ravensike", "nfa_insufficient_evidence", 1), ("ravensike", "charged", 2)]),
    (
        "vehicle",
        [
            ("fellbridge", "nfa_victim_did_not_support", 0),
            ("dunmerrow", "cautioned", 1),
            ("ravensike", "open", 0),
        ],
    ),
    ("phone", [("dunmerrow", "nfa", 0), ("dunmerrow", "charged", 3)]),
    ("landline", [("fellbridge", "nfa_cps_advice", 1), ("ravensike", "nfa_victim_did_not_support", 0)]),
    (
        "phone",
        [
            ("ravensike", "nfa_not_in_public_interest", 0),
            ("fellbridge", "cautioned", 1),
            ("dunmerrow", "open", 0),
        ],
    ),
    ("address", [("dunmerrow", "nfa_insufficient_evidence", 1), ("dunmerrow", "cautioned", 0)]),
    ("address", [("fellbridge", "nfa", 0), ("fellbridge", "charged", 2)]),
    ("address", [("ravensike", "nfa", 0), ("ravensike", "charged", 3)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, f"{digits[:-6]}-{digits[-6:]}", f"tel:{digits}"]
    if item.kind == "vehicle":
        solid = item.value.replace(" ", "")
        return [item.value, solid, f"{solid[:-3]}/{solid[-3:]}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [item.value, f"{road} {number}, {town}", f"{number} {road} {postcode}"]


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
    """Near misses that must not link: one plate's number and letters under two year letters, one
    local number under two dialling codes, two house numbers of one street with the digits swapped."""
    a, b = world.find("dunmerrow", "nfa_victim_did_not_support", 1), world.find("ravensike", "charged", 0)
    letters = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 3))
    digits = world.unique_number(101, 899)
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"R{digits} {letters}", "grey Peugeot 406")),
        (b, Item("vehicle", f"S{digits} {letters}", "grey Peugeot 406")),
        "the same number and letters under the year letters R and S: two cars",
    )
    c, d = world.find("fellbridge", "nfa_not_in_public_interest", 0), world.find("dunmerrow", "charged", 1)
    local = world.unique_number(100, 999)
    add_decoy(
        world,
        "phone",
        (c, Item("phone", f"0117 496 0{local:03d}")),
        (d, Item("phone", f"0161 496 0{local:03d}")),
        "one local number under two dialling codes: two lines",
    )
    e, f = world.find("fellbridge", "nfa_victim_did_not_support", 1), world.find("fellbridge", "open", 0)
    house = world.new_address(FORCES[1])
    number, rest = house.value.split(" ", 1)
    swapped = (
        number[::-1] if len(number) == 2 and number[0] != number[1] and number[1] != "0" else f"{number}1"
    )
    add_decoy(
        world,
        "address",
        (e, Item("address", house.value)),
        (f, Item("address", f"{swapped} {rest}")),
        "two house numbers of one street, the digits swapped: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("fellbridge", "nfa", 0), ("fellbridge", "charged", 3), "Ilia", "Shalva", "Kobakhidze",
     ("birthplace", "Zestaponi", "Sighnaghi"), "place of birth"),
    (("ravensike", "nfa_cps_advice", 1), ("ravensike", "charged", 1), "Chigozie", "Ndubuisi", "Okpara",
     ("prison", "K5820JT", "B3174RW"), "prison number"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the place of birth Fellbridge writes, or by the
    prison number Ravensike writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1970, 8, 14)), (two, date(1983, 1, 30))):
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
