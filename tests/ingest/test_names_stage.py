"""The names stage (ingest.names, ingest.job.names) over a small collection: every written
form of a person becomes a mention of that person and a facet value with the canonical name,
a form two people hold stays a possible match, and a later job updates older documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingested import ingest_folder

pytestmark = pytest.mark.integration
COLLECTION = "authority"
FILES = {
    "statement.txt": "Statement of DC Helen ASHWORTH taken at Thornleigh Hse.\n\n"
                     "Darren Kearney was seen near the Vauxhall Vectra.",
    "log.txt": "Incident log.\n\nH. Ashworth attended with PC 2217 LUMB at 14:00.",
    "letter.txt": "Dear Sir,\n\nASHWORTH, Helen wrote to helen.ashworth@example.org about it.",
    "minutes.txt": "Minutes.\n\nPresent: Robert Lumb, Darren Kearney (Kearney Taxis).",
    "scan.txt": "He1en Ashworth and Bob Lumb spoke to Mr Kearney.",
}


def _ingest(store, settings, root: Path) -> str:  # noqa: ANN001
    job_id, counts = ingest_folder(store, settings, root, COLLECTION)
    assert counts.get("indexed"), counts
    return job_id


@pytest.fixture(scope="module")
def collection(store, settings, tmp_path_factory):  # noqa: ANN001, ANN201
    root = tmp_path_factory.mktemp("authority")
    for name, text in FILES.items():
        (root / name).write_text(text)
    _ingest(store, settings, root)
    return root


def _documents(store, settings, query: dict) -> dict[str, dict]:  # noqa: ANN001
    from search.indices import Indices

    indices = Indices(settings.index_prefix)
    hits = store.search(index=indices.documents, body={"size": 100, "query": {"bool": {
        "filter": [{"term": {"collection": COLLECTION}}, query]}}})["hits"]["hits"]
    return {h["_source"]["filename"]: h["_source"] for h in hits}


def _person(store, settings, name: str) -> set[str]:  # noqa: ANN001
    return set(_documents(store, settings, {"match_phrase": {"person.text": name}}))


def test_every_written_form_finds_the_person(store, settings, collection) -> None:  # noqa: ANN001
    assert _person(store, settings, "Helen Ashworth") == {
        "statement.txt", "log.txt", "letter.txt", "scan.txt"}
    assert _person(store, settings, "Robert Lumb") == {"log.txt", "minutes.txt", "scan.txt"}
    assert _person(store, settings, "Darren Kearney") >= {"statement.txt", "minutes.txt"}


def test_chips_are_resolved_people_and_no_things(store, settings, collection) -> None:  # noqa: ANN001
    documents = _documents(store, settings, {"match_all": {}})
    log = documents["log.txt"]
    assert set(log["person"]) == {"Helen Ashworth", "Robert Lumb"}
    statement = documents["statement.txt"]
    assert "Vauxhall Vectra" not in statement["person"] + statement["org"]
    assert "Thornleigh Hse" not in statement["person"]
    for document in documents.values():
        assert not set(document["person"]) & set(document["org"] + document["place"])


def test_links_carry_rule_and_confidence(store, settings, collection) -> None:  # noqa: ANN001
    from search.indices import Indices

    hits = store.search(index=Indices(settings.index_prefix).mentions, body={"size": 50, "query": {
        "bool": {"filter": [{"term": {"collection": COLLECTION}},
                            {"term": {"key": "robert lumb"}}]}}})["hits"]["hits"]
    rules = {h["_source"]["text"]: h["_source"].get("link_rule") for h in hits}
    assert rules.get("Bob Lumb") == "nickname"
    assert all(h["_source"].get("link_confidence", 1) > 0.5 for h in hits)


def test_a_new_namesake_makes_older_initials_a_possible_match(store, settings, collection,  # noqa: ANN001
                                                              tmp_path: Path) -> None:
    from search.indices import Indices

    (tmp_path / "harry.txt").write_text("Report of Harry Ashworth, the caretaker.")
    _ingest(store, settings, tmp_path)
    assert "log.txt" not in _person(store, settings, "Helen Ashworth")
    hits = store.search(index=Indices(settings.index_prefix).mentions, body={"size": 50, "query": {
        "bool": {"filter": [{"term": {"collection": COLLECTION}},
                            {"exists": {"field": "candidates"}}]}}})["hits"]["hits"]
    assert {tuple(h["_source"]["candidates"]) for h in hits} >= {
        ("harry ashworth", "helen ashworth")}


def test_the_stage_runs_again_to_the_same_result(store, settings, collection) -> None:  # noqa: ANN001
    from api.cli import run_stage

    before = _documents(store, settings, {"match_all": {}})
    _job, counts = run_stage([collection], COLLECTION, "names", show_progress=False)
    assert counts.get("indexed") == len(FILES), counts
    after = _documents(store, settings, {"match_all": {}})
    for name in FILES:
        assert sorted(after[name]["person"]) == sorted(before[name]["person"]), name


def test_a_person_tagged_only_as_an_organisation_joins_the_authority() -> None:
    from collections import Counter

    from ingest.names import authority_of

    forms = {("org", "kayleigh broadbent"): Counter({"Kayleigh Broadbent": 3}),
             ("org", "austin motors"): Counter({"Austin Motors": 2}),
             ("place", "holmbridge"): Counter({"Holmbridge": 5}),
             ("org", "sky news"): Counter({"Sky News": 2}),
             ("person", "kayleigh pickles"): Counter({"Kayleigh Pickles": 1})}
    people = authority_of(forms).people.people
    assert set(people) == {"kayleigh broadbent", "kayleigh pickles"}
    assert people["kayleigh broadbent"].display == "Kayleigh Broadbent"


def test_a_place_and_its_state_run_together_are_no_person() -> None:
    """"Lakeside Oregon is north of the border", tagged as a person once, while the collection
    writes both places alone elsewhere: no person, so neither place is taken for a name of one
    (a person's forename or surname alone is theirs anywhere). A person named in several
    documents, or whose forename is one, stays a person whatever places share the words."""
    from collections import Counter

    from ingest.names import authority_of

    forms = {("person", "lakeside oregon"): Counter({"Lakeside Oregon": 1}),
             ("place", "lakeside"): Counter({"Lakeside": 4}),
             ("place", "oregon"): Counter({"Oregon": 3}),
             ("person", "dorchester carlisle"): Counter({"Dorchester Carlisle": 3}),
             ("person", "helen carlisle"): Counter({"Helen Carlisle": 1}),
             ("place", "dorchester"): Counter({"Dorchester": 5}),
             ("place", "carlisle"): Counter({"Carlisle": 5})}
    authority = authority_of(forms)
    assert set(authority.people.people) == {"dorchester carlisle", "helen carlisle"}
    assert "lakeside oregon" in authority.things
    assert {"lakeside", "oregon"}.isdisjoint(authority.people.surnames | authority.people.forenames)


def test_a_titled_person_tagged_as_an_organisation_joins_the_authority() -> None:
    from collections import Counter

    from ingest.names import authority_of

    forms = {("org", "ps declan o'hara"): Counter({"PS Declan O'Hara": 2}),
             ("org", "pc world"): Counter({"PC World": 3}),
             ("org", "dr martens"): Counter({"Dr Martens": 2})}
    people = authority_of(forms).people.people
    assert set(people) == {"declan ohara"}
    assert people["declan ohara"].display == "Declan O'Hara"
    assert people["declan ohara"].named == 2


def test_a_run_s_rewrites_are_gathered_as_the_recogniser_found_them() -> None:
    from ingest.names import as_recognised

    def bucket(found: str | None, kind: str, key: str, forms: dict[str, int],
               recognised: dict[str, int] | None = None) -> dict:
        return {"key": {"found": found, "kind": kind, "key": key},
                "forms": {"buckets": [{"key": f, "doc_count": n} for f, n in forms.items()]},
                "recognised": {"buckets": [{"key": f, "doc_count": n}
                                           for f, n in (recognised or {}).items()]}}

    # An organisation "NB Quennel" a run linked to Ottilie Quennel and wrote her name over: the
    # words the recogniser read, as it read them (capitals and all).
    assert as_recognised(bucket("org", "person", "nb quennel", {"Ottilie Quennel": 2},
                                {"NB Quennel": 2})) == (("org", "nb quennel"), {"NB Quennel": 2})
    # A mention stored before those words were kept: its key stands for them.
    assert as_recognised(bucket("org", "person", "nb quennel", {"Ottilie Quennel": 2})) == (
        ("org", "nb quennel"), {"Nb Quennel": 2})
    assert as_recognised(bucket(None, "person", "ottilie quennel", {"OTTILIE QUENNEL": 1})) == (
        ("person", "ottilie quennel"), {"OTTILIE QUENNEL": 1})
    assert as_recognised(bucket("person", "person", "ottilie quennel", {"Ottilie Quennel": 3})
                         ) == (("person", "ottilie quennel"), {"Ottilie Quennel": 3})


def test_a_second_run_reads_an_organisation_it_made_a_person_as_the_first_did() -> None:
    """The first run links the organisation "NB Ottilie Quennel" to her and writes her name
    over it; it keeps the recogniser's words, so the next run judges and gathers what the
    first did (it had gathered "Nb Ottilie Quennel", and a name's capitals tell the rules
    much), and links it the same way."""
    from collections import Counter

    from ingest.names import NamedMention, authority_of, link_fields, relink

    page = "NB Ottilie Quennel called the office about the tenancy."
    authority = authority_of({("person", "ottilie quennel"): Counter({"Ottilie Quennel": 3})})
    first = {"id": "m1", "kind": "org", "key": "nb ottilie quennel",
             "raw_key": "nb ottilie quennel", "text": "NB Ottilie Quennel", "page": 1,
             "start": 0, "end": 18}
    [linked] = [m for m in relink([first], {1: page}, authority) if m.start == 0]
    assert isinstance(linked, NamedMention)
    assert (linked.kind, linked.key, linked.text) == ("person", "ottilie quennel", "Ottilie Quennel")
    stored = {**first, "kind": linked.kind, "key": linked.key, "text": linked.text,
              **link_fields(linked)}
    assert stored["ner_text"] == "NB Ottilie Quennel" and stored["ner_kind"] == "org"
    [again] = [m for m in relink([stored], {1: page}, authority) if m.start == 0]
    assert (again.kind, again.key, again.text, again.ner_text) == (
        linked.kind, linked.key, linked.text, "NB Ottilie Quennel")


def test_a_name_heading_a_namesake_s_address_is_a_name_they_go_by() -> None:
    from ingest.names import named_by_address
    from search.name_authority import NameAuthority, Person

    people = NameAuthority([Person("grace oduya", "Grace Oduya", named=20),
                            Person("precious oduya", "Precious Oduya", named=10),
                            Person("sam oduya", "Sam Oduya", named=3)])

    def pairs(text: str) -> list[tuple[str, str]]:
        return named_by_address(text, people.find(text))

    assert pairs('To: "Precious ODUYA (CAIT)" <grace.oduya5512@north.example>') == [
        ("precious oduya", "grace oduya")]
    assert pairs("Cc: Sam Oduya <s.oduya@x.example>, Precious Oduya <grace.oduya@x.example>"
                 ) == [("precious oduya", "grace oduya")]
    assert pairs('To: "Grace Oduya" <grace.oduya@x.example>') == []
    assert pairs("Precious Oduya wrote to grace.oduya@x.example about it.") == []
    # A quoted display name in index form.
    assert pairs('Cc: "ODUYA, Precious" <grace.oduya@x.example>') == [
        ("precious oduya", "grace oduya")]
    assert pairs("Cc: ODUYA, Precious <grace.oduya@x.example>") == [  # its quotes dropped
        ("precious oduya", "grace oduya")]
    # A whole page: headers on its first and last lines, an address in the prose between.
    page = ('To: "Precious Oduya" <grace.oduya@x.example>\nPrecious Oduya wrote to '
            "grace.oduya@x.example.\n\nRegards,\nCc: Sam Oduya <s.oduya@x.example>, "
            "Precious Oduya <g.oduya@x.example>")
    assert pairs(page) == [("precious oduya", "grace oduya")] * 2


def test_a_name_heading_the_address_of_a_namesake_with_particles_is_theirs() -> None:
    from ingest.names import named_by_address
    from search.name_authority import NameAuthority, Person

    # The surname's particles spaced in one name and hyphened in the other.
    people = NameAuthority([Person("anne du-pont", "Anne du-Pont", named=20),
                            Person("marthe du pont", "Marthe du Pont", named=10)])
    text = 'To: "Marthe DU PONT" <anne_dupont@north.example>'
    assert named_by_address(text, people.find(text)) == [("marthe du pont", "anne du-pont")]


def test_a_forename_and_patronymic_alone_are_the_person_who_has_them() -> None:
    from collections import Counter

    from ingest.names import authority_of

    forms = {("person", "yelena pavlovna orlova"): Counter({"Yelena Pavlovna Orlova": 4}),
             ("person", "yelena orlova"): Counter({"Yelena Orlova": 12}),
             ("person", "yelena pavlovna"): Counter({"Yelena Pavlovna": 2}),
             ("person", "yelena marchetti"): Counter({"Yelena Marchetti": 5})}
    authority = authority_of(forms)
    assert len(authority.people.people) == 2
    owner = authority.aliases["yelena pavlovna"]
    assert owner == authority.aliases.get("yelena orlova", "yelena orlova")
    assert authority.people.people[owner].named == 18


def test_a_last_given_name_after_the_family_name_is_the_person_who_has_them() -> None:
    from collections import Counter

    from ingest.names import authority_of

    forms = {("person", "siti rahmah ismail"): Counter({"Siti Rahmah Ismail": 9}),
             ("person", "ismail rahmah"): Counter({"RAHMAH Ismail": 2}),
             ("person", "ismail ahmad"): Counter({"Ismail Ahmad": 4})}
    authority = authority_of(forms)
    assert authority.aliases.get("ismail rahmah") == "siti rahmah ismail"
    assert "ismail ahmad" in authority.people.people


def test_batches_relinked_side_by_side_give_what_one_process_gives(
    store, settings, collection, tmp_path,  # noqa: ANN001
) -> None:
    """With a job's workers, the stage relinks a batch per worker (each part's arguments and
    result cross as pickles, as to a pool's process, and the authority as a file each reads
    once): the same records and facets, in order."""
    import dataclasses
    import pickle

    from ingest.job import names as stage
    from ingest.names import gather_authority
    from search import parallel
    from search.indices import Indices
    from search.parallel import shared

    indices = Indices(settings.index_prefix)
    doc_ids = sorted(hit["_id"] for hit in store.search(index=indices.documents, body={
        "size": 100, "query": {"term": {"collection": COLLECTION}}})["hits"]["hits"])
    authority = gather_authority(store, indices, COLLECTION)
    # As before the stage's first run: no facets yet, so each document's are written.
    read = [dataclasses.replace(batch, documents={
        doc_id: {k: v for k, v in doc.items() if k not in stage._NAME_FIELDS}
        for doc_id, doc in batch.documents.items()})
        for batch in stage._read_round(store, indices, [doc_ids[:2], doc_ids[2:4], doc_ids[4:]])]
    parts: list[int] = []

    def across_processes(function, calls):  # noqa: ANN001
        parts.append(len(calls))
        return [pickle.loads(pickle.dumps(function(*pickle.loads(pickle.dumps(args)))))
                for args in calls]

    def written(outcomes) -> list:  # noqa: ANN001
        return [(o.task.doc_id, o.records) for o in outcomes]

    alone = stage._relinked_round(read, authority, "job", indices, None, None)
    with shared(authority, tmp_path) as handle:  # the file each worker reads the authority from
        parallel._READ.clear()  # as a fresh worker: read from the file
        assert written(stage._relinked_round(read, authority, "job", indices, across_processes,
                                             handle)) == written(alone)
    assert not list(tmp_path.iterdir())  # removed after the stage
    assert parts == [3] and len(alone) >= len(FILES)
    people = {name for o in alone for action in o.records
              for name in action.get("doc", {}).get("person", [])}
    assert {"Helen Ashworth", "Robert Lumb"} <= people


def test_pages_read_for_titles_in_parts_give_the_authority_one_process_gives(
    store, settings, collection, tmp_path, monkeypatch,  # noqa: ANN001
) -> None:
    """A large collection's pages with a shared surname are read for titles on the job's
    workers, a run of pages a part (each part's arguments and result cross as pickles, the
    authority as a file): the same people, titles and aliases, merged in the pages' order."""
    import pickle

    import ingest.names as names
    from search import parallel
    from search.indices import Indices
    from search.parallel import Parts

    indices = Indices(settings.index_prefix)
    store.index(index=indices.documents, id="titles-extra", refresh=True, body={
        "collection": COLLECTION, "path": "extra.txt", "content": "x"})  # a shared surname:
    extra = {"doc_id": "titles-extra", "collection": COLLECTION, "page": 1,
             "text": "DS 1204 Paula LUMB and PC 2217 Robert Lumb attended; Mrs Lumb was out."}
    store.index(index=indices.pages, id="titles-extra-1", body=extra, refresh=True)
    store.index(index=indices.mentions, id="titles-extra-m", refresh=True, body={
        "doc_id": "titles-extra", "collection": COLLECTION, "kind": "person", "ner_kind":
        "person", "key": "paula lumb", "raw_key": "paula lumb", "text": "Paula LUMB",
        "wrong": False, "page": 1, "start": 8, "end": 18})
    try:
        alone = names.gather_authority(store, indices, COLLECTION)
        calls: list[int] = []

        def across_processes(function, calls_args):  # noqa: ANN001
            calls.append(len(calls_args))
            parallel._READ.clear()  # as a fresh worker: the authority read from its file
            return [pickle.loads(pickle.dumps(function(*pickle.loads(pickle.dumps(args)))))
                    for args in calls_args]

        monkeypatch.setattr(names, "TITLE_PAGES_A_PART", 1)
        monkeypatch.setattr(names, "TITLE_PARTS", 2)
        in_parts = names.gather_authority(store, indices, COLLECTION,
                                          Parts(across_processes, tmp_path))
    finally:
        for index, doc_id in ((indices.documents, "titles-extra"),
                              (indices.pages, "titles-extra-1"),
                              (indices.mentions, "titles-extra-m")):
            store.delete(index=index, id=doc_id, refresh=True)
    assert calls and set(calls) == {2}  # read in parts of one page, two a round
    assert not list(tmp_path.iterdir())  # the shared file removed afterwards

    def people(authority: names.Authority) -> dict[str, tuple]:
        return {k: (p.display, sorted(p.titles), p.aliases)
                for k, p in authority.people.people.items()}

    assert people(in_parts) == people(alone)
    assert in_parts.aliases == alone.aliases
    assert "ds" in people(alone)["paula lumb"][1]  # the titles were read at all


