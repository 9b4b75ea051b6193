"""Line facts up across articles and say where they agree, differ, or omit.

The pipeline, each step a hash-grouping pass so time grows with the number of facts,
never with the square of the number of articles:

1. gather (:mod:`.gather`): articles, extractions, texts and paths become
   extractions, sorted by id (so the result does not depend on input order); undated
   articles are placed on the story's clock (:mod:`.clock`);
2. copies (:mod:`.copies`): near-identical articles (one wire story republished) are
   grouped through an inverted index of word shingles;
3. align: every fact with a subject becomes an entry with a key (subject, event,
   window, location, unit, slots: :mod:`.entries`). Facts that leave part of the key
   open (no location, no year, a window that could not be resolved, no stated time)
   join the matching resolved key (:mod:`.places`, :mod:`.windows`,
   :mod:`.window_joins`) and the row says so in ``assumptions``; parts of a whole
   keep their own event. A key splits by event, rival claimant and one figure per
   article (:mod:`.splits`); rows that give one figure worded apart merge
   (:mod:`.merges`);
4. judge (:mod:`.judge`): each row gets a verdict and reasons from the pairwise
   relations of its figures (after unit conversion: :mod:`.relation`) and the
   publication dates of the silent outlets, said in words (:mod:`.notes`);
5. statements (:mod:`.statements`): quotations that outlets date differently.

>>> import discrepancy
>>> a = discrepancy.Article(id="a", text="Police said 120 people were arrested on Monday.",
...                         published="2024-03-05")
>>> b = discrepancy.Article(id="b", text="Police arrested more than 115 people on Monday.",
...                         published="2024-03-05")
>>> row = discrepancy.compare([a, b]).rows[0]
>>> row.key.subject, row.verdict.value, row.reason.value
('arrest', 'agree', 'consistent')
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..models import (
    Comparison,
    Extraction,
    Policy,
    Row,
    RowKey,
    RowKind,
    TimeBasis,
    policy_or_default,
)
from .clock import date_story
from .copies import find_copies as _find_copies
from .entries import (
    UNSCOPED,
    Entry,
    Slots,
    mark_current,
    read_entries,
    subject_wording,
    wording,
)
from .gather import Item, gather
from .judge import judge
from .merges import join_changes, join_ungrouped, same_figure_rows, share_the_one_group
from .notes import cut_off
from .periods import story_period
from .places import join_places
from .splits import (
    events_apart,
    one_figure_each,
    split_claimants,
    split_events,
    split_magnitudes,
    split_vague,
)
from .statements import statement_rows
from .window_joins import story_window
from .windows import attach_windows, latest_month_day

__all__ = ["compare"]


def compare(items: Iterable[Item], *, policy: Policy | None = None) -> Comparison:
    """Compare the figures of several articles about one event.

    Args:
        items: articles, extractions, article texts, or paths to article files and
            folders of them. A ``str`` naming an existing file or folder is read as a
            path; any other ``str`` is article text.
        policy: widths and tolerances; :data:`discrepancy.DEFAULT_POLICY` if None.

    Returns:
        A :class:`Comparison`: the articles (sorted by id) and one row per fact key.

    Raises:
        InputError: an item is of an unsupported type.
        ArticleError: a path cannot be read as an article.

    >>> import discrepancy
    >>> cmp = discrepancy.compare(["12 people were killed on 4 May 2024.",
    ...                            "At least 12 people died on 4 May 2024."])
    >>> [(r.key.subject, r.verdict.value) for r in cmp.rows]
    [('death', 'agree')]
    """
    pol = policy_or_default(policy)
    extractions = date_story(gather(items))
    copies = _find_copies(extractions, pol)
    copy_of = {member: group.article_ids[0] for group in copies for member in group.article_ids[1:]}
    rows = _figure_rows(extractions, copy_of, pol)
    rows.extend(statement_rows(extractions, copy_of))
    return Comparison(
        articles=tuple(e.article for e in extractions), rows=tuple(rows), copies=tuple(copies)
    )


def _figure_rows(
    extractions: Sequence[Extraction], copy_of: dict[str, str], policy: Policy
) -> list[Row]:
    """One judged row per figure key, the rows most articles report first."""
    entries = read_entries(extractions)
    period = story_period(extractions)
    if period is not None:
        mark_current(entries, period)
    join_places([e for e in entries if e.fact.quantity.kind not in UNSCOPED], extractions, policy)
    share_the_one_group(entries, extractions)
    keyed = _keyed_rows(entries, extractions, policy)
    # Whether a text is cut off is asked at most once per article and compare() call.
    truncated = functools.cache(lambda ai: cut_off(extractions[ai]))
    rows = [
        judge(key, members, extractions, copy_of, policy, truncated)
        for key, members in same_figure_rows(
            join_changes(join_ungrouped(keyed, policy), policy), extractions
        )
    ]
    rows.sort(key=_row_order)
    return rows


def _keyed_rows(
    entries: list[Entry], extractions: Sequence[Extraction], policy: Policy
) -> list[tuple[RowKey, list[Entry]]]:
    """The entries of each row with its key: grouped by subject, unit, place and slots,
    then by window, event, claimant and one figure per article."""
    everywhere = {
        e.window.key(): e.window
        for e in entries
        if e.window is not None and e.window.resolved and e.fact.time_basis is not TimeBasis.DEFAULT
    }
    # Scanning an article for its latest date is done at most once per compare() call,
    # and forgotten with it (a module-level cache would pin whole articles in memory).
    floors = functools.cache(lambda ai: latest_month_day(extractions[ai]))
    story = story_window(entries, extractions)
    groups: dict[tuple[str, str | None, str | None, Slots], list[Entry]] = defaultdict(list)
    for e in entries:
        groups[(e.subject, e.unit, e.location, e.slots)].append(e)
    keyed: list[tuple[RowKey, list[Entry]]] = []
    for (subject, unit, location, slots), members in groups.items():
        apart = events_apart(members, policy)
        windows = attach_windows(members, extractions, everywhere, floors, story, policy)
        for window_key, in_window in windows.items():
            for event, in_event in split_events(in_window, policy, apart).items():
                for claimant, in_claim in split_claimants(in_event, policy).items():
                    in_rows = [
                        part
                        for row in one_figure_each(in_claim, policy)
                        for band in split_magnitudes(row, policy)
                        for part in split_vague(band, policy)
                    ]
                    for rank, in_row in enumerate(in_rows):
                        key = RowKey(
                            kind=RowKind.FIGURE,
                            subject=subject_wording(subject, in_row),
                            event=wording(event, in_row),
                            window=window_key,
                            location=location,
                            unit=unit,
                            claimant=claimant,
                            rank=rank,
                            group=slots.group,
                            party=slots.party,
                            basis=slots.basis,
                            form=slots.form,
                        )
                        keyed.append((key, in_row))
    return keyed


def _row_order(row: Row) -> tuple[int, int, str]:
    """Rows most articles report first, then in the order their figures appear."""
    first = min(
        (c.fact.span[0] for c in row.cells if c.fact is not None),
        default=0,
    )
    reporting = sum(c.fact is not None for c in row.cells)
    return (-reporting, first, row.key.model_dump_json())
