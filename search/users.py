"""Users, roles, collection grants and API tokens (stored only as keyed hashes)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from opensearchpy import NotFoundError as OSNotFound
from opensearchpy import OpenSearch

from search.errors import NotFoundError
from search.indices import Indices
from search.store import now

ROLES = ("admin", "reviewer", "reader")
ALL_COLLECTIONS = "*"


@dataclass(frozen=True)
class User:
    username: str
    role: str
    collections: tuple[str, ...]

    @property
    def visible_collections(self) -> list[str] | None:
        """None means every collection (admins, and grants of '*')."""
        if self.role == "admin" or ALL_COLLECTIONS in self.collections:
            return None
        return list(self.collections)


def hash_token(secret_key: str, token: str) -> str:
    return hmac.new(secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()


class UserStore:
    def __init__(self, client: OpenSearch, indices: Indices, secret_key: str) -> None:
        self.client = client
        self.index = indices.users
        self.secret_key = secret_key

    def add(self, username: str, role: str, collections: list[str]) -> str:
        """Create or replace a user; returns a new token (shown once, stored as a hash)."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        token = secrets.token_urlsafe(32)
        self.client.index(index=self.index, id=username, refresh="wait_for", body={
            "username": username, "role": role, "collections": collections,
            "token_hashes": [hash_token(self.secret_key, token)], "created_at": now()})
        return token

    def _get(self, username: str) -> dict:
        try:
            return self.client.get(index=self.index, id=username)["_source"]
        except OSNotFound:
            raise NotFoundError(f"no user {username}") from None

    def new_token(self, username: str) -> str:
        record = self._get(username)
        token = secrets.token_urlsafe(32)
        record["token_hashes"] = [*record.get("token_hashes", []), hash_token(self.secret_key, token)]
        self.client.index(index=self.index, id=username, body=record, refresh="wait_for")
        return token

    def grant(self, username: str, collection: str) -> None:
        record = self._get(username)
        record["collections"] = sorted({*record.get("collections", []), collection})
        self.client.index(index=self.index, id=username, body=record, refresh="wait_for")

    def authenticate(self, token: str) -> User | None:
        if not token:
            return None
        result = self.client.search(index=self.index, body={
            "size": 1, "query": {"term": {"token_hashes": hash_token(self.secret_key, token)}}})
        hits = result["hits"]["hits"]
        if not hits:
            return None
        source = hits[0]["_source"]
        return User(source["username"], source["role"], tuple(source.get("collections", [])))

    def exists(self, username: str) -> bool:
        return bool(self.client.exists(index=self.index, id=username))