def test_a_name_with_a_school_s_or_a_firm_s_one_word_after_is_no_person() -> None:
    from ingest.names import _firm_goes_on

    text = "Brackley Moor Academy\nOur ref: A1/22\nHelen Ashworth Police Sergeant"
    assert _firm_goes_on(text, len("Brackley Moor"))
    assert not _firm_goes_on(text, text.index(" Police"))


def test_a_letter_folded_to_one_letter_and_written_with_two_is_one_name() -> None:
    from collections import Counter

    from ingest.names import respelt_names

    # "Barraŋa" is keyed "barrana"; "Barranga" is how a keyboard without the letter writes it.
    written = {"mirri barrana": Counter({"Mirri Barraŋa": 9}),
               "mirri barranga": Counter({"Mirri Barranga": 2}),
               "nyanda marrkanu": Counter({"Nyanda Marrkaŋu": 4})}
    counts = {key: sum(forms.values()) for key, forms in written.items()}
    assert respelt_names(written, counts) == {"mirri barranga": "mirri barrana"}


def test_a_stated_nickname_goes_to_the_person_named_as_the_statement_writes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    import ingest.names as names
    from search.name_authority import NameAuthority, Person

    # 'Tilda "Tilly" Marr' fits Tilda Marr and Tilda Rose Marr: the one written as stated.
    people = NameAuthority([Person("tilda marr", "Tilda Marr", named=3),
                            Person("tilda rose marr", "Tilda Rose Marr", named=9),
                            Person("tilly marr", "Tilly Marr", named=4)])
    authority = names.Authority(people, {}, {}, set())
    page = {"_source": {"text": 'Present: Tilda "Tilly" Marr (YP).'}}
    monkeypatch.setattr(names.helpers, "scan", lambda *_a, **_k: iter([page]))
    names.gather_stated_nicknames(None, SimpleNamespace(pages="pages"), "c", authority)
    assert authority.aliases["tilly marr"] == "tilda marr"


def test_a_namesake_one_letter_from_a_persons_forename_is_no_middle_name_of_theirs() -> None:
    """"Brandon Kell" and a rarer "Brendon Kell" are two people: the commoner one's forename is
    no middle name of the other's, which would make the commoner name the other's."""
    from collections import Counter

    from ingest.names import authority_of

    forms = {("person", "brandon kell"): Counter({"Brandon Kell": 16}),
             ("person", "brendon kell"): Counter({"Brendon Kell": 5}),
             ("person", "kell brendon"): Counter({"Kell Brendon": 3})}
    authority = authority_of(forms)
    people = authority.people.people
    assert {"brandon kell", "brendon kell"} <= set(people)
    assert "brandon" not in people["brendon kell"].middles
    assert "brandon kell" not in authority.aliases
