"""The twenty-fourth set's self-check: the manifest against the files, the scorer against the truth,
and nothing of the earlier sets recurring.

    python -m bench.names_eval24.selfcheck [--corpus /tmp/names-eval24-corpus]

No Docket is involved. It runs the twenty-second set's self-check on this set, by the same
imports:
- the third set's: every written form, ambiguous mention, code and non-person of a document
  occurs in its text (the truth text the generator kept, checked against its SHA-256) and, for
  born-digital files, in the text that pypdfium2, python-docx or the e-mail parser read from the
  file itself; each measured form is the person's only form in at least 25 documents;
- the fourth set's: each decoy is named in full (every word of forename and surname), and only
  in full forms, in every document that names them, in at least 5 documents;
- the fifth set's: the married surname is used only on or after the marriage, and the files
  state the link between each person's two names (the old surname beside the new one, and
  "also known as") in at least three documents each;
- the second set's checks of the scorer: a perfect system scores 1.0 everywhere, a system
  linking the ambiguous mentions is caught, the first set's judge accepts every written form as
  naming its person and none as a full form of someone else;
then the twenty-second set's check of freshness (by import, bound to this set's names and to
sets 1-23): no person, surname, street, building, firm, organisation, town, force, council or
operation of this set occurs among the folded words of the earlier names and cases sets' code
and READMEs (`bench/names_eval`, `bench/names_eval2` .. `bench/names_eval23` and the same of
`bench/cases_eval`);
and this set's own: every OCR mention is one slip of this set's three kinds, only in an old text
layer; no vehicle, animal, place, building, heading, label, lone title, stranger's forename or
child's code holds a word of a cast member's name; each decoy is one letter from the person
they resemble.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.names_eval2.selfcheck import run_self_check
from bench.names_eval3.selfcheck import check_counts, check_texts
from bench.names_eval4.selfcheck import check_decoys
from bench.names_eval5.selfcheck import check_links
from bench.names_eval10.reuse import bound
from bench.names_eval22 import selfcheck as twentysecond
from bench.names_eval24 import templates
from bench.names_eval24.cast import CAST, COUNCIL, FORCE, OPERATIONS, TOWN, folded
from bench.names_eval24.forms import _CARON, _HOOK_ABOVE, _INVERTED_BREVE

# Words that name no one and nothing in particular: kinds of street, building and firm, and the
# particles of a name ("Le", and the "Y" and "H'" before an Ede man's and woman's name).
GENERIC = {
    "lane", "road", "close", "mews", "terrace", "walk", "crescent", "avenue", "street", "hill",
    "ln", "rd", "cr", "av", "st", "tce", "court", "house", "tower", "ct", "ho", "twr",
    "lodge", "childrens", "home", "general", "hospital", "boarding", "kennels", "flying",
    "club", "market", "hall", "angling", "tanning", "salon", "fc", "high", "school", "chippy",
    "pawn", "shop", "vape", "solicitors", "borough", "council", "constabulary",
    "and", "operation", "the", "of", "s", "le", "y", "h",
}

# The sets before this one: the first (no number) to the twenty-third, of names and of cases.
EARLIER = [f"{kind}_eval{number}" for kind in ("names", "cases")
           for number in ("", *(str(n) for n in range(2, 24)))]


def _names_to_check() -> dict[str, list[str]]:
    people = [p.canonical for p in CAST]
    surnames = sorted({w for p in CAST for name in (p.surname, p.married) if name
                       for w in folded(name).split()})
    places = [*templates.STREETS, *templates.STREETS_SHORT, *templates.BUILDINGS,
              *templates.BUILDINGS_SHORT, templates.HOME, templates.HOSPITAL]
    firms = [*templates.FIRMS, templates.MARKET, templates.LAW_FIRM, templates.SCHOOL]
    return {"person": people, "surname": surnames, "street or building": places,
            "firm": firms, "town, force, council or operation": [TOWN, FORCE, COUNCIL,
                                                                 *OPERATIONS]}


# The twenty-second set's check of freshness, over sets 1-23 and this set's names.
earlier_words = bound(twentysecond.earlier_words, EARLIER=EARLIER)
check_fresh = bound(twentysecond.check_fresh, earlier_words=earlier_words,
                    _names_to_check=_names_to_check, GENERIC=GENERIC, folded=folded)


# This set's own checks, beside the imported ones.
_SLIPS = {**{v: k for k, v in _HOOK_ABOVE.items()}, **{v: k for k, v in _CARON.items()},
          **{v: k for k, v in _INVERTED_BREVE.items()}}
# Non-persons that must never hold a word of anyone's name (firms and organisations may: a
# business is named after its owner).
_NAMELESS_KINDS = ("animal", "vehicle", "place", "building", "heading", "label", "title",
                   "forename")


def _one_slip(written: str, canonical: str) -> bool:
    """Whether `written` is `canonical` with exactly one letter read as one of this set's
    slips."""
    if len(written) != len(canonical):
        return False
    diffs = [(a, b) for a, b in zip(written, canonical, strict=True) if a != b]
    return len(diffs) == 1 and _SLIPS.get(diffs[0][0]) == diffs[0][1]


def check_ocr(manifest: dict) -> list[str]:
    """Every OCR form is one slip of this set's kinds, only in a text file or born-digital PDF
    dated before 2009."""
    bad = total = 0
    for doc in manifest["documents"]:
        for canonical, entry in doc["people"].items():
            if "ocr" not in entry["forms"]:
                continue
            total += 1
            slipped = any(_one_slip(w, canonical) for w in entry["written"])
            allowed = doc["format"] in ("txt", "pdf") and not doc["scan"] \
                and int(doc["date"][:4]) < 2009
            bad += not (slipped and allowed)
    return [f"{'ok  ' if total and not bad else 'FAIL'} ocr: {total - bad} of {total} OCR "
            f"mentions are one slip of this set's kinds, in an old text layer"]


def check_nameless(manifest: dict) -> list[str]:
    """No vehicle, animal, place, building, heading, label, lone title or stranger's forename,
    and no child's code, holds a word of a cast member's name."""
    words = {w for p in CAST for name in (p.forename, p.surname, p.married, p.nickname,
                                          p.alias, p.given, p.middle) if name
             for w in folded(name).split() if len(w) > 2}
    texts = {n["text"] for d in manifest["documents"] for n in d["non_persons"]
             if n["kind"] in _NAMELESS_KINDS}
    texts |= {c["code"] for d in manifest["documents"] for c in d["codes"]}
    clashing = sorted(t for t in texts if words & set(folded(t).replace(".", " ").split()))
    return [f"{'ok  ' if not clashing else 'FAIL'} nameless: {len(clashing)} of {len(texts)} "
            f"non-person texts and codes hold a word of a cast member's name"]


def _distance_one(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def check_decoy_distance() -> list[str]:
    """Each decoy is one letter from the cast member they resemble, in the forename (keeping
    its first letter) or the surname."""
    decoys = [p for p in CAST if p.decoy_of]
    by_name = {p.canonical: p for p in CAST}
    good = sum(_distance_one(d.canonical, d.decoy_of)
               and d.forename[0] == by_name[d.decoy_of].forename[0] for d in decoys)
    return [f"{'ok  ' if good == len(decoys) else 'FAIL'} decoys: {good} of {len(decoys)} "
            f"are one letter from the person they resemble"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval24-corpus"))
    args = parser.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    lines = [*check_texts(args.corpus, manifest), *check_counts(manifest),
             *check_decoys(manifest), *check_links(manifest), run_self_check(manifest),
             *check_fresh(), *check_ocr(manifest), *check_nameless(manifest),
             *check_decoy_distance()]
    result = "\n".join(lines)
    print(result)
    passed = sum(line.startswith("ok") for line in result.splitlines())
    total = len(result.splitlines())
    print(f"\nself-check: {passed} of {total} checks pass")
    if "FAIL" in result:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
