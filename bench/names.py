"""Measure entity extraction and name matching on generated, labelled sets (no OpenSearch).

    python bench/names.py [--seed 7] [--count 300] [--model en_core_web_sm]

Prints three tables:
1. pattern entities (ingest.patterns) per kind: precision and recall, positives plus near-miss
   decoys;
2. people, organisations and places: spaCy alone against spaCy + Docket's rules
   (ingest.entities.find_mentions), and recall per written form of a person's name;
3. name matching (search.variants): how often a variant of a name is matched to it, and how
   often two different people are.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.entity_sets import (  # noqa: E402
    FORENAMES,
    PERSON_FORMS,
    SURNAMES,
    Labelled,
    ner_set,
    pattern_set,
    person_form,
)
from ingest.entities import LABELS, find_mentions, load_nlp  # noqa: E402
from ingest.model import Page  # noqa: E402
from ingest.patterns import find_patterns  # noqa: E402
from search.entity_kinds import PATTERN_KINDS  # noqa: E402
from search.names import entity_key, person_key  # noqa: E402
from search.variants import closeness  # noqa: E402

SAME = ("exact", "phonetic", "nickname", "initial", "ocr")
Scores = dict[str, Counter[str]]


def _score(scores: Scores, kinds: tuple[str, ...], gold: frozenset, found: set) -> None:
    for kind in kinds:
        g = {k for k in gold if k[0] == kind}
        f = {k for k in found if k[0] == kind}
        scores[kind].update(tp=len(g & f), fp=len(f - g), fn=len(g - f))


def _row(name: str, c: Counter[str]) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return f"{name:<22}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}{p:>10.3f}{r:>8.3f}"


def _table(title: str, scores: Scores) -> None:
    print(f"\n{title}\n{'type':<22}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>10}{'recall':>8}")
    for name, counts in scores.items():
        print(_row(name, counts))
    print(_row("all", sum(scores.values(), Counter())))


def pattern_scores(items: list[Labelled]) -> Scores:
    scores: Scores = {k: Counter() for k in PATTERN_KINDS}
    for item in items:
        _score(scores, PATTERN_KINDS, item.gold, {(m.kind, m.key) for m in find_patterns(item.text)})
    return scores


def _norm(kind: str, key: str) -> tuple[str, str]:
    return kind, key.removeprefix("the ") if kind == "org" else key


def ner_scores(model: str, seed: int, count: int) -> tuple[Scores, Scores, Counter[str]]:
    nlp = load_nlp(model)
    kinds = ("person", "org", "place")
    spacy_only: Scores = {k: Counter() for k in kinds}
    docket: Scores = {k: Counter() for k in kinds}
    by_form: Counter[str] = Counter()
    items = ner_set(seed, count)
    docs = nlp.pipe(item.text for item, _forms in items)
    for (item, forms), doc in zip(items, docs, strict=True):
        gold = frozenset(_norm(k, v) for k, v in item.gold)
        plain = {_norm(LABELS[e.label_], entity_key(LABELS[e.label_], e.text)) for e in doc.ents
                 if LABELS.get(e.label_) in kinds}
        _score(spacy_only, kinds, gold, plain)
        mentions = find_mentions([Page(1, item.text)], nlp, 100_000)
        found = {_norm(m.kind, getattr(m, "raw_key", m.key)) for m in mentions}
        _score(docket, kinds, gold, found)
        for key, form in forms.items():
            by_form[f"{form}:total"] += 1
            by_form[f"{form}:found"] += ("person", key) in found
    return spacy_only, docket, by_form


def matching_scores(seed: int, people: int = 200) -> tuple[Counter[str], Counter[str]]:
    """Variant -> its own name (recall per form) and two different people (false matches)."""
    rng = random.Random(seed)
    per_form: Counter[str] = Counter()
    false = Counter[str]()
    for _ in range(people):
        forename, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
        canonical = person_key(f"{forename} {surname}")
        for form in PERSON_FORMS:
            match = closeness(canonical, person_key(person_form(rng, forename, surname, form)))
            per_form[f"{form}:total"] += 1
            per_form[f"{form}:matched"] += match in SAME
        other = person_key(f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}")
        if other != canonical:
            false["pairs"] += 1
            false["matched"] += closeness(canonical, other) in SAME
    return per_form, false


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=300, help="sentences in the NER set")
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args()
    _table("Pattern entities (generated positives + near-miss decoys)",
           pattern_scores(pattern_set(args.seed)))
    spacy_only, docket, by_form = ner_scores(args.model, args.seed, args.count)
    _table(f"spaCy {args.model} alone", spacy_only)
    _table("spaCy + Docket rules (find_mentions)", docket)
    print(f"\n{'person form':<22}{'found':>8}{'of':>6}{'recall':>8}")
    for form in PERSON_FORMS:
        total = by_form[f"{form}:total"]
        found = by_form[f"{form}:found"]
        print(f"{form:<22}{found:>8}{total:>6}{found / max(total, 1):>8.3f}")
    per_form, false = matching_scores(args.seed)
    print(f"\n{'name matching':<22}{'matched':>8}{'of':>6}{'rate':>8}")
    for form in PERSON_FORMS:
        total = per_form[f"{form}:total"]
        print(f"{form:<22}{per_form[f'{form}:matched']:>8}{total:>6}"
              f"{per_form[f'{form}:matched'] / max(total, 1):>8.3f}")
    print(f"{'different people':<22}{false['matched']:>8}{false['pairs']:>6}"
          f"{false['matched'] / max(false['pairs'], 1):>8.3f}  (false matches)")


if __name__ == "__main__":
    main()
