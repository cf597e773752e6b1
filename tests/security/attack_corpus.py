"""The attacker's own collection (issue 12): two protected names written in every form the README
promises to hide, and for each a control name of exactly the same shape that appears nowhere.

Protected: "Idris Vowkes" (cipher A1) and "Ursula Kesswick" (cipher A2).
Controls:  "Ewart Yapley" and "Odette Nussbaum" (same word count, letters per word, capitals, and
the double "s" of Kesswick at the same place in Nussbaum).

The filler text is written so that no word starts with the first two letters of any name word,
no word is within two edits of one, and no word holds a fragment of a protected surname. The
one-letter probes (``i*``, ``I????``, ``I*s``) match other words, so a name and its control must
match the same number of them, in the same places: outside FILLER no word starts with the first
letter of a name word (the initials "I." and "U." are part of a written form of the name), and
FILLER has, for each name word and its control's, one word of that first letter and length
(``inlet``/``early`` for ``I????``/``E????``) and one of that first and last letter and another
length (``islands``/``elephant`` for ``I*s``/``E*t``). Twin words sit side by side, so that
snippets and rankings are the same for both. A forename is never written alone (the README
says a forename alone is not hidden).
"""

from __future__ import annotations

import re
import tarfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from io import BytesIO
from pathlib import Path


@dataclass(frozen=True)
class Twin:
    """A protected name, its cipher, and a control name of the same shape."""

    protected: str
    cipher: str
    control: str
    control_cipher: str  # a cipher-shaped word that is no cipher

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.protected.lower().split())


TWINS = (Twin("Idris Vowkes", "A1", "Ewart Yapley", "B1"),
         Twin("Ursula Kesswick", "A2", "Odette Nussbaum", "B2"))
# Short lines: the e-mail stays unencoded and the PDF's lines stay on the page.
FILLER_LINES = ("The list: yellow velvet, inlet early, uneven outlaw, kindness notebook;",
                "violins yesterday, islands elephant, umbrella olive, kayak nasturtium.")
FILLER = "\n".join(FILLER_LINES)
FIRST_LETTERS = "ievyuokn"  # of the name words and their controls': see the module's docstring
DOMAIN = "wharfmail.test"
BROKEN = "scans/vowkes-idris-scan.pdf"  # not a PDF past its first line: a failed ledger entry
OUTSIDER = "Bertram Flitch"  # an unprotected person in the same collection
OTHER_PERSON = "Cedric Thwaite"  # the only person of the other collection (corrections)
BIDI = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c")


def _texts() -> dict[str, str]:
    """Plain-text documents, by their path in the collection (folders and file names included)."""
    return {
        "statement-1997.txt": (
            "Witness statement taken at Larchmere Lodge, 3 March 1997.\n"
            "Mr Idris Vowkes gave this statement. VOWKES, Idris said that Ursula Kesswick drove "
            "the grey bus. I. Vowkes signed the sheet. Mrs Kesswick saw the signing.\n"
            f"Contact: idris.vowkes@{DOMAIN}\n{FILLER}\n"),
        "kesswick-papers/idris-vowkes-memo.txt": (
            "Memo: the meeting with I. Vowkes and U. Kesswick at Larchmere Lodge, "
            "9 June 1998.\nMs Kesswick and Mr Vowkes both attended. KESSWICK, Ursula "
            f"wrote from u.kesswick@{DOMAIN} the day after.\n{FILLER}\n"),
        "rota-1998.txt": f"Bus rota held by {OUTSIDER}, 4 April 1998.\n{FILLER}\n",
        # A case for the register (a crime number, an arrest, a witness, a charge), so that its
        # routes have a protected suspect to give away. No "e t" ("the theft"): the API echoes
        # the probe "E*t" folded as "e t", and the twin comparison masks its echoes.
        "crime-report-1998.txt": (
            "Crime report CRN 14/2231/98, 2 May 1998.\n"
            "Idris Vowkes was arrested at Larchmere Lodge for theft.\n"
            f"Ursula Kesswick saw that theft. Charged with theft, 9 May 1998.\n{FILLER}\n"),
    }


def _email() -> bytes:
    message = EmailMessage()
    message["From"] = f'"Ursula Kesswick" <ursula.kesswick@{DOMAIN}>'
    message["To"] = f'"VOWKES, Idris" <i.vowkes@{DOMAIN}>'
    message["Cc"] = f'"{OUTSIDER}" <bertram.flitch@{DOMAIN}>'
    message["Subject"] = "Bus rota for I. Vowkes and KESSWICK, Ursula"
    message["Date"] = "Sun, 14 Dec 1997 10:00:00 +0000"
    message.set_content(f"Dear Mr Vowkes,\nthe rota was attached.\nRegards, U. Kesswick\n{FILLER}\n")
    return bytes(message)


