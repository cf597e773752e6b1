"""Reusing an earlier set's function over this set's names, by import rather than by copy."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["bound"]

F = TypeVar("F", bound=Callable[..., Any])


def _read_names(code: types.CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _read_names(const)
    return names


def bound(function: F, **names: object) -> F:
    """An earlier set's function, reading the module-level `names` given here instead of its own.

    The ninth set's planning, naming and writing steps are this set's too; only the cast, forms,
    kinds and constants they look up differ. Binding the same code to this set's names reuses it
    without copying it, and leaves the ninth set's module as it is. Every name given must be one
    the function reads, so that a misspelt name cannot leave the ninth set's value in place."""
    unread = set(names) - _read_names(function.__code__)
    if unread:
        raise ValueError(f"{function.__qualname__} does not read {sorted(unread)}")
    clone = types.FunctionType(function.__code__, {**function.__globals__, **names},
                               function.__name__, function.__defaults__, function.__closure__)
    clone.__doc__ = function.__doc__
    return clone  # type: ignore[return-value]
