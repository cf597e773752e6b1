"""``GET /api/entity-kinds``: the registry of entity kinds (``search.entity_kinds``), in display
order, so that the UI's kind lists and labels are never written a second time."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import UserDep
from api.entity_models import EntityKindOut
from api.handling import handles
from api.models import ErrorResponse
from search.entity_kinds import ENTITY_KINDS

router = APIRouter(tags=["entities"])


@router.get("/api/entity-kinds", response_model=list[EntityKindOut],
            responses={401: {"model": ErrorResponse}})
@handles(action="entity-kinds.view")
def entity_kinds(user: UserDep) -> list[EntityKindOut]:
    return [EntityKindOut(name=kind.name, label=kind.label, plural=kind.plural,
                          pattern=kind.is_pattern, linked=kind.linked, lookup=kind.lookup,
                          facet=kind.facet)
            for kind in ENTITY_KINDS]
