"""The blob store (ingest.blobs): both stores through one suite, the S3 one against a real
SeaweedFS server (tests/s3server.py), never a mock."""

from __future__ import annotations

import hashlib
import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.blobs import (
    BlobCorrupt,
    BlobError,
    BlobMissing,
    BlobStore,
    LocalBlobStore,
    S3BlobStore,
    blob_path,
    blob_ref,
)
from ingest.blobs.s3 import MIN_PART_SIZE
from tests.s3server import seaweed_s3, writable_bucket
from tests.test_offline import refuse_outbound  # noqa: F401 - a fixture

ACCESS, SECRET = "docket-test", "a-secret-only-this-test-knows"


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    with seaweed_s3(tmp_path_factory.mktemp("weed"), {ACCESS: SECRET}) as server:
        yield server.endpoint, server.log


def s3_store(endpoint: str, bucket: str = "docket-blobs", secret: str = SECRET,
             scratch: Path | None = None) -> S3BlobStore:
    from pydantic import SecretStr

    return S3BlobStore(bucket=bucket, prefix="originals", endpoint_url=endpoint,
                       access_key=ACCESS, secret_key=SecretStr(secret),
                       scratch=scratch, part_size=MIN_PART_SIZE)


@pytest.fixture(params=["local", "s3"])
def blobs(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    if request.param == "local":
        return LocalBlobStore(tmp_path / "blobs")
    endpoint, log = request.getfixturevalue("s3_endpoint")
    return writable_bucket(s3_store(endpoint, scratch=tmp_path / "work"), log)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Generated(io.RawIOBase):
    """``size`` bytes made as they are read (never held whole), the same for the same seed."""

    def __init__(self, size: int, seed: bytes = b"docket") -> None:
        super().__init__()
        self.left, self.counter, self.seed = size, 0, seed

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        block = b""
        while len(block) < min(len(buffer), self.left):
            self.counter += 1
            block += hashlib.sha512(self.seed + self.counter.to_bytes(8, "big")).digest() * 64
        block = block[:min(len(buffer), self.left)]
        buffer[:len(block)] = block
        self.left -= len(block)
        return len(block)


def generated_sha256(size: int) -> str:
    digest, stream = hashlib.sha256(), Generated(size)
    while block := stream.read(1 << 20):
        digest.update(block)
    return digest.hexdigest()


def corrupt(blobs: BlobStore, sha256: str, data: bytes) -> None:
    """Replace a stored blob's bytes behind the store's back (a disk or a bucket gone bad)."""
    if isinstance(blobs, LocalBlobStore):
        blob_path(blobs.root, sha256).write_bytes(data)
    else:
        assert isinstance(blobs, S3BlobStore)
        blobs.client.put_object(Bucket=blobs.bucket, Key=blobs.key(sha256), Body=data)


def test_a_blob_goes_in_and_comes_back(blobs: BlobStore) -> None:
    data = b"The originals are kept by their hash.\n" * 100
    assert not blobs.exists(sha(data))
    assert blobs.put_stream(io.BytesIO(data), sha(data)) == len(data)
    assert blobs.exists(sha(data))
    assert blobs.size(sha(data)) == len(data)
    with blobs.open(sha(data)) as stream:
        assert stream.read() == data
    with blobs.local_copy(blobs.ref(sha(data))) as copy:
        assert copy.read_bytes() == data
        kept = copy
    assert kept.exists() == (not blobs.remote)  # a fetched copy is gone afterwards


def test_putting_a_blob_again_keeps_the_first_and_reads_nothing(blobs: BlobStore) -> None:
    data = b"same bytes, twice"
    blobs.put_stream(io.BytesIO(data), sha(data))
    unread = io.BytesIO(data)
    assert blobs.put_stream(unread, sha(data)) == len(data)
    assert unread.tell() == 0
    with blobs.open(sha(data)) as stream:
        assert stream.read() == data


def test_bytes_that_do_not_match_their_name_are_not_kept(blobs: BlobStore) -> None:
    claimed = sha(b"what the caller said")
    with pytest.raises(BlobCorrupt, match=claimed):
        blobs.put_stream(io.BytesIO(b"what the bytes are"), claimed)
    assert not blobs.exists(claimed)


def test_a_corrupt_blob_is_an_error_naming_it_at_the_end_of_the_read(blobs: BlobStore) -> None:
    data = b"evidence" * 1000
    blobs.put_stream(io.BytesIO(data), sha(data))
    corrupt(blobs, sha(data), b"tampered" * 1000)
    with pytest.raises(BlobCorrupt, match=sha(data)), blobs.open(sha(data)) as stream:
        while stream.read(4096):
            pass
    with pytest.raises(BlobCorrupt, match=sha(data)), blobs.local_copy(blobs.ref(sha(data))):
        if not blobs.remote:  # a local task reads the file itself; the store's read checks
            with blobs.open(sha(data)) as stream:
                stream.read()
    with blobs.open(sha(data), verify=False) as stream:  # the export reports it itself
        assert stream.read() == b"tampered" * 1000


def test_a_missing_blob_is_named(blobs: BlobStore) -> None:
    absent = sha(b"never stored")
    with pytest.raises(BlobMissing, match=absent), blobs.open(absent):
        pass
    with pytest.raises(BlobMissing, match=absent):
        blobs.size(absent)


def test_a_large_blob_streams_in_parts_with_bounded_memory(blobs: BlobStore) -> None:
    size = 7 * MIN_PART_SIZE + 12345  # 8 parts of S3's smallest size
    expected = generated_sha256(size)
    tracemalloc.start()
    try:
        assert blobs.put_stream(Generated(size), expected) == size
        _current, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        with blobs.open(expected) as stream:
            while block := stream.read(1 << 20):
                digest.update(block)
        _current, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == expected
    # At most a few parts in memory at once, never the blob (8 parts).
    assert peak_in < 3 * MIN_PART_SIZE, peak_in
    assert peak_out < 3 * MIN_PART_SIZE, peak_out
    if isinstance(blobs, S3BlobStore):
        head = blobs.client.head_object(Bucket=blobs.bucket, Key=blobs.key(expected))
        assert head["ETag"].strip('"').endswith("-8")  # a multipart upload of 8 parts


def test_a_task_names_a_local_blob_by_its_path_and_a_remote_one_by_its_hash(
        blobs: BlobStore) -> None:
    digest = sha(b"x")
    if blobs.remote:
        assert blobs.ref(digest) == blob_ref(digest) == f"blob:{digest}"
    else:
        assert isinstance(blobs, LocalBlobStore)
        assert blobs.ref(digest) == str(blob_path(blobs.root, digest))


def test_the_store_reports_itself_writable(blobs: BlobStore) -> None:
    health = blobs.health()
    assert (health.kind, health.reachable, health.writable) == (blobs.kind, True, True)


def test_s3_refuses_a_wrong_secret_and_never_shows_the_right_one(
        s3_endpoint: tuple[str, Path], tmp_path: Path) -> None:
    endpoint, log = s3_endpoint
    good = writable_bucket(s3_store(endpoint), log)
    wrong = s3_store(endpoint, secret="not-the-secret")
    health = wrong.health()
    assert not health.writable and health.error
    data = b"refused"
    with pytest.raises(BlobError, match=r"SignatureDoesNotMatch|AccessDenied|Forbidden"):
        wrong.put_stream(io.BytesIO(data), sha(data))
    assert not good.exists(sha(data))
    for shown in (repr(good), str(good.health()), repr(good.health())):
        assert SECRET not in shown


def test_s3_connects_to_its_endpoint_only(
    s3_endpoint: tuple[str, Path], request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """No instance metadata look-up, no telemetry: with keys given, and with none (unsigned),
    every connection goes to the configured endpoint on loopback."""
    from pydantic import SecretStr

    for variable in ("AWS_EC2_METADATA_DISABLED", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                     "AWS_PROFILE", "AWS_CONFIG_FILE"):
        monkeypatch.delenv(variable, raising=False)
    attempts: Path = request.getfixturevalue("refuse_outbound")  # tests/test_offline.py
    endpoint, log = s3_endpoint
    signed = writable_bucket(s3_store(endpoint, bucket="offline", scratch=tmp_path), log)
    data = b"stays on loopback"
    signed.put_stream(io.BytesIO(data), sha(data))
    with signed.local_copy(signed.ref(sha(data))) as copy:
        assert copy.read_bytes() == data
    unsigned = S3BlobStore(bucket="offline", endpoint_url=endpoint,
                           secret_key=SecretStr("only half a key pair: unsigned"))
    assert not unsigned.health().writable  # this server lets no anonymous caller in
    assert attempts.read_text() == ""
