"""Group a news day's articles into events, so that :func:`compare` runs per event.

Each article becomes a TF-IDF vector over what tells one story from another
(the text's features are read by :mod:`discrepancy.comparison.features`):

* ``e:<name>``: capitalised names (people, places, organisations) and acronyms,
  case-folded, possessive dropped, spellings of one entity made one through
  ``aliases`` and the shipped gazetteer (Kiev -> Kyiv, Russian -> Russia);
* ``c:<word>``: the content words written in lower case (function words dropped,
  a plural ``s`` folded), what the story is about (crash, runway, survivor);
* ``n:<number>``: the numbers written in digits (242, 1300, 2023);
* ``f:<subject>:<figure>`` and ``t:<subject>:<window>``: for an extraction, each fact's
  subject with its figure and with its resolved time window.

A feature weighs ``(1 + log tf) * idf`` (the inverse document frequency over the
corpus), names and figures twice as much as words; each vector keeps its strongest
features and is scaled to length 1, so two articles' similarity is the cosine of
their vectors. Articles are joined when their cosine reaches ``threshold``:

* two dated articles only when published at most ``max_days`` apart (time is a
  constraint: two earthquakes a year apart are two events however alike);
* an undated article only to its single most similar article, so it is placed
  by similarity and can never bridge two events.

Pairs are never all compared: an inverted index pairs the articles that share a
feature, and a feature held by many articles pairs each holder with only a few
others (in an order fixed by a hash of the ids), which is enough to connect an event
and keeps the work linear in the number of articles.

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
import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from .._exceptions import InputError, InputTypeError
from ..models import Article, Extraction
from ..text.gate import require_items
from .features import text_features
from .grouping import UnionFind

__all__ = ["cluster"]

# How much each kind of feature counts, against a content word: a name or a figure
# says more about which story an article tells than a word does.
_KIND_WEIGHT = {"e": 3.0, "f": 2.0, "t": 1.0, "n": 1.0, "c": 1.0}
# Each vector keeps its strongest features: enough to tell stories apart, few enough
# that a pair costs a constant.
_VECTOR_SIZE = 64
# A feature held by more articles than this pairs each holder with only the next
# _NEIGHBOURS holders (in a hashed order) instead of with all of them.
_ALL_PAIRS = 48
_UNIQUE = 0.1
_NEIGHBOURS = 8


@dataclass(frozen=True, slots=True)
class _Doc:
    id: str
    day: date | None
    features: Mapping[str, int]


class _Options(TypedDict):
    threshold: float
    max_days: int


def cluster(
    articles: Iterable[Article | Extraction],
    *,
    threshold: float = 0.2,
    max_days: int = 3,
    aliases: Mapping[str, str] | None = None,
) -> list[list[str]]:
    """Group articles that tell the same story, for :func:`compare` to run per group.

    Args:
        articles: the day's articles, or their extractions (which add the figures'
            subjects and windows to the features, and link better).
        threshold: the cosine similarity (0 to 1) of TF-IDF vectors at which two
            articles are joined; lower joins more.
        max_days: dated articles published further apart than this are not joined
            (an undated article joins its most similar article, whatever its day).
        aliases: more spellings to treat as one name, lower case, on top of the
            shipped gazetteer ({"mykolaiv": "nikolaev"}).

    Returns:
        A partition of the article ids: every id in exactly one group, ids sorted in a
        group, the largest groups first (ties by first id). The result does not depend
        on the order of the input.

    Raises:
        InputTypeError: an item is not an Article or Extraction.
        InputError: two items share an id, or an option is out of range.

    >>> import discrepancy
    >>> arts = [discrepancy.Article(id=str(n), text=t) for n, t in enumerate([
    ...     "Storm Ciarán hit Cornwall and Devon overnight.",
    ...     "Ciarán brought 100 mph gusts to Cornwall, the Met Office said.",
    ...     "The Bundestag passed the budget in Berlin."])]
    >>> discrepancy.cluster(arts)
    [['0', '1'], ['2']]
    """
    options = validate_options(threshold=threshold, max_days=max_days)
    items = require_items(articles, "cluster", "Article or Extraction items")
    docs = [article_doc(item, aliases or {}) for item in items]
    return cluster_docs(docs, **options)


def validate_options(*, threshold: float = 0.2, max_days: int = 3) -> _Options:
    """Check :func:`cluster`'s tuning options; the defaults live here."""
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not 0 < threshold <= 1
        or isinstance(max_days, bool)
        or not isinstance(max_days, int)
        or max_days < 0
    ):
        raise InputError(
            f"cluster() needs 0 < threshold <= 1 and an integer max_days >= 0; got "
            f"{threshold=}, {max_days=}"
        )
    return _Options(threshold=float(threshold), max_days=max_days)


