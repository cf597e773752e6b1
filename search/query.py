"""The query language: Lucene-like text parsed with luqum, validated, and built into OpenSearch DSL.

User text is never passed to OpenSearch as a query string. Every node of the parse tree becomes
an explicit clause, so operators mean what they say (bare terms are ANDed), and expensive forms
(leading wildcards, regexes, large fuzzy expansions, too many clauses) are refused or bounded
with an error that names the position.

Some fields need data beyond the parse tree, and get it through a ``Lookups`` object so this
module stays pure: ``person:`` adds the spelling variants of a name found in the mentions index
(ranked below the exact name), ``tag:`` becomes a terms lookup on the caller's tag set in the
annotations index, and the coding fields (``coding.issue:"taxi licensing"``,
``coding.event_date:[2019 TO 2020]``) become lookups of the coding in the review index
(``search.lookups`` is the store-backed implementation).
"""

from __future__ import annotations

import re

from luqum import tree
from luqum.exceptions import IllegalCharacterError, ParseError

# luqum's module-level parser shares one PLY lexer between threads, and the API parses in a
# thread pool: concurrent queries then read each other's input (wrong answers, wrong error
# positions). luqum.thread.parse gives each thread its own lexer.
from luqum.thread import parse as parse_lucene

from search.errors import QueryError
from search.names import (
    APOSTROPHES,
    IN_WORD_COLON,
    apostrophe_spellings,
    fold,
    person_key,
    short_particle_spellings,
)
from search.query_fields import (
    ALIASES,
    DEFAULT_TEXT,
    FALSE_WORDS,
    FIELDS,
    MAX_NAME_VARIANTS,
    PERSON_EXACT_BOOST,
    PERSON_REORDERED_BOOST,
    PHRASE_TEXT,
    TRUE_WORDS,
    VARIANT_BOOSTS,
    Dsl,
    FieldSpec,
    Lookups,
    bool_clause,
    date_math,
    default_person_variants,
)

__all__ = ["FIELDS", "Lookups", "QueryBuilder", "build_query", "date_math", "page_highlight_query",
           "parse", "positive_leaves"]

MAX_QUERY_CHARS = 4000
MAX_CLAUSES = 200
MAX_FUZZY_EDITS = 2
FUZZY_EXPANSIONS = 50
MIN_WILDCARD_PREFIX = 1
WILDCARD_CHARS = set("*?")

def _error(message: str, node: tree.Item | None = None) -> QueryError:
    position = getattr(node, "pos", None) if node is not None else None
    suffix = f" at position {position}" if position is not None else ""
    return QueryError(f"{message}{suffix}", position)


