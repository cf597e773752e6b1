"""Index mappings and node settings kept as JSON data beside this module."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MAPPINGS_DIR = Path(__file__).parent / "mappings"
ANALYSIS_PLACEHOLDER = "@analysis"
# A spec marked ``"ciphered_copy": true`` also declares ``<name>-ciphered``: the same mappings
# plus the cipher version its records were written under (search.cipher_records).
CIPHERED_SUFFIX = "-ciphered"
CIPHER_VERSION_FIELD = "cipher_version"
# On a collection's cipher-version record (the ciphers index): the collection has had approved
# redactions, so it has a ciphered copy (the redacted copy) even when it protects no names.
REDACTED_FIELD = "redacted"


@dataclass(frozen=True)
class IndexSpec:
    """One logical index: its name (the alias), mapping version, settings and mappings."""

    name: str
    version: int
    description: str
    settings: dict[str, Any]
    mappings: dict[str, Any]


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def index_specs() -> dict[str, IndexSpec]:
    """Every logical index, by name, with the shared analysis settings filled in."""
    analysis = _read(MAPPINGS_DIR / "_analysis.json")
    specs: dict[str, IndexSpec] = {}
    for path in sorted(MAPPINGS_DIR.glob("[!_]*.json")):
        raw = _read(path)
        settings = dict(raw["settings"])
        if settings.get("analysis") == ANALYSIS_PLACEHOLDER:
            settings["analysis"] = analysis
        specs[path.stem] = IndexSpec(
            name=path.stem,
            version=int(raw["version"]),
            description=raw["description"],
            settings=settings,
            mappings=raw["mappings"],
        )
        if raw.get("ciphered_copy"):
            copy = ciphered_spec(specs[path.stem])
            specs[copy.name] = copy
    return specs


def ciphered_spec(spec: IndexSpec) -> IndexSpec:
    """The ciphered copy of an index: what users without clearance read, for the collections
    that protect names. Same analysis and mappings, so every query runs on it unchanged."""
    properties = {**spec.mappings["properties"], CIPHER_VERSION_FIELD: {"type": "long"}}
    return IndexSpec(
        name=f"{spec.name}{CIPHERED_SUFFIX}",
        version=spec.version,
        description=f"The ciphered copy of {spec.name} (protected names replaced by their "
                    f"ciphers), read by users without clearance. {spec.description}",
        settings=spec.settings,
        mappings={**spec.mappings, "properties": properties},
    )


@cache
def opensearch_spec() -> dict[str, Any]:
    """The managed node's distribution, modules and node settings."""
    return _read(Path(__file__).parent / "opensearch.json")
