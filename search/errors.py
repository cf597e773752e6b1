"""Errors that search/ raises, each with a message a user can act on."""

from __future__ import annotations


class SearchError(Exception):
    """Base class of search/ errors."""


class NodeError(SearchError):
    """The managed OpenSearch node could not be provisioned, started or reached."""


class QueryError(SearchError):
    """A query the user typed is not valid. ``position`` is the 0-based offset of the problem."""

    def __init__(self, message: str, position: int | None = None, query: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.query = query


class NotFoundError(SearchError):
    """A document, page or job does not exist, or the caller may not see it."""


class ForbiddenError(SearchError):
    """The caller asked for collections they have no grant on."""


class IdKeyMismatch(SearchError):
    """A collection's document ids were made with another secret key (or a scheme this version
    does not know): ingesting into it would duplicate its documents (search.document_ids)."""
