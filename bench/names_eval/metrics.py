"""The figures of the names evaluation, from the manifest and the API's answers (no I/O here).

Recall is counted per person over the documents that name them in a measured form (a lone
forename or an anonymised code does not count), and per written form over the documents where
that form is the person's only form.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from statistics import mean
from typing import Any

from bench.names_eval.judge import Judge

QUERIES = ("person", "phrase", "surname")
LINK_MIN_SHARED = 3
TOP_PARTNERS = 5


def _found(answer: dict[str, Any], paths: set[str]) -> set[str]:
    return {h["path"] for h in answer["hits"] if h.get("path") in paths}


def _named(manifest: dict[str, Any]) -> dict[str, set[str]]:
    """Per person, the documents that name them in a measured form."""
    named: dict[str, set[str]] = {p["canonical"]: set() for p in manifest["people"]}
    for doc in manifest["documents"]:
        for name, entry in doc["people"].items():
            if set(entry["forms"]) - {"forename"}:
                named[name].add(doc["path"])
    return named


def per_person(manifest: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    paths = {d["path"] for d in manifest["documents"]}
    named = _named(manifest)
    out = {}
    for name, docs in named.items():
        got = {q: _found(answers["people"][name][q], paths) for q in QUERIES}
        person_hits = got["person"]
        out[name] = {
            "documents": len(docs),
            **{f"recall_{q}": round(len(got[q] & docs) / len(docs), 3) for q in QUERIES},
            "person_false_positives": len(person_hits - docs),
            "phrase_not_person": sorted((got["phrase"] & docs) - person_hits),
        }
    return out


def per_form(manifest: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """Recall of each query per written form, over documents where it is the only form."""
    paths = {d["path"] for d in manifest["documents"]}
    found = {name: {q: _found(a[q], paths) for q in QUERIES}
             for name, a in answers["people"].items()}
    tally: dict[str, Counter[str]] = {f: Counter() for f in manifest["forms"]}
    for doc in manifest["documents"]:
        for name, entry in doc["people"].items():
            form = entry["only_form"]
            if not form:
                continue
            counts = tally[form]
            counts["documents"] += 1
            counts["scans"] += doc["scan"]
            for q in QUERIES:
                hit = doc["path"] in found[name][q]
                counts[q] += hit
                if q == "person" and doc["scan"]:
                    counts["person_scans"] += hit
    return {form: {"documents": c["documents"],
                   **{f"recall_{q}": _ratio(c[q], c["documents"]) for q in QUERIES},
                   "recall_person_born_digital": _ratio(c["person"] - c["person_scans"],
                                                        c["documents"] - c["scans"]),
                   "recall_person_scans": _ratio(c["person_scans"], c["scans"])}
            for form, c in tally.items()}


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def decoys(manifest: dict[str, Any], answers: dict[str, Any]) -> list[dict[str, Any]]:
    """Per decoy pair: one's documents (without the other) returned by person: for the other."""
    paths = {d["path"] for d in manifest["documents"]}
    named = _named(manifest)
    rows = []
    for person in manifest["people"]:
        decoy, real = person["canonical"], person["decoy_of"]
        if not real:
            continue
        for_real = _found(answers["people"][real]["person"], paths)
        for_decoy = _found(answers["people"][decoy]["person"], paths)
        rows.append({"real": real, "decoy": decoy,
                     "decoy_docs_in_real_search": len((named[decoy] - named[real]) & for_real),
                     "real_docs_in_decoy_search": len((named[real] - named[decoy]) & for_decoy)})
    return rows


def chips(manifest: dict[str, Any], answers: dict[str, Any], judge: Judge) -> dict[str, Any]:
    """The person chips of every document, judged against that document's people."""
    by_path = {d["path"]: d for d in manifest["documents"]}
    verdicts: Counter[str] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    as_other_kind: Counter[tuple[str, str]] = Counter()
    for hit in answers["all"]["hits"]:
        doc = by_path.get(hit.get("path", ""))
        if doc is None:
            continue
        among = list(doc["people"])
        values = hit.get("entities", {}).get("person", [])
        people_with_full = {judge.names(v, among)[1] for v in values
                            if judge.names(v, among)[0] in ("full", "titled")}
        for value in values:
            verdict, who = judge.names(value, among)
            if verdict == "fragment" and who in people_with_full:
                verdict = "fragment_next_to_full_name"
            verdicts[verdict] += 1
            if verdict == "wrong":
                wrong[(judge.wrong_kind(value), value)] += 1
        for kind in ("org", "place"):
            for value in hit.get("entities", {}).get(kind, []):
                verdict = judge.names(value, among)[0]
                if verdict != "wrong":
                    as_other_kind[(f"{kind}, {verdict}", value)] += 1
    return _chip_summary(verdicts, wrong, as_other_kind)