def article_doc(item: Article | Extraction, aliases: Mapping[str, str]) -> _Doc:
    """An article's features with their counts, and its publication day."""
    if isinstance(item, Extraction):
        article, facts = item.article, item.facts
    elif isinstance(item, Article):
        article, facts = item, ()
    else:
        raise InputTypeError(
            f"cluster() takes Article or Extraction items, not {type(item).__name__}"
        )
    feats = text_features(article.text, aliases)
    for f in facts:
        if f.subject is None:
            continue
        feats[f"f:{f.subject}:{f.quantity.nominal:g}"] += 1
        if f.time is not None and f.time.resolved:
            feats[f"t:{f.subject}:{f.time.key()}"] += 1
    return _Doc(article.id, article.published_day, feats)


def cluster_docs(
    docs: Sequence[_Doc], *, threshold: float = 0.2, max_days: int = 3
) -> list[list[str]]:
    """The core of :func:`cluster`, over precomputed features."""
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        dupes = sorted(k for k, n in Counter(ids).items() if n > 1)[:5]
        raise InputError(f"cluster() needs unique article ids; repeated: {dupes}")
    named = {f for d in docs for f in d.features if f.startswith("e:")}
    # Positions follow id order so the partition never depends on the input order.
    docs = sorted((_resolved(d, named) for d in docs), key=lambda d: d.id)
    vectors = _vectors(docs)
    sets = UnionFind(len(docs))
    # Each group's first and last publication day (None while it has no dated article).
    days: list[tuple[date, date] | None] = [None if d.day is None else (d.day, d.day) for d in docs]
    pairs = _similar_pairs(vectors, threshold)
    # One text twice is one story, names or not.
    first: dict[frozenset[tuple[str, int]], int] = {}
    for i, d in enumerate(docs):
        if d.features:
            j = first.setdefault(frozenset(d.features.items()), i)
            if j != i:
                pairs[j, i] = 1.0
    # Each group's summed vector and its squared length: two groups join only when
    # their centroids are alike too, so a chain of pairwise likenesses (A like B, B
    # like C) cannot pull two stories into one.
    # A group's vector is the sum of its articles' vectors, with its squared length
    # kept up to date.
    sums: dict[int, dict[str, float]] = {}
    lengths: dict[int, float] = {}
    own = [sum(w * w for w in vec.values()) for vec in vectors]
    # The most similar pairs join first, so an undated article joins the story it is
    # closest to, and then cannot bridge it with a story of other days.
    for (i, j), _ in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        a, b = sets.find(i), sets.find(j)
        if a == b:
            continue
        da, db = days[a], days[b]
        if da is not None and db is not None:
            if max((db[0] - da[1]).days, (da[0] - db[1]).days) > max_days:
                continue
            merged: tuple[date, date] | None = (min(da[0], db[0]), max(da[1], db[1]))
        else:
            merged = da or db
        va, vb = sums.get(a, vectors[a]), sums.get(b, vectors[b])
        small, large = (va, vb) if len(va) <= len(vb) else (vb, va)
        dot = sum([small[f] * large[f] for f in small.keys() & large.keys()])
        la, lb = lengths.get(a, own[a]), lengths.get(b, own[b])
        if not dot or dot < threshold * math.sqrt(la * lb):
            continue
        # The larger sum takes the smaller in place (a copy if it is still an
        # article's own vector), so a story of n articles costs n merges, not n².
        total = large if (large is sums.get(a) or large is sums.get(b)) else dict(large)
        for f, w in small.items():
            total[f] = total.get(f, 0.0) + w
        sets.union(a, b)
        root = sets.find(a)
        sums.pop(a, None)
        sums.pop(b, None)
        lengths.pop(a, None)
        lengths.pop(b, None)
        sums[root] = total
        lengths[root] = la + lb + 2 * dot
        days[root] = merged
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for i, d in enumerate(docs):
        groups[sets.find(i)].append(d.id)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _vectors(docs: Sequence[_Doc]) -> list[dict[str, float]]:
    """Each article's strongest TF-IDF features, scaled to length 1."""
    df: Counter[str] = Counter()
    for d in docs:
        df.update(d.features.keys())
    n = len(docs)
    out = []
    for d in docs:
        weights = {
            f: (1.0 + math.log(tf)) * (math.log((1 + n) / (1 + df[f])) + 1.0) * _KIND_WEIGHT[f[0]]
            for f, tf in d.features.items()
        }
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
        shared = [(f, w) for f, w in ranked if df[f] > 1][:_VECTOR_SIZE]
        # A feature no other article has cannot pair, but it still makes this article
        # less like the others: it counts in the length, at a discount (in a small
        # corpus most words are unique to one article and would drown what is shared).
        unique = [w for f, w in ranked if df[f] == 1][:_VECTOR_SIZE]
        norm = math.sqrt(sum(w * w for _, w in shared) + _UNIQUE * sum(w * w for w in unique))
        out.append({f: w / (norm or 1.0) for f, w in shared})
    return out


