"""Turn unstructured's elements into pages, using each element's page number when it has one."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ingest.model import Page


def pages_from_elements(elements: Iterable[Any]) -> list[Page]:
    texts: dict[int, list[str]] = {}
    for element in elements:
        text = str(element).strip()
        if not text:
            continue
        number = getattr(element.metadata, "page_number", None) or 1
        texts.setdefault(int(number), []).append(text)
    if not texts:
        return [Page(number=1, text="")]
    last = max(texts)
    # Keep empty pages so page numbers stay the document's own.
    return [Page(number=n, text="\n\n".join(texts.get(n, []))) for n in range(1, last + 1)]
