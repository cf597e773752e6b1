"""What the middlewares do for a route, declared on the route itself (``@handles(...)``).

The authentication gate, the audit and the ciphers run before routing, so they find the route a
request is for (``route_for``) and read its ``Handling``: the audit action it is recorded as,
whether it is public (no caller, no names: neither gated, audited nor ciphered), how its JSON
answer is ciphered. A route that
declares nothing gets the defaults (gated, audited under its name, ciphered fully), so a route
added later is covered without anyone remembering to. No middleware compares URLs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from fastapi.routing import APIRoute
from starlette.applications import Starlette
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Receive, Scope, Send

# A request no API route takes is the API's all the same when addressed under /api/: it is gated
# and audited (a 404 is recorded). Anything else no API route takes is not the API's.
API_ROOT = "/api/"
ATTRIBUTE = "__docket_handling__"
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


@dataclass(frozen=True)
class Handling:
    """``action``: the audit action (None: the route's name).
    ``public``: answered without a caller and holds no names (health, the web page).
    ``response``: for a caller without clearance, ``copy`` when the answer is read from the
    ciphered copy of the index or echoes what the caller sent (passed as it is: ciphering a
    name the caller typed would say that it is protected), ``ciphered`` otherwise (every string
    but identifiers ciphered by the middleware, search.cipher_responses).
    ``session``: ``kept`` when the route runs under ``api.deps.checked`` and so may be answered
    with a session kept from an earlier request (search.sessions: its store checks it with its
    first read); ``read`` (every other route) reads the caller's session afresh."""

    action: str | None = None
    public: bool = False
    response: Literal["copy", "ciphered"] = "ciphered"
    session: Literal["read", "kept"] = "read"


DEFAULT = Handling()


def handles(**declared: Any) -> Callable[[Endpoint], Endpoint]:
    """Declare on an endpoint how the middlewares treat its route (the fields of Handling)."""
    handling = Handling(**declared)

    def mark(endpoint: Endpoint) -> Endpoint:
        setattr(endpoint, ATTRIBUTE, handling)
        return endpoint

    return mark


def handling_of(route: APIRoute) -> Handling:
    """What ``route`` declares, or the defaults."""
    return getattr(route.endpoint, ATTRIBUTE, DEFAULT)


@dataclass(frozen=True)
class Routed:
    """The route a request is for and its path parameters. ``route`` is None when no API route
    takes the request; ``reached`` is False when a route takes the path but not the method (the
    router answers 405)."""

    route: APIRoute | None
    handling: Handling
    params: dict[str, Any]
    reached: bool


def _flatten(routes: Iterable[BaseRoute]) -> Iterator[BaseRoute]:
    # Routers are included without a prefix (each route spells its whole path), so an included
    # route matches as it stands; tests/api/test_handling.py finds every route from its URL.
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI's included routers
        if included is not None:
            yield from _flatten(included.routes)
        else:
            yield route


def api_routes(app: Starlette) -> list[APIRoute]:
    """Every API route of ``app``, included routers flattened, in the router's order."""
    return [route for route in _flatten(app.routes) if isinstance(route, APIRoute)]


def route_for(scope: Scope) -> Routed | None:
    """The route the router will pick for ``scope`` (a full match first, else a method
    mismatch, as Starlette does), found before routing; None when the request is not the API's
    (static files, the OpenAPI page). Kept in the request's state, so the middlewares match
    once between them."""
    state = scope.setdefault("state", {})
    if "routed" not in state:
        state["routed"] = _match(scope)
    return state["routed"]


def guarded_route(scope: Scope) -> Routed | None:
    """The route of a request the middlewares guard: an HTTP request to the API, not public.
    None for anything they leave alone."""
    if scope["type"] != "http":
        return None
    routed = route_for(scope)
    return None if routed is None or routed.handling.public else routed


class GuardedMiddleware:
    """An ASGI layer that acts on guarded API requests only (``guarded``); everything else
    (static files, the OpenAPI page, public routes) passes through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        routed = guarded_route(scope)
        if routed is None:
            await self.app(scope, receive, send)
            return
        await self.guarded(routed, scope, receive, send)

    async def guarded(self, routed: Routed, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


def _match(scope: Scope) -> Routed | None:
    partial: tuple[BaseRoute, Scope] | None = None
    for route in _flatten(scope["app"].routes):
        match, child = route.matches(scope)
        if match == Match.FULL:
            return _routed(scope, route, child, reached=True)
        if match == Match.PARTIAL and partial is None:
            partial = (route, child)
    if partial is not None:
        return _routed(scope, *partial, reached=False)
    return _routed(scope, None, {}, reached=False)


def _routed(scope: Scope, route: BaseRoute | None, child: Scope, reached: bool) -> Routed | None:
    if isinstance(route, APIRoute):
        return Routed(route, handling_of(route), dict(child.get("path_params") or {}), reached)
    # No route, or one that is not an API route (static files, the OpenAPI page): guarded all
    # the same when addressed under /api/, left alone otherwise.
    if scope.get("path", "").startswith(API_ROOT):
        return Routed(None, DEFAULT, {}, reached=False)
    return None
