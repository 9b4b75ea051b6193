"""Row merges: ungrouped figures and same-figure rows worded apart become one row."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

import regex

from ..models import Basis, Extraction, Form, Policy, Qualifier, QuantityKind, RowKey, day_of
from .entries import Entry, claimant_of, row_unit
from .notes import id_list, mark
from .relation import all_agree
from .splits import APART, same_claimant

__all__ = [
    "join_changes",
    "join_ungrouped",
    "same_figure_rows",
    "share_the_one_group",
]


def _fold(members: list[Entry], target: list[Entry], note: str) -> None:
    """Move a row's figures into another row, whose first figure carries the note why."""
    target.extend(members)
    target[0].notes.append(note)


def share_the_one_group(entries: Sequence[Entry], extractions: Sequence[Extraction]) -> None:
    """A figure with no group takes the one group the story counts for its key.

    "The number of confirmed measles cases has risen to 216" (group "measles") and
    another outlet's "214 cases" count one thing: where every grouped figure of a key
    (subject, unit, place and the other slots) names the same group and no article
    gives both a grouped and an ungrouped figure of that key, the group tells nothing
    apart, and the ungrouped figures take it, agreeing or not, where their own article
    names the group somewhere (the story's "measles outbreak", "passengers" for the
    group "passenger"); the row says so. An
    article that gives both ("20 adults among the 32 dead") says the group is a part,
    two groups (adults, children) are no one group, and an article that never names
    the group ("221,000 unemployed" beside another outlet's "179,000 long-term
    unemployed") does not count it: then nothing is taken. A group only one article
    gives as a part of its own figure ("one woman" among "29 dead") leaves the story
    one group when at least two outlets give that group as their figure ("at least
    24 civilians", "20 civilians"); a figure with no group is the whole of a group only
    when it is no smaller ("12 dead" beside "20 civilians" is an earlier count).
    """
    by_key: dict[tuple[object, ...], list[Entry]] = defaultdict(list)
    for e in entries:
        by_key[(e.subject, e.unit, e.location, e.slots._replace(group=None))].append(e)

    # Whether an article names a group: searched once per article and group (many
    # figures of one article ask for the same group), forgotten with the call.
    @functools.cache
    def names(article: int, group: str) -> bool:
        pattern = rf"(?<!\w){regex.escape(group)}(?:e?s)?(?!\w)"
        text = extractions[article].article.text
        return regex.search(pattern, text, regex.IGNORECASE) is not None

    for members in by_key.values():
        bare = [e for e in members if e.slots.group is None]
        parts = _parts(members, bare)
        groups = {e.slots.group for e in members if e.slots.group is not None} - parts
        if not bare or len(groups) != 1:
            continue
        (group,) = groups
        grouped = {e.article for e in members if e.slots.group == group}
        if parts and len(grouped) < 2:
            continue
        bare = [e for e in bare if e.article not in grouped]
        for e in bare:
            if not names(e.article, group):
                continue
            e.slots = e.slots._replace(group=group)
            e.notes.append(
                f"{mark(extractions[e.article].article.id)} gives "
                f"'{e.fact.surface}' with no group; taken as {group}, the one group the story "
                "counts for it"
            )


def _parts(members: Sequence[Entry], bare: Sequence[Entry]) -> set[str]:
    """The groups an article gives beside a figure with no group that may be their
    whole ("one woman" among "at least 29 dead"): parts, no group of the story's. A
    figure with no group below the group's ("12 dead" in an article that counts "at
    least 20 civilians" killed) is an earlier or a partial count, no whole of it."""
    most: dict[int, float] = {}
    for e in bare:
        high = e.fact.quantity.value.high
        most[e.article] = max(most.get(e.article, 0.0), float("inf") if high is None else high)
    return {
        e.slots.group
        for e in members
        if e.slots.group is not None
        and e.article in most
        and most[e.article] >= (e.fact.quantity.value.low or 0.0)
    }


def join_ungrouped(
    keyed: list[tuple[RowKey, list[Entry]]], policy: Policy
) -> list[tuple[RowKey, list[Entry]]]:
    """A figure whose outlet names no group joins the one group row that gives it.

    "Police arrested 12 people for looting" and "Officers arrested 12 looters" are one
    figure, one outlet naming the group and the other not. A row with no group joins
    a row keyed the same but for its group when exactly one such row holds figures
    that all agree with its own and no outlet is in both; a row with no event either
    joins it whatever its event ("one survivor", "one passenger survived"). The toll
    of "20 adults and 12 children among 32 dead" stays apart: 32 agrees with neither
    part.
    """
    grouped: dict[RowKey, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keyed):
        if key.group is not None:
            grouped[key.model_copy(update={"group": None})].append(i)
            # A figure that names neither the group nor the verb ("one survivor")
            # may be the group's figure under any verb ("one passenger survived").
            if key.event is not None:
                grouped[key.model_copy(update={"group": None, "event": None})].append(i)
    merged: set[int] = set()
    for i, (key, members) in enumerate(keyed):
        if key.group is not None or key not in grouped:
            continue
        unit = row_unit(members)
        articles = {e.article for e in members}
        agreeing = [
            j
            for j in grouped[key]
            if not articles & {e.article for e in keyed[j][1]}
            and all_agree(members, keyed[j][1], policy, unit)
        ]
        if len(agreeing) == 1:
            keyed[agreeing[0]][1].extend(members)
            merged.add(i)
    return [kv for i, kv in enumerate(keyed) if i not in merged]


