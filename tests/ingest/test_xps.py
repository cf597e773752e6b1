"""XPS documents, as "Microsoft XPS Document Writer" saves a letter printed to a file: one
page of the document a page of text, in reading order, with the package's properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.errors import CorruptFile
from ingest.extract import ExtractContext, extract
from ingest.identify import identify
from ingest.model import Extraction

XPS = "http://schemas.microsoft.com/xps/2005/06"


def glyphs(x: float, y: float, text: str, size: float = 12.0) -> str:
    return (f'<Glyphs OriginX="{x}" OriginY="{y}" FontRenderingEmSize="{size}" '
            f'FontUri="/Resources/font.odttf" UnicodeString="{text}" Fill="#FF000000"/>')


def write_xps(path: Path, pages: list[list[str]], sequence: str = "FixedDocSeq.fdseq",
              title: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(sequence, f'<FixedDocumentSequence xmlns="{XPS}"><DocumentReference '
                                   'Source="/Documents/1/FixedDoc.fdoc"/></FixedDocumentSequence>')
        contents = "".join(f'<PageContent Source="Pages/{n}.fpage"/>'
                           for n in range(1, len(pages) + 1))
        package.writestr("Documents/1/FixedDoc.fdoc",
                         f'<FixedDocument xmlns="{XPS}">{contents}</FixedDocument>')
        for number, runs in enumerate(pages, start=1):
            # Saved as Windows does: UTF-16 with a byte-order mark.
            page = f'<FixedPage xmlns="{XPS}" Width="816" Height="1056"><Canvas>{"".join(runs)}' \
                   '</Canvas></FixedPage>'
            package.writestr(f"Documents/1/Pages/{number}.fpage", page.encode("utf-16"))
        if title:
            package.writestr("docProps/core.xml", (
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:title>{title}</dc:title><dc:creator>J. Oduya</dc:creator>"
                "</cp:coreProperties>"))
    return path


def read(path: Path) -> Extraction:
    return extract(path, identify(path), ExtractContext())


def test_a_printed_letter_reads_line_by_line_page_by_page(tmp_path: Path) -> None:
    letter = write_xps(tmp_path / "letter.xps", [
        [glyphs(96, 100, "Harwick Borough Council"),
         glyphs(96, 130, "Dear Mr"), glyphs(150, 130.4, "Stokes,"),  # one line, two fonts
         glyphs(96, 160, "{}{ref HBC/2291}")],  # "{}" escapes a leading brace
        [glyphs(96, 100, "Yours faithfully, Janet Oduya")],
    ], title="Letter to R Stokes")
    assert identify(letter).family == "xps"
    extraction = read(letter)
    assert [page.text for page in extraction.pages] == [
        "Harwick Borough Council\nDear Mr Stokes,\n{ref HBC/2291}",
        "Yours faithfully, Janet Oduya",
    ]
    assert extraction.title == "Letter to R Stokes" and extraction.author == "J. Oduya"


def test_openxps_names_its_sequence_in_full(tmp_path: Path) -> None:
    document = write_xps(tmp_path / "minutes.oxps", [[glyphs(96, 100, "Strategy meeting")]],
                         sequence="FixedDocumentSequence.fdseq")
    assert read(document).text == "Strategy meeting"


def test_a_page_the_sequence_names_but_the_package_lacks_is_a_corrupt_file(
        tmp_path: Path) -> None:
    document = tmp_path / "cut.xps"
    with zipfile.ZipFile(document, "w") as package:
        package.writestr("FixedDocSeq.fdseq", f'<FixedDocumentSequence xmlns="{XPS}">'
                         '<DocumentReference Source="/Documents/1/FixedDoc.fdoc"/>'
                         "</FixedDocumentSequence>")
    with pytest.raises(CorruptFile, match="missing part"):
        read(document)


@pytest.mark.corpus
def test_corpus_xps_documents(corpus: Path) -> None:
    folder = corpus / "tika/tika-parser-microsoft-module"
    assert "tika content" in " ".join(read(folder / "testPPT.xps").text.split())
    assert "This is my XPS document test." in read(folder / "testXPSWithDataDescriptor.xps").text
