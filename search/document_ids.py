"""A document's id: how it is made from the original's bytes, in one place.

A document's id is ``<collection>-<32 hex digits>`` derived from the SHA-256 of its original, so
the same bytes loaded into the same collection again make the same record (re-ingestion and
dedup overwrite or join it instead of duplicating it). Until this module the digits were the
first half of the SHA-256 itself, and ids are shown to every reader: for a plain text file in a
collection that protects a name, an uncleared reader could put a guessed name back where the
cipher stands, hash the page and confirm the guess against the id offline (README, Ciphers).

So a collection's ids are now an HMAC-SHA256 of the original's SHA-256 under a key derived from
the deployment's secret (``DOCKET_SECRET_KEY``), the collection's name and a random salt drawn
when the collection is made and kept on its record: stable for the collection, computable by
any process that has the settings and the record (workers included), and of no use to a reader,
who sees neither. The salt is what keeps a deployment on one machine safe that never changed
the secret from its default ("local" use allows it): the default is public, the salt is not.
The collection's record keeps which scheme its ids use (``id_scheme``), the salt (``id_salt``)
and a check tag of the key (``id_key_tag``): loading into a collection with a
different secret would give the same files new ids, duplicating every document, so it is
refused instead (``IdKeyMismatch``). A collection made before this change has no scheme recorded
and keeps the plain scheme, so that its re-ingestion stays idempotent; ``docket doctor`` reports
it (api.doctor), as its ids still carry content hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from search.errors import IdKeyMismatch

# The scheme of a collection made before keyed ids: the SHA-256's first half, in clear.
PLAIN = "sha256-prefix"
# HMAC-SHA256 of the SHA-256 under the collection's id key.
KEYED = "hmac-sha256-v1"
SCHEME_FIELD, TAG_FIELD, SALT_FIELD = "id_scheme", "id_key_tag", "id_salt"
ID_DIGITS = 32
# Domain separators: the id key is used for nothing else, and its check tag is no id.
_KEY_LABEL = b"docket-document-id\x00"
_TAG_LABEL = b"docket-document-id-key-check"


def id_key(secret_key: str, collection: str, salt: str = "") -> bytes:
    """The key of a collection's document ids: per collection, so two collections' ids of the
    same file cannot be matched to each other either, and salted (``SALT_FIELD``) so that
    knowing the secret is not enough."""
    return hmac.new(secret_key.encode(), _KEY_LABEL + collection.encode() + b"\x00" + salt.encode(),
                    hashlib.sha256).digest()


def key_tag(key: bytes) -> str:
    """A short tag of an id key, kept on the collection to tell a changed secret; it is an
    HMAC under the key, so it gives nothing about the key or any id away."""
    return hmac.new(key, _TAG_LABEL, hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class DocumentIds:
    """How one collection's document ids are made. ``key`` None: the plain (legacy) scheme."""

    collection: str
    key: bytes | None

    def of(self, sha256: str) -> str:
        """The id of the document whose original has this SHA-256 (hex)."""
        if self.key is None:
            return f"{self.collection}-{sha256[:ID_DIGITS]}"
        digest = hmac.new(self.key, sha256.encode(), hashlib.sha256).hexdigest()
        return f"{self.collection}-{digest[:ID_DIGITS]}"

    @property
    def scheme(self) -> str:
        return PLAIN if self.key is None else KEYED


def keyed_ids(secret_key: str, collection: str, salt: str = "") -> DocumentIds:
    """The ids of a collection made with this deployment's secret and ``salt``."""
    return DocumentIds(collection, id_key(secret_key, collection, salt))


def document_id(collection: str, sha256: str, secret_key: str, salt: str = "") -> str:
    """The id the original with this SHA-256 has in a collection of this secret and salt
    (what tests and benches that build records by hand need; ingestion reads the scheme and the
    salt from the collection's record through ``ids_of_record``)."""
    return keyed_ids(secret_key, collection, salt).of(sha256)


def new_collection_fields(secret_key: str, collection: str) -> dict[str, str]:
    """What a new collection's record keeps of its id scheme: a fresh salt and the tag of the
    key it makes."""
    salt = secrets.token_hex(16)
    return {SCHEME_FIELD: KEYED, SALT_FIELD: salt,
            TAG_FIELD: key_tag(id_key(secret_key, collection, salt))}


def is_legacy(record: Mapping[str, Any]) -> bool:
    """A collection made before keyed ids: its ids carry the first half of each SHA-256."""
    return record.get(SCHEME_FIELD) in (None, PLAIN)


def ids_of_record(record: Mapping[str, Any], secret_key: str) -> DocumentIds:
    """The ids of the collection whose record this is, checked against the current secret.
    IdKeyMismatch when the record's check tag is not this secret's key's, or its scheme is
    unknown (a newer Docket's): ingesting would make every file a new document."""
    name = str(record["name"])
    scheme = record.get(SCHEME_FIELD)
    if is_legacy(record):
        return DocumentIds(name, None)
    if scheme != KEYED:
        raise IdKeyMismatch(f"collection '{name}' uses the document id scheme {scheme!r}, which "
                            "this version of Docket does not know; ingestion stopped")
    ids = keyed_ids(secret_key, name, str(record.get(SALT_FIELD) or ""))
    if not hmac.compare_digest(str(record.get(TAG_FIELD) or ""), key_tag(ids.key or b"")):
        raise IdKeyMismatch(
            f"collection '{name}': its document ids were made with a different "
            "DOCKET_SECRET_KEY; ingesting with this one would give every file a new id and "
            "duplicate its documents. Ingestion stopped: run it with the secret key the "
            "collection was made with")
    return ids
