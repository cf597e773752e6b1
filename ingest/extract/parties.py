"""The parties of a message (From, To, Cc, Bcc): display name and address, decoded robustly.

For investigators the names in the headers are often the only link between files, so a name is
kept with its address and is a person mention of the message, as a name in its body is.

Display names come in RFC 2047 encoded words, and mail software breaks them: a multi-byte
character split across two words ("=?UTF-8?B?w6k=?= =?UTF-8?B?...?="), a wrong or unknown charset,
raw 8-bit bytes where no encoding was allowed. Adjacent words of one charset are joined as bytes
before decoding (RFC 2047 says each word stands alone; real mail disagrees), and every charset is
read with the repair of ``ingest.extract.text.decode_labelled``.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import quopri
import re
from dataclasses import dataclass
from email.message import Message

from ingest.extract.text import decode_labelled
from ingest.model import Extraction, Mention
from search.names import entity_display, entity_key, plausible_person

PARTY_HEADERS = ("From", "To", "Cc", "Bcc")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"\s*")
_SHOWN_NAME = re.compile(r"\s*<[^<>]*>$")


@dataclass(frozen=True)
class Party:
    role: str  # the header: From, To, Cc or Bcc
    name: str
    address: str

    @property
    def shown(self) -> str:
        """As a reader writes it: "Jane Doe <jane@example.org>", or the one that is known."""
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address


def _word_bytes(encoding: str, payload: str) -> bytes:
    if encoding.lower() == "b":
        padded = payload + "=" * (-len(payload) % 4)
        try:
            return base64.b64decode(padded)
        except (binascii.Error, ValueError):
            return payload.encode("ascii", "replace")
    return quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=True)


def decode_words(raw: str) -> str:
    """A header value with its encoded words decoded; runs of adjacent words in one charset are
    decoded together, so a character split between two words survives. Raw 8-bit bytes (kept by
    the parser as surrogate escapes) are decoded as UTF-8, else detected."""
    raw = _eight_bit(raw)
    out: list[str] = []
    run: list[bytes] = []
    run_charset = ""
    position = 0
    for match in _ENCODED_WORD.finditer(raw):
        between = raw[position:match.start()]
        charset = match.group(1).split("*")[0]  # RFC 2231 language suffix: "utf-8*en"
        joined = run and _BETWEEN_WORDS.fullmatch(between) and charset.lower() == run_charset
        if not joined:
            if run:
                out.append(decode_labelled(b"".join(run), run_charset))
            out.append(between)
            run, run_charset = [], charset.lower()
        run.append(_word_bytes(match.group(2), match.group(3)))
        position = match.end()
    if run:
        out.append(decode_labelled(b"".join(run), run_charset))
    out.append(raw[position:])
    return "".join(out)


def _eight_bit(raw: str) -> str:
    try:
        data = raw.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return raw
    return raw if data.isascii() else decode_labelled(data, None)


def _clean_name(name: str, address: str) -> str:
    name = " ".join(decode_words(name).replace("\ufffd", "").split()).strip(" \"'")
    # "jane@example.org" <jane@example.org>: a name that only repeats the address is none.
    return "" if name.lower() == address or ("@" in name and " " not in name) else name


def parties(message: Message) -> list[Party]:
    """Every party of the message's From, To, Cc and Bcc headers, in that order."""
    found: list[Party] = []
    for role in PARTY_HEADERS:
        values = _raw_values(message, role)
        for name, address in email.utils.getaddresses(values):
            address = decode_words(address).strip().lower()
            name = _clean_name(name, address)
            if name or "@" in address:
                found.append(Party(role, name, address if "@" in address else ""))
    return found


def _raw_values(message: Message, header: str) -> list[str]:
    """A header's values as written: the encoded words still encoded, so that they are decoded
    here (robustly) rather than by the parser's policy."""
    raw_items = getattr(message, "raw_items", None)
    items = raw_items() if raw_items is not None else message.items()
    return [str(value) for name, value in items if name.lower() == header.lower()]


def party_fields(found: list[Party]) -> dict[str, list[str]]:
    """The record's ``email_bcc`` addresses and ``email_parties`` ("Name <address>")."""
    return {
        "email_bcc": [p.address for p in found if p.role == "Bcc" and p.address],
        "email_parties": list(dict.fromkeys(p.shown for p in found)),
    }


def header_block(found: list[Party], message: Message, date: object = None) -> str:
    """The header lines that head a message's text: parties with their names, then the date and
    the subject, as the reader sees them."""
    lines = []
    for role in PARTY_HEADERS:
        shown = [p.shown for p in found if p.role == role]
        if shown:
            lines.append(f"{role}: {', '.join(shown)}")
    for name in ("Date", "Subject"):
        values = _raw_values(message, name)
        value = " ".join(decode_words(values[0]).split()) if values else ""
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines)


def header_mentions(extraction: Extraction, mentions: list[Mention]) -> list[Mention]:
    """Person mentions for the display names in the header block (page 1) that entity
    recognition did not already find there, so the facets name every party of a message."""
    shown = extraction.email.get("email_parties", [])
    names = [n for n in (_SHOWN_NAME.sub("", s) for s in shown) if "@" not in n and plausible_person(n)]
    if not names or not extraction.pages:
        return []
    text = extraction.pages[0].text
    header_end = text.find("\n\n") if "\n\n" in text else len(text)
    taken = [(m.start, m.end) for m in mentions if m.page == 1 and m.kind == "person"]
    added: list[Mention] = []
    for name in dict.fromkeys(names):
        start = text.find(name, 0, header_end)
        if start < 0:
            continue
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        added.append(Mention("person", entity_display("person", name),
                             entity_key("person", name), 1, start, end))
    return added
