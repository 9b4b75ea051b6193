"""Changes and margins: the word that governs a figure ("rose by", "down to", "a
margin of"), and the direction and form it gives the figure.
"""

from __future__ import annotations

import re

from ...models import Direction, Form, Qualifier, QuantityKind
from ...rules.shipped import shipped_word_class
from .patterns import _OF_AFTER, _RIGHT_PEEK
from .state import _Figure, _last_word, _Scanner

# Between a change and the level it reached: "by 2.1bn to 48.7bn", "62,000, from".
# Between a change and the level it reached or the same change in another unit:
# "by 2.1bn to 48.7bn", "62,000, from", "to 3.2% in October from", "350 points, or".
# A few words may stand between (the noun, a month), no clause punctuation.
_LEVEL_GAP = re.compile(
    r"(?:[ \t\u00a0,;]*[a-z]+(?:-[a-z]+)*+){0,4}?"  # "in March", "year-on-year"
    r"[ \t\u00a0,;]*(?:and[ \t\u00a0]+)?(?P<w>to|from|or|and)"
    r"(?:[ \t\u00a0]+[a-z]+){0,4}?[ \t\u00a0]*"  # "to a record", "to an annual rate of"
)
# "a 10-point lead", "a 3-percentage-point drop", "a 25-basis-point cut": points glued
# to what they measure.
_POINT_COMPOUND = re.compile(
    r"-(?:(?:percentage|basis)[ \t\u00a0-])?points?[ \t\u00a0]+(?P<n>[a-z]+)"
)
# After a level: the change that reached it and the level it left ("4.1%, up from").
_LEFT_FROM = re.compile(
    r"(?:[ \t\u00a0]+[a-z]+)?,[ \t\u00a0]+(?P<g>up|down)[ \t\u00a0]+from(?![a-z])"
)


def _up_from_at(low: str, end: int, word: str) -> bool:
    """Whether ", up" or ", down" follows the figure ending at ``end``, past ``word``
    ("12 minutes late, up from 7"): a cheap test before :data:`_LEFT_FROM`."""
    p = end + 1 + len(word) if word.isalpha() else end
    return low.startswith((", up", ", do"), p)


# Prepositions of a threshold passed after a verb of change, on the reversed window.
_PAST = frozenset(["past", "beyond"])
_PAST_BEFORE = re.compile(r"[ \t\u00a0]*(?P<h>tsap|dnoyeb)(?![a-z])")
_LEVEL_GAP_MAX = 80  # characters: the level is in the same clause as its change
# Bounds that name a threshold crossed ("fell below $30,000"): the figure is a level.
_THRESHOLD_HEDGES = shipped_word_class("threshold_hedge", "mentions.jsonl")
# Nouns of a figure that is a measure although it has no unit ("down 2 points").
_POINT_NOUNS = shipped_word_class("point_noun", "mentions.jsonl")
_PARTICLE_VERBS = shipped_word_class("particle_verb", "mentions.jsonl")
_NOUN_STOP = shipped_word_class("noun_stop", "mentions.jsonl")


def _point_compound(sc: _Scanner, end: int) -> tuple[Direction, Form] | None:
    """A figure of points joined by a hyphen to a noun of margin or change after it:
    "a 10-point lead" is a margin, "a 12-point drop" a change down."""
    m = _POINT_COMPOUND.match(sc.low, end)
    if m is None:
        return None
    noun = m.group("n")
    if noun in sc.rules.margin_nouns:
        return Direction.NONE, Form.MARGIN
    roles = sc.rules.changes.get(noun)
    if roles is not None and "noun" in roles:
        return roles["noun"], Form.CHANGE
    return None


def _and_change(sc: _Scanner, f: _Figure) -> bool:
    """Whether the figure after "and" is a second change of the last one's verb, in the
    same unit: "rose 0.4% month on month and 3.5% year on year"; not "and 10% of
    stores closed" (a share) nor "and 2,000 jobs" (another unit)."""
    last = sc.found[-1] if sc.found else None
    return (
        last is not None
        and last.form is Form.CHANGE
        and last.unit is not None
        and last.unit == f.unit
        and _OF_AFTER.match(sc.low, f.end) is None
    )


def _share_before_noun(kind: QuantityKind, word: str) -> bool:
    """Whether a percentage is followed by a word that may name what changes ("a 10% pay
    rise"), so that the noun of change after it is looked for."""
    return kind is QuantityKind.PERCENT and word.isalpha() and word not in _NOUN_STOP


def _read_governor(sc: _Scanner, f: _Figure, hedged: bool) -> tuple[Direction, Form, str] | None:
    """The change or margin word that governs the figure (see :func:`_governor`), if any.

    Looked for right before the figure's hedge when it has one ("rose by more than
    5%"), and after a change that ended just before ("rose by 2.1bn to 48.7bn"). A
    threshold crossed ("fell below $30,000") is a level; "from" before the figure
    sets ``f.no_range`` ("rose from 80 to 93").
    """
    near_change = sc.last_change is not None and f.start <= sc.last_change[0] + _LEVEL_GAP_MAX
    last, rlow = f.last, f.rlow
    between = f.between and f.last == "between"  # "from" is a preposition of change
    if hedged or between:
        # "rose by more than 5%", "rose between 2 and 3 percent": left of the hedge
        rlow = sc.left_low(f.range_start if between else f.start)
        last = _last_word(rlow)
    if not (last in sc.rules.change_last or near_change):
        return None
    governor = _governor(sc, f, last, rlow)
    if governor is None:
        return None
    if governor[1] is Form.CHANGE and f.hedge is not None and f.hedge.lower() in _THRESHOLD_HEDGES:
        # "fell below $30,000", "rose above 5%": a threshold crossed is a level.
        governor, sc.role = (governor[0], Form.LEVEL, "to"), ""
    if governor[2] == "from":
        f.no_range = True
    if governor[2] in _PAST and f.hedge is None:
        # "climbed past 1,000": a threshold crossed, the level now above it
        m = _PAST_BEFORE.match(f.rlow)
        if m is not None:
            f.qualifier = Qualifier.MORE_THAN
            f.start -= m.end()
            f.hedge = sc.text[f.start : f.start + len(m.group("h"))]
    return governor


