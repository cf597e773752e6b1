"""The traps of the twenty-fourth set, each placed by name: reopened cases (one force's re-crimed),
early closures, look-alike references, shared suspects, vehicles, phones and addresses written
differently in each case, and decoys: two plates that differ only in the last letter, two
mobiles one digit apart, flats A and C of one house, and namesakes told apart
only by their spectacles or by their voice.

The twenty-second set's helpers place the look-alikes (`pair`, `beside`, `same_serial`,
`same_call`, `next_number`); the choices of cases and the forms are this set's.
"""

from __future__ import annotations

from datetime import date, timedelta

from bench.cases_eval8.plants import add_decoy, new_item
from bench.cases_eval13.plants import serial_where
from bench.cases_eval17.plants import move_report
from bench.cases_eval22.plants import beside, next_number, pair, same_call, same_serial
from bench.cases_eval24.world import OPERATIONS, Item, Person, Ref, World

REOPENED = {  # force -> ((initial outcome, nth), final outcome) twice
    "quillanby": ((("nfa_cps_advice", 0), "open"), (("nfa_insufficient_evidence", 1), "charged")),
    "tessingford": ((("nfa_victim_did_not_support", 1), "nfa_insufficient_evidence"),
                    (("nfa", 0), "cautioned")),
    "drumwhinnet": ((("nfa_not_in_public_interest", 0), "charged"),
                    (("nfa_insufficient_evidence", 0), "open")),
}  # fmt: skip
RECRIMED_FORCES = ("tessingford",)


def plant_all(world: World) -> None:
    plant_reopened(world)
    plant_early_closures(world)
    plant_lookalikes(world)
    plant_shared_suspects(world)
    plant_shared_items(world)
    plant_decoys(world)


def plant_reopened(world: World) -> None:
    """Two cases a force: NFA at first, reopened in 2022-24 under an operation, then resulted again."""
    names = iter(OPERATIONS)
    for force_key, plans in REOPENED.items():
        for (outcome, nth), final in plans:
            case = world.find(force_key, outcome, nth)
            force = case.force
            case.reopened = date(2022, 1, 17) + timedelta(days=world.rng.randint(0, 560))
            case.outcome_final = final
            case.final_date = case.reopened + timedelta(days=world.rng.randint(75, 240))
            name = next(names)
            case.operation = Ref("operation", f"Operation {name}", (("short", f"Opn. {name}"),))
            if force_key in RECRIMED_FORCES:
                serial = world.crime_serial(force)  # type: ignore[arg-type]
                case.recrime = force.crime_ref(serial, case.reopened.year, case.unit + 1)
            if not case.suspects:
                case.suspects.append(world.new_suspect("named", force))  # type: ignore[arg-type]
                case.items.append(world.new_address(force))  # type: ignore[arg-type]
            if final in ("charged", "cautioned"):
                case.suspects[0].evidence = "charged" if final == "charged" else "arrested"


EARLY = (  # (force, outcome, nth), days after the report
    (("quillanby", "filed_undetected", 0), 1),
    (("quillanby", "nfa_victim_did_not_support", 0), 0),
    (("tessingford", "nfa_cps_advice", 1), 3),
    (("tessingford", "cautioned", 0), 0),
    (("drumwhinnet", "nfa", 0), 2),
    (("drumwhinnet", "filed_undetected", 1), 0),
    (("drumwhinnet", "nfa_cps_advice", 0), 1),
)


def plant_early_closures(world: World) -> None:
    """Closed within days of the report (three on the day itself)."""
    for spec, days in EARLY:
        case = world.find(*spec)
        case.closed = case.reported + timedelta(days=days)
        case.final_date = case.closed


def plant_lookalikes(world: World) -> None:
    plant_quillanby_lookalikes(world)
    plant_tessingford_lookalikes(world)
    plant_drumwhinnet_lookalikes(world)