def _chip_summary(verdicts: Counter[str], wrong: Counter[tuple[str, str]],
                  as_other_kind: Counter[tuple[str, str]]) -> dict[str, Any]:
    total = sum(verdicts.values())
    right = verdicts["full"] + verdicts["titled"] + verdicts["fragment"]
    by_kind: Counter[str] = Counter()
    for (kind, _), n in wrong.items():
        by_kind[kind] += n
    return {
        "chips": total, "verdicts": dict(verdicts),
        "precision": _ratio(right, total),
        "precision_full_names_only": _ratio(verdicts["full"] + verdicts["titled"], total),
        "wrong_by_kind": dict(by_kind),
        "wrong_examples": [f"{v} ({k}) x{n}" for (k, v), n in wrong.most_common(25)],
        "person_names_as_org_or_place": sum(as_other_kind.values()),
        "person_names_as_org_or_place_examples": [f"{v} as {k} x{n}" for (k, v), n
                                                  in as_other_kind.most_common(10)],
    }


def facets(answers: dict[str, Any], judge: Judge) -> dict[str, Any]:
    """The person facet values seen on every search of the run, judged over the collection."""
    seen: dict[str, int] = {}
    for answer in [answers["all"], *(a[q] for a in answers["people"].values() for q in QUERIES)]:
        for item in answer["facets"].get("person", []):
            seen[item["value"]] = max(seen.get(item["value"], 0), item["count"])
    verdicts = {value: judge.names(value)[0] for value in seen}
    right = [v for v, verdict in verdicts.items() if verdict in ("full", "titled")]
    wrong = sorted((v for v, verdict in verdicts.items() if verdict == "wrong"),
                   key=lambda v: -seen[v])
    other = answers["all"]["facets"]
    persons_elsewhere = [f"{item['value']} ({kind}, {judge.names(item['value'])[0]})"
                         for kind in ("org", "place") for item in other.get(kind, [])
                         if judge.names(item["value"])[0] != "wrong"]
    fragments = [v for v, verdict in verdicts.items() if verdict == "fragment"]
    return {
        "values": len(seen),
        "precision": _ratio(len(right) + len(fragments), len(seen)),
        "precision_full_names_only": _ratio(len(right), len(seen)),
        "fragments": sorted(fragments),
        "wrong": [f"{v} ({judge.wrong_kind(v)})" for v in wrong],
        "top_person_facet": [f"{i['value']} {i['count']}" for i in other.get("person", [])],
        "persons_in_org_or_place_facet": persons_elsewhere,
    }


def linked(manifest: dict[str, Any], answers: dict[str, Any], judge: Judge) -> dict[str, Any]:
    """Whether people who share documents appear in each other's linked names."""
    named = _named(manifest)
    shown: dict[str, set[str]] = {}
    pages = {}
    for name, answer in answers["people"].items():
        page = answer["entity"] or {}
        texts = [c["text"] for c in page.get("cooccurring", []) if c.get("kind") == "person"]
        shown[name] = {who for t in texts for verdict, who in [judge.names(t)]
                       if verdict in ("full", "titled")}
        listed = {d.get("path") for d in page.get("documents", [])}
        pages[name] = {"entity": page.get("text"), "variants": len(page.get("variants", [])),
                       "documents": page.get("document_count"), "named_in": len(named[name]),
                       "listed_documents_that_name_them": len(listed & named[name]),
                       "listed_documents_that_do_not": len(listed - named[name])}
    pairs = [(a, b) for a, b in combinations(named, 2) if len(named[a] & named[b]) >= LINK_MIN_SHARED]
    both = [p for p in pairs if p[1] in shown[p[0]] and p[0] in shown[p[1]]]
    either = [p for p in pairs if p[1] in shown[p[0]] or p[0] in shown[p[1]]]
    top_total = top_shown = 0
    for name in named:
        partners = sorted((b for b in named if b != name), key=lambda b: -len(named[name] & named[b]))
        for partner in partners[:TOP_PARTNERS]:
            top_total += 1
            top_shown += partner in shown[name]
    listed_recall = [p["listed_documents_that_name_them"] / p["named_in"] for p in pages.values()]
    return {"pairs_sharing_3_or_more": len(pairs), "shown_both_ways": _ratio(len(both), len(pairs)),
            "entity_page_documents_recall_mean": round(mean(listed_recall), 3),
            "entity_page_documents_not_naming_them": sum(p["listed_documents_that_do_not"]
                                                         for p in pages.values()),
            "shown_one_way_at_least": _ratio(len(either), len(pairs)),
            "top5_partners_shown": _ratio(top_shown, top_total), "entity_pages": pages}


