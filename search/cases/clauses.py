"""What a sentence's grammar says a named person did or had done to them, read from spaCy's
dependency parse where the sentence is prose: "Jason Holt (aged 34) was detained at his home
and arrested for rape" (the name is the passive subject of "detained", and "arrested" shares
it), "Officers arrested Jason Holt" (the name is the object of an active "arrested"), "was
interviewed under caution", "was charged with". The words alone do not say who was arrested:
"Jason Holt arrested Ruth Lister" makes Holt the officer; "I told Jason Holt that I was
arresting him" arrests nobody named. A verb with a negation ("was not arrested") says nothing.

Log entries and form fields ("HOLT, Jason: arrested 12-Mar-2003", "ARREST 12.3.2003: Jason
HOLT") are not prose and are read by search.cases.roles; this is the reading of the rest.

The same parse says which outcome a sentence states where no wording of search.cases.outcomes
reads it (``outcome_by_grammar``: "Police charged John Smith", "Nobody will be prosecuted",
"the enquiry stopped without charges"), and whether an outcome's words sit under "if",
"whether" or "unless" (``said_as_condition``: "If he is charged we will let you know").
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
                            r"\binto custody\b|\bpick(?:ed|s)? (?:\w+ ){0,5}?out\b|\bidentif|"
                            # the one who did it, by what they did or a noun for them
                            r"\babus|\brap(?:e|ed|ing|ist)\b|\bassault|\bgroom|\bexploit|\btraffick|"
                            r"\bmolest|\bsex\b|\boffender|\bperpetrator|\battacker|\bculprit|\bassailant",
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


# What the one who did it did, and the nouns for them: the person a sentence makes the subject of
# such a deed ("She told us X had sex with her", "X gave her vodka and raped her") or links to
# such a noun ("X is the man who abused her", "her abuser, X", "named her abuser as X") is the
# suspect the child or the file names.
_ABUSE_LEMMAS = {"abuse", "rape", "assault", "groom", "exploit", "traffic", "molest"}
_OFFENDER_NOUNS = {"abuser", "offender", "perpetrator", "attacker", "rapist", "culprit", "assailant",
                   "groomer", "suspect"}
_PERSON_NOUNS = {"man", "men", "male", "person", "one", "adult"}
_NAMING_VERBS = {"name", "identify", "describe", "pick"}


def _abuse(verb: Token) -> bool:
    """The verb is a deed of abuse, done and not denied ("had sex with her" too)."""
    lemma = verb.lemma_.lower()
    did = lemma in _ABUSE_LEMMAS or (lemma == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("sex", "intercourse") for c in verb.children))
    # (a participle, "... and then abusing her", is no finite deed of the subject's; one with its
    # "be" is: "X may be grooming the girl")
    finite = verb.tag_ != "VBG" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return did and finite and verb.pos_ in ("VERB", "AUX") and not _passive(verb) and not any(
        c.dep_ == "neg" for c in verb.children)


def _offender(noun: Token) -> bool:
    """A noun for the one who did it: "abuser", "offender", or "the man who abused her"."""
    lemma = noun.lemma_.lower()
    return lemma in _OFFENDER_NOUNS or (lemma in _PERSON_NOUNS and any(
        c.dep_ == "relcl" and _abuse(c) for c in noun.children))


def _under_condition(token: Token) -> bool:
    """The token sits in a clause of "if", "whether" or "unless", its own or one it hangs from."""
    return any(any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in t.children)
               for t in [token, *token.ancestors])


def _accused(root: Token) -> str | None:
    """What makes the person at ``root`` the one who did it (see ``_ABUSE_LEMMAS``), or None. The
    name is a proper noun (a mention's first word may be none: "Arrest made for ..."), and what
    links it is on its line: a log's lines run into one sentence, and a heading in capitals on
    the next ("SUSPECT / ARRESTED ...") is no noun of the name's clause."""
    if root.pos_ != "PROPN" or _under_condition(root):
        return None
    text = root.doc.text
    line = range(text.rfind("\n", 0, root.idx) + 1, (text.find("\n", root.idx) + 1 or len(text) + 1) - 1)

    def offender(noun: Token) -> bool:
        return noun.idx in line and not noun.text.isupper() and _offender(noun)

    if root.dep_ == "nsubj" and any(_abuse(verb) and verb.idx in line for verb in _sharing(root.head)):
        return "the one who did it"
    if (root.dep_ == "appos" and offender(root.head)) or any(
            c.dep_ == "appos" and offender(c) for c in root.children):
        return "named as the offender"
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ != "be":
        # "X is thought to be her abuser", "X appears to be the man who raped her"
        head = next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_ == "be"), head)
    if root.dep_ in ("nsubj", "nsubjpass", "attr") and head.lemma_ == "be" and not any(
            c.dep_ == "neg" for c in head.children) and any(
            c.dep_ in ("attr", "nsubj") and c is not root and offender(c) for c in head.children):
        return "named as the offender"
    if root.dep_ == "pobj" and head.lower_ == "as":
        named = head.head
        if offender(named) or (named.dep_ == "relcl" and offender(named.head)) or (
                named.lemma_.lower() in _NAMING_VERBS and any(
                c.dep_ == "dobj" and offender(c) for c in named.children)):
            return "named as the offender"
    return None


