"""Legacy binary Office (DOC, XLS, PPT), RTF, and the other suites of the 1990s' council and
police desks (Lotus 1-2-3, Quattro Pro, Microsoft Works): LibreOffice converts them to Office
Open XML, which ingest.extract.office reads like any DOCX, XLSX or PPTX.

Measured on the corpus (see the benchmark report): antiword and catdoc are ~300x faster but
lose headers, footers, comments, text boxes and list numbers; catppt and xls2csv lose notes,
masters and sheet names. Conversion keeps them, so it is used for every legacy file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.errors import CorruptFile, UnsupportedFormat
from ingest.extract import ExtractContext
from ingest.extract.crypto import is_encrypted, open_encrypted
from ingest.extract.office import read_package
from ingest.extract.soffice import convert
from ingest.formats import Format, register
from ingest.model import Extraction

# family -> (extension LibreOffice should read it as, format to convert to). LibreOffice tells
# Lotus 1-2-3 (WKS to 123) and Quattro Pro for DOS (WQ1, WQ2, WB1, WB2) apart by content.
TARGETS = {"doc": ("doc", "docx"), "xls": ("xls", "xlsx"), "ppt": ("ppt", "pptx"),
           "rtf": ("rtf", "docx"), "lotus": ("wk1", "xlsx"), "quattro": ("wb3", "xlsx"),
           "works": ("wps", "docx")}
# Families no password protects in a form msoffcrypto reads.
UNENCRYPTED = frozenset({"rtf", "lotus", "quattro", "works"})


def convert_and_read(path: Path, family: str, context: ExtractContext) -> Extraction:
    suffix, target = TARGETS[family]
    if family not in UNENCRYPTED and is_encrypted(path):
        with open_encrypted(path, context.passwords, f"{family.upper()} file") as plain:
            return _convert_and_read(plain, suffix, target, family)
    return _convert_and_read(path, suffix, target, family)


def _convert_and_read(path: Path, suffix: str, target: str, family: str) -> Extraction:
    with tempfile.TemporaryDirectory(prefix="docket-legacy-") as workdir:
        converted = convert(path, suffix, target, Path(workdir))
        extraction = read_package(converted, f"soffice-{family}")
    return extraction


def extract_doc(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "doc", context)


def extract_xls(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "xls", context)


def extract_ppt(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "ppt", context)


def extract_ole(path: Path, context: ExtractContext) -> Extraction:
    """OLE2 files identify could not place: say whether they are damaged or just foreign."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = sorted({entry[0] for entry in ole.listdir(streams=True, storages=True)})
    except (OSError, ValueError, IndexError) as exc:
        raise CorruptFile(f"an OLE2 compound file whose directory cannot be read: truncated or "
                          f"damaged ({exc})") from exc
    raise UnsupportedFormat(f"an OLE2 compound file of a kind Docket does not read "
                            f"(top-level streams: {', '.join(streams[:8]) or 'none'})")


def extract_rtf(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "rtf", context)


def extract_lotus(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "lotus", context)


def extract_quattro(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "quattro", context)


def extract_works(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "works", context)


register(
    Format(family="doc", mimes=("application/msword",), label="word", extractor=extract_doc,
           ole_streams=("WordDocument",)),
    Format(family="xls", mimes=("application/vnd.ms-excel",), label="spreadsheet",
           extractor=extract_xls, ole_streams=("Workbook", "Book")),
    Format(family="ppt", mimes=("application/vnd.ms-powerpoint",), label="presentation",
           extractor=extract_ppt, ole_streams=("PowerPoint Document",)),
    # OLE2 files whose streams name no format Docket reads (or that cannot be listed).
    Format(family="ole", mimes=("application/x-ole-storage", "application/cdfv2",
                                "application/vnd.ms-office", "application/encrypted"),
           extractor=extract_ole),
    Format(family="rtf", mimes=("text/rtf", "application/rtf"), label="word",
           extractor=extract_rtf),
    Format(family="lotus", mimes=("application/vnd.lotus-1-2-3", "application/x-123"),
           label="spreadsheet", extractor=extract_lotus),
    # Quattro Pro for Windows: an OLE2 file of Corel's suite, told by its class id (Corel
    # Presentations has the same "PerfectOffice_MAIN" stream).
    Format(family="quattro", mimes=("application/x-quattro-pro",), label="spreadsheet",
           extractor=extract_quattro, ole_classes=("EB626F5C-12A9-4F24-A0FC-01B5C2534C35",)),
    # Works 3 and 4 by their stream; Works 2000 and later by the class id of their text
    # ("Quill96 Story Group Class"), whose "CONTENTS" stream Publisher also has.
    Format(family="works", mimes=("application/vnd.ms-works",), label="word",
           extractor=extract_works, ole_streams=("MatOST",),
           ole_classes=("0EA45AB2-9E0A-11D1-A407-00C04FB932BA",)),
)
