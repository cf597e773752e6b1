"""Forename data: nickname groups (for variant expansion at query time) and common forenames
(so ingestion rules can tell "Eileen Marsh" from "Canal Street" when spaCy misses a name).

The groups come from the `nicknames` package, a hand-curated dataset of English names and their
nicknames, so the list is kept up by people who do this for a living. A few British and Irish
forms it lacks ("Liam" for William, "Gill" for Gillian, "Mo" for Mohammed) are added here, as
plain data an inquiry team can extend without touching the matching code. A nickname may belong
to several groups ("Bert" is short for Albert, Herbert and Robert); the expansion then offers
every group, and ranking keeps exact matches first.
"""

from __future__ import annotations

from functools import cache

from nicknames import NickNamer

# Forms the dataset lacks: each group is a formal name, then its short forms.
LOCAL_GROUPS: tuple[tuple[str, ...], ...] = (
    ("robert", "robbie", "bert"),
    ("william", "liam"),
    ("margaret", "greta"),
    ("dennis", "den"),
    ("david", "davy"),
    ("charles", "chas"),
    ("alfred", "alf", "alfie"),
    ("albert", "bertie"),
    ("stephen", "stevie"),
    ("steven", "steve", "stevie"),
    ("lawrence", "laurie"),
    ("douglas", "dougie"),
    ("colin", "col"),
    ("brian", "bri"),
    ("catherine", "kate", "katie", "kath", "kitty"),
    ("katherine", "katie", "kath", "kitty"),
    ("eleanor", "nell"),
    ("helen", "nell", "nellie"),
    ("janet", "jenny"),
    ("christine", "chrissie"),
    ("gillian", "gill", "jill"),
    ("beverley", "bev"),
    ("mohammed", "mo"),
    ("abdullah", "abdul"),
)

# Formal forenames of the period that the dataset also lists as someone's short form ("Helen"
# under Eileen, "John" under Ian, "Sandra" under Alexandra): they stand as names of their own.
_FORMAL_FORENAMES = """
robert william margaret elizabeth richard edward james john anthony thomas michael raymond
dennis david christopher charles henry frederick alfred albert herbert alan joseph samuel daniel
patrick peter stephen steven kenneth leonard lawrence terence timothy nicholas andrew benjamin
matthew philip gerald douglas colin brian catherine katherine susan patricia jennifer deborah
rebecca victoria alexandra alexander barbara dorothy eleanor helen mary sarah janet christine
josephine jacqueline pamela sandra gillian beverley frances francis mohammed abdullah
"""
# Common forenames of the period the files cover, beyond those in the nickname groups.
_EXTRA_FORENAMES = """
adrian agnes alice eileen amanda angela ann anne annette audrey barry bernard beryl brenda carol
carole caroline clive craig dawn dean derek diane donald doreen duncan edith elaine emily emma
eric ernest evelyn fiona gail gareth gary geoffrey george gordon graham hazel heather howard
hugh ian irene iris ivy jane jean jeremy jessica joan joyce julia julie june karen keith kevin
lee lesley leslie linda lisa lorraine louise lynn malcolm marian marie marion mark martin
maureen melanie michelle mohamed muhammad neil nigel norman olive pauline paul rachel ralph
rita rodney roger ronald rose roy russell ruth sharon sheila shirley simon sonia stanley
stuart sylvia teresa tracey trevor valerie vera vincent walter wayne wendy yvonne aisha
fatima imran tariq hassan omar priya rajesh sunita wei ying
"""
EXTRA_FORENAMES = frozenset(_EXTRA_FORENAMES.split())
FORMAL_FORENAMES = frozenset(_FORMAL_FORENAMES.split()) | EXTRA_FORENAMES


@cache
def nickname_groups() -> tuple[tuple[str, ...], ...]:
    """Each formal name with its short forms: the dataset's, and the local ones merged in."""
    groups = {name: set(short) for name, short in NickNamer().nickname_lookup.items()}
    for formal, *short in LOCAL_GROUPS:
        groups.setdefault(formal, set()).update(short)
    return tuple((formal, *sorted(short)) for formal, short in sorted(groups.items()))


@cache
def nickname_index() -> dict[str, frozenset[str]]:
    """Each forename or nickname -> every other name it may stand for (itself excluded)."""
    index: dict[str, set[str]] = {}
    for group in nickname_groups():
        for name in group:
            index.setdefault(name, set()).update(group)
    return {name: frozenset(others - {name}) for name, others in index.items()}


# Short forms the dataset gives that are everyday words or surnames in these files ("Day Centre",
# "Bell Street", "Rich Tea"): not forenames for the rules that tell a person from a place.
NOT_FORENAMES = frozenset({
    "day", "bell", "rich", "nan", "sis", "hap", "haps", "lorry", "chick", "mac", "dob", "hob",
    "hodge", "sha", "ant", "jock", "pip", "pate", "dee", "em", "di", "si", "ev", "lib", "wen",
})


@cache
def forenames() -> frozenset[str]:
    """Formal forenames of the period and their short forms ("Bob", "Peggy"). The dataset's
    other entries are left out: it lists "Smith" (for "Smitty") and "Ford" (for Clifford)."""
    short = {name for formal, *forms in nickname_groups() if formal in FORMAL_FORENAMES
             for name in forms}
    local = {name for group in LOCAL_GROUPS for name in group}
    return frozenset(short - NOT_FORENAMES) | frozenset(local) | FORMAL_FORENAMES


@cache
def _short_for() -> dict[str, frozenset[str]]:
    """Each short form -> the names it is short for."""
    longer: dict[str, set[str]] = {}
    for formal, *short in nickname_groups():
        for name in short:
            longer.setdefault(name, set()).add(formal)
    return {name: frozenset(formals) for name, formals in longer.items()}


def is_nickname(name: str) -> bool:
    """True for "ray" or "peggy": a short form of a longer name, never a formal forename in its
    own right. The dataset also lists "Jonathan" under John and "Marie" under Mary; a name
    longer than all it is listed under is a form of its own, not a nickname."""
    if name in FORMAL_FORENAMES:
        return False
    return any(len(formal) >= len(name) for formal in _short_for().get(name, ()))
