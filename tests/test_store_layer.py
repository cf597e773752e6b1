"""The access scope holds by construction: a walk of the code (``ast``) that fails if a module
outside the store layer reads OpenSearch itself, so a read that forgets the caller's scope
cannot be written without this test naming it.

The store layer is exactly:
- ``search/scoped.py``: ``ScopedStore``, the reads made for a user, each given the caller's
  scope by the store itself;
- ``search/system.py``: ``SystemStore``, the named path for reads made for no user;
- ``ingest/``: ingestion acts for no user, and is the system side by nature (its job module
  writes the documents it reads). It is still walked for the other rules.

Outside it, in ``search/`` and ``api/``, no call reads the store: no ``search``, ``msearch``,
``count``, ``get``, ``mget``, ``scroll``, point in time (``create_pit``) or template search
on the client, and no ``helpers.scan``. A client call is told from ``dict.get`` or
``re.search`` by its keyword arguments (``index=``, ``body=``, ``id=``...), which every
opensearch-py call takes and the store layer's own methods do not.

Two more rules keep the caller's scope from being assembled by hand: only the store layer turns
a user's grants into collections (``visible_collections``), and no route reaches for the system
path.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WALKED = ("search", "api", "ingest")
STORE_LAYER = ("search/scoped.py", "search/system.py")
SYSTEM_SIDE = ("ingest/",)
READS = frozenset({"search", "msearch", "count", "get", "mget", "scroll", "create_pit",
                   "search_template", "msearch_template"})
CLIENT_KEYWORDS = frozenset({"index", "body", "id", "scroll_id", "params"})
# The index and cluster admin APIs (``client.indices.get``: an index's settings) read no records.
ADMIN_NAMESPACES = frozenset({"indices", "cluster", "nodes", "cat", "snapshot", "ingest"})
SCAN_HELPERS = frozenset({"scan"})
# Where a user's grants may become a list of collections: the User itself and the Caller.
GRANTS_READERS = ("search/users.py", "search/scoped.py")
ROUTES = "api/routes/"


def modules() -> Iterator[tuple[str, ast.Module]]:
    for package in WALKED:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            yield relative, ast.parse(path.read_text(encoding="utf-8"), filename=relative)


def _is_client_read(call: ast.Call) -> bool:
    func = call.func
    keywords = {k.arg for k in call.keywords}
    if isinstance(func, ast.Attribute) and func.attr in READS:
        admin = isinstance(func.value, ast.Attribute) and func.value.attr in ADMIN_NAMESPACES
        return not admin and bool(keywords & CLIENT_KEYWORDS)
    if isinstance(func, ast.Attribute) and func.attr in SCAN_HELPERS:
        return isinstance(func.value, ast.Name) and func.value.id == "helpers"
    return isinstance(func, ast.Name) and func.id in SCAN_HELPERS and "index" in keywords


def store_reads(tree: ast.Module) -> list[int]:
    """Lines of the calls in ``tree`` that read OpenSearch directly."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _is_client_read(node)]


def outside_store_layer(relative: str) -> bool:
    return relative not in STORE_LAYER and not relative.startswith(SYSTEM_SIDE)


def test_the_walk_sees_the_code() -> None:
    names = {relative for relative, _tree in modules()}
    assert set(STORE_LAYER) <= names
    assert {"search/documents.py", "api/routes/search.py", "api/ciphers.py"} <= names


def test_the_detector_tells_client_reads_from_other_calls() -> None:
    reads = ast.parse("client.search(index=i, body=b)\nclient.msearch(body=lines)\n"
                      "self.client.get(index=self.index, id=x)\nhelpers.scan(c, index=i)\n"
                      "client.count(index=i)\nclient.create_pit(index=i, params={})\n")
    admin = ast.parse('client.indices.get(index=f"{alias}-v*")\n')
    others = ast.parse('d.get("x")\nre.search(p, s)\ntext.count(",")\nlog.search(f, 50)\n'
                       "self.store.search(self.index, body)\nstore.get(index_name, doc_id)\n")
    assert store_reads(reads) == [1, 2, 3, 4, 5, 6]
    assert store_reads(others) == store_reads(admin) == []


def test_only_the_store_layer_reads_the_store() -> None:
    offenders = [f"{relative}:{line}" for relative, tree in modules()
                 if outside_store_layer(relative) for line in store_reads(tree)]
    assert not offenders, (
        "these read OpenSearch outside the store layer: read through the caller's "
        "search.scoped.ScopedStore (or, acting for no user, search.system.SystemStore): "
        + ", ".join(offenders))


def test_only_the_store_layer_turns_grants_into_collections() -> None:
    offenders = [f"{relative}:{node.lineno}" for relative, tree in modules()
                 if relative not in GRANTS_READERS for node in ast.walk(tree)
                 if isinstance(node, ast.Attribute) and node.attr == "visible_collections"]
    assert not offenders, ("these pass a user's collections by hand; take the request's "
                           "Caller (api.deps.CallerDep) instead: " + ", ".join(offenders))


def test_no_route_reaches_for_the_system_path() -> None:
    offenders = []
    for relative, tree in modules():
        if not relative.startswith(ROUTES):
            continue
        for node in ast.walk(tree):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom) else
                     [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            if any(name == "search.system" for name in names):
                offenders.append(f"{relative}:{node.lineno}")
    assert not offenders, "routes read as their caller (StoreDep): " + ", ".join(offenders)
