"""The sentence rules of the case register: where sentences end, the dates a sentence states,
the outcome it records (with the NFA's reason), and the role the words around a person's name
give them. Pure functions of text; the register (search.cases.register) applies them.

Each rule is a regular expression a person can read and check against the cited sentence; the
confidences say how often such words mean what the rule takes them to mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:No|no|Ref|ref|Mr|Mrs|Ms|Dr|PC|DC|DS|DI|DCI|Sgt|Insp|Det|Supt|St|Cllr|approx|Tel"
    r"|tel|Reg|reg|Co|Ltd|vs|e\.g|i\.e|[A-Z])\.)$")
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]?\s+|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)]\s|[A-Z][A-Za-z ]{0,30}:))")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """A page's sentences, with their offsets. Blank lines, list items and "Heading:" lines
    end one too; "No." or "PC." inside one does not."""
    found, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        if boundary.group()[0] in ".!?" and _ABBREVIATIONS.search(
                text[max(0, boundary.start() - 6) : boundary.start() + 1]):
            continue
        found.append((start, boundary.end()))
        start = boundary.end()
    found.append((start, len(text)))
    return [Sentence(s, e, text[s:e].strip()) for s, e in found if text[s:e].strip()]


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m1>{_MONTH}),? (?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y2>\d{{4}})"
    r"|(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{4}|\d{2})(?![\d/])"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2}))\b", re.IGNORECASE)


def _as_date(match: re.Match[str]) -> date | None:
    for n in "1234":
        if match.group(f"y{n}"):
            year, month, day = match.group(f"y{n}"), match.group(f"m{n}"), match.group(f"d{n}")
            break
    month_number = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower(), 0)
    full = int(year) + (0 if len(year) == 4 else 1900 if int(year) >= 50 else 2000)
    try:
        return date(full, month_number, int(day))
    except ValueError:
        return None


def dates_in(text: str) -> list[tuple[date, int]]:
    """The dates a sentence states, with their offsets in it (UK order: 12/03/2005 is March)."""
    return [(d, m.start()) for m in DATE.finditer(text) if (d := _as_date(m)) is not None]


_REPORTED = re.compile(r"\b(?:reported|report(?:ed)? (?:was )?(?:made|received)|disclosed|"
                       r"complain(?:ed|t (?:was )?made)|came to notice|referred|first contact|"
                       r"date (?:of )?report|allegation (?:was )?made)\b", re.IGNORECASE)
_CLOSED = re.compile(r"\b(?:closed|filed|finalised|finalized|NFA'?d|NFA|no further action|"
                     r"date closed|concluded|written off|cautioned|charged)\b", re.IGNORECASE)


def stated_date(text: str, cue: re.Pattern[str]) -> date | None:
    """The date a sentence gives for what ``cue`` names: the date nearest after the cue word,
    else the nearest before it."""
    found = cue.search(text)
    if found is None:
        return None
    dated = dates_in(text)
    after = [d for d, at in dated if at >= found.start()]
    before = [d for d, at in dated if at < found.start()]
    return after[0] if after else (before[-1] if before else None)


def reported_date(text: str) -> date | None:
    return stated_date(text, _REPORTED)


def closed_date(text: str) -> date | None:
    return stated_date(text, _CLOSED)


# --- outcomes ---------------------------------------------------------------------------------

_NFA = re.compile(
    r"\bNFA\b|\bno further (?:police )?action\b|\bnot (?:to )?be (?:progressed|pursued|taken "
    r"(?:any )?further)\b|\bdecision (?:was (?:made|taken) )?not to (?:charge|prosecute)\b|"
    r"\bno charges? (?:was|were|will be|would be) (?:brought|laid|authorised)\b|"
    r"\b(?:CPS|Crown Prosecution Service) (?:advised|decided|declined) (?:that )?(?:no|not)\b",
    re.IGNORECASE)
_REASONS = (
    ("victim did not support", re.compile(
        r"\b(?:did not|does not|would not|do not|didn't|declined to|unwilling to|refused to|"
        r"not willing to|no longer wish(?:ed|es)? to)\b[\w ,']{0,40}?\b(?:support|engage|"
        r"co-?operate|provide (?:a )?statement|make (?:a )?(?:formal )?(?:statement|complaint)|"
        r"pursue|proceed|give evidence)|\bwithdr[ae]w\b|\bretract|\bnot support(?:ing|ive)?\b",
        re.IGNORECASE)),
    ("not in public interest", re.compile(r"\bpublic interest\b", re.IGNORECASE)),
    ("cps advice", re.compile(r"\bCPS\b|Crown Prosecution|\bprosecutor", re.IGNORECASE)),
    ("insufficient evidence", re.compile(
        r"\b(?:insufficient |not enough |lack of |no (?:supporting |corroborating )?)evidence\b|"
        r"\bevidential (?:threshold|test|stage)\b|\bno realistic prospect\b|\bevidentially\b",
        re.IGNORECASE)),
)
_CAUTIONED = re.compile(
    r"\b(?:was|were|has been|had been|be|being) (?:formally |simply )?cautioned\b(?! (?:and|for|"
    r"at)? ?(?:interviewed|under))|\b(?:received|given|issued|accepted|administered) (?:with )?"
    r"an? (?:formal |simple |police |adult |youth |conditional )?caution\b|\b(?:conditional|"
    r"simple|formal|youth) caution\b(?! (?:and )?interview)|\bdisposed of by (?:way of )?caution",
    re.IGNORECASE)
_CHARGED = re.compile(
    r"\b(?:was|were|has been|have been|had been|being|been|subsequently) charged\b|\bcharged "
    r"(?:him|her|them|with)\b|\b(?:CPS|Crown Prosecution Service) (?:authorised|approved) "
    r"(?:a |the )?charges?\b|\bcharge (?:was |has been )?authorised\b|\bconvicted\b|"
    r"\bpleaded guilty\b|\bsentenced\b", re.IGNORECASE)
_NOT_CHARGED = re.compile(r"\b(?:not|never|no(?:t been)?) (?:be(?:en)? )?charged\b", re.IGNORECASE)
_FILED = re.compile(
    r"\bundetected\b|\b(?:crime|case|investigation|matter|report|it) (?:was |has been |is |"
    r"had been )?(?:filed|written off)\b(?! by)|\bfiled (?:pending|as|with no|no further)|"
    r"\bno (?:further )?(?:lines of enquiry|lines of inquiry)\b", re.IGNORECASE)
_OPEN = re.compile(
    r"\b(?:re-?opened|remains? open|still open|(?:investigation|enquiries|inquiries) "
    r"(?:is |are |remain |remains )?(?:ongoing|continuing|continue)|being re-?investigated|"
    r"re-?investigation|under (?:active )?investigation)\b", re.IGNORECASE)


_LABELLED = re.compile(
    r"\b(?:outcome|result|disposal|status|crime status|finalisation)\s*[:\-–]\s*(?P<word>charged|"
    r"cautioned|caution|NFA|no further action|filed|undetected|open|re-?opened|ongoing)\b",
    re.IGNORECASE)
_LABELS = {"charged": "charged", "cautioned": "cautioned", "caution": "cautioned", "nfa": "nfa",
           "no further action": "nfa", "filed": "filed", "undetected": "filed", "open": "open",
           "reopened": "open", "re-opened": "open", "ongoing": "open"}
_CLOSED_STATED = re.compile(r"\b(?:date closed|closed on|finalised on|finalized on|filed on|"
                            r"NFA'?d on|closure date)\b", re.IGNORECASE)


def stated_closure(text: str) -> date | None:
    """The date a sentence says a case was closed on ("Date closed: 10/03/2005")."""
    return closed_date(text) if _CLOSED_STATED.search(text) else None


@dataclass(frozen=True)
class OutcomeRule:
    outcome: str
    reason: str | None
    at: int  # offset in the sentence of the words that say it


def outcome_of(text: str) -> OutcomeRule | None:
    """The outcome a sentence records, or None. Reopening and NFA are read before the rest
    ("NFA: no charges were brought" is an NFA; "re-opened after the NFA" is open)."""
    labelled = _LABELLED.search(text)
    if labelled:
        outcome = _LABELS[labelled.group("word").lower()]
        found = [(m.start(), name) for name, rx in _REASONS if (m := rx.search(text))]
        reason = min(found)[1] if found and outcome == "nfa" else None
        return OutcomeRule(outcome, reason, labelled.start())
    reopened = _OPEN.search(text)
    if reopened and re.search(r"re-?open|re-?investigat", reopened.group(), re.IGNORECASE):
        # "re-opened and he was charged": the charge is the later event.
        charged = _CHARGED.search(text, reopened.end())
        if charged and not _NOT_CHARGED.search(text):
            return OutcomeRule("charged", None, charged.start())
        return OutcomeRule("open", None, reopened.start())
    nfa = _NFA.search(text)
    if nfa:
        # The reason written first: "NFA, insufficient evidence; CPS advice not sought".
        found = [(m.start(), name) for name, rx in _REASONS if (m := rx.search(text))]
        reason = min(found)[1] if found else None
        return OutcomeRule("nfa", reason, nfa.start())
    charged = _CHARGED.search(text)
    if charged and not _NOT_CHARGED.search(text):
        return OutcomeRule("charged", None, charged.start())
    for outcome, rx in (("cautioned", _CAUTIONED), ("filed", _FILED), ("open", _OPEN)):
        found = rx.search(text)
        if found:
            return OutcomeRule(outcome, None, found.start())
    return None


# --- roles -----------------------------------------------------------------------------------

_RANKS = (r"(?:PC|WPC|DC|DS|DI|DCI|DSU|Supt|Ch\.? ?Supt|Sgt|Insp|Inspector|Sergeant|Constable|"
          r"Detective(?: Constable| Sergeant| Inspector)?|Officer|Dr|Cllr)")
_OFFICER_BEFORE = re.compile(
    rf"(?:\b{_RANKS}\.?\s*(?:\d{{2,5}}\s*)?|\b(?:social worker|SW|case worker|caseworker|teacher|"
    r"head ?teacher|nurse|manager|officer|solicitor|youth worker|practitioner|team leader|"
    r"detective|investigating officer|OIC|chair(?:ed by)?|minuted by|signed)[,:]?\s*(?:\(|,)?\s*)$",
    re.IGNORECASE)
_OFFICER_AFTER = re.compile(
    r"^\s*(?:\(|,|-)\s*(?:\d{2,5}\b|PC|DC|DS|DI|Sgt|social worker|SW|teacher|nurse|manager|"
    r"officer|solicitor|youth worker|police|CSC|children's services|chair|OIC|investigating)",
    re.IGNORECASE)
_SUSPECT_AFTER = re.compile(
    r"^[\w ,()'-]{0,30}?\b(?:was|were|has been|had been|is|being|then)\s+(?:\w+\s+){0,2}?"
    r"(?P<cue>arrested|charged|interviewed under caution|interviewed (?:\w+ ){0,3}under caution|"
    r"cautioned for|named as (?:a|the) suspect|identified as (?:a|the) suspect|"
    r"(?:a|the|another) suspect|suspected|(?:the )?alleged (?:perpetrator|offender))"
    r"|^\s*\((?:the )?suspect\)|^,? (?:the|a) suspect\b|^\s*(?:\(\w+\)\s*)?(?P<act>raped|"
    r"assaulted|abused|groomed|exploited)\b", re.IGNORECASE)
_SUSPECT_BEFORE = re.compile(
    r"\b(?P<cue>arrested|charged|interviewed under caution|suspects?|offenders?|perpetrators?|"
    r"nominals?|(?:allegations?|complaints?|disclosures?) (?:was |were )?(?:made )?(?:against|"
    r"about|regarding)|named|accused|alleged abuser|"
    r"arrest of|charging|charge of|interview of|identified)\s*(?:was\s+|is\s+|as\s+)?"
    r"(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[:,]?\s*$", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:complainant|victim|the child|young person|the girl|the boy|subject|daughter|"
    r"son|on behalf of|reported by|disclosure (?:by|from))\s*(?:,|:|\()?\s*$", re.IGNORECASE)
_WITNESS_BEFORE = re.compile(r"\bwitness(?:es)?\s*(?:,|:|\()?\s*(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?$",
                             re.IGNORECASE)
_WITNESS_AFTER = re.compile(r"^\s*(?:\(witness\)|, (?:a|the) witness|,? who witnessed|"
                            r"witnessed|saw (?:the|him|her|them))", re.IGNORECASE)
# Anonymised codes by their label (search.entity_kinds.anonymised).
CODE_ROLES = {"Witness": "witness", "Suspect": "suspect", "Informant": "witness"}


@dataclass(frozen=True)
class RoleRule:
    role: str
    confidence: float
    rule: str


def role_of_code(key: str) -> RoleRule:
    """An anonymised code's role: its label says ("Witness B"); else a subject ("Child A")."""
    label = key.split(" ")[0] if " " in key else key
    role = CODE_ROLES.get(label, "subject")
    return RoleRule(role, 0.95 if role == "subject" else 0.9, f"code label {label}")


def role_of_name(before: str, written: str, after: str) -> RoleRule | None:
    """A named person's role from the words around their name in one sentence: ``before`` and
    ``after`` are the sentence's text either side of ``written``."""
    if re.match(rf"{_RANKS}\.?\s", written) or _OFFICER_BEFORE.search(before[-40:]) \
            or _OFFICER_AFTER.match(after):
        return RoleRule("officer", 0.9, "title, collar number or job")
    suspect = _SUSPECT_AFTER.match(after[:90])
    if suspect:
        words = suspect.group("cue") or suspect.group("act") or "suspect"
        return RoleRule("suspect", 0.9, f"'{words}' after the name")
    suspect = _SUSPECT_BEFORE.search(before[-40:])
    if suspect:
        return RoleRule("suspect", 0.85, f"'{suspect.group('cue')}' before the name")
    if _WITNESS_BEFORE.search(before[-30:]) or _WITNESS_AFTER.match(after):
        return RoleRule("witness", 0.8, "'witness' beside the name")
    if _SUBJECT_BEFORE.search(before[-30:]):
        return RoleRule("subject", 0.8, "'complainant' or 'victim' before the name")
    return None
