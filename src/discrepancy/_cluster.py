"""Group a news day's articles into events, so that :func:`compare` runs per event.

Each article is described by a handful of features:

* ``e:<name>``: capitalised names (people, places, organisations) in its text,
  case-folded, possessive dropped, spellings of one entity made one through
  ``aliases`` and the shipped gazetteer (Kiev -> Kyiv, Russian -> Russia);
* ``f:<subject>:<figure>``: for an extraction, each fact's subject and figure
  ("f:drone:1300"), the strongest sign that two articles tell the same story;
* ``w:<subject>:<window>``: each fact's subject and resolved time window.

Two articles belong to one event when they share at least ``min_shared`` of their
``top_k`` most distinctive features (the rarest across the corpus, ignoring those
so common they say nothing). The test never compares all pairs: every article files
itself under each such combination of ``min_shared`` features, and the articles filed
under one combination are joined with a union-find. Work grows with the number of
articles times a constant, so a day of a hundred thousand articles stays linear.
Publication days gate the joins: articles published more than ``max_days`` apart
are not joined directly.

>>> import discrepancy
>>> texts = {
...     "a": "Mayor Anna Kowalczyk opened the Wisła bridge in Kraków on Monday.",
...     "b": "In Kraków, Kowalczyk said the Wisła bridge cost 40 million zloty.",
...     "c": "Arsenal beat Chelsea 2-1 at the Emirates on Sunday.",
... }
>>> arts = [discrepancy.Article(id=k, text=v) for k, v in texts.items()]
>>> discrepancy.cluster(arts)
[['a', 'b'], ['c']]
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

import regex

from ._exceptions import InputError, InputTypeError
from ._grouping import UnionFind
from ._models import Article, Extraction
from ._text import require_items

__all__ = ["cluster"]

# A capitalised word, optionally with inner apostrophes or hyphens ("O'Neill",
# "Jean-Luc"), and the possessive ending it may carry ("Russia's").
_NAME = regex.compile(
    r"""
    (?<![\p{L}\p{N}])               # start of a word
    (?P<name>\p{Lu}\p{Ll}\p{L}{0,30}+  # capital then lower case (McDonald), not NATO
      (?:['’-](?!s(?!\p{L}))         # O'Neill, Jean-Luc, but not a possessive 's
         \p{L}{1,30}+){0,3}+)
    (?:['’]s)?+                     # possessive, dropped
    (?![\p{L}\p{N}])                # end of the word
    """,
    regex.VERBOSE,
)

# Acronyms and codes ("NATO", "UN", "F-16") name things as surely as names do.
_ACRONYM = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?P<name>\p{Lu}{2,10}+(?:-\p{N}{1,4}+)?+)
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)

# Where a sentence or a line starts, a capital says nothing about the word.
_SENTENCE_START = regex.compile(r"""(?:^|[.!?:;"“”‘'(\[]\s{0,4}+|\n)\s{0,4}+$""")

_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}{2,40}+(?![\p{L}\p{N}])")

# Words capitalised for reasons other than naming: calendar words are handled by the
# time features, function words only start sentences and headlines. Kept inline, not as
# package data: it is a fixed property of English capitalisation, not a user vocabulary.
_STOP = frozenset(
    """
    a about after all also an and another any are as at be because been before being
    but by can could did do does during each earlier even every few for from had has
    have he her here his how however i if in into is it its just last later latest
    many may meanwhile more most much my new next no not now of on once one only or
    other our over per read said says see several she should since so some such than
    that the their them then there these they this those though through to today
    tomorrow too under until up updated us was we were what when where whether which
    while who whom why will with would yesterday yet you your
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr sir
    """.split()  # noqa: SIM905 - one word list reads better than 150 quoted strings
)


# A feature in more articles than this (or than max_df of them, if more) is too
# common to tell stories apart: first names, outlets, "Council". Twenty keeps the
# stories of a small corpus apart and still lets twenty outlets share a name.
_COMMON_FLOOR = 20.0


@dataclass(frozen=True, slots=True)
class _Doc:
    id: str
    day: date | None
    features: frozenset[str]


def cluster(
    articles: Iterable[Article | Extraction],
    *,
    min_shared: int = 2,
    top_k: int = 12,
    max_days: int = 2,
    max_df: float = 0.05,
    anchors: int | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """Group articles that tell the same story, for :func:`compare` to run per group.

    Args:
        articles: the day's articles, or their extractions (which add the figures'
            subjects and windows to the names, and link far better).
        min_shared: how many distinctive features two articles must share to be
            joined directly (at least 1).
        top_k: how many of an article's rarest features take part (at least
            ``min_shared``); the cost per article is ``C(top_k, min_shared)``.
        max_days: articles published further apart than this are not joined
            directly (articles with no known day may join any).
        max_df: features found in more than this share of the articles (and in more
            than 20 of them) are too common to say anything and are ignored.
        anchors: when set, every combination an article is filed under includes
            one of its ``anchors`` rarest features, which cuts the work per article
            to about ``anchors * C(top_k, min_shared - 1)`` but can miss a link when
            two articles' rarest features differ; None (the default) files every
            combination of the ``top_k``.
        aliases: more spellings to treat as one name, lower case, on top of the
            shipped gazetteer ({"mykolaiv": "nikolaev"}).

    Returns:
        A partition of the article ids: every id in exactly one group, ids sorted in a
        group, the largest groups first (ties by first id). The result does not depend
        on the order of the input.

    Raises:
        InputError: an item is not an Article or Extraction, two share an id, or an
            option is out of range.

    >>> import discrepancy
    >>> arts = [discrepancy.Article(id=str(n), text=t) for n, t in enumerate([
    ...     "Storm Ciarán hit Cornwall and Devon overnight.",
    ...     "Ciarán brought 100 mph gusts to Cornwall, the Met Office said.",
    ...     "The Bundestag passed the budget in Berlin."])]
    >>> discrepancy.cluster(arts)
    [['0', '1'], ['2']]
    """
    options = validate_options(min_shared=min_shared, top_k=top_k, max_days=max_days, max_df=max_df)
    items = require_items(articles, "cluster", "Article or Extraction items")
    docs = [article_doc(item, aliases or {}) for item in items]
    return cluster_docs(docs, **options)


class _Options(TypedDict):
    min_shared: int
    top_k: int
    max_days: int
    max_df: float
    anchors: int | None


def validate_options(
    *,
    min_shared: int = 2,
    top_k: int = 12,
    max_days: int = 2,
    max_df: float = 0.05,
    anchors: int | None = None,
) -> _Options:
    """Check :func:`cluster`'s tuning options; the defaults live here."""
    if (
        min_shared < 1
        or top_k < min_shared
        or max_days < 0
        or not 0 < max_df <= 1
        or (anchors is not None and not 1 <= anchors <= top_k)
    ):
        raise InputError(
            "cluster() needs min_shared >= 1, top_k >= min_shared, max_days >= 0, "
            "0 < max_df <= 1 and 1 <= anchors <= top_k (or None); got "
            f"{min_shared=}, {top_k=}, {max_days=}, {max_df=}, {anchors=}"
        )
    return _Options(
        min_shared=min_shared, top_k=top_k, max_days=max_days, max_df=max_df, anchors=anchors
    )


def article_doc(item: Article | Extraction, aliases: Mapping[str, str]) -> _Doc:
    if isinstance(item, Extraction):
        article, facts = item.article, item.facts
    elif isinstance(item, Article):
        article, facts = item, ()
    else:
        raise InputTypeError(
            f"cluster() takes Article or Extraction items, not {type(item).__name__}"
        )
    feats = set(name_features(article.text, aliases))
    for f in facts:
        if f.subject is None:
            continue
        feats.add(f"f:{f.subject}:{f.quantity.nominal:g}")
        if f.time is not None and f.time.resolved:
            feats.add(f"w:{f.subject}:{f.time.key()}")
    return _Doc(article.id, article.published_day, frozenset(feats))


def name_features(text: str, aliases: Mapping[str, str] | None = None) -> set[str]:
    """The name features of a text: its capitalised names and acronyms.

    Any word is capitalised at the start of a sentence or a line ("Police said",
    "Dozens of"), so a word seen capitalised only there is a weaker ``i:<name>``
    feature, dropped when the text also uses it in lower case; :func:`cluster`
    keeps it only if some article of the corpus uses it mid-sentence (``e:``).

    >>> sorted(name_features("The UN said Kyiv was hit. Kiev's mayor spoke to Ukrainian TV."))
    ['e:kyiv', 'e:tv', 'e:ukraine', 'e:un']
    >>> sorted(name_features("There was shelling in Kharkov.", {"kharkov": "kharkiv"}))
    ['e:kharkiv']
    >>> sorted(name_features("Police said the police station in Leeds was shut."))
    ['e:leeds']
    >>> sorted(name_features("Dozens were hurt. Leeds said: Dozens."))
    ['i:dozens', 'i:leeds']
    """
    table = aliases or {}
    from ._vocab import Vocabulary

    vocab = Vocabulary.default()
    inner: set[str] = set()
    initial: set[str] = set()
    for m in _NAME.finditer(text):
        word = m.group("name").casefold()
        if word in _STOP:
            continue
        at_start = _SENTENCE_START.search(text, max(0, m.start() - 6), m.start())
        (initial if at_start else inner).add(word)
    initial -= inner
    if initial:
        initial -= set(_LOWER_WORD.findall(text))
    for m in _ACRONYM.finditer(text):
        inner.add(m.group("name").casefold())
    out: set[str] = set()
    for prefix, words in (("e:", inner), ("i:", initial)):
        for word in words:
            canon = table.get(word) or vocab.canonical_entity(word) or vocab.adjective_entity(word)
            out.add(prefix + (word if canon is None else canon.casefold()))
    return {f for f in out if not (f.startswith("i:") and "e:" + f[2:] in out)}


def cluster_docs(
    docs: Sequence[_Doc],
    *,
    min_shared: int = 2,
    top_k: int = 12,
    max_days: int = 2,
    max_df: float = 0.05,
    anchors: int | None = None,
) -> list[list[str]]:
    """The union-find core of :func:`cluster`, over precomputed features."""
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        dupes = sorted(k for k, n in Counter(ids).items() if n > 1)[:5]
        raise InputError(f"cluster() needs unique article ids; repeated: {dupes}")
    named = {f for d in docs for f in d.features if f.startswith("e:")}
    docs = [_resolved(d, named) for d in docs]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.features)
    common = max(_COMMON_FLOOR, max_df * len(docs))
    # Positions follow id order so the partition never depends on the input order.
    docs = sorted(docs, key=lambda d: d.id)
    sets = UnionFind(len(docs))
    buckets: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        useful = sorted((f for f in d.features if 1 < df[f] <= common), key=lambda f: (df[f], f))
        for combo in _combos(useful[:top_k], anchors or top_k, min_shared):
            buckets[combo].append(i)
    for members in buckets.values():
        if len(members) > 1:
            for run in _runs(members, docs, max_days):
                for a, b in itertools.pairwise(run):
                    sets.union(a, b)
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for i, d in enumerate(docs):
        groups[sets.find(i)].append(d.id)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _combos(useful: list[str], anchors: int, size: int) -> set[tuple[str, ...]]:
    """The keys an article is filed under: ``size`` of its useful features, one of
    them among its ``anchors`` rarest."""
    keys: set[tuple[str, ...]] = set()
    for n, anchor in enumerate(useful[:anchors]):
        rest = useful[:n] + useful[n + 1 :]
        for others in itertools.combinations(rest, size - 1):
            keys.add(tuple(sorted((anchor, *others))))
    return keys


def _resolved(doc: _Doc, named: set[str]) -> _Doc:
    """``doc`` with each sentence-initial ``i:`` name kept as ``e:`` only if some
    article of the corpus uses it mid-sentence, and dropped otherwise."""
    if not any(f.startswith("i:") for f in doc.features):
        return doc
    feats = {f for f in doc.features if not f.startswith("i:")}
    feats.update(e for f in doc.features if f.startswith("i:") and (e := "e:" + f[2:]) in named)
    return _Doc(doc.id, doc.day, frozenset(feats))


def _runs(members: list[int], docs: Sequence[_Doc], max_days: int) -> list[list[int]]:
    """Split one bucket into runs of articles published close together.

    Articles with no known day join the largest run (the earliest on a tie) rather
    than all of them, so one undated article cannot bridge two distant days.
    """
    runs: list[list[int]] = []
    last: date | None = None
    undated: list[int] = []
    for i in sorted(members, key=lambda i: (docs[i].day or date.min, i)):
        day = docs[i].day
        if day is None:
            undated.append(i)
        elif last is not None and (day - last).days <= max_days:
            runs[-1].append(i)
            last = day
        else:
            runs.append([i])
            last = day
    if not runs:
        return [undated]
    biggest = max(range(len(runs)), key=lambda r: (len(runs[r]), -r))
    runs[biggest].extend(undated)
    return runs
