"""Whatever a document writes after a reference's label, reading it gives a key or no
reference, and never fails the file: a log number led by a code of a letter and digits
("Log no. L05 12 34") once raised in the entities stage, and every file citing one was lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.patterns import find_patterns
from search.entity_kinds.reference import reference_key

LABELS = ["Log no.", "Incident", "Crime ref", "CAD", "Referral", "URN", "Occurrence", "Ref:"]
# Groups as references write them (a code of letters and digits, a number, letters, a year),
# glued or apart, in the separators references use.
GROUP = st.one_of(st.from_regex(r"[A-Z]{1,2}[0-9]{1,2}", fullmatch=True),
                  st.from_regex(r"[0-9]{1,6}", fullmatch=True),
                  st.from_regex(r"[A-Z]{1,4}", fullmatch=True),
                  st.from_regex(r"(?:19|20)[0-9]{2}", fullmatch=True))
TOKENS = st.lists(st.tuples(GROUP, st.sampled_from(["", " ", "/", "-", ":", ".", "#"])),
                  min_size=1, max_size=5).map(lambda parts: "".join(g + m for g, m in parts))


def test_a_code_of_letter_and_digits_before_the_numbers_is_kept_in_the_key() -> None:
    key = reference_key("Log no. L05 12 34")
    assert key is not None and "L05" in key
    assert reference_key("Log no. L05 12 34") != reference_key("Log no. L06 12 34")


@settings(max_examples=400, deadline=None)
@given(label=st.sampled_from(LABELS), token=TOKENS)
def test_reading_any_labelled_token_never_fails(label: str, token: str) -> None:
    text = f"On the sheet: {label} {token} was raised."
    for mention in find_patterns(text):
        assert text[mention.start:mention.end]  # each one found points into the text
