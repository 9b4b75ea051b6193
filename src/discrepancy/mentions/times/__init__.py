"""Time expressions in news text, resolved against the publication date.

A figure only compares with another when both cover the same period: "91 drones
overnight", "502 drones last night" and "1,300 drones in the first five days of
September" are three different windows. :func:`find_times` finds every date or
time-window expression in a text and resolves it to a :class:`TimeWindow`.

How the scan works: one compiled trigger regex finds the core of each expression
(a month name, a weekday, a four-digit year, an ISO date or a relative phrase such
as "last night"); a few small anchored patterns then look a bounded distance back
(prepositions, "early"/"late", "the first five days of", a day number) and ahead
(day, year, range end, time of day). Every pattern is bounded, so the scan is
linear in the length of the text.

Where each part lives: :mod:`.triggers` (the words and the trigger scans),
:mod:`.patterns` (the bounded look-around patterns), :mod:`.scanner` (the loop that
hands each trigger to its reader), :mod:`.scan` (the state one scan shares),
:mod:`.ranges` (what the words around a reading add: ranges, parts, "to now"), the
readers (:mod:`.dates`, :mod:`.months`, :mod:`.years`, :mod:`.weekdays`,
:mod:`.days`, :mod:`.relative`, :mod:`.offsets`, :mod:`.anaphora`,
:mod:`.holidays`, :mod:`.seasons`), and :mod:`.periods` (calendar arithmetic and window builders).

Reading rules (the contract the tests check):

* Relative words resolve against the publication day: a weekday ("on Saturday")
  is the latest such day on or before publication ("last Saturday" strictly
  before, "next Saturday" strictly after, "this Saturday" in the publication's
  Monday-to-Sunday week); "last night" and "overnight" are the night from the day
  before publication to publication day (granularity ``night``); "this week" and
  "earlier this week" run from the Monday of the publication week to publication
  day; "last week" is the previous Monday to Sunday, while "the last week" and
  "the past week" are the seven days up to publication.
* Without a publication date a relative phrase is not guessed: the window has
  ``start``/``end`` None, ``unknown == ("start", "end")`` and ``relative`` holds
  the normalised phrase ("overnight", "saturday", "last month").
* A month and day with no year take the year from the publication date (the year
  that puts the date on or before publication) and list ``"year"`` in
  ``inferred``; with no publication date the year stays unknown
  (``unknown == ("year",)``, ``month_day`` set, ``start``/``end`` None).
* Anaphora ("the same day", "that day", "the day before", "the next day", "that
  night") are carried from the closest earlier single-day (or night) mention in
  the same text. The link is a heuristic, so such windows list ``"start"`` and
  ``"end"`` in ``inferred``: that is how a reader tells a carried day from a
  stated one.
* Not dates: ``May``/``March`` without a day, a year or a preposition ("May they
  have...", "March organisers said"), lowercase "march"/"may", numeric dates such
  as ``5/9/2025`` (day and month order is ambiguous), bare numbers, clock times
  without a date ("0:00 0:02:36"), weekday names inside names ("Sunday
  Times"), and a quarter or half with no year ("in the third quarter" of a game).
* Offsets ("two years ago", "in three weeks' time"), quarters and halves ("Q2",
  "H1 2024"), decades, parts of periods ("late last year", "the end of 2026"),
  ranges ending "now", seasons (northern-hemisphere months, see :mod:`.seasons`),
  holidays (``rules/data/holidays.jsonl``, or those of the ``vocabulary=`` given),
  "year to date", periods ending on a day ("the week to Sunday") and lists ("in 2016
  and 2018"): the table in docs/concepts/time-windows.md gives each reading.

>>> from datetime import date
>>> [(t.surface, str(t.window)) for t in find_times(
...     "Russia launched 502 drones last night. Putin spoke on Wednesday.",
...     published=date(2025, 9, 4))]
[('last night', 'night:2025-09-03..2025-09-04'), ('on Wednesday', 'day:2025-09-03..2025-09-03')]
"""

