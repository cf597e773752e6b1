"""A hit's snippet is escaped HTML whose only tags are <mark>, whatever the page holds. The
highlighter encodes the fragments it marks, but a page that matches nothing (an empty query, a
filter, ``type:``, ``NOT x``) comes back as its raw beginning; an attacker's file must not put
markup, or marks of its own, into the answer."""

from __future__ import annotations

import pytest

from search.documents import snippet_html

HOSTILE = 'name,comment\nosprey,<script>alert(8)</script>\nkite,"<img src=x onerror=alert(9)> </mark><b'


def test_the_raw_beginning_of_a_page_is_escaped() -> None:
    html = snippet_html({"text": [HOSTILE]})
    assert "<script>" not in html and "<img" not in html and "</mark>" not in html
    assert "&lt;script&gt;alert(8)&lt;/script&gt;" in html


def test_a_marked_fragment_is_kept_as_the_highlighter_encoded_it() -> None:
    encoded = "osprey, <mark>kite</mark> &amp; &lt;b&gt;"
    assert snippet_html({"text": [encoded]}) == encoded


@pytest.mark.parametrize("raw", ["<mark>planted</mark> <script>x</script>",
                                 '<mark>planted</mark> said "hello"'])
def test_marks_a_page_writes_itself_are_text(raw: str) -> None:
    assert snippet_html({"text": [raw]}).startswith("&lt;mark&gt;planted&lt;/mark&gt;")


def test_the_stemmed_fragment_serves_when_only_stemming_marks() -> None:
    highlight = {"text": ["walked home"], "text.stemmed": ["<mark>walked</mark> home"]}
    assert snippet_html(highlight) == "<mark>walked</mark> home"
    assert snippet_html({}) == ""
