"""Place joins: a fact with no place of its own joins the row of the place it meets, and
a figure given for a place meets the same figure given for the place it lies in."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

import regex

from ..models import Extraction, LocationBasis, Policy
from ..rules.alternations import trie
from ..rules.families import Families
from ..rules.vocab import Vocabulary
from .entries import Entry, distinct_variants
from .notes import mark, name_list
from .periods import is_current, story_period
from .relation import one_figure

__all__ = ["is_water", "join_places", "stated_containment"]


def stated_containment(texts: Sequence[str], names: set[str]) -> dict[str, set[str]]:
    """The containment the texts state between the place names given: for each name,
    the names it is said to lie in.

    "the Marlow area of Brenton", "Marlow district in Brenton", "Orvik in Norland"
    and "Orvik, Norland" say the first place lies in the second (the words between
    are the word classes ``place_part`` and ``place_type``). A list of places ("Kyiv,
    Lviv and Odesa") says nothing: a pair followed by another capitalised word is not
    read.
    Only the names given are read, so a time grows with the texts and the names.

    >>> stated_containment(["Police arrived in the Marlow area of Brenton."], {"Marlow", "Brenton"})
    {'Marlow': {'Brenton'}}
    >>> stated_containment(["Strikes hit Kyiv, Lviv and Odesa."], {"Kyiv", "Lviv", "Odesa"})
    {}

    A name that is another name and one or two capitalised words more, none of them a
    kind of region, lies in it: "Kestrel Junction", "Arvik Harbour" lie in "Kestrel" and
    "Arvik" (the short name of a headline, the full one of the body).

    >>> stated_containment([], {"Kestrel", "Kestrel Junction", "Ardel", "Ardel Province"})
    {'Kestrel Junction': {'Kestrel'}}
    """
    found: dict[str, set[str]] = defaultdict(set)
    if len(names) < 2:
        return {}
    vocab = Vocabulary.default()
    for a, b in _named_after(vocab, names):
        found[a].add(b)
    parts = trie(vocab.word_class("place_part") | vocab.word_class("place_type"))
    place = f"(?-i:{trie(names)})"  # names as written: "Turkey", never "turkey"
    pattern = regex.compile(
        rf"""
        (?<!\w)(?P<a>{place})                      # the place
        (?:\s+(?:{parts}))?                         # "area", "district", ...
        (?:\s+(?:of|in)\s+|,\s+)                    # lies in
        (?:the\s+)?(?:(?:{parts})\s+of\s+)?          # "the county of"
        (?P<b>{place})(?!\w)                        # the place it lies in
        (?!\s*(?:,|and|or)\s+(?-i:\p{{Lu}}))       # not a list of names
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    for text in texts:
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            a, b = m.group("a"), m.group("b")
            if a.lower() != b.lower():
                found[a].add(b)
            pos = m.start("b")
    return dict(found)


def _named_after(vocab: Vocabulary, names: set[str]) -> list[tuple[str, str]]:
    """(longer, shorter) for each name that is another name and one or two capitalised
    words more, none of them a kind of region ("Ardel Province" is Ardel's region, not a
    spot in it): a station, junction or harbour named after its town."""
    regions = vocab.word_class("place_type")
    pairs = []
    for name in sorted(names):
        words = name.split()
        for k in (len(words) - 1, len(words) - 2):
            tail = words[k:]
            if (
                k >= 1
                and " ".join(words[:k]) in names
                and all(w[:1].isupper() and w.lower() not in regions for w in tail)
            ):
                pairs.append((name, " ".join(words[:k])))
                break
    return pairs


Kind = tuple[str | None, ...]


def _kind(e: Entry) -> Kind:
    """What a figure counts: its subject family and unit."""
    return (e.subject, e.unit)


def _kind_and_event(e: Entry) -> Kind:
    """What a figure counts and what befell it: "1.4 million workers" affected by a
    reform is not the "40,000 people" who marched, though both count people."""
    return (e.subject, e.unit, e.event)


def _stated_places(
    entries: list[Entry], kind: Callable[[Entry], Kind] = _kind
) -> dict[Kind, set[str]]:
    """The places the figures' own sentences name, by ``kind`` (subject family and unit)."""
    stated: dict[Kind, set[str]] = defaultdict(set)
    for e in entries:
        if e.location is not None:
            stated[kind(e)].add(e.location)
    return stated


def _join_carried_places(
    entries: list[Entry],
    stated: dict[Kind, set[str]],
    extractions: Sequence[Extraction],
    policy: Policy,
) -> None:
    """A fact whose place was carried from the passage joins a row that states it.

    "Police arrested 14 people in Madrid" (stated) and "At least 14 people were
    arrested" after a lead about Madrid (carried) are one row. Only when that place
    is the one place any article states for the subject, or when another article
    states that place for the same figure: where figures of it are placed in several
    ("Maui" and "Lahaina", a city and the nation), a carried place stays out of the
    key unless the figure it carries is the one that place was given ("police counted
    81,000" after a paragraph about Lyon, beside another outlet's "81,000 marched in
    Lyon, police said", while unions counted a million across the country).
    """
    families = Families.default()
    given: dict[tuple[str, str | None, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.location is not None:
            given[(e.subject, e.unit, e.location)].append(e)
    variants = {k: distinct_variants(v) for k, v in given.items()}
    for e in entries:
        place = families.place(e.fact.location)
        if (
            e.location is None
            and e.fact.location_basis is LocationBasis.CONTEXT
            and place is not None
        ):
            places = stated.get((e.subject, e.unit))
            same = any(
                o.article != e.article and _same_figure(e, o, policy)
                for o in variants.get((e.subject, e.unit, place), ())
            )
            if places != {place} and not same:
                continue
            e.location = place
            e.notes.append(
                f"{mark(extractions[e.article].article.id)} names {place} for "
                f"'{e.fact.surface}' in an earlier sentence, not in its own"
                + ("" if places == {place} else ", where another outlet gives the figure")
            )


def _join_the_one_place(
    entries: list[Entry],
    stated: dict[Kind, set[str]],
    extractions: Sequence[Extraction],
    widest: Callable[[set[str]], str | None],
    joins: Callable[[Entry], bool],
    kind: Callable[[Entry], Kind] = _kind,
) -> None:
    """A figure with no place joins the one place the story states for its kind.

    The figures ``joins`` accepts: the running tallies of the story's event (see
    :func:`is_current`), or any other figure of the story's days (a share, a cost, a
    rate: "86% of the homes" beside another outlet's "86% of the homes in Kalo").
    Only when every
    stated place of the subject is that one place, or lies in it (a town in its
    county in its state are one place, the widest: see :func:`_widest`), and only
    when the fact's own article names it somewhere: "At least 40 people were killed"
    in a story about an earthquake in Tarvo meets another outlet's "52 killed in
    Tarvo"; where figures of the subject are placed in several places side by side
    (two cities, or a city and a country the data does not put it in), nothing joins.
    """
    one: dict[Kind, str | None] = {}
    for e in entries:
        key = kind(e)
        places = stated.get(key, set())
        if e.location is not None or not places or not joins(e):
            continue
        if key not in one:
            one[key] = widest(places)
        place = one[key]
        article = extractions[e.article].article
        if place is not None and place in article.text:
            e.location = place
            inside = sorted(places - {place})
            lying = f" ({name_list(inside)} lying in it)" if inside else ""
            e.notes.append(
                f"{mark(article.id)} names no place for '{e.fact.surface}' in its sentence; "
                f"taken as {place}, the one place the story gives for it{lying}"
            )


def _is_tally(e: Entry) -> bool:
    return e.current


def _widest(
    up: Callable[[str], list[str]], name: Callable[[str], str]
) -> Callable[[set[str]], str | None]:
    """For a set of places, the one the others all lie in (Lahaina and Maui: "Maui"; a
    place alone: itself), else None (Kyiv and Lviv). Linear in the places: the widest
    is any one place or a place it lies in."""

    def widest(places: set[str]) -> str | None:
        first = min(places)
        named = {name(p): p for p in places}
        for top in (name(first), *up(name(first))):
            if top in named and all(q == top or top in up(q) for q in named):
                return named[top]
        return None

    return widest


def _story_country(entries: list[Entry]) -> str | None:
    """The country most facts name, or None where no figure names one."""
    vocab = Vocabulary.default()
    counts = Counter(
        e.location
        for e in entries
        if e.location is not None and vocab.entity_type(e.location) == "country"
    )
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _fill_locations(
    entries: list[Entry], extractions: Sequence[Extraction], main: str | None
) -> None:
    """A fact with no place takes the story's country (see :func:`_story_country`), as a
    stated assumption.

    Only a country fills the gap: a toll with no place is never taken to be a
    city's or a province's (Kyiv's toll is not Ukraine's, nor the other way round).
    """
    if main is None:
        return
    for e in entries:
        if e.location is None:
            e.location = main
            e.notes.append(
                f"{mark(extractions[e.article].article.id)} names no place for "
                f"'{e.fact.surface}'; taken as {main}, the country most figures name"
            )


def _ancestors(
    families: Families,
    stated: dict[str, set[str]],
    name: Callable[[str], str],
    country: str | None,
) -> Callable[[str], list[str]]:
    """The places a place lies in: the entity data's, then the texts' (nearest first),
    and last the story's country for a place neither puts in any country."""
    vocab = Vocabulary.default()
    text_parents: dict[str, set[str]] = defaultdict(set)
    for child, parents in stated.items():
        text_parents[name(child)].update(name(p) for p in parents)

    def up(place: str) -> list[str]:
        out: list[str] = []
        todo = [place]
        while todo:
            current = todo.pop(0)
            for parent in (*families.within(current), *sorted(text_parents.get(current, ()))):
                if parent != place and parent not in out:
                    out.append(parent)
                    todo.append(parent)
        if (
            country is not None
            and place != country
            and vocab.entity_type(place) != "country"
            and not any(vocab.entity_type(p) == "country" for p in out)
        ):
            out.append(country)
        return out

    return up


def _lift_contained(
    entries: list[Entry],
    extractions: Sequence[Extraction],
    policy: Policy,
    up: Callable[[str], list[str]],
    name: Callable[[str], str],
    known: Callable[[str], list[str]],
) -> None:
    """A figure given for a place joins the same figure given for a place it lies in.

    "30 arrested in the Marlow area of Brenton" and "30 arrested in Brenton" are one
    row, keyed by Brenton; so are "12 killed in Kyiv" and "12 killed in Ukraine"
    (the entity data says Kyiv lies in Ukraine). A place that neither the data nor
    the texts put in a country is taken to lie in the story's country (the one the
    figures with no place were given: see ``up``, from :func:`_ancestors`). Only
    where the figures agree: "12 killed in Kyiv" beside "30 killed in Ukraine" is the
    city's toll beside the nation's, two figures. And never where two places of the
    key lie side by side in the larger one (Kyiv and Lviv): there the places are
    scopes of a wider count.
    """
    groups: dict[tuple[str, str | None], list[Entry]] = defaultdict(list)
    for e in entries:
        if e.location is not None:
            groups[(e.subject, e.unit)].append(e)
    groups = {k: v for k, v in groups.items() if len({name(e.location or "") for e in v}) > 1}
    for members in groups.values():
        at: dict[str, list[Entry]] = defaultdict(list)
        for e in members:
            at[name(e.location or "")].append(e)
        lines = {p: up(p) for p in at}
        at_sea = _at_sea(at, known)
        for place, here in list(at.items()):
            tops = [a for a in lines[place] if a in at]
            if not tops:
                continue
            top = tops[-1]
            line = {place, *lines[place]}
            if any(
                q not in line
                and place not in lines[q]
                and top in lines[q]
                and (q in at_sea) == (place in at_sea)
                for q in at
                if q != place
            ):
                continue  # places side by side in the larger one are scopes
            theirs = distinct_variants(at[top])
            shown = Counter(e.location for e in at[top]).most_common(1)[0][0]
            for e in here:
                if any(_same_figure(e, o, policy) for o in theirs):
                    e.notes.append(
                        f"{mark(extractions[e.article].article.id)} gives '{e.fact.surface}' for "
                        f"{e.location}, the same figure as given for {shown}, where the "
                        f"story places {e.location}: taken as {shown}'s figure"
                    )
                    e.location = shown


def is_water(place: str) -> bool:
    """Whether a place name names a sea (the word class ``water_body``): it ends on a
    water word ("Sulu Sea"), starts on one before "of" ("Gulf of Kessa") or is one
    ("Mediterranean"); "Channel Islands" is land.

    >>> is_water("Sulu Sea"), is_water("Gulf of Kessa"), is_water("Channel Islands")
    (True, True, False)
    """
    water = Vocabulary.default().word_class("water_body")
    words = place.lower().split()
    return bool(words) and (
        words[-1] in water or (len(words) > 2 and words[0] in water and words[1] == "of")
    )


def _at_sea(places: Iterable[str], known: Callable[[str], list[str]]) -> frozenset[str]:
    """The places of a key that are positions at sea off the story's one country.

    A ship sinks, a plane ditches, oil spills at one point: "in the Sulu Sea", "near
    Davo, Philippines" and "in the Philippines" place one tally, so a sea is no scope
    beside a town of the country it lies off (two towns are, and so are two seas).
    Only where every place on land is that one country or lies in it by the entity
    data or the texts (``known``: no place taken to lie in the story's country for
    want of another): a sea beside a town of another country, or of no known
    country, lies off neither.
    """
    vocab = Vocabulary.default()
    water = {p for p in places if is_water(p)}
    land = {p: {p, *known(p)} for p in places if p not in water}
    countries = {a for line in land.values() for a in line if vocab.entity_type(a) == "country"}
    if not water or len(countries) != 1 or not all(countries <= line for line in land.values()):
        return frozenset()
    return frozenset(water)


def _same_figure(a: Entry, b: Entry, policy: Policy) -> bool:
    """Whether two entries give one figure (see :func:`one_figure`) of one event, or
    one names none: drones that hit a city are not the drones launched at the country."""
    if None not in (a.event, b.event) and a.event != b.event:
        return False
    return one_figure(a, b, policy)


def join_places(entries: list[Entry], extractions: Sequence[Extraction], policy: Policy) -> None:
    """Give facts with no place of their own the place they meet, and figures given for
    a place the place they lie in where its figures agree, each join noted."""
    families = Families.default()

    def name(place: str) -> str:
        return families.place_name(families.place(place) or place)

    # The containment the texts state is read once, and only when asked for.
    @functools.cache
    def stated_in() -> dict[str, set[str]]:
        raw = {e.fact.location for e in entries if e.fact.location} | {
            e.location for e in entries if e.location
        }
        return stated_containment([ex.article.text for ex in extractions], raw)

    @functools.cache
    def lines(country: str | None) -> Callable[[str], list[str]]:
        return _ancestors(families, stated_in(), name, country)

    def up(country: str | None) -> Callable[[str], list[str]]:
        return lambda place: lines(country)(place)

    # Carrying a place only adds a place already stated alone, so the table stands.
    stated = _stated_places(entries)
    _join_carried_places(entries, stated, extractions, policy)
    # A tally's one place is among the places the story's tallies name: the place of a
    # background figure (last year's fire elsewhere) is no place of the story's event,
    # nor is a place whose tally is none ("no deaths reported in Vessa").
    tallies = _stated_places([e for e in entries if e.current and e.fact.quantity.value.high != 0])
    _join_the_one_place(entries, tallies, extractions, _widest(up(None), name), _is_tally)
    # Any other figure of the story's days with no place joins the one place the story's
    # figures of those days give its kind (a figure of an earlier event, "a flood in
    # 2019 cost $1 billion", neither gives one nor joins one), where the story's country
    # counts among its places: a story that names its country has that country for its
    # one place, the one the figures with no place are filled with.
    period = story_period(extractions)

    def of_now(e: Entry) -> bool:
        return not e.current and period is not None and is_current(e.window, period)

    country = _story_country(entries)
    others = {
        key: places | ({country} if country is not None else set())
        for key, places in _stated_places(
            [e for e in entries if of_now(e)], _kind_and_event
        ).items()
    }
    _join_the_one_place(
        entries, others, extractions, _widest(up(country), name), of_now, _kind_and_event
    )
    _fill_locations(entries, extractions, country)
    _lift_contained(entries, extractions, policy, up(country), name, up(None))
