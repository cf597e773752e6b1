"""Users, roles, collection grants, clearance and API tokens (stored only as keyed hashes).

A token is shown once, when it is made; the index keeps HMAC-SHA256(secret key, token), so a copy
of the index (a snapshot, a backup) holds nothing that authenticates. ``cleared`` says whether a
user may see the names protected by anonymity ciphers (search.ciphers); admins always may.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from opensearchpy import ConflictError, OpenSearch

from search.errors import NotFoundError
from search.indices import Indices
from search.stamps import USERS, stamp
from search.store import now
from search.system import SystemStore

ROLES = ("admin", "reviewer", "reader")
ALL_COLLECTIONS = "*"
# Enough of a token's hash to tell failed logins apart in the audit trail; not enough to matter.
TOKEN_ID_CHARS = 12


@dataclass(frozen=True)
class User:
    username: str
    role: str
    collections: tuple[str, ...]
    cleared: bool = False

    @property
    def visible_collections(self) -> list[str] | None:
        """None means every collection (admins, and grants of '*')."""
        if self.role == "admin" or ALL_COLLECTIONS in self.collections:
            return None
        return list(self.collections)

    @property
    def sees_names(self) -> bool:
        """True when protected names are shown as they are (clearance, or the admin role)."""
        return self.role == "admin" or self.cleared


def hash_token(secret_key: str, token: str) -> str:
    return hmac.new(secret_key.encode(), token.encode(), hashlib.sha256).hexdigest()


def token_id(secret_key: str, token: str) -> str:
    """What the audit trail records of a token that failed: a prefix of its keyed hash."""
    return hash_token(secret_key, token)[:TOKEN_ID_CHARS]


def user_from_record(source: dict[str, Any]) -> User:
    """A user as its record in the users index says."""
    return User(source["username"], source["role"], tuple(source.get("collections", [])),
                bool(source.get("cleared", False)))


class UserStore:
    def __init__(self, client: OpenSearch, indices: Indices, secret_key: str) -> None:
        self.client = client  # writes
        self.reader = SystemStore(client, indices)  # authentication reads as no user
        self.indices = indices
        self.index = indices.users
        self.secret_key = secret_key

    def add(self, username: str, role: str, collections: list[str], cleared: bool = False) -> str:
        """Create or replace a user; returns a new token (shown once, stored as a hash)."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if not username or len(username) > 128 or any(ch.isspace() for ch in username):
            raise ValueError("a username is 1-128 characters without spaces")
        token = secrets.token_urlsafe(32)
        self.client.index(index=self.index, id=username, refresh="wait_for", body={
            "username": username, "role": role, "collections": sorted(set(collections)),
            "cleared": cleared, "token_hashes": [hash_token(self.secret_key, token)],
            "created_at": now()})
        stamp(self.client, self.indices, USERS)  # a cached session of this user is stale now
        return token

    def get(self, username: str) -> User:
        return user_from_record(self._get(username)[0])

    def _get(self, username: str) -> tuple[dict[str, Any], dict[str, int]]:
        found = self.reader.get(self.index, username)
        if found is None:
            raise NotFoundError(f"no user {username}")
        return found["_source"], {"if_seq_no": found["_seq_no"],
                                  "if_primary_term": found["_primary_term"]}

    def _update(self, username: str, change: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
        """Read, change, write back; optimistic concurrency so two admins never lose an edit."""
        while True:
            record, version = self._get(username)
            change(record)
            record["updated_at"] = now()
            try:
                self.client.index(index=self.index, id=username, body=record,
                                  refresh="wait_for", **version)
            except ConflictError:
                continue
            stamp(self.client, self.indices, USERS)  # a cached session of this user is stale now
            return record

    def new_token(self, username: str) -> str:
        token = secrets.token_urlsafe(32)
        digest = hash_token(self.secret_key, token)
        self._update(username, lambda r: r.update(token_hashes=[*r.get("token_hashes", []), digest]))
        return token

    def revoke_tokens(self, username: str) -> int:
        """Every token of the user stops working at once; returns how many there were."""
        count = len(self._get(username)[0].get("token_hashes", []))
        self._update(username, lambda r: r.update(token_hashes=[]))
        return count

    def grant(self, username: str, collection: str) -> None:
        self._update(username, lambda r: r.update(
            collections=sorted({*r.get("collections", []), collection})))

    def revoke(self, username: str, collection: str) -> bool:
        """Take a grant away; False when the user did not have it."""
        had = collection in self._get(username)[0].get("collections", [])
        self._update(username, lambda r: r.update(
            collections=[c for c in r.get("collections", []) if c != collection]))
        return had

    def set_cleared(self, username: str, cleared: bool) -> None:
        self._update(username, lambda r: r.update(cleared=cleared))

    def list(self) -> list[User]:
        result = self.reader.search(self.index, {"size": 1000, "sort": ["username"]})
        return [user_from_record(hit["_source"]) for hit in result["hits"]["hits"]]

    def authenticate(self, token: str) -> User | None:
        if not token:
            return None
        # A lookup by keyed hash: timing reveals nothing about the token itself.
        result = self.reader.search(self.index, {
            "size": 1, "query": {"term": {"token_hashes": hash_token(self.secret_key, token)}}})
        hits = result["hits"]["hits"]
        return user_from_record(hits[0]["_source"]) if hits else None

    def exists(self, username: str) -> bool:
        return self.reader.get(self.index, username, _source=False) is not None
