"""The blob store of originals, content-addressed by SHA-256: ``<root>/<sha256[:2]>/<sha256>``.

One interface (``BlobStore``, ingest.blobs.base), two stores chosen by ``DOCKET_BLOB_URL``:
a local directory (ingest.blobs.local, the default) and S3-compatible storage (ingest.blobs.s3)
for a cluster whose workers share nothing but the services. ``blob_store(settings)`` gives the
configured one.
"""

from __future__ import annotations

from config import Settings
from ingest.blobs.base import (
    BLOB_SCHEME,
    BlobCorrupt,
    BlobError,
    BlobMissing,
    BlobStore,
    BlobUnreachable,
    Health,
    blob_key,
    blob_ref,
    ref_sha256,
)
from ingest.blobs.local import (
    INCOMING,
    LocalBlobStore,
    Staged,
    blob_path,
    clear_stale_incoming,
    discard_staged,
    keep_staged,
    stage_blob,
    store_blob,
)
from ingest.blobs.s3 import S3BlobStore, parse_s3_url

__all__ = [
    "BLOB_SCHEME", "INCOMING", "BlobCorrupt", "BlobError", "BlobMissing", "BlobStore",
    "BlobUnreachable", "Health", "LocalBlobStore", "S3BlobStore", "Staged", "blob_key",
    "blob_path", "blob_ref", "blob_store", "clear_stale_incoming", "discard_staged",
    "keep_staged", "parse_s3_url", "ref_sha256", "stage_blob", "store_blob",
]


def blob_store(settings: Settings) -> BlobStore:
    """The store ``DOCKET_BLOB_URL`` names (a local directory when unset)."""
    url = settings.blob_url or ""
    if not url.startswith("s3://"):
        return LocalBlobStore(settings.blob_dir)
    bucket, prefix = parse_s3_url(url)
    return S3BlobStore(bucket=bucket, prefix=prefix, endpoint_url=settings.s3_endpoint_url,
                       region=settings.s3_region, access_key=settings.s3_access_key,
                       secret_key=settings.s3_secret_key, scratch=settings.data_dir / "work")
