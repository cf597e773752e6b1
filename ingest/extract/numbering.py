"""Word list numbering ("1.2.3", "a)", "iv."): Word stores the rules, not the numbers, and
readers cite paragraphs by them ("see para 4.2.1"), so the labels are rebuilt in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth"]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out += letters * count
    return out


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def render(n: int, fmt: str) -> str:
    if fmt == "none":
        return ""
    if fmt in ("upperRoman", "lowerRoman"):
        text = _roman(n)
        return text.upper() if fmt == "upperRoman" else text
    if fmt in ("upperLetter", "lowerLetter"):
        text = _letters(n)
        return text.upper() if fmt == "upperLetter" else text
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt == "cardinalText" and n < len(_WORDS):
        return _WORDS[n].capitalize()
    if fmt == "ordinalText" and n < len(_ORDINALS):
        return _ORDINALS[n].capitalize()
    return str(n)


def _val(element: etree._Element | None, path: str, default: str = "") -> str:
    found = element.find(path) if element is not None else None
    return found.get(f"{_W}val", default) if found is not None else default


class Numbering:
    """Labels for numbered paragraphs, counted in the order ``label`` is called."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.levels: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is not None:
            for abstract in numbering.iter(f"{_W}abstractNum"):
                self.levels[abstract.get(f"{_W}abstractNumId", "")] = _levels(abstract)
            for num in numbering.iter(f"{_W}num"):
                starts = {int(o.get(f"{_W}ilvl", "0")): int(_val(o, f"{_W}startOverride", "0"))
                          for o in num.iter(f"{_W}lvlOverride")
                          if o.find(f"{_W}startOverride") is not None}
                self.nums[num.get(f"{_W}numId", "")] = (
                    _val(num, f"{_W}abstractNumId"), starts, _levels(num))
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                num_pr = style.find(f"{_W}pPr/{_W}numPr")
                if num_pr is not None:
                    self.style_num[style.get(f"{_W}styleId", "")] = (
                        _val(num_pr, f"{_W}numId"), int(_val(num_pr, f"{_W}ilvl", "0") or 0))

    def label(self, paragraph: etree._Element) -> str | None:
        num_pr = paragraph.find(f"{_W}pPr/{_W}numPr")
        style = _val(paragraph, f"{_W}pPr/{_W}pStyle")
        num_id, level = self.style_num.get(style, ("", 0))
        if num_pr is not None:
            num_id = _val(num_pr, f"{_W}numId", num_id)
            level = int(_val(num_pr, f"{_W}ilvl", str(level)) or 0)
        if num_id not in self.nums:
            return None
        abstract, starts, own_levels = self.nums[num_id]
        levels = {**self.levels.get(abstract, {}), **own_levels}
        if level not in levels:
            return None
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in starts.items():  # a restarted list ("start at 1 again")
                counters[lvl] = start - 1
        current = levels[level]
        counters[level] = counters.get(level, current.start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            restart = levels[deeper].restart if deeper in levels else -1
            # lvlRestart 0: never restart; n: restart after level n (1-based) or above.
            if restart != 0 and (restart < 0 or level <= restart - 1):
                del counters[deeper]
        if current.fmt in ("bullet", "none") and "%" not in current.text:
            return current.text if current.fmt == "none" and current.text.strip() else None

        def substitute(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            spec = levels.get(lvl, Level())
            # A level skipped over shows (and from then on counts from) its start value.
            value = counters.setdefault(lvl, spec.start)
            return render(value, "decimal" if current.legal else spec.fmt)

        return re.sub(r"%(\d)", substitute, current.text)


@dataclass(frozen=True)
class Level:
    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False
    restart: int = -1


def _levels(parent: etree._Element) -> dict[int, Level]:
    found = {}
    for lvl in parent.iter(f"{_W}lvl"):
        restart = _val(lvl, f"{_W}lvlRestart", "-1")
        found[int(lvl.get(f"{_W}ilvl", "0"))] = Level(
            start=int(_val(lvl, f"{_W}start", "0") or 0),  # the standard's default is zero
            fmt=_val(lvl, f"{_W}numFmt", "decimal"), text=_val(lvl, f"{_W}lvlText"),
            legal=lvl.find(f"{_W}isLgl") is not None,
            restart=int(restart) if restart.lstrip("-").isdigit() else -1)
    return found
