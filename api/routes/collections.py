"""``/api/collections``."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import AdminDep, ClientDep, IndicesDep, StoreDep
from api.handling import handles
from api.models import CollectionIn, CollectionOut
from search.store import ensure_collection, list_collections

router = APIRouter(tags=["collections"])


@router.get("/api/collections", response_model=list[CollectionOut])
@handles(action="collections.view")
def get_collections(store: StoreDep) -> list[dict]:
    return list_collections(store)


@router.post("/api/collections", response_model=CollectionOut, status_code=201)
@handles(action="collections.create")
def create_collection(
    body: CollectionIn, client: ClientDep, indices: IndicesDep, user: AdminDep
) -> dict:
    return ensure_collection(client, indices, body.name, body.prefix, body.description)
