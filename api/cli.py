"""The ``docket`` command line."""

from __future__ import annotations

import html
import json
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from tqdm import tqdm

from api.cli_access import audit_app, ciphers_app, users_app
from api.cli_cases import cases_app
from config import Settings, SettingsInvalid, get_settings
from search.errors import NodeError, QueryError

if TYPE_CHECKING:
    from opensearchpy import OpenSearch

    from ingest.job.pool import PoolServer

MARK_TAGS = re.compile(r"(</?mark>)")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def terminal_snippet(snippet_html: str) -> str:
    """A snippet's HTML as one terminal line: marks in bold, entities as the characters they
    stand for, and no control character from the document (an escape sequence in a hostile
    file must not drive the reader's terminal)."""
    parts = []
    for part in MARK_TAGS.split(snippet_html):
        if part in ("<mark>", "</mark>"):
            parts.append("\033[1m" if part == "<mark>" else "\033[0m")
        else:
            parts.append(re.sub(r"\s+", " ", CONTROL_CHARACTERS.sub(" ", html.unescape(part))))
    return "".join(parts).strip()


app = typer.Typer(help="Docket: document and evidence search for public inquiries.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
opensearch_app = typer.Typer(help="The managed local OpenSearch node.", no_args_is_help=True)
app.add_typer(opensearch_app, name="opensearch")
app.add_typer(users_app, name="users")  # users, audit, ciphers: api.cli_access
app.add_typer(audit_app, name="audit")
app.add_typer(ciphers_app, name="ciphers")
app.add_typer(cases_app, name="cases")  # the formats a collection declares: api.cli_cases


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def _store(settings: Settings) -> OpenSearch:
    from search.client import open_store

    try:
        return open_store(settings)
    except NodeError as exc:
        raise _fail(str(exc)) from None


@app.callback()
def read_settings() -> None:
    # Before any command: a mistyped DOCKET_ variable is the user's to fix, so it is one line
    # naming the variable and the form it takes, not a pydantic traceback from deep inside.
    try:
        get_settings()
    except SettingsInvalid as exc:
        raise _fail(str(exc), 2) from None


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
    from search.indices import Indices
    from search.ledger import state_counts
    from search.system import SystemStore

    indices = Indices(settings.index_prefix)
    with tqdm(total=total, initial=settled, unit="file", desc="ingest") as bar:
        while True:
            counts = state_counts(SystemStore(client, indices), job_id)
            done = total - counts.get("queued", 0)
            bar.update(done - bar.n)
            if counts.get("queued", 0) == 0:
                return
            time.sleep(1)


def _run_plan(client, settings: Settings, plan, queue: bool, wait: bool,  # noqa: ANN001
              show_progress: bool = True, work=None) -> dict[str, int]:  # noqa: ANN001
    from ingest.job import dispatch, finish_job

    with tqdm(total=plan.received, initial=len(plan.settled), unit="file", desc="ingest",
              disable=queue or not show_progress) as bar:
        counts = dispatch(client, settings, plan, queue, progress=bar.update, work=work)
    if counts is not None:
        return counts
    if not wait:
        return {}
    _follow_queue(client, settings, plan.job_id, plan.received, len(plan.settled))
    return finish_job(client, settings, plan.job_id)


def run_ingest(paths: list[Path], collection: str, queue: bool = False, wait: bool = True,
               show_progress: bool = True, group_pages: bool = True) -> tuple[str, dict[str, int]]:
    """Ingest paths into a collection; returns the job id and its ledger counts.
    ``group_pages``: page-per-file scans become one document each (ingest.scans)."""
    from ingest.job import queue_mode, start_job

    settings = get_settings()
    client = _store(settings)
    queue = queue_mode(settings, queue)
    plan = start_job(client, settings, paths, collection, mode="queue" if queue else "local",
                     group_pages=group_pages)
    typer.echo(f"job {plan.job_id}: {plan.received} files received into '{collection}'", err=True)
    return plan.job_id, _run_plan(client, settings, plan, queue, wait, show_progress)


def run_stage(paths: list[Path], collection: str, stage: str, queue: bool = False,
              wait: bool = True, show_progress: bool = True,
              closed_within: int | None = None) -> tuple[str, dict[str, int]]:
    """Re-run one stage (entities, ocr, names, cases) over the documents of the files under
    paths, with ``queue`` on Celery as a load is (names and cases always run here); for cases,
    ``closed_within`` first sets the collection's limit for "closed early"."""
    from ingest.job import finish_job, queue_mode
    from ingest.stages import plan_stage, run_stage_job

    settings = get_settings()
    client = _store(settings)
    queue = queue_mode(settings, queue)
    plan = plan_stage(client, settings, paths, collection, stage)
    typer.echo(f"job {plan.job_id}: {stage} again over {plan.received} documents of "
               f"'{collection}'", err=True)
    with tqdm(total=plan.received, unit="document", desc=stage,
              disable=queue or not show_progress or stage in ("names", "cases")) as bar:
        counts = run_stage_job(client, settings, plan, stage, queue=queue, progress=bar.update,
                               closed_within=closed_within)
    if counts is not None:
        return plan.job_id, counts
    if not wait:
        return plan.job_id, {}
    _follow_queue(client, settings, plan.job_id, plan.received, 0)
    return plan.job_id, finish_job(client, settings, plan.job_id)


def run_resume(job_id: str, queue: bool = False, wait: bool = True,
               show_progress: bool = True) -> tuple[str, dict[str, int]]:
    """Continue a job's files that are still queued."""
    from ingest.job import resume_job
    from search.errors import NotFoundError

    settings = get_settings()
    client = _store(settings)
    try:
        plan = resume_job(client, settings, job_id)
    except NotFoundError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"job {job_id}: {len(plan.tasks)} queued files resumed", err=True)
    return job_id, _run_plan(client, settings, plan, queue, wait, show_progress)


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Folders or files to load.")] = None,
    collection: Annotated[str | None, typer.Option(help="Collection to load into.")] = None,
    queue: Annotated[bool, typer.Option(
        help="Hand files (or, with --stage entities|ocr, documents) to Celery workers.")] = False,
    wait: Annotated[bool, typer.Option(help="With --queue, follow the job to its end.")] = True,
    stage: Annotated[str | None, typer.Option(
        help="Re-run one stage (ocr, entities, names or cases) over the documents of PATHS "
             "that exist.")] = None,
    resume: Annotated[str | None, typer.Option(
        help="Continue the queued files of job RESUME (no PATHS).", metavar="JOB")] = None,
    closed_within: Annotated[int | None, typer.Option(
        min=1, max=3650, metavar="DAYS",
        help="With --stage cases: flag cases closed within DAYS of the report (kept for the "
             "collection; 28 until set).")] = None,
    group_pages: Annotated[bool, typer.Option(
        help="Files of one folder whose names differ only by a page number (D0020_p1.png, "
             "D0020_p2.png) become one document.")] = True,
) -> None:
    """Load folders, files, archives or mailboxes into a collection."""
    if closed_within is not None and stage != "cases":
        raise _fail("--closed-within goes with --stage cases")
    from search.errors import IdKeyMismatch

    if resume:
        if paths or stage:
            raise _fail("--resume takes no PATHS and no --stage")
        try:
            job_id, counts = run_resume(resume, queue=queue, wait=wait)
        except IdKeyMismatch as error:  # the collection's ids were made with another secret
            raise _fail(str(error)) from error
        _print_job(job_id, counts)
        return
    if not paths or not collection:
        raise _fail("give PATHS and --collection (or --resume JOB)")
    for path in paths:
        if not path.exists():
            raise _fail(f"{path}: no such file or folder")
    from ingest.errors import CollectionStageFailed
    from ingest.stages import STAGES

    if stage and stage not in STAGES:
        raise _fail(f"--stage must be one of {', '.join(STAGES)}")
    try:
        if stage:
            job_id, counts = run_stage(paths, collection, stage, queue=queue, wait=wait,
                                       closed_within=closed_within)
        else:
            job_id, counts = run_ingest(paths, collection, queue=queue, wait=wait,
                                        group_pages=group_pages)
    except (CollectionStageFailed, IdKeyMismatch) as error:  # files accounted, or none taken
        raise _fail(str(error)) from error
    _print_job(job_id, counts)


