"""FastAPI dependencies: settings, the store, and who is calling.

Who is calling becomes a ``Caller`` (search.scoped) once per request, and every route reads
through ``StoreDep``: the store scoped to that caller, which adds the caller's collections to
every read. No route handles a list of collections.

Authentication goes through an ``Authenticator``: the seam where another scheme plugs in. The
one here reads bearer tokens made by ``docket users add|token``. An OIDC authenticator would
validate the access token's signature against the identity provider's keys (fetched from the
configured provider only, and cached), map a claim to a username, and read role, grants and
clearance from the users index exactly as here: authorisation stays in Docket whatever proves
identity. Set it as ``app.state.authenticator``.

Each request is authenticated once: ``authenticate_request`` keeps the outcome on the request's
state, where the cipher and audit middlewares read it too; so is the caller built from it. The
bearer authenticator reads the token, the caller's ciphers and their tags in one request
(search.sessions); the caller's store and the cipher middleware use what it read. For a route
that declares ``session="kept"`` (api.handling: the search) it may instead answer with the
session kept from an earlier request, which the caller's store checks with its first read; the
route runs its work under ``checked``, which starts again with a session read afresh when that
check fails (401 when the token no longer holds).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Protocol, TypeVar

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from opensearchpy import OpenSearch

from api.handling import route_for
from api.limits import FailureLimiter, limiter_for
from config import Settings
from ingest.blobs import BlobStore, blob_store
from search.indices import Indices
from search.scoped import Caller, ScopedStore, StaleSession
from search.sessions import Session, forget_session, is_kept, kept_session, open_session
from search.users import User, token_id

bearer = HTTPBearer(auto_error=False, description="API token from `docket users add`")
_limiter_lock = threading.Lock()
Answer = TypeVar("Answer")


class AuthenticationFailed(Exception):
    """Credentials were presented and are not valid. ``credential`` identifies them in the audit
    trail without being them (for a token: a prefix of its keyed hash)."""

    def __init__(self, credential: str, reason: str) -> None:
        super().__init__(reason)
        self.credential = credential
        self.reason = reason


class Authenticator(Protocol):
    def authenticate(self, request: Request) -> User | None:
        """The user the request's credentials belong to; None when it presents none; raises
        AuthenticationFailed when it presents credentials that are not valid."""
        ...


class BearerTokenAuthenticator:
    """``Authorization: Bearer <token>``, checked against the token hashes in the users index."""

    def authenticate(self, request: Request) -> User | None:
        header = request.headers.get("authorization", "")
        if not header.strip():
            return None
        scheme, _, token = header.strip().partition(" ")
        settings: Settings = request.app.state.settings
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthenticationFailed("malformed", "not a bearer token")
        token = token.strip()
        # The token, the caller's ciphers and their tags in one request (search.sessions), or
        # none for a route whose store checks a session kept from an earlier request.
        look_up = kept_session if keeps_session(request) else open_session
        session = look_up(request.app.state.client, Indices(settings.index_prefix),
                          settings.secret_key, token)
        if session is None:
            raise AuthenticationFailed(token_id(settings.secret_key, token),
                                       "unknown or revoked token")
        request.state.session = session
        return session.user


def bearer_token(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def keeps_session(request: Request) -> bool:
    """Whether the request's route may be answered with a kept session (api.handling)."""
    routed = route_for(request.scope)
    return routed is not None and routed.handling.session == "kept"


def authenticates_from_memory(request: Request) -> bool:
    """Whether ``authenticate_request`` would need no request to OpenSearch: the bearer
    authenticator, a route that keeps sessions, and the token's session kept."""
    if getattr(request.app.state, "authenticator", None) is not None or \
            not keeps_session(request):
        return False
    settings: Settings = request.app.state.settings
    return is_kept(Indices(settings.index_prefix), settings.secret_key, bearer_token(request))


@dataclass(frozen=True)
class AuthOutcome:
    user: User | None
    status: int  # 200, 401 or 429
    credential: str | None = None  # of failed credentials, for the audit trail
    retry_after: int = 0


def _limiter(app: FastAPI) -> FailureLimiter:
    with _limiter_lock:
        limiter = getattr(app.state, "auth_limiter", None)
        if limiter is None:
            limiter = app.state.auth_limiter = limiter_for(app.state.settings)
        return limiter


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def authenticate_request(request: Request) -> AuthOutcome:
    """Who the request is from, once per request. An address with too many recent failures is
    refused before its credentials are checked, so guessing learns nothing while it waits."""
    cached = getattr(request.state, "auth", None)
    if cached is not None:
        return cached
    address = client_address(request)
    limiter = _limiter(request.app)
    wait = limiter.retry_after(address)
    if wait:
        outcome = AuthOutcome(None, status.HTTP_429_TOO_MANY_REQUESTS, retry_after=wait)
    else:
        authenticator: Authenticator = (getattr(request.app.state, "authenticator", None)
                                        or BearerTokenAuthenticator())
        try:
            user = authenticator.authenticate(request)
        except AuthenticationFailed as exc:
            limiter.fail(address)
            outcome = AuthOutcome(None, status.HTTP_401_UNAUTHORIZED, exc.credential)
        else:
            outcome = AuthOutcome(user, status.HTTP_200_OK if user else status.HTTP_401_UNAUTHORIZED)
    request.state.auth = outcome
    return outcome