DOCX_LINES = ("Report by Ursula Kesswick about Mr Idris Vowkes, 2 May 1996.",
              f"KESSWICK, Ursula and VOWKES, Idris met {OUTSIDER}.", *FILLER_LINES)
PDF_LINES = ("Statement by Ursula Kesswick dated 5 January 1999.",
             f"Miss Kesswick spoke with I. Vowkes and {OUTSIDER}.",
             f"ursula.kesswick@{DOMAIN}", *FILLER_LINES)
METADATA = ("Ursula Kesswick", "Report about Idris Vowkes", "Idris Vowkes",
            "Statement by U. Kesswick")


def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = METADATA[0]
    document.core_properties.title = METADATA[1]
    for line in DOCX_LINES:
        document.add_paragraph(line)
    document.save(str(path))


def _pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.setAuthor(METADATA[2])
    pdf.setTitle(METADATA[3])
    for number, line in enumerate(PDF_LINES):
        pdf.drawString(40, 800 - 20 * number, line)
    pdf.save()


def write_collection(folder: Path) -> list[str]:
    """Write the attack collection's files under folder; returns their relative paths."""
    for relative, text in _texts().items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(text, encoding="utf-8")
    (folder / "memo-kesswick.eml").write_bytes(_email())
    _docx(folder / "report-vowkes.docx")
    _pdf(folder / "kesswick-u.pdf")
    # A file that fails, named for a protected person: its path is in the job's failures.
    (folder / BROKEN).parent.mkdir(exist_ok=True)
    (folder / BROKEN).write_bytes(b"%PDF-1.4\n% cut short by the scanner\n")
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def write_other_collection(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "boiler.txt").write_text(
        f"Mr {OTHER_PERSON} wrote about the Larchmere boiler on 2 February 1995.\n"
        f"{OTHER_PERSON} signed the boiler log.\n", encoding="utf-8")


def write_bidi_collection(folder: Path) -> None:
    """File names and a subject with right-to-left overrides ("invoice<RLO>fdp.exe" and kin)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "invoice\u202efdp.txt").write_text("Gravel invoice, 1996.\n", encoding="utf-8")
    (folder / "minutes\u2067draft\u2069.txt").write_text("Gravel minutes.\n", encoding="utf-8")
    message = EmailMessage()
    message["From"] = f"clerk@{DOMAIN}"
    message["Subject"] = "Gravel \u202egnitaem\u202c notes"
    message.set_content("Gravel meeting notes.\n")
    (folder / "gravel.eml").write_bytes(bytes(message))


def hostile_tar() -> tuple[bytes, int]:
    """A tar with three files and six members that are not files; returns (bytes, members)."""
    out = BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name in ("a.txt", "b.txt", "c.txt"):
            data = f"Gravel ledger {name}.\n".encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, BytesIO(data))
        specials = [("link-relative", tarfile.SYMTYPE, "a.txt"),
                    ("link-absolute", tarfile.SYMTYPE, "/etc/passwd"),
                    ("hard-link", tarfile.LNKTYPE, "a.txt"),
                    ("char-device", tarfile.CHRTYPE, ""),
                    ("block-device", tarfile.BLKTYPE, ""),
                    ("named-pipe", tarfile.FIFOTYPE, "")]
        for name, kind, target in specials:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, target
            tar.addfile(info)
    return out.getvalue(), 9


def everything_written() -> str:
    """Every text, header, metadata value and path of the attack collection, for the premises."""
    return "\n".join([_email().decode(), *_words_a_reader_can_search()])


def _words_a_reader_can_search() -> list[str]:
    """The texts, titles, paths, parties and metadata (the e-mail's MIME headers left out)."""
    message = BytesParser(policy=default).parsebytes(_email())
    parties = [str(message[field]) for field in ("From", "To", "Cc", "Subject", "Date")]
    return [*_texts(), *_texts().values(), *parties, message.get_content(), *DOCX_LINES,
            *PDF_LINES, *METADATA, "memo-kesswick.eml", "report-vowkes.docx", "kesswick-u.pdf",
            BROKEN]


def first_letter_words() -> list[str]:
    """Words outside FILLER and the names that start with the first letter of a name word (the
    initials "I." and "U." of the protected names aside): there must be none."""
    allowed = set(words_of(FILLER)) | {w for twin in TWINS for w in words_of(twin.protected)}
    allowed |= {twin.protected[0].lower() for twin in TWINS}
    allowed.add("eml")  # an extension: the one-letter probes do not search file names
    return sorted({w for w in words_of("\n".join(_words_a_reader_can_search()))
                   if w[0] in FIRST_LETTERS and w not in allowed})


def words_of(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
