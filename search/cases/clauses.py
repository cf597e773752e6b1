"""What a sentence's grammar says a named person did or had done to them, read from spaCy's
dependency parse where the sentence is prose: "Jason Holt (aged 34) was detained at his home
and arrested for rape" (the name is the passive subject of "detained", and "arrested" shares
it), "Officers arrested Jason Holt" (the name is the object of an active "arrested"), "was
interviewed under caution", "was charged with". The words alone do not say who was arrested:
"Jason Holt arrested Ruth Lister" makes Holt the officer; "I told Jason Holt that I was
arresting him" arrests nobody named. A verb with a negation ("was not arrested") says nothing.

Log entries and form fields ("HOLT, Jason: arrested 12-Mar-2003", "ARREST 12.3.2003: Jason
HOLT") are not prose and are read by search.cases.roles; this is the reading of the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from config import get_settings

# Verbs whose passive subject, or active object, is the person they were done to, and what each
# says: arrested, charged, summonsed, remanded, convicted; "interviewed" only under caution.
_SUSPECT_LEMMAS = {"arrest": "arrested", "rearrest": "arrested", "charge": "charged",
                   "summons": "summonsed", "summon": "summonsed", "remand": "remanded",
                   "convict": "convicted", "apprehend": "arrested",
                   "interview": "interviewed under caution",
                   "question": "interviewed under caution"}
# Verbs that say it only with their particle or preposition: "took X into custody" (arrested),
# "picked X out" of an album or a parade, "identified X from a photograph" (named by the
# person who picked them; an officer's "identified" alone says nothing).
_PHRASAL = {"take": ("into", {"custody"}, "arrested"), "pick": ("out", set(), "picked out"),
            "identify": ("from", {"photograph", "album", "parade", "line", "lineup", "video",
                                  "still", "image", "picture"}, "picked out")}
# Sentences worth parsing: they hold one of those verbs.
_WORTH_PARSING = re.compile(r"\b(?:re-?)?arrest|\bapprehend|\bcharg|\bsummons|\bremand|\bconvict|"
                            r"\b(?:interview|question)\w*\b[^.;]{0,40}\bunder caution|"
                            r"\binto custody\b|\bpick(?:ed|s)? (?:\w+ ){0,5}?out\b|\bidentif",
                            re.IGNORECASE)
# Asides in brackets ("[interpreter: Portuguese]", "(born Leeds)") are blanked before parsing,
# offsets kept: they are no part of the clause and split a name from its verb.
_ASIDE = re.compile(r"\[[^\[\]\n]{0,60}\]|\([^()\n]{0,60}\)")
_SUBJECTS = ("nsubjpass", "nsubj")


@lru_cache(maxsize=1)
def _nlp() -> Language:
    # The tagger and parser only: the names are already found.
    return spacy.load(get_settings().spacy_model, exclude=["ner"])


@lru_cache(maxsize=4096)
def _parsed(sentence: str) -> Doc:
    return _nlp()(sentence)


def _under_caution(verb: Token) -> bool:
    return any(child.dep_ == "prep" and child.lower_ == "under"
               and any(c.lower_ == "caution" for c in child.children) for child in verb.children)


def _phrasal(verb: Token) -> str | None:
    """What a verb says with its particle or preposition (``_PHRASAL``), or None."""
    word, objects, says = _PHRASAL.get(verb.lemma_.lower(), ("", set(), ""))
    for child in verb.children:
        if child.lower_ == word and child.dep_ == "prt" and not objects:
            return says
        if child.lower_ == word and child.dep_ == "prep" and any(
                c.dep_ == "pobj" and c.lemma_.lower() in objects for c in child.children):
            return says
    return None


def _says(verb: Token) -> str | None:
    """What a verb says was done to its person, or None (another verb, or negated)."""
    found = _SUSPECT_LEMMAS.get(verb.lemma_.lower()) or _phrasal(verb)
    if found is None or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "neg" for c in verb.children):
        return None
    if found.startswith("interviewed") and not _under_caution(verb):
        return None
    return found


def _sharing(verb: Token) -> list[Token]:
    """The verb and the verbs joined to it that take its subject ("was detained ... and
    arrested"): conjuncts with no subject of their own."""
    found = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(
                c.dep_ in _SUBJECTS for c in child.children):
            found += _sharing(child)
    return found


def _passive(verb: Token) -> bool:
    return any(child.dep_ == "auxpass" for child in verb.children)


def _done_to(name: Span) -> str | None:
    """What was done to the person: the verbs it is the passive subject of (and those sharing
    it), the passive verbs its active verb is joined to ("came in and was interviewed under
    caution"), or the active verb it is the object of."""
    root = name.root
    if root.dep_ == "nsubjpass":
        verbs = _sharing(root.head)
    elif root.dep_ == "nsubj":
        verbs = [verb for verb in _sharing(root.head) if _passive(verb)]
    elif root.dep_ == "dobj" and not _passive(root.head):
        verbs = [root.head]
    else:
        return None
    return next((found for verb in verbs if (found := _says(verb))), None)


def suspect_by_grammar(sentence: str, start: int, end: int) -> str | None:
    """What the sentence says was done to the person written at ``start``-``end`` that makes
    them a suspect ("arrested", "charged", "interviewed under caution"), or None."""
    if not _WORTH_PARSING.search(sentence):
        return None
    blanked = _ASIDE.sub(lambda m: " " * len(m.group()) if not (
        m.start() < end and m.end() > start) else m.group(), sentence)
    doc = _parsed(blanked)
    name = doc.char_span(start, end, alignment_mode="expand")
    return _done_to(name) if name is not None and len(name) else None
