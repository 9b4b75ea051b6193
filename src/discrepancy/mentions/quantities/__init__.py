"""Every figure in a news text as a typed interval with its exact span.

How the scan works, and why it is fast:

1. Two trigger scans find where a figure may start: ``[0-9]`` on the text (a
   character-class search the ``regex`` engine runs at hundreds of MB/s) and one
   compiled word trie on the lower-cased text (number words, scale words, vague
   words, ordinals and fraction words). Measured on news text, one regex with both
   alternatives runs at under half the speed of the two scans together, because an
   alternation of a digit and a word boundary defeats the engines' fast skipping.
2. At each trigger the scanner reads a bounded window on either side with
   anchored patterns: to the left, hedges ("more than"), currency signs and name
   cues, matched on the reversed window so no pattern ever searches; to the right,
   scale ("million", "bn"), unit or percent, trailing hedges ("+", "or more"), a
   range's second figure, and the counted noun.
3. Every trigger ends as exactly one :class:`~discrepancy.Quantity` or one
   :class:`~discrepancy.Rejected` (a time of day, a year, a date, an ordinal, a
   name such as "F-16"...), and the scan resumes after it. So spans never overlap,
   every digit and number word is accounted for, and time is linear in the text.

Units are canonical pint names (``kilometer``, ``mile``, ``hectare``, ``percent``)
read from ``rules/data/quantities.jsonl`` without importing pint; ``magnitude`` (the
earthquake scale) is not a pint unit. Money uses ISO 4217 codes.

This module is the API (:func:`scan`, :func:`find_quantities`, :func:`parse_quantity`).
The scan itself: ``scanner`` (the loop over the triggers, with ``patterns`` and
``state``), ``digits`` and ``words`` (what a trigger is), ``numerals`` (the value of
digits), ``dates`` and ``names`` (mentions that are no figures), ``assemble`` (one
figure around its number, with ``units``, ``hedges``, ``ranges``, ``changes`` and
``nouns``), ``interval`` (the values a figure allows).

The hedges, currencies, units and cues are those of the caller's
:class:`~discrepancy.Vocabulary` (compiled once per vocabulary by
:func:`discrepancy.rules.quantities.rules_for`); without one, or when it has no entry of
those kinds, those of ``quantities.jsonl``.

>>> [q.surface for q in find_quantities("Russia fired over 1,300 drones and some 50 missiles.")]
['over 1,300', 'some 50']
>>> q = parse_quantity("between 110,000 and 150,000")
>>> q.qualifier.value, q.value.low, q.value.high
('range', 110000.0, 150000.0)
"""

from __future__ import annotations

from ..._exceptions import ParseError
from ...models import Policy, Quantity, Rejected, policy_or_default
from ...rules.quantities import rules_for
from ...rules.vocab import Vocabulary, require_vocabulary
from ...text.gate import require_text

# facts/extract.py reads the interval a hedge allows from here.
from .interval import _interval as _interval
from .scanner import run
from .state import _Scanner

__all__ = ["find_quantities", "parse_quantity", "scan"]


def _scanned(
    func: str, text: str, policy: Policy | None, vocabulary: Vocabulary | None, lowered: str | None
) -> _Scanner:
    """The finished scan of ``text`` for the public function ``func`` (named in errors)."""
    # The scanners read any fragment: empty text has no figures, markup is text.
    text = require_text(text, func, allow_empty=True, allow_html=True)
    vocabulary = require_vocabulary(vocabulary, func)
    # Without a vocabulary, or with one that has no quantity entries (built from scratch
    # for other kinds), the scanner takes the shipped rules itself.
    rules = None if vocabulary is None or not vocabulary.quantity_entries else rules_for(vocabulary)
    scanner = _Scanner(text, policy_or_default(policy), lowered, rules)
    run(scanner)
    return scanner


