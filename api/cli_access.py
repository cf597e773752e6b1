"""The ``docket users``, ``docket audit`` and ``docket ciphers`` command groups: access
control from the terminal. Every change they make is written to the audit trail, as the user
running the command (``cli:<login>``)."""

from __future__ import annotations

import getpass
import json
from typing import TYPE_CHECKING, Annotated

import typer
from opensearchpy import OpenSearch

from config import get_settings
from search.errors import NodeError, SearchError

if TYPE_CHECKING:
    from search.ciphers import CipherStore
    from search.users import UserStore

users_app = typer.Typer(help="Users, roles, grants, clearance and API tokens.",
                        no_args_is_help=True)
audit_app = typer.Typer(help="The audit trail: verify its hash chain, show records.",
                        no_args_is_help=True)
ciphers_app = typer.Typer(help="Anonymity ciphers: protected names per collection.",
                          no_args_is_help=True)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def _store() -> OpenSearch:
    from search.client import open_store

    try:
        return open_store(get_settings())
    except NodeError as exc:
        raise _fail(str(exc)) from None


# --- users --------------------------------------------------------------------------------


def _users() -> UserStore:
    from search.indices import Indices
    from search.users import UserStore

    settings = get_settings()
    return UserStore(_store(), Indices(settings.index_prefix), settings.secret_key)


def _audit(action: str, details: dict, collections: list[str] | None = None) -> None:
    """Administrative actions taken here go into the same audit chain as the API's."""
    from search.audit import AuditLog

    settings = get_settings()
    AuditLog(_store(), settings.index_prefix, settings.secret_key).append({
        "user": f"cli:{getpass.getuser()}", "role": "cli", "action": action, "method": None,
        "route": None, "path": None, "path_params": {}, "params": {}, "status": None,
        "client": "cli", "collections": sorted(collections or []), "details": details})


@users_app.command("add")
def users_add(
    username: str,
    role: Annotated[str, typer.Option(help="admin, reviewer or reader")] = "reader",
    collection: Annotated[list[str] | None, typer.Option(help="Grant (repeatable; * = all)")] = None,
    cleared: Annotated[bool, typer.Option(
        help="May see names protected by ciphers (admins always may)")] = False,
) -> None:
    """Create a user and print their API token (shown once)."""
    try:
        token = _users().add(username, role, collection or [], cleared=cleared)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    _audit("users.add", {"username": username, "role": role, "cleared": cleared},
           collection or [])
    typer.echo(token)


@users_app.command("list")
def users_list() -> None:
    """Users, their role, grants and clearance."""
    for user in _users().list():
        typer.echo(f"{user.username:<24} {user.role:<9} {'cleared' if user.sees_names else '-':<8}"
                   f" {','.join(user.collections) or '-'}")


@users_app.command("token")
def users_token(username: str) -> None:
    """Issue another API token for a user."""
    try:
        token = _users().new_token(username)
    except SearchError as exc:
        raise _fail(str(exc)) from None
    _audit("users.token", {"username": username})
    typer.echo(token)


@users_app.command("grant")
def users_grant(username: str, collection: str) -> None:
    """Let a user see a collection."""
    try:
        _users().grant(username, collection)
    except SearchError as exc:
        raise _fail(str(exc)) from None
    _audit("users.grant", {"username": username, "collection": collection}, [collection])
    typer.echo(f"{username} may now see {collection}")


@users_app.command("revoke")
def users_revoke(
    username: str,
    collection: Annotated[str | None, typer.Argument(help="The grant to take away")] = None,
    tokens: Annotated[bool, typer.Option("--tokens", help="Revoke every token of the user")] = False,
) -> None:
    """Take a grant away (COLLECTION), or every token of the user (--tokens), or both."""
    if not collection and not tokens:
        raise _fail("give a COLLECTION to revoke, or --tokens")
    users = _users()
    try:
        if collection:
            had = users.revoke(username, collection)
            _audit("users.revoke", {"username": username, "collection": collection, "had": had},
                   [collection])
            typer.echo(f"{username} may no longer see {collection}" if had else
                       f"{username} had no grant of {collection}")
        if tokens:
            count = users.revoke_tokens(username)
            _audit("users.revoke_tokens", {"username": username, "tokens": count})
            typer.echo(f"{count} token(s) of {username} revoked")
    except SearchError as exc:
        raise _fail(str(exc)) from None