# The dependencies below only read what the app or the auth gate already holds, so they are
# coroutines: FastAPI runs a plain ``def`` dependency in a worker thread, a hop per dependency
# per request that a search pays five or six times over.
async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_client(request: Request) -> OpenSearch:
    return request.app.state.client


async def get_indices(settings: Annotated[Settings, Depends(get_app_settings)]) -> Indices:
    return Indices(settings.index_prefix)


async def get_blobs(request: Request) -> BlobStore:
    """The app's blob store, made on first use (an S3 client is worth keeping)."""
    state = request.app.state
    if getattr(state, "blobs", None) is None:
        state.blobs = blob_store(state.settings)
    return state.blobs


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ClientDep = Annotated[OpenSearch, Depends(get_client)]
IndicesDep = Annotated[Indices, Depends(get_indices)]
BlobsDep = Annotated[BlobStore, Depends(get_blobs)]


async def current_user(
    request: Request,
    # Declared so OpenAPI shows the bearer scheme; the authenticator reads the request itself.
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """The calling user; 401 without valid credentials, 429 after too many failures."""
    outcome = getattr(request.state, "auth", None)
    if outcome is None:  # not through the gate (a test's app): the look-up is I/O, off the loop
        outcome = await anyio.to_thread.run_sync(authenticate_request, request)
    if outcome.status == status.HTTP_429_TOO_MANY_REQUESTS:
        raise HTTPException(outcome.status, "too many failed sign-ins from this address",
                            headers={"Retry-After": str(outcome.retry_after)})
    if outcome.user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return outcome.user


UserDep = Annotated[User, Depends(current_user)]


def request_caller(request: Request) -> Caller | None:
    """The authenticated caller of the request (None without one), built once per request."""
    if not hasattr(request.state, "caller"):
        user = authenticate_request(request).user
        request.state.caller = Caller.of(user) if user is not None else None
    return request.state.caller


async def current_caller(request: Request, _user: UserDep) -> Caller:
    caller = request_caller(request)
    assert caller is not None  # current_user has refused a request without a user
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]


def request_session(request: Request) -> Session | None:
    """What the authenticator read with the token, if it read it (search.sessions)."""
    return getattr(request.state, "session", None)


async def caller_store(request: Request, client: ClientDep, indices: IndicesDep,
                 caller: CallerDep) -> ScopedStore:
    session = request_session(request)
    return ScopedStore(client, indices, caller,
                       session.preloaded(caller) if session is not None else None)


StoreDep = Annotated[ScopedStore, Depends(caller_store)]


def checked(request: Request, store: ScopedStore, work: Callable[[ScopedStore], Answer]) -> Answer:
    """``work(store)`` for a route that keeps sessions (``session="kept"``): when the kept
    session proves stale (its check fails in the store's first read, or when an error is about
    to be answered with it), what was read is thrown away and ``work`` runs again with the
    caller's session read afresh: 401 when the token no longer holds."""
    try:
        answer = work(store)
        store.verify()  # work that read nothing still answers only for a session that holds
        return answer
    except StaleSession:
        pass
    except Exception:
        if store.session_holds():
            raise  # the error is the answer of a session that holds
    return work(_afresh(request))


def _afresh(request: Request) -> ScopedStore:
    """The caller's store after the kept session proved stale: the session forgotten and read
    again, the request's authentication replaced (so the audit records the caller it ends
    with)."""
    settings: Settings = request.app.state.settings
    forget_session(Indices(settings.index_prefix), settings.secret_key, bearer_token(request))
    for name in ("auth", "caller", "session"):
        if hasattr(request.state, name):
            delattr(request.state, name)
    outcome = authenticate_request(request)
    if outcome.user is None:
        if outcome.status == status.HTTP_429_TOO_MANY_REQUESTS:
            raise HTTPException(outcome.status, "too many failed sign-ins from this address",
                                headers={"Retry-After": str(outcome.retry_after)})
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    caller = request_caller(request)
    assert caller is not None
    session = request_session(request)
    return ScopedStore(request.app.state.client, Indices(settings.index_prefix), caller,
                       session.preloaded(caller) if session is not None else None)


def require_role(*roles: str):  # noqa: ANN201 - a FastAPI dependency
    async def check(user: UserDep) -> User:
        if user.role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"needs the role {' or '.join(roles)}")
        return user

    return check


AdminDep = Annotated[User, Depends(require_role("admin"))]
ReviewerDep = Annotated[User, Depends(require_role("admin", "reviewer"))]
