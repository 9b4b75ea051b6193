"""One figure assembled around the number read at a trigger: currency, hedge,
scale, unit, range, share, counted noun and change, then the Quantity with its interval.

:func:`_quantity` runs the readers in a fixed order on one :class:`~.state._Figure`;
each reader says what it reads and sets. The order matters: a currency sign before
the number is taken before the hedge before it ("over $5m"), a scale before a unit
("10.6m" is read as million or metre once), and a range only after the hedges on
both sides (a figure with a trailing "or more" is no range).
"""

from __future__ import annotations

from ...models import Direction, Form, Interval, Quantity, QuantityKind, RejectReason, trusted
from .changes import _direction, _read_governor
from .hedges import _carry_conversion_hedge, _read_left_hedge, _read_trailing_hedge, _upper_bound
from .interval import _figure_interval
from .nouns import _kind_compound, _noun
from .patterns import _RIGHT_PEEK
from .ranges import _read_one_in, _read_range
from .state import _Core, _Figure, _last_word, _Scanner
from .units import _read_money_or_feet, _read_scale, _read_sign_before, _read_unit_after

_NO_TAIL = frozenset(",;:)]}\"”’'!?.")
_KIND_COMPOUND_MAX = 20  # "a six-cylinder engine", "a 12-speed gearbox"; not "a 300-job cut"
_NO_CHANGE = (Direction.NONE, Form.LEVEL)


def _quantity(
    sc: _Scanner,
    core: _Core,
    *,
    cue: int | None = None,
    unit: str | None = None,
    vague: tuple[float, float | None] | None = None,
) -> int:
    """Read hedge, currency, scale, unit, range and noun around ``core``; emit it.

    Args:
        sc: the scan.
        core: the number read at the trigger.
        cue: start of a word before the number that belongs to the figure
            ("magnitude 6.1", "M6.1").
        unit: the unit the trigger's reader already knows ("percent", "magnitude").
        vague: the bounds of a vague word ("dozens", "several hundred").

    Returns:
        The end of the figure, or of the name it turned out to be.
    """
    f = _Figure(core, unit, vague, sc.rules)
    if cue is not None:
        f.start = cue
    _read_sign_before(sc, f)
    f.last = _last_word(f.rlow)
    _peek_right(sc, f)
    if f.tail and vague is None:
        if not core.words:
            _read_scale(sc, f)
        if f.unit is None:
            _read_unit_after(sc, f)
    _read_money_or_feet(sc, f)
    hedge_match = _read_left_hedge(sc, f)
    governor = _read_governor(sc, f, hedge_match is not None) if vague is None else None
    if f.tail:
        if _read_trailing_hedge(sc, f) is None:
            _read_range(sc, f, governor)
        _read_one_in(sc, f)
    if f.unit is not None:
        _carry_conversion_hedge(sc, f)
    return _emit(sc, f, governor, *_figure_interval(f, _upper_bound(sc, f), sc.policy))


def _peek_right(sc: _Scanner, f: _Figure) -> None:
    """Set ``f.nxt`` to what follows the number, and ``f.tail`` when it may belong to it.

    Only a next word that could be a scale, unit, hedge or joiner ("million", "km",
    "or more", "to") is worth the right-hand readers, and only glued characters
    that are no clause punctuation ("10.6m", "1,000-plus").
    """
    peek = _RIGHT_PEEK.match(sc.low, f.end)
    nxt = peek.group("w") if peek is not None else ""
    f.nxt = nxt
    if not nxt or peek is None:
        return
    glued = not peek.group("sp")
    f.tail = (glued or not nxt.isalpha() or nxt in sc.rules.right_first) and not (
        glued and nxt in _NO_TAIL
    )


def _emit(
    sc: _Scanner,
    f: _Figure,
    governor: tuple[Direction, Form, str] | None,
    interval: Interval,
    nominal: float,
) -> int:
    """Append the figure to ``sc.found`` with its noun and change; return its end.

    A small count glued to a singular word by a hyphen names a kind ("a four-speed
    gearbox") and is rejected instead.
    """
    start, end, kind, unit = f.start, f.end, f.kind, f.unit
    noun = None
    if kind is QuantityKind.COUNT or f.vague is not None or unit == "percent":
        noun = _noun(sc, end, kind)
    if kind is QuantityKind.PERCENT and unit is None:
        unit = "percent"
    if (
        f.nxt == "-"
        and sc.low[end : end + 1] == "-"
        and kind is QuantityKind.COUNT
        and f.high is None
        and 1 < f.value < _KIND_COMPOUND_MAX
    ):
        compound = _kind_compound(sc, start, end)
        if compound is not None:
            return sc.reject(start, compound, RejectReason.NAME)
    if governor is None and end == f.core.end and f.nxt not in sc.rules.after_first:
        direction, form = _NO_CHANGE  # the usual case, decided cheaply
    else:
        direction, form = _direction(sc, governor, start, end, kind, unit, noun)
        if direction is not Direction.NONE:
            sc.last_change = (end, direction)
    sc.found.append(
        trusted(
            Quantity,
            span=(start, end),
            surface=sc.text[start:end],
            nominal=nominal,
            value=interval,
            qualifier=f.qualifier,
            hedge=f.hedge,
            unit=unit,
            kind=kind,
            noun=noun,
            direction=direction,
            form=form,
        )
    )
    return end