def parse(text: str) -> tree.Item | None:
    """The luqum tree of a query, or None for an empty query."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query is longer than {MAX_QUERY_CHARS} characters", MAX_QUERY_CHARS)
    if not text.strip():
        return None
    _check_nesting(text)
    _check_quotes(text)
    try:
        return parse_lucene(text)
    except IllegalCharacterError as exc:
        position = _position(str(exc), len(text))
        char = text[position] if position < len(text) else ""
        raise QueryError(f"unexpected character '{char}' at position {position}",
                         position) from None
    except ParseError as exc:
        position = _position(str(exc), len(text))
        found = re.search(r"unexpected\s+'([^']*)'", str(exc))
        what = f"unexpected '{found.group(1)}'" if found else "unexpected end of query"
        raise QueryError(f"{what} at position {position}{_bracket_hint(text)}", position) from None


def _check_quotes(text: str) -> None:
    """Name an unclosed quote in words (luqum only sees a stray character where it opens)."""
    opened: int | None = None
    escaped = False
    for position, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            opened = position if opened is None else None
    if opened is not None:
        raise QueryError(f"missing closing quote after position {opened}", opened)


def _bracket_hint(text: str) -> str:
    """Words for the unbalanced bracket behind a parse error, outside quoted phrases."""
    open_at: list[int] = []
    for match in re.finditer(r'"(?:\\.|[^"\\])*"|[()\[\]{}]', text):
        char = match.group()
        if char in "([{":
            open_at.append(match.start())
        elif char in ")]}":
            if not open_at:
                return f" (the closing '{char}' at position {match.start()} has no opening one)"
            open_at.pop()
    if open_at:
        opener = text[open_at[-1]]
        closer = {"(": ")", "[": "]", "{": "}"}[opener]
        return f" (missing closing '{closer}' for the '{opener}' at position {open_at[-1]})"
    return ""


MAX_NESTING = 32
MAX_PREFIX_OPERATORS = 64


def _check_nesting(text: str) -> None:
    """Refuse queries deep enough to exhaust the parser's and builder's recursion."""
    depth = 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth > MAX_NESTING:
            raise QueryError(f"parentheses nest deeper than {MAX_NESTING} levels at position "
                             f"{position}", position)
    prefixes = list(re.finditer(r"(?:^|[\s(])(NOT\b|[-+!])", text))
    if len(prefixes) > MAX_PREFIX_OPERATORS:
        position = prefixes[MAX_PREFIX_OPERATORS].start(1)
        raise QueryError(f"more than {MAX_PREFIX_OPERATORS} NOT, + or - operators at position "
                         f"{position}", position)


def _position(message: str, length: int) -> int:
    match = re.search(r"position (\d+)", message)
    return int(match.group(1)) if match else length


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


class QueryBuilder:
    """Builds the DSL of one parsed query for one index (``documents`` or ``pages``)."""

    def __init__(self, target: str = "documents", lookups: Lookups | None = None) -> None:
        self.target = target
        self.lookups = lookups
        self.clauses = 0

    def build(self, node: tree.Item) -> Dsl:
        self.clauses = 0
        return self._node(node, None)

    # --- dispatch ------------------------------------------------------------------------

    def _node(self, node: tree.Item, field: FieldSpec | None) -> Dsl:
        handler = getattr(self, f"_{type(node).__name__}", None)
        if handler is None:
            raise _error(f"'{node}' is not supported", node)
        return handler(node, field)

    def _count(self, node: tree.Item) -> None:
        self.clauses += 1
        if self.clauses > MAX_CLAUSES:
            raise _error(f"query has more than {MAX_CLAUSES} terms", node)

    # --- structure -----------------------------------------------------------------------

    def _AndOperation(self, node: tree.AndOperation, field: FieldSpec | None) -> Dsl:
        return self._combine(node, field, default="must")

    def _UnknownOperation(self, node: tree.UnknownOperation, field: FieldSpec | None) -> Dsl:
        return self._combine(node, field, default="must")

    def _OrOperation(self, node: tree.OrOperation, field: FieldSpec | None) -> Dsl:
        return self._combine(node, field, default="should")

    def _combine(self, node: tree.Item, field: FieldSpec | None, default: str) -> Dsl:
        bool_query: dict[str, list[Dsl]] = {}
        for child in node.children:
            occur = default
            if isinstance(child, tree.Not | tree.Prohibit):
                occur, child = "must_not", child.a
            elif isinstance(child, tree.Plus):
                occur, child = "must", child.a
            bool_query.setdefault(occur, []).append(self._node(child, field))
        result: Dsl = {"bool": bool_query}
        if "should" in bool_query:
            result["bool"]["minimum_should_match"] = 1
        return result

    def _Group(self, node: tree.Group, field: FieldSpec | None) -> Dsl:
        return self._node(node.expr, field)

    _FieldGroup = _Group

    def _Not(self, node: tree.Not, field: FieldSpec | None) -> Dsl:
        return {"bool": {"must_not": [self._node(node.a, field)]}}

    _Prohibit = _Not

    def _Plus(self, node: tree.Plus, field: FieldSpec | None) -> Dsl:
        return self._node(node.a, field)

    def _Boost(self, node: tree.Boost, field: FieldSpec | None) -> Dsl:
        return {"bool": {"must": [self._node(node.expr, field)], "boost": float(node.force)}}

    def _SearchField(self, node: tree.SearchField, field: FieldSpec | None) -> Dsl:
        name = ALIASES.get(node.name.lower(), node.name.lower())
        spec = FIELDS.get(name)
        if spec is None:
            known = ", ".join(sorted(FIELDS))
            raise _error(f"unknown field '{node.name}' (known fields: {known})", node)
        if self.target != "documents" and spec.kind not in ("text", "person"):
            return {"match_all": {}}
        return self._node(node.expr, spec)

    # --- leaves --------------------------------------------------------------------------

    def _text_fields(self, field: FieldSpec | None, node: tree.Item, phrase: bool = False) -> list[str]:
        if field is not None and field.kind in ("date", "bool", "tag", "coding"):
            raise _error(f"'{node}' does not apply to a {field.kind} field", node)
        if field is not None and self.target == "pages" and field.page_fields:
            return list(field.page_fields)
        if field is not None:
            return list(field.fields)
        return list((PHRASE_TEXT if phrase else DEFAULT_TEXT)[self.target])

    def _Word(self, node: tree.Word, field: FieldSpec | None) -> Dsl:
        self._count(node)
        value = node.value
        special = self._special(node, field, value)
        if special is not None:
            return special
        if any(ch in WILDCARD_CHARS for ch in value):
            return self._wildcard(node, field)
        if field is not None and field.kind == "person":
            return self._person(value, field)
        if field is not None and field.kind == "keyword":
            return _any_field({"term": {"value": value, "case_insensitive": True}}, field.fields)
        return {"multi_match": {"query": value, "fields": self._text_fields(field, node),
                                "type": "best_fields", "operator": "and"}}

    def _special(self, node: tree.Item, field: FieldSpec | None, value: str) -> Dsl | None:
        """The clause of a date, bool or tag field (whose values are not words), else None."""
        if field is None:
            return None
        if field.kind == "date":
            return {"range": {field.fields[0]: _date_bounds(value, node)}}
        if field.kind == "bool":
            return bool_clause(field.fields[0], _truth(value, node))
        if field.kind == "tag":
            if isinstance(node, tree.Word) and any(ch in WILDCARD_CHARS for ch in value):
                raise _error("tag: takes a whole tag, not a wildcard", node)
            if self.lookups is None:
                raise _error("tag: needs a signed-in user", node)
            return self.lookups.tag_filter(value)
        if field.kind == "coding":
            return self._coding(node, field.fields[0], value)
        return None

    def _coding(self, node: tree.Item, name: str, value: str) -> Dsl:
        """``coding.issue:"taxi licensing"``: the documents given that value (search.coding)."""
        if isinstance(node, tree.Word) and any(ch in WILDCARD_CHARS for ch in value):
            raise _error(f"{name}: takes a whole value, not a wildcard", node)
        if self.lookups is None:
            raise _error(f"{name}: needs a signed-in user", node)
        try:
            return self.lookups.coding_filter(name, value)
        except ValueError as exc:
            raise _error(str(exc), node) from None

    def _person(self, value: str, field: FieldSpec) -> Dsl:
        """The name, and below it its variants: one phrase per spelling, boosted by closeness."""
        fields = field.page_fields if self.target == "pages" else field.fields
        key = person_key(value)
        if not key:
            return _any_field({"match_phrase": {"query": value}}, fields)
        should: list[Dsl] = []

        marked = marked_words(value)

        def phrase(text: str, boost: float, slop: int = 0) -> None:
            # Constant scores: how common a spelling is must not lift a variant over the name.
            # A key lost a particle's apostrophe ("o'neill" -> "oneill"): the words have it.
            spellings = dict.fromkeys((text, *apostrophe_spellings(text), with_marks(text, marked),
                                       *short_particle_spellings(text)))
            spellings = dict.fromkeys(kind for spelling in spellings for kind in mark_kinds(spelling))
            for spelling in spellings:
                for name in fields:
                    should.append({"constant_score": {"boost": boost, "filter": {
                        "match_phrase": {name: {"query": spelling, "slop": slop}}}}})

        phrase(key, PERSON_EXACT_BOOST)
        if fold(value) != key:
            phrase(value, PERSON_EXACT_BOOST)  # as typed, e.g. "KHAN, Mohamed" as it is filed
        if " " in key:
            phrase(key, PERSON_REORDERED_BOOST, slop=2)  # "Khan Mohamed": the parts swapped
        lookup = self.lookups.person_variants if self.lookups else default_person_variants
        for variant, match in lookup(key)[:MAX_NAME_VARIANTS]:
            if variant != key:  # a variant may be filed either way round too
                phrase(variant, VARIANT_BOOSTS.get(match, 1.0), slop=2 if " " in variant else 0)
        if self.target == "pages" and self.lookups is not None:
            # The documents index finds the person by key wherever the names stage filed a
            # mention ("DC Ashworth", "helen.ashworth@..."); the page text holds only the words.
            for form in self.lookups.person_forms(key):
                if fold(form) != key:
                    phrase(form, VARIANT_BOOSTS["exact"])
        return {"bool": {"should": should, "minimum_should_match": 1}}

    def _wildcard(self, node: tree.Word, field: FieldSpec | None) -> Dsl:
        value = node.value
        literal_prefix = len(re.split(r"[*?]", value, maxsplit=1)[0])
        if literal_prefix < MIN_WILDCARD_PREFIX:
            raise _error("a wildcard may not start a term (it would scan every word)", node)
        fields = [f.split("^")[0] for f in self._text_fields(field, node) if ".stemmed" not in f]
        clause = {"wildcard": {"value": value.lower(), "case_insensitive": True,
                               "rewrite": "top_terms_boost_1024"}}
        return _any_field(clause, fields)

    def _Phrase(self, node: tree.Phrase, field: FieldSpec | None, slop: int = 0) -> Dsl:
        self._count(node)
        value = _unquote(node.value)
        special = self._special(node, field, value)
        if special is not None:
            return special
        if field is not None and field.kind == "keyword":
            return _any_field({"term": {"value": value, "case_insensitive": True}}, field.fields)
        if field is not None and field.kind == "person" and not slop:
            return self._person(value, field)
        return {"multi_match": {"query": value, "fields": self._text_fields(field, node, phrase=True),
                                "type": "phrase", "slop": slop}}

    def _Proximity(self, node: tree.Proximity, field: FieldSpec | None) -> Dsl:
        slop = int(node.degree) if node.degree is not None else 1
        if not isinstance(node.term, tree.Phrase):
            raise _error("proximity (~N) applies to a quoted phrase", node)
        return self._Phrase(node.term, field, slop=min(slop, 50))

    def _Fuzzy(self, node: tree.Fuzzy, field: FieldSpec | None) -> Dsl:
        self._count(node)
        if not isinstance(node.term, tree.Word):
            raise _error("fuzzy (~) applies to a single word", node)
        edits = _fuzzy_edits(node)
        fields = [f.split("^")[0] for f in self._text_fields(field, node) if ".stemmed" not in f]
        clause = {"fuzzy": {"value": node.term.value.lower(), "fuzziness": edits,
                            "prefix_length": 1, "max_expansions": FUZZY_EXPANSIONS}}
        return _any_field(clause, fields)

    def _Regex(self, node: tree.Regex, field: FieldSpec | None) -> Dsl:
        raise _error("regular expressions are not supported; use wild* or fuzzy~", node)

    def _Range(self, node: tree.Range, field: FieldSpec | None) -> Dsl:
        self._count(node)
        if field is None or field.kind not in ("date", "coding"):
            raise _error("ranges apply to date: only, e.g. date:[2001-01-01 TO 2003-12-31]", node)
        bounds: dict[str, str] = {}
        low, high = _unquote(str(node.low)), _unquote(str(node.high))
        if low != "*":
            bounds["gte" if node.include_low else "gt"] = _check_date(low, node.low)
        if high != "*":
            bounds["lte" if node.include_high else "lt"] = _check_date(high, node.high)
        if field.kind == "coding":  # a date coding field: coding.event_date:[2019 TO 2020]
            if self.lookups is None:
                raise _error(f"{field.fields[0]}: needs a signed-in user", node)
            try:
                return self.lookups.coding_range(field.fields[0], bounds)
            except ValueError as exc:
                raise _error(str(exc), node) from None
        return {"range": {field.fields[0]: bounds}}

    def _From(self, node: tree.Item, field: FieldSpec | None) -> Dsl:
        raise _error("open ranges are written date:[2001-01-01 TO *]", node)

    _To = _From


def _fuzzy_edits(node: tree.Fuzzy) -> str | int:
    """``word~`` (and Lucene's old fractional similarity, ``word~0.8``) means AUTO: one edit for
    words of 3-5 letters, two for longer ones. luqum fills in 0.5 for a bare ``~``, which rounded
    to no edit at all, so a one-typo search found nothing."""
    degree = float(node.degree)
    if getattr(node, "_implicit_degree", False) or degree < 1:
        return "AUTO"
    return min(round(degree), MAX_FUZZY_EDITS)


def _check_date(value: str, node: tree.Item) -> str:
    try:
        return date_math(value)
    except ValueError as exc:
        raise _error(str(exc), node) from None


def _date_bounds(value: str, node: tree.Item) -> dict[str, str]:
    rounded = _check_date(value, node)
    return {"gte": rounded, "lte": rounded}


def _truth(value: str, node: tree.Item) -> bool:
    word = value.casefold()
    if word in TRUE_WORDS | FALSE_WORDS:
        return word in TRUE_WORDS
    raise _error(f"'{value}' is not true or false (use yes or no)", node)



_MARKED_WORD = re.compile(rf"[^\s{APOSTROPHES}:]*(?:[{APOSTROPHES}]|{IN_WORD_COLON.pattern})[^\s]*")


def marked_words(value: str) -> dict[str, str]:
    """The words of a typed name with an apostrophe or a turned comma inside (Hawaiian
    "Kaʻohelo", "O'Neill"), by the key's word without it: the index keeps the okina inside
    the word, so a variant's key ("malia noe kaohelo") finds the name only as written."""
    words: dict[str, str] = {}
    for word in _MARKED_WORD.findall(fold(value)):
        bare = re.sub(f"[{APOSTROPHES}:]", "", word).strip(".,")
        if bare:
            words[bare] = word.strip(".,")
    return words


# The marks the index keeps apart inside a word (it reads a typographic quote as "'"): a name
# shown with one ("Kaʼnoa") is found when typed with another ("Ka'noa").
INDEX_MARKS = "'ʻʼʹʽʾʿꞌ"  # the modifier letters and the saltillo are letters to the index
_INDEX_MARK = re.compile(f"[{INDEX_MARKS}]")


def mark_kinds(spelling: str) -> list[str]:
    """``spelling``, then with every mark inside its words written as each mark the index keeps."""
    if not _INDEX_MARK.search(spelling):
        return [spelling]
    return list(dict.fromkeys([spelling, *(_INDEX_MARK.sub(mark, spelling) for mark in INDEX_MARKS)]))


def with_marks(key: str, marked: dict[str, str]) -> str:
    """``key`` with each word the typed name wrote with a mark written so (``marked_words``)."""
    return " ".join(marked.get(word, word) for word in key.split(" "))


def _any_field(clause: Dsl, fields: list[str] | tuple[str, ...]) -> Dsl:
    """The same leaf clause over several fields, any of which may match."""
    (kind, body), = clause.items()
    per_field = [{kind: {f.split("^")[0]: dict(body)}} for f in fields]
    if len(per_field) == 1:
        return per_field[0]
    return {"bool": {"should": per_field, "minimum_should_match": 1}}


def positive_leaves(node: tree.Item) -> list[tree.Item]:
    """The text leaves a matching page could contain: everything not under a NOT."""
    if isinstance(node, tree.Not | tree.Prohibit):
        return []
    if isinstance(node, tree.Word | tree.Phrase | tree.Proximity | tree.Fuzzy):
        return [node]
    if isinstance(node, tree.SearchField):
        name = ALIASES.get(node.name.lower(), node.name.lower())
        spec = FIELDS.get(name)
        if spec is not None and spec.kind == "person":
            return [node]  # the builder searches a name's spellings in the page text
        if spec is None or spec.kind != "text" or name not in ("content", "title"):
            return []
        return positive_leaves(node.expr)
    leaves: list[tree.Item] = []
    for child in node.children:
        leaves.extend(positive_leaves(child))
    return leaves


def build_query(text: str, target: str = "documents", lookups: Lookups | None = None) -> Dsl | None:
    """The DSL of a query string for an index, or None when the query is empty."""
    node = parse(text)
    if node is None:
        return None
    return QueryBuilder(target, lookups).build(node)


def page_highlight_query(text: str, lookups: Lookups | None = None) -> Dsl | None:
    """A pages-index query matching any page that holds any positive term of the query."""
    node = parse(text)
    if node is None:
        return None
    leaves = positive_leaves(node)
    if not leaves:
        return None
    builder = QueryBuilder("pages", lookups)
    clauses = [builder.build(leaf) for leaf in leaves]
    return {"bool": {"should": clauses, "minimum_should_match": 1}}
