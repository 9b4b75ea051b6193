"""How two figures for one key relate: same, consistent within tolerance, or different."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..models import Interval, Policy, Qualifier, Quantity, Reason
from .entries import Entry, distinct_variants

__all__ = ["AGREEING", "OVERLAP", "RANK", "all_agree", "interval_in", "one_figure", "relation"]


def interval_in(e: Entry, unit: str | None) -> Interval:
    """An entry's interval in ``unit`` (unchanged for a count or the same unit)."""
    q = e.fact.quantity
    if unit is None or q.unit is None or q.unit == unit:
        return q.value
    from .units import convert

    return convert(q.value, q.unit, unit)


def _nominal_in(e: Entry, unit: str | None) -> float:
    """An entry's nominal figure in ``unit`` (unchanged for a count or the same unit)."""
    q = e.fact.quantity
    if unit is None or q.unit is None or q.unit == unit:
        return q.nominal
    from .units import convert

    low = convert(Interval.point(q.nominal), q.unit, unit).low
    assert low is not None
    return low


def _close(a: float, b: float, tolerance: float) -> bool:
    """Whether two figures lie within a relative ``tolerance`` (and float noise)."""
    return math.isclose(a, b, rel_tol=max(tolerance, 1e-6), abs_tol=1e-9)


def relation(a: Entry, b: Entry, policy: Policy, unit: str | None = None) -> tuple[Reason, str]:
    """How two figures for one key relate, with a short phrase for explanations.

    Reports of the same kind (two exact figures, or two figures with the same hedge)
    must carry the same figure, within ``policy.tolerance``. Differently hedged
    reports must overlap, and, unless one is a vague word, their figures must lie
    within ``policy.hedge_gap`` of each other: "at least 175" and "more than 380"
    overlap but are different reports of a rising toll.
    """
    unit = unit or a.fact.quantity.unit
    qa, qb = a.fact.quantity, b.fact.quantity
    ia, ib = interval_in(a, unit), interval_in(b, unit)
    na, nb = _nominal_in(a, unit), _nominal_in(b, unit)
    converted = qa.unit != qb.unit
    if qa.qualifier == qb.qualifier and not converted and _close(na, nb, 0.0):
        if (qa.hedge or "").lower() == (qb.hedge or "").lower():
            return Reason.SAME_FIGURE, qa.surface
        return Reason.EQUIVALENT_WORDING, f"'{qa.surface}' = '{qb.surface}'"
    # Two approximations ("about 310", "around 300") are both rounded by their
    # words: within hedge_gap they are one report, as across units.
    both_rough = qa.qualifier is qb.qualifier is Qualifier.APPROXIMATE
    gap = policy.hedge_gap if converted or both_rough else policy.tolerance
    if qa.qualifier == qb.qualifier or (ia.is_point and ib.is_point):
        if _close(na, nb, gap):
            return Reason.CONSISTENT, f"'{qa.surface}' is consistent with '{qb.surface}'"
        if not converted and (_rounds_to(qa, na, nb) or _rounds_to(qb, nb, na)):
            return Reason.CONSISTENT, f"'{qa.surface}' and '{qb.surface}' differ only by rounding"
        note = f" ({OVERLAP})" if ia.overlaps(ib) else ""
        return Reason.DIFFERENT_FIGURES, f"{qa.surface} vs {qb.surface}{note}"
    if _one_number(qa, qb) and _close(na, nb, policy.tolerance):
        # "30" and "more than 30", "about 12,000" and "more than 12,000", "about
        # 1,000" and "nearly 1,000": one number under two hedges, though an open bound
        # leaves the number itself out.
        return Reason.CONSISTENT, f"'{qa.surface}' is consistent with '{qb.surface}'"
    if not ia.overlaps(ib):
        return Reason.DISJOINT, f"{qa.surface} and {qb.surface} cannot both be right"
    vague = Qualifier.VAGUE in (qa.qualifier, qb.qualifier)
    # A figure inside a range ("22" and "20 to 25"), or inside a bound ("120,000"
    # and "more than 100,000"), is what the hedge allows; "some 280" against "more
    # than 300" is not, though the intervals touch. A figure and an approximation, or
    # two bounds ("at least 175", "more than 380"), must also be near each other:
    # "320,000" and "around 300,000" are two reports, though the approximation's
    # width holds both.
    points = [q for q in (qa, qb) if q.qualifier in _POINTLIKE]
    if len(points) == 1:
        bound, nominal = (ib, na) if points[0] is qa else (ia, nb)
        inside = bound.contains(nominal)
    else:
        spread = Qualifier.RANGE in (qa.qualifier, qb.qualifier)
        inside = spread or _close(na, nb, policy.hedge_gap)
    if (vague and _in_band(qa, ia, qb, ib)) or (not vague and inside):
        return Reason.CONSISTENT, f"'{qa.surface}' is consistent with '{qb.surface}'"
    return (
        Reason.DIFFERENT_FIGURES,
        f"{qa.surface} vs {qb.surface} ({OVERLAP})",
    )


