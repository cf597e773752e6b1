"""Turn unstructured's elements into pages, using each element's page number when it has one.
A table is written a row to a line, its cells apart by a tab: a partitioner's own text of a
table runs every row into one line, so a log's rows ("12APR2007 status change NFA") and a
form's fields ("Contact number ... Date of contact ...") would read as one sentence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ingest.model import Page


def _table_rows(element: Any) -> str | None:
    """A table element's text a row to a line, its cells joined by a tab; None when the element
    carries no table markup."""
    markup = getattr(element.metadata, "text_as_html", None)
    if type(element).__name__ != "Table" or not markup:
        return None
    from lxml import html as lxml_html

    try:
        table = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    rows = ["\t".join(" ".join(cell.text_content().split()) for cell in row.iter("td", "th"))
            for row in table.iter("tr")]
    return "\n".join(row for row in rows if row.strip()) or None


def pages_from_elements(elements: Iterable[Any]) -> list[Page]:
    texts: dict[int, list[str]] = {}
    for element in elements:
        text = (_table_rows(element) or str(element)).strip()
        if not text:
            continue
        number = getattr(element.metadata, "page_number", None) or 1
        texts.setdefault(int(number), []).append(text)
    if not texts:
        return [Page(number=1, text="")]
    last = max(texts)
    # Keep empty pages so page numbers stay the document's own.
    return [Page(number=n, text="\n\n".join(texts.get(n, []))) for n in range(1, last + 1)]
