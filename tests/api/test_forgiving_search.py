"""Search that forgives: one-typo fuzzy terms, "did you mean", and query errors in words."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("typo", "word"), [("Whitlok~", "Whitlock"), ("Whtilock~", "Whitlock"),
                                             ("Danbyy~", "Danby")])
def test_a_bare_tilde_forgives_one_typo(api, sample_job, typo: str, word: str) -> None:  # noqa: ANN001
    exact = api.get("/api/search", params={"q": word, "size": 1}).json()
    fuzzy = api.get("/api/search", params={"q": typo, "size": 1}).json()
    assert exact["total"] > 0
    assert fuzzy["total"] >= exact["total"]


def test_a_query_that_finds_nothing_offers_a_spelling_that_finds_something(
    api, sample_job,  # noqa: ANN001
) -> None:
    answer = api.get("/api/search", params={"q": "Whitlcok"}).json()
    assert answer["total"] == 0
    suggestion = answer["suggestion"]
    assert suggestion["q"] == "Whitlock" and suggestion["total"] > 0
    again = api.get("/api/search", params={"q": suggestion["q"], "size": 1}).json()
    assert again["total"] == suggestion["total"]


def test_a_misspelt_phrase_is_corrected_word_by_word(api, sample_job) -> None:  # noqa: ANN001
    answer = api.get("/api/search", params={"q": '"Sarah Whitlcok"'}).json()
    assert answer["total"] == 0
    assert answer["suggestion"]["q"] == '"Sarah Whitlock"'


def test_a_search_that_finds_plenty_gets_no_suggestion(api, sample_job) -> None:  # noqa: ANN001
    answer = api.get("/api/search", params={"q": "Whitlock", "size": 1}).json()
    assert answer["total"] >= 3 and answer["suggestion"] is None


def test_suggestions_keep_to_the_callers_collections(
    api, app, store, indices, settings, sample_job,  # noqa: ANN001
) -> None:
    from fastapi.testclient import TestClient

    from search.users import UserStore

    token = UserStore(store, indices, settings.secret_key).add("suggest-outsider", "reader",
                                                               ["nothing-here"])
    outsider = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    answer = outsider.get("/api/search", params={"q": "Whitlcok"}).json()
    assert answer["total"] == 0 and answer["suggestion"] is None


def test_an_unclosed_quote_is_named(api) -> None:  # noqa: ANN001
    response = api.get("/api/search", params={"q": 'Thornleigh "Hosue'})
    assert response.status_code == 400
    assert response.json()["position"] == 11
    assert "missing closing quote after position 11" in response.json()["detail"]
