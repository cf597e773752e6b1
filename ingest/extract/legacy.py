"""Legacy binary Office (DOC, XLS, PPT) and RTF: LibreOffice converts them to Office Open XML,
which ingest.extract.office reads like any DOCX, XLSX or PPTX.

Measured on the corpus (see the benchmark report): antiword and catdoc are ~300x faster but
lose headers, footers, comments, text boxes and list numbers; catppt and xls2csv lose notes,
masters and sheet names. Conversion keeps them, so it is used for every legacy file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.errors import CorruptFile, UnsupportedFormat
from ingest.extract import ExtractContext, register
from ingest.extract.crypto import is_encrypted, open_encrypted
from ingest.extract.office import read_package
from ingest.extract.soffice import convert
from ingest.model import Extraction

# family -> (extension LibreOffice should read it as, format to convert to)
TARGETS = {"doc": ("doc", "docx"), "xls": ("xls", "xlsx"), "ppt": ("ppt", "pptx"),
           "rtf": ("rtf", "docx")}


def convert_and_read(path: Path, family: str, context: ExtractContext) -> Extraction:
    suffix, target = TARGETS[family]
    if family != "rtf" and is_encrypted(path):
        with open_encrypted(path, context.passwords, f"{family.upper()} file") as plain:
            return _convert_and_read(plain, suffix, target, family)
    return _convert_and_read(path, suffix, target, family)


def _convert_and_read(path: Path, suffix: str, target: str, family: str) -> Extraction:
    with tempfile.TemporaryDirectory(prefix="docket-legacy-") as workdir:
        converted = convert(path, suffix, target, Path(workdir))
        extraction = read_package(converted, f"soffice-{family}")
    return extraction


@register("doc")
def extract_doc(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "doc", context)


@register("xls")
def extract_xls(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "xls", context)


@register("ppt")
def extract_ppt(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "ppt", context)


@register("ole")
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


@register("rtf")
def extract_rtf(path: Path, context: ExtractContext) -> Extraction:
    return convert_and_read(path, "rtf", context)