@users_app.command("clearance")
def users_clearance(
    username: str,
    cleared: Annotated[bool, typer.Option("--cleared/--not-cleared")] = True,
) -> None:
    """Let a user see protected names (--cleared) or see their ciphers (--not-cleared)."""
    try:
        _users().set_cleared(username, cleared)
    except SearchError as exc:
        raise _fail(str(exc)) from None
    _audit("users.clearance", {"username": username, "cleared": cleared})
    typer.echo(f"{username} {'now sees' if cleared else 'no longer sees'} protected names")


# --- audit --------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    expect: Annotated[str | None, typer.Option(
        help="SEQ:HASH of a head noted earlier, which must still be in the chain")] = None,
    seal: Annotated[bool, typer.Option(
        help="Check the HMAC seals too (needs DOCKET_SECRET_KEY as it was when written)")] = True,
) -> None:
    """Walk the hash chain; exit 1 at the first record changed, removed or reordered."""
    from search.audit_verify import verify

    settings = get_settings()
    expected = None
    if expect:
        seq, _, digest = expect.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise _fail("--expect takes SEQ:HASH, as `docket audit verify` prints the head")
        expected = (int(seq), digest)
    verdict = verify(_store(), settings.index_prefix, settings.secret_key if seal else None,
                     expected)
    typer.echo(verdict.describe())
    if not verdict.ok:
        raise typer.Exit(1)


@audit_app.command("show")
def audit_show(
    user: Annotated[str | None, typer.Option(help="Only this user")] = None,
    action: Annotated[str | None, typer.Option(help="Only this action (or family)")] = None,
    limit: int = 50,
) -> None:
    """The latest audit records, newest first, one JSON object a line."""
    from api.routes.audit import _filters
    from search.audit import AuditLog

    settings = get_settings()
    log = AuditLog(_store(), settings.index_prefix, settings.secret_key)
    for record in log.search(_filters(user, [action] if action else None, None, None, None),
                             size=limit)["records"]:
        typer.echo(json.dumps(record, ensure_ascii=False))


# --- ciphers ------------------------------------------------------------------------------


def _ciphers() -> CipherStore:
    from search.ciphers import CipherStore

    return CipherStore(_store(), get_settings().index_prefix)


@ciphers_app.command("add")
def ciphers_add(collection: str, name: str, cipher: str) -> None:
    """Protect NAME in COLLECTION: users without clearance see CIPHER instead."""
    try:
        _ciphers().add(collection, name, cipher, user=getpass.getuser())
    except ValueError as exc:
        raise _fail(str(exc)) from None
    # The name itself stays out of the audit trail: it is what the cipher protects.
    _audit("ciphers.add", {"cipher": cipher}, [collection])
    typer.echo(f"in {collection}, {cipher} now stands for a protected name")
    _recipher(collection)


@ciphers_app.command("remove")
def ciphers_remove(collection: str, name: str) -> None:
    """Stop protecting NAME in COLLECTION."""
    if not _ciphers().remove(collection, name):
        raise _fail(f"no protected name like that in {collection}")
    _audit("ciphers.remove", {}, [collection])
    typer.echo("removed")
    _recipher(collection)


@ciphers_app.command("apply")
def ciphers_apply(collection: str) -> None:
    """Rewrite COLLECTION's ciphered copy under its current names (after an upgrade, or a job
    that was interrupted; until it has run, the collection is withheld from users without
    clearance)."""
    _recipher(collection)


def _recipher(collection: str) -> None:
    """The re-cipher job: the collection's documents are withheld from users without clearance
    until it is done (the change above has already raised its cipher version)."""
    from ingest.job.recipher import recipher_collection

    typer.echo(f"re-ciphering {collection}: its documents are withheld from users without "
               "clearance until this is done")
    job = recipher_collection(_store(), get_settings(), collection,
                              progress=lambda n: typer.echo(f"  {n} documents", err=True))
    typer.echo(f"job {job['id']}: {job['documents']} documents in {job['seconds']:.1f} s")


@ciphers_app.command("list")
def ciphers_list(collection: Annotated[str | None, typer.Argument()] = None) -> None:
    """The protected names and their ciphers (of one collection, or all)."""
    from search.system import SYSTEM

    # The CLI acts as the system: every collection's ciphers, or the one asked for.
    for entry in _ciphers().list(SYSTEM.narrowed([collection] if collection else None)):
        typer.echo(f"{entry.collection}\t{entry.cipher}\t{entry.name}")
