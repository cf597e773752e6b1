"""``GET /api/entity-kinds`` (api/routes/entity_kinds.py): the registry, as the UI reads it."""

from __future__ import annotations

import pytest

from search.entity_kinds import BY_NAME, KINDS


@pytest.mark.integration
def test_entity_kinds_endpoint_answers_the_registry(api, app) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    response = api.get("/api/entity-kinds")
    assert response.status_code == 200, response.text
    served = response.json()
    assert [k["name"] for k in served] == list(KINDS)
    for item in served:
        kind = BY_NAME[item["name"]]
        assert item == {"name": kind.name, "label": kind.label, "plural": kind.plural,
                        "pattern": kind.is_pattern, "linked": kind.linked, "lookup": kind.lookup,
                        "facet": kind.facet}
    assert TestClient(app).get("/api/entity-kinds").status_code == 401
