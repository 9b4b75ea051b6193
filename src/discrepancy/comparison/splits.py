"""Splits within a key: by event, by rival claimant, and into one figure per article."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from ..models import LocationBasis, Policy, Qualifier, Reason
from ..rules.families import Families
from ..rules.vocab import Vocabulary
from .entries import UNSCOPED, Entry, Variant, claimant_of, row_unit, variant
from .relation import AGREEING, interval_in, one_figure, relation

__all__ = [
    "APART",
    "WHOLE",
    "counts_places",
    "events_apart",
    "one_figure_each",
    "preferred",
    "same_claimant",
    "split_claimants",
    "split_events",
    "split_magnitudes",
    "split_vague",
    "support_of",
]

# Two levels of one quantity at one time that outlets give differently lie within a
# few tens of percent of each other (a toll of 11 or 14, a crowd of 280 or 300); a
# figure more than this many times another is a different quantity that the
# extraction left under the same key (a city's crowd beside the nation's, a monthly
# change beside a yearly one, the distance to another place).
APART = 3.0


def split_events(
    members: list[Entry], policy: Policy, apart: frozenset[str] = frozenset()
) -> dict[str | None, list[Entry]]:
    """Facts with no event join the one event whose figure they give (see
    :func:`one_figure`). Else, where their key has one event, they join it (the
    police's "5,000 marched" beside the union's "6,000" with no verb), unless the
    story keeps that event apart from its figures with no event (``apart``, see
    :func:`events_apart`); where it has several, they keep a row of their own: no
    event is theirs more than another. A whole that an article counts parts of
    (``total``) is never the event they join for want of another.

    "500 drones" with no verb beside "Russia launched 500 drones" and "450 were shot
    down" is the launched figure, never compared with the shot-down count; "35 drones
    over the capital" beside "launched 40" and "30 were shot down" is neither.

    A count of the places where the story's events happen (see :func:`counts_places`)
    is split by no verb that says they happened there (word class
    ``place_count_event``: hit, held, marched, voted): "protests across 17 counties"
    and "demonstrations were held in 20 counties" are two counts of one thing. The
    whole such a count is taken out of ("20 of the 47 counties", with the figures that
    give it), a part named by its whole and a count of places where a consequence
    followed ("12 villages were evacuated") keep rows of their own; a count every
    outlet gives with one verb keeps it.
    """
    if counts_places(members):
        happened = Vocabulary.default().word_class("place_count_event")
        wholes = list(_given(members).get(WHOLE, {}).values())
        places: dict[str | None, list[Entry]] = defaultdict(list)
        for e in members:
            if e.event is None and any(one_figure(e, w, policy) for w in wholes):
                places[WHOLE].append(e)
            else:
                places[e.event if e.event not in happened else None].append(e)
        # Where every figure of the count names one event, the row keeps showing it.
        shared = {e.event for e in places.get(None, [])}
        if len(shared) == 1 and None not in shared:
            places[shared.pop()] = places.pop(None)
        return places
    # A whole that an article counts parts of ("Of the 28 districts, 11 ...": 28) is no
    # main event: a figure with no event joins it only where it gives its figure, and
    # "three members" is never set against the committee's "nine members".
    counts = Counter(
        e.event
        for e in members
        if e.event is not None and e.event != WHOLE and e.fact.part_of is None
    )
    main = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0] if counts else None
    unit = row_unit(members)
    given = _given(members)
    out: dict[str | None, list[Entry]] = defaultdict(list)
    for e in members:
        event = e.event
        if event is None and e.fact.quantity.qualifier is not Qualifier.VAGUE:
            fits = [
                ev
                for ev, variants in given.items()
                if any(one_figure(e, o, policy, unit) for o in variants.values())
            ]
            if len(fits) == 1:
                event = fits[0]
        # With several events, none is theirs for want of another (the main one by
        # count, or by name on a tie, would be a guess).
        fold = main not in apart and len(given) <= 1
        out[event if event is not None or not fold else main].append(e)
    return out


# The event the parts pass gives a whole that an article counts parts of ("Of the 42
# miners, 35 were rescued": 42); see MADE_EVENTS in rules/names.py.
WHOLE = "total"


def counts_places(members: Sequence[Entry]) -> bool:
    """Whether a key's figures count the places where the story's events happen (word
    class ``place_count_subject``: counties, districts, cities, regions).

    >>> from discrepancy import Article, extract
    >>> from discrepancy.comparison.entries import read_entries
    >>> text = "Protests were held in 17 counties."
    >>> counts_places(read_entries([extract(Article(id="a", text=text))]))
    True
    """
    vocab = Vocabulary.default()
    return bool(members) and all(
        e.subject in vocab.word_class("place_count_subject") for e in members
    )


def _given(members: list[Entry]) -> dict[str, dict[Variant, Entry]]:
    """Each event's distinct ways of giving its figure, numbers only (a vague word
    agrees with too much to tell events apart) and no parts (they keep apart from
    their wholes): the check stays small."""
    given: dict[str, dict[Variant, Entry]] = defaultdict(dict)
    for e in members:
        if (
            e.event is not None
            and e.fact.part_of is None
            and e.fact.quantity.qualifier is not Qualifier.VAGUE
        ):
            given[e.event].setdefault(variant(e), e)
    return given


def events_apart(members: list[Entry], policy: Policy) -> frozenset[str]:
    """The events an article itself keeps apart from its figures with no event: it
    gives both for one time, and differently ("payrolls rose 64,000 in March" and
    "factories cut 9,000 jobs in March"), so the event's figures are a part of the
    story (a sector's), not the figure other outlets give with no verb, at that time
    and the others ("factories cut 15,000 in February" beside "14,000 jobs in
    February"). Figures with no event join such an event only where they agree.

    Only figures more than :data:`APART` times apart count (rival counts of one
    crowd lie closer), credited alike (both to nobody, or to one claimant): a figure
    credited to a side beside another is that side's count of the same thing (the
    police's 81,000 beside "more than 500,000"), not a part of the story.
    """
    unit = row_unit(members)
    unnamed: dict[tuple[int, str | None], list[Entry]] = defaultdict(list)
    for e in members:
        if e.event is None and e.fact.quantity.qualifier is not Qualifier.VAGUE:
            unnamed[e.article, _when(e)].append(e)
    apart: set[str] = set()
    for ev, variants in _given(members).items():
        for o in variants.values():
            mine = [e for e in unnamed[o.article, _when(o)] if _one_voice(e, o, policy)]
            if mine and all(_far(e, o, unit) for e in mine):
                apart.add(ev)
                break
    return frozenset(apart)


def _when(e: Entry) -> str | None:
    """The time a figure's article gives it (before any join)."""
    return e.fact.time.key() if e.fact.time is not None else None


def _far(a: Entry, b: Entry, unit: str | None) -> bool:
    """Whether two figures lie more than :data:`APART` times apart."""
    at = [
        span.low if span.low is not None else span.high
        for span in (interval_in(a, unit), interval_in(b, unit))
    ]
    low, high = min(x or 0.0 for x in at), max(x or 0.0 for x in at)
    return low > 0 and high > APART * low


def _one_voice(a: Entry, b: Entry, policy: Policy) -> bool:
    """Whether two figures are credited alike: to nobody, or to one claimant."""
    mine, theirs = claimant_of(a, policy), claimant_of(b, policy)
    if mine is None or theirs is None:
        return mine is theirs
    return same_claimant(mine, theirs)


def _name_words(name: str) -> list[str]:
    """The words of a claimant's name, lower-cased."""
    return re.findall(r"\w+", name.lower())


def same_claimant(a: str, b: str) -> bool:
    """Whether two outlets' names for a claimant name one claimant: the same words, one
    name's words inside the other's ("Dufresne", "Marie-Helene Dufresne"), or one
    the initials of the other ("NCWR", "National Commission on Water Resources").

    >>> same_claimant("Dufresne", "Marie-Hélène Dufresne")
    True
    >>> same_claimant("NCWR", "National Commission on Water Resources")
    True
    >>> same_claimant("police", "organisers"), same_claimant("Interior Ministry", "Health Ministry")
    (False, False)
    """
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    if set(short) <= set(long) and (len(short) > 1 or len(short[0]) > 3 or short == long):
        return True
    if len(short) == 1 and len(long) > 1:
        initials = "".join(w[0] for w in long)
        capitals = "".join(w[0] for w in long if len(w) > 3 or w.isdigit())
        return short[0] in (initials, capitals)
    return False


def _placed_apart(a: Entry, b: Entry) -> bool:
    """Whether an article's own sentences give two figures different scopes: each
    states another place, or one states a place below the country and the other
    names no place at all. A county's count beside the count of the whole event
    ("1,300 injured in the county", "more than 1,400 injured", in one article) are
    two scopes, not two sources disputing one figure. A place carried from an earlier
    sentence is the extractor's guess and sets no scope, and so does any place beside
    a magnitude or a depth (see :data:`UNSCOPED`).
    """
    families, vocab = Families.default(), Vocabulary.default()
    places = []
    for e in (a, b):
        if e.fact.location_basis is LocationBasis.CONTEXT or e.fact.quantity.kind in UNSCOPED:
            return False
        places.append(families.place(e.fact.location) if e.fact.location else None)
    pa, pb = places
    if pa is None or pb is None:
        stated = pa or pb
        return stated is not None and vocab.entity_type(stated) != "country"
    return pa != pb


def _rivals(
    members: list[Entry], names: dict[int, str | None], policy: Policy
) -> tuple[list[str], set[tuple[str, str]]]:
    """The claimants one article sets against each other, and which against which: it
    credits them figures for one place that differ, and none that agree. A vague word
    ("several", "hundreds") is no rival count, and a source the article also credits
    with the other's figure is updating it ("89 dead", later "93", as officials also
    said), not disputing it."""
    by_article: dict[int, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for e in members:
        name = names[id(e)]
        if name is not None and e.fact.quantity.qualifier is not Qualifier.VAGUE:
            by_article[e.article][name].append(e)
    rivals: list[str] = []
    pairs: set[tuple[str, str]] = set()
    for claims in by_article.values():
        claimed = list(claims.items())
        for i, (na, mine) in enumerate(claimed):
            for nb, theirs in claimed[i + 1 :]:
                if same_claimant(na, nb):
                    continue
                kinds = {relation(a, b, policy)[0] for a in mine for b in theirs}
                placed = any(not _placed_apart(a, b) for a in mine for b in theirs)
                if (
                    placed
                    and kinds & {Reason.DIFFERENT_FIGURES, Reason.DISJOINT}
                    and not kinds & set(AGREEING)
                ):
                    rivals.extend(n for n in (na, nb) if n not in rivals)
                    pairs.add((na, nb))
    return rivals, pairs


def _sides(rivals: list[str], pairs: set[tuple[str, str]], weight: Counter[str]) -> dict[str, str]:
    """For each rival, the claimant its side is shown under.

    A dispute over a figure has two sides: police and organisers, the official count
    and a prefect's estimate. Sources that no article sets against each other, each
    set against the same rival (the police in one outlet, a security source in
    another, both against the prefect), are one side. Where the rivalries are not
    two-sided (three sources each against the others), every rival stays its own.
    The side is shown under its rival with the most figures, then the first named.

    >>> _sides(["prefect", "police", "army"], {("prefect", "police"), ("army", "prefect")},
    ...        Counter({"police": 2, "army": 1, "prefect": 3}))
    {'prefect': 'prefect', 'police': 'police', 'army': 'police'}
    >>> _sides(["a", "b", "c"], {("a", "b"), ("b", "c"), ("a", "c")}, Counter())
    {'a': 'a', 'b': 'b', 'c': 'c'}
    """
    against: dict[str, list[str]] = defaultdict(list)
    for a, b in pairs:
        against[a].append(b)
        against[b].append(a)
    order = {n: i for i, n in enumerate(rivals)}
    shown: dict[str, str] = {}
    colour: dict[str, int] = {}
    for start in rivals:
        if start in colour:
            continue
        colour[start] = 0
        component, todo, two_sided = [start], [start], True
        while todo:
            name = todo.pop()
            for other in against[name]:
                if other not in colour:
                    colour[other] = 1 - colour[name]
                    component.append(other)
                    todo.append(other)
                elif colour[other] == colour[name]:
                    two_sided = False
        for side in (0, 1):
            names = [n for n in component if colour[n] == side]
            if not two_sided:
                shown.update({n: n for n in names})
                continue
            head = min(names, key=lambda n: (-weight[n], order[n]), default=None)
            shown.update({n: head for n in names if head is not None})
    return {n: shown[n] for n in rivals}


def _near(mine: list[float], theirs: list[float]) -> bool:
    """Whether two lists of figures hold a pair no more than :data:`APART` times apart."""
    return any(min(a, b) > 0 and max(a, b) <= APART * min(a, b) for a in mine for b in theirs)


def split_claimants(members: list[Entry], policy: Policy) -> dict[str | None, list[Entry]]:
    """Split a key by claimant where one article sets rival claimants' figures apart.

    Only the rivals get rows of their own (police and organisers in an article giving
    both counts), one row for each side (see :func:`_sides`). Any other figure joins
    the rival it names (in other words: "Dufresne" for "Marie-Helene Dufresne", see
    :func:`same_claimant`), else the rival whose figure it repeats, else the one rival
    whose figures it agrees with, else the row of figures no rival claims: an outlet
    crediting the same passenger count to the airline and another to the ministry is
    no rivalry.
    """
    names = {id(e): claimant_of(e, policy) for e in members}
    rivals, pairs = _rivals(members, names, policy)
    if not rivals:
        return {None: members}
    out: dict[str | None, list[Entry]] = defaultdict(list)
    own: dict[int, str | None] = {}
    for e in members:
        name = names[id(e)]
        own[id(e)] = (
            None if name is None else next((r for r in rivals if same_claimant(r, name)), None)
        )
    # Two spellings of one rival ("Bieuville", "Francois-Xavier Bieuville") are one
    # side's one claimant.
    canon = {n: next(r for r in rivals if same_claimant(r, n)) for n in rivals}
    side = _sides(
        list(dict.fromkeys(canon.values())),
        {(canon[a], canon[b]) for a, b in pairs},
        Counter(r for r in own.values() if r is not None),
    )
    # A side is one quantity's claimants: a source whose figures all lie more than
    # APART from its side's (a monthly revision beside a forecast) stays its own.
    figures: dict[str, list[float]] = defaultdict(list)
    for e in members:
        if (r := own[id(e)]) is not None and e.fact.quantity.qualifier is not Qualifier.VAGUE:
            figures[r].append(e.fact.quantity.nominal)
    side = {
        r: head if r == head or _near(figures[r], figures[head]) else r for r, head in side.items()
    }
    own = {k: None if r is None else side[r] for k, r in own.items()}
    # One entry per rival and way of giving the figure: a thousand outlets crediting
    # "502" to the air force are one, so an unclaimed figure is checked against few.
    named = list({(own[id(e)], variant(e)): e for e in members if own[id(e)] is not None}.values())
    for e in members:
        src = own[id(e)]
        if src is None:
            relations = [(own[id(n)], relation(e, n, policy)[0]) for n in named]
            repeats = [
                r for r, rel in relations if rel in (Reason.SAME_FIGURE, Reason.EQUIVALENT_WORDING)
            ]
            # Else the one rival whose figures it agrees with ("at least 10" beside
            # the commission's "10"); agreeing with two rivals, it takes no side.
            agrees = {r for r, rel in relations if rel in AGREEING}
            src = repeats[0] if repeats else agrees.pop() if len(agrees) == 1 else None
        out[src].append(e)
    return out


def _rival_claimants(members: list[Entry], policy: Policy) -> bool:
    """Whether every figure is credited to a claimant and they are not all one."""
    claimants = [claimant_of(e, policy) for e in members]
    first = claimants[0] if claimants else None
    return (
        first is not None
        and None not in claimants
        and any(not same_claimant(first, c) for c in claimants if c is not None)
    )


def split_magnitudes(members: list[Entry], policy: Policy) -> list[list[Entry]]:
    """Split a key's figures that lie more than :data:`APART` times apart.

    Running tallies (``cumulative`` families: tolls, arrests, homes destroyed) are
    left whole: a toll of 6 on the first day and 93 on the fifth are one story's
    count. Figures each credited to a claimant, not all the same, are left whole
    too: police and organisers giving 5,000 and 20,000 marchers is the discrepancy a
    reader wants to see (``different_claimants``). A bound open on one side stands
    at its number ("more than 220" lies at 220, "up to 300" at 300). A vague word
    ("hundreds") sets no band: it joins the band its interval meets, else the one
    most articles give. The band most articles give comes first.
    """
    families = Families.default()
    if (
        len(members) < 2
        or any(families.cumulative(e.fact.subject, e.event) for e in members)
        or _rival_claimants(members, policy)
    ):
        return [members]
    unit = row_unit(members)
    spans = {id(e): interval_in(e, unit) for e in members}
    # Where a figure lies: a bound open on one side stands at its number ("more than
    # 220" is near 220, not anywhere above it), so a hedge never bridges two bands.
    reach = {
        id(e): (
            spans[id(e)].low if spans[id(e)].low is not None else spans[id(e)].high,
            spans[id(e)].high if spans[id(e)].high is not None else spans[id(e)].low,
        )
        for e in members
    }
    figures = sorted(
        (
            e
            for e in members
            if e.fact.quantity.qualifier is not Qualifier.VAGUE
            and (low := reach[id(e)][0]) is not None
            and low > 0
        ),
        key=lambda e: reach[id(e)][0] or 0.0,
    )
    bands: list[list[Entry]] = []
    tops: list[float] = []
    for e in figures:
        low, high = reach[id(e)]
        if not bands or (low or 0.0) > APART * tops[-1]:
            bands.append([])
            tops.append(0.0)
        bands[-1].append(e)
        tops[-1] = max(tops[-1], high or 0.0)
    if len(bands) < 2:
        return [members]
    bottoms = [reach[id(b[0])][0] or 0.0 for b in bands]
    widest = max(range(len(bands)), key=lambda i: len({e.article for e in bands[i]}))
    placed = {id(e) for b in bands for e in b}
    for e in members:
        if id(e) in placed:
            continue
        span = spans[id(e)]
        meets = next(
            (
                i
                for i in range(len(bands))
                if (span.high is None or span.high >= bottoms[i])
                and (span.low is None or span.low <= tops[i])
            ),
            widest,
        )
        bands[meets].append(e)
    bands.sort(key=lambda b: -len({e.article for e in b}))
    heads = ", ".join(f"'{b[0].fact.surface}'" for b in bands)
    for band in bands:
        band[0].notes.append(
            f"figures more than {APART:g} times apart are taken as different figures, "
            f"each in a row of its own: {heads}"
        )
    return bands


# A vague word whose band starts at ten or more names an order of magnitude through
# a number word ("dozens", "scores", "hundreds", "several thousand"); one below it
# ("several", "a few", "many") names none.
_MAGNITUDE = 10.0


def _names_magnitude(e: Entry) -> bool:
    """Whether a figure is a vague word naming an order of magnitude (see :data:`_MAGNITUDE`)."""
    q = e.fact.quantity
    return q.qualifier is Qualifier.VAGUE and q.value.low is not None and q.value.low >= _MAGNITUDE


def split_vague(members: list[Entry], policy: Policy) -> list[list[Entry]]:
    """A vague word never disputes a number: it joins a row whose figures agree with it.

    "Hundreds" or "several" says too little to dispute a stated number: beside "14"
    dead it is another figure (a feared toll, a count of something else), so it goes
    to the next row whose figures all agree with it. Two words that each name an
    order of magnitude may dispute each other ("hundreds" and "thousands" left
    homeless); a word naming none ("several", "a few") disputes nothing and waits in
    a row of its own. The row of numbers comes first.

    A figure whose subject names only its unit, with no event ("three-quarters" and
    "one-third" of something no words say, see :meth:`Families.unnamed`), disputes
    nothing either: such figures share a row only where they agree.
    """
    families = Families.default()
    unnamed = all(families.unnamed(e.subject) and e.event is None for e in members)
    weak = [e for e in members if unnamed or e.fact.quantity.qualifier is Qualifier.VAGUE]
    if not weak or len(members) < 2:
        return [members]
    unit = row_unit(members)
    figures = [
        e for e in members if not unnamed and e.fact.quantity.qualifier is not Qualifier.VAGUE
    ]
    rows: list[list[Entry]] = [figures] if figures else []
    held: list[dict[Variant, Entry]] = [{variant(e): e for e in figures}] if figures else []
    for e in weak:
        slot = next(
            (
                i
                for i, variants in enumerate(held)
                if all(relation(e, o, policy, unit)[0] in AGREEING for o in variants.values())
            ),
            None,
        )
        if slot is None and _names_magnitude(e):
            slot = next(
                (
                    i
                    for i, variants in enumerate(held)
                    if all(_names_magnitude(o) for o in variants.values())
                ),
                None,
            )
        if slot is None:
            rows.append([])
            held.append({})
            slot = len(rows) - 1
        rows[slot].append(e)
        held[slot].setdefault(variant(e), e)
    return rows


def support_of(members: Sequence[Entry], policy: Policy, unit: str | None) -> Counter[Variant]:
    """For each variant, how many other articles give a figure consistent with it."""
    holders: dict[Variant, set[int]] = defaultdict(set)
    sample: dict[Variant, Entry] = {}
    for e in members:
        holders[variant(e)].add(e.article)
        sample.setdefault(variant(e), e)
    out: Counter[Variant] = Counter()
    if len(holders) == 1 or len({e.article for e in members}) == len(members):
        return out  # nobody has to choose between figures
    agreeing = (Reason.SAME_FIGURE, Reason.EQUIVALENT_WORDING, Reason.CONSISTENT)
    for v, e in sample.items():
        backers = set(holders[v])
        for w, f in sample.items():
            if w != v and relation(e, f, policy, unit)[0] in agreeing:
                backers |= holders[w]
        out[v] = len(backers) - 1
    return out


def _moved_in(e: Entry) -> bool:
    """Whether a figure stands in its row for a place its own sentence does not name: it
    was given for a place inside the row's (see :mod:`.places`)."""
    place = Families.default().place(e.fact.location)
    return e.fact.location_basis is LocationBasis.STATED and place != e.location


def _spread(e: Entry) -> float:
    """How much a figure's words leave open, for its size: 0 for "51.8%", 0.2 for "about
    half" (45 to 55), infinite for a bound ("more than 50%")."""
    q = e.fact.quantity
    low, high = q.value.low, q.value.high
    if low is None or high is None:
        return math.inf
    return (high - low) / abs(q.nominal) if q.nominal else high - low


def preferred(
    support: Counter[Variant],
) -> Callable[[Entry], tuple[int, bool, bool, float, bool, float, int, tuple[int, int]]]:
    """The order in which an article's figures for one key stand for it.

    A figure before a vague word, one given for the row's place before one given for
    a place inside it ("more than 2,200 destroyed in the county" over "2,207 in the
    town"), then its largest: tolls rise and partial counts come before totals, so
    within one text the largest is the latest or the whole ("93 dead" over the
    earlier "89"); then the mention whose own sentence names its place over one whose
    place is carried from the passage; then its most precise, so that of an
    article's words restating one figure the cell shows the exact one ("about half
    of voters, 51.8%": ``51.8%``); then the one other articles bear out (``support``, from
    :func:`support_of`), then its first.
    """
    return lambda e: (
        e.article,
        # A figure beats a vague word: "at least 79 dead" is the toll, "hundreds"
        # feared dead beside it is not a larger one.
        e.fact.quantity.qualifier is Qualifier.VAGUE,
        _moved_in(e),
        # Counts only: a measure given twice is one figure in two units.
        -e.fact.quantity.nominal if e.fact.quantity.unit is None else 0.0,
        # Of one figure given twice, the mention whose own sentence names the place
        # before one whose place is carried from the passage.
        e.fact.location_basis is LocationBasis.CONTEXT,
        _spread(e),
        -support[variant(e)],
        e.fact.span,
    )


def one_figure_each(members: list[Entry], policy: Policy) -> list[list[Entry]]:
    """Split a key's facts into rows that hold one figure per article.

    The first row holds the figure most articles bear out: each article's figure
    that agrees with it, else the article's first figure (see :func:`preferred`),
    with the other mentions of the article that restate it ("dozens" beside "36").
    A different figure of the same article ("53" beside "169" for one key) is never
    compared against the other articles' main figures: it goes to the next row
    whose figures it agrees with and that holds nothing of its article yet, or
    starts a row of its own. An article whose first figure disagrees with the first
    row but repeats another article's other figure ("230" passengers, where another
    outlet gives 242 aboard and 230 passengers) stands in that figure's row instead:
    a row compares one figure, not whatever each outlet gave first. A running tally
    (a ``cumulative`` family) is compared at each outlet's latest figure.
    """
    unit = row_unit(members)
    support = support_of(members, policy, unit)
    order = sorted(members, key=preferred(support))
    figures: list[list[Entry]] = []
    by_article: dict[int, list[list[Entry]]] = defaultdict(list)
    for e in order:
        own = by_article[e.article]
        same = next((f for f in own if relation(f[0], e, policy, unit)[0] in AGREEING), None)
        if same is not None:
            same.append(e)
        else:
            fig = [e]
            own.append(fig)
            figures.append(fig)
    if all(len(own) == 1 for own in by_article.values()):
        return [members]
    # The first row is the figure most outlets bear out: each article stands there
    # with its figure that agrees with it, else with its own first figure (where a
    # difference between outlets shows).
    seed = max(
        figures,
        key=lambda f: (
            support[variant(f[0])],
            f[0].fact.quantity.qualifier is not Qualifier.VAGUE,
            f[0].fact.quantity.nominal,
        ),
    )[0]
    for own in by_article.values():
        agreeing = next((f for f in own if relation(f[0], seed, policy, unit)[0] in AGREEING), None)
        if agreeing is not None and agreeing is not own[0]:
            own.remove(agreeing)
            own.insert(0, agreeing)
    # The other figures of the articles that give several, one per way of giving it:
    # an article's lone figure that repeats one of them waits for its row. Not for a
    # running tally: an outlet's earlier toll beside its latest is no other figure,
    # and another outlet's latest toll stands against the latest ones.
    families = Families.default()
    tally = any(families.cumulative(e.fact.subject, e.event) for e in members)
    others = {} if tally else {variant(f[0]): f[0] for own in by_article.values() for f in own[1:]}
    held = {
        ai
        for ai, own in by_article.items()
        if relation(own[0][0], seed, policy, unit)[0] not in AGREEING
        and any(
            o.article != ai and relation(own[0][0], o, policy, unit)[0] in AGREEING
            for o in others.values()
        )
    }
    rows: list[list[Entry]] = [
        [e for ai, own in by_article.items() if ai not in held for e in own[0]]
    ]
    holders: list[set[int]] = [set(by_article) - held]
    # A row is checked against its distinct ways of giving the figure, not against
    # every outlet in it: a thousand outlets repeating "53" are one variant.
    variants: list[dict[Variant, Entry]] = [{}]
    rest = [fig for own in by_article.values() for fig in own[1:]]
    rest += [by_article[ai][0] for ai in sorted(held)]
    for fig in rest:
        head = fig[0]
        slot = next(
            (
                i
                for i in range(1, len(rows))
                if head.article not in holders[i]
                and all(
                    relation(head, other, policy, unit)[0] in AGREEING
                    for other in variants[i].values()
                )
            ),
            None,
        )
        if slot is None and head.article in held and head.article not in holders[0]:
            slot = 0  # its figure's row is taken: it stands with the first figures
        if slot is None:
            rows.append([])
            holders.append(set())
            variants.append({})
            slot = len(rows) - 1
        rows[slot].extend(fig)
        holders[slot].add(head.article)
        if slot:
            variants[slot].setdefault(variant(head), head)
    return [row for row in rows if row]
