"""UK bank details (search/entity_kinds/bank.py): the forms files use are found and share one key,
and the numbers that look like them (phones, dates, crime references, half a pair) are not."""

from __future__ import annotations

import pytest

from ingest.patterns import find_patterns
from search.entity_kinds import BY_NAME, LINK_KINDS, pattern_key
from search.names import entity_key

KEY = "20-00-00 12345678"


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.kind, m.key) for m in find_patterns(text)}


@pytest.mark.parametrize(("text", "mention"), [
    ("Paid from sort code 20-00-00 account 12345678 monthly.", "20-00-00 account 12345678"),
    ("Bank details: 20-00-00 12345678.", "20-00-00 12345678"),
    ("Statement for a/c 12345678 s/c 200000 enclosed.", "12345678 s/c 200000"),
    ("Sort Code: 20 00 00, Account No. 12345678", "20 00 00, Account No. 12345678"),
    ("Acc no: 12345678, sort code 20-00-00.", "12345678, sort code 20-00-00"),
    ("Transfer to 20-00-00/12345678 today.", "20-00-00/12345678"),
])
def test_forms_in_files_share_one_key(text: str, mention: str) -> None:
    found = find_patterns(text)
    assert [(m.kind, m.key, m.text) for m in found] == [("bank", KEY, mention)]
    assert found[0].display == KEY


@pytest.mark.parametrize("typed", ["20-00-00 12345678", "200000 12345678", "20000012345678",
                                   "12345678 20-00-00", "a/c 12345678 s/c 200000", "20 00 00 12345678"])
def test_what_a_user_types_gets_the_same_key(typed: str) -> None:
    assert pattern_key("bank", typed) == KEY
    assert entity_key("bank", typed) == KEY


def test_short_account_numbers_are_padded_as_banks_do() -> None:
    assert pattern_key("bank", "sort code 20-00-00 account 1234567") == "20-00-00 01234567"


@pytest.mark.parametrize("typed", ["20-00-00", "12345678", "00-12-34 12345678", "20-00-00 00000000",
                                   "20-00-00 123456789", "20-00-0 12345678", "01632 960418",
                                   "NP/1997/04512", "12/03/1997"])
def test_invalid_or_partial_details_have_no_key(typed: str) -> None:
    assert pattern_key("bank", typed) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Tel 01632 960418 (home).", {("phone", "+441632960418")}),
    ("Mobile 07700 900152 and 020 7946 0018.", {("phone", "+447700900152"), ("phone", "+442079460018")}),
    ("DOB 20-03-1997, account opened later.", {("dob", "1997-03-20")}),
    ("Dated 20-03-1997, file 41236578.", set()),
    ("Crime reference NP/1997/04512 refers.", {("reference", "NP/1997/04512")}),
    ("Sort code 20-32-06 given, but no account.", set()),
    ("Account 41236578 was closed in 1997.", set()),
    ("Sort code 00-32-06, account 41236578 is void.", set()),
    ("Account 00000000, sort code 20-32-06.", set()),
    ("Account 412365789 and sort code 20-32-06.", set()),
    ("Serial 20-00-00 12345678X on the box.", set()),
])
def test_lookalikes_are_not_bank_details(text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_bank_details_are_linked_like_phones() -> None:
    bank, phone = BY_NAME["bank"], BY_NAME["phone"]
    assert bank.is_pattern and bank.linked == phone.linked and bank.lookup == phone.lookup
    assert "bank" in LINK_KINDS
    assert bank.precedence > max(BY_NAME[k].precedence for k in ("phone", "dob", "reference"))
