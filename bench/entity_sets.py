"""Generated, labelled sets for the entity benchmarks (bench/names.py) and their tests.

Everything is invented from a seed: pattern values in the formats files use, near-miss decoys
that a careless regex would take (wrong check letters, impossible years, collar numbers that
look like plates), and sentences naming people, organisations and places in the varied forms of
old case files, each with its gold entities.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from search.entity_kinds import pattern_key
from search.names import person_key

POSTCODE_FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ".replace("I", "").replace("J", "")
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # no I or Q, as issued
MEMORY_TAGS = "ABCDEFGHKLMNOPRSVWY"
YEAR_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
NINO_FIRST, NINO_SECOND = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
FORCES = ("NP", "WMP", "GMP", "MPS", "NYP", "WYP", "HP")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


@dataclass(frozen=True)
class Labelled:
    """A text and the entities it should yield as (kind, key); empty for a decoy."""

    text: str
    gold: frozenset[tuple[str, str]] = field(default_factory=frozenset)


def _pick(rng: random.Random, letters: str, n: int) -> str:
    return "".join(rng.choice(letters) for _ in range(n))


def _positive_values(rng: random.Random) -> dict[str, list[str]]:
    n = rng.randint
    first, last = rng.choice(["a", "j", "m", "p"]), rng.choice(["smith", "oduya", "kerr"])
    postcode_out = rng.choice([f"{_pick(rng, POSTCODE_FIRST, 1)}{n(1, 9)}",
                               f"{_pick(rng, POSTCODE_FIRST, 1)}{rng.choice('ABCDEFGHKLMN')}{n(10, 99)}"])
    day, month, year, ref_year = n(1, 28), n(1, 12), n(1930, 1995), n(1960, 2015)
    sort, account = f"{n(1, 99):02d}-{n(0, 99):02d}-{n(0, 99):02d}", f"{n(1, 99_999_999):08d}"
    return {
        "email": [f"{first}.{last}{n(1, 99)}@{rng.choice(['harwick.gov.example', 'mail.example.co.uk'])}"],
        "phone": [rng.choice([f"01632 960{n(0, 999):03d}", f"07700 900{n(0, 999):03d}",
                              f"020 7946 0{n(0, 999):03d}", f"+44 (0)161 496 0{n(0, 999):03d}",
                              f"(0113) 496 0{n(0, 999):03d}", f"+44 7700 900{n(0, 999):03d}"])],
        "postcode": [f"{postcode_out} {n(0, 9)}{_pick(rng, INWARD, 2)}"],
        "vehicle": [rng.choice([
            f"{_pick(rng, MEMORY_TAGS, 1)}{_pick(rng, PLATE_LETTERS[:-1], 1)}"
            f"{rng.choice(['02', '07', '15', '53', '61'])} "
            f"{_pick(rng, PLATE_LETTERS, 3)}",
            f"{_pick(rng, YEAR_LETTERS, 1)}{n(1, 999)} {_pick(rng, PLATE_LETTERS, 3)}",
            f"{_pick(rng, PLATE_LETTERS, 3)} {n(1, 999)}{_pick(rng, YEAR_LETTERS, 1)}"])],
        "nino": [rng.choice([f"{_pick(rng, NINO_FIRST, 1)}{_pick(rng, NINO_SECOND, 1)} {n(10, 99)} "
                             f"{n(10, 99)} {n(10, 99)} {rng.choice('ABCD')}",
                             f"{_pick(rng, NINO_FIRST, 1)}{_pick(rng, NINO_SECOND, 1)}"
                             f"{n(100000, 999999)}{rng.choice('ABCD')}"])],
        "dob": [rng.choice([f"{day:02d}/{month:02d}/{year}", f"{day} {MONTHS[month - 1]} {year}",
                            f"{day:02d}.{month:02d}.{year % 100:02d}"])],
        "reference": [f"{rng.choice(FORCES)}/{ref_year % 100 if ref_year < 2000 and n(0, 1) else ref_year}"
                      f"/{n(100, 99999):05d}"],
        "bank": [rng.choice([f"{sort} {account}", f"sort code {sort} account {account}",
                             f"a/c {account} s/c {sort.replace('-', '')}",
                             f"Sort code: {sort.replace('-', ' ')}, Account No. {account}"])],
        "anonymised": [rng.choice([f"Child {rng.choice('ABCDEFGH')}", f"YP{n(1, 12)}",
                                   f"Victim {n(1, 9)}", f"Witness {rng.choice('ABCDE')}",
                                   f"Young Person {n(1, 6)}"])],
    }


CARRIERS = {
    "email": ["Please reply to {v} by Friday.", "E-mail: {v}", "Sent from {v} at 09:14."],
    "phone": ["Tel: {v}", "She rang {v} twice that evening.", "Contact number {v} (home)."],
    "postcode": ["14 Moor Lane, Harwick {v}", "The address given was in {v}."],
    "vehicle": ["A blue Ford Sierra {v} was parked outside.", "Vehicle registration {v} seen.",
                "PNC check on {v}: no trace."],
    "nino": ["NI number {v} was quoted.", "National Insurance: {v}"],
    "dob": ["Keeper STOKE, DOB {v}.", "Date of birth: {v}", "The boy, born {v}, was in care."],
    "reference": ["Crime reference {v} refers.", "See incident log {v} for details."],
    "anonymised": ["{v} was interviewed on video.", "The school referred {v} twice.",
                   "Present: social worker, {v} and the foster carer."],
    "bank": ["Bank details: {v}.", "The standing order went to {v} monthly.", "Paid into {v} on the 3rd."],
}
DECOYS = [
    "Reply to user@localhost or to the desk.", "The handle @harwick_kids posted again.",
    "Address j.smith@harwick with no domain.", "Mail bounced from a..b@example.com yesterday.",
    "Tel: 01632 96041 (incomplete).", "Call 04123 456789 for the switchboard.",
    "Ref 1997 04512 closed.", "Page 0123 of the log.", "Sort code 20-32-06 given, but no account.",
    "US contact +1 202 555 0143 abroad.", "Dated 12/03/1997 and filed.",
    "Postcode given as HW3 7LC in error.", "Form QW3 7LB was unsigned.",
    "Box H3 7IB returned.", "Room V1 2AB on the plan.",
    "PC 1187 ASHBY attended.", "DC 2291 WHITLOCK took the statement.", "See Room B12 and Unit 4.",
    "The M62 was closed.", "Plate read FD51 QIX, not a valid mark.", "Reg ZD51 ABC is invalid.",
    "Model FD80 ABC is a catalogue number.", "Item I482 QDN was logged.", "Part U482 QDN fitted.",
    "Code ABC 123I on the form.", "Case BG 12 34 56 C closed.", "Index DA 12 34 56 C is void.",
    "Batch AB 12 34 56 E shipped.", "Ticket AO 12 34 56 A used.", "Serial AB 12 34 5 C bad.",
    "He was stubborn 1980 to 1985.", "Date of report 12/03/1997.", "DOB unknown at the time.",
    "DOB 31/02/1951 was recorded wrongly.", "DOB 11/02/2999 is a typing error.",
    "Born in Harwick in 1951, he moved away.", "Incident NP/1897/04512 is a typing error.",
    "File NPXYZ/1997/04512 is a box number.", "Ref NP/1997/45 is incomplete.",
    "Lower case np/1997/04512 in a URL.", "Year NP/2099/04512 is impossible.",
    "Version 2.0.1 released 1997.", "Call sign DC 2291 responded.",
    "Account 41236578 was closed in 1997.", "Sort code 00-32-06, account 41236578 is void.",
    "Account 00000000, sort code 20-32-06.", "Account 412365789 and sort code 20-32-06.",
    "Dated 20-03-1997, file 41236578.", "The child A and B were moved.", "Witness Statement.",
    "Child Protection conference.", "Victim Support attended.",
]


def pattern_set(seed: int = 7, per_kind: int = 60) -> list[Labelled]:
    """Positives (one validated value per sentence) and every decoy sentence."""
    rng = random.Random(seed)
    items: list[Labelled] = []
    for kind in CARRIERS:
        made = 0
        while made < per_kind:
            (value,) = _positive_values(rng)[kind]
            key = pattern_key(kind, value)
            if key is None:
                continue  # a reserved NI prefix drawn at random: draw again
            text = rng.choice(CARRIERS[kind]).format(v=value)
            items.append(Labelled(text, frozenset({(kind, key)})))
            made += 1
    items += [Labelled(text) for text in DECOYS]
    return items


FORENAMES = ["Raymond", "Margaret", "William", "Elizabeth", "Dennis", "Eileen", "Colin", "Janet",
             "Oswin", "Tamsin", "Bartholomew", "Imogen", "Gideon", "Rosalind"]
SURNAMES = ["Stokes", "Tolley", "Redfern", "Hollis", "Kerslake", "Oduya", "Prendergast",
            "Fairbairn", "Quartermaine", "Ashdown", "Blackwood", "Merriman"]
NICKS = {"Raymond": "Ray", "Margaret": "Peggy", "William": "Bill", "Elizabeth": "Betty",
         "Dennis": "Denny"}
OCR = (("m", "rn"), ("o", "0"), ("l", "1"), ("d", "cl"))
TITLES = ["Mr", "Mrs", "Ms", "DC", "DS", "Cllr", "Dr", "PC"]
ORGS = ["Harwick Borough Council", "Northshire Police", "the Social Services Department",
        "Ferncliffe House Children's Home", "the Crown Prosecution Service"]
PLACES = ["Harwick", "Northshire", "Leeds", "Manchester", "Bradford"]
PERSON_FORMS = ("full", "title_full", "index", "initial", "nickname", "ocr", "caps")
TEMPLATES = [
    "{p} was seen at the address with {q} on the evening in question.",
    "The report from {o} says that {p} had been warned about {q}.",
    "Statement of {p}. I have known {q} since we lived in {l}.",
    "On the Monday {p} telephoned {o} in {l} to complain.",
    "Minutes: {p} (chair) and {q} discussed the referral from {o}.",
]
NON_NAMES = ["REPORT OF THE INVESTIGATING OFFICER", "Dear Sir, Madam,", "He said she was out.",
             "STATEMENT OF WITNESS", "Sir, I write to complain.", "They told him nothing."]


def person_form(rng: random.Random, forename: str, surname: str, form: str) -> str:
    if form == "title_full":
        return f"{rng.choice(TITLES)} {forename} {surname}"
    if form == "index":
        return f"{surname.upper()}, {forename}"
    if form == "initial":
        return f"{forename[0]}. {surname}"
    if form == "nickname":
        return f"{NICKS.get(forename, forename)} {surname}"
    if form == "ocr":
        for right, wrong in OCR:
            if right in forename + surname:
                return f"{forename} {surname}".replace(right, wrong, 1)
    if form == "caps":
        return f"{forename} {surname.upper()}"
    return f"{forename} {surname}"


def ner_set(seed: int = 11, count: int = 300) -> list[tuple[Labelled, dict[str, str]]]:
    """Sentences with gold (kind, key) of every person, organisation and place; the dict gives
    the form each person was written in (for per-form recall)."""
    rng = random.Random(seed)
    out: list[tuple[Labelled, dict[str, str]]] = []
    for _ in range(count):
        forms: dict[str, str] = {}
        names = []
        for _n in range(2):
            form = rng.choice(PERSON_FORMS)
            text = person_form(rng, rng.choice(FORENAMES), rng.choice(SURNAMES), form)
            names.append(text)
            forms[person_key(text)] = form
        org, place = rng.choice(ORGS), rng.choice(PLACES)
        text = rng.choice(TEMPLATES).format(p=names[0], q=names[1], o=org, l=place)
        gold = {("person", person_key(n)) for n in names if n in text}
        gold |= {("org", org.removeprefix("the ").casefold())} if org in text else set()
        gold |= {("place", place.casefold())} if place in text else set()
        if rng.random() < 0.3:
            text = f"{rng.choice(NON_NAMES)} {text}"
        out.append((Labelled(text, frozenset(gold)), forms))
    return out


