"""A spelling the authority merged into a person is that person's name wherever the recogniser
read it, as an organisation too: no organisation chip next to the person's (issue 13)."""

from __future__ import annotations

from ingest.names import Authority, relink
from search.name_authority import NameAuthority, Person


def test_a_merged_spelling_read_as_an_organisation_is_no_organisation() -> None:
    person = Person("tobias wrenfield", "Tobias Wrenfield", named=9)
    person.aliases.add("tobias wreηfield")
    people = NameAuthority([person])
    text = "Yours truly,\n\nTobias Wreηfield\n\ncc (by post): Cllr Ossington"
    start = text.index("Tobias")
    records = [{"kind": "org", "key": "tobias wreηfield", "text": "Tobias Wreηfield", "page": 1,
                "start": start, "end": start + len("Tobias Wreηfield"), "id": "m1"}]
    authority = Authority(people, {}, {"tobias wreηfield": "tobias wrenfield"})
    mentions = relink(records, {1: text}, authority)
    assert [m for m in mentions if m.kind == "org"] == []


def test_an_organisation_no_person_holds_stays_one() -> None:
    people = NameAuthority([Person("tobias wrenfield", "Tobias Wrenfield", named=9)])
    text = "Paid to Marlow Fold Baths on Monday."
    start = text.index("Marlow Fold")
    records = [{"kind": "org", "key": "swinbrook baths", "text": "Marlow Fold Baths", "page": 1,
                "start": start, "end": start + len("Marlow Fold Baths"), "id": "m1"}]
    mentions = relink(records, {1: text}, Authority(people, {}, {}))
    assert [(m.kind, m.key) for m in mentions] == [("org", "swinbrook baths")]
