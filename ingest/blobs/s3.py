"""The blob store on S3-compatible storage (``DOCKET_BLOB_URL=s3://BUCKET/PREFIX``), for a
cluster whose workers share no disk: ``<prefix>/<sha256[:2]>/<sha256>`` in one bucket.

Writes stream in parts (``put_object`` below one part, a multipart upload above), hashing the
bytes as they pass: a blob whose bytes do not match its name is aborted, never completed.
Reads stream too, and are checked at their end (ingest.blobs.base.VerifiedReader).

The client talks to the configured endpoint only: credentials are given explicitly (or the
requests go unsigned), so boto3 never walks its credential chain to the EC2 metadata service;
retries go to the same endpoint. The secret key stays a ``SecretStr`` until the client is made
and is never part of a message, a ``repr`` or the health report.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlparse

from pydantic import SecretStr

from ingest.blobs.base import (
    COPY_BLOCK,
    BlobError,
    BlobMissing,
    BlobUnreachable,
    HashingReader,
    Health,
    VerifiedReader,
    blob_key,
    blob_ref,
    ref_sha256,
)

PART_SIZE = 16 << 20  # S3 takes parts of 5 MiB to 5 GiB; 16 MiB keeps a 1 TB blob in 10,000
MIN_PART_SIZE = 5 << 20
_MISSING = {"404", "NoSuchKey", "NotFound", "NoSuchBucket"}
_clients: dict[tuple[Any, ...], Any] = {}
_clients_lock = threading.Lock()


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> ("bucket", "some/prefix")."""
    parsed = urlparse(url)
    if parsed.scheme != "s3" or not parsed.netloc:
        raise ValueError(f"not an s3://BUCKET/PREFIX URL: {url!r}")
    return parsed.netloc, parsed.path.strip("/")


