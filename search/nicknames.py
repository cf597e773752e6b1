"""Forename data: nickname groups (for variant expansion at query time) and common forenames
(so ingestion rules can tell "Eileen Marsh" from "Canal Street" when spaCy misses a name).

Kept as plain data so an inquiry team can extend it without touching the matching code.
A nickname may belong to several groups ("Bert" is short for Albert, Herbert and Robert); the
expansion then offers every group, and ranking keeps exact matches first.
"""

from __future__ import annotations

from functools import cache

NICKNAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("robert", "bob", "bobby", "rob", "robbie", "bert"),
    ("william", "bill", "billy", "will", "willie", "liam"),
    ("margaret", "peggy", "maggie", "meg", "marge", "margie", "greta", "rita"),
    ("elizabeth", "liz", "lizzie", "beth", "betty", "bess", "eliza", "libby"),
    ("richard", "dick", "rick", "ricky", "richie"),
    ("edward", "ed", "eddie", "ted", "teddy", "ned"),
    ("james", "jim", "jimmy", "jamie"),
    ("john", "jack", "johnny", "jon"),
    ("anthony", "tony"),
    ("thomas", "tom", "tommy"),
    ("michael", "mike", "mick", "micky", "mickey"),
    ("raymond", "ray"),
    ("dennis", "denny", "den"),
    ("david", "dave", "davy"),
    ("christopher", "chris", "kit"),
    ("charles", "charlie", "chas", "chuck"),
    ("henry", "harry", "hal", "hank"),
    ("frederick", "fred", "freddie"),
    ("alfred", "alf", "alfie", "fred"),
    ("albert", "bert", "bertie", "al"),
    ("herbert", "bert", "herb"),
    ("alan", "al"),
    ("joseph", "joe", "joey"),
    ("samuel", "sam", "sammy"),
    ("daniel", "dan", "danny"),
    ("patrick", "pat", "paddy"),
    ("peter", "pete"),
    ("stephen", "steve", "stevie"),
    ("steven", "steve", "stevie"),
    ("kenneth", "ken", "kenny"),
    ("leonard", "len", "lenny"),
    ("lawrence", "larry", "laurie"),
    ("terence", "terry"),
    ("timothy", "tim", "timmy"),
    ("nicholas", "nick", "nicky"),
    ("andrew", "andy", "drew"),
    ("benjamin", "ben", "benny"),
    ("matthew", "matt"),
    ("philip", "phil"),
    ("gerald", "gerry"),
    ("douglas", "doug", "dougie"),
    ("colin", "col"),
    ("brian", "bri"),
    ("catherine", "cathy", "kate", "katie", "kath", "kitty"),
    ("katherine", "kathy", "kate", "katie", "kath", "kitty"),
    ("susan", "sue", "susie"),
    ("patricia", "pat", "patsy", "trish", "tricia"),
    ("jennifer", "jenny", "jen"),
    ("deborah", "debbie", "deb"),
    ("rebecca", "becky", "becca"),
    ("victoria", "vicky", "tori"),
    ("alexandra", "alex", "sandra", "sandy"),
    ("alexander", "alex", "sandy", "alec"),
    ("barbara", "babs", "barbie"),
    ("dorothy", "dot", "dottie", "dolly"),
    ("eleanor", "ellie", "nell", "nora"),
    ("helen", "nell", "nellie"),
    ("mary", "molly", "polly", "mae"),
    ("sarah", "sally", "sadie"),
    ("janet", "jan", "jenny"),
    ("christine", "chris", "chrissie", "tina"),
    ("josephine", "jo", "josie"),
    ("jacqueline", "jackie"),
    ("pamela", "pam"),
    ("sandra", "sandy"),
    ("gillian", "gill", "jill"),
    ("beverley", "bev"),
    ("frances", "fran", "fanny"),
    ("francis", "frank", "frankie"),
    ("mohammed", "mo"),
    ("abdullah", "abdul"),
)

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


@cache
def nickname_index() -> dict[str, frozenset[str]]:
    """Each forename or nickname -> every other name it may stand for (itself excluded)."""
    index: dict[str, set[str]] = {}
    for group in NICKNAME_GROUPS:
        for name in group:
            index.setdefault(name, set()).update(group)
    return {name: frozenset(others - {name}) for name, others in index.items()}


@cache
def forenames() -> frozenset[str]:
    return frozenset(nickname_index()) | EXTRA_FORENAMES


@cache
def _formal() -> frozenset[str]:
    return frozenset(group[0] for group in NICKNAME_GROUPS)


def is_nickname(name: str) -> bool:
    """True for "ray" or "peggy": short forms, never the head of their group."""
    return name in nickname_index() and name not in _formal()
