"""Name keys: the forms a person's name takes in old files share one key."""

from __future__ import annotations

import pytest

from search.entity_kinds import pattern_key
from search.names import entity_key, person_display, person_key, phonetic_keys, plausible_person
from search.variants import closeness, nickname_variants, ocr_variants, rank


@pytest.mark.parametrize(
    "form",
    ["Sarah Whitlock", "DC Sarah Whitlock", "WHITLOCK, Sarah", "Whitlock, Sarah", "Mrs Sarah  WHITLOCK",
     "Sárah Whitlock"],
)
def test_forms_of_one_name_share_a_key(form: str) -> None:
    assert person_key(form) == "sarah whitlock"


def test_display_reorders_and_drops_titles() -> None:
    assert person_display("DANBY, Peter") == "Peter Danby"
    assert person_display("Cllr Peter Danby") == "Peter Danby"


def test_other_kinds_fold_case_and_accents() -> None:
    assert entity_key("org", "Harwick  Borough COUNCIL") == "harwick borough council"
    assert entity_key("place", "Saint-Étienne") == "saint-etienne"


# --- hardened normalisation -------------------------------------------------------------------

@pytest.mark.parametrize("form", [
    "Det. Sgt. Sarah Whitlock", "Detective Sergeant Sarah Whitlock", "DC 2291 Sarah WHITLOCK",
    "WHITLOCK Sarah", "Sarah Whitlock OBE", "WHITLOCK, DS Sarah", "Dr. Sarah Whitlock",
    "Sarah Whitlock (Social Worker)",
])
def test_ranks_collar_numbers_honours_and_index_order(form: str) -> None:
    assert person_key(form) == "sarah whitlock"


def test_titles_are_stripped_only_at_the_start() -> None:
    # "Major" and "Dean" are surnames as well as ranks.
    assert person_key("Peter Major") == "peter major"
    assert person_key("Mr John Dean") == "john dean"


def test_apostrophes_and_hyphens() -> None:
    assert person_key("O'BRIEN, Sean") == person_key("Sean OBrien") == "sean obrien"
    assert person_key("Anne Smith - Jones") == "anne smith-jones"


@pytest.mark.parametrize("text", ["He", "she", "Sir", "Madam", "Dear Sir", "Mr", "J.", "J. T.",
                                  "REPORT OF THE INVESTIGATING OFFICER", "STATEMENT OF WITNESS",
                                  "J. He", "Mrs", "Whitlock said", "Sierra K482 QDN",
                                  "testSrcDoc.html", "Minutes.docx", "Holmwood.co.uk"])
def test_obvious_non_names_are_rejected(text: str) -> None:
    assert not plausible_person(text)


@pytest.mark.parametrize("text", ["Sarah Whitlock", "SARAH WHITLOCK", "R. Stokes", "Mr Stokes",
                                  "T0lley", "Ludwig van Beethoven", "STOKES, Raymond",
                                  "J.R. Hartley", "St.John Rivers"])
def test_names_are_kept(text: str) -> None:
    assert plausible_person(text)


# --- phonetic keys and variants -----------------------------------------------------------------

def test_spellings_of_one_name_share_a_phonetic_key() -> None:
    keys = [set(phonetic_keys(person_key(n)))
            for n in ("Mohammed Khan", "Mohammad KHAN", "KHAN, Mohamed")]
    assert keys[0] & keys[1] & keys[2]


@pytest.mark.parametrize(("query", "found", "match"), [
    ("mohammed khan", "mohammed khan", "exact"),
    ("mohammed khan", "mohamed khan", "phonetic"),
    ("robert stokes", "bob stokes", "nickname"),
    ("margaret hollis", "peggy hollis", "nickname"),
    ("william tolley", "bill tolley", "nickname"),
    ("mohammed khan", "m khan", "initial"),
    ("m khan", "mohammed khan", "initial"),
    ("mohammed khan", "mohamrned khan", "ocr"),   # rn for m
    # Digits read as the letters they replace, so 0/O and 1/l confusions also sound the same.
    ("margaret tolley", "margaret t0lley", "phonetic"),
    ("edward hollis", "edward ho1lis", "phonetic"),
    ("peter tolley", "peter tilney", "fuzzy"),
    ("gordon redfern", "gordon reclfern", "ocr"),   # cl for d
    ("stokes", "raymond stokes", "part"),
    ("raymond stokes", "raymond stoker", "fuzzy"),
])
def test_closeness_orders_variants(query: str, found: str, match: str) -> None:
    assert closeness(query, found) == match


def test_exact_ranks_above_every_variant() -> None:
    order = [rank(m) for m in ("exact", "phonetic", "nickname", "initial", "ocr", "fuzzy")]
    assert order == sorted(order)


def test_variant_expansion() -> None:
    assert "rayrnond stokes" in ocr_variants("raymond stokes")
    assert "t0lley" in ocr_variants("tolley")
    assert "ray stokes" in nickname_variants("raymond stokes")
    assert "raymond stokes" in nickname_variants("ray stokes")
    assert len(ocr_variants("william hollis millward")) <= 200


def test_different_people_do_not_match() -> None:
    assert closeness("raymond stokes", "pauline stokes") == "fuzzy"
    assert closeness("raymond stokes", "edward hollis") == "fuzzy"
    assert closeness("r stokes", "pauline stokes") == "fuzzy"


# --- pattern keys ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "text", "key"), [
    ("phone", "01632 960418", "+441632960418"),
    ("phone", "+44 (0)20 7946 0018", "+442079460018"),
    ("phone", "01632 96041", None),
    ("vehicle", "k482 qdn", "K482QDN"),
    ("vehicle", "FD51 QWX", "FD51QWX"),
    ("vehicle", "ZD51 QWX", None),
    ("postcode", "hw3 7lb", "HW3 7LB"),
    ("postcode", "HW3 7LC", None),
    ("nino", "AB 12 34 56 C", "AB123456C"),
    ("nino", "GB 12 34 56 C", None),
    ("reference", "NP/97/4512", "NP/1997/04512"),
    ("dob", "11/02/51", "1951-02-11"),
    ("dob", "31/02/1951", None),
    ("email", "A.Stokes@Harwick.gov.example", "a.stokes@harwick.gov.example"),
])
def test_pattern_keys_validate_and_normalise(kind: str, text: str, key: str | None) -> None:
    assert pattern_key(kind, text) == key


def test_entity_keys_of_pattern_kinds_use_their_normal_form() -> None:
    assert entity_key("phone", "01632 960418") == "+441632960418"


def test_api_kinds_follow_search_kinds() -> None:
    from typing import get_args

    from api.entity_models import Kind
    from search.entity_kinds import KINDS

    assert set(get_args(Kind)) == set(KINDS)


def test_nicknames_come_from_the_dataset_with_the_local_british_forms() -> None:
    from search.nicknames import is_nickname, nickname_index
    assert "robert" in nickname_index()["robby"]  # the dataset's
    assert "william" in nickname_index()["liam"]  # a local addition the dataset lacks
    assert "gillian" in nickname_index()["gill"]
    assert is_nickname("liam") and is_nickname("bob") and is_nickname("jimmy")
    # Names the dataset lists under another that stand as forenames of their own
    assert not is_nickname("helen") and not is_nickname("marie") and not is_nickname("john")
