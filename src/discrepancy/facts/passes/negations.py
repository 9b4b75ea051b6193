"""Tolls stated in words become drafts: zero tolls ("No casualties have been
reported") with value 0, tolls of one ("the sole survivor") with value 1; the figure
inside a zero toll ("None of the 40 passengers") is no toll of its own.
"""

from __future__ import annotations

import functools

import regex

from ...models import Interval, Qualifier, Quantity, QuantityKind
from ...rules.vocab import Vocabulary
from ...text.nounphrase import singular
from ..document import Document
from ..draft import Draft, Reading
from ..lexicon import GROUPED_TOLLS, SUFFERED

__all__ = ["inside_negations", "read_zero_tolls"]


# Every negation pattern starts with one of these words (checked by a test).
_NEGATORS = ("no ", "no-one", "nobody", "none ", "without ")


def inside_negations(doc: Document, reading: Reading) -> None:
    """ "None of the 40 passengers were hurt": the figure inside a zero toll is the
    whole the zero is counted in, not a toll of its own.
    """
    drafts = reading.drafts
    zeros = [d.quantity.span for d in drafts if d.negated]
    if not zeros:
        return
    for d in drafts:
        start = d.quantity.span[0]
        if not d.negated and any(a <= start < b for a, b in zeros):
            d.event = None
            if d.subject in SUFFERED:
                d.subject = "person"


def read_zero_tolls(doc: Document, reading: Reading) -> None:
    """Add a draft of value 0 for each zero toll stated in words, and one of value 1
    for each toll of one ("the sole survivor"), in text order.

    Args:
        doc: the article.
        reading: its drafts get the tolls stated in words and are sorted by position.
    """
    zeros = _zero_tolls(doc)
    denied = {d.quantity.span[0] for d in zeros}
    reading.drafts.extend(zeros)
    reading.drafts.extend(_tolls_of_one(doc))
    reading.drafts.extend(d for d in _none_of_them(doc) if d.quantity.span[0] not in denied)
    reading.drafts.sort(key=lambda d: d.quantity.span)


# "14 ferries were sent, none of which reached the island": a part of zero.
_NONE_OF = regex.compile(r"\b(?P<none>none)\s++of\s++(?:which|whom|them|those|these)\b")


def _none_of_them(doc: Document) -> list[Draft]:
    """ "none of which", "none of them": a part of zero of the figures before it,
    whose subject the subjects pass reads from them as it does for "40 of them"."""
    out: list[Draft] = []
    for m in _NONE_OF.finditer(doc.lowered):
        start, end = m.span("none")
        if doc.debris.at(start) is not None:
            continue
        out.append(Draft(_count(doc, start, end, 0.0, None), doc.sentence_of(start), end))
    return out


def _count(doc: Document, start: int, end: int, value: float, noun: str | None) -> Quantity:
    """A count stated in words, exact, spanning ``start..end``."""
    return Quantity(
        span=(start, end),
        surface=doc.text[start:end],
        nominal=value,
        value=Interval.point(value),
        qualifier=Qualifier.EXACT,
        kind=QuantityKind.COUNT,
        noun=noun,
    )


_NOT_BEFORE = regex.compile(r"\bnot\s++$")


# Tolls whose singular noun a word of uniqueness makes a count of one.
_ONE_TOLLS = GROUPED_TOLLS | {"casualty"}


def _tolls_of_one(doc: Document) -> list[Draft]:
    """ "The sole survivor", "a single fatality", "the lone miraculous survivor": a
    singular toll noun after "the" or "a" and a word of uniqueness (the class
    ``only_one``) counts one; "not a single death" denies, and counts nothing."""
    pattern = _one_pattern(doc.vocab)
    if pattern is None:
        return []
    out: list[Draft] = []
    for m in pattern.finditer(doc.lowered):
        start, end = m.span("words")
        if doc.debris.at(start) is not None or _NOT_BEFORE.search(
            doc.lowered, max(0, m.start() - 8), m.start()
        ):
            continue
        noun = m.group("noun")
        q = _count(doc, start, end, 1.0, noun)
        subject = doc.vocab.subject_for_form(noun)
        out.append(Draft(q, doc.sentence_of(start), end, subject=subject))
    return out


@functools.lru_cache(maxsize=8)
def _one_pattern(vocab: Vocabulary) -> regex.Pattern[str] | None:
    """The phrases of a toll of one, on lower-case text; None when the vocabulary has
    no word of uniqueness or no toll noun listed in the singular and the plural."""
    nouns: set[str] = set()
    for name in _ONE_TOLLS & vocab.subjects.keys():
        forms = {f.lower() for f in vocab.subjects[name].forms}
        # a countable noun: the entry lists its plural too ("survivor", "survivors")
        plural_of = {singular(f, vocab.plurals) for f in forms if singular(f, vocab.plurals) != f}
        nouns |= plural_of & forms
    words = vocab.word_class("only_one")
    if not nouns or not words:
        return None
    adjectives = "|".join(regex.escape(w) for w in sorted(words))
    heads = "|".join(regex.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return regex.compile(
        rf"""\b(?:the|a|an|its|their|his|her)\s++
        (?P<words>(?:{adjectives})\s++(?:[a-z]++\s++)?(?P<noun>{heads}))\b""",
        regex.VERBOSE,
    )


def _zero_tolls(doc: Document) -> list[Draft]:
    out: list[Draft] = []
    lowered = doc.lowered
    starts: set[int] = set()
    for word in _NEGATORS:
        at = lowered.find(word)
        while at >= 0:
            if at == 0 or not lowered[at - 1].isalnum():
                starts.add(at)
            at = lowered.find(word, at + 1)
    taken_until = -1
    for at in sorted(starts):
        if at < taken_until or doc.debris.at(at) is not None:
            continue
        best: tuple[int, str] | None = None
        for pattern, subject in doc.vocab.negation_re:
            m = pattern.match(doc.text, at)
            if m is not None and (best is None or m.end() > best[0]):
                best = (m.end(), subject)
        if best is None:
            continue
        end, subject = best
        taken_until = end
        q = _count(doc, at, end, 0.0, subject)
        out.append(Draft(q, doc.sentence_of(at), end, subject=subject, negated=True))
    return out
