"""Surfaces restored: what the library reports is cut from the text as given.

:func:`~discrepancy.extract` reads the reading copy (:mod:`discrepancy.text.reading`),
which keeps every offset; only the surfaces and quotes cut from it may differ from
the text as given, and :func:`restore_surfaces` puts the given text back.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from ..models import Article

__all__ = ["restore_surfaces"]

_Model = TypeVar("_Model", bound=BaseModel)
_SURFACE_FIELDS = ("surface", "quote")


def restore_surfaces(model: _Model, given: str, read: str) -> _Model:
    """``model`` with every surface read in ``read`` replaced by the same span of ``given``.

    :func:`reading_copy` keeps offsets, so spans found in the copy hold in the text
    as given; only the surfaces (and quotes) were cut from the copy. A model with a
    ``span`` and a ``surface`` or ``quote`` cut from the copy at that span (or
    inside it) gets the text as given there, so ``given[start:end] == surface``
    holds in every output. Nested models, tuples and lists are walked.

    Args:
        model: an :class:`~discrepancy.Extraction` or any model inside one.
        given: the text as given (the article's text).
        read: its reading copy.

    Returns:
        ``model`` itself when nothing changed, else a copy.
    """
    return _restored(model, given, read)  # type: ignore[no-any-return]


def _restored(value: Any, given: str, read: str) -> Any:
    if isinstance(value, tuple | list):
        items = [_restored(v, given, read) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if not isinstance(value, BaseModel) or isinstance(value, Article):
        return value
    update: dict[str, Any] = {}
    for name in type(value).model_fields:
        old = getattr(value, name)
        new = _restored(old, given, read)
        if new is not old:
            update[name] = new
    span = getattr(value, "span", None)
    if isinstance(span, tuple) and len(span) == 2:
        start, end = span
        for name in _SURFACE_FIELDS:
            surface = getattr(value, name, None)
            if not isinstance(surface, str) or given[start:end] == read[start:end]:
                continue
            at = read.find(surface, start, end)
            if at >= 0:
                update[name] = given[at : at + len(surface)]
    return value.model_copy(update=update) if update else value