def suspect_by_grammar(sentence: str, start: int, end: int) -> str | None:
    """What the sentence says was done to the person written at ``start``-``end`` that makes
    them a suspect ("arrested", "charged", "interviewed under caution"), or None."""
    if not _WORTH_PARSING.search(sentence):
        return None
    blanked = _ASIDE.sub(lambda m: " " * len(m.group()) if not (
        m.start() < end and m.end() > start) else m.group(), sentence)
    doc = _parsed(blanked)
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or not len(name):
        return None
    return _done_to(name) or _accused(name.root)


# The outcome a sentence's grammar states, whatever its wording: a prosecution verb with the
# person it was done to ("Police charged John Smith", "he got charged"), a charge brought, laid
# or agreed ("Charges were brought against him"), and the same denied for the future or for
# nobody ("He will not face any charges", "Nobody will be prosecuted", "we will not be taking
# the matter any further", "no action would be taken against him"). What may yet happen says
# nothing: "If he is charged we will let you know", "He will be charged tomorrow".
_PROSECUTING = {"charge", "prosecute", "summons", "summon"}
# Verbs whose object or passive subject is a charge that now stands ("a charge of rape was put
# to him", "he faces a charge"), and the nouns that stand for one.
_BRINGING = {"bring", "lay", "prefer", "put", "agree", "authorise", "authorize", "approve", "face"}
_CHARGE_NOUNS = {"charge", "prosecution", "trial", "summons"}
# Verbs that, denied, say the police go no further ("will not be pursuing this").
_GOING_ON = {"take", "pursue", "proceed", "progress", "go"}
# Where a case goes when it is prosecuted ("the case will not go to court").
_COURT = {"court", "trial"}
_NOBODY = {"nobody", "no one", "none"}
# ("until" and "once" tell when something did happen: "on bail until he was charged")
_SUPPOSING = {"if", "whether", "unless"}
_OUTCOME_WORDS = re.compile(r"\b(?:charg|prosecut|summon|caution|court\b|trial\b|further\b|action\b|"
                            r"pursu|proceed|progress)", re.IGNORECASE)


def _supposed(verb: Token) -> bool:
    """The verb says what may happen: under "if", "whether", "unless" (its own clause or one it
    sits in), with a modal of possibility, as what someone means to do ("hope to charge"), or
    in a question ("Was anyone charged?": its answer says)."""
    if verb.sent[-1].text == "?" or "?" in verb.doc[verb.i + 1:verb.i + 4].text:
        return True
    if _under_condition(verb) or verb.dep_ in ("xcomp", "acomp"):
        return True
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "should") for c in verb.children):
        return True
    return any(c.dep_ == "advcl" and _conditional(c) for c in verb.children) or _inverted_after(verb)


def _inverted_after(verb: Token) -> bool:
    """A condition written by inversion just after the verb and its object, whatever the parse
    hangs it from: "I face prosecution should I knowingly include anything false"."""
    doc = verb.doc
    return any(doc[i].lower_ in ("should", "were", "had") and doc[i + 1].pos_ in ("PRON", "PROPN", "DET")
               and doc[i - 1].dep_ not in _SUBJECTS for i in range(verb.i + 1, min(verb.i + 5, len(doc) - 1)))


def _conditional(clause: Token) -> bool:
    """A clause of condition on the verb it hangs from: under "if" or "unless", or with its
    auxiliary before its subject ("should I knowingly include anything false": a witness's
    declaration that they face prosecution on that condition)."""
    children = list(clause.children)
    if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in children):
        return True
    subject = next((c for c in children if c.dep_ in _SUBJECTS), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.lower_ in ("should", "were", "had") and c.i < subject.i for c in children)


def _denied(verb: Token) -> bool:
    """The verb is negated, done to nobody, or its charge is "no" charge ("without taking it
    further" too)."""
    if any(c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ == "pcomp" and verb.head.lower_ == "without"):
        return True
    return any(c.dep_ in ("nsubjpass", "dobj", "nsubj") and (
        c.lower_ in _NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children)


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in verb.children)


def _to_court(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.lemma_.lower() in _COURT for p in c.children) for c in verb.children)


# Who a prosecution is done to, when not named or a pronoun.
_PERSONS = {"man", "men", "male", "person", "people", "suspect", "offender", "accused", "defendant",
            "nominal", "youth", "boy", "adult", "one", "anyone", "anybody", "everyone"}


