"""One clock per story: date the undated articles of a comparison from the others.

Articles compared together report one story. An article with no publication date
cannot resolve "overnight", "on Thursday" or "yesterday", so without a date its
figures would sit in windows of their own and meet nobody else's. Here each
undated article is placed on the story's timeline with a date, marked as
inferred (``Article.published_inferred``) with the reasoning in ``Article.notes``,
and the windows its facts could not resolve ("overnight",
"on Thursday", "September 5") are resolved from the words that gave them (a
figure with no time at all takes the marked default window extraction gives when
the date is known: the day before publication up to it):

* the *floor* is the latest day the article itself names (an article appears no
  earlier than the last day it reports); a day with no year takes the story's year;
* the article is dated to the earliest publication date of the dated articles
  that is not before its floor (news of one story appears together), else to its
  floor;
* when no article of the story is dated, the story's clock is the day the
  undated articles most often name last, and each article takes the later of that
  clock and its own floor.

Once dated, a figure whose only time was carried from an earlier sentence and proves
long past (the article compared with an earlier event) takes the default window,
as extraction would have given it with the date known.

An inferred date anchors windows only: it never makes an outlet "published before
the window" (see :mod:`discrepancy.comparison.judge`).

>>> from datetime import date
>>> from discrepancy import Article, extract
>>> dated = extract(Article(id="a", text="Police said 12 people were hurt overnight.",
...                         published=date(2024, 5, 4)))
>>> undated = extract(Article(id="b", text="Twelve people were hurt overnight, police said."))
>>> undated.facts[0].time.key()
'night:unresolved:overnight'
>>> b = date_story([dated, undated])[1]
>>> b.article.published, b.article.published_inferred, b.facts[0].time.key()
(datetime.date(2024, 5, 4), True, 'night:2024-05-03..2024-05-04')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from ..facts.handed import time_mentions
from ..facts.windows import carried_in_time
from ..models import Extraction, Fact, Granularity, TimeBasis, TimeWindow, day_of
from .periods import day_words

__all__ = ["date_story"]

# A day an article names this far past the latest publication date of its story is
# an announcement ("the funeral will be held on ..."), not a day it reports.
_AHEAD = timedelta(days=1)
_SHORT = (Granularity.DAY, Granularity.NIGHT, Granularity.SPAN, Granularity.WEEK)
_WEEK = timedelta(days=7)


def date_story(extractions: Sequence[Extraction]) -> list[Extraction]:
    """The extractions with every undated article dated from the story, its facts' open
    windows resolved against that date.

    Args:
        extractions: the extractions of one story, in any order.

    Returns:
        The same extractions in the same order; an undated one that could be placed
        is replaced by the extraction of its article with an inferred date.
    """
    dated = sorted(day for ex in extractions if (day := ex.article.published_day) is not None)
    undated = [i for i, ex in enumerate(extractions) if ex.article.published is None]
    if not undated:
        return list(extractions)
    latest = dated[-1] if dated else None
    floors = {i: _floor(extractions[i], latest) for i in undated}
    out = list(extractions)
    if dated:
        for i, floor in floors.items():
            later = [d for d in dated if floor is None or d >= floor]
            if later:
                day = later[0]
                why = (
                    f"the earliest publication date of the other articles not before "
                    f"{day_words(floor)}, the latest day it names"
                    if floor is not None
                    else "the earliest publication date of the other articles"
                )
            else:
                assert floor is not None
                day, why = floor, "the latest day it names"
            out[i] = _redate(extractions[i], day, why)
        return out
    named = Counter(f for f in floors.values() if f is not None)
    if not named:
        return out
    clock = max(named, key=lambda d: (named[d], d))
    for i, floor in floors.items():
        if floor is not None and floor > clock:
            out[i] = _redate(extractions[i], floor, "the latest day it names")
        else:
            last = day_words(clock)
            why = f"the day the undated articles of the story most often name last ({last})"
            out[i] = _redate(extractions[i], clock, why)
    return out


def _redate(ex: Extraction, day: date, why: str) -> Extraction:
    """The extraction with its article dated ``day`` (inferred) and its facts' open
    windows resolved against that day from the words that gave them."""
    note = f"publication date unknown; taken as {day_words(day)}: {why}"
    article = ex.article.model_copy(
        update={"published": day, "published_inferred": True, "notes": (*ex.article.notes, note)}
    )
    facts = tuple(_resolve(fact, day) for fact in ex.facts)
    stated = {_figure(f) for f in facts if f.time_basis is TimeBasis.STATED}
    facts = tuple(_uncarried(f, day, stated) for f in facts)
    return ex.model_copy(update={"article": article, "facts": facts})


def _default(fact: Fact, day: date) -> Fact:
    """What extraction gives a figure with no time when the date is known: the marked
    default, the day before publication up to it."""
    default = TimeWindow(
        start=day - timedelta(days=1), end=day, granularity="span", inferred=("start", "end")
    )
    return fact.model_copy(
        update={"time": default, "time_basis": TimeBasis.DEFAULT, "time_surface": None}
    )


def _figure(fact: Fact) -> tuple[str | None, float, str | None, str | None]:
    """A figure as a restatement repeats it: subject, value, unit and window."""
    q = fact.quantity
    return (fact.subject, q.nominal, q.unit, fact.time.key() if fact.time else None)


def _uncarried(
    fact: Fact, day: date, stated: set[tuple[str | None, float, str | None, str | None]]
) -> Fact:
    """A figure dated only by a time carried from an earlier sentence that proves, once
    the article is dated, to be long past ("that of January 31, when 1.2 million
    marched. Police said 81,000 marched"): had the date been known, extraction would
    not have carried it (see :func:`~discrepancy.facts.windows.carried_in_time`), so
    the figure takes the default window instead. A restatement of a figure its text
    dates ("1960 tsunami: 61 dead" over "killed 61 in 1960") keeps its window.
    """
    window = fact.time
    if (
        fact.time_basis is not TimeBasis.CONTEXT
        or window is None
        or not window.resolved
        or carried_in_time(window, day)
        or _figure(fact) in stated
    ):
        return fact
    return _default(fact, day)


def _resolve(fact: Fact, day: date) -> Fact:
    window = fact.time
    if window is None and fact.time_basis is TimeBasis.NONE:
        return _default(fact, day)
    if window is None or window.resolved or not fact.time_surface:
        return fact
    from ..mentions.times import find_times

    mentions = find_times(fact.time_surface, published=day)
    if len(mentions) != 1 or not mentions[0].window.resolved:
        return fact
    found = mentions[0].window
    # Every part read from the publication date is an inference, and so is the year.
    inferred = tuple(sorted({*found.inferred, *window.unknown, "start", "end"}))
    return fact.model_copy(update={"time": found.model_copy(update={"inferred": inferred})})


def _floor(extraction: Extraction, latest: date | None) -> date | None:
    """The latest day the text names that is not after the story's latest date."""
    days: list[date] = []
    month_days: list[tuple[int, int]] = []
    for mention in time_mentions(extraction):
        w = mention.window
        if w.granularity not in _SHORT or _long(w):
            continue
        if w.end is not None:
            days.append(day_of(w.end))
        elif w.month_day is not None:
            month_days.append(w.month_day[1])
    if latest is not None:
        for month, dom in month_days:
            day = _in_year(latest.year, month, dom)
            if day is not None and day > latest + _AHEAD:
                day = _in_year(latest.year - 1, month, dom)
            if day is not None:
                days.append(day)
        days = [d for d in days if d <= latest + _AHEAD]
    elif month_days and days:
        year = max(days).year
        days.extend(d for md in month_days if (d := _in_year(year, *md)) is not None)
    return max(days, default=None)


def _long(window: TimeWindow) -> bool:
    """A stretch of more than a week ("from August 2016 to September 2021"): its end is
    no day the article reports."""
    return (
        window.start is not None
        and window.end is not None
        and day_of(window.end) - day_of(window.start) > _WEEK
    )


def _in_year(year: int, month: int, dom: int) -> date | None:
    try:
        return date(year, month, dom)
    except ValueError:  # February 29 in a common year
        return None
