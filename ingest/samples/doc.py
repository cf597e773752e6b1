"""Format-neutral document text, written by the texts_* modules and drawn by the renderers.

Writers mark the exact phrases a test may search for as ``[[phrase]]``; the builder strips the
markers and records the phrase, so the declared phrases cannot drift from the written text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ingest.samples.cast import PEOPLE

_MARK = re.compile(r"\[\[(.+?)\]\]")

# Styles every renderer understands; anything else is a bug in a writer.
STYLES = frozenset({"title", "heading", "para", "field", "entry", "row", "sign", "quote", "break"})


@dataclass(frozen=True)
class Block:
    style: str
    text: str
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class MailMeta:
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    message_id: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()


@dataclass
class Doc:
    path: str
    kind: str
    fmt: str
    title: str
    author: str
    when: datetime
    blocks: list[Block]
    phrases: list[str]
    look: str = "report"
    encoding: str = "utf-8"
    mail: MailMeta | None = None
    attachments: list[Doc] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.style != "break")

    @property
    def people(self) -> list[str]:
        """Cast members named anywhere in the file: text, mail headers and attachments."""
        parts = [self.text, *(a.text for a in self.attachments)]
        if self.mail:
            parts += [self.mail.sender, *self.mail.to, *self.mail.cc]
        return mentioned_people("\n".join(parts))


def plain_body(blocks: list[Block]) -> str:
    """Paragraphs separated by blank lines; consecutive signature lines kept together."""
    chunks: list[str] = []
    for i, block in enumerate(blocks):
        if block.style == "sign" and i and blocks[i - 1].style == "sign":
            chunks[-1] += "\n" + block.text
        elif block.style != "break":
            chunks.append(block.text)
    return "\n\n".join(chunks)


def mentioned_people(text: str) -> list[str]:
    # Every cast surname is unique and never used as an ordinary word in the writers, so a
    # surname hit covers all the name forms ("WHITLOCK, Sarah", "DC Whitlock", "S. Whitlock").
    return [p.name for p in PEOPLE if re.search(rf"\b{p.surname}\b", text, re.IGNORECASE)]


def squash(text: str) -> str:
    """Whitespace-normalised text, the form phrases are matched in."""
    return " ".join(text.split())


def locate_phrases(doc: Doc, page_texts: list[str]) -> dict[str, int]:
    """The page each of the document's phrases is on, as rendered (PDF or scan)."""
    pages = [squash(text) for text in page_texts]
    found: dict[str, int] = {}
    for phrase in doc.phrases:
        hits = [n for n, text in enumerate(pages, start=1) if squash(phrase) in text]
        # A phrase split over a page boundary would be findable on no single page.
        if len(hits) != 1:
            raise ValueError(f"{doc.path}: phrase {phrase!r} found on pages {hits}")
        found[phrase] = hits[0]
    return found


class DocBuilder:
    def __init__(self, path: str, kind: str, fmt: str, title: str, author: str,
                 when: datetime, look: str = "report") -> None:
        self._doc = Doc(path, kind, fmt, title, author, when, [], [], look)

    def add(self, style: str, text: str = "", cells: tuple[str, ...] = ()) -> DocBuilder:
        if style not in STYLES:
            raise ValueError(f"unknown block style {style!r}")
        self._doc.phrases.extend(_MARK.findall(text))
        clean = _MARK.sub(r"\1", text)
        self._doc.blocks.append(Block(style, clean, tuple(_MARK.sub(r"\1", c) for c in cells)))
        return self

    def title(self, text: str) -> DocBuilder:
        return self.add("title", text)

    def heading(self, text: str) -> DocBuilder:
        return self.add("heading", text)

    def _each(self, style: str, texts: Iterable[str]) -> DocBuilder:
        for text in texts:
            self.add(style, text)
        return self

    def para(self, *texts: str) -> DocBuilder:
        return self._each("para", texts)

    def fields(self, *pairs: tuple[str, str]) -> DocBuilder:
        return self._each("field", (f"{label}: {value}" for label, value in pairs))

    def row(self, *cells: str) -> DocBuilder:
        return self.add("row", "    ".join(cells), cells)

    def entry(self, text: str) -> DocBuilder:
        return self.add("entry", text)

    def sign(self, *lines: str) -> DocBuilder:
        return self._each("sign", lines)

    def quote(self, text: str) -> DocBuilder:
        return self.add("quote", text)

    def page_break(self) -> DocBuilder:
        return self.add("break")

    def build(self, *, encoding: str = "utf-8", mail: MailMeta | None = None,
              attachments: list[Doc] | None = None) -> Doc:
        doc = self._doc
        doc.encoding = encoding
        doc.mail = mail
        doc.attachments = list(attachments or [])
        flat = squash(doc.text)
        for phrase in doc.phrases:
            # A phrase must be unambiguous inside its file for page-level hits to be testable.
            if flat.count(squash(phrase)) != 1:
                raise ValueError(f"{doc.path}: phrase {phrase!r} is not unique in the text")
        return doc


def rng_for(seed: int, key: str) -> random.Random:
    # String seeds hash with SHA-512 inside `random`, so this is stable across runs and
    # PYTHONHASHSEED values, and each document's wording is independent of the others.
    return random.Random(f"docket-samples:{seed}:{key}")


def day_between(rng: random.Random, start: date, end: date, workday: bool = False) -> date:
    day = start + timedelta(days=rng.randint(0, (end - start).days))
    # Meetings, letters and reports happen in office hours; weekends move to the Monday.
    while workday and day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def at(day: date, hhmm: str) -> datetime:
    return datetime(day.year, day.month, day.day, int(hhmm[:2]), int(hhmm[2:]))


def clock(rng: random.Random, lo: int = 0, hi: int = 23) -> str:
    return f"{rng.randint(lo, hi):02d}{rng.choice(range(0, 60, 5)):02d}"


def uk_date(day: date | datetime, style: str = "numeric") -> str:
    if style == "numeric":
        return day.strftime("%d/%m/%Y")
    if style == "short":
        return day.strftime("%d/%m/%y")
    if style == "long":
        return f"{day.day} {day.strftime('%B %Y')}"
    raise ValueError(style)
