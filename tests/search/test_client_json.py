"""The store client's JSON (search.client.FastJSONSerializer): orjson in place of json, writing
what opensearch-py's own serializer writes (byte for byte, but for how a float below 1e-4 is
written), so bulk bodies and queries are the same requests, only encoded faster."""

from __future__ import annotations

import datetime
import decimal
import uuid

import pytest
from opensearchpy.exceptions import SerializationError
from opensearchpy.serializer import JSONSerializer

from search.client import FastJSONSerializer

RECORDS = [
    {"text": "Zoë Ó Briain — “quoted”, a line\u2028separator, a tab\tand a NUL\x00", "page": 3,
     "score": 0.125, "sha256": "ab" * 32, "ocr": False, "date": None, "big": 2**53 + 1},
    {"date": datetime.date(1994, 4, 4),
     "indexed_at": datetime.datetime(2026, 12, 5, 6, 0, 1, 250, tzinfo=datetime.UTC),
     "naive": datetime.datetime(1995, 3, 3, 21, 45), "id": uuid.UUID(int=7),
     "amount": decimal.Decimal("12.50"), "pages": (1, 2), "nested": [{"k": ["a", {"b": None}]}]},
    {7: "a key that is not a string", "": "an empty key"},
    {"q": "a lone surrogate \ud800 pasted into a query"},
    {"n": 190971443663400196717756284928, "m": -(2**64)},
]


@pytest.mark.parametrize("record", RECORDS)
def test_it_writes_what_opensearch_py_writes(record: dict) -> None:
    assert FastJSONSerializer().dumps(record) == JSONSerializer().dumps(record)


@pytest.mark.parametrize("record", [RECORDS[0], RECORDS[-1]])
def test_what_it_writes_it_reads_back(record: dict) -> None:
    fast = FastJSONSerializer()
    assert fast.loads(fast.dumps(record)) == record


def test_a_small_float_is_the_same_number() -> None:
    fast = FastJSONSerializer()
    assert fast.loads(fast.dumps({"score": 2.5e-05})) == {"score": 2.5e-05}


def test_text_is_sent_as_it_is_and_the_unwritable_is_refused_by_name() -> None:
    fast = FastJSONSerializer()
    assert fast.dumps('{"already": "json"}') == '{"already": "json"}'
    with pytest.raises(SerializationError, match="set"):
        fast.dumps({"tags": {"a", "b"}})
    with pytest.raises(SerializationError):
        fast.loads("{not json")


def test_answers_are_read_as_json_reads_them() -> None:
    """An audit record quoting a request holds what the request held: an integer beyond 64
    bits stays that integer, and a lone surrogate the fallback wrote reads back, escaped or raw
    (as the connection sent it); otherwise the chain would not verify."""
    fast = FastJSONSerializer()
    big = 190971443663400196717756284928
    assert fast.loads(fast.dumps({"n": big})) == {"n": big}
    assert fast.loads('{"q":"a\\ud800b"}') == {"q": "a\ud800b"}
    raw = '{"q":"a\ud800b"}'.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    assert fast.loads(raw) == JSONSerializer().loads(raw)
