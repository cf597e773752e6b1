"""FastAPI dependencies: settings, the store, the calling user."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from opensearchpy import OpenSearch

from config import Settings
from search.indices import Indices
from search.users import User, UserStore

bearer = HTTPBearer(auto_error=False, description="API token from `docket users add`")


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_client(request: Request) -> OpenSearch:
    return request.app.state.client


def get_indices(settings: Annotated[Settings, Depends(get_app_settings)]) -> Indices:
    return Indices(settings.index_prefix)


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
ClientDep = Annotated[OpenSearch, Depends(get_client)]
IndicesDep = Annotated[Indices, Depends(get_indices)]


def current_user(
    client: ClientDep, indices: IndicesDep, settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """The user a bearer token belongs to; 401 otherwise."""
    token = credentials.credentials if credentials else ""
    user = UserStore(client, indices, settings.secret_key).authenticate(token)
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


UserDep = Annotated[User, Depends(current_user)]


def require_role(*roles: str):  # noqa: ANN201 - a FastAPI dependency
    def check(user: UserDep) -> User:
        if user.role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"needs the role {' or '.join(roles)}")
        return user

    return check


AdminDep = Annotated[User, Depends(require_role("admin"))]
ReviewerDep = Annotated[User, Depends(require_role("admin", "reviewer"))]
