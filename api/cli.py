"""The ``docket`` command line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from tqdm import tqdm

from config import Settings, get_settings
from search.errors import NodeError, QueryError, SearchError

app = typer.Typer(help="Docket: document and evidence search for public inquiries.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
opensearch_app = typer.Typer(help="The managed local OpenSearch node.", no_args_is_help=True)
users_app = typer.Typer(help="Users, roles, grants and API tokens.", no_args_is_help=True)
app.add_typer(opensearch_app, name="opensearch")
app.add_typer(users_app, name="users")


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def _store(settings: Settings):
    from search.client import open_store

    try:
        return open_store(settings)
    except NodeError as exc:
        raise _fail(str(exc)) from None


# --- opensearch ---------------------------------------------------------------------------


@opensearch_app.command("install")
def opensearch_install() -> None:
    """Fetch the OpenSearch distribution and modules into the cache (done once)."""
    from search import node

    try:
        home = node.install(get_settings())
    except NodeError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"OpenSearch installed in {home}")


@opensearch_app.command("start")
def opensearch_start() -> None:
    """Start the managed node (127.0.0.1) and wait until it is healthy."""
    from search import node

    try:
        status = node.start(get_settings())
    except NodeError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"OpenSearch {status.version} is {status.cluster_status} at {status.url}")


@opensearch_app.command("stop")
def opensearch_stop() -> None:
    """Stop the managed node."""
    from search import node

    typer.echo("stopped" if node.stop(get_settings()) else "not running")


@opensearch_app.command("status")
def opensearch_status() -> None:
    """Say whether OpenSearch answers, where, and its health."""
    from search import node

    status = node.status(get_settings())
    typer.echo(json.dumps(status.__dict__, indent=2))
    if not status.running:
        raise typer.Exit(3)


# --- ingest and jobs ----------------------------------------------------------------------


def _follow_queue(client, settings: Settings, job_id: str, total: int, settled: int) -> None:  # noqa: ANN001
    from ingest.ledger import state_counts
    from search.indices import Indices

    indices = Indices(settings.index_prefix)
    with tqdm(total=total, initial=settled, unit="file", desc="ingest") as bar:
        while True:
            counts = state_counts(client, indices, job_id)
            done = total - counts.get("queued", 0)
            bar.update(done - bar.n)
            if counts.get("queued", 0) == 0:
                return
            time.sleep(1)


def run_ingest(paths: list[Path], collection: str, queue: bool = False, wait: bool = True,
               show_progress: bool = True) -> tuple[str, dict[str, int]]:
    """Ingest paths into a collection; returns the job id and its ledger counts."""
    from ingest.job import finish_job, run_local, start_job

    settings = get_settings()
    client = _store(settings)
    plan = start_job(client, settings, paths, collection, mode="queue" if queue else "local")
    typer.echo(f"job {plan.job_id}: {plan.received} files received into '{collection}'", err=True)
    if queue:
        from ingest.tasks import enqueue

        enqueue(plan.tasks)
        if not wait:
            return plan.job_id, {}
        _follow_queue(client, settings, plan.job_id, plan.received, len(plan.settled))
    else:
        with tqdm(total=plan.received, initial=len(plan.settled), unit="file", desc="ingest",
                  disable=not show_progress) as bar:
            run_local(client, settings, plan, progress=bar.update)
    return plan.job_id, finish_job(client, settings, plan.job_id)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Folders or files to load.")],
    collection: Annotated[str, typer.Option(help="Collection to load into.")],
    queue: Annotated[bool, typer.Option(help="Hand files to Celery workers.")] = False,
    wait: Annotated[bool, typer.Option(help="With --queue, follow the job to its end.")] = True,
) -> None:
    """Load folders, files, archives or mailboxes into a collection."""
    for path in paths:
        if not path.exists():
            raise _fail(f"{path}: no such file or folder")
    job_id, counts = run_ingest(paths, collection, queue=queue, wait=wait)
    _print_job(job_id, counts)


def _print_job(job_id: str, counts: dict[str, int]) -> None:
    from ingest.ledger import failures
    from search.indices import Indices

    settings = get_settings()
    if not counts:
        typer.echo(f"job {job_id} queued; follow it with `docket jobs {job_id}`")
        return
    received = sum(counts.values())
    typer.echo(f"job {job_id}: {received} received")
    for state, count in counts.items():
        typer.echo(f"  {state:<20} {count}")
    client = _store(settings)
    for entry in failures(client, Indices(settings.index_prefix), job_id, size=50):
        typer.echo(f"  ! {entry['state']}: {entry.get('error_class', '')}: "
                   f"{entry.get('error_message', '')}")


@app.command()
def jobs(job_id: Annotated[str | None, typer.Argument()] = None) -> None:
    """List jobs, or show one job's ledger counts and failures with reasons."""
    from ingest.ledger import state_counts
    from search.indices import Indices

    settings = get_settings()
    client = _store(settings)
    indices = Indices(settings.index_prefix)
    if job_id:
        _print_job(job_id, state_counts(client, indices, job_id))
        return
    result = client.search(index=indices.jobs, body={"size": 50, "sort": [{"created_at": "desc"}]})
    for hit in result["hits"]["hits"]:
        job = hit["_source"]
        typer.echo(f"{job['id']}  {job['status']:<9} {job['received']:>7} files  "
                   f"{job['collection']}")