@dataclass
class S3BlobStore:
    """Blobs in ``bucket`` under ``prefix``, at ``endpoint_url``."""

    bucket: str
    prefix: str = ""
    endpoint_url: str | None = None
    region: str = "us-east-1"
    access_key: str | None = None
    secret_key: SecretStr | None = field(default=None, repr=False)
    scratch: Path | None = None  # where fetched copies go (not /tmp, which may be memory)
    part_size: int = PART_SIZE
    kind: str = "s3"
    remote: bool = True
    _client: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.part_size < MIN_PART_SIZE:
            raise ValueError(f"S3 parts are at least {MIN_PART_SIZE} bytes")

    def __getstate__(self) -> dict[str, Any]:
        # Pickled into pool processes: each makes a client of its own.
        return {**self.__dict__, "_client": None}

    @property
    def location(self) -> str:
        where = f"s3://{self.bucket}/{self.prefix}".rstrip("/")
        return f"{where} at {self.endpoint_url}" if self.endpoint_url else where

    @property
    def client(self) -> Any:
        if self._client is None:
            # One client per process and configuration: a store is made per task, a client
            # costs tens of milliseconds, and a forked child must not use its parent's sockets.
            secret = self.secret_key.get_secret_value() if self.secret_key else None
            key = (os.getpid(), self.endpoint_url, self.region, self.access_key, secret)
            with _clients_lock:
                if key not in _clients:
                    _clients[key] = self._make_client()
                self._client = _clients[key]
        return self._client

    def _make_client(self) -> Any:
        import boto3
        from botocore import UNSIGNED
        from botocore.config import Config

        signed = self.access_key is not None and self.secret_key is not None
        config = Config(
            region_name=self.region, signature_version=None if signed else UNSIGNED,
            retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=10,
            read_timeout=120, s3={"addressing_style": "path"},
            # Checksums only where S3 requires them: the SHA-256 is ours, checked end to end.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        session = boto3.session.Session(
            aws_access_key_id=self.access_key if signed else None,
            aws_secret_access_key=self.secret_key.get_secret_value() if signed else None,
            region_name=self.region)
        return session.client("s3", endpoint_url=self.endpoint_url, config=config)

    def key(self, sha256: str) -> str:
        return f"{self.prefix}/{blob_key(sha256)}" if self.prefix else blob_key(sha256)

    # --- writing --------------------------------------------------------------------------

    def put_stream(self, stream: BinaryIO, sha256: str) -> int:
        with contextlib.suppress(BlobMissing):
            return self.size(sha256)  # content-addressed: already there is already right
        try:
            return self._put(HashingReader(stream), sha256)
        except BlobError:
            raise
        except Exception as exc:
            raise self._error(exc, sha256) from None

    def _put(self, reader: HashingReader, sha256: str) -> int:
        key = self.key(sha256)
        part = _read_part(reader, self.part_size)
        if len(part) < self.part_size:
            reader.check(sha256)
            self.client.put_object(Bucket=self.bucket, Key=key, Body=bytes(part))
            return reader.size
        upload = self.client.create_multipart_upload(Bucket=self.bucket, Key=key)["UploadId"]
        try:
            parts: list[dict[str, Any]] = []
            while part:  # one part in memory at a time: read, sent, let go
                answer = self.client.upload_part(Bucket=self.bucket, Key=key, UploadId=upload,
                                                 PartNumber=len(parts) + 1, Body=part)
                parts.append({"PartNumber": len(parts) + 1, "ETag": answer["ETag"]})
                part = b""
                part = _read_part(reader, self.part_size)
            reader.check(sha256)
        except BaseException:
            with contextlib.suppress(Exception):
                self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload)
            raise
        self.client.complete_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload,
                                              MultipartUpload={"Parts": parts})
        return reader.size

    def put_file(self, path: Path, sha256: str) -> None:
        with path.open("rb") as stream:  # put_stream asks first whether it is there
            self.put_stream(stream, sha256)

    # --- reading --------------------------------------------------------------------------

    @contextlib.contextmanager
    def open(self, sha256: str, verify: bool = True) -> Iterator[BinaryIO]:
        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=self.key(sha256))
        except Exception as exc:
            raise self._error(exc, sha256) from None
        body = answer["Body"]
        try:
            yield _Translated(self, VerifiedReader(body, sha256) if verify else body, sha256)
        finally:
            body.close()

    def exists(self, sha256: str) -> bool:
        try:
            self.size(sha256)
        except BlobMissing:
            return False
        return True

    def size(self, sha256: str) -> int:
        try:
            answer = self.client.head_object(Bucket=self.bucket, Key=self.key(sha256))
        except Exception as exc:
            raise self._error(exc, sha256) from None
        return int(answer["ContentLength"])

    def ref(self, sha256: str) -> str:
        return blob_ref(sha256)

    @contextlib.contextmanager
    def local_copy(self, ref: str) -> Iterator[Path]:
        sha256 = ref_sha256(ref)
        if sha256 is None:
            yield Path(ref)
            return
        if self.scratch is not None:
            self.scratch.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.scratch, prefix=f"blob-{sha256[:12]}-")
        try:
            with os.fdopen(fd, "wb") as out, self.open(sha256) as blob:
                while block := blob.read(COPY_BLOCK):
                    out.write(block)
            yield Path(name)
        finally:
            os.unlink(name)

    # --- the bucket -----------------------------------------------------------------------

    def prepare(self) -> None:
        """Create the bucket unless it exists (``docket serve`` and tests; ingestion never
        does: a worker finding no bucket is a deployment to fix, not one to paper over)."""
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except Exception as exc:
            if _code(exc) not in _MISSING:
                raise BlobError(f"{self.location}: {_reason(exc)}") from None
        else:
            return
        try:
            self.client.create_bucket(Bucket=self.bucket)
        except Exception as exc:
            raise BlobError(f"{self.location}: could not create the bucket: {_reason(exc)}"
                            ) from None

    def health(self) -> Health:
        try:
            self.client.head_bucket(Bucket=self.bucket)
        except Exception as exc:
            answered = hasattr(exc, "response")  # an HTTP answer: a refusal, not silence
            return Health(self.kind, self.location, answered, False, _reason(exc))
        probe = f"{self.prefix}/.health/{uuid.uuid4().hex}".lstrip("/")
        try:
            self.client.put_object(Bucket=self.bucket, Key=probe, Body=b"docket")
            self.client.delete_object(Bucket=self.bucket, Key=probe)
        except Exception as exc:
            return Health(self.kind, self.location, True, False, _reason(exc))
        return Health(self.kind, self.location, True, True)

    def _error(self, exc: Exception, sha256: str) -> BlobError:
        from botocore.exceptions import BotoCoreError

        if isinstance(exc, BlobError):
            return exc
        if _code(exc) in _MISSING:
            return BlobMissing(f"blob {sha256} is not in {self.location}")
        message = f"blob {sha256} in {self.location}: {_reason(exc)}"
        status = getattr(exc, "response", {}).get("ResponseMetadata", {}).get("HTTPStatusCode")
        if isinstance(exc, BotoCoreError | OSError) or (status or 0) >= 500:
            return BlobUnreachable(message)
        return BlobError(message)


class _Translated(io.RawIOBase):
    """A blob's body whose transport errors are the store's (``BlobUnreachable``...)."""

    def __init__(self, store: S3BlobStore, body: BinaryIO, sha256: str) -> None:
        super().__init__()
        self.store, self.body, self.sha256 = store, body, sha256

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self.body.read(size)
        except Exception as exc:
            raise self.store._error(exc, self.sha256) from None

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        block = self.read(len(buffer))
        buffer[:len(block)] = block
        return len(block)


def _read_part(reader: HashingReader, size: int) -> bytearray:
    """Up to ``size`` bytes, gathered in one buffer (no second copy to join them): a short
    read before the end of the stream is read on from."""
    part = bytearray()
    while len(part) < size and (block := reader.read(min(size - len(part), COPY_BLOCK))):
        part += block
    return part


def _code(exc: Exception) -> str:
    return str(getattr(exc, "response", {}).get("Error", {}).get("Code", ""))


def _reason(exc: Exception) -> str:
    """A one-line reason, from botocore's errors (which never carry the credentials)."""
    return f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
