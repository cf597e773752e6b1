"""The ``docket cases`` command group: the reference formats a collection declares for its case
register (``docket cases formats add | list | remove | load``). Each change is written to the
audit trail as the user running the command; the register reads a change at the next
``docket ingest PATH --collection NAME --stage cases``."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from api.cli_access import _audit, _fail, _store
from config import get_settings

if TYPE_CHECKING:
    from search.cases.declarations import CaseFormats
    from search.entity_kinds.reference_declared import DeclaredFormat

cases_app = typer.Typer(help="The case register: what a collection declares for it.",
                        no_args_is_help=True)
formats_app = typer.Typer(
    help="Reference formats a collection declares: a force's or council's crime, incident or "
         "referral numbers, by example references or a shape such as 'KX/{YY}/{serial:5}'.",
    no_args_is_help=True)
cases_app.add_typer(formats_app, name="formats")
_REGROUP = "run `docket ingest PATH --collection {0} --stage cases` to regroup its cases"


def _formats() -> CaseFormats:
    from search.cases.declarations import CaseFormats
    from search.indices import Indices
    from search.system import SystemStore

    return CaseFormats(SystemStore(_store(), Indices(get_settings().index_prefix)))


def _show(found: DeclaredFormat) -> str:
    shapes = "; ".join(s.text for s in found.compiled)
    examples = f"  (e.g. {', '.join(found.examples)})" if found.examples else ""
    anchors = f", after {' or '.join(repr(a) for a in found.anchors)}" if found.anchors else ""
    return (f"{found.label}: {found.scheme} numbers of {found.owner}, written {shapes}"
            f"{anchors}{examples}")


def _declare(collection: str, declarations: list[DeclaredFormat]) -> None:
    from search.errors import NotFoundError

    try:
        for declared in declarations:
            _formats().add(collection, declared)
    except NotFoundError:
        raise _fail(f"no collection {collection}") from None
    except ValueError as exc:
        raise _fail(str(exc)) from None
    _audit("cases.formats.add", {"formats": [d.as_record() for d in declarations]}, [collection])
    for declared in declarations:
        typer.echo(f"declared {_show(declared)}")
    typer.echo(_REGROUP.format(collection), err=True)


@formats_app.command("add")
def formats_add(
    collection: Annotated[str, typer.Argument(help="The collection whose documents cite them.")],
    owner: Annotated[str, typer.Option(help="The force or council whose numbers they are.")],
    scheme: Annotated[str, typer.Option(help="crime, incident or referral.")],
    shape: Annotated[list[str] | None, typer.Option(
        help="A way the numbers are written: the force's letters, separators (/ - . space, any "
             "for any) and parts {YYYY} {YY} {year} {MM} {MON} {DD} {DDD} {serial[:N[-M]]} "
             "{letters[:N]} {part[:N]} {check}; a word in lower case ('of'); [...] optional. "
             "Repeatable.")] = None,
    example: Annotated[list[str] | None, typer.Option(
        help="A reference as a document writes it; without --shape its shape is read from it. "
             "Repeatable.")] = None,
    name: Annotated[str, typer.Option(help="What to call it (default: owner and scheme).")] = "",
    anchor: Annotated[list[str] | None, typer.Option(
        help="A label written just before the number ('Incident No:'): a shape of digits and "
             "separators alone is read only after one. Repeatable.")] = None,
) -> None:
    """Declare how a force or council writes its references in COLLECTION."""
    from search.entity_kinds.reference_declared import declared_format

    try:
        declared = declared_format(owner, scheme, shape or [], example or [], name, anchor)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    _declare(collection, [declared])


@formats_app.command("load")
def formats_load(
    collection: Annotated[str, typer.Argument(help="The collection whose documents cite them.")],
    path: Annotated[Path, typer.Argument(help="A TOML file of [[format]] tables (owner, "
                                              "scheme, shapes, examples, name, anchors).")],
) -> None:
    """Declare every format of a TOML file in COLLECTION."""
    from search.entity_kinds.reference_declared import declared_format

    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8")).get("format") or []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _fail(f"{path}: {exc}") from None
    declarations = []
    for number, table in enumerate(tables, start=1):
        try:
            declarations.append(declared_format(
                str(table.get("owner", "")), str(table.get("scheme", "")),
                list(table.get("shapes") or []), list(table.get("examples") or []),
                str(table.get("name", "")), list(table.get("anchors") or [])))
        except (ValueError, TypeError) as exc:
            raise _fail(f"{path}: format {number}: {exc}") from None
    if not declarations:
        raise _fail(f"{path}: no [[format]] table")
    _declare(collection, declarations)


@formats_app.command("list")
def formats_list(collection: Annotated[str, typer.Argument()]) -> None:
    """The reference formats COLLECTION declares."""
    from search.errors import NotFoundError

    try:
        found = _formats().list(collection)
    except NotFoundError:
        raise _fail(f"no collection {collection}") from None
    for declared in found:
        typer.echo(_show(declared))
    if not found:
        typer.echo(f"{collection} declares no reference format: the built-in ones read it")


@formats_app.command("remove")
def formats_remove(collection: Annotated[str, typer.Argument()],
                   name: Annotated[str, typer.Argument(help="The format's name (see list).")]
                   ) -> None:
    """Stop reading COLLECTION's references in the format called NAME."""
    from search.errors import NotFoundError

    try:
        _formats().remove(collection, name)
    except NotFoundError:
        raise _fail(f"no collection {collection}") from None
    except KeyError as exc:
        raise _fail(str(exc.args[0])) from None
    _audit("cases.formats.remove", {"name": name}, [collection])
    typer.echo(f"removed {name}")
    typer.echo(_REGROUP.format(collection), err=True)
