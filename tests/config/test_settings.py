"""Settings: read from DOCKET_* variables, safe defaults, every field documented."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from config import Settings, index_specs

README = Path(__file__).resolve().parents[2] / "README.md"


def test_environment_variables_override_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKET_OPENSEARCH_URL", "http://search.internal:9200")
    monkeypatch.setenv("DOCKET_WORKERS", "7")
    settings = Settings()
    assert settings.search_url == "http://search.internal:9200"
    assert settings.managed_node is False
    assert settings.workers == 7


def test_default_secret_is_refused_outside_local(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKET_ENVIRONMENT", "production")
    monkeypatch.delenv("DOCKET_SECRET_KEY", raising=False)
    with pytest.raises(ValidationError, match="DOCKET_SECRET_KEY"):
        Settings()


def test_index_prefix_must_be_lowercase() -> None:
    with pytest.raises(ValidationError):
        Settings(index_prefix="Docket")


def test_every_setting_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [f"DOCKET_{name.upper()}" for name in Settings.model_fields
               if f"DOCKET_{name.upper()}" not in text]
    assert missing == []


def test_index_specs_are_versioned_and_strict() -> None:
    specs = index_specs()
    assert {"documents", "pages", "mentions", "ledger", "jobs", "collections", "users"} <= set(specs)
    for spec in specs.values():
        assert spec.version >= 1
        assert spec.mappings["dynamic"] == "strict"
    assert "analyzer" in specs["documents"].settings["analysis"]
