"""Encrypted Office files (msoffcrypto-tool): OOXML in an OLE EncryptedPackage, and RC4/XOR
encrypted DOC, XLS and PPT. Each configured password is tried; the decrypted copy lives in a
temporary file only while it is read.
"""

from __future__ import annotations

import inspect
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import msoffcrypto
from msoffcrypto.exceptions import DecryptionError, FileFormatError, ParseError

from ingest.errors import CorruptFile, PasswordProtected

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Excel encrypts "protected" workbooks with this fixed password; any reader opens them.
DEFAULT_PASSWORDS = ("VelvetSweatshop",)
_BROKEN = (FileFormatError, ParseError, ValueError, KeyError, IndexError, AssertionError,
           OSError, EOFError)


def is_ole(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(8) == OLE_MAGIC


def is_encrypted(path: Path) -> bool:
    """Whether msoffcrypto sees encryption; unreadable files are left to their extractor."""
    try:
        with path.open("rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except (*_BROKEN, DecryptionError):
        return False


@contextmanager
def open_encrypted(path: Path, passwords: tuple[str, ...], what: str = "Office file") -> Iterator[Path]:
    """The decrypted file, or PasswordProtected naming how many passwords were tried."""
    with path.open("rb") as handle:
        try:
            office = msoffcrypto.OfficeFile(handle)
            encrypted = office.is_encrypted()
        except _BROKEN as exc:
            raise CorruptFile(f"the {what} is an OLE file but not a readable Office file ({exc})") from exc
        if not encrypted:
            raise CorruptFile(f"the {what} is an OLE file that holds no Office package")
        candidates = [*passwords, *DEFAULT_PASSWORDS]
        # OOXML checks a password only when asked; the 97-2003 formats always check it.
        verify = ({"verify_password": True}
                  if "verify_password" in inspect.signature(office.load_key).parameters else {})
        with tempfile.TemporaryDirectory(prefix="docket-decrypt-") as folder:
            target = Path(folder) / f"decrypted{path.suffix}"
            for password in candidates:
                try:
                    office.load_key(password=password, **verify)
                    with target.open("wb") as out:
                        office.decrypt(out)
                except (DecryptionError, *_BROKEN):
                    continue
                yield target
                return
    tried = f"none of the {len(passwords)} configured passwords opens it" if passwords else (
        "no password is configured for it")
    raise PasswordProtected(f"the {what} is encrypted and {tried}")