def plant_quillanby_lookalikes(world: World) -> None:
    """One crime serial and year recorded at two hours; one call serial and year in the morning and
    in the afternoon; one council serial and year under two legal statuses."""
    a, b = pair(world, "quillanby", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 9))
    same_serial(world, "crime", a, b, "one serial and year recorded at 02H and 13H: two crimes", (1, 6))
    c, d = pair(world, "quillanby", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 12))
    number = next_number(world, 300, 2300, 1, lambda n: n % 2 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial and year, AM and PM: two calls")
    e, f = pair(world, "quillanby", (("charged", 3), ("nfa_cps_advice", 1)))
    move_report(world, f, beside(e, 7))
    same_serial(
        world, "referral", e, f, "one council serial and year under S20 and CPP: two referrals", (0, 3)
    )


def plant_tessingford_lookalikes(world: World) -> None:
    """One crime serial and year graded red and green; one call serial and year sent to two patrols;
    one council serial and year for a child in foster and in kinship care."""
    a, b = pair(world, "tessingford", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 15))
    same_serial(world, "crime", a, b, "one serial and year graded RED and GRN: two crimes", (0, 2))
    c, d = pair(world, "tessingford", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 10))
    number = next_number(world, 300, 2300, 1, lambda n: n % 4 == 0)
    same_call(world, c, d, (number, number + 1), "one call serial and year sent to T2 and T5: two calls")
    e, f = pair(world, "tessingford", (("charged", 3), ("filed_undetected", 0)))
    move_report(world, f, beside(e, 4))
    same_serial(
        world, "referral", e, f, "one council serial and year placed FC and KC: two referrals", (0, 2)
    )


def plant_drumwhinnet_lookalikes(world: World) -> None:
    """One crime serial and year as the second and third crime of an incident; one call serial and
    year on two language lines; one council serial and year sent two ways by the front door."""
    a, b = pair(world, "drumwhinnet", (("charged", 1), ("cautioned", 1)))
    move_report(world, b, beside(a, 6))
    same_serial(world, "crime", a, b, "one serial and year numbered /2 and /3: two crimes", (1, 2))
    c, d = pair(world, "drumwhinnet", (("charged", 2), ("open", 0)))
    move_report(world, d, beside(c, 11))
    number = next_number(world, 300, 2300, 2, lambda n: n % 4 == 0)
    same_call(world, c, d, (number, number + 2), "one call serial and year on lines EN and PL: two calls")
    e, f = pair(world, "drumwhinnet", (("charged", 3), ("cautioned", 0)))
    move_report(world, f, beside(e, 13))
    same_serial(
        world, "referral", e, f, "one council serial and year decided S17 and S47: two referrals", (1, 2)
    )


SHARED_SUSPECTS = (  # (force, outcome, nth) of the NFA case, then the other cases of that suspect
    (("drumwhinnet", "nfa_cps_advice", 1), [("drumwhinnet", "charged", 0)]),
    (("drumwhinnet", "nfa_victim_did_not_support", 0), [("quillanby", "charged", 0)]),
    (
        ("drumwhinnet", "nfa_insufficient_evidence", 1),
        [
            ("drumwhinnet", "filed_undetected", 0),
            ("tessingford", "filed_undetected", 1),
            ("quillanby", "open", 0),
        ],
    ),
    (("drumwhinnet", "nfa", 0), [("tessingford", "nfa_insufficient_evidence", 0)]),
)
# Only the Malagasy-named force's suspects turn up in the other forces' files: their names are plain
# ASCII letters, which every force's encoding holds.