# The two slots a figure a revision replaced is keyed under: the level a move left
# ("revised the toll from 79 to 78": form "level before", see entries.slots_of) and an
# earlier count a revision replaced with no figure after it ("revised the toll from 79
# after a recount": basis "preliminary", see facts/passes/basis.py).
_LEFT = "level before"
_PRELIMINARY = "preliminary"


def _join_superseded(
    keyed: list[tuple[RowKey, list[Entry]]], policy: Policy
) -> list[tuple[RowKey, list[Entry]]]:
    """The level a move left meets the earlier count outlets give as preliminary.

    "Officials revised the toll from 79 to 78" (79 is the level the revision left)
    and another outlet's "officials revised the toll from 79 after a recount" (79 is
    the earlier, preliminary count) give one figure: the one the revision replaced. A
    row of levels left joins the one row keyed the same but as a preliminary count when
    no outlet is in both and every figure agrees; "the jobless rate fell from 4.3% to
    4.1%" beside "preliminary data showed 4.5%" keeps both rows (they disagree).
    """
    preliminary: dict[RowKey, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keyed):
        if key.basis == _PRELIMINARY and key.form is None:
            preliminary[key.model_copy(update={"basis": None, "form": _LEFT, "rank": 0})].append(i)
    return _fold_into_one(
        keyed,
        policy,
        lambda key: (
            key.model_copy(update={"rank": 0}) if key.form == _LEFT and key.basis is None else None
        ),
        preliminary,
        lambda members, target: True,
        "the level a revision left, is the earlier figure other outlets give as preliminary",
    )


def _fold_into_one(
    keyed: list[tuple[RowKey, list[Entry]]],
    policy: Policy,
    target_key: Callable[[RowKey], RowKey | None],
    targets: dict[RowKey, list[int]],
    accepts: Callable[[list[Entry], RowKey], bool],
    why: str,
) -> list[tuple[RowKey, list[Entry]]]:
    """Fold each row whose ``target_key`` names a key of ``targets`` into the one row
    there that no outlet of it is in, whose figures all agree with its own and that
    ``accepts`` it; a row with no such row, or several, stays. The row folded into
    carries the note "'<figure>', <why>"."""
    merged: set[int] = set()
    for i, (key, members) in enumerate(keyed):
        wanted = target_key(key)
        if wanted is None:
            continue
        unit = row_unit(members)
        articles = {e.article for e in members}
        agreeing = [
            j
            for j in targets.get(wanted, [])
            if j not in merged
            and not articles & {e.article for e in keyed[j][1]}
            and accepts(members, keyed[j][0])
            and all_agree(members, keyed[j][1], policy, unit)
        ]
        if len(agreeing) == 1:
            _fold(members, keyed[agreeing[0]][1], f"'{members[0].fact.surface}', {why}")
            merged.add(i)
    return [kv for i, kv in enumerate(keyed) if i not in merged]


_PROJECTION = "projection"


def _join_projections(
    keyed: list[tuple[RowKey, list[Entry]]], policy: Policy
) -> list[tuple[RowKey, list[Entry]]]:
    """A claimant's figure told as what a count may reach meets the claimant's count.

    "The prefect said the toll could reach several hundred" (basis ``projection``) and
    another outlet's "several hundred are dead, the prefect said" give one official's
    one figure. A row of projections joins the one row keyed alike but for its basis
    (none or an estimate), claimant and rank whose claimant credits every figure of
    the projection row, when no outlet is in both and every figure agrees. A
    projection credited to someone else ("the governor fears the toll could reach
    300" beside "31 dead, police said"), or that disagrees, keeps its own row: what a
    count may reach never disputes the count.
    """
    plain: dict[RowKey, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keyed):
        if key.basis in (None, Basis.ESTIMATE.value) and key.claimant is not None:
            plain[key.model_copy(update={"basis": None, "claimant": None, "rank": 0})].append(i)
    return _fold_into_one(
        keyed,
        policy,
        lambda key: (
            key.model_copy(update={"basis": None, "claimant": None, "rank": 0})
            if key.basis == _PROJECTION
            else None
        ),
        plain,
        lambda members, target: all(
            (name := claimant_of(e, policy)) is not None
            and same_claimant(name, str(target.claimant))
            for e in members
        ),
        "what the count may reach by its claimant's words, is the figure the claimant "
        "gives other outlets",
    )


