"""The format registry (ingest.formats) is consistent, and every module that declares formats is
found by discovery rather than by a hand-written list."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import importlib.util
import pkgutil
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from ingest import formats
from ingest.containers import LISTING_FAMILIES, MAIL_FAMILIES, unpacker_for
from ingest.errors import UnsupportedFormat
from ingest.extract import extractor_for
from ingest.formats import Format
from ingest.model import Identity

# Families that name files Docket settles without reading them.
NOT_READ = {"empty"}


def declaring_modules() -> set[str]:
    """Modules of the built-in packages whose code calls ``register``, read from their source."""
    found = set()
    for package_name in formats.BUILTIN_PACKAGES:
        package = importlib.import_module(package_name)
        for module in pkgutil.iter_modules(package.__path__, f"{package_name}."):
            source = Path(importlib.util.find_spec(module.name).origin).read_text()
            calls = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)
                     and isinstance(node.func, ast.Name) and node.func.id == "register"]
            if calls:
                found.add(module.name)
    return found


def test_every_mime_names_one_family() -> None:
    mimes = Counter(mime.lower() for fmt in formats.all_formats() for mime in fmt.mimes)
    assert [mime for mime, count in mimes.items() if count > 1] == []
    for fmt in formats.all_formats():
        assert all(formats.by_mime(mime) is fmt for mime in fmt.mimes)


def test_every_family_is_read_and_labelled() -> None:
    families = [fmt.family for fmt in formats.all_formats()]
    assert len(families) == len(set(families))
    for fmt in formats.all_formats():
        assert fmt.label, fmt.family
        assert formats.label_of(fmt.family) == fmt.label
        if fmt.family not in NOT_READ:
            assert fmt.extractor or fmt.unpacker, f"{fmt.family} has neither reader"
    assert formats.label_of("unknown") == "unknown"


def test_identification_tables_point_at_declared_formats() -> None:
    for mime in [*formats.package_parts().values(), *(m for _s, m in formats.ole_streams())]:
        assert formats.by_mime(mime) is not None, mime
    # An encrypted package is checked before the streams it might also hold.
    assert formats.ole_streams()[0] == ("EncryptedPackage", "application/x-encrypted-ooxml")


def test_every_declaring_module_is_discovered() -> None:
    formats.discover()
    modules = declaring_modules()
    assert {"ingest.extract.pdf", "ingest.extract.office", "ingest.containers.archives"} <= modules
    assert modules <= set(sys.modules)
    readers_from = {reader.__module__ for fmt in formats.all_formats()
                    for reader in (fmt.extractor, fmt.unpacker) if reader is not None}
    # Each declaring module has its readers registered (the pdf and mail unpackers are declared
    # by the extractor module of their format, hence a superset).
    assert modules <= readers_from


def test_container_tables_are_views_of_the_registry() -> None:
    for fmt in formats.all_formats():
        assert (fmt.family in LISTING_FAMILIES) == (fmt.unpacker is not None
                                                    and fmt.extractor is None)
        assert (fmt.family in MAIL_FAMILIES) == fmt.mail
        assert unpacker_for(fmt.family) is fmt.unpacker
    assert {"zip", "pst", "mbox", "tnef"} <= LISTING_FAMILIES
    assert {"email", "msg"} <= LISTING_FAMILIES | MAIL_FAMILIES
    assert unpacker_for("no-such-family") is None


def test_extractor_for_reads_the_registry() -> None:
    assert extractor_for(Identity("application/pdf", "pdf", "pdf")) is formats.by_family(
        "pdf").extractor
    with pytest.raises(UnsupportedFormat):
        extractor_for(Identity("application/zip", "zip", "zip"))
    with pytest.raises(UnsupportedFormat):
        extractor_for(Identity("application/x-foo", "unknown", "foo"))


def test_a_family_or_mime_claimed_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        formats.register(Format(family="pdf", mimes=("application/x-other-pdf",)))
    with pytest.raises(ValueError, match="claimed by 'pdf'"):
        formats.register(Format(family="not-pdf", mimes=("application/pdf",)))
    with pytest.raises(ValueError, match="no MIME type"):
        Format(family="nothing", mimes=())
    assert formats.by_family("not-pdf") is None


def test_every_field_and_lookup_is_documented() -> None:
    documented = set(re.findall(r"``(\w+)", formats.__doc__ or ""))
    fields = {f.name for f in dataclasses.fields(Format)}
    lookups = set(formats.__all__) - {"BUILTIN_PACKAGES", "Format", "discover"}
    assert fields | lookups <= documented, (fields | lookups) - documented


def test_the_label_defaults_to_the_family() -> None:
    assert Format(family="odt", mimes=("x/y",)).label == "odt"
    assert formats.label_of("docx") == "word"


@pytest.mark.parametrize(("label", "families"), [
    ("word", {"doc", "docx", "rtf", "odt", "works", "wordperfect"}),
    ("spreadsheet", {"xls", "xlsx", "xlsb", "ods", "lotus", "quattro"}),
    ("presentation", {"ppt", "pptx", "odp"}),
    ("database", {"dbf", "access"}),
])
def test_a_type_filter_finds_every_suite_s_files_of_that_kind(label: str,
                                                              families: set[str]) -> None:
    # A user filtering "word" means the ODT and the Works file as much as the DOCX.
    formats.discover()
    assert {f.family for f in formats.all_formats() if f.label == label} >= families


def test_importing_the_tables_does_not_import_the_extractors() -> None:
    # Derived views read the registry when used: the API and the planner import
    # ingest.containers without paying for every extractor's libraries.
    code = ("import sys, ingest.containers, ingest.extract, ingest.records; "
            "print(sorted(m for m in sys.modules if m.startswith('ingest.extract.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
