"""Docket's one settings class, read from ``DOCKET_*`` environment variables.

``get_settings()`` builds the settings on demand, never at import time, so tests and the CLI can
change the environment first. Every field is documented in README.md (a test checks that).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

DEFAULT_SECRET = "change-me"
# Never echoed in an error message: they end up in terminals and logs.
SECRET_FIELDS = frozenset({"passwords", "secret_key", "s3_access_key", "s3_secret_key"})
LIST_FORM = 'a JSON list (["a", "b"]) or a comma-separated list (a,b)'


class SettingsInvalid(ValueError):
    """A DOCKET_* variable that cannot be read: the message is one line naming the variable and
    the form it expects, for the CLI to print instead of a traceback."""


def _list_from_env(value: Any) -> Any:
    """A JSON list when the value starts with "[", else comma-separated items (blank ones
    dropped): "hunter2" is the one password it looks like, not a parse error."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            raise ValueError(f"not valid JSON: give {LIST_FORM}") from None
    return [item.strip() for item in text.split(",") if item.strip()]


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _default_data_dir() -> Path:
    # Root runs the managed node as an unprivileged service user, which cannot enter /root:
    # so root keeps state where system services do.
    if _running_as_root():
        return Path("/var/lib/docket")
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "docket"


def _default_cache_dir() -> Path:
    if _running_as_root():
        return Path("/var/cache/docket")
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "docket"


