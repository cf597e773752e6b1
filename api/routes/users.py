"""``GET /api/me``: who the token belongs to, so the page can say what its user may do."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.deps import UserDep
from api.handling import handles
from api.models import ErrorResponse, Identifier

router = APIRouter(tags=["users"])


class Me(BaseModel):
    username: Identifier
    role: Identifier
    collections: list[Identifier] = Field(description="Grants; '*' is every collection")
    cleared: bool = Field(description="Sees protected names; otherwise their ciphers")


@router.get("/api/me", response_model=Me, responses={401: {"model": ErrorResponse}})
@handles(action="me.view")
def me(user: UserDep) -> dict:
    return {"username": user.username, "role": user.role, "collections": list(user.collections),
            "cleared": user.sees_names}
