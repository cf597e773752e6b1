"""UK bank details: a sort code with an account number ("sort code 20-00-00 account 12345678",
"20-00-00 12345678", "a/c 12345678 s/c 200000"), keyed to one form, "20-00-00 12345678".

Validation is of format and plausible ranges: a sort code's first pair (the bank) is never 00,
an account number is never all zeros, and one of six or seven digits is padded to eight as
banks do. Real modulus checking needs Vocalink's tables, which no offline source ships (schwifty
carries none for the UK). In running text a bare pair needs the dashed sort code; the undashed
forms need their cue words ("sort code", "s/c", "account", "a/c").
"""

from __future__ import annotations

import re

from search.entity_kinds.declaration import EntityKind, Span

_SORT_CUE = r"(?:sort[ -]?code|s/c)(?:\s*(?:no\.?|number))?\s*[:.]?\s*"
_ACCOUNT_CUE = r"(?:account|acct|acc|a/c)\.?(?:\s*(?:no\.?|number))?\s*[:.]?\s*"
_SORT = r"\d{2}[- ]?\d{2}[- ]?\d{2}"
_JOIN = r"\s*[,;/]?\s*(?:and\s+)?"
_FIND = re.compile(
    rf"(?<![\w/.-])(?:{_SORT_CUE}(?P<sort>{_SORT})|(?P<dashed>\d{{2}}-\d{{2}}-\d{{2}}))"
    rf"{_JOIN}(?:{_ACCOUNT_CUE})?(?P<account>\d{{8}})(?![\w/-]|\.\d)"
    rf"|(?<![\w/.-]){_ACCOUNT_CUE}(?P<account_first>\d{{8}}){_JOIN}{_SORT_CUE}"
    rf"(?P<sort_last>{_SORT})(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
# In what a user types or a mention holds: a sort code written in pairs, or a run of digits.
_NUMBERS = re.compile(r"(?<!\d)\d{2}([- ])\d{2}\1\d{2}(?!\d)|\d+")
_SORT_CUED = re.compile(r"sort|s/c", re.IGNORECASE)


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


def _sort_and_account(text: str) -> tuple[str, str] | None:
    numbers = list(_NUMBERS.finditer(text))
    if len(numbers) == 1 and len(numbers[0].group()) == 14:  # "20000012345678"
        return numbers[0].group()[:6], numbers[0].group()[6:]
    if len(numbers) != 2:
        return None
    first, second = numbers
    # Which one is the sort code: the one in pairs, else the one after its cue word, else the
    # only one of six digits, else the first (the order of a cheque's bottom line and of most
    # forms).
    if first.group(1) or second.group(1):
        second_is_sort = not first.group(1)
    elif _SORT_CUED.search(text[first.end() : second.start()]):
        second_is_sort = True
    else:
        second_is_sort = len(second.group()) == 6 != len(first.group())
    sort, account = (second, first) if second_is_sort else (first, second)
    return digits_only(sort.group()), account.group()


def bank_key(text: str) -> str | None:
    """"20-00-00 12345678": a sort code in pairs, a space, an eight-digit account number."""
    found = _sort_and_account(text)
    if found is None:
        return None
    sort, account = found
    if len(sort) != 6 or sort.startswith("00") or not 6 <= len(account) <= 8:
        return None
    if not account.strip("0"):
        return None
    return f"{sort[:2]}-{sort[2:4]}-{sort[4:]} {account.zfill(8)}"


def numbers_only(_text: str, match: re.Match[str]) -> Span | None:
    """From the first number to the last: the cue words before them are not the entity."""
    spans = [match.span(g) for g in ("sort", "dashed", "account", "account_first", "sort_last")
             if match.group(g)]
    return min(s for s, _e in spans), max(e for _s, e in spans)


KINDS = (EntityKind("bank", "Bank account", "Bank accounts", order=95, precedence=80,
                    pattern=_FIND, needs=re.compile(r"\d{8}"), span_of=numbers_only, key=bank_key),)
