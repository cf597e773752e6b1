"""The traps of the fifteenth set, each placed by name: reopened cases (one force's re-crimed), early
closures, look-alike references, shared suspects, vehicles, phones and addresses written differently
in each case, and decoys: two plates differing only in their age digits, a mobile with its last two
digits swapped, one house number and street name on a Rise and a Garth, and namesakes told apart
only by their height or by their hair.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, add_lookalike, new_item
from bench.cases_eval13.plants import move_report, serial_where
from bench.cases_eval15.world import OPERATIONS, Case, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "calderwick": ((("nfa_insufficient_evidence", 0), "cautioned"), (("nfa_cps_advice", 1), "open")),
    "quernmoor": ((("nfa_victim_did_not_support", 1), "charged"), (("nfa", 0), "nfa_cps_advice")),
    "hobcarton": ((("nfa_insufficient_evidence", 1), "charged"), (("nfa_victim_did_not_support", 0), "open")),
}
RECRIMED_FORCES = ("hobcarton",)


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
            case.reopened = date(2016, 2, 8) + timedelta(days=world.rng.randint(0, 760))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(60, 250))
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
    (("calderwick", "nfa_victim_did_not_support", 0), 0),
    (("calderwick", "filed_undetected", 0), 2),
    (("quernmoor", "nfa_insufficient_evidence", 0), 1),
    (("quernmoor", "cautioned", 0), 0),
    (("hobcarton", "nfa_not_in_public_interest", 0), 3),
    (("hobcarton", "filed_undetected", 1), 0),
    (("hobcarton", "nfa", 0), 1),
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
    """Two serials of one year told apart by a 1 and a 7; one serial in two years running; a serial
    and the same with its last two digits swapped, in one year."""
    a, b = world.find("calderwick", "charged", 1), world.find("calderwick", "cautioned", 1)
    move_report(world, b, beside(a, 6))

    def seven_for_one(s: int) -> int:
        return int(f"{s:06d}".replace("1", "7", 1))

    serial = serial_where(
        world, 1000, 90000, lambda s: "1" in f"{s:06d}" and seven_for_one(s) not in world.used_numbers
    )
    world.used_numbers.add(seven_for_one(serial))
    a.crime = a.force.crime_ref(serial, a.reported.year)
    b.crime = b.force.crime_ref(seven_for_one(serial), b.reported.year)
    add_lookalike(world, a, b, ("crime", "crime"), "serials of one year told apart by a 1 and a 7")
    c, d = world.find("quernmoor", "charged", 1), world.find("quernmoor", "cautioned", 1)
    move_report(world, c, date(2005, 5, 9))
    move_report(world, d, date(2006, 5, 15))
    d.unit = c.unit
    serial = world.unique_number(1000, 90000)
    c.crime = c.force.crime_ref(serial, 2005, c.unit)
    d.crime = d.force.crime_ref(serial, 2006, d.unit)
    add_lookalike(world, c, d, ("crime", "crime"), "one serial and division in 2005 and 2006: two crimes")
    e, f = world.find("hobcarton", "charged", 1), world.find("hobcarton", "cautioned", 0)
    move_report(world, f, beside(e, 3))

    def swap_tail(s: int) -> int:
        digits = f"{s:07d}"
        return int(digits[:-2] + digits[-1] + digits[-2])

    serial = serial_where(
        world, 1000, 90000, lambda s: swap_tail(s) != s and swap_tail(s) not in world.used_numbers
    )
    world.used_numbers.add(swap_tail(serial))
    e.crime = e.force.crime_ref(serial, e.reported.year)
    f.crime = f.force.crime_ref(swap_tail(serial), f.reported.year)
    add_lookalike(world, e, f, ("crime", "crime"), "a serial and its last two digits swapped, one year")


def plant_call_lookalikes(world: World) -> None:
    """Two calls on one day at the same clock time twelve hours apart (the event number is the
    minute); one serial in the first and second fortnights of 2004; one serial on 17 and 18 June 2007."""
    pairs = (
        ("calderwick", ("charged", 2), ("open", 0), date(2004, 3, 22), date(2004, 3, 22), 720, "the same "
         "day at 09:14 and 21:14"),
        ("quernmoor", ("charged", 2), ("open", 0), date(2004, 1, 9), date(2004, 1, 19), 0, "two fortnights"),
        ("hobcarton", ("charged", 2), ("open", 0), date(2007, 6, 17), date(2007, 6, 18), 0,
         "two days running"),
    )  # fmt: skip
    for force_key, first, second, day_a, day_b, apart, why in pairs:
        a, b = world.find(force_key, *first), world.find(force_key, *second)
        move_report(world, a, day_a)
        move_report(world, b, day_b)
        number = 554 if apart else world.unique_number(100, 999)  # 554: 09:14, and 21:14 twelve hours on
        a.incident = a.force.incident_ref(number, a.reported)
        b.incident = b.force.incident_ref(number + apart, b.reported)
        add_lookalike(world, a, b, ("incident", "incident"), f"one serial or time on {why}: two incidents")


def plant_council_lookalikes(world: World) -> None:
    """One front door serial in two years; an early help serial and its middle digits swapped; two
    children's services serials one apart in one year."""
    a, b = world.find("calderwick", "charged", 3), world.find("calderwick", "cautioned", 0)
    move_report(world, a, date(2006, 8, 14))
    move_report(world, b, date(2007, 2, 19))
    serial = world.unique_number(100, 9999)
    a.referral = a.force.referral_ref(serial, 2006)
    b.referral = b.force.referral_ref(serial, 2007)
    add_lookalike(world, a, b, ("referral", "referral"), "one front door serial in 2006 and 2007")
    c, d = world.find("quernmoor", "charged", 3), world.find("quernmoor", "cautioned", 0)
    move_report(world, d, beside(c, 11))

    def swap_middle(s: int) -> int:
        digits = f"{s:04d}"
        return int(digits[0] + digits[2] + digits[1] + digits[3])

    serial = serial_where(
        world, 1000, 9999, lambda s: swap_middle(s) != s and swap_middle(s) not in world.used_numbers
    )
    world.used_numbers.add(swap_middle(serial))
    c.referral = c.force.referral_ref(serial, c.reported.year)
    d.referral = d.force.referral_ref(swap_middle(serial), d.reported.year)
    add_lookalike(world, c, d, ("referral", "referral"), "an early help serial and its middle digits swapped")
    e, f = world.find("hobcarton", "charged", 3), world.find("hobcarton", "filed_undetected", 0)
    move_report(world, f, beside(e, 5))
    serial = serial_where(world, 1000, 9998, lambda s: s + 1 not in world.used_numbers)
    world.used_numbers.add(serial + 1)
    e.referral = e.force.referral_ref(serial, e.reported.year)
    f.referral = f.force.referral_ref(serial + 1, f.reported.year)
    add_lookalike(world, e, f, ("referral", "referral"), "two children's services serials one apart")


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("calderwick", "nfa_not_in_public_interest", 0), [("calderwick", "charged", 0)]),
    (("quernmoor", "nfa_cps_advice", 0), [("hobcarton", "charged", 0)]),
    (
        ("quernmoor", "nfa_cps_advice", 1),
        [("quernmoor", "cautioned", 1), ("hobcarton", "filed_undetected", 1), ("calderwick", "open", 0)],
    ),
    (("quernmoor", "nfa_not_in_public_interest", 0), [("calderwick", "nfa", 0)]),
)
# A man the Estonian force knows may turn up in the other two forces' files: its names' letters are
# in all three forces' text encodings, as the Maltese and Icelandic letters are not.


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.height, twin.mark, twin.hair = shared.height, shared.mark, shared.hair
    return twin


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
            other.suspects.append(twin_of(shared, evidence))  # type: ignore[arg-type]
            if not other.of("address"):
                other.items.append(world.new_address(other.force))  # type: ignore[arg-type]
            if evidence == "interviewed" and not other.solicitor:
                other.solicitor = world.new_staff("solicitor", job="solicitor")


