"""The trusted-construction base every model builds on: the frozen config and ``trusted``.

All models are frozen pydantic v2 models (:data:`FROZEN`): hashable where their fields
are, safe to share between threads, and serialisable to JSON with a stable schema.
The library builds most of them with :func:`trusted`, which skips validation of values
it typed itself; the test suite sets :data:`CHECK_TRUSTED` so every such build is
validated as well.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["CHECK_TRUSTED", "FROZEN", "FieldValue", "Span", "trusted"]

Span = tuple[int, int]

FROZEN = ConfigDict(frozen=True, extra="forbid")


class FieldValue(BaseModel):
    """A model whose value is its fields: private attributes, where a stage keeps what
    it read for the next one (an article's time expressions, an extraction's debris),
    are not part of it. Pydantic compares private attributes too, so without this a
    value would not equal its own JSON read back.
    """

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BaseModel):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash((type(self), *self.__dict__.values()))


_M = TypeVar("_M", bound=BaseModel)
_REQUIRED = object()
_FIELDS: dict[type[BaseModel], tuple[tuple[str, Any], ...]] = {}
_new = object.__new__
_set = object.__setattr__
# The test suite sets this: every trusted() build is then validated as well, and a
# value of the wrong type or out of range fails the test that made it.
CHECK_TRUSTED = False


def trusted(cls: type[_M], /, **values: Any) -> _M:
    """Build a model from values the library made and typed itself, without validation.

    The extractors build tens of models per article; pydantic validation of values
    they already produced in the right types (floats, tuples, enum members, ordered
    bounds) was a sixth of their time. Only library code calls this, never with user
    input. Omitted fields take their defaults; a call giving every field gives them
    in declared order (the order reprs and dumps follow).

    >>> from discrepancy import Interval
    >>> trusted(Interval, low=1.0, high=2.0) == Interval(low=1.0, high=2.0)
    True
    """
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = _FIELDS[cls] = tuple(
            (name, _REQUIRED if info.is_required() else info.get_default())
            for name, info in cls.model_fields.items()
        )
    if len(values) == len(fields):
        data = values  # every field, given in declared order (checked under test)
    else:
        data = {name: values.get(name, default) for name, default in fields}
    if CHECK_TRUSTED:
        if data is values and tuple(values) != tuple(name for name, _ in fields):
            raise AssertionError(f"trusted {cls.__name__}: fields out of order {tuple(values)}")
        _check_trusted(cls, values, data)
    model = _new(cls)
    _set(model, "__dict__", data)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def _check_trusted(cls: type[BaseModel], values: dict[str, Any], data: dict[str, Any]) -> None:
    checked = cls(**values).__dict__
    for name, value in data.items():
        if value is _REQUIRED:
            raise AssertionError(f"trusted {cls.__name__}: {name} is required")
        want = checked[name]
        same = type(value) is type(want) and value == want
        if same and isinstance(value, tuple):
            same = all(type(a) is type(b) for a, b in zip(value, want, strict=True))
        if not same:
            raise AssertionError(
                f"trusted {cls.__name__}.{name}: {value!r} ({type(value).__name__}) "
                f"validates to {want!r} ({type(want).__name__})"
            )
