"""Score a running Docket on the names evaluation set, as a user would: CLI and HTTP API only.

    python -m bench.names_eval.score [--corpus /tmp/names-eval-corpus] [--prefix dkt-eval13]
                                     [--collection names-eval] [--out names-eval.json]

It ingests CORPUS/files with `docket ingest`, makes a reader with `docket users add`, serves the
API with `docket serve` on a free port, asks for each person `person:"Full Name"`, the phrase
`"Full Name"` and the plain surname, reads every document's person chips and the facets, and the
entity page of each person; then compares all of it with CORPUS/manifest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from bench.names_eval import metrics


def _docket() -> str:
    local = Path(sys.executable).parent / "docket"
    return str(local) if local.exists() else (shutil.which("docket") or "docket")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Api:
    """A bearer-token client of Docket's HTTP API (standard library only)."""

    def __init__(self, base: str, token: str, collection: str) -> None:
        self.base, self.token, self.collection = base, token, collection

    def get(self, path: str, **params: Any) -> Any:
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None},
                                       doseq=True)
        request = urllib.request.Request(f"{self.base}{path}?{query}",
                                         headers={"Authorization": f"Bearer {self.token}"})
        with urllib.request.urlopen(request, timeout=120) as answer:
            return json.load(answer)

    def search_all(self, q: str) -> dict[str, Any]:
        """Every hit of a query in the collection (cursor paging), and the first page's facets."""
        first = self.get("/api/search", q=q, collection=self.collection, size=100)
        hits, page = list(first["hits"]), first
        while page.get("next") and len(hits) < page["total"]:
            page = self.get("/api/search", q=q, collection=self.collection, size=100,
                            cursor=page["next"])
            hits += page["hits"]
        return {"total": first["total"], "hits": hits, "facets": first["facets"]}

    def entity_page(self, name: str) -> dict[str, Any] | None:
        """The person entity page that a look-up of the full name points to first."""
        found = self.get("/api/entities", q=name, kind="person", collection=self.collection)
        results = found.get("results", [])
        if not results:
            return None
        key = urllib.parse.quote(results[0]["key"], safe="")
        page = self.get(f"/api/entities/person/{key}", collection=self.collection, size=500)
        page.pop("mentions", None)  # only the documents, variants and co-occurring are scored
        page["looked_up"] = results[0]
        return page


def ingest(corpus: Path, collection: str, env: dict[str, str]) -> float:
    """`docket ingest` the set's files; the seconds it took."""
    started = time.monotonic()
    subprocess.run([_docket(), "ingest", str(corpus / "files"), "--collection", collection],
                   env=env, check=True)
    return time.monotonic() - started


def reader_token(collection: str, env: dict[str, str]) -> str:
    """A reader of the collection, made with `docket users add` (its token is the last line)."""
    out = subprocess.run([_docket(), "users", "add", "names-eval-reader", "--role", "reader",
                          "--collection", collection], env=env, check=True,
                         capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1].strip()


def serve(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`docket serve` in the background, once /api/health answers."""
    server = subprocess.Popen([_docket(), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=5):
                return server
        except OSError:
            time.sleep(1)
    server.terminate()
    raise RuntimeError(f"docket serve did not answer on port {port}")


def collect(api: Api, manifest: dict[str, Any]) -> dict[str, Any]:
    """Everything the scoring needs, asked of the API."""
    answers: dict[str, Any] = {"people": {}, "all": api.search_all("")}
    for person in manifest["people"]:
        name = person["canonical"]
        answers["people"][name] = {
            "person": api.search_all(f'person:"{name}"'),
            "phrase": api.search_all(f'"{name}"'),
            "surname": api.search_all(person["surname"]),
            "entity": api.entity_page(name),
        }
    return answers


def run_docket(args: argparse.Namespace) -> tuple[float | None, dict[str, Any]]:
    """Ingest (unless told not to), serve, and ask the API everything; (ingest seconds, answers)."""
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    env = {**os.environ, "DOCKET_INDEX_PREFIX": args.prefix}
    seconds = None if args.no_ingest else ingest(args.corpus, args.collection, env)
    token = reader_token(args.collection, env)
    port = args.port or _free_port()
    server = serve(port, env)
    try:
        return seconds, collect(Api(f"http://127.0.0.1:{port}", token, args.collection), manifest)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/names-eval-corpus"))
    parser.add_argument("--collection", default="names-eval")
    parser.add_argument("--prefix", default=os.environ.get("DOCKET_INDEX_PREFIX", "dkt-eval13"))
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--no-ingest", action="store_true", help="the set is already ingested")
    parser.add_argument("--out", type=Path, default=Path("names-eval.json"))
    parser.add_argument("--from-answers", type=Path,
                        help="score the raw answers of an earlier run (OUT.answers.json) again")
    args = parser.parse_args()
    manifest = json.loads((args.corpus / "manifest.json").read_text(encoding="utf-8"))
    seconds = None
    if args.from_answers:
        answers = json.loads(args.from_answers.read_text(encoding="utf-8"))
    else:
        seconds, answers = run_docket(args)
        args.out.with_suffix(".answers.json").write_text(json.dumps(answers, ensure_ascii=False),
                                                         encoding="utf-8")
    report = metrics.score(manifest, answers)
    report["run"] = {"prefix": args.prefix, "collection": args.collection,
                     "ingest_seconds": seconds, "date": time.strftime("%Y-%m-%d")}
    print(metrics.table(report))
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