from datetime import date, datetime

from ..._exceptions import InputTypeError, ParseError
from ...models import TimeMention, TimeWindow
from ...rules.vocab import Vocabulary, require_vocabulary
from ...text.gate import require_text
from .scan import Scan
from .scanner import run
from .triggers import SHIPPED_HOLIDAYS, holidays_for

__all__ = ["find_times", "parse_time"]


def find_times(
    text: str,
    *,
    published: date | datetime | None = None,
    vocabulary: Vocabulary | None = None,
) -> list[TimeMention]:
    """Every time expression in ``text``, in order, resolved against ``published``.

    Args:
        text: the article text (spans index into it).
        published: the publication date or datetime; relative phrases ("last night",
            "on Saturday") resolve against it. Without it they stay unresolved.
        vocabulary: the holidays to read (the shipped ``holidays.jsonl`` without one,
            or when it has none).

    Returns:
        Non-overlapping mentions in position order, with ``text[s:e] == surface``.

    Raises:
        InputError: when ``text`` is not a str, or ``published`` or ``vocabulary``
            are of the wrong type.

    >>> from datetime import date
    >>> text = "On Friday, Peskov spoke. The day before, Zelensky spoke in Paris."
    >>> for t in find_times(text, published=date(2025, 9, 7)):
    ...     print(t.surface, t.window.key(), t.window.inferred)
    On Friday day:2025-09-05..2025-09-05 ()
    The day before day:2025-09-04..2025-09-04 ('start', 'end')
    >>> [t.window.key() for t in find_times("May they prosper. The march on 5 September.")]
    ['day:????-09-05..????-09-05']
    """
    return _scanned("find_times", text, published, vocabulary)


def _scanned(
    func: str, text: str, published: date | datetime | None, vocabulary: Vocabulary | None
) -> list[TimeMention]:
    """The time mentions of ``text`` for the public function ``func`` (named in errors)."""
    text = require_text(text, func, allow_empty=True, allow_html=True)
    if published is not None and not isinstance(published, date):
        raise InputTypeError(
            f"published must be a date or datetime, got {type(published).__name__}"
        )
    vocabulary = require_vocabulary(vocabulary, func)
    # A vocabulary with no holidays (built from scratch for other kinds) reads the shipped ones.
    holidays = SHIPPED_HOLIDAYS
    if vocabulary is not None and vocabulary.holidays:
        holidays = holidays_for(vocabulary)
    return run(Scan(text, published, holidays))


def parse_time(
    text: str,
    *,
    published: date | datetime | None = None,
    vocabulary: Vocabulary | None = None,
) -> TimeWindow:
    """The window of the first time expression in a short phrase.

    Args:
        text: a phrase such as "last night", "on Saturday", "September 1-5, 2025".
        published: the publication date relative phrases resolve against.
        vocabulary: the holidays to read (the shipped ``holidays.jsonl`` without one,
            or when it has none).

    Returns:
        The resolved :class:`TimeWindow`.

    Raises:
        ParseError: when the phrase holds no time expression.
        InputError: when ``text`` is not a str, or ``published`` or ``vocabulary``
            are of the wrong type.

    >>> from datetime import date
    >>> parse_time("the first five days of September", published=date(2025, 9, 7)).key()
    'span:2025-09-01..2025-09-05'
    >>> parse_time("overnight").relative
    'overnight'
    >>> parse_time("September 5").unknown
    ('year',)
    >>> parse_time("five drones")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    discrepancy._exceptions.ParseError: no time expression in 'five drones'; ...
    """
    mentions = _scanned("parse_time", text, published, vocabulary)
    if not mentions:
        raise ParseError(
            f"no time expression in {text[:80]!r}; expected a date or window such as "
            "'September 5, 2025', 'on Saturday', 'last night' or 'the first five days of September'"
        )
    return mentions[0].window
