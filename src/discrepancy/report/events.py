"""A news day on one page: several comparisons, one per event, for a newsroom reader.

The page opens with an index of the events: each a link to its section, with its
article count, the days its articles were published, and one line saying how many rows
there are, how many differ and on what. Each event's section is the comparison as the
one-comparison page shows it (:mod:`.html`): its counts and copies, the matrix with the
reason and chart under each row, and, folded away, its articles and all its evidence.
One evidence panel serves every section.

Anchors are numbered, never made of names: the index links to ``#event-1``,
``#event-2``..., each section links back to ``#events``, and everything inside the
section of event ``n`` starts ``e{n}-`` (``e2-row-0``, ``e2-ev-0-1``), so two events
never share an anchor. The same rules as the one-comparison page hold: every string is
escaped, no data goes inside the script, nothing is loaded from the network, and the
same input gives byte-identical output.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import resources

from .._exceptions import InputTypeError
from ..models import Comparison, Row, RowKind, Verdict, day_of
from ..rules.families import Families
from .cells import esc, is_reported, row_title
from .html import HINT, LEGEND, comparison_parts, page
from .labels import agreement_counts, article_names

__all__ = ["events_html"]

# Rows named in an event's one-line summary (the differing ones, most reported first)
# and in the title of an event given without a name.
_NAMED_ROWS = 3

# The rules only this page needs, after the shared style sheet.
_STYLE = resources.files("discrepancy.report").joinpath("assets", "events.css").read_text("utf-8")


def _what(row: Row) -> str:
    """What a row counts, as the reports say it ("arrest", not "arrest arrested")."""
    if row.key.kind is RowKind.STATEMENT:
        return row_title(row)
    return Families.default().says(row.key.subject, row.key.event)


def _reported(comparison: Comparison) -> list[tuple[int, str, str | None]]:
    """The figure rows as (articles reporting, what they count, place), most reported
    first."""
    rows = [
        (sum(map(is_reported, r.cells)), _what(r), r.key.location)
        for r in comparison.rows
        if r.key.kind is RowKind.FIGURE
    ]
    return sorted(rows, key=lambda x: -x[0])


def _first(titles: Iterable[str]) -> list[str]:
    """The first few distinct titles, in order."""
    out: list[str] = []
    for t in titles:
        if t not in out:
            out.append(t)
            if len(out) == _NAMED_ROWS:
                break
    return out


def _about(comparison: Comparison, n: int) -> str:
    """A name for an event given without one: its most reported figures and place."""
    reported = _reported(comparison)
    if not reported:
        names = list(article_names(comparison.articles).values())
        more = len(names) - _NAMED_ROWS
        shown = ", ".join(names[:_NAMED_ROWS]) + (f" and {more} more" if more > 0 else "")
        return f"Event {n}: {shown}" if names else f"Event {n}"
    places: dict[str, int] = {}
    for count, _, place in reported:
        if place:
            places[place] = places.get(place, 0) + count
    where = f" ({max(places, key=lambda p: places[p])})" if places else ""
    return f"Event {n}: {', '.join(_first(t for _, t, _ in reported))}{where}"


def _published(comparison: Comparison) -> str:
    """The days the articles were published: ``published 2025-09-04 – 2025-09-07``."""
    days = sorted(day_of(a.published) for a in comparison.articles if a.published is not None)
    if not days:
        return "publication dates unknown"
    span = days[0].isoformat() + (f" – {days[-1].isoformat()}" if days[-1] != days[0] else "")
    undated = len(comparison.articles) - len(days)
    return f"published {span}" + (f" ({undated} undated)" if undated else "")


def _count(comparison: Comparison) -> str:
    n = len(comparison.articles)
    return f"{n} article{'s' if n != 1 else ''}"


def _gist(comparison: Comparison) -> str:
    """One line: the rows by what their reporting outlets say (as
    :func:`.labels.agreement_counts` counts them), and what the outlets differ on."""
    if not comparison.rows:
        return "No figures to compare."
    text = (
        f"{len(comparison.rows)} row{'s' if len(comparison.rows) != 1 else ''}: "
        f"{agreement_counts(comparison.rows)}"
    )
    differing = [
        (sum(map(is_reported, r.cells)), _what(r))
        for r in comparison.rows
        if r.verdict is Verdict.DIFFER
    ]
    titles = _first(t for _, t in sorted(differing, key=lambda x: -x[0]))
    more = len({t for _, t in differing}) - len(titles)
    if titles:
        text += "; differ on " + ", ".join(titles) + (f" and {more} more" if more else "")
    return text + "."


def _named(events: object) -> list[tuple[str | None, Comparison]]:
    """The events as (name or None, comparison), checked."""
    if isinstance(events, Comparison):
        raise InputTypeError(
            "events_html() takes several comparisons (a list, or a dict of name to "
            "comparison); for one, use Comparison.to_html()"
        )
    if isinstance(events, Mapping):
        pairs: list[tuple[object, object]] = list(events.items())
    elif isinstance(events, Iterable) and not isinstance(events, str | bytes):
        pairs = [(None, c) for c in events]
    else:
        raise InputTypeError(
            "events_html() takes a list of comparisons or a dict of name to comparison, "
            f"not {type(events).__name__}"
        )
    out: list[tuple[str | None, Comparison]] = []
    for n, (name, comparison) in enumerate(pairs, 1):
        if not isinstance(comparison, Comparison) or not (name is None or isinstance(name, str)):
            raise InputTypeError(
                "events_html() takes comparisons (each named by a str in a dict), not "
                f"{type(comparison).__name__} (event {n})"
            )
        out.append((name, comparison))
    return out


def events_html(
    events: Mapping[str, Comparison] | Iterable[Comparison], *, title: str | None = None
) -> str:
    """Several comparisons, one per event, as one self-contained, offline HTML5 page.

    Args:
        events: the comparisons, in the order the page shows them: a list (each event
            is then named by its most reported figures and their place), or a dict of
            event name to comparison (a blank name is replaced the same way).
        title: the page's title; by default, how many events and articles it compares.

    Returns:
        The page: an index of the events (each with its article count, the days its
        articles were published and a one-line summary, linking to ``#event-1``...),
        then one section per event, laid out as :meth:`Comparison.to_html` lays out one
        comparison. Every untrusted string escaped; same input, byte-identical output.

    Raises:
        InputTypeError: ``events`` is not a list of comparisons or a dict of names to
            comparisons (one comparison alone has :meth:`Comparison.to_html`).

    >>> from discrepancy import Article, Comparison
    >>> page = events_html({"<b>Flood</b>": Comparison(articles=(Article(id="a", text="x"),),
    ...                                                   rows=())})
    >>> 'href="#event-1"' in page, "&lt;b&gt;Flood&lt;/b&gt;" in page, "<b>Flood" in page
    (True, True, False)
    """
    named = _named(events)
    articles = sum(len(c.articles) for _, c in named)
    rows = [r for _, c in named for r in c.rows]
    k = len(named)
    title = title or f"Figures compared across {k} event{'s' if k != 1 else ''}"
    summary = (
        f"<p class=summary>{articles} article{'s' if articles != 1 else ''} in {k} "
        f"event{'s' if k != 1 else ''}, {len(rows)} rows: "
        f"{esc(agreement_counts(rows))}.</p>"
    )
    index: list[str] = []
    sections: list[str] = []
    for n, (name, comparison) in enumerate(named, 1):
        heading = name if name and name.strip() else _about(comparison, n)
        anchor = f"event-{n}"
        published = _published(comparison)
        index.append(
            f'<li><a href="#{anchor}">{esc(heading)}</a>'
            f"<span class=event-days>{esc(_count(comparison))}, {esc(published)}</span>"
            f"<span class=gist>{esc(_gist(comparison))}</span></li>"
        )
        parts = comparison_parts(comparison, f"e{n}-", f"Event {n}")
        sections.append(
            f'<section class=event id="{anchor}" aria-labelledby="{anchor}-h">'
            f'<h2 id="{anchor}-h">{esc(heading)}</h2>'
            f"<p class=event-days>{esc(published.capitalize())} · "
            '<a href="#events">all events</a></p>'
            f"{parts.summary}{parts.table}"
            "<details class=event-more><summary>The articles and all evidence, row by "
            f"row</summary><section class=more><h3>The articles</h3>{parts.articles}"
            f"<h3>All evidence, row by row</h3>{parts.evidence}</section></details>"
            "</section>"
        )
    nav = (
        '<nav id=events aria-labelledby="events-h"><h2 id="events-h">The events</h2>'
        f"<ol class=event-index>{''.join(index)}</ol></nav>"
        if index
        else ""
    )
    main = "".join(sections) or "<p class=hint>No events to compare.</p>"
    return page(title, summary + nav + LEGEND + HINT, main, "", style=_STYLE)