SHARED_ITEMS = (  # kind, the cases that share it (force, outcome, nth)
    ("vehicle", [("calderwick", "nfa_insufficient_evidence", 1), ("quernmoor", "charged", 0)]),
    ("vehicle", [("hobcarton", "nfa_cps_advice", 1), ("hobcarton", "charged", 2)]),
    (
        "vehicle",
        [
            ("quernmoor", "nfa_insufficient_evidence", 1),
            ("calderwick", "cautioned", 0),
            ("hobcarton", "open", 0),
        ],
    ),
    ("phone", [("calderwick", "nfa_cps_advice", 0), ("calderwick", "charged", 3)]),
    (
        "landline",
        [("quernmoor", "nfa_victim_did_not_support", 0), ("hobcarton", "nfa_insufficient_evidence", 0)],
    ),
    (
        "phone",
        [
            ("hobcarton", "nfa_not_in_public_interest", 0),
            ("quernmoor", "cautioned", 1),
            ("calderwick", "open", 0),
        ],
    ),
    ("address", [("calderwick", "nfa_insufficient_evidence", 0), ("calderwick", "cautioned", 1)]),
    ("address", [("quernmoor", "nfa_insufficient_evidence", 0), ("quernmoor", "charged", 2)]),
    ("address", [("hobcarton", "nfa_cps_advice", 0), ("hobcarton", "charged", 3)]),
)


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        digits = item.value.replace(" ", "")
        return [item.value, f"+44 {digits[1:5]} {digits[5:]}", f"({digits[:5]}) {digits[5:]}"]
    if item.kind == "vehicle":
        solid = item.value.replace(" ", "")
        return [item.value, solid.lower(), f"{solid[:-3]}-{solid[-3:]}"]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [item.value, f"No. {number} {road}, {postcode}", f"{number.lower()}, {road}, {town}"]


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
    """Near misses that must not link: two plates differing only in their age digits (04 and 54),
    a mobile with its last two digits swapped, one house number and street name on a Rise and a Garth."""
    a, b = world.find("calderwick", "nfa_victim_did_not_support", 1), world.find("hobcarton", "charged", 0)
    letters = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 3))
    area = "".join(world.rng.sample("ABCDEFGHJKLMNPRSTVWXY", 2))
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}04 {letters}", "silver Citroen Berlingo")),
        (b, Item("vehicle", f"{area}54 {letters}", "silver Citroen Berlingo")),
        "the same area and letters, age 04 and 54: two cars registered six months apart",
    )
    c, d = world.find("quernmoor", "nfa_victim_did_not_support", 0), world.find("calderwick", "charged", 1)
    line = world.new_phone()
    while line.value[-1] == line.value[-2]:
        line = world.new_phone()
    add_decoy(
        world,
        "phone",
        (c, line),
        (d, Item("phone", line.value[:-2] + line.value[-1] + line.value[-2])),
        "the last two digits swapped: two mobiles",
    )
    e, f = world.find("hobcarton", "nfa_victim_did_not_support", 1), world.find("hobcarton", "open", 0)
    house = world.new_address(world.find("hobcarton", "open", 0).force)
    number, rest = house.value.split(" ", 1)
    stem, kind_and_place = rest.split(" ", 1)
    kind, place = kind_and_place.split(", ", 1)
    other_kind = "Garth" if kind != "Garth" else "Rise"
    add_decoy(
        world,
        "address",
        (e, Item("address", house.value)),
        (f, Item("address", f"{number} {stem} {other_kind}, {place}")),
        f"one number on {stem} {kind} and {stem} {other_kind}: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("calderwick", "nfa_victim_did_not_support", 1), ("calderwick", "charged", 2), "Kolbeinn", "Hjalti",
     "Steingrímsson",
     ("height", 171, 189), "height"),
    (("hobcarton", "nfa_cps_advice", 1), ("hobcarton", "charged", 1), "Ġanni", "Kalċidon", "Grixti",
     ("hair", "white, thinning", "dark, shaved at the sides"), "hair"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the height Calderwick writes, or by the hair
    Hobcarton writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1968, 4, 2)), (two, date(1986, 11, 23))):
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
