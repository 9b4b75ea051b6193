"""Turn an article into typed facts: what each figure counts, who did it, when,
where, and who said so.

The article is analysed once (:class:`~discrepancy.facts.document.Document`):

1. page debris is found as spans (:mod:`discrepancy.text.debris`); the text is never
   altered, so every span indexes the text as given;
2. every numeric mention is scanned once (:func:`discrepancy.mentions.quantities.scan`)
   and every time expression once (:func:`discrepancy.find_times`); sentence and
   paragraph boundaries are computed once.

Then the passes of :mod:`discrepancy.facts.pipeline` run in order over the drafts
(one per figure): each figure is read inside a bounded window of its own sentence
(the noun it counts, the verb that governs it, the actor before that verb, the
place after it, the time expression of its clause, the speech or report cue that
names its source, and the whole it is a part of: "430 of the drones"); zero tolls
stated in words ("No casualties have been reported") become facts with value 0 and
``negated=True``; every mention that does not become a fact is returned in
``rejected`` with a reason, so nothing is silently dropped.

The words behind every decision are data (:class:`discrepancy.Vocabulary`).

>>> from datetime import date
>>> ex = extract("Russia launched 502 drones and 24 missiles at Ukraine last night, "
...              "according to the Ukrainian air force, which said it was able to "
...              "intercept 430 of the drones.", published=date(2025, 9, 4))
>>> for f in ex.facts:
...     print(f.surface, f.subject, f.event, f.actor, f.part_of)
502 drone launched Russia None
24 missile launched Russia None
430 drone intercepted None 0
>>> ex.facts[0].attribution.source, ex.facts[0].time.key(), ex.facts[0].time_basis.value
('Ukrainian Air Force', 'night:2025-09-03..2025-09-04', 'stated')
"""

from __future__ import annotations

from datetime import date, datetime

from .._exceptions import InputTypeError
from ..mentions.quantities import scan
from ..mentions.times import find_times
from ..models import (
    Article,
    Extraction,
    Policy,
    Rejected,
    policy_or_default,
    trusted,
)
from ..rules.vocab import Vocabulary
from ..text.debris import DebrisIndex, find_debris
from ..text.gate import lower_text, reading_copy, require_text, restore_surfaces, writable_article
from ..text.sentences import split_paragraphs, split_sentences
from .document import Document
from .draft import Reading, to_fact
from .pipeline import run_passes
from .statements import find_statements

__all__ = ["extract", "start_reading"]


def extract(
    article: Article | str,
    *,
    published: date | datetime | None = None,
    policy: Policy | None = None,
    vocabulary: Vocabulary | None = None,
) -> Extraction:
    """Every figure of an article as a typed fact, and every other number with a reason.

    Args:
        article: an :class:`~discrepancy.Article`, or raw text (read with
            :meth:`Article.from_raw <discrepancy.Article.from_raw>`, id ``"text"``).
        published: overrides the article's publication date (it anchors relative
            times and the default window).
        policy: widths and vague bounds for hedged figures.
        vocabulary: the words to extract with (default: the shipped data).

    Returns:
        The article, its facts in text order and every rejected mention.

    Raises:
        InputError: ``article`` is neither an Article nor a string, or ``policy`` /
            ``vocabulary`` are of the wrong type.
        EmptyInputError: the text is empty or whitespace only.
        HTMLInputError: the text is a web page (use ``Article.from_html``).

    >>> ex = extract("No casualties have been reported, police said.")
    >>> f = ex.facts[0]
    >>> f.surface, f.subject, f.negated, f.quantity.value.is_point, f.attribution.source
    ('No casualties', 'casualty', True, True, 'police')
    """
    if not isinstance(article, Article):
        article = Article.from_raw(require_text(article, "extract"), id="text")
    for value, name, kind in ((policy, "policy", Policy), (vocabulary, "vocabulary", Vocabulary)):
        if value is not None and not isinstance(value, kind):
            raise InputTypeError(
                f"extract() takes {name}= as a discrepancy.{kind.__name__} or None, "
                f"not {type(value).__name__}"
            )
    if published is not None:
        article = article.model_copy(update={"published": published, "published_inferred": False})
    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    article = writable_article(article)  # outputs must encode as UTF-8
    doc, reading = start_reading(article, policy, vocab)
    run_passes(doc, reading)
    facts = tuple(to_fact(doc, d) for d in reading.drafts)
    rejected = sorted(reading.rejected, key=lambda r: r.span)
    statements = find_statements(
        doc.text, doc.times, sentences=doc.sentences, vocabulary=vocab, lowered=doc.lowered
    )
    extraction = Extraction(
        article=article, facts=facts, rejected=tuple(rejected), statements=tuple(statements)
    )
    if doc.text is not article.text:
        extraction = restore_surfaces(extraction, article.text, doc.text)
    # Handed on, so comparison does not scan the text again (see facts/handed.py).
    extraction._time_mentions = tuple(doc.times)
    extraction._debris = tuple(d.span for d in doc.debris.debris)
    return extraction


def start_reading(
    article: Article, policy: Policy | None, vocab: Vocabulary
) -> tuple[Document, Reading]:
    """The document analysis of an article, and the reading the passes start from.

    Args:
        article: the article, its text writable as UTF-8.
        policy: widths and vague bounds for hedged figures (None: the default).
        vocab: the words to extract with.

    Returns:
        The document (its text under the Unicode policy at the door, see
        :mod:`discrepancy.text.gate`) and a reading with no drafts yet, holding the
        mentions the scanner rejected.
    """
    text = reading_copy(article.text)
    lowered = lower_text(text)
    quantities, scan_rejected = scan(text, policy=policy, lowered=lowered, vocabulary=vocab)
    kept = article.undated_times() if text is article.text else None
    if kept is not None and article.published is None and vocab is Vocabulary.default():
        times = list(kept)  # loading read this text with no date and the shipped words
    else:
        times = find_times(text, published=article.published, vocabulary=vocab)
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    doc = Document(
        text=text,
        vocab=vocab,
        sentences=sentences,
        sentence_starts=[s for s, _ in sentences],
        paragraphs=paragraphs,
        paragraph_starts=[p for p, _ in paragraphs],
        times=times,
        time_starts=[t.span[0] for t in times],
        debris=DebrisIndex(find_debris(text, vocab, paragraphs=paragraphs, lowered=lowered)),
        quantities=sorted(quantities, key=lambda q: q.span),
        published=article.published,
        policy=policy_or_default(policy),
        lowered=lowered,
    )
    reading = Reading()
    for r in scan_rejected:
        debris = doc.debris.at(r.span[0])
        reading.rejected.append(
            r
            if debris is None
            else trusted(Rejected, span=r.span, surface=r.surface, reason=debris.reason)
        )
    return doc, reading