def _person(token: Token) -> bool:
    return token.pos_ in ("PROPN", "PRON") or token.lemma_.lower() in _PERSONS | _NOBODY


def _telegraphic(verb: Token) -> list[Token]:
    """The person a log's entry did it to with its auxiliary left out: "X, weight 14 st charged
    this afternoon" (a named subject and no object: "DS Holt charged Smith" is the officer's
    deed), or a reduced relative ("a man charged with rape appeared", "Update: Smith charged")."""
    if verb.tag_ not in ("VBD", "VBN") or _passive(verb) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children):
        return []
    if verb.dep_ == "acl" and _person(verb.head):
        return [verb.head]
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]


# A log's "X cautioned" is the disposal only when nothing says it was the caution of an arrest
# or an interview (the words it is given with, the reply it drew).
_ARREST_CAUTION = re.compile(r"\b(?:arrest|interview|question|repl|no comment|understood|said|answer|"
                             r"custody)", re.IGNORECASE)


def _going_on(verb: Token, objects: list[Token]) -> str | None:
    """An NFA said by denying that the case goes further: "we will not be taking the matter any
    further", "without taking it further", "no action would be taken", "will not go to court"."""
    lemma = verb.lemma_.lower()
    action = any(c.lemma_.lower() == "action" for c in objects)
    further = action or any(c.lemma_.lower() in ("far", "further") for c in verb.children) or (
        _to_court(verb) if lemma == "go" else lemma != "take")
    if further and _denied(verb) and (_future(verb) or verb.dep_ == "pcomp" or action):
        return "nfa"
    return None


# A case's ending, told with what it ended without: "the enquiry stopped without charges", "we
# closed the file with no prosecution" (a release "without charge" may be from custody only).
_ENDING_VERBS = {"stop", "end", "close", "conclude", "finish", "halt", "drop", "finalise", "finalize"}
_PROSECUTION_NOUNS = {"charge", "prosecution", "action", "proceedings", "proceeding"}


def _ended_without(verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("without", "with"):
            continue
        for noun in prep.children:
            if noun.lemma_.lower() in _PROSECUTION_NOUNS and (prep.lower_ == "without" or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in noun.children)):
                return True
    return False


def _verb_outcome(verb: Token) -> str | None:
    """What one verb states: "charged", "cautioned", "nfa" or nothing (see
    ``outcome_by_grammar``)."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    says = "charged"
    if lemma in _ENDING_VERBS:
        return "nfa" if _ended_without(verb) and not _supposed(verb) else None
    if lemma in _GOING_ON:
        return _going_on(verb, objects)
    if lemma in _PROSECUTING and verb.pos_ == "VERB" and verb.tag_ != "VBG":
        # a deed done: "charged him", not "on charging the suspect" or "charging him tonight"
        # a person charged, not "charging advice" or "the decision"
        done_to = [c for c in objects if _person(c)] or _telegraphic(verb)
    elif lemma == "caution" and not _ARREST_CAUTION.search(verb.sent.text):
        done_to, says = _telegraphic(verb), "cautioned"
    elif lemma in _BRINGING:
        done_to = [c for c in objects if c.lemma_.lower() in _CHARGE_NOUNS]
    else:
        return None
    if not done_to or _supposed(verb) or any(c.lower_ in ("i", "me", "we", "us") for c in done_to):
        # (said of oneself: a witness's declaration that they "face prosecution" if it is false)
        return None
    if _denied(verb) or any(d.dep_ == "det" and d.lower_ == "no" for c in done_to for d in c.children):
        # a denial of the past ("he was not charged") may be for now only; one for the future
        # or for nobody is the decision
        return "nfa" if _future(verb) or any(c.lower_ in _NOBODY for c in done_to) else None
    return None if _future(verb) else says


def outcome_by_grammar(sentence: str) -> tuple[str, int] | None:
    """The outcome ("charged" or "nfa") the sentence's grammar states, with the offset of the
    verb that states it; None when it states none or only what may happen."""
    if not _OUTCOME_WORDS.search(sentence):
        return None
    for token in _parsed(sentence):
        if token.pos_ in ("VERB", "AUX") and (found := _verb_outcome(token)):
            return found, token.idx
    return None


def said_as_condition(sentence: str, at: int) -> bool:
    """Whether the words at offset ``at`` sit in a clause of "if", "whether" or "unless" (what
    may happen: "If he is charged we will let you know", "to decide whether he is charged")."""
    if not re.search(r"\b(?:if|whether|unless)\b", sentence[:at], re.IGNORECASE):
        return False
    doc = _parsed(sentence)
    token = next((t for t in doc if t.idx <= at < t.idx + len(t.text) + 1), None)
    return token is not None and _under_condition(token)
