"""The attacker suite of issue 12: an uncleared reviewer, granted one collection only, probes two
protected names through every route of the API, and each answer is compared with the answer to
the same probe built from a control name of the same shape that appears nowhere.

The premise (checked first): the collection names "Idris Vowkes" (A1) and "Ursula Kesswick" (A2)
in every written form, a cleared admin finds them, and the controls exist nowhere. Then nothing
the reader gets back (status, headers, body, counts, error positions, history) may differ
between a protected name and its control, and no piece of a protected name may show anywhere.
The probes and routes are in attack_probes.py; the collection is in attack_corpus.py.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rapidfuzz.distance import Levenshtein
from typer.testing import CliRunner

from tests.security.attack_corpus import (
    OTHER_PERSON,
    OUTSIDER,
    TWINS,
    everything_written,
    words_of,
    write_bidi_collection,
    write_collection,
    write_other_collection,
)
from tests.security.attack_probes import (
    ROUTES,
    Probe,
    Seen,
    Target,
    comparable,
    forbidden_fragments,
    leaks,
    mask,
    send,
    twin_probes,
)
from tests.security.conftest import client_for

pytestmark = pytest.mark.integration
RUN = os.getpid()
COLLECTION, OTHER, BIDI_COLLECTION = f"attack-{RUN}", f"attack-other-{RUN}", f"attack-bidi-{RUN}"
PROTECTED = [twin.protected for twin in TWINS]
FORBIDDEN = forbidden_fragments(PROTECTED)
ENGINE_WORDS = ("automaton", "determinizing", "too_many_clauses", "opensearch", "lucene",
                "exception", "transporterror", "search_phase_execution", "caused_by", "elasticsearch",
                "traceback")


@dataclass(frozen=True)
class Attack:
    target: Target
    paths: list[str]
    reader: TestClient  # uncleared reviewer, granted COLLECTION only
    admin: TestClient


def _ingest(store, settings, folder: Path, collection: str) -> str:  # noqa: ANN001
    """Ingest a folder in this process, as the security fixtures do; returns the job id."""
    from ingest.job import finish_job, start_job
    from ingest.pipeline import commit_outcomes, process_file

    plan = start_job(store, settings, [folder], collection, mode="local")
    commit_outcomes(store, settings, [process_file(task, settings) for task in plan.tasks])
    finish_job(store, settings, plan.job_id)
    return plan.job_id


def _user(store, indices, settings, name: str, role: str, collections: list[str]) -> str:  # noqa: ANN001
    from search.users import UserStore

    return UserStore(store, indices, settings.secret_key).add(f"{name}-{RUN}", role, collections,
                                                              cleared=False)


@pytest.fixture(scope="module")
def attack(store, indices, settings, sec_app, tokens,  # noqa: ANN001
           tmp_path_factory: pytest.TempPathFactory) -> Attack:
    """The ciphers are added first (the README's CLI), then the files are ingested."""
    from api.cli import app as cli

    for twin in TWINS:
        added = CliRunner().invoke(cli, ["ciphers", "add", COLLECTION, twin.protected, twin.cipher])
        assert added.exit_code == 0, added.output
    root = tmp_path_factory.mktemp("attack")
    paths = write_collection(root / "main")
    _ingest(store, settings, root / "main", COLLECTION)
    write_other_collection(root / "other")
    _ingest(store, settings, root / "other", OTHER)
    write_bidi_collection(root / "bidi")
    _ingest(store, settings, root / "bidi", BIDI_COLLECTION)
    admin = client_for(sec_app, tokens["admin"])
    hits = admin.get("/api/search", params={"collection": COLLECTION, "size": 50}).json()["hits"]
    statement = next(h["id"] for h in hits if h["path"].endswith("statement-1997.txt"))
    reader = client_for(sec_app, _user(store, indices, settings, "attacker", "reviewer",
                                       [COLLECTION]))
    return Attack(Target(COLLECTION, statement), paths, reader, admin)


# ---------------------------------------------------------------- the premise


def test_the_collection_is_what_the_attack_needs(attack: Attack) -> None:
    written = everything_written()
    words = set(words_of(written)) - {w for name in PROTECTED for w in words_of(name)}
    names = [w for twin in TWINS for w in words_of(twin.protected + " " + twin.control)]
    for word in words:
        assert all(word[:2] != name[:2] for name in names), word
        assert all(Levenshtein.distance(word, name) > 2 for name in names), word
        assert not leaks(word, FORBIDDEN), word
    for twin in TWINS:
        assert twin.control.lower() not in written.lower()
        assert not any(p[:2] in (w[:2] for w in words_of(twin.control)) for p in words)
        assert [len(w) for w in twin.protected.split()] == [len(w) for w in twin.control.split()]
    # A cleared admin finds each protected name, and the uncleared reader finds its cipher.
    for twin in TWINS:
        last = twin.protected.split()[1]
        found = attack.admin.get("/api/search", params={"q": last, "collection": COLLECTION})
        assert found.json()["total"] >= 4, found.text
        ciphered = attack.reader.get("/api/search", params={"q": twin.cipher})
        assert ciphered.json()["total"] >= 1, ciphered.text


# ---------------------------------------------------------------- the twin replay


REPLAYED: dict[str, list[tuple[Probe, Probe, Seen, Seen]]] = {}


def _replayed(route: str, attack: Attack) -> list[tuple[Probe, Probe, Seen, Seen]]:
    """Every twin probe through one route (sent once, shared by the tests of this route). The
    search gets every probe; the other routes each family's core (see attack_probes)."""
    if route not in REPLAYED:
        names_only = ROUTES[route][1]
        pairs = [pair for twin in TWINS
                 for pair in twin_probes(twin.protected, twin.control, every=route == "search q")
                 if pair[0].name_like or not names_only]
        with ThreadPoolExecutor(4) as pool:  # the answers wait on OpenSearch, not on Python
            answers = list(pool.map(lambda probe: send(route, attack.reader, probe, attack.target),
                                    [probe for pair in pairs for probe in pair]))
        REPLAYED[route] = [(mine, theirs, answers[2 * i], answers[2 * i + 1])
                           for i, (mine, theirs) in enumerate(pairs)]
    return REPLAYED[route]


def _differences(seen: list[tuple[Probe, Probe, Seen, Seen]]) -> list[str]:
    found = []
    for mine, theirs, answer, twin_answer in seen:
        left = comparable(answer, [mine.text], mine.coarse)
        right = comparable(twin_answer, [theirs.text], theirs.coarse)
        if left != right:
            found.append(f"{mine.label}: {mine.text!r} -> {answer.status} {answer.body[:160]!r}"
                         f"  vs  {theirs.text!r} -> {twin_answer.status} {twin_answer.body[:160]!r}")
    return found


@pytest.mark.parametrize("route", list(ROUTES))
def test_a_protected_name_answers_like_its_control(attack: Attack, route: str) -> None:
    differences = _differences(_replayed(route, attack))
    assert not differences, (f"{len(differences)} probes tell a protected name from its "
                             "control:\n" + "\n".join(differences[:12]))


@pytest.mark.parametrize("route", list(ROUTES))
def test_no_piece_of_a_protected_name_in_any_answer(attack: Attack, route: str) -> None:
    found = []
    for mine, _theirs, answer, _twin in _replayed(route, attack):
        shown = mask(answer.body + "\n" + str(answer.headers), [mine.text])
        for fragment in leaks(shown, FORBIDDEN):
            found.append(f"{mine.label}: {mine.text!r} shows {fragment!r} in "
                         f"{_around(shown, fragment)!r}")
        engine = [w for w in ENGINE_WORDS if w in shown.lower()]
        if engine:
            found.append(f"{mine.label}: {mine.text[:40]!r} shows engine text {engine}")
    assert not found, f"{len(found)} answers leak:\n" + "\n".join(found[:12])


def _around(text: str, fragment: str) -> str:
    from tests.security.attack_probes import fold

    at = fold(text).find(fragment)
    return text[max(0, at - 60): at + 60]