def twin_of(shared: Person, evidence: str) -> Person:
    """The same man in another case's files: the same names, birth and what each force notes."""
    twin = Person(shared.forename, shared.surname, "suspect", evidence=evidence, middle=shared.middle)
    twin.born, twin.tradition = shared.born, shared.tradition
    twin.spectacles, twin.clothing, twin.voice = shared.spectacles, shared.clothing, shared.voice
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
        assert f"{shared.forename} {shared.middle} {shared.surname}".isascii()
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
    ("vehicle", [("quillanby", "nfa_not_in_public_interest", 0), ("drumwhinnet", "charged", 1)]),
    ("vehicle", [("tessingford", "nfa_cps_advice", 0), ("tessingford", "charged", 3)]),
    (
        "vehicle",
        [("drumwhinnet", "nfa_victim_did_not_support", 1), ("quillanby", "charged", 0),
         ("tessingford", "filed_undetected", 0)],
    ),
    ("phone", [("quillanby", "nfa_victim_did_not_support", 1), ("quillanby", "charged", 2)]),
    ("landline", [("tessingford", "nfa_not_in_public_interest", 0), ("drumwhinnet", "nfa_cps_advice", 1)]),
    (
        "phone",
        [("tessingford", "nfa_insufficient_evidence", 1), ("drumwhinnet", "charged", 2),
         ("quillanby", "open", 0)],
    ),
    ("address", [("quillanby", "nfa", 0), ("quillanby", "cautioned", 0)]),
    ("address", [("tessingford", "nfa_victim_did_not_support", 0), ("tessingford", "charged", 1)]),
    ("address", [("drumwhinnet", "nfa_cps_advice", 0), ("drumwhinnet", "cautioned", 0)]),
)  # fmt: skip


def item_forms(item: Item) -> list[str]:
    """The ways the files write one vehicle, phone or address (the first is the canonical one)."""
    if item.kind == "phone":
        return [item.value, f"+44 (0){item.value[1:]}", item.value.replace(" ", "-")]
    if item.kind == "vehicle":
        plate = item.value.replace(" ", "")
        return [item.value, f"{plate[:2]}-{plate[2:4]}-{plate[4:]}", plate]
    street, place = item.value.split(", ", 1)
    number, road = street.split(" ", 1)
    town, postcode = place.split(" ", 1)
    return [
        item.value,
        f"{number} {road.upper()}, {town.upper()}, {postcode}",
        f"{number} {road} ({town}) {postcode}",
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
    apart, flats A and C of one house."""
    a, b = world.find("quillanby", "nfa_cps_advice", 1), world.find("tessingford", "charged", 2)
    letters = world.rng.sample("BCDFGHJKLMNPRSTVWXY", 6)
    area, tail = "".join(letters[:2]), "".join(letters[2:4])
    add_decoy(
        world,
        "vehicle",
        (a, Item("vehicle", f"{area}58 {tail}{letters[4]}", "gold Proton Persona")),
        (b, Item("vehicle", f"{area}58 {tail}{letters[5]}", "gold Proton Persona")),
        "the plates differ in their last letter: two cars",
    )
    c, d = world.find("tessingford", "cautioned", 0), world.find("quillanby", "charged", 3)
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
        world.find("drumwhinnet", "nfa_victim_did_not_support", 0),
        world.find("tessingford", "cautioned", 1),
    )
    house = world.new_address(e.force)  # type: ignore[arg-type]
    add_decoy(
        world,
        "address",
        (e, Item("address", f"Flat A, {house.value}")),
        (f, Item("address", f"Flat C, {house.value}")),
        "flats A and C of one house: two homes",
    )
    plant_namesakes(world)


NAMESAKES = (  # the NFA case, the other case, forename, middle, surname, and what tells them apart
    (("quillanby", "nfa_victim_did_not_support", 0), ("quillanby", "charged", 1), "Mikkalaš", "Ovdaš",
     "Čiekčavárri", ("spectacles", "rimless", "none"), "spectacles"),
    (("drumwhinnet", "nfa_victim_did_not_support", 1), ("drumwhinnet", "charged", 3), "Haingonirina",
     "Solofoniaina", "Andriamiharisoa", ("voice", "deep", "high"), "voice"),
)  # fmt: skip


def plant_namesakes(world: World) -> None:
    """The same three names told apart only by the spectacles Quillanby writes, or by the voice
    Drumwhinnet writes: neither pair is one suspect, and one case of each is NFA."""
    for nfa_spec, other_spec, forename, middle, surname, (field, one, two), why in NAMESAKES:
        nfa_case, other = world.find(*nfa_spec), world.find(*other_spec)
        people = []
        for value, born in ((one, date(1971, 9, 14)), (two, date(1984, 3, 2))):
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
