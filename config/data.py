"""Index mappings and node settings kept as JSON data beside this module."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MAPPINGS_DIR = Path(__file__).parent / "mappings"
ANALYSIS_PLACEHOLDER = "@analysis"


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
    return specs


@cache
def opensearch_spec() -> dict[str, Any]:
    """The managed node's distribution, modules and node settings."""
    return _read(Path(__file__).parent / "opensearch.json")
