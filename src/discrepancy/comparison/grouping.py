"""Grouping by shared features, without comparing all pairs.

Copies of a wire story, one statement quoted by several outlets and the articles of
one event are all found the same way: file each item under its features (an
inverted index), count how many features each pair of items shares among the
holders of a feature, and join the pairs that share enough. Only items that share
a feature are ever paired, so time follows the number of features, not the square
of the number of items.

>>> pairs = shared_features([{"a", "b"}, {"a", "b", "c"}, {"z"}])
>>> dict(pairs)
{(0, 1): 2}
>>> uf = UnionFind(3)
>>> uf.union(0, 1)
>>> uf.groups()
[[0, 1], [2]]
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence

__all__ = ["UnionFind", "join_sharing", "shared_features"]

# A feature held by more items than this is not paired holder by holder (see
# join_sharing): its holders are joined through combinations of such features.
_MANY_HOLDERS = 32


class UnionFind:
    """Disjoint sets over 0..n-1; the smaller index always becomes the root."""

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving keeps trees shallow
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        """Every set, each in increasing order, ordered by its smallest member."""
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


def shared_features(
    features: Sequence[Iterable[Hashable]], *, max_holders: int | None = None
) -> Counter[tuple[int, int]]:
    """How many features each pair of items ``(i, j)``, ``i < j``, has in common.

    Args:
        features: each item's features.
        max_holders: a feature held by more items than this is treated as template
            text (boilerplate shared by everything) and counts for no pair.
    """
    index: dict[Hashable, list[int]] = defaultdict(list)
    for i, feats in enumerate(features):
        for f in feats:
            index[f].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for holders in index.values():
        if len(holders) < 2 or (max_holders is not None and len(holders) > max_holders):
            continue
        for x in range(len(holders)):
            for y in range(x + 1, len(holders)):
                shared[holders[x], holders[y]] += 1
    return shared


def join_sharing(features: Sequence[Iterable[Hashable]], at_least: int) -> UnionFind:
    """Join every two items that share at least ``at_least`` features, in linear time.

    The result is that of joining each pair :func:`shared_features` counts at
    ``at_least`` or more, without counting the pairs of a feature many items hold
    (one quote carried by hundreds of articles), which is quadratic:

    * features held by at most 32 items are counted pair by pair; a pair that shares
      fewer than ``at_least`` of them is checked on its whole feature sets;
    * every item files itself under each combination of ``at_least`` of its widely
      held features, and the items filed under one combination are joined in a
      chain. The cost per item is ``C(widely held features, at_least)``, whatever
      the number of holders.

    >>> uf = join_sharing([{"a", "b"}, {"a", "b", "c"}, {"a", "z"}], at_least=2)
    >>> uf.groups()
    [[0, 1], [2]]
    """
    sets = [frozenset(f) for f in features]
    holders: Counter[Hashable] = Counter(f for s in sets for f in s)
    uf = UnionFind(len(sets))
    rare = [frozenset(f for f in s if holders[f] <= _MANY_HOLDERS) for s in sets]
    for (i, j), n in shared_features(rare).items():
        if n >= at_least or len(sets[i] & sets[j]) >= at_least:
            uf.union(i, j)
    first: dict[tuple[Hashable, ...], int] = {}
    for i, s in enumerate(sets):
        common = sorted((f for f in s if holders[f] > _MANY_HOLDERS), key=repr)
        for combo in itertools.combinations(common, at_least):
            uf.union(first.setdefault(combo, i), i)
    return uf
