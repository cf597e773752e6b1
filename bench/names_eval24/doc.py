"""One generated document of the twenty-fourth set: its blocks, and the truth of who and what it names.

Every person goes through `Doc.name` (or `Doc.young`), which writes them in the form planned for
them in this document and records what it wrote, so the manifest is the text's own record. The
manifest has the layout of the earlier sets: per document `people` (forms, written, only_form,
decoy), `decoys`, `ambiguous` (mentions that fit more than one person), `non_persons` and `codes`.
"""

from __future__ import annotations

from bench.names_eval7.doc import Doc as SeventhDoc
from bench.names_eval7.doc import Planner as SeventhPlanner
from bench.names_eval9.doc import Doc as NinthDoc
from bench.names_eval9.doc import Planner as NinthPlanner
from bench.names_eval10.reuse import bound
from bench.names_eval11 import doc as eleventh
from bench.names_eval23 import doc as twentythird
from bench.names_eval24.cast import (
    BY_NAME,
    CODES,
    FORCE_SHORT,
    OPERATIONS,
    Person,
    applicable_forms,
    namesakes,
)
from bench.names_eval24.forms import ambiguous_form, married_form, rank_of, render_form

__all__ = ["Doc", "Planner"]

# The twenty-third set's weights, with another name, initials and a collar number picked a
# little more often, so that each form is measured on enough documents.
_WEIGHT = {**twentythird._WEIGHT, "alias": twentythird._WEIGHT["alias"] + 2,
           "initials": twentythird._WEIGHT["initials"] + 1,
           "title_collar": twentythird._WEIGHT["title_collar"] + 4}
_ALIAS_STATED = eleventh._ALIAS_STATED
_MARRIED_SHARE = eleventh._MARRIED_SHARE
LAST_OF_FIRST_OPERATION = 2003

# How a file states a person's other name, by the kind of other name (this set's phrasings).
_ALIAS_PHRASES = {
    "work": ("{text} (goes by {alias} at work)", "{text} (the staff list has {alias})"),
    "trade": ("{text} (the salon is run under the name {alias})",
              "{text} (the loyalty cards say {alias})"),
    "suspect": ("{text} (known on the estate as {alias})", "{text} (the market permit says {alias})",
                "{text} (gave the name {alias} at the kennels)"),
}


def _alias_kind(person: Person) -> str:
    if person.group == "suspect":
        return "suspect"
    return "trade" if person.group == "sunbed" else "work"


class Planner(SeventhPlanner):
    """Chooses, per document and person, how the document writes them: the ninth set's plan
    (a first document in full, then about 60% in one other form alone, ambiguous forms for
    namesakes, the married surname by date), over this set's cast and weights."""

    plan = bound(NinthPlanner.plan, _WEIGHT=_WEIGHT, applicable_forms=applicable_forms,
                 namesakes=namesakes, _MARRIED_SHARE=_MARRIED_SHARE)


class Doc(SeventhDoc):
    """A document being written: blocks, and what it names. The blocks, the record of what is
    written and the non-persons are the seventh set's; naming a person in their planned form
    and the manifest are the ninth set's, over this set's cast and forms; how a person is
    introduced and how a child's code is written are this set's."""

    name = bound(NinthDoc.name, BY_NAME=BY_NAME, ambiguous_form=ambiguous_form,
                 applicable_forms=applicable_forms, married_form=married_form,
                 render_form=render_form)
    manifest = bound(NinthDoc.manifest, BY_NAME=BY_NAME)

    @property
    def operation(self) -> str:
        return OPERATIONS[0] if self.date.year <= LAST_OF_FIRST_OPERATION else OPERATIONS[1]

    def _introduced(self, person: Person, text: str) -> str:
        """A first full mention: sometimes after the title (and collar number), sometimes with
        the other name the person is also known by, in phrasings the earlier sets did not use."""
        if person.alias and self.rng.random() < _ALIAS_STATED:
            alias = render_form(person, "alias", self.rng)
            self.record(person.canonical, "alias", alias)
            phrase = self.rng.choice(_ALIAS_PHRASES[_alias_kind(person)])
            return phrase.format(text=text, alias=alias)
        if person.title and self.rng.random() < 0.5:
            rank = rank_of(person, self.rng, self.date)
            if person.collar:
                return self.rng.choice([
                    f"{rank} {text} [{FORCE_SHORT} {person.collar}]",
                    f"{text}, {rank} no. {person.collar}"])
            return f"{rank} {text}"
        return text

    def young(self, canonical: str) -> str:
        """A young person: by name, by their code in this operation, or both."""
        code = CODES[self.operation].get(canonical)
        roll = self.rng.random()
        if code and roll < 0.28:
            return self.code(code, canonical)
        if code and roll < 0.36:
            return f"{self.code(code, canonical)} - {self.name(canonical)}"
        if code and roll < 0.42:
            return f"{self.name(canonical)} [anonymised as {self.code(code, canonical)}]"
        return self.name(canonical)