def score(manifest: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    judge = Judge(manifest)
    people = per_person(manifest, answers)
    recalls = [p["recall_person"] for p in people.values()]
    fewer = {n: p["phrase_not_person"] for n, p in people.items() if p["phrase_not_person"]}
    decoy_rows = decoys(manifest, answers)
    paths = {d["path"] for d in manifest["documents"]}
    return {
        "summary": {
            "documents_indexed": len({h["path"] for h in answers["all"]["hits"]} & paths),
            "people": len(people),
            "recall_person_min": min(recalls), "recall_person_mean": round(mean(recalls), 3),
            "people_found_everywhere": sum(r == 1.0 for r in recalls),
            "people_found_nowhere": sum(r == 0.0 for r in recalls),
            "people_where_phrase_finds_more_than_person": len(fewer),
            "decoy_pairs_merged": sum(bool(r["decoy_docs_in_real_search"] or
                                           r["real_docs_in_decoy_search"]) for r in decoy_rows),
        },
        "per_form": per_form(manifest, answers),
        "per_person": people,
        "phrase_finds_more": fewer,
        "decoys": decoy_rows,
        "chips": chips(manifest, answers, judge),
        "facets": facets(answers, judge),
        "linked_names": linked(manifest, answers, judge),
    }


def table(report: dict[str, Any]) -> str:
    """The report as text: summary, per form, per person, chips, facets, linked names."""
    lines = ["== summary =="] + [f"{k:45} {v}" for k, v in report["summary"].items()]
    lines += ["", "== recall per written form (documents where it is the person's only form) ==",
              f"{'form':15} {'docs':>5} {'person:':>8} {'phrase':>7} {'surname':>8} "
              f"{'person: digital':>16} {'person: scans':>14}"]
    for form, row in report["per_form"].items():
        lines.append(f"{form:15} {row['documents']:>5} {_fmt(row['recall_person']):>8} "
                     f"{_fmt(row['recall_phrase']):>7} {_fmt(row['recall_surname']):>8} "
                     f"{_fmt(row['recall_person_born_digital']):>16} "
                     f"{_fmt(row['recall_person_scans']):>14}")
    lines += ["", "== recall per person ==",
              f"{'person':24} {'docs':>5} {'person:':>8} {'phrase':>7} {'surname':>8} {'FP':>4}"]
    for name, row in sorted(report["per_person"].items(), key=lambda kv: kv[1]["recall_person"]):
        lines.append(f"{name:24} {row['documents']:>5} {row['recall_person']:>8} "
                     f"{row['recall_phrase']:>7} {row['recall_surname']:>8} "
                     f"{row['person_false_positives']:>4}")
    lines += ["", "== decoys (documents of one returned by person: for the other) =="]
    lines += [f"{r['real']} / {r['decoy']}: {r['decoy_docs_in_real_search']} / "
              f"{r['real_docs_in_decoy_search']}" for r in report["decoys"]]
    lines += _chip_lines(report)
    return "\n".join(lines)


def _chip_lines(report: dict[str, Any]) -> list[str]:
    c, f, link = report["chips"], report["facets"], report["linked_names"]
    return ["", "== person chips on every document ==",
            f"chips {c['chips']}  precision {c['precision']}  (full names only "
            f"{c['precision_full_names_only']})  verdicts {c['verdicts']}",
            f"wrong by kind {c['wrong_by_kind']}",
            "most frequent wrong: " + "; ".join(c["wrong_examples"][:15]),
            f"person names shown as org/place chips: {c['person_names_as_org_or_place']} "
            f"({'; '.join(c['person_names_as_org_or_place_examples'][:6])})",
            "", "== person facet (values seen on every search of the run) ==",
            f"values {f['values']}  precision {f['precision']}  (full names only "
            f"{f['precision_full_names_only']})  lone forenames or surnames {len(f['fragments'])}",
            "wrong: " + "; ".join(f["wrong"][:20]),
            "persons in org/place facet: " + "; ".join(f["persons_in_org_or_place_facet"]),
            "", "== linked names (entity page co-occurring people) ==",
            f"pairs sharing >= {LINK_MIN_SHARED} documents {link['pairs_sharing_3_or_more']}: "
            f"both ways {link['shown_both_ways']}, one way at least "
            f"{link['shown_one_way_at_least']}; top {TOP_PARTNERS} partners shown "
            f"{link['top5_partners_shown']}",
            f"entity page of each person: documents listed that name them (mean share) "
            f"{link['entity_page_documents_recall_mean']}, documents listed that do not "
            f"{link['entity_page_documents_not_naming_them']}"]


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
