"""Find copies of one story (a wire story republished), at any number of copies.

Two articles are copies when most of the word 5-grams ("shingles") of the shorter one
are also in the longer one (``containment >= Policy.copy_similarity``). Testing every
pair would be quadratic, so candidate pairs come from three linear passes, and only
candidates are tested:

1. **identical shingle sets** (verbatim copies, whatever their number) are grouped by
   a hash of the set, and only the first of each set goes on;
2. **MinHash with locality-sensitive hashing**: each article gets a 30-value MinHash
   signature (one-permutation hashing: every shingle is hashed once, the hash picks
   a bin and the bin keeps its minimum), cut into 10 bands of 3 values; articles
   with an identical band are candidates. Articles that share most of their
   shingles share a band with high probability (0.97 at a Jaccard similarity of
   2/3), articles that share one quote almost never do;
3. **containment sample**: each article looks up its 8 lowest shingle hashes (a
   fixed random sample of its shingles) in an inverted index of every article's
   shingles; an article holding most of the sample is tested. This finds a short
   copy inside a long page (high containment, low Jaccard similarity) that the
   signatures miss; a shingle held by more than 50 articles is not looked up.

Within the articles that share a band, each article is tested
against the group's first members only, never against all of them: copies are joined
with a union-find, so one successful test per article is enough. Work therefore
grows with the number of articles, not with the number of copies or of articles
quoting the same remark.

>>> from discrepancy import Article, Extraction, Policy
>>> story = "The storm cut power to 40,000 homes across the region overnight, officials said."
>>> items = [Extraction(article=Article(id=i, text=t), facts=())
...          for i, t in [("a", story), ("b", "By Staff. " + story), ("c", "Rain fell.")]]
>>> [(g.article_ids, g.similarity) for g in find_copies(items, Policy())]
[(('a', 'b'), 1.0)]
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from ..models import CopyGroup, Extraction, Policy
from .grouping import UnionFind

__all__ = ["containment", "find_copies", "shingles"]

_WORD = re.compile(r"\w+")
# A shingle shared by more articles than this is left to the signatures (a common
# quote or template line, or a story with many copies).
_RARE_SHINGLE = 50
# How many of an article's shingles (the lowest hashes) sample its containment.
_SAMPLE = 8
# MinHash signature: _BANDS bands of _ROWS values.
_BANDS, _ROWS = 10, 3
_BINS = _BANDS * _ROWS
# How many members of a candidate group an article is tested against before giving up.
_LEADERS = 4


def shingles(text: str) -> set[tuple[str, ...]]:
    """Word 5-grams; long texts keep those starting at a fixed quarter of the words.

    The sample depends only on the words (CRC32, not Python's per-process salted
    hash), so two copies of a story keep the same 5-grams in every run.

    >>> sorted(shingles("One two three four five six"))
    [('one', 'two', 'three', 'four', 'five'), ('two', 'three', 'four', 'five', 'six')]
    """
    w = _WORD.findall(text.lower())
    if len(w) < 200:
        return set(zip(w, w[1:], w[2:], w[3:], w[4:], strict=False))
    keep = {word: zlib.crc32(word.encode("utf-8")) & 3 == 0 for word in set(w)}
    return {tuple(w[i : i + 5]) for i in range(len(w) - 4) if keep[w[i]]}


def find_copies(extractions: Sequence[Extraction], policy: Policy) -> list[CopyGroup]:
    """Groups of articles whose shingles mostly coincide.

    Args:
        extractions: the articles, in the order their ids should be listed.
        policy: its ``copy_similarity`` is the share of the shorter article's
            shingles that must be in the longer one.

    Returns:
        One :class:`CopyGroup` per group of two or more copies, in the order of their
        first member; ``similarity`` is the lowest, over the members, of each
        member's best containment with another member.
    """
    pairs = _Pairs([shingles(e.article.text) for e in extractions], policy.copy_similarity)
    distinct = pairs.join_identical()
    hashes = {
        i: [zlib.crc32("\x1f".join(s).encode("utf-8")) for s in pairs.sets[i]] for i in distinct
    }
    _join_bands(distinct, hashes, pairs)
    _join_contained(distinct, hashes, pairs)
    return [
        CopyGroup(
            article_ids=tuple(extractions[i].article.id for i in members),
            similarity=round(min(pairs.score[i] for i in members), 3),
        )
        for members in pairs.uf.groups()
        if len(members) > 1
    ]


class _Pairs:
    """The articles' shingle sets, the copies joined so far, and each one's best share."""

    def __init__(self, sets: list[set[tuple[str, ...]]], threshold: float) -> None:
        self.sets = sets
        self.threshold = threshold
        self.uf = UnionFind(len(sets))
        self.score = [0.0] * len(sets)

    def test(self, i: int, j: int) -> bool:
        """Join articles ``i`` and ``j`` when one is contained in the other enough."""
        share = containment(self.sets[i], self.sets[j])
        if share < self.threshold:
            return False
        self.uf.union(i, j)
        self.score[i], self.score[j] = max(self.score[i], share), max(self.score[j], share)
        return True

    def join_identical(self) -> list[int]:
        """Join articles with identical shingle sets; one representative of each goes on.

        Returns:
            The representatives, in order (articles with no shingles left out).
        """
        first: dict[frozenset[tuple[str, ...]], int] = {}
        distinct: list[int] = []
        for i, s in enumerate(self.sets):
            if not s:
                continue
            key = frozenset(s)
            j = first.setdefault(key, i)
            if j == i:
                distinct.append(i)
            else:
                self.uf.union(j, i)
                self.score[i] = self.score[j] = 1.0
        return distinct


def _join_bands(distinct: list[int], hashes: dict[int, list[int]], pairs: _Pairs) -> None:
    """MinHash bands: articles sharing a band are tested against its first members."""
    bands: defaultdict[tuple[int, ...], list[int]] = defaultdict(list)
    for i in distinct:
        for band, values in enumerate(_bands(hashes[i])):
            bands[band, *values].append(i)
    for members in bands.values():
        if len(members) > 1:
            _join(members, pairs.uf, pairs.test)


def _join_contained(distinct: list[int], hashes: dict[int, list[int]], pairs: _Pairs) -> None:
    """Containment: an article's few lowest shingle hashes, looked up in the others."""
    holders: defaultdict[int, list[int]] = defaultdict(list)
    for i in distinct:
        for h in set(hashes[i]):
            holders[h].append(i)
    for i in distinct:
        found: Counter[int] = Counter()
        sample = heapq.nsmallest(_SAMPLE, set(hashes[i]))
        for h in sample:
            if len(holders[h]) <= _RARE_SHINGLE:
                found.update(holders[h])
        need = pairs.threshold * len(sample)
        for j, n in sorted(found.items()):
            if j != i and n >= need and pairs.uf.find(i) != pairs.uf.find(j):
                pairs.test(i, j)


