"""Page-per-file scans: files of one folder whose names differ only by a page number
(``D0020_p1.png``, ``D0020_p2.png``; ``statement-001.tif``; ``letter.jpg``, ``letter (2).jpg``)
are one document, with a page per file, in page-number order (p2 before p10).

The name rule (``page_name``, ``page_groups``) is the planner's (ingest.job.groups): only it sees
every path of a folder at once. Reading a group (``read_scan``) is the worker's: each file is
read as any image is (OCR per frame) and its pages follow the previous file's; a file that
cannot be read leaves an empty page and its reason, so the document is partial, not lost.

Which names carry a page number (after the stem they share):

- a marked number after a separator: ``_p1``, ``-p01``, `` page 2``, ``.pg3``, ``_page_4``;
- a bare number after a separator (``-001``, ``_2``, ``.003``), but only when the files' numbers
  run 1..n (or 0..n-1) without a gap or a repeat: ``report_2019`` and ``report_2020`` are
  years, not pages, and ``minutes_3`` with ``minutes_7`` is no scan;
- a number in brackets, ``letter (2)``, the way copies are named, with the bare name
  (``letter.jpg``) as the first page;
- never a camera's running number (``IMG_0001``, ``DSC_0002``): those are photographs.

A group is two files or more, all images (judged by their bytes, not their names); the
separator and the kind of number are part of what the files share, so ``D0020_p1`` and
``D0020-002`` are not one scan. A lone ``_p1`` is an ordinary file.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ingest.extract import ExtractContext, extract
from ingest.identify import identify
from ingest.model import Extraction, FileTask, Page, SourceFile

# The rule's name, as the job switch (``group_pages``) and each grouped file's ledger entry
# (``rule``) call it.
RULE = "group_pages"

_MARKED = re.compile(r"^(?P<stem>.*?\S)(?P<sep>[ _.-])(?P<mark>p|pg|page)[ _.-]?(?P<n>\d{1,4})$",
                     re.IGNORECASE)
_BARE = re.compile(r"^(?P<stem>.*?\S)(?P<sep>[ _.-])(?P<n>\d{1,4})$")
_BRACKETED = re.compile(r"^(?P<stem>.*?\S) ?\((?P<n>\d{1,3})\)$")
# Stems of cameras' and phones' running numbers: a folder of them is photographs, not a scan.
CAMERA_STEMS = frozenset({"img", "dsc", "dscn", "dscf", "dcim", "pxl", "mvimg", "gopr", "dji",
                          "photo", "image", "screenshot", "vid"})
BRACKETS = "()"


@dataclass(frozen=True)
class PageName:
    """What a file name says of its page: the scan it may belong to (``key``: its folder, stem
    and naming style), the stem that titles it, and its number there."""

    key: tuple[str, str, str]
    stem: str
    number: int
    bare: bool  # a bare number: a page only within a gapless run


@dataclass(frozen=True)
class ScanGroup:
    """Files that are the pages of one scan, in page order."""

    title: str
    files: tuple[SourceFile, ...]


def page_name(relpath: str) -> PageName | None:
    """The page number a file's name carries, and the scan it would belong to; None for a name
    with no page number."""
    path = PurePosixPath(relpath)
    folder, stem = str(path.parent), path.stem
    for pattern, style in ((_BRACKETED, BRACKETS), (_MARKED, ""), (_BARE, "")):
        match = pattern.match(stem)
        if match is None or match["stem"].strip().lower() in CAMERA_STEMS:
            continue
        marks = match.groupdict()
        naming = style or f"{marks['sep']}{(marks.get('mark') or '#').lower()}"
        return PageName(key=(folder, match["stem"], naming), stem=match["stem"],
                        number=int(match["n"]), bare=pattern is _BARE)
    return None


def _gapless(numbers: list[int]) -> bool:
    ordered = sorted(numbers)
    return ordered[0] in (0, 1) and ordered == list(range(ordered[0], ordered[0] + len(ordered)))


def page_groups(files: Iterable[SourceFile],
                is_image: Callable[[SourceFile], bool]) -> list[ScanGroup]:
    """The scans among these files, each file in one at most. ``is_image`` is asked only of
    files whose names could make a scan (it reads their bytes)."""
    files = list(files)
    by_stem = {(str(PurePosixPath(f.relpath).parent), PurePosixPath(f.relpath).stem): f
               for f in files}
    candidates: dict[tuple[str, str, str], list[tuple[PageName, SourceFile]]] = {}
    for file in files:
        name = page_name(file.relpath)
        if name is not None and file.size:
            candidates.setdefault(name.key, []).append((name, file))
    groups: list[ScanGroup] = []
    taken: set[str] = set()
    for key, named in candidates.items():
        base = by_stem.get(key[:2]) if key[2] == BRACKETS else None
        if base is not None and base.size:
            # "letter.jpg" is the first page of "letter (2).jpg".
            named = [(PageName(key, key[1], 0, False), base), *named]
        if len(named) < 2:
            continue
        pages = [(name, file) for name, file in named
                 if file.relpath not in taken and is_image(file)]
        if len(pages) < 2 or (pages[0][0].bare and not _gapless([n.number for n, _ in pages])):
            continue
        pages.sort(key=lambda page: (page[0].number, page[1].relpath))
        taken.update(file.relpath for _name, file in pages)
        groups.append(ScanGroup(title=key[1], files=tuple(file for _name, file in pages)))
    return groups


def read_scan(task: FileTask, context: ExtractContext) -> tuple[Extraction, dict[str, tuple[str, str]]]:
    """A scan's pages, file by file (a multi-frame TIFF gives several), numbered on from the
    file before; and the files that could not be read, by path, as (error class, message),
    each leaving one empty page so the others keep their places."""
    pages: list[Page] = []
    errors: dict[str, tuple[str, str]] = {}
    for file in task.group_pages:
        path = Path(file.path)
        try:
            read = extract(path, identify(path), context).pages or [Page(0, "")]
        except Exception as exc:  # one unreadable page must not lose the others
            errors[file.relpath] = (type(exc).__name__, f"{file.relpath}: {exc}; page "
                                    f"{len(pages) + 1} of the scan {task.group} is empty")
            read = [Page(0, "")]
        pages += [dataclasses.replace(page, number=len(pages) + offset)
                  for offset, page in enumerate(read, start=1)]
    warnings = [message for _class, message in errors.values()]
    return Extraction(pages=pages, extractor="tesseract", title=task.group,
                      warnings=warnings), errors
