"""One number written in other orders or with other separators is one case without a
declaration: its keys hold the same letters, year and serial ("ZK-3/2011/40712" and
"ZK3/2011/40712", a council's "BCX-EHB/2011/00412" and "EHB/2011/00412", a label's run-together
"CRIME/40712RV11" and "RV/2011/40712"); look-alikes stay apart. All keys are invented."""

from __future__ import annotations

import pytest

from search.cases.grouping import Groups, join_same_parts, join_written_alike


def _together(keys: list[str]) -> bool:
    groups = Groups()
    join_written_alike(groups, set(keys))
    return len({groups.find(key) for key in keys}) == 1


@pytest.mark.parametrize("keys", [
    ["ZK-3/2011/40712", "ZK3/2011/40712"],
    ["BCX-EHB/2011/00412", "EHB/2011/00412"],
    ["CRIME/40712RV11", "RV/2011/40712"],
    ["CRIME/R20110040712", "R/2011/40712"],
    ["CRIME/ZK34071211", "ZK3/2011/40712"],
])
def test_one_number_written_two_ways_is_one_case(keys: list[str]) -> None:
    assert _together(keys)


@pytest.mark.parametrize("keys", [
    ["ZK-3/2011/40712", "ZK3/2012/40712"],  # another year
    ["ZK-3/2011/40712", "ZK-4/2011/40712"],  # another division
    ["CRIME/40712RV11", "RV/2011/40721"],  # the serial's digits swapped
    ["CRIME/40712", "RV/2011/40712"],  # a serial alone may be any force's
    ["OPERATION/ALDER", "CAD/2011-03-04/0412"],
])
def test_look_alikes_stay_apart(keys: list[str]) -> None:
    assert not _together(keys)


def test_a_run_together_number_that_fits_two_cases_joins_neither() -> None:
    groups = Groups()
    keys = {"CRIME/40712RV11", "RV/2011/40712", "RV/1911/40712"}
    join_written_alike(groups, keys)
    assert groups.find("CRIME/40712RV11") == "CRIME/40712RV11"


def _parts_together(keys: list[str]) -> bool:
    groups = Groups()
    join_same_parts(groups, set(keys))
    return len({groups.find(key) for key in keys}) == 1


@pytest.mark.parametrize("keys", [
    ["CRIME/71204QT910", "REF/HW/QT/910/71204"],  # the serial and a year run together, letters in part
    ["CRIME/71204/KLP/6/D/4", "D4-KLP/2006/71204"],  # the division first, the four-digit year
])
def test_one_number_with_its_parts_in_another_order_is_one_case(keys: list[str]) -> None:
    assert _parts_together(keys)


@pytest.mark.parametrize("keys", [
    ["CRIME/71204QT910", "REF/HW/QT/1011/71204"],  # another (financial) year
    ["CRIME/71204/KLP/6/D/4", "D2-KLP/2006/71204"],  # another division
    ["INCIDENT/ZAP2006IV0412", "INCIDENT/ZAP2006VI0412"],  # another month's letters
    ["CRIME/71204", "HW/2006/71204"],  # a serial alone may be any number's
    ["CRIME/71204/KLP/6", "CRIME/71240/KLP/6"],  # the serial's digits swapped
])
def test_numbers_alike_in_their_parts_stay_apart(keys: list[str]) -> None:
    assert not _parts_together(keys)


def test_a_case_shows_its_number_in_a_form_that_writes_the_issuer_s_letters_whole() -> None:
    from search.cases.register import _as_written

    shown = _as_written("KBC-R/2004/01275", ["reference R1275/2004", "KBC-R-041275", "KBC-R-041275"])
    assert shown == "KBC-R-041275"