def join_changes(
    keyed: list[tuple[RowKey, list[Entry]]], policy: Policy
) -> list[tuple[RowKey, list[Entry]]]:
    """A change told with no level it reached joins the level row that gives its figure.

    "30,000 more homes were damaged" (a change up, by its words) and another outlet's
    "30,000 homes were damaged" are one figure: where no outlet ties the change to a
    level ("rose by 12 to 52"), a row of changes joins the row keyed the same but for
    its form (of any rank: the level may be an outlet's other figure for the key) when
    exactly one such row holds figures that all agree with its own and no outlet is in
    both. A change that disagrees stays a row of its own: "the toll rose by 12" is
    never set against "40 dead".

    Two forms of one figure meet first: a change of a rate told in percent meets the
    row of it told in percentage points (see :func:`_join_points`), and the level a
    revision left meets the earlier count given as preliminary (see
    :func:`_join_superseded`), and what a claimant says a count may reach meets the
    claimant's count where they agree (see :func:`_join_projections`).

    Forecasts of a count are forecasts of the one figure a report will give, however
    an outlet words it ("economists expected 110,000 jobs", "the market expected a
    gain of 106,000"): a row of forecast changes joins the one row of forecast levels
    of its key that no outlet is in, where all their figures lie within
    :data:`APART` of each other, agreeing or not.
    """
    keyed = _join_projections(_join_superseded(_join_points(keyed, policy), policy), policy)
    levels: dict[RowKey, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(keyed):
        if key.form is None:
            levels[key.model_copy(update={"rank": 0})].append(i)
    merged: set[int] = set()
    for i, (key, members) in enumerate(keyed):
        if key.form is None or not all(
            e.fact.quantity.form is Form.CHANGE and e.fact.link is None for e in members
        ):
            continue
        unit = row_unit(members)
        articles = {e.article for e in members}
        apart = [
            j
            for j in levels.get(key.model_copy(update={"form": None, "rank": 0}), [])
            if not articles & {e.article for e in keyed[j][1]}
        ]
        agreeing = [j for j in apart if all_agree(members, keyed[j][1], policy, unit)]
        if not agreeing and len(apart) == 1 and _one_forecast(members + keyed[apart[0]][1]):
            agreeing = apart
        if len(agreeing) == 1:
            _fold(
                members,
                keyed[agreeing[0]][1],
                f"'{members[0].fact.surface}' worded as a change with no level it reached "
                "is the same figure as this row's",
            )
            merged.add(i)
    return [kv for i, kv in enumerate(keyed) if i not in merged]


_PERCENT, _POINTS = "percent", "percentage_point"


def _percent_levels(keyed: Sequence[tuple[RowKey, list[Entry]]]) -> set[tuple[str, str | None]]:
    """The subjects (and places) whose level the story gives as a percentage only: a
    rate ("62.2%"), never an amount ("$36.44" of hourly earnings)."""
    units: dict[tuple[str, str | None], set[str | None]] = defaultdict(set)
    for key, members in keyed:
        if key.form is None:
            for e in members:
                units[(e.subject, e.location)].add(e.fact.quantity.unit)
    return {k for k, found in units.items() if found == {_PERCENT}}


def _join_points(
    keyed: list[tuple[RowKey, list[Entry]]], policy: Policy
) -> list[tuple[RowKey, list[Entry]]]:
    """A change of a rate told in percent joins the row of it told in percentage points.

    "The jobless rate fell 0.5%" in one outlet and "fell 0.5 percentage points" in
    another: where the story gives the subject's level as a percentage, news copy
    mostly means points by a change "in percent" (a relative change of a rate is rare
    and worded as such). A row of such changes joins the row keyed the same in points
    where no outlet is in both (an outlet giving both forms, "0.5 points, or 12%",
    means two figures) and every figure agrees once read as points; the figures are
    read as points from then on, and the row says so. A change that disagrees stays a
    row of its own: the reading is an assumption, never grounds for a difference.
    """
    rates = _percent_levels(keyed)
    points: dict[RowKey, int] = {}
    for i, (key, _) in enumerate(keyed):
        if key.unit == _POINTS and key.form is not None:
            points[key.model_copy(update={"unit": _PERCENT, "rank": 0})] = i
    merged: set[int] = set()
    for i, (key, members) in enumerate(keyed):
        j = points.get(key.model_copy(update={"rank": 0}))
        if j is None or not all(
            (e.subject, e.location) in rates and e.fact.quantity.form is Form.CHANGE
            for e in members
        ):
            continue
        target = keyed[j][1]
        if {e.article for e in members} & {e.article for e in target}:
            continue
        read = [_as_points(e) for e in members]
        if not all_agree(read, target, policy, _POINTS):
            continue
        for e in read:
            e.notes.append(
                f"'{e.fact.surface}', a change of a rate given as a percentage, "
                "is read as percentage points"
            )
        target.extend(read)
        merged.add(i)
    return [kv for i, kv in enumerate(keyed) if i not in merged]


def _as_points(e: Entry) -> Entry:
    """An entry whose percentage is read as percentage points."""
    q = e.fact.quantity.model_copy(update={"unit": _POINTS})
    read = replace(
        e, fact=e.fact.model_copy(update={"quantity": q}), unit=_POINTS, notes=list(e.notes)
    )
    read.slots = e.slots  # as a join left them
    return read


def _one_forecast(members: Sequence[Entry]) -> bool:
    """Whether figures are all forecasts of one count, within :data:`APART` of each other."""
    if not all(
        e.fact.basis is Basis.FORECAST and e.fact.quantity.kind is QuantityKind.COUNT
        for e in members
    ):
        return False
    values = [e.fact.quantity.nominal for e in members]
    return min(values) > 0 and max(values) <= APART * min(values)


# A figure this large or this precise is distinctive: two outlets giving it for one
# story give the same fact, however each worded what it counts (133,000 "jobs" and
# 133,000 "nonfarm payrolls"); 12, 40 or a round 1,000 could be anything.
_DISTINCTIVE = 1000.0
_SIGNIFICANT = 3


def _distinctive(e: Entry) -> float | None:
    """The figure of an exact or approximate entry too specific to meet by chance, else None."""
    q = e.fact.quantity
    if q.qualifier not in (Qualifier.EXACT, Qualifier.APPROXIMATE) or e.fact.part_of is not None:
        return None
    digits = len(f"{q.nominal:.15g}".replace(".", "").strip("0"))
    if digits < 2 or (q.nominal < _DISTINCTIVE and digits < _SIGNIFICANT):
        return None  # "1,000" or "300" is a round figure many things come to
    return q.nominal


def same_figure_rows(
    keyed: list[tuple[RowKey, list[Entry]]], extractions: Sequence[Extraction]
) -> list[tuple[RowKey, list[Entry]]]:
    """Rows that give one distinctive figure, split only by wording, become one row.

    Outlets word the same fact differently ("added 73,000 jobs", "nonfarm payrolls
    rose by 73,000"), so its facts can land under different keys. Where two rows
    share unit and place, hold no article in common, their windows meet, and every
    figure in both is the same distinctive figure (see :func:`_distinctive`), they
    are one row, under the key most outlets use; the row says so.
    """
    by_figure: dict[tuple[float, str | None, str | None, str | None], list[int]] = defaultdict(list)
    for i, (key, members) in enumerate(keyed):
        figures = {_distinctive(e) for e in members}
        if len(figures) == 1 and (figure := figures.pop()) is not None:
            kind = members[0].fact.quantity.kind.value
            by_figure[(figure, key.unit, key.location, kind)].append(i)
    merged: set[int] = set()
    for indices in by_figure.values():
        if len(indices) < 2:
            continue
        indices.sort(key=lambda i: (-len({e.article for e in keyed[i][1]}), i))
        key_t, members_t = keyed[indices[0]]
        for j in indices[1:]:
            key_j, members_j = keyed[j]
            if {e.article for e in members_t} & {e.article for e in members_j}:
                continue
            if not _windows_meet(members_t, members_j):
                continue
            merged.add(j)
            members_t.extend(members_j)
            members_t[0].notes.append(
                f"'{members_j[0].fact.surface}' counted as {key_j.subject} by "
                f"{id_list(sorted({extractions[e.article].article.id for e in members_j}))} "
                f"is the same figure as {key_t.subject}"
            )
    return [kv for i, kv in enumerate(keyed) if i not in merged]


def _windows_meet(a: Sequence[Entry], b: Sequence[Entry]) -> bool:
    """Whether the days two rows' windows span meet (a row with no dated window meets any)."""
    spans = []
    for members in (a, b):
        days = [
            (day_of(e.window.start), day_of(e.window.end))
            for e in members
            if e.window is not None and e.window.start is not None and e.window.end is not None
        ]
        if not days:
            return True
        spans.append((min(d[0] for d in days), max(d[1] for d in days)))
    (s1, e1), (s2, e2) = spans
    return s1 <= e2 and s2 <= e1