class Settings(BaseSettings):
    """All of Docket's settings. Environment variable: ``DOCKET_`` + the field name in capitals."""

    model_config = SettingsConfigDict(env_prefix="DOCKET_", extra="ignore")

    environment: str = Field(
        "local", description="`local` for one machine; anything else refuses default secrets."
    )
    opensearch_url: str | None = Field(
        None,
        description="An OpenSearch cluster to use: one URL, or several nodes' URLs separated by "
        "commas. When unset, Docket manages a local node.",
    )
    opensearch_version: str = Field("2.19.4", description="Version of the managed node.")
    opensearch_port: int = Field(9200, description="HTTP port of the managed node (127.0.0.1).")
    opensearch_heap: str = Field("1g", description="JVM heap of the managed node, e.g. `1g`.")
    opensearch_user: str = Field(
        "docket-opensearch",
        description="Unprivileged system user that runs the managed node when Docket runs as root.",
    )
    java_home: Path | None = Field(
        None, description="JDK for the managed node; found from JAVA_HOME or `java` when unset."
    )
    index_prefix: str = Field("docket", description="Prefix of every index and alias name.")
    index_replicas: int = Field(
        0, ge=0,
        description="Replicas of each index shard: 0 for one node, 1 or more for a cluster that "
        "must survive losing a node.",
    )
    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="State: the managed node's data, the blob store of originals.",
    )
    cache_dir: Path = Field(
        default_factory=_default_cache_dir,
        description="Downloads: the OpenSearch distribution and built model wheels.",
    )
    blob_url: str | None = Field(
        None,
        description="Where originals are kept: unset or `file:PATH` for a local directory, "
        "`s3://BUCKET/PREFIX` for S3-compatible storage (a cluster whose workers share no disk).",
    )
    s3_endpoint_url: str | None = Field(
        None, description="The S3 server for `s3://` blob URLs, e.g. `http://127.0.0.1:8333`."
    )
    s3_region: str = Field("us-east-1", description="The S3 region of the blob bucket.")
    s3_access_key: str | None = Field(
        None, description="S3 access key id (with `DOCKET_S3_SECRET_KEY`; unset: unsigned)."
    )
    s3_secret_key: SecretStr | None = Field(
        None, description="S3 secret key. Never logged, shown or reported."
    )
    broker_url: str | None = Field(
        None, description="Redis URL for Celery (`docket ingest --queue`, `docket worker`)."
    )
    redelivery_s: int = Field(
        1200, ge=30,
        description="Seconds after which a queued file whose worker died holding it (killed, or "
        "its host lost) is given to another worker: Redis's visibility timeout. Keep it above "
        "the longest a file may take (the 900 s per-file limit and its 60 s grace), or a slow "
        "file is started twice; Redis's own default is an hour.",
    )
    workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        description="Processes in the local ingestion pool (default: one per core).",
    )
    bulk_chunk: int = Field(500, description="Records per `_bulk` request.")
    ocr_languages: str = Field("eng", description="Tesseract languages, e.g. `eng+fra`.")
    passwords: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Passwords to try on encrypted PDFs, Office files and archives (a JSON list, "
        "or comma-separated).",
    )
    spacy_model: str = Field("en_core_web_sm", description="spaCy pipeline for entities.")
    max_entity_chars: int = Field(
        1_000_000, description="Text per document given to spaCy; the rest is not scanned."
    )
    host: str = Field("127.0.0.1", description="Address `docket serve` binds to.")
    port: int = Field(8000, description="Port `docket serve` binds to.")
    secret_key: str = Field(
        DEFAULT_SECRET, description="Key for hashing API tokens. Must be changed outside local."
    )
    max_upload_bytes: int = Field(
        512 * 1024 * 1024, description="Largest upload `/api/ingest` accepts."
    )
    ingest_roots: Annotated[list[Path], NoDecode] = Field(
        default_factory=list,
        description="Server-side folders `/api/ingest` may read from (a JSON list, or "
        "comma-separated).",
    )
    auth_failure_limit: int = Field(
        20, description="Failed authentications per client address per window before 429."
    )
    auth_failure_window_s: int = Field(
        60, description="The window of `auth_failure_limit`, in seconds."
    )

    @field_validator("passwords", "ingest_roots", mode="before")
    @classmethod
    def _read_list(cls, value: Any) -> Any:
        return _list_from_env(value)

    @field_validator("blob_url")
    @classmethod
    def _blob_url_form(cls, value: str | None) -> str | None:
        if value and not value.startswith(("file:", "s3://")):
            raise ValueError("give file:PATH or s3://BUCKET/PREFIX")
        if value and value.startswith("s3://") and len(value) <= len("s3://"):
            raise ValueError("s3:// needs a bucket: s3://BUCKET/PREFIX")
        return value

    @field_validator("index_prefix")
    @classmethod
    def _lowercase_prefix(cls, value: str) -> str:
        if not value or value != value.lower() or not value.replace("-", "").isalnum():
            raise ValueError("index_prefix must be lowercase letters, digits and '-'")
        return value

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.environment != "local" and self.secret_key == DEFAULT_SECRET:
            raise ValueError("DOCKET_SECRET_KEY must be set outside local use")
        return self

    @property
    def managed_node(self) -> bool:
        """True when Docket starts its own OpenSearch node (no cluster URL configured)."""
        return not self.opensearch_url

    @property
    def search_url(self) -> str:
        return self.opensearch_url or f"http://127.0.0.1:{self.opensearch_port}"

    @property
    def blob_dir(self) -> Path:
        """The local blob store's directory (``DOCKET_BLOB_URL=file:PATH``, else under the data
        folder); with an S3 store, where uploads are staged before they go to S3."""
        if self.blob_url and self.blob_url.startswith("file:"):
            return Path(self.blob_url.removeprefix("file:").removeprefix("//")).expanduser()
        return self.data_dir / "blobs"


def _one_line(exc: ValidationError) -> str:
    """The first problem of a validation error as "DOCKET_NAME: what is wrong"."""
    error = exc.errors()[0]
    message = error["msg"].removeprefix("Value error, ")
    field = str(error["loc"][0]) if error["loc"] else ""
    if not field:
        return message
    shown = "" if field in SECRET_FIELDS else f" (got {str(error.get('input'))[:80]!r})"
    return f"DOCKET_{field.upper()}: {message}{shown}"


def load_settings() -> Settings:
    """Settings from the environment, or SettingsInvalid with a one-line reason."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsInvalid(_one_line(exc)) from None
    except SettingsError as exc:  # a value pydantic-settings could not even decode
        raise SettingsInvalid(f"{exc}: see README.md for the form each DOCKET_ variable takes"
                              ) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, built on first use."""
    return load_settings()


def reset_settings() -> None:
    """Forget cached settings (tests change the environment between cases)."""
    get_settings.cache_clear()