def _governor(sc: _Scanner, f: _Figure, last: str, rlow: str) -> tuple[Direction, Form, str] | None:
    """The change or margin word left of a figure: ``(direction, form, preposition)``.

    The preposition is "by", "to", "from", "of" or "" (a bare figure). The form
    returned is provisional for the roles that depend on what is measured
    (see :func:`_direction`): those come back as ``Form.CHANGE`` with the role
    kept in ``sc.role``.
    """
    rules = sc.rules
    sc.role = ""
    m = None
    if last in rules.change_last:
        margin = rules.margin_before.match(rlow)
        if margin is not None:
            return Direction.NONE, Form.MARGIN, ""
        m = rules.change_before.match(rlow)
    if m is None:
        if sc.last_change is not None:
            # "rose by 2.1bn to 48.7bn", "revised down by 62,000, from 118,000 to
            # 56,000": a level right after a change takes its direction; "fell
            # 350 points, or 1.1%": the same change in another unit.
            prev_end, direction = sc.last_change
            start = f.start
            gap = (
                _LEVEL_GAP.fullmatch(sc.low, prev_end, start)
                if prev_end <= start <= prev_end + _LEVEL_GAP_MAX
                else None
            )
            if gap is not None and gap.group("w") == "and" and not _and_change(sc, f):
                gap = None
            if gap is not None:
                form = Form.CHANGE if gap.group("w") in ("or", "and") else Form.LEVEL
                return direction, form, "" if form is Form.CHANGE else gap.group("w")
        return None
    prep = (m.group("p") or m.group("p2") or m.group("of") or "")[::-1]
    roles = rules.changes[" ".join(m.group("g")[::-1].split())]
    if prep == "of":
        if "noun" not in roles:
            return None
        return roles["noun"], Form.CHANGE, prep
    role = next((r for r in ("verb", "transitive", "adverb") if r in roles), "")
    if not role:
        return None
    if role == "adverb" and _last_word(rlow[m.end() :]) in _PARTICLE_VERBS:
        return None  # "takes up a fifth", "make up 52%": a particle, no change
    direction = roles[role]
    if prep in ("to", "from", "past", "beyond"):
        return direction, Form.LEVEL, prep
    # "by" and "at a" name the size or rate of the change whatever the verb governs.
    sc.role = "" if prep in ("by", "at a", "at an") else role
    return direction, Form.CHANGE, prep


def _direction(
    sc: _Scanner,
    governor: tuple[Direction, Form, str] | None,
    start: int,
    end: int,
    kind: QuantityKind,
    unit: str | None,
    noun: str | None,
) -> tuple[Direction, Form]:
    """Direction and form of a figure from its governor or the word after it."""
    measured = kind is not QuantityKind.COUNT or noun in _POINT_NOUNS
    if governor is not None:
        direction, form, prep = governor
        role, sc.role = sc.role, ""
        if (
            role == "verb"
            and not prep
            and kind is not QuantityKind.PERCENT
            and _OF_AFTER.match(sc.low, end)
        ):
            return Direction.NONE, Form.LEVEL  # "recovered 3.5kg of cannabis": an object
        if role == "transitive" and not (measured and kind is not QuantityKind.MONEY):
            return Direction.NONE, Form.LEVEL  # "cut 200 jobs", "raised $10m"
        if role == "adverb" and not measured:
            return Direction.NONE, Form.LEVEL  # "shot down 20 drones"
        return direction, form
    peek = _RIGHT_PEEK.match(sc.low, end)
    word = peek.group("w") if peek is not None else ""
    if word == "-":
        return _point_compound(sc, end) or (Direction.NONE, Form.LEVEL)
    if word == "," or _up_from_at(sc.low, end, word):
        left = _LEFT_FROM.match(sc.low, end)
        if left is not None:
            # "4.1%, up from 3.9%", "12 minutes late, up from 7": the level the change
            # reached, before the one it left
            return sc.rules.changes[left.group("g")]["adverb"], Form.LEVEL
        return Direction.NONE, Form.LEVEL
    if word not in sc.rules.after_first and not _share_before_noun(kind, word):
        return Direction.NONE, Form.LEVEL
    after = sc.rules.change_after.match(sc.low, end)
    if after is not None and after.group("x") in _NOUN_STOP:
        after = None  # "5% of rises": no word of what changes
    if after is not None and (measured or noun is None):
        roles = sc.rules.changes[" ".join(after.group("g").split())]
        direction = roles.get("noun") or roles.get("adverb") or Direction.NONE
        return direction, Form.CHANGE
    if sc.rules.margin_after.match(sc.low, end):
        return Direction.NONE, Form.MARGIN
    return Direction.NONE, Form.LEVEL