# Bounds from below: "more than 30" reports that 30 were counted and more may be.
# A bound from above ("nearly 900") says the number was not reached: an exact "900"
# disputes it, an approximation ("about 900", which allows 890) does not.
_FLOORS = {Qualifier.AT_LEAST, Qualifier.MORE_THAN}
_CEILINGS = {Qualifier.NEARLY, Qualifier.LESS_THAN}


def _one_number(qa: Quantity, qb: Quantity) -> bool:
    """Whether one figure is a number ("30", "about 30") and the other a bound from
    below at a number ("more than 30"), or one is an approximation ("about 1,000",
    "some 1,000") and the other a bound from above at its number ("close to 1,000",
    "nearly 1,000")."""
    kinds = {qa.qualifier, qb.qualifier}
    if Qualifier.APPROXIMATE in kinds and kinds & _CEILINGS:
        return True
    return bool(kinds & {Qualifier.EXACT, Qualifier.APPROXIMATE}) and bool(kinds & _FLOORS)


def _in_band(qa: Quantity, ia: Interval, qb: Quantity, ib: Interval) -> bool:
    """Whether a vague word's band holds the other figure: its number ("hundreds" holds
    "about 400" and "more than 300", not "at least 14"), or, for two vague words, more
    than an end of the other's band ("several hundred", 300 to 900, and "hundreds" meet;
    "dozens" and "hundreds" do not).
    """
    if qa.qualifier is Qualifier.VAGUE and qb.qualifier is Qualifier.VAGUE:
        lows = [x for x in (ia.low, ib.low) if x is not None]
        highs = [x for x in (ia.high, ib.high) if x is not None]
        return not lows or not highs or max(lows) < min(highs)
    band, other = (ia, qb) if qa.qualifier is Qualifier.VAGUE else (ib, qa)
    return band.contains(other.nominal)


OVERLAP = "compatible bounds, but different reports"
_POINTLIKE = {Qualifier.EXACT, Qualifier.APPROXIMATE, Qualifier.RANGE}
_MANTISSA = re.compile(r"[0-9][0-9,]*(?:\.([0-9]+))?")
_SCALED = re.compile(
    r"(?i:[0-9](?:\s*(?:million|billion|trillion|lakh|crore|mn|bn|m|b|k)\b"
    r"|\s*(?:%|percent|per\s+cent)))"
)


def _rounds_to(coarse: Quantity, value: float, other: float) -> bool:
    """Whether ``other`` rounds to ``coarse`` at the precision it is written in.

    Only a figure written with a scale word or as a percentage is read as rounded:
    "1.3 million" is any figure from 1.25 to 1.35 million ("1,312,000" rounds to it),
    "38%" any share from 37.5 to 38.5 ("38.2%"). A plain count's trailing zeros say
    nothing ("450" drones and "451" differ), and the finer figure must be finer.
    """
    if coarse.qualifier is not Qualifier.EXACT or not _SCALED.search(coarse.surface):
        return False
    m = _MANTISSA.search(coarse.surface)
    if m is None:
        return False
    mantissa = float(m.group().replace(",", ""))
    if mantissa == 0:
        return False
    decimals = len(m.group(1) or "")
    half_step = 0.5 * 10.0**-decimals * (value / mantissa)
    return 0 < abs(value - other) < half_step


RANK = {
    Reason.SAME_FIGURE: 0,
    Reason.EQUIVALENT_WORDING: 1,
    Reason.CONSISTENT: 2,
    Reason.DIFFERENT_FIGURES: 3,
    Reason.DISJOINT: 4,
}


AGREEING = (Reason.SAME_FIGURE, Reason.EQUIVALENT_WORDING, Reason.CONSISTENT)


def one_figure(a: Entry, b: Entry, policy: Policy, unit: str | None = None) -> bool:
    """Whether two figures are one figure, not merely compatible: they agree, and
    their numbers lie within ``policy.hedge_gap`` ("at least 40" agrees with 600
    without being that figure; "some 1,500" and "1,500" are one)."""
    return relation(a, b, policy, unit)[0] in AGREEING and _close(
        _nominal_in(a, unit), _nominal_in(b, unit), policy.hedge_gap
    )


def all_agree(
    members: Sequence[Entry], others: Sequence[Entry], policy: Policy, unit: str | None
) -> bool:
    """Whether every figure of ``members`` agrees with every figure of ``others``,
    checked between their distinct ways of giving it (the check stays small)."""
    theirs = distinct_variants(others)
    return all(
        relation(a, b, policy, unit)[0] in AGREEING
        for a in distinct_variants(members)
        for b in theirs
    )
