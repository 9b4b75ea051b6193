"""One figure assembled around the number read at a trigger: currency, hedge,
scale, unit, range, share, counted noun and change, then the Quantity with its interval.

:func:`_quantity` runs the readers in a fixed order on one :class:`~.state._Figure`;
each reader says what it reads and sets. The order matters: a currency sign before
the number is taken before the hedge before it ("over $5m"), a scale before a unit
("10.6m" is read as million or metre once), and a range only after the hedges on
both sides (a figure with a trailing "or more" is no range).
"""

from __future__ import annotations

import re

from ...models import Direction, Form, Interval, Quantity, QuantityKind, RejectReason, trusted
from .ages import _is_age
from .changes import (
    _LEVEL_GAP_MAX,
    _direction,
    _point_compound,
    _read_governor,
    _share_before_noun,
    _up_from_at,
)
from .hedges import (
    _LOWER_BOUNDS,
    _RANGE_OPENERS,
    _carry_conversion_hedge,
    _read_left_hedge,
    _read_trailing_hedge,
    _upper_bound,
)
from .interval import _figure_interval
from .nouns import _kind_compound, _noun
from .patterns import _RIGHT_PEEK
from .ranges import _read_one_in, _read_range
from .state import _Core, _Figure, _Scanner
from .units import _read_money_or_feet, _read_scale, _read_sign_before, _read_unit_after

_NO_TAIL = frozenset(",;:)]}\"”’'!?.")
_KIND_COMPOUND_MAX = 20  # "a six-cylinder engine", "a 12-speed gearbox"; not "a 300-job cut"
_NO_CHANGE = (Direction.NONE, Form.LEVEL)
_MINUS_SIGNS = frozenset("-\u2212")
# What a signed count of a table or list line follows: "(-7,000)", "Mining: -3,000".
_LIST_OPENERS = frozenset("(:;\n|")
_LINE_END = re.compile(r"[ \t\u00a0]*(?:\r?\n|\Z)")
_HYPHENS = frozenset("-\u2010\u2011")  # before a figure: a prefix may bound it ("sub-200")


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
    rules = sc.rules
    f = _Figure(core, unit, vague, rules)
    if cue is not None:
        f.start = cue
    _read_sign_before(sc, f)
    # The right-hand readers run only when the next word could be a scale, unit,
    # hedge or joiner ("million", "km", "or more", "to"), or when what is glued to
    # the number is no clause punctuation ("10.6m", "1,000-plus").
    peek = _RIGHT_PEEK.match(sc.low, f.end)
    f.nxt = nxt = peek.group("w") if peek is not None else ""
    if nxt and peek is not None:
        glued = not peek.group("sp")
        f.tail = (glued or not nxt.isalpha() or nxt in rules.right_first) and not (
            glued and nxt in _NO_TAIL
        )
    if f.tail and vague is None:
        if not core.words:
            _read_scale(sc, f)
        if f.unit is None:
            _read_unit_after(sc, f)
    if f.currency is not None or f.unit == "foot":
        _read_money_or_feet(sc, f)
    # The guards below are the readers' own first tests, kept here so that the usual
    # figure ("502 drones") pays for no call it does not need.
    hedged = False
    if f.last in rules.hedge_last or f.last in _RANGE_OPENERS or f.rlow[:1] in _HYPHENS:
        hedged = _read_left_hedge(sc, f) is not None
    governor = None
    if vague is None and (
        hedged
        or f.between
        or f.last in rules.change_last
        or (sc.last_change is not None and f.start <= sc.last_change[0] + _LEVEL_GAP_MAX)
    ):
        governor = _read_governor(sc, f, hedged)
    if f.tail:
        if _read_trailing_hedge(sc, f) is None:
            _read_range(sc, f, governor)
        _read_one_in(sc, f)
    if f.unit is not None:
        _carry_conversion_hedge(sc, f)
    upper = _upper_bound(sc, f) if f.qualifier in _LOWER_BOUNDS else None
    return _emit(sc, f, governor, *_figure_interval(f, upper, sc.policy))


def _signed_count(
    sc: _Scanner,
    start: int,
    end: int,
    kind: QuantityKind,
    unit: str | None,
    vague: tuple[float, float | None] | None,
) -> Direction | None:
    """The direction a sign gives a count: "(+41,000)" up; "(-7,000)" or ": -3,000" down.

    A count is never negative: a sign before one, in a table or list line, says which
    way the count went, and the figure is its magnitude with that direction, a level as
    "lost 7,000 jobs" is ("Federal government (-7,000)" meets it). A plus sign before a
    count is read anywhere; a minus sign only after an opening bracket, a colon, a
    semicolon, a table's bar, at the start of a line, or at the end of a line after its label
    ("Manufacturing -4,000"), so that a bare "-12" in running text (a temperature
    without its unit) keeps its sign.
    """
    text = sc.text
    sign = text[start : start + 1]
    if kind is not QuantityKind.COUNT or unit is not None or vague is not None:
        return None
    if sign == "+":
        return Direction.UP
    if sign not in _MINUS_SIGNS:
        return None
    p = start
    while p > 0 and text[p - 1] in " \t\u00a0":
        p -= 1
    if p == 0 or text[p - 1] in _LIST_OPENERS:
        return Direction.DOWN
    line_end = _LINE_END.match(text, end)
    return Direction.DOWN if line_end is not None and text[p - 1].isalpha() else None


def _magnitude(interval: Interval) -> Interval:
    """The interval of a negative count's magnitude: "-7,000" is 7,000 lost."""
    low, high = interval.low, interval.high
    return Interval(
        low=None if high is None else -high,
        high=None if low is None else -low,
        low_closed=interval.high_closed,
        high_closed=interval.low_closed,
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
    if f.vague is None and _is_age(sc, f, noun):
        return sc.reject(start, end, RejectReason.NO_SUBJECT)  # "children under five"
    if (
        f.nxt == "-"
        and sc.low[end : end + 1] == "-"
        and kind is QuantityKind.COUNT
        and f.high is None
        and 1 < f.value < _KIND_COMPOUND_MAX
    ):
        compound = _kind_compound(sc, start, end) if _point_compound(sc, end) is None else None
        if compound is not None:
            return sc.reject(start, compound, RejectReason.NAME)
    if (
        governor is None
        and end == f.core.end
        and f.nxt not in sc.rules.after_first
        and not _share_before_noun(kind, f.nxt)
        and f.nxt != "-"
        and not _up_from_at(sc.low, end, f.nxt)
    ):
        direction, form = _NO_CHANGE  # the usual case, decided cheaply
    else:
        direction, form = _direction(sc, governor, start, end, kind, unit, noun)
        if direction is not Direction.NONE:
            sc.last_change = (end, direction)
    signed = (
        _signed_count(sc, start, end, kind, unit, f.vague) if direction is Direction.NONE else None
    )
    if signed is not None:
        direction = signed
        if signed is Direction.DOWN:
            interval, nominal = _magnitude(interval), -nominal
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