def _similar_pairs(
    vectors: Sequence[dict[str, float]], threshold: float
) -> dict[tuple[int, int], float]:
    """The pairs ``(i, j)``, ``i < j``, whose cosine reaches ``threshold``."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for f in vec:
            # Only a shared name or figure makes two articles candidates: words add to
            # the likeness, but two stories told in the same words are still two.
            if f[0] != "c":
                index[f].append(i)
    candidates: set[tuple[int, int]] = set()
    for f, holders in index.items():
        if len(holders) < 2:
            continue
        if len(holders) <= _ALL_PAIRS:
            # Holders are in increasing order, so each pair comes as (i, j), i < j.
            candidates.update(itertools.combinations(holders, 2))
            continue
        # In a hashed order, sorted back within each pair.
        order = sorted(holders, key=lambda i: (zlib.crc32(f"{f}\0{i}".encode()), i))
        for step in range(1, _NEIGHBOURS + 1):
            ahead = order[step:]
            candidates.update(zip(map(min, order, ahead), map(max, order, ahead), strict=False))
    out: dict[tuple[int, int], float] = {}
    keys = [vec.keys() for vec in vectors]
    for i, j in candidates:
        a, b = vectors[i], vectors[j]
        # The shared features by a set intersection (in C), then a few products.
        sim = sum([a[f] * b[f] for f in keys[i] & keys[j]])
        if sim >= threshold:
            out[i, j] = sim
    return out


def _resolved(doc: _Doc, named: set[str]) -> _Doc:
    """``doc`` with each sentence-initial ``i:`` name kept as ``e:`` only if some
    article of the corpus uses it mid-sentence, and dropped otherwise."""
    if not any(f.startswith("i:") for f in doc.features):
        return doc
    feats = Counter({f: n for f, n in doc.features.items() if not f.startswith("i:")})
    for f, n in doc.features.items():
        if f.startswith("i:") and (e := "e:" + f[2:]) in named:
            feats[e] += n
    return _Doc(doc.id, doc.day, feats)
