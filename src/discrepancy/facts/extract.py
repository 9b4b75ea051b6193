"""Turn an article into typed facts: what each figure counts, who did it, when,
where, and who said so.

The pipeline is one pass over the article:

1. page debris is found as spans (:mod:`discrepancy.text.debris`); the text is never
   altered, so every span indexes the text as given;
2. every numeric mention is scanned once (:func:`discrepancy.mentions.quantities.scan`)
   and every time expression once (:func:`discrepancy.find_times`); sentence and
   paragraph boundaries are computed once;
3. each figure is read inside a bounded window of its own sentence: the noun it
   counts (or the verb that turns "people" into a toll), the verb that governs
   it, the actor before that verb, the place after it, the time expression of
   its clause, the speech or report cue that names its source, and the whole it
   is a part of ("430 of the drones");
4. zero tolls stated in words ("No casualties have been reported") become facts
   with value 0 and ``negated=True``;
5. every mention that does not become a fact is returned in ``rejected`` with a
   reason, so nothing is silently dropped.

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
from ..models import Article, Extraction, Policy, Rejected, RejectReason, policy_or_default, trusted
from ..rules.vocab import Vocabulary
from ..text.debris import DebrisIndex, find_debris
from ..text.gate import lower_text, reading_copy, require_text, restore_surfaces, writable_article
from ..text.sentences import split_paragraphs, split_sentences
from .anchors import anchors_of
from .document import Document
from .draft import Draft, to_fact
from .lexicon import CROWD_CUE
from .passes.attributions import read_attributions
from .passes.basis import read_basis
from .passes.events import read_events
from .passes.figures import reject_reason
from .passes.hedges import headline_hedges, scope_hedges
from .passes.negations import inside_negations, zero_tolls
from .passes.parts import read_parts
from .passes.places import read_places
from .passes.subjects import read_subjects
from .passes.times import read_times
from .passes.tolls import toll_subject
from .statements import carry_sources, find_statements

__all__ = ["extract"]


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
    text = reading_copy(article.text)  # the Unicode policy at the door (see _text)
    lowered = lower_text(text)
    quantities, scan_rejected = scan(text, policy=policy, lowered=lowered)
    times = sorted(find_times(text, published=article.published), key=lambda t: t.span)
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
        lowered=lowered,
    )
    rejected: list[Rejected] = []
    for r in scan_rejected:
        debris = doc.debris.at(r.span[0])
        rejected.append(
            r
            if debris is None
            else trusted(Rejected, span=r.span, surface=r.surface, reason=debris.reason)
        )
    drafts: list[Draft] = []
    for q in sorted(quantities, key=lambda q: q.span):
        reason = reject_reason(doc, q)
        if reason is not None:
            rejected.append(trusted(Rejected, span=q.span, surface=q.surface, reason=reason))
            continue
        drafts.append(Draft(q, doc.sentence_of(q.span[0]), q.span[1]))
    scope_hedges(doc, drafts, policy_or_default(policy))
    drafts.extend(zero_tolls(doc))
    drafts.sort(key=lambda d: d.quantity.span)
    read_subjects(doc, drafts)
    kept: list[Draft] = []
    for d in drafts:
        if d.subject is None:
            q = d.quantity
            rejected.append(
                trusted(Rejected, span=q.span, surface=q.surface, reason=RejectReason.NO_SUBJECT)
            )
        else:
            kept.append(d)
    headline_hedges(doc, kept, policy_or_default(policy))
    read_events(doc, kept)
    inside_negations(kept)
    read_parts(doc, kept)
    for d in kept:
        toll_subject(doc, d, kept)
    read_places(doc, kept)
    read_attributions(doc, kept)
    carry_sources(text, sentences, paragraphs, kept, lambda i: anchors_of(doc, i), vocabulary=vocab)
    for d in kept:
        # "organisers put the crowd at 150,000": a crowd count is attendance.
        cue = d.attribution.cue if d.attribution is not None else None
        if (
            d.event is None
            and d.subject == "person"
            and (
                (cue and CROWD_CUE.search(cue))
                # "Police estimated the crowd at 55,000"
                or CROWD_CUE.search(lowered, max(0, d.quantity.span[0] - 25), d.quantity.span[0])
            )
        ):
            d.event = "attended"
    read_basis(doc, kept)
    read_times(doc, kept, article.published)
    facts = tuple(to_fact(doc, d) for d in kept)
    rejected.sort(key=lambda r: r.span)
    statements = find_statements(
        text, times, sentences=sentences, vocabulary=vocab, lowered=lowered
    )
    extraction = Extraction(
        article=article, facts=facts, rejected=tuple(rejected), statements=tuple(statements)
    )
    return extraction if text is article.text else restore_surfaces(extraction, article.text, text)
