"""What the generator promises about the corpus it wrote; tests and the demo read this."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ingest.samples.cast import Organisation, Person, Phone, Place, Vehicle


@dataclass(frozen=True)
class SampleAttachment:
    """A file carried inside an e-mail; it is not written to disk on its own."""

    name: str
    format: str
    people: list[str]
    phrases: list[str]


@dataclass(frozen=True)
class SampleFile:
    """One written file.

    `format` is what the bytes really are, which for `misc/archive_0413.dat` is "pdf": content
    sniffing, not the extension, has to find that out. `page_count` is 1 for formats without
    pages (DOCX, HTML, text, e-mail), and `page_of_phrase` then maps every phrase to page 1.
    """

    path: str
    kind: str
    format: str
    title: str
    date: str
    page_count: int
    people: list[str]
    phrases: list[str]
    page_of_phrase: dict[str, int]
    encoding: str | None = None
    attachments: list[SampleAttachment] = field(default_factory=list)

    @property
    def custodian(self) -> str:
        """The top folder, which the demo treats as the custodian the file came from."""
        return PurePosixPath(self.path).parts[0]


@dataclass(frozen=True)
class SampleManifest:
    root: Path
    seed: int
    files: list[SampleFile]
    people: list[Person]
    places: list[Place]
    phones: list[Phone]
    vehicles: list[Vehicle]
    organisations: list[Organisation]
    associates: tuple[str, str]

    def file(self, path: str) -> SampleFile:
        for f in self.files:
            if f.path == path:
                return f
        raise KeyError(path)

    def of_kind(self, kind: str) -> list[SampleFile]:
        return [f for f in self.files if f.kind == kind]

    def mentioning(self, *names: str) -> list[SampleFile]:
        """Files that name every one of the given canonical names."""
        return [f for f in self.files if all(n in f.people for n in names)]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["root"] = str(self.root)
        return data
