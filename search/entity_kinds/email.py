"""E-mail addresses: the address as written, checked against the RFC's shape, lower-cased."""

from __future__ import annotations

import re

from search.entity_kinds.declaration import EntityKind

_FIND = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_VALID = re.compile(
    r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$"
)


def email_key(text: str) -> str | None:
    value = text.strip().strip(".").lower()
    if len(value) > 254 or ".." in value or not _VALID.match(value):
        return None
    return value if len(value.split("@")[0]) <= 64 else None


KINDS = (EntityKind("email", "E-mail", "E-mail addresses", order=70, precedence=70,
                    pattern=_FIND, needs=re.compile("@"), key=email_key),)
