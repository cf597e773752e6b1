"""Page references written in text (a note, the resolve box), found and resolved: a bundle's
``{BUNDLE/TAB/PAGE}`` (search.bundles) and a production's ``{URN/PAGE}`` (search.productions),
each to the document page it cites, as the caller may see it.

A reference that does not resolve (no such bundle, a page past the tab's end, a URN of a
document the caller may not see) is answered with the reason, in its place, so a note's other
references still become links.
"""

from __future__ import annotations

import re
from typing import Any

from search.bundles import Bundles
from search.errors import ForbiddenError, NotFoundError
from search.productions import Productions
from search.scoped import ScopedStore

# In running text, braces required: "{A/2/5}", "{A/2/5A}", "{MPS000123/4}".
IN_TEXT = re.compile(r"\{(?:[A-Z][A-Z0-9]{0,5}/\d{1,4}/\d{1,6}[A-Z]?|"
                     r"[A-Z][A-Z0-9]{1,9}\d{6}/\d{1,6})\}")
MAX_REFERENCES = 200
Record = dict[str, Any]


def found_in(text: str) -> list[str]:
    """The distinct references written in ``text``, in the order they first appear."""
    return list(dict.fromkeys(m.group(0) for m in IN_TEXT.finditer(text)))[:MAX_REFERENCES]


def resolve(store: ScopedStore, reference: str, collection: str | None = None) -> Record:
    """One reference (braces optional) as the document page it cites; NotFoundError,
    ForbiddenError or ValueError (the message says why) when it does not resolve."""
    bare = reference.strip().strip("{}")
    if bare.count("/") == 2:
        return Bundles(store).resolve(bare, collection)
    found = Productions(store).resolve(bare)
    if not store.mget(store.indices.documents, [found["doc_id"]], _source_includes=["id"]):
        raise NotFoundError(f"no produced document {found['urn']}")
    return {**found, "kind": "production"}


def resolve_all(store: ScopedStore, text: str, collection: str | None = None) -> list[Record]:
    """Every reference in ``text``: resolved, or with ``error`` saying why not."""
    out = []
    for reference in found_in(text):
        try:
            out.append(resolve(store, reference, collection))
        except (NotFoundError, ForbiddenError, ValueError) as exc:
            out.append({"reference": reference, "error": str(exc)})
    return out