def _print_job(job_id: str, counts: dict[str, int]) -> None:
    from search.indices import Indices
    from search.ledger import child_state_counts, failures
    from search.system import SystemStore

    settings = get_settings()
    if not counts:
        typer.echo(f"job {job_id} queued; follow it with `docket jobs {job_id}`")
        return
    received = sum(counts.values())
    typer.echo(f"job {job_id}: {received} received")
    for state, count in counts.items():
        typer.echo(f"  {state:<20} {count}")
    client = _store(settings)
    indices = Indices(settings.index_prefix)
    system = SystemStore(client, indices)
    children = {k: v for k, v in child_state_counts(system, job_id).items() if v}
    if children:
        # Found inside containers: reported apart, not files the job received.
        typer.echo(f"  children of containers: {sum(children.values())} "
                   f"({', '.join(f'{k} {v}' for k, v in children.items())})")
    for entry in failures(system, job_id, size=50):
        typer.echo(f"  ! {entry['state']}: {entry.get('error_class', '')}: "
                   f"{entry.get('error_message', '')}")


@app.command()
def jobs(
    job_id: Annotated[str | None, typer.Argument()] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the job's failures as CSV.")] = False,
) -> None:
    """List jobs, or show one job's ledger counts and failures with reasons."""
    from search.indices import Indices
    from search.ledger import state_counts
    from search.system import SystemStore

    settings = get_settings()
    client = _store(settings)
    indices = Indices(settings.index_prefix)
    system = SystemStore(client, indices)  # the CLI acts as the administrator: every collection
    if job_id:
        from search.errors import NotFoundError
        from search.jobs import failures_csv, job_record

        try:
            # A mistyped id must not read as a job that received nothing.
            job_record(system, job_id)
            if as_csv:
                for chunk in failures_csv(system, job_id):
                    sys.stdout.write(chunk)
                return
        except NotFoundError:
            raise _fail(f"no job '{job_id}' (`docket jobs` lists the jobs)") from None
        _print_job(job_id, state_counts(system, job_id))
        return
    result = system.search(indices.jobs, {"size": 50, "sort": [{"created_at": "desc"}]})
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
    from search.system import SystemStore

    settings = get_settings()
    store = SystemStore(_store(settings), Indices(settings.index_prefix))
    filters = {"collection": collection} if collection else {}
    try:
        result = DocumentSearch(store).run(
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
            typer.echo(f"    p.{snippet['page']}: {terminal_snippet(snippet['html'])}")


# --- serving ------------------------------------------------------------------------------


@app.command()
def serve(host: str | None = None, port: int | None = None) -> None:
    """Serve the API and the web page."""
    import uvicorn

    from api.app import create_app
    from ingest.blobs import BlobError, blob_store

    settings = get_settings()
    _store(settings)
    try:
        blob_store(settings).prepare()  # a new deployment's bucket
    except BlobError as exc:
        raise _fail(f"the blob store: {exc}") from None
    server = _warm_pool(settings)
    try:
        # No access log: it would write every query string (names typed into searches) to
        # stderr, outside the audit trail that records each request under access control.
        uvicorn.run(create_app(), host=host or settings.host, port=port or settings.port,
                    log_level="info", server_header=False, access_log=False)
    finally:
        if server is not None:
            server.close()


def _warm_pool(settings: Settings) -> PoolServer | None:
    """Workers with spaCy loaded, kept for every job: the server's own, and the CLI's
    ``docket ingest`` jobs, which find them by the data folder's socket."""
    from ingest.job.pool import serve_pool

    server = serve_pool(settings)
    where = f" at {server.socket}" if server is not None else ""
    typer.echo(f"warm worker pool: {max(1, settings.workers)} processes{where}", err=True)
    return server


@app.command()
def pool() -> None:
    """Keep a warm local worker pool (spaCy loaded) for `docket ingest` jobs, until stopped."""
    settings = get_settings()
    server = _warm_pool(settings)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.close()


@app.command()
def worker(concurrency: int | None = None) -> None:
    """Run a Celery worker (cluster mode; needs DOCKET_BROKER_URL)."""
    from ingest.job.tasks import celery_app

    settings = get_settings()
    _store(settings)
    args = ["worker", "--loglevel=INFO", f"--concurrency={concurrency or settings.workers}",
            "--queues=docket-ingest"]
    celery_app().worker_main(args)


@app.command()
def doctor() -> None:
    """Check that OpenSearch, Redis and the blob store answer, and, in a cluster, that it is
    green, keeps replicas and that the S3 bucket takes writes; warn of collections whose
    document ids carry content hashes. Exits 1 when a check fails."""
    from api.doctor import run_checks

    checks = run_checks(get_settings())
    for check in checks:
        mark = typer.style("ok  ", fg=typer.colors.GREEN) if check.ok else typer.style(
            "FAIL", fg=typer.colors.RED)
        if check.ok and check.warning:
            mark = typer.style("WARN", fg=typer.colors.YELLOW)
        typer.echo(f"{mark} {check.name}: {check.detail}")
    if not all(check.ok for check in checks):
        raise typer.Exit(1)


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


def main() -> None:  # pragma: no cover - console entry
    sys.exit(app())


if __name__ == "__main__":  # `python -m api.cli` as well as the `docket` script
    main()
