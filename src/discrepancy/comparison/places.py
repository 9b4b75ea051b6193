"""Place joins: a fact with no place of its own joins the row of the place it meets."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..models import Extraction, LocationBasis
from ..rules.families import Families
from .entries import Entry

__all__ = ["join_places"]


def _stated_places(entries: list[Entry]) -> dict[tuple[str, str | None], set[str]]:
    """The places the figures' own sentences name, by subject family and unit."""
    stated: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for e in entries:
        if e.location is not None:
            stated[(e.subject, e.unit)].add(e.location)
    return stated


def _join_carried_places(
    entries: list[Entry],
    stated: dict[tuple[str, str | None], set[str]],
    extractions: Sequence[Extraction],
) -> None:
    """A fact whose place was carried from the passage joins a row that states it.

    "Police arrested 14 people in Madrid" (stated) and "At least 14 people were
    arrested" after a lead about Madrid (carried) are one row. Only when that place
    is the one place any article states for the subject: where figures of it are
    placed in several ("Maui" and "Lahaina"), a carried place stays out of the key.
    """
    families = Families.default()
    for e in entries:
        place = families.place(e.fact.location)
        if (
            e.location is None
            and e.fact.location_basis is LocationBasis.CONTEXT
            and place is not None
            and stated.get((e.subject, e.unit)) == {place}
        ):
            e.location = place
            e.notes.append(
                f"{extractions[e.article].article.id} names {place} for "
                f"'{e.fact.surface}' in an earlier sentence, not in its own"
            )


def _join_the_one_place(
    entries: list[Entry],
    stated: dict[tuple[str, str | None], set[str]],
    extractions: Sequence[Extraction],
) -> None:
    """A running tally with no place joins the one place the story states for its kind.

    Only for tallies of the story's event (see :func:`is_current`), only when every
    stated place of the subject is that one place, and only when the fact's own
    article names it somewhere: "At least 40 people were killed" in a story about an
    earthquake in Tarvo meets another outlet's "52 killed in Tarvo"; where figures of
    the subject are placed in several places (a city and its country), nothing joins.
    """
    for e in entries:
        places = stated.get((e.subject, e.unit), set())
        if e.location is not None or len(places) != 1 or not e.current:
            continue
        (place,) = places
        article = extractions[e.article].article
        if place in article.text:
            e.location = place
            e.notes.append(
                f"{article.id} names no place for '{e.fact.surface}' in its sentence; "
                f"taken as {place}, the one place the story gives for it"
            )


def _fill_locations(entries: list[Entry], extractions: Sequence[Extraction]) -> None:
    """A fact with no place takes the country most facts name, as a stated assumption.

    Only a country fills the gap: a toll with no place is never taken to be a
    city's or a province's (Kyiv's toll is not Ukraine's, nor the other way round).
    """
    from ..rules.vocab import Vocabulary

    vocab = Vocabulary.default()
    counts = Counter(
        e.location
        for e in entries
        if e.location is not None and vocab.entity_type(e.location) == "country"
    )
    if not counts:
        return
    main, _ = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    for e in entries:
        if e.location is None:
            e.location = main
            e.notes.append(
                f"{extractions[e.article].article.id} names no place for "
                f"'{e.fact.surface}'; taken as {main}, the country most figures name"
            )


def join_places(entries: list[Entry], extractions: Sequence[Extraction]) -> None:
    """Give facts with no place of their own the place they meet, each join noted."""
    # Carrying a place only adds a place already stated alone, so the table stands.
    stated = _stated_places(entries)
    _join_carried_places(entries, stated, extractions)
    _join_the_one_place(entries, stated, extractions)
    _fill_locations(entries, extractions)