# --- search -------------------------------------------------------------------------------


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Query, e.g. '\"strategy meeting\" AND Whitlock'")],
    collection: Annotated[list[str] | None, typer.Option(help="Limit to collections.")] = None,
    size: int = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Search from the terminal (as an administrator)."""
    from search.documents import DocumentSearch, SearchRequest
    from search.indices import Indices

    settings = get_settings()
    client = _store(settings)
    filters = {"collection": collection} if collection else {}
    try:
        result = DocumentSearch(client, Indices(settings.index_prefix), None).run(
            SearchRequest(q=query, filters=filters, size=size))
    except QueryError as exc:
        raise _fail(exc.message, 2) from None
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(f"{result['total']} documents ({result['took_ms']} ms)")
    for hit in result["hits"]:
        typer.echo(f"{hit['control']}  {hit['title']}  [{hit['path']}]")
        for snippet in hit["snippets"]:
            text = snippet["html"].replace("<mark>", "\033[1m").replace("</mark>", "\033[0m")
            typer.echo(f"    p.{snippet['page']}: {text}")


# --- serving ------------------------------------------------------------------------------


@app.command()
def serve(host: str | None = None, port: int | None = None) -> None:
    """Serve the API and the web page."""
    import uvicorn

    from api.app import create_app

    settings = get_settings()
    _store(settings)
    uvicorn.run(create_app(), host=host or settings.host, port=port or settings.port,
                log_level="info", server_header=False)


@app.command()
def worker(concurrency: int | None = None) -> None:
    """Run a Celery worker (cluster mode; needs DOCKET_BROKER_URL)."""
    from ingest.tasks import celery_app

    settings = get_settings()
    _store(settings)
    args = ["worker", "--loglevel=INFO", f"--concurrency={concurrency or settings.workers}",
            "--queues=docket-ingest"]
    celery_app().worker_main(args)


@app.command()
def demo(
    port: int | None = None,
    serve_page: Annotated[bool, typer.Option("--serve/--no-serve")] = True,
) -> None:
    """Start a local node, generate and ingest the sample corpus, and serve the page."""
    from ingest.samples import generate_sample_corpus
    from search.indices import Indices
    from search.users import UserStore

    settings = get_settings()
    client = _store(settings)
    corpus = settings.data_dir / "sample-corpus"
    if not corpus.is_dir() or not any(corpus.iterdir()):
        # The generator is deterministic: a corpus already written is the same corpus.
        manifest = generate_sample_corpus(corpus)
        typer.echo(f"sample corpus: {len(manifest.files)} files written to {corpus}", err=True)
    job_id, counts = run_ingest([corpus], "demo")
    _print_job(job_id, counts)
    token = UserStore(client, Indices(settings.index_prefix), settings.secret_key).add(
        "demo", "admin", ["*"])
    url = f"http://{settings.host}:{port or settings.port}/#token={token}"
    typer.secho(f"\nOpen {url}\n(API token for user 'demo': {token})\n", fg=typer.colors.GREEN)
    if serve_page:
        serve(port=port)


# --- users --------------------------------------------------------------------------------


def _users():
    from search.indices import Indices
    from search.users import UserStore

    settings = get_settings()
    return UserStore(_store(settings), Indices(settings.index_prefix), settings.secret_key)


@users_app.command("add")
def users_add(
    username: str,
    role: Annotated[str, typer.Option(help="admin, reviewer or reader")] = "reader",
    collection: Annotated[list[str] | None, typer.Option(help="Grant (repeatable; * = all)")] = None,
) -> None:
    """Create a user and print their API token (shown once)."""
    try:
        token = _users().add(username, role, collection or [])
    except ValueError as exc:
        raise _fail(str(exc)) from None
    typer.echo(token)


@users_app.command("token")
def users_token(username: str) -> None:
    """Issue another API token for a user."""
    try:
        typer.echo(_users().new_token(username))
    except SearchError as exc:
        raise _fail(str(exc)) from None


@users_app.command("grant")
def users_grant(username: str, collection: str) -> None:
    """Let a user see a collection."""
    try:
        _users().grant(username, collection)
    except SearchError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"{username} may now see {collection}")


def main() -> None:  # pragma: no cover - console entry
    sys.exit(app())
