"""Strategies for articles, facts and extractions built from realistic news sentences."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from ..models import (
    Article,
    Attribution,
    Extraction,
    Fact,
    LocationBasis,
    Qualifier,
    TimeBasis,
)
from ._common import REPRODUCIBLE, days  # noqa: F401 - REPRODUCIBLE: the doctests find() with it
from ._quantities import phrase_cases, quantity_at
from ._times import time_windows

__all__ = ["article_texts", "articles", "extractions", "facts"]

OUTLETS = ("Atlantic Wire", "The Daily Sun", "Harbour Daily", "Valley Herald", "Euro Daily")
_SOURCES = (
    "police said",
    "officials said",
    "the interior ministry said",
    "organisers said",
    "the fire service said",
    "according to the air force",
)
_TIMES = (
    "on Monday",
    "on Thursday",
    "overnight",
    "last week",
    "on March 4",
    "in the first five days of September",
    "since Sunday",
)
# (noun as written, verb phrase): the pairs a news sentence uses.
_EVENTS = (
    ("people", "were killed"),
    ("people", "were injured"),
    ("people", "were arrested"),
    ("people", "are missing"),
    ("residents", "were evacuated"),
    ("homes", "were destroyed"),
    ("drones", "were launched"),
    ("missiles", "were shot down"),
    ("protesters", "marched"),
)
_DEBRIS = (
    "Share this article",
    "0:00 / 2:47",
    "Read more: 5 things to know about the storm",
    "© 2027 Example Media Ltd. Registered in England No. 04512877.",
)


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    case = draw(phrase_cases(units=False).filter(lambda c: c.noun is None))
    noun, verb = draw(st.sampled_from(_EVENTS))
    when = draw(st.sampled_from(_TIMES))
    source = draw(st.sampled_from(_SOURCES))
    figure = case.phrase
    if case.qualifier is Qualifier.VAGUE:
        figure = figure.rsplit(" of ", 1)[0] + " of"
    body = f"{figure} {noun} {verb} {when}"
    return f"{body[0].upper()}{body[1:]}, {source}."


@st.composite
def _body(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(_sentence(), min_size=1, max_size=6))
    if draw(st.booleans()):
        sentences.insert(draw(st.integers(0, len(sentences))), "No casualties were reported.")
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    if draw(st.booleans()):
        paragraphs.append(draw(st.sampled_from(_DEBRIS)))
    return "\n\n".join(paragraphs) + "\n"


def _front_matter(outlet: str, published: date | None) -> str:
    slug = outlet.lower().replace(" ", "")
    day = published.isoformat() if published else "unknown"
    return f"url: https://{slug}.example/news/story\noutlet: {outlet}\npublished: {day}\n---\n"


@st.composite
def _raw(draw: st.DrawFn, front_matter: bool | None) -> str:
    body = draw(_body())
    with_front = draw(st.booleans()) if front_matter is None else front_matter
    if not with_front:
        return body
    outlet = draw(st.sampled_from(OUTLETS))
    published = draw(st.none() | days)
    return _front_matter(outlet, published) + body


def article_texts(*, front_matter: bool | None = None) -> st.SearchStrategy[str]:
    """Raw article files: realistic news sentences with figures, time expressions and
    attribution, sometimes a zero fact or a line of page debris.

    Args:
        front_matter: True to always start with a ``url:`` / ``outlet:`` /
            ``published:`` block ending with ``---``, False never, None either.

    >>> from hypothesis import find
    >>> text = find(article_texts(front_matter=True), lambda t: "unknown" in t,
    ...             settings=REPRODUCIBLE)
    >>> print(text.split("---")[0].strip())
    url: https://atlanticwire.example/news/story
    outlet: Atlantic Wire
    published: unknown
    """
    return _raw(front_matter)


@st.composite
def _article(draw: st.DrawFn) -> Article:
    return Article(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        text=draw(_body()),
        outlet=draw(st.none() | st.sampled_from(OUTLETS)),
        published=draw(st.none() | days),
    )


def articles() -> st.SearchStrategy[Article]:
    """Valid :class:`~discrepancy.Article` models with synthetic news text, an outlet or
    none, and a publication date between 2000 and 2035 or none.

    >>> from datetime import date
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, database=None)
    ... @given(articles())
    ... def check(article):
    ...     assert article.published is None or date(2000, 1, 1) <= article.published
    ...     assert article.text.strip()
    >>> check()
    """
    return _article()


# --------------------------------------------------------------------------- facts


@st.composite
def _fact_in(draw: st.DrawFn, offset: int) -> tuple[str, Fact]:
    case = draw(phrase_cases())
    noun, verb = draw(st.sampled_from(_EVENTS))
    lead = draw(st.sampled_from(("Officials said ", "Police said ", "")))
    sentence = f"{lead}{case.phrase} {verb}."
    start = offset + len(lead)
    quantity = quantity_at(case, start)
    window = draw(st.none() | time_windows())
    basis = TimeBasis.NONE if window is None else draw(st.sampled_from(tuple(TimeBasis)[:3]))
    source = draw(st.none() | st.sampled_from(("police", "officials", "Zelensky")))
    via = draw(st.none() | st.sampled_from(OUTLETS)) if source else None
    place = draw(st.none() | st.sampled_from(("Kyiv", "Ukraine", "Lisbon", "Opole province")))
    fact = Fact(
        span=quantity.span,
        surface=quantity.surface,
        sentence_span=(offset, offset + len(sentence)),
        quantity=quantity,
        subject=draw(st.none() | st.just(noun.rstrip("s"))),
        event=draw(st.none() | st.just(verb.split()[-1])),
        actor=draw(st.none() | st.sampled_from(("police", "Russia"))),
        location=place,
        location_basis=(
            LocationBasis.NONE
            if place is None
            else draw(st.sampled_from((LocationBasis.STATED, LocationBasis.CONTEXT)))
        ),
        time=window,
        time_basis=basis,
        attribution=Attribution(source=source, via=via) if source else None,
    )
    return sentence, fact


def facts() -> st.SearchStrategy[Fact]:
    """Valid :class:`~discrepancy.Fact` models: a hedged figure with a subject, an event,
    a time window, a location and an attribution, each sometimes missing.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, database=None)
    ... @given(facts())
    ... def check(fact):
    ...     assert fact.span[1] - fact.span[0] == len(fact.surface)
    ...     assert fact.sentence_span[0] <= fact.span[0] <= fact.span[1] <= fact.sentence_span[1]
    >>> check()
    """
    return _fact_in(0).map(lambda pair: pair[1])


@st.composite
def _extraction(draw: st.DrawFn, max_facts: int) -> Extraction:
    count = draw(st.integers(0, max_facts))
    sentences: list[str] = []
    found: list[Fact] = []
    offset = 0
    for _ in range(count):
        sentence, fact = draw(_fact_in(offset))
        sentences.append(sentence)
        found.append(fact)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    article = Article(
        id=draw(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True)),
        text=text,
        published=draw(st.none() | days),
    )
    return Extraction(article=article, facts=tuple(found))


def extractions(*, max_facts: int = 5) -> st.SearchStrategy[Extraction]:
    """Valid :class:`~discrepancy.Extraction` models whose facts' spans index their
    article's text (``text[start:end] == surface``), in text order.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, derandomize=True, database=None)
    ... @given(extractions())
    ... def check(ex):
    ...     assert all(ex.article.text[slice(*f.span)] == f.surface for f in ex.facts)
    >>> check()
    """
    return _extraction(max_facts)