def containment(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """The share of the smaller set's shingles that are in the larger (0 if it is empty).

    >>> containment({("a",), ("b",)}, {("a",), ("c",), ("d",)})
    0.5
    """
    if len(a) > len(b):
        a, b = b, a
    return len(a & b) / len(a) if a else 0.0


def _join(members: list[int], uf: UnionFind, test: Callable[[int, int], bool]) -> None:
    """Join each member with a copy among the group's first members ("leaders")."""
    leaders = [members[0]]
    for i in members[1:]:
        root = uf.find(i)
        if any(uf.find(j) == root for j in leaders):
            continue
        if not any(test(j, i) for j in leaders) and len(leaders) < _LEADERS:
            leaders.append(i)


def _bands(hashes: list[int]) -> list[tuple[int, int, int]]:
    """The article's MinHash signature, cut into bands (one-permutation hashing)."""
    sig = [-1] * _BINS
    for h in hashes:
        b, v = h % _BINS, h // _BINS
        if sig[b] < 0 or v < sig[b]:
            sig[b] = v
    # An empty bin borrows the next filled one, so short texts still get full bands.
    filled = [v for v in sig if v >= 0]
    if not filled:
        return []
    for b in range(_BINS):
        k = b
        while sig[k % _BINS] < 0:
            k += 1
        sig[b] = sig[k % _BINS] if sig[b] < 0 else sig[b]
    return [(sig[r * _ROWS], sig[r * _ROWS + 1], sig[r * _ROWS + 2]) for r in range(_BANDS)]
