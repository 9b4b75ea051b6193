"""The small SVG chart under a row whose figures differ: each figure's interval on one
axis, open and closed bounds marked, the figure as written ticked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .._exceptions import DiscrepancyError
from ..models import Interval, Row
from .cells import esc
from .labels import interval_words, number_words

__all__ = ["interval_chart"]


def _num(value: float) -> str:
    """A figure with thousands separators and no spurious decimals."""
    return number_words(value, places=4)


_W, _LEFT, _RIGHT, _TOP, _LINE = 440, 140, 422, 14, 36


@dataclass(frozen=True)
class _Line:
    name: str
    surface: str
    value: Interval
    nominal: float
    unit: str | None


def _ticks(low: float, high: float, count: int = 5, *, whole: bool = False) -> list[float]:
    """Round-numbered ticks (1, 2, 2.5 or 5 times a power of ten) inside [low, high].

    With ``whole`` (an axis of counts) every tick is a whole number.

    >>> _ticks(1144, 1456)
    [1150.0, 1200.0, 1250.0, 1300.0, 1350.0, 1400.0, 1450.0]
    >>> _ticks(0, 3), _ticks(0, 3, whole=True)
    ([0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0], [0.0, 1.0, 2.0, 3.0])
    """
    span = high - low
    magnitude = 10 ** math.floor(math.log10(span / count))
    steps = [m * magnitude for m in (10, 5, 2.5, 2, 1)]
    if whole:
        steps = [s for s in steps if s >= 1 and float(s).is_integer()] or [1.0]
    # The round step whose tick count comes nearest ``count`` (the larger on a tie).
    step = min(steps, key=lambda s: abs(span / s - count))
    first = math.ceil(low / step)
    return [
        float(round(i * step, 10))
        for i in range(first, first + count + 2)
        if low - 1e-9 * step <= i * step <= high + 1e-9 * step
    ]


def _tick_label(value: float, biggest: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e4, "k")):
        if biggest >= 10 * size:
            return _num(round(value / size, 3)) + suffix
    return _num(value)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _chart_lines(row: Row, names: dict[str, str]) -> list[_Line] | None:
    """The intervals to draw, in one unit; None when they cannot share an axis."""
    facts = [(c.article_id, c.fact) for c in row.cells if c.fact is not None]
    if len(facts) < 2:
        return None
    units = {f.quantity.unit for _, f in facts}
    target = row.key.unit if row.key.unit in units else sorted(u or "" for u in units)[-1] or None
    lines = []
    for aid, f in facts:
        value, nominal, unit = f.quantity.value, f.quantity.nominal, f.quantity.unit
        if unit != target:
            if unit is None or target is None:
                return None  # a bare count beside a measurement has no common axis
            # pint loads only when a row really mixes units.
            from ..comparison.units import convert

            try:
                value = convert(value, unit, target)
                nominal_iv = convert(Interval.point(nominal), unit, target)
            except (DiscrepancyError, ValueError):
                return None
            nominal = nominal_iv.low if nominal_iv.low is not None else nominal
        if not math.isfinite(nominal):
            return None
        # An infinite bound is drawn like a missing one: an arrow to the edge.
        value = value.model_copy(
            update={
                "low": value.low if value.low is not None and math.isfinite(value.low) else None,
                "high": value.high
                if value.high is not None and math.isfinite(value.high)
                else None,
            }
        )
        lines.append(_Line(names.get(aid, aid), f.surface, value, nominal, target))
    return lines


def interval_chart(row: Row, names: dict[str, str], ident: str) -> str:
    """An inline SVG: one line per reporting article on a shared number axis; its
    title's anchor is ``chart-{ident}-t``."""
    lines = _chart_lines(row, names)
    if lines is None:
        return ""
    finite = [x for ln in lines for x in (ln.value.low, ln.value.high, ln.nominal) if x is not None]
    low, high = min(finite), max(finite)
    pad = (high - low) * 0.12 if high > low else max(abs(high) * 0.1, 1.0)
    open_top = any(ln.value.high is None for ln in lines)
    open_bottom = any(ln.value.low is None for ln in lines)
    lo = low - pad * (2 if open_bottom else 1)
    hi = high + pad * (2 if open_top else 1)
    if low >= 0 > lo:
        lo = 0.0 if not open_bottom else lo

    def x(v: float) -> float:
        return _LEFT + (v - lo) / (hi - lo) * (_RIGHT - _LEFT)

    height = _TOP + _LINE * len(lines) + 30
    axis_y = _TOP + _LINE * len(lines) + 2
    title_id = f"chart-{ident}-t"
    words = "; ".join(f"{ln.name}: {ln.surface} ({interval_words(ln.value)})" for ln in lines)
    out = [
        f'<svg class=chart viewBox="0 0 {_W} {height}" role="img" '
        f'aria-labelledby="{title_id}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{title_id}">{esc(words)}</title>',
    ]
    # A chart of counts (no unit) gets whole-number ticks: there is no half a drone.
    ticks = _ticks(lo, hi, whole=all(ln.unit is None for ln in lines))
    biggest = max(abs(lo), abs(hi))
    for t in ticks:
        tx = f"{x(t):.1f}"
        out.append(f'<line class=grid x1="{tx}" x2="{tx}" y1="{_TOP - 6}" y2="{axis_y}"/>')
        out.append(
            f'<text class=tick x="{tx}" y="{axis_y + 16}" text-anchor="middle">'
            f"{esc(_tick_label(t, biggest))}</text>"
        )
    out.append(f'<line class=axis x1="{_LEFT}" x2="{_RIGHT}" y1="{axis_y}" y2="{axis_y}"/>')
    for i, ln in enumerate(lines):
        y = _TOP + _LINE * i + 12
        v = ln.value
        x0 = x(v.low) if v.low is not None else float(_LEFT)
        x1 = x(v.high) if v.high is not None else float(_RIGHT)
        out.append(f"<g><title>{esc(ln.name)}: {esc(ln.surface)}, {esc(interval_words(v))}</title>")
        out.append(
            f'<text class=name x="2" y="{y - 2}">{esc(_clip(ln.name, 17))}</text>'
            f'<text class=surface x="2" y="{y + 12}">{esc(_clip(ln.surface, 20))}</text>'
        )
        out.append(f'<line class=seg x1="{x0:.1f}" x2="{x1:.1f}" y1="{y}" y2="{y}"/>')
        if v.low is None:
            out.append(f'<path class=arrow d="M{x0:.1f} {y}l9 -5v10z"/>')
        if v.high is None:
            out.append(f'<path class=arrow d="M{x1:.1f} {y}l-9 -5v10z"/>')
        nx = x(ln.nominal)
        out.append(f'<path class=nominal d="M{nx:.1f} {y - 9}v18"/>')
        ends = [(v.low, v.low_closed), (v.high, v.high_closed)]
        for bound, closed in ends[:1] if v.is_point else ends:
            if bound is not None:
                kind = "closed" if closed else "open"
                out.append(f'<circle class="end {kind}" cx="{x(bound):.1f}" cy="{y}" r="4.5"/>')
        out.append("</g>")
    out.append("</svg>")
    return (
        "<figure class=chart-box>"
        + "".join(out)
        + "<figcaption>● bound included · ○ bound excluded · ▶ no bound on that side · "
        "│ the figure as written</figcaption></figure>"
    )
