"""A reference format declared through the API (``/api/cases/formats/{collection}``): a force
whose numbers the built-in formats misread makes too many cases until a reviewer declares its
format from the force's own documents; the cases stage run again then groups them, without
re-ingesting. A declaration that cannot work is refused with its reason; a reader may list and
not declare; a collection the caller has no grant on has no formats. All forces, numbers and
sentences are invented."""

from __future__ import annotations

import pytest

from tests.conftest import client_as_new_user
from tests.ingested import ingest_texts
from tests.journeys.jobs import wait_for_job

pytestmark = pytest.mark.integration
COLLECTION = "cases-formats-api"
FILES = {
    "Quarrendon Police/crime-record.txt":
        "Crime record QTG/03381 opened on 2 May 2007 for Child B.",
    "Quarrendon Police/strategy.txt":
        "Strategy meeting about QT G 03381: the police will interview Kyle Brandt.",
    "Quarrendon Police/letter.txt": "Letter to the family. Your reference 03381/QT/G.",
    "Quarrendon Police/next-year.txt":
        "Crime record QTH/03381 opened on 9 June 2008 for Child C.",
    "Quarrendon Police/log.txt":
        "Log: ZW 2007 117 dated 2 May 2007 refers to crime record QTG/03381.",
    "Quarrendon Police/log-closed.txt": "Log ZW-2007-0117 closed.",
}
CRIME = {"owner": "Quarrendon Police", "scheme": "crime",
         # a letter for the year (G 2007, H 2008), which no built-in format reads so
         "shapes": ["QT[ ]{letters:1}/{serial:5}", "{serial:5}/QT/{letters:1}"],
         "examples": ["QTG/03381", "QT G 03381", "03381/QT/G"]}
LOG = {"owner": "Quarrendon Police", "scheme": "incident", "name": "Quarrendon log",
       "shapes": ["ZW {YYYY} {serial:3-4}"], "examples": ["ZW 2007 117", "ZW-2007-0117"]}


@pytest.fixture(scope="module")
def collection(store, settings, tmp_path_factory) -> str:  # noqa: ANN001
    ingest_texts(store, settings, tmp_path_factory.mktemp("cases-formats"), FILES, COLLECTION)
    return COLLECTION


def _regrouped(api) -> list[dict]:  # noqa: ANN001
    started = api.post(f"/api/collections/{COLLECTION}/stages", json={"stage": "cases"})
    assert started.status_code == 202, started.text
    wait_for_job(api, started.json()["job_id"])
    return api.get("/api/cases", params={"collection": COLLECTION}).json()["cases"]


def test_a_declared_format_regroups_the_cases_at_the_next_cases_stage(api, collection) -> None:  # noqa: ANN001
    before = api.get("/api/cases", params={"collection": COLLECTION}).json()["cases"]
    assert len(before) > 2  # one crime number read as two cases
    assert api.get(f"/api/cases/formats/{COLLECTION}").json()["formats"] == []
    for declared in (CRIME, LOG):
        answer = api.post(f"/api/cases/formats/{COLLECTION}", json=declared)
        assert answer.status_code == 201, answer.text
    listed = api.get(f"/api/cases/formats/{COLLECTION}").json()
    assert [f["name"] for f in listed["formats"]] == ["Quarrendon Police crime", "Quarrendon log"]
    assert "cases stage" in listed["note"]
    after = _regrouped(api)
    assert len(after) == 2, after
    pages = [api.get(f"/api/cases/{row['id']}").json() for row in after]
    (crime,) = [p for p in pages if len(p["references"]) == 2]
    assert "QTG/03381" in [r["written"] for r in crime["references"]]
    assert len(crime["documents"]) == 5  # the record, the meeting, the letter and both logs
    (next_year,) = [p for p in pages if p is not crime]  # the next year's serial: another case
    assert [r["written"] for r in next_year["references"]] == ["QTH/03381"]
    # Removed, the format no longer reads them: the register splits them again.
    removed = api.delete(f"/api/cases/formats/{COLLECTION}/Quarrendon Police crime")
    assert removed.status_code == 200 and [f["name"] for f in removed.json()["formats"]] == [
        "Quarrendon log"]
    assert len(_regrouped(api)) > 2
    assert api.delete(f"/api/cases/formats/{COLLECTION}/nothing").status_code == 404


@pytest.mark.parametrize(("declared", "reason"), [
    ({**CRIME, "examples": ["QT-07-33810"]}, "'QT-07-33810' fits none of the shapes"),
    ({**CRIME, "shapes": ["{serial:4}/{YY}"], "examples": []}, "would read every number"),
    ({**CRIME, "shapes": ["QT-{YY}"], "examples": []}, "has no {serial}"),
    ({**CRIME, "shapes": ["QT-{MON}-{serial:4}"], "examples": []}, "a month needs its year"),
    ({**CRIME, "shapes": ["QT-{DDD}-{serial:4}"], "examples": []},
     "a day of the year needs its year"),
    ({**CRIME, "shapes": ["{serial:4}/{YY}"], "examples": [], "anchors": ["#"]},
     "anchor '#': a label of 2-40 characters"),
])
def test_a_declaration_that_cannot_work_is_400_with_its_reason(api, collection, declared: dict,  # noqa: ANN001
                                                                reason: str) -> None:
    answer = api.post(f"/api/cases/formats/{COLLECTION}", json=declared)
    assert answer.status_code == 400 and reason in answer.json()["detail"], answer.text
    assert api.post(f"/api/cases/formats/{COLLECTION}",
                    json={**CRIME, "scheme": "parking"}).status_code == 422


def test_a_reader_lists_and_may_not_declare(app, store, indices, settings, collection) -> None:  # noqa: ANN001
    reader = client_as_new_user(app, store, indices, settings, "formats-reader", "reader",
                                [COLLECTION])
    assert reader.get(f"/api/cases/formats/{COLLECTION}").status_code == 200
    assert reader.post(f"/api/cases/formats/{COLLECTION}", json=CRIME).status_code == 403


def test_a_collection_without_the_grant_has_no_formats(
        app, store, indices, settings, collection) -> None:  # noqa: ANN001
    other = client_as_new_user(app, store, indices, settings, "formats-other", "reviewer",
                               ["some-other-collection"])
    assert other.get(f"/api/cases/formats/{COLLECTION}").status_code == 404
    assert other.post(f"/api/cases/formats/{COLLECTION}", json=CRIME).status_code == 404


def test_a_digits_only_format_is_declared_with_the_label_before_it(api, collection) -> None:  # noqa: ANN001
    declared = {"owner": "Quarrendon Police", "scheme": "incident", "name": "Quarrendon despatch",
                "shapes": ["{serial:4}/{DD}{MM}/{YY}"], "anchors": ["Despatch No:"]}
    answer = api.post(f"/api/cases/formats/{COLLECTION}", json=declared)
    assert answer.status_code == 201, answer.text
    [kept] = [f for f in answer.json()["formats"] if f["name"] == "Quarrendon despatch"]
    assert kept["anchors"] == ["Despatch No:"]
    assert api.delete(f"/api/cases/formats/{COLLECTION}/Quarrendon despatch").status_code == 200
