"""The scan state of one text (its lower-case and folded copies, the position, what
was found and rejected), the number read at a trigger (:class:`_Core`) and the figure
assembled around it (:class:`_Figure`), and the position helpers every reader uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import (
    Direction,
    Policy,
    Qualifier,
    Quantity,
    QuantityKind,
    Rejected,
    RejectReason,
    trusted,
)
from ...rules.quantities import _Rules, _rules
from ...text.gate import lower_text
from .patterns import _ASCII_FOLD

_LEFT_WORD = re.compile(r"[ \t\u00a0]{0,3}(?P<w>\.?[a-z~]+|~)")  # on a reversed window


@dataclass(slots=True)
class _Core:
    """A number read at a trigger, before its hedge, unit and noun are known."""

    start: int
    end: int
    value: float
    words: bool  # spelled in words
    decimal: bool
    plain: bool  # digits only: no separator, no decimal, no sign


class _Figure:
    """A figure being assembled around a :class:`_Core`: what the readers found so far.

    The readers of :func:`~.assemble._quantity` fill it in turn, left and right of the
    number: ``start`` and ``end`` grow as they take in a currency sign, a hedge, a
    scale, a unit or a range's second figure. ``rlow`` is the reversed lower-case
    window left of ``start`` and ``last`` the word right before it, as the left
    readers last saw them; ``nxt`` is the word right after the number and ``tail``
    says whether it may be a scale, unit, hedge or joiner at all.
    """

    __slots__ = (
        "between",
        "core",
        "currency",
        "end",
        "hedge",
        "high",
        "kind",
        "last",
        "no_range",
        "nxt",
        "qualifier",
        "range_start",
        "rlow",
        "start",
        "tail",
        "unit",
        "vague",
        "value",
    )
    # Set by the first readers (rlow, last, nxt) or only with ``between`` (range_start).
    rlow: str
    last: str
    nxt: str
    range_start: int

    def __init__(
        self,
        core: _Core,
        unit: str | None,
        vague: tuple[float, float | None] | None,
        rules: _Rules,
    ) -> None:
        self.core = core
        self.vague = vague  # the policy's bounds of a vague word ("dozens")
        self.start = core.start
        self.end = core.end
        self.value = core.value
        self.unit = unit
        if unit is None:
            self.kind = QuantityKind.COUNT
        elif unit == "percent":
            self.kind = QuantityKind.PERCENT
        else:  # "magnitude", glued degrees, "half a mile"
            self.kind = rules.unit_kinds.get(unit, QuantityKind.MEASURE)
        self.currency: str | None = None
        self.tail = False
        self.hedge: str | None = None
        self.qualifier = Qualifier.EXACT
        self.high: float | None = None  # a range's second figure
        self.between = False  # "between" or "from" opens a range at ``range_start``
        self.no_range = False  # "rose from 80 to 93": two figures, not a range


class _Scanner:
    """The state of one pass over one text, shared by the readers.

    Instances are private to a call (thread safe). ``pos`` is where the scan stands:
    every reader returns the end of the span it accounted for, and no reader looks
    left of ``pos``.
    """

    def __init__(
        self, text: str, policy: Policy, low: str | None = None, rules: _Rules | None = None
    ) -> None:
        self.text = text
        # Same offsets as the text (a letter whose lower case is longer stays as is).
        self.low = lower_text(text) if low is None else low
        # Same offsets as the text, shifted by one for the leading space (see patterns._WORD_BYTES).
        self.folded = b" " + text.encode("ascii", "replace").translate(_ASCII_FOLD)
        self.policy = policy
        # The shipped rules, or those of the caller's vocabulary (rules.quantities.rules_for).
        self.rules = _rules() if rules is None else rules
        self.found: list[Quantity] = []
        self.dot_style: bool | None = None  # whether the text groups digits with dots
        self.last_change: tuple[int, Direction] | None = None  # end and way of the last change
        self.role = ""  # role of the change word found by _governor, for _direction
        self.rejected: list[tuple[int, int, RejectReason]] = []
        self.pos = 0

    def reject(self, start: int, end: int, reason: RejectReason) -> int:
        """Record ``text[start:end]`` as no figure, for ``reason``; return ``end``."""
        # Kept as tuples: find_quantities() never needs them as models.
        self.rejected.append((start, end, reason))
        return end

    def rejections(self) -> list[Rejected]:
        """The rejected mentions as models, in text order."""
        text = self.text
        return [
            trusted(Rejected, span=(start, end), surface=text[start:end], reason=reason)
            for start, end, reason in self.rejected
        ]

    def left(self, end: int, width: int = 48) -> tuple[str, str]:
        """Reversed windows (original, lower) left of ``end``, never before ``pos``."""
        start = max(self.pos, end - width)
        return self.text[start:end][::-1], self.low[start:end][::-1]

    def left_low(self, end: int, width: int = 48) -> str:
        """The lower-case window of :meth:`left` alone."""
        return self.low[max(self.pos, end - width) : end][::-1]

    def has_money_or_hedge(self, d: int) -> bool:
        """Whether a currency sign or a hedge ("more than") ends right before ``d``."""
        rev, rlow = self.left(d)
        if self.rules.currency_before.match(rev):
            return True
        return self.rules.hedge_before.match(rlow) is not None


def _word_before(low: str, end: int, floor: int) -> str:
    """The lower-case word ending right before ``end`` (skipping spaces)."""
    p = end
    while p > floor and low[p - 1] in " \t\u00a0":
        p -= 1
    q = p
    while q > floor and low[q - 1].isalpha():
        q -= 1
    return low[q:p]


def _article_before(low: str, s: int, floor: int) -> int | None:
    """Start of an "a"/"an" right before ``s`` ("a dozen", "a third"), else None."""
    p = s
    while p > floor and low[p - 1] in " \t\u00a0":
        p -= 1
    if p == s:
        return None
    for art in ("an", "a"):
        q = p - len(art)
        if q >= floor and low[q:p] == art and (q == 0 or not low[q - 1].isalnum()):
            return q
    return None


def _last_word(rlow: str) -> str:
    """The word at the start of a reversed lower-case window, read forwards ("" if none)."""
    m = _LEFT_WORD.match(rlow)
    return m.group("w")[::-1] if m is not None else ""
