"""The features that tell one story from another, for :mod:`discrepancy.comparison.cluster`.

A text's capitalised names and acronyms (``e:<name>``, or ``i:<name>`` when seen
capitalised only where any word is), its content words written in lower case
(``c:<word>``) and its numbers written in digits (``n:<number>``).

Copied or scraped text sometimes writes a Latin word with a Cyrillic or Greek letter
that looks the same ("aпd", "υпdated", "Pуlos"): such mixed-script words are read
with their look-alike letters made Latin, so the copy shares its words and names
with the rest of its story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping

import regex

__all__ = ["latin_lookalikes", "name_features", "text_features"]

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

# A number written in digits, with thousands separators ("1,300", "242").
_NUMBER = regex.compile(r"(?<![\p{L}\p{N}.,])\p{Nd}[\p{Nd},]{0,15}+")

# Where a sentence or a line starts, a capital says nothing about the word.
_SENTENCE_START = regex.compile(r"""(?:^|[.!?:;"“”‘'(\[]\s{0,4}+|\n)\s{0,4}+$""")

# Cyrillic and Greek letters drawn like a Latin letter (after Unicode's confusables,
# restricted to the letters of the two scripts that pass for Latin in running text).
# Kept inline, not as package data: it is a fixed property of the scripts' glyphs, not
# a user vocabulary. Applied only inside a word that also has a Latin letter, so a
# word written wholly in Cyrillic or Greek is left as it is.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕпкмтвнАВЕКМНОРСТХІЈЅУαορυνικτΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsnkmtbhABEKMHOPCTXIJSYaopuviktABEZHIKMNOPTYX",
)
_HAS_LOOKALIKE = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_WORD = regex.compile(r"(?<!\p{L})\p{L}++")
_LATIN = regex.compile(r"\p{Latin}")

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


def text_features(text: str, aliases: Mapping[str, str] | None = None) -> Counter[str]:
    """The features of a text with their counts: names, content words and numbers.

    >>> sorted(text_features("In Leeds, floods hit 1,300 homes and 12 flooded homes.").items())
    ... # doctest: +NORMALIZE_WHITESPACE
    [('c:flood', 1), ('c:flooded', 1), ('c:hit', 1), ('c:home', 2), ('e:leeds', 1),
     ('n:12', 1), ('n:1300', 1)]
    """
    text = latin_lookalikes(text)
    lower = Counter(_LOWER_WORD.findall(text))
    feats: Counter[str] = Counter(dict.fromkeys(_names(text, aliases, lower.keys()), 1))
    for word, n in lower.items():
        if word not in _STOP and len(word) > 2:
            feats["c:" + _singular(word)] += n
    for m in _NUMBER.finditer(text):
        digits = m.group().replace(",", "")
        feats["n:" + (digits.lstrip("0")[:12] or "0")] += 1
    return feats


def _singular(word: str) -> str:
    """Fold a plural ``s`` so "home" and "homes" are one word ("glass" stays)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


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
    text = latin_lookalikes(text)
    return _names(text, aliases, set(_LOWER_WORD.findall(text)))


def latin_lookalikes(text: str) -> str:
    """``text`` with the Cyrillic and Greek look-alike letters of each mixed-script
    word made Latin; words wholly in one script are left as they are.

    >>> latin_lookalikes("Fоur υпdated reports aпd Москва")
    'Four undated reports and Москва'
    """
    if not _HAS_LOOKALIKE.search(text):
        return text
    return _WORD.sub(_fold_word, text)


def _fold_word(m: regex.Match[str]) -> str:
    word = m.group()
    folded = word.translate(_LOOKALIKES)
    if folded == word or not _LATIN.search(word):
        return word
    return folded


def _names(text: str, aliases: Mapping[str, str] | None, lower_words: Collection[str]) -> set[str]:
    """:func:`name_features`, given the words the text writes in lower case."""
    table = aliases or {}
    from ..rules.vocab import Vocabulary

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
        initial = {w for w in initial if w not in lower_words}
    for m in _ACRONYM.finditer(text):
        inner.add(m.group("name").casefold())
    out: set[str] = set()
    for prefix, words in (("e:", inner), ("i:", initial)):
        for word in words:
            canon = table.get(word) or vocab.canonical_entity(word) or vocab.adjective_entity(word)
            out.add(prefix + (word if canon is None else canon.casefold()))
    return {f for f in out if not (f.startswith("i:") and "e:" + f[2:] in out)}
