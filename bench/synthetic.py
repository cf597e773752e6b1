"""Synthetic case files at scale: real Docket records (documents, pages, mentions) for benchmarks.

    python -m bench.synthetic --docs 1000000 --prefix docket-bench-1m

Police logs, witness statements, council minutes, letters, reports and e-mails about the sample
corpus's fictional Harwick cast (ingest.samples), joined by a generated population so that the
person facet has a realistic long tail. People appear in the forms real files use (full, ranked,
"SURNAME, Forename", initial, title and surname), with phone numbers from Ofcom's drama ranges,
HW postcodes, Q-bearing registrations and dates. Text, pages and mentions are written together,
so every mention's offsets point at its words; the records come from ingest.records'
builders, so the schema is exactly what ingestion writes.

With ``--cite-cases`` (off by default, so the sets other benchmarks load are unchanged) every
document opens by citing its case's crime number, six documents of one collection to a case,
and the last of the six records an outcome: what the cases stage (``bench.names_authority
cases``) reads.

Deterministic: document ``n`` depends only on (seed, n). Idempotent: a prefix that already holds
``--docs`` documents is reused; one that holds a different number is emptied and reloaded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from opensearchpy import OpenSearch

import ingest.records as records
from config import get_settings
from ingest.model import Extraction, FileTask, Mention, Page
from ingest.samples.cast import (
    COUNTY,
    MAIL_DOMAIN_COUNCIL,
    MAIL_DOMAIN_POLICE,
    ORGANISATIONS,
    PEOPLE,
    PHONES,
    PLACES,
    TOWN,
    VEHICLES,
    Person,
)
from ingest.samples.texts_police import ROUTINE
from ingest.samples.texts_reports import FILLER
from search.document_ids import document_id
from search.entity_kinds.reference import reference_key
from search.indices import Indices, drop_indices, ensure_indices
from search.names import entity_display, entity_key

SEED = 20261129
CHUNK_DOCS = 500  # documents per bulk request: ~6,000 actions, ~5 MB
PAGE_CHARS = 900  # a page is closed once it holds this much text
COLLECTIONS = ("op-larkspur", "ferncliffe-review", "council-archive", "northshire-cid")
DATA_INDICES = ("documents", "pages", "mentions")

# The generated population: surnames and forenames of the period, none a cast member's.
FORENAMES = ("John", "Susan", "Michael", "Karen", "David", "Julie", "Paul", "Tracey", "Mark",
             "Helen", "Stephen", "Lisa", "Andrew", "Angela", "Gary", "Deborah", "Kevin", "Sharon",
             "Ian", "Joanne", "Neil", "Carol", "Graham", "Alison", "Trevor", "Wendy", "Mohammed",
             "Nasreen", "Tariq", "Amrit", "Winston", "Grace", "Patrick", "Siobhan", "Gareth",
             "Rhiannon", "Stuart", "Fiona", "Derek", "Pauline")
SURNAMES = ("Atkinson", "Bradshaw", "Cartwright", "Dobson", "Fairclough", "Greenwood", "Hargreaves",
            "Ingram", "Jarvis", "Khan", "Lockwood", "Moorhouse", "Naylor", "Ogden", "Pickering",
            "Quinlan", "Redfern", "Sutcliffe", "Thornton", "Uttley", "Varley", "Whiteley", "Yates",
            "Ahmed", "Boothroyd", "Clegg", "Dawson", "Earnshaw", "Firth", "Gledhill", "Holroyd",
            "Illingworth", "Jagger", "Kershaw", "Lumb", "Mellor", "Nuttall", "Oldroyd", "Patel",
            "Ramsden", "Schofield", "Tattersall", "Walsh", "Wilkinson", "Brennan", "Okafor")
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "PC", "DC", "DS", "Cllr")
STYLES = ("full", "full", "full", "ranked", "title", "index", "initial")
STREETS = ("Moor Lane", "Canal Street", "Westgate", "Station Road", "Bramley Road", "Alder Close",
           "Mill Hill", "Church Street", "Park View", "Victoria Road", "Towngate", "Beck Side")
MORE_ORGS = ("Harwick General Hospital", "Northshire Probation Service", "Harwick Housing Trust",
             "Crown Prosecution Service", "NSPCC", "Harwick College", "Emergency Duty Team",
             "Westgate Taxis", "Northshire County Council", "Harwick Magistrates' Court")
COLOURS = ("blue", "silver", "red", "black", "white", "green", "maroon")
MODELS = ("Ford Escort", "Vauxhall Astra", "Rover 214", "Austin Metro", "Ford Fiesta",
          "Nissan Bluebird", "Vauxhall Cavalier", "Peugeot 405", "Ford Transit van")
KINDS = {  # kind: (weight, custodian folder, extension, family, title pattern)
    "police_log": (22, "police", "pdf", "pdf", "Incident log {ref}"),
    "statement": (18, "police", "pdf", "pdf", "Witness statement of {name}"),
    "minutes": (12, "council", "docx", "docx", "Strategy meeting minutes {day}"),
    "letter": (12, "council", "pdf", "pdf", "Letter re {subject}"),
    "report": (14, "reports", "pdf", "pdf", "{subject}: report"),
    "email": (22, "mail", "eml", "email", "{subject}"),
}
CASE_DOCS = 6  # documents citing one case, with --cite-cases
OUTCOME_SENTENCES = ("NFA was recorded, insufficient evidence.", "the case was filed as undetected.",
                     "he was charged.", "NFA was recorded: the victim did not support a prosecution.")
SUBJECTS = ("missing person enquiry", "welfare visit", "placement review", "complaint",
            "phone intelligence", "vehicle sightings", "staff conduct", "historic allegations",
            "referral", "case closure", "strategy discussion", "records request")
_KIND_NAMES = [k for k, spec in KINDS.items() for _ in range(spec[0])]


def population(seed: int = SEED) -> tuple[Person, ...]:
    """The cast plus a fixed generated population (1,840 people), from the seed alone."""
    rng = random.Random(f"synthetic-people:{seed}")
    generated = [Person(f"{f} {s}", "generated", "generated", rng.choice(TITLES),
                        str(rng.randint(100, 3999)))
                 for f in FORENAMES for s in SURNAMES]
    return (*PEOPLE, *generated)


@dataclass
class Writer:
    """Pages of text with the mentions in them, at their exact offsets."""

    rng: random.Random
    year: int
    pages: list[Page] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list)
    _length: int = 0

    def text(self, chunk: str) -> None:
        self._parts.append(chunk)
        self._length += len(chunk)

    def entity(self, kind: str, written: str, key: str | None = None) -> None:
        """``written`` as it appears; ``key`` links a variant to its person (as ingestion's
        within-document linking does)."""
        start = self._length
        self.text(written)
        self.mentions.append(Mention(kind, entity_display(kind, written),
                                     key or entity_key(kind, written), len(self.pages) + 1,
                                     start, start + len(written)))

    def person(self, person: Person) -> None:
        style = self.rng.choice(STYLES)
        self.entity("person", person.form(style, self.year), entity_key("person", person.name))

    def end_sentence(self) -> None:
        self.text(" " if self.rng.random() < 0.7 else "\n\n")
        if self._length >= PAGE_CHARS:
            self.break_page()

    def break_page(self) -> None:
        if self._parts:
            self.pages.append(Page(len(self.pages) + 1, "".join(self._parts).strip()))
        self._parts, self._length = [], 0


class Case:
    """The cast of one document: a few people, places and things it talks about."""

    def __init__(self, rng: random.Random, people: tuple[Person, ...]) -> None:
        # Cast members recur across the corpus, as the people of one inquiry do.
        cast = rng.sample(PEOPLE, rng.randint(1, 3))
        others = [people[rng.randrange(len(PEOPLE), len(people))] for _ in range(rng.randint(1, 4))]
        self.people = [*cast, *others]
        self.place = rng.choice(PLACES)
        self.street = f"{rng.randint(1, 120)} {rng.choice(STREETS)}"
        self.postcode = f"HW{rng.randint(1, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPRSTUWXYZ')}" \
                        f"{rng.choice('ABDEFGHJLNPRSTUWXYZ')}"
        self.org = rng.choice([o.name for o in ORGANISATIONS] + list(MORE_ORGS))
        self.phone = rng.choice(PHONES).number if rng.random() < 0.5 else \
            rng.choice(("01632 960", "07700 900")) + f"{rng.randint(0, 999):03d}"
        cast_car = rng.choice(VEHICLES)
        self.vehicle = (cast_car.described if rng.random() < 0.4 else
                        f"{rng.choice(COLOURS)} {rng.choice(MODELS)} "
                        f"{rng.choice('ABCDEFGHJKLMNP')}{rng.randint(100, 999)} Q"
                        f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXY')}")


def _sentence(w: Writer, case: Case, when: datetime) -> None:
    """One sentence of case-file prose, sometimes naming people, places, phones or vehicles."""
    rng = w.rng
    roll = rng.random()
    if roll < 0.40:
        w.text(rng.choice(FILLER))
    elif roll < 0.60:
        line = rng.choice(ROUTINE).format(yp=rng.choice(("LM", "JT", "KB", "DW")),
                                          bus="the bus station", arcade="the arcade",
                                          home="the home", pc="the officer")
        w.text(line)
    elif roll < 0.75:
        w.person(rng.choice(case.people))
        w.text(rng.choice((" was spoken to at ", " was seen near ", " gave an address at ")))
        w.entity("place", case.place.name)
        w.text(f", {case.street}, {TOWN} ")
        w.entity("postcode", case.postcode)
        w.text(f" on {when:%d/%m/%Y} at {rng.randint(0, 23):02d}{rng.choice((0, 15, 30, 45)):02d} hours.")
    elif roll < 0.85:
        w.text("A call was made from ")
        w.entity("phone", case.phone)
        w.text(" to ")
        w.person(rng.choice(case.people))
        w.text(f", lasting {rng.randint(1, 40)} minutes, as recorded by ")
        w.entity("org", case.org)
        w.text(".")
    elif roll < 0.93:
        colour_model, _, plate = case.vehicle.rpartition(" ")
        colour_model, _, first = colour_model.rpartition(" ")
        w.text(f"A {colour_model} registration ")
        w.entity("vehicle", f"{first} {plate}")
        w.text(" was seen parked outside by ")
        w.person(rng.choice(case.people))
        w.text(".")
    else:
        w.person(rng.choice(case.people))
        w.text(" and ")
        w.person(rng.choice(case.people))
        w.text(f" attended a meeting with officers of {COUNTY} ")
        w.entity("org", rng.choice([o.name for o in ORGANISATIONS]))
        w.text(".")
    w.end_sentence()


def _mail(n: int, case: Case, rng: random.Random, subject: str) -> dict[str, Any]:
    def address(person: Person) -> str:
        domain = MAIL_DOMAIN_POLICE if person.category == "police" else MAIL_DOMAIN_COUNCIL
        return f"{person.forename}.{person.surname}@{domain}".lower()

    thread = f"thread-{n // 5:07d}"
    return {"email_from": address(case.people[0]),
            "email_to": [address(p) for p in case.people[1:3]] or [address(rng.choice(PEOPLE))],
            "email_cc": [address(p) for p in case.people[3:4]],
            "message_id": f"<{n}.{thread}@synthetic.example>", "thread_id": thread}


def _cite_case(w: Writer, n: int, collection_count: int) -> bool:
    """Open the document with its case's crime number (see the module docstring); True for
    the case's last document, which records the outcome."""
    case = n // (collection_count * CASE_DOCS)
    reference = f"HW/{(1989 + case % 16) % 100:02d}/{case % 100000:05d}"
    w.text("Crime number ")
    w.entity("reference", reference, reference_key(reference))
    w.text(".\n\n")
    return (n // collection_count) % CASE_DOCS == CASE_DOCS - 1


def build(n: int, collection_count: int, people: tuple[Person, ...], seed: int = SEED,
          cite_cases: bool = False) -> tuple[FileTask, Extraction, list[Mention]]:
    """Document ``n``: its task, extraction and mentions, as ingestion's stages would hand
    them to the record builders."""
    rng = random.Random(f"synthetic:{seed}:{n}")
    kind = rng.choice(_KIND_NAMES)
    _, folder, extension, family, title = KINDS[kind]
    when = datetime(1989, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(16 * 365 * 1440))
    case = Case(rng, people)
    w = Writer(rng, when.year)
    w.text(f"{TOWN.upper()} - {kind.replace('_', ' ').upper()} - {when:%d %B %Y}\n\n")
    closing = cite_cases and _cite_case(w, n, collection_count)
    for _ in range(rng.choice((2, 3, 4, 5, 6, 8, 12))):
        _sentence(w, case, when)
    if closing:
        w.text(f"On {when:%d %B %Y} {rng.choice(OUTCOME_SENTENCES)}")
    w.break_page()
    subject = rng.choice(SUBJECTS)
    collection = COLLECTIONS[n % collection_count]
    sha = hashlib.sha256(f"synthetic:{seed}:{n}".encode()).hexdigest()
    doc_id = document_id(collection, sha, get_settings().secret_key)
    relpath = f"{folder}/{when.year}/{kind}-{n:07d}.{extension}"
    size = sum(len(p.text) for p in w.pages) + 2000
    task = FileTask(job_id=f"synthetic-{seed}", collection=collection, path=f"/synthetic/{relpath}",
                    relpath=relpath, sha256=sha, size=size, mime="application/octet-stream",
                    family=family, extension=extension, doc_id=doc_id, control=f"SYN-{n + 1:07d}")
    heading = title.format(ref=f"HW/{when:%y}/{n % 100000:05d}", name=case.people[0].name,
                           day=f"{when:%d %B %Y}", subject=subject.capitalize())
    extraction = Extraction(pages=w.pages, extractor="synthetic", title=heading,
                            date=when.replace(tzinfo=None), author=case.people[0].name,
                            email=_mail(n, case, rng, subject) if kind == "email" else {})
    return task, extraction, w.mentions


def bulk_body(indices: Indices, first: int, count: int, collections: int,
              cite_cases: bool = False) -> tuple[bytes, int]:
    """The NDJSON ``_bulk`` body of documents [first, first+count) and its action count."""
    people = _people()
    lines: list[str] = []
    for n in range(first, first + count):
        task, extraction, mentions = build(n, collections, people, cite_cases=cite_cases)
        for action in records.index_actions(indices, task, extraction, mentions):
            op = action.get("_op_type", "index")
            lines.append(json.dumps({op: {"_index": action["_index"], "_id": action["_id"]}}))
            lines.append(json.dumps(action["_source"], separators=(",", ":")))
    return ("\n".join(lines) + "\n").encode(), len(lines) // 2


_POPULATION: tuple[Person, ...] | None = None


def _people() -> tuple[Person, ...]:
    global _POPULATION
    if _POPULATION is None:
        _POPULATION = population()
    return _POPULATION


def _chunk(args: tuple[str, int, int, int, bool]) -> tuple[bytes, int]:
    prefix, first, count, collections, cite_cases = args
    return bulk_body(Indices(prefix), first, count, collections, cite_cases)


def _set_loading(client: OpenSearch, indices: Indices, loading: bool) -> dict[str, Any]:
    """Bulk-load settings (no refresh, async translog) on the data indices, or the spec's back."""
    from config import index_specs

    specs = index_specs()
    for name in DATA_INDICES:
        spec = specs[name].settings
        body = {"refresh_interval": "-1", "translog.durability": "async"} if loading else {
            "refresh_interval": spec.get("refresh_interval"), "translog.durability": "request"}
        client.indices.put_settings(index=getattr(indices, name), body={"index": body})
    return {}


def _loading(client: OpenSearch, indices: Indices) -> bool:
    settings = client.indices.get_settings(index=indices.documents, name="index.refresh_interval")
    return any(v["settings"].get("index", {}).get("refresh_interval") == "-1"
               for v in settings.values())


def document_count(client: OpenSearch, indices: Indices) -> int:
    client.indices.refresh(index=indices.documents)
    return int(client.count(index=indices.documents)["count"])


def load(client: OpenSearch, prefix: str, docs: int, workers: int = 2, collections: int = 4,
         merge: bool = True, cite_cases: bool = False) -> dict[str, Any]:
    """Make ``prefix`` hold exactly ``docs`` synthetic documents; returns what was done."""
    ensure_indices(client, prefix)
    indices = Indices(prefix)
    held = document_count(client, indices)
    if held == docs:
        return {"reused": True, "docs": docs}
    if held and _loading(client, indices):
        # Refresh is off only during a load: another process is filling this prefix (or one
        # died mid-load). Emptying it here would destroy the other load's work.
        raise RuntimeError(f"{prefix} is being loaded (refresh_interval -1): wait for that load, "
                           "or restore refresh_interval if it died, then run again")
    if held:  # a partial or different load: start again rather than guess what is missing
        drop_indices(client, prefix)
        ensure_indices(client, prefix)
    _set_loading(client, indices, True)
    started = time.perf_counter()
    actions = 0
    jobs = [(prefix, first, min(CHUNK_DOCS, docs - first), collections, cite_cases)
            for first in range(0, docs, CHUNK_DOCS)]
    try:
        actions = _send(client, jobs, workers)
    finally:
        _set_loading(client, indices, False)
    loaded_s = time.perf_counter() - started
    client.indices.refresh(index=",".join(getattr(indices, n) for n in DATA_INDICES))
    merge_s = 0.0
    if merge:
        # Fewer segments make facet aggregations and the per-segment query set-up cheaper.
        merge_started = time.perf_counter()
        for name in ("documents", "pages"):
            client.indices.forcemerge(index=getattr(indices, name), max_num_segments=1,
                                      request_timeout=7200)
        merge_s = time.perf_counter() - merge_started
    return {"reused": False, "docs": docs, "actions": actions, "load_s": loaded_s,
            "docs_per_s": docs / loaded_s, "merge_s": merge_s,
            "held": document_count(client, indices)}


def _send(client: OpenSearch, jobs: list[tuple[str, int, int, int, bool]], workers: int) -> int:
    """Bodies built in ``workers`` processes, sent by two threads so OpenSearch indexes one
    while the next is being built and sent."""
    from concurrent.futures import ThreadPoolExecutor

    sent = 0
    pending = []
    progress = time.perf_counter()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool, ThreadPoolExecutor(2) as senders:
        for number, (body, count) in enumerate(pool.imap(_chunk, jobs), start=1):
            pending.append(senders.submit(_bulk, client, body))
            sent += count
            while len(pending) >= 3:  # bounded: bodies are megabytes each
                pending.pop(0).result()
            if time.perf_counter() - progress > 30:
                progress = time.perf_counter()
                print(f"  {number * CHUNK_DOCS:,} documents, {sent:,} actions", flush=True)
        for future in pending:
            future.result()
    return sent


def _bulk(client: OpenSearch, body: bytes) -> None:
    result = client.bulk(body=body, request_timeout=600)
    if result.get("errors"):
        failed = [item for item in result["items"] if next(iter(item.values())).get("error")]
        raise RuntimeError(f"{len(failed)} bulk actions failed, first: {failed[0]}")


def loader_client() -> OpenSearch:
    """A client for bulk loads: Docket's URL, without Docket's gzip (on loopback, compressing
    5 MB bodies in Python costs more than sending them)."""
    from config import get_settings

    return OpenSearch(hosts=[get_settings().search_url], timeout=600, http_compress=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--prefix", default="docket-bench-100k")
    parser.add_argument("--workers", type=int, default=2, help="processes building bulk bodies")
    parser.add_argument("--no-merge", action="store_true", help="skip the final forcemerge")
    parser.add_argument("--cite-cases", action="store_true",
                        help="documents cite their cases' crime numbers (a prefix of its own)")
    args = parser.parse_args(argv)
    client = loader_client()
    outcome = load(client, args.prefix, args.docs, args.workers, merge=not args.no_merge,
                   cite_cases=args.cite_cases)
    print(json.dumps(outcome, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
