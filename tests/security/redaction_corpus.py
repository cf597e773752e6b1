"""The redaction attacker's collection (issue 17) and the probes built from what it redacts.

Redacted, each with a control of the same shape that is written nowhere:

- a phone number in three written forms ("07700 900461", "07700900461", "+44 7700 900461"),
  redacted by the entity rule; control "07911 358264";
- a protected person, "Idris Vowkes" (control "Ewart Yapley", the cipher suite's twin, so that
  its name probes and filler are reused), in the forms full, "VOWKES, Idris", "I. Vowkes",
  "Mr Vowkes" and the e-mail local part "idris.vowkes@", redacted by the name rule; no cipher
  protects him, so the redacted copy is the collection's only copy;
- a child code, "Child K" (control "Child R"), by the anonymised-codes rule;
- a span, the locker code "tamarisk93" (control "wolfbane28");
- a whole page, the second page of a PDF, whose word "gossamer" is written nowhere else
  (control "halberds");
- a box on the first page of that PDF (its words leave the searchable copy too).

Two "ledger" documents are the same but for the span redacted in each (one word in the north
ledger, four in the south): what an uncleared user gets for them must not tell the redacted
lengths apart (sizes, offsets, phrase slops).

The filler is the cipher suite's (attack_corpus.FILLER); outside it no word starts with the first
letter of a name word of the twin (i, e, v, y), so the one-letter probes match the same filler
words for the name and its control.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from tests.security.attack_corpus import DOMAIN, FILLER, FILLER_LINES, TWINS
from tests.security.attack_probes import Probe

NAME = TWINS[0]  # Idris Vowkes / Ewart Yapley
OUTSIDER = "Bertram Flitch"  # an unredacted person in the same documents
OUTSIDER_PHONE = "01632 960555"  # an unredacted phone number beside the redacted one
REASON = "Restriction Order 3: identity of complainant"
THIRD_PARTY = "personal data of a third party"


@dataclass(frozen=True)
class Secret:
    """A redacted string, its control (same shape, written nowhere) and how it is redacted."""

    label: str
    redacted: str
    control: str


PHONE = Secret("phone", "07700 900461", "07911 358264")
PHONE_FORMS = ("07700 900461", "07700900461", "+44 7700 900461")
CHILD = Secret("child code", "Child K", "Child R")
SPAN = Secret("span", "tamarisk93", "wolfbane28")
SOUTH_SPAN = "saffron walnut quill 4417"  # the south ledger's redacted span (four words)
PAGE_WORD = Secret("whole page", "gossamer", "halberds")
SECRETS = (PHONE, CHILD, SPAN, PAGE_WORD)

PAGE_LINES = {  # the PDF's pages: the first gets a box, the second is redacted whole
    1: ("Sheet one: the depot rota for April 1999.", f"{OUTSIDER} drove a grey bus."),
    2: ("Sheet two: the gossamer cuttings sat by the brass lantern.",
        "The lantern was lit at dusk."),
}
LEDGER = ("The night porter noted the locker combination {} near the oak dresser, 4 April 1998.\n"
          f"{FILLER}\n")


def texts() -> dict[str, str]:
    """The plain-text documents, by path."""
    return {
        "statement-1997.txt": (
            "Witness statement taken at Larchmere Lodge, 3 March 1997.\n"
            "Mr Idris Vowkes signed this statement. VOWKES, Idris said that the grey bus stopped "
            "at the depot. I. Vowkes signed the sheet. Mr Vowkes rang 07700 900461 from the "
            "kiosk; the number 07700900461 was written down, and +44 7700 900461 on the back.\n"
            f"Contact: idris.vowkes@{DOMAIN}\n"
            f"Child K was present. {OUTSIDER} rang {OUTSIDER_PHONE}.\n{FILLER}\n"),
        "crime-report-1998.txt": (
            "Crime report CRN 14/2231/98, 2 May 1998.\n"
            "Idris Vowkes was arrested at Larchmere Lodge for theft. His phone 07700 900461 was "
            f"seized. {OUTSIDER} saw that theft. Charged with theft, 9 May 1998.\n{FILLER}\n"),
        "ledger-north.txt": LEDGER.format(SPAN.redacted),
        "ledger-south.txt": LEDGER.format(SOUTH_SPAN),
        "rota-1998.txt": f"Bus rota held by {OUTSIDER}, 4 April 1998.\n{FILLER}\n",
        "garden-1998.txt": ("Garden notes: the juniper hedge and the plumbago border by the "
                            f"depot, 6 June 1998.\n{FILLER}\n"),
    }


def _email() -> bytes:
    message = EmailMessage()
    message["From"] = f'"Idris Vowkes" <idris.vowkes@{DOMAIN}>'
    message["To"] = f'"{OUTSIDER}" <bertram.flitch@{DOMAIN}>'
    message["Subject"] = "Bus rota from I. Vowkes"
    message["Date"] = "Sun, 14 Dec 1997 10:00:00 +0000"
    message.set_content(f"Dear Mr Flitch,\nthe rota was attached. Ring me on {PHONE.redacted}.\n"
                        f"Regards, I. Vowkes\n{FILLER}\n")
    return bytes(message)


DOCX_LINES = (f"Report by {OUTSIDER} about Mr Idris Vowkes, 2 May 1996.",
              f"VOWKES, Idris met {OUTSIDER} at the depot.", *FILLER_LINES)
DOCX_AUTHOR, DOCX_TITLE = "Idris Vowkes", "Report about Idris Vowkes"


def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = DOCX_AUTHOR
    document.core_properties.title = DOCX_TITLE
    for line in DOCX_LINES:
        document.add_paragraph(line)
    document.save(str(path))


def _pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.setTitle("Depot sheets")
    for number in sorted(PAGE_LINES):
        for row, line in enumerate(PAGE_LINES[number]):
            pdf.drawString(40, 800 - 20 * row, line)
        pdf.showPage()
    pdf.save()


EMAIL_PATH, DOCX_PATH, PDF_PATH = "memo-vowkes.eml", "report-vowkes.docx", "sheets-1999.pdf"


def write_collection(folder: Path) -> None:
    for relative, text in texts().items():
        (folder / relative).write_text(text, encoding="utf-8")
    (folder / EMAIL_PATH).write_bytes(_email())
    _docx(folder / DOCX_PATH)
    _pdf(folder / PDF_PATH)


def everything_written() -> str:
    """Every text, party, path and metadata value a reader can search (for the premise; the
    e-mail's MIME headers left out)."""
    from email.parser import BytesParser
    from email.policy import default

    message = BytesParser(policy=default).parsebytes(_email())
    parties = [str(message[field]) for field in ("From", "To", "Subject")]
    pages = [line for lines in PAGE_LINES.values() for line in lines]
    return "\n".join([*parties, message.get_content(), *texts(), *texts().values(), *DOCX_LINES,
                      DOCX_AUTHOR, DOCX_TITLE, *pages, EMAIL_PATH, DOCX_PATH, PDF_PATH])


def forbidden() -> list[str]:
    """Folded fragments no uncleared answer may hold (beside the name's, attack_probes')."""
    return ["900461", "7700900461", "7700 900461", "child k", "tamarisk", "saffron", "walnut",
            "quill", "gossamer", "cuttings", "lantern"]


# ---------------------------------------------------------------- probes of the other secrets


def _errors(text: str) -> list[tuple[str, str]]:
    return [("error after", f"{text} *x"), ("unbalanced", f"({text} AND"),
            ("field error", f"{text} AND title:*x"), ("150 times", " ".join([text] * 150)),
            ("201 times", " ".join([text] * 201))]


def word_probes(word: str) -> list[Probe]:
    """A one-word secret (letters and digits): exact, cases, prefixes of three letters and more,
    masks, fuzzy, fields, and errors after it."""
    found = [("exact", word), ("upper", word.upper()), ("phrase", f'"{word}"'),
             ("mask 3", word[:3] + "?" * (len(word) - 3)), ("inner ?", word[:3] + "?" + word[4:]),
             ("inner *", word[:4] + "*" + word[-1]), ("fuzzy 1", word + "~1"),
             ("fuzzy 2", word + "~2"), ("slip fuzzy", word[:-1] + "z~1"),
             ("content", f"content:{word}"), ("title", f"title:{word}"),
             ("filename", f"filename:{word[:4]}*"), ("near the gap", f'"code {word}"~3'),
             *_errors(word)]
    found += [(f"prefix {n}", word[:n] + "*") for n in range(3, len(word) + 1)]
    return [Probe(label, text, name_like=False) for label, text in found]


def phone_probes(number: str) -> list[Probe]:
    """A phone number "07700 900461": its three written forms, its parts, prefixes, masks,
    fuzzy, and phrases and proximity around the gap it leaves."""
    area, line = number.split()
    digits = area + line
    found = [("spaced", number), ("digits", digits), ("international", f"+44 {area[1:]} {line}"),
             ("phrase", f'"{number}"'), ("phrase international", f'"+44 {area[1:]} {line}"'),
             ("line", line), ("area", area), ("area no zero", area[1:]),
             ("area prefix", area[:4] + "*"), ("line prefix", line[:4] + "*"),
             ("digits prefix", digits[:7] + "*"), ("line mask", line[:5] + "?"),
             ("digits mask", digits[:-2] + "??"), ("line fuzzy", line + "~1"),
             ("digits fuzzy", digits + "~1"), ("rang before", f'"rang {area}"~2'),
             ("kiosk after", f'"{line} kiosk"~4'), ("content", f"content:{line}"),
             *_errors(number)]
    return [Probe(label, text, name_like=label in ("spaced", "digits", "international"))
            for label, text in found]


def code_probes(code: str) -> list[Probe]:
    """An anonymised-subject code "Child K"."""
    word, letter = code.split()
    found = [("code", code), ("phrase", f'"{code}"'), ("upper", code.upper()),
             ("joined", f"{word}{letter}"), ("letter wildcard", f'"{word} {letter}*"'),
             ("proximity", f'"{code} present"~2'), ("person field", f'person:"{code}"'),
             *_errors(code)]
    return [Probe(label, text, name_like=label == "code") for label, text in found]


def secret_probes(secret: Secret) -> list[tuple[Probe, Probe]]:
    build = {"phone": phone_probes, "child code": code_probes}.get(secret.label, word_probes)
    mine, theirs = build(secret.redacted), build(secret.control)
    assert [(p.label, len(p.text)) for p in mine] == [(p.label, len(p.text)) for p in theirs]
    return [(Probe(f"{secret.label} {a.label}", a.text, a.coarse, a.name_like),
             Probe(f"{secret.label} {b.label}", b.text, b.coarse, b.name_like))
            for a, b in zip(mine, theirs, strict=True)]