def scan(
    text: str,
    *,
    policy: Policy | None = None,
    lowered: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> tuple[list[Quantity], list[Rejected]]:
    """Every figure in ``text``, and every other numeric mention with why it is not one.

    Each digit run and number word of the text lies in exactly one returned span,
    and no two spans overlap; both lists are in text order.

    Args:
        text: running text (plain text, any length).
        policy: widths and vague bounds; the library default when None.
        lowered: ``lower_text(text)``, when the caller already has it.
        vocabulary: the hedges, currencies, units and cues to read figures with
            (the shipped ``quantities.jsonl`` without one, or when it has none).

    Returns:
        ``(quantities, rejected)``.

    Raises:
        InputError: ``text`` is not a str, or ``vocabulary`` is not a Vocabulary.

    >>> found, rejected = scan("At 14:11 in 2022, one of the 502 drones hit World War 2 sites.")
    >>> [q.surface for q in found]
    ['502']
    >>> [(r.surface, r.reason.value) for r in rejected]
    [('14:11', 'time_of_day'), ('2022', 'year'), ('one', 'determiner'), ('World War 2', 'name')]
    """
    scanner = _scanned("scan", text, policy, vocabulary, lowered)
    return scanner.found, scanner.rejections()


def find_quantities(
    text: str, *, policy: Policy | None = None, vocabulary: Vocabulary | None = None
) -> list[Quantity]:
    """Every quantity in running text, in text order.

    Times of day, media time stamps, years, dates, ordinals, names with numbers
    ("F-16", "World War 2") and the pronoun "one" are never returned; see
    :func:`scan` for those.

    Args:
        text: running text.
        policy: widths and vague bounds; the library default when None.
        vocabulary: the hedges, currencies, units and cues to read figures with
            (the shipped ``quantities.jsonl`` without one, or when it has none).

    Returns:
        The quantities, each with its span, hedge, interval, unit and noun.

    Raises:
        InputError: ``text`` is not a str, or ``vocabulary`` is not a Vocabulary.

    >>> qs = find_quantities("Russia launched 502 drones; dozens of locations were hit.")
    >>> [(q.surface, q.nominal, q.noun) for q in qs]
    [('502', 502.0, 'drone'), ('dozens', 24.0, 'location')]
    """
    return _scanned("find_quantities", text, policy, vocabulary, None).found


def parse_quantity(
    text: str, *, policy: Policy | None = None, vocabulary: Vocabulary | None = None
) -> Quantity:
    """Read one quantity phrase ("nearly 900", "$2.5bn", "two dozen").

    Args:
        text: a short phrase holding a figure; the first figure is returned.
        policy: widths and vague bounds; the library default when None.
        vocabulary: the hedges, currencies, units and cues to read figures with
            (the shipped ``quantities.jsonl`` without one, or when it has none).

    Returns:
        The first quantity in the phrase.

    Raises:
        InputError: ``text`` is not a str, or ``vocabulary`` is not a Vocabulary.
        ParseError: the phrase holds no quantity.

    >>> q = parse_quantity("nearly 900")
    >>> q.qualifier.value, str(q.value)
    ('nearly', '[810, 900)')
    >>> parse_quantity("$2.5bn").nominal, parse_quantity("$2.5bn").unit
    (2500000000.0, 'USD')
    >>> parse_quantity("two dozen").nominal
    24.0
    """
    scanner = _scanned("parse_quantity", text, policy, vocabulary, None)
    found, rejected = scanner.found, scanner.rejections()
    if found:
        return found[0]
    shown = text if len(text) <= 60 else text[:57] + "..."
    if rejected:
        r = rejected[0]
        why = r.reason.value.replace("_", " ")
        raise ParseError(
            f"no quantity in {shown!r}: {r.surface!r} reads as a {why}, not a figure; "
            "a quantity looks like '91', 'nearly 900', '1.3 million', 'two dozen' or '50%'"
        )
    raise ParseError(
        f"no quantity in {shown!r}: expected a figure such as '91', 'more than 1,300', "
        "'1.3 million', 'two dozen', 'dozens of', '50 percent' or '$2.5bn'"
    )
