"""The subjects pass: what each figure counts or measures, from the vocabulary, the
whole it is a part of, the figure before it, or the text itself.
"""

from __future__ import annotations

import functools
import itertools

import regex

from ...models import Basis, Quantity, QuantityKind, Rejected, RejectReason, SubjectBasis, trusted
from ...rules.quantities import rules_for
from ..clauses import post_window_end
from ..document import Document, span_tokens
from ..draft import Draft, Reading, earlier_draft, pre_window_start, sentence_span
from ..lexicon import (
    AIR_WEAPONS,
    AUX_AFTER,
    COMPARED,
    COORDINATION,
    DESCRIBED_AFTER,
    FRONT_PART,
    GROUPED_TOLLS,
    OF_WHICH_BEFORE,
    PART_OF,
    PARTITIVE_PRONOUNS,
    TOLLS,
    UNIT_PAIR_GAP,
    before_toll_verb,
)
from ..nounphrases import forecast_clause, forecast_noun_before, np_after, own_noun_before
from ..people import entry_person, people_noun, with_people
from .counted import count_subject, in_context, measure_subject
from .open_subjects import measured_phrase, names_group, open_subject, rate_noun_after

__all__ = ["drop_unread", "read_subjects"]


# "fell to 2.2% in July from 3.1% in June": the figure changed from is the same measure.
_FROM_GAP = regex.compile(r"(?i:\bfrom\s++(?:the\s++|a\s++)?)$")


_THEY_WERE = regex.compile(
    r"(?i:\b(?:they|there)\s+(?:were|are)\s+(?:some\s+|about\s+|around\s+)?)$"
)


# "rose by 12 cents, or 0.3%,": the same change again, in another unit; "rose 12 cents
# to $30.10, up 3.1% a year", "rose to $30.10, while it was up by 3.1% on the year":
# the move of the same measure over another span; "at 62.2%, changed little but has
# declined by 0.5 points": a second verb of the same clause.
_OR_ALSO = regex.compile(
    r"(?i:^\s*+,\s*+or\s++$"
    r"|^[^,;.]{0,30}+,\s*+(?:up|down)\s++(?:by\s++)?$"
    r"|\b(?:while|whereas|and)\s++(?:it|they)\s++(?:was|were|is|are|has\s++been|had\s++been)"
    r"\s++(?:up|down)\s++(?:by\s++)?$"
    r"|\b(?:but|and|while)\s++(?:(?:has|have|had)\s++)?(?:declined|fallen|fell|risen|rose"
    r"|increased|decreased|dropped|climbed|grown|grew)\s++(?:by\s++)?$)"
)


_OTHERS_AFTER = regex.compile(r"\s++(?i:others)\b")


# "thousands more in Brest", "12 more were found": more of what the count before counts
# ("1,000 more than last year" compares, and says nothing of what is counted).
_MORE_AFTER = regex.compile(r"\s++(?i:more)\b(?!\s++than\b)")


def read_subjects(doc: Document, reading: Reading) -> None:
    """What each figure counts or measures, in text order.

    The vocabulary first (:mod:`~discrepancy.facts.passes.counted`), then the figure
    before it when the noun is elided, the whole a part is of, and the text itself
    (:mod:`~discrepancy.facts.passes.open_subjects`); a subject that needs a word of
    context the sentence lacks, or a value over its maximum, is dropped. Neighbours
    then share a specific subject over a fallback one.

    Args:
        doc: the article.
        reading: its drafts, whose ``subject`` (and group and basis) are set in place.
    """
    drafts = reading.drafts
    previous: Draft | None = None
    for index, d in enumerate(drafts):
        if not d.negated:
            s_start, s_end = sentence_span(doc, d)
            pre_start = pre_window_start(doc, d, previous)
            forecast = _forecast_subject(doc, drafts, index)
            if forecast:
                pass
            elif d.quantity.kind is QuantityKind.COUNT:
                count_subject(doc, d, pre_start, s_end)
                _breakdown_subject(doc, d, s_start)
                if d.subject is None:
                    d.subject = _list_share_subject(doc, drafts, index)
            elif not (
                d.quantity.kind is QuantityKind.PERCENT
                and rate_noun_after(doc, d, pre_start, s_end)
            ):
                measure_subject(doc, d, pre_start, s_end)
            if not forecast:
                _neighbour_subject(doc, previous, d, pre_start, s_start, s_end)
                _open_or_group(doc, drafts, index, pre_start, s_end)
            _checked_subject(doc, d)
        if not d.compound and d.subject is not None:
            # "coverage among two-year-olds fell to 84%", "unemployment among
            # 16-24-year-olds rose to 14%": a figure that counts nothing (inside a
            # compound, an age) leaves the words before it to the next figure
            previous = d
    _shared_subjects(doc, drafts)


_FORECAST_SENTENCES = 1  # sentences back the figure a forecast is of may stand


def _forecast_subject(doc: Document, drafts: list[Draft], index: int) -> bool:
    """A figure whose forecasters stand right after it, in a relative clause with no
    "that" ("short of the 120,000 economists had expected", "above the 3% analysts
    forecast"), counts or measures what the figure it is set against does: the last
    one of its kind before it, in its sentence or the one before. The noun is elided
    (the forecasters are who forecast it, not what it counts), and it is a forecast.
    True when that subject is taken."""
    d = drafts[index]
    clause = forecast_clause(doc, d)
    if clause is not None and clause.right_after:
        basis = Basis(clause.cue_basis)
    elif forecast_noun_before(doc, d) and not isinstance(
        np_after(doc, d, sentence_span(doc, d)[1]), tuple
    ):
        # "beating expectations of 2.5%": a forecast of what the figure before measures
        basis = Basis.FORECAST
    else:
        return False
    kind = d.quantity.kind
    p = earlier_draft(
        drafts,
        index,
        back=_FORECAST_BACK,
        sentences=_FORECAST_SENTENCES,
        accept=lambda p: p.quantity.kind is kind and p.subject is not None and not p.negated,
    )
    if p is None:
        return False
    d.subject, d.subject_basis, d.group = p.subject, p.subject_basis, p.group
    d.subject_fallback, d.elided, d.basis = p.subject_fallback, True, basis
    return True


_FORECAST_BACK = 20  # figures looked at for that, at most (constant cost per figure)


# The items of a list between a breakdown verb and a figure in it: "41 Polish
# nationals, 12 Irish nationals and " (each item short, the gap ending on a separator).
_LIST_ITEMS = regex.compile(r"\s*+(?:[^,;:.!?()]{1,40}?(?:\s*+,\s*+(?:and\s++)?|\s++and\s++))*+")


_ORIGIN_SPAN = 40  # characters from a figure to its noun of origin ("one Canadian national")


_BREAKDOWN_SPAN = 200  # characters from a breakdown verb to the last figure of its list


@functools.lru_cache(maxsize=8)
def _phrases(phrases: frozenset[str]) -> regex.Pattern[str]:
    """Any of the phrases of a word class, as whole words (compiled once per class)."""
    alternatives = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"(?i:\b(?:{alternatives})\b)")


def _breakdown_subject(doc: Document, d: Draft, s_start: int) -> None:
    """A count of people listed after a verb that breaks a group down counts what
    the group counts: "The passengers included 40 French nationals and 12 Germans"
    (passengers, grouped by nationality), "the dead included 12 children" (deaths).
    Only a generic count of people takes the group's subject, and only from a group
    the vocabulary names other than people in general."""
    vocab = doc.vocab
    q = d.quantity
    # "one Canadian national", "one Canadian": a singular the vocabulary leaves to
    # the text, or a demonym that is the noun itself
    origin = d.subject is None and (
        q.noun in vocab.word_class("origin_noun") or q.noun in rules_for(vocab).nationalities
    )
    if d.subject != "person" and not origin:
        return
    text = doc.text
    start = max(s_start, q.span[0] - _BREAKDOWN_SPAN)
    verbs = [m for m in _phrases(vocab.word_class("breakdown")).finditer(text, start, q.span[0])]
    if not verbs or _LIST_ITEMS.fullmatch(text, verbs[-1].end(), q.span[0]) is None:
        return
    verb = verbs[-1]
    toks, lo, hi = span_tokens(doc, d.sentence, s_start, verb.start())
    if hi > lo and toks[hi - 1][2] == ",":
        hi -= 1  # "242 individuals, including ..."
    whole: str | None = None
    for i in range(lo, hi):
        named = vocab.subject_forms.match(toks, i, hi)
        if named is not None and named[0] == hi:
            whole = named[1]
            break
    if (
        whole == "person"
        and (q.noun in vocab.word_class("origin_noun") or q.noun in rules_for(vocab).nationalities)
        and _phrases(vocab.word_class("carrying")).search(
            text, max(s_start, verb.start() - _BREAKDOWN_SPAN), verb.start()
        )
    ):
        # "the ferry carried 96 people, including 41 Polish nationals": passengers
        # by nationality (its crew, or its children, are counted as what they are)
        whole = "passenger"
    if whole is None or whole == "person" or "count" not in vocab.subjects[whole].kinds:
        return
    if entry_person(vocab, whole) or whole in TOLLS:
        d.subject = whole
        if origin and q.noun is not None:
            at = doc.lowered.find(q.noun, q.span[1], q.span[1] + _ORIGIN_SPAN)
            if at >= 0:
                d.noun_end = at + len(q.noun)  # the demonym before it is the group


def _neighbour_subject(
    doc: Document, previous: Draft | None, d: Draft, pre_start: int, s_start: int, s_end: int
) -> None:
    """The subject a figure takes from the one before it: an elided noun ("3,000
    bridges were closed and 1,100 repaired"), "they were 245,000" (people), the
    whole of a part, or "six others"."""
    q = d.quantity
    kind = q.kind
    same_sentence = previous is not None and previous.sentence == d.sentence
    if (
        d.subject is None
        and same_sentence
        and previous is not None
        and not d.compound
        and not own_noun_before(doc, d, pre_start)
    ):
        d.subject = _elided_subject(doc, previous, d)
        d.elided = d.subject is not None
        if d.elided:
            d.group, d.subject_basis = previous.group, previous.subject_basis
    if (
        d.subject is None
        and previous is not None
        and d.sentence - previous.sentence <= 1
        and kind is QuantityKind.COUNT
        and previous.quantity.kind is QuantityKind.COUNT
        and not previous.negated
        and q.noun is None
        and _MORE_AFTER.match(doc.text, q.span[1])
    ):
        # "100,000 in Bordeaux, thousands more in Brest": more of the same
        d.subject, d.elided = previous.subject, previous.subject is not None
        d.group, d.subject_basis = previous.group, previous.subject_basis
    if (
        d.subject is None
        and kind is QuantityKind.COUNT
        and _THEY_WERE.search(doc.text, pre_start, q.span[0])
        # "There were 7.4 million open vacancies": a noun of its own
        and not isinstance(np_after(doc, d, s_end), tuple)
    ):
        d.subject = "person"
    if kind is QuantityKind.COUNT and previous is not None and not previous.negated:
        _partitive_subject(doc, previous, d, s_start)
        if (
            d.subject == "person"
            and same_sentence
            and _OTHERS_AFTER.match(doc.text, q.span[1])
            and previous.quantity.kind is QuantityKind.COUNT
            and previous.subject is not None
            and previous.subject not in TOLLS
            and not entry_person(doc.vocab, previous.subject)
        ):
            d.subject = previous.subject  # "38 of the drones, while six others ..."


# Kinds whose fallback subject ("money", "measure") yields to the noun phrase a verb
# joins to the figure ("Median rent climbed $35"); a percentage has its own way there.
_MEASURED_KINDS = frozenset([QuantityKind.MONEY, QuantityKind.MEASURE])


def _open_or_group(
    doc: Document, drafts: list[Draft], index: int, pre_start: int, s_end: int
) -> None:
    """A subject read from the text when the vocabulary gave none (or only a fallback
    rate); else the named group of a count of people ("41 Polish nationals")."""
    vocab = doc.vocab
    d = drafts[index]
    q = d.quantity
    if d.subject is None or (d.subject_fallback and q.kind is QuantityKind.PERCENT):
        open_subject(doc, drafts, index, pre_start, s_end)
    elif d.subject_fallback and q.kind in _MEASURED_KINDS:
        measured_phrase(doc, drafts, index, pre_start)
    elif (
        q.kind is QuantityKind.COUNT
        and d.group is None
        and d.noun_end > q.span[1]
        and (entry_person(vocab, d.subject) or d.subject in TOLLS)
    ):
        # "41 Polish nationals"; "91 Russian drones" name whose, not a group.
        d.group = names_group(doc, d)
        if d.subject in GROUPED_TOLLS:
            # "Nine stewards were hurt", "eight Lakeside Lodge guests are missing"
            noun = q.noun.split()[-1] if d.group and q.noun else q.noun
            d.group = with_people(vocab, d.group, people_noun(vocab, noun))


def _checked_subject(doc: Document, d: Draft) -> None:
    """ "Mayotte's 320,000 residents" are a population; a subject whose word of context
    the sentence lacks, or whose maximum the figure passes, is dropped."""
    vocab = doc.vocab
    q = d.quantity
    if (
        d.subject == "person"
        and q.noun in vocab.word_class("inhabitants")
        and "population" in vocab.subjects
        and _PLACE_POSSESSIVE.search(doc.text, max(0, q.span[0] - 40), q.span[0])
    ):
        d.subject = "population"
    if d.subject is not None and d.subject in vocab.subjects:
        entry = vocab.subjects[d.subject]
        if not in_context(doc, d, d.subject):
            d.subject = None
        if entry.max_value is not None and q.nominal > entry.max_value:
            d.subject = None


def _shared_subjects(doc: Document, drafts: list[Draft]) -> None:
    """A fallback subject ("share") yields to a specific one on a coordinated
    neighbour ("80% and 50% contained" are both containment), and the two halves of
    a unit pair ("8 kilometres (5 miles) from the coast") share one."""
    for index in range(1, len(drafts)):
        _restated_subject(doc, drafts, index)
    for a, b in itertools.pairwise(drafts):
        if a.sentence != b.sentence or a.quantity.kind is not b.quantity.kind:
            continue
        gap = doc.text[a.noun_end : b.quantity.span[0]]
        pair = UNIT_PAIR_GAP.match(gap) is not None
        weak = a.subject is None or a.subject_fallback
        if weak and b.subject and not b.subject_fallback and (pair or COORDINATION.match(gap)):
            a.subject, a.subject_fallback, a.subject_basis = b.subject, False, b.subject_basis
        if (
            b.subject_fallback
            and a.subject
            and not a.subject_fallback
            and (pair or COMPARED.search(gap) or (len(gap) <= 40 and _FROM_GAP.search(gap)))
        ):
            # "Turnout was 58%, up from 54%": the figure compared with is the same measure.
            b.subject, b.subject_fallback, b.subject_basis = a.subject, False, a.subject_basis


_RESTATED_BACK = 3  # figures back the measure a restated figure gives may stand
_RESTATED_GAP = 80  # characters between it and the figure before ("in July compared to ...")


def _restated_subject(doc: Document, drafts: list[Draft], index: int) -> None:
    """A figure that gives the figure before it in another unit (", or 0.3%" after
    "rose by 9 cents") or the move of its measure (", up 3.1% a year" after
    "to $30.10"), naming nothing it measures itself, measures what the nearest figure
    of its sentence that names a measure does, where that measure may be of its kind
    (a count of jobs is no percentage)."""
    b, a = drafts[index], drafts[index - 1]
    if not b.subject_fallback or a.sentence != b.sentence:
        return
    gap = doc.text[a.noun_end : b.quantity.span[0]]
    if len(gap) > _RESTATED_GAP or not _OR_ALSO.search(gap):
        return
    source = earlier_draft(
        drafts,
        index,
        back=_RESTATED_BACK,
        sentences=0,
        accept=lambda p: p.subject is not None and not p.subject_fallback,
    )
    if source is None or source.subject is None:
        return
    entry = doc.vocab.subjects.get(source.subject)
    if entry is None or b.quantity.kind.value in entry.kinds:
        # "rose by 12 cents, or 0.3%", "to $30.10, up 3.1%": one measure
        b.subject, b.subject_fallback, b.subject_basis = (
            source.subject,
            False,
            source.subject_basis,
        )
        b.group = b.group or source.group


def _list_share_subject(doc: Document, drafts: list[Draft], index: int) -> str | None:
    """What a bare share of "them" or "which" counts: the figures it points back to.

    "Russia launched 120 drones overnight. Air defences downed 100 of them." counts
    drones; "451 drones and 45 missiles, of which 443 were shot down" counts the two
    weapons together (``aerial target``). The antecedents are the figures before it
    in its sentence, else those of the sentence before; any other mix says nothing.
    """
    d = drafts[index]
    q = d.quantity
    text = doc.text
    after = PART_OF.match(text, q.span[1], min(len(text), q.span[1] + 20))
    pronoun = after is not None and after.group("det").lower() in PARTITIVE_PRONOUNS
    if not pronoun and not OF_WHICH_BEFORE.search(text, max(0, q.span[0] - 20), q.span[0]):
        return None
    before = [p for p in drafts[:index] if not p.negated]
    run = [p for p in before if p.sentence == d.sentence]
    if not run:
        run = [p for p in before if p.sentence == d.sentence - 1]
    subjects = {p.subject for p in run if p.quantity.kind is QuantityKind.COUNT}
    if not subjects or None in subjects:
        return None
    if len(subjects) == 1:
        return subjects.pop()
    named = {x for x in subjects if x is not None}
    return "aerial target" if named <= AIR_WEAPONS else None


def _partitive_subject(doc: Document, previous: Draft, d: Draft, s_start: int) -> None:
    """The subject a part takes from the whole it is a part of.

    * "More than 40,000 of them crossed ...": a pronoun whole is the figure before,
      in this sentence or the last one.
    * "Of the 42 miners, 35 were rescued", "Of the dead, 12 were children": a
      fronted whole names what the bare figure after it counts.
    """
    q = d.quantity
    if d.subject is None and d.sentence - previous.sentence <= 1:
        m = PART_OF.match(doc.text, q.span[1], min(len(doc.text), q.span[1] + 20))
        if (
            m is not None
            and m.group("det").lower() in PARTITIVE_PRONOUNS
            and not (
                m.group("det").lower() in ("those", "these")
                and DESCRIBED_AFTER.match(doc.text, m.end())
            )
        ):
            if previous.quantity.kind is QuantityKind.COUNT:
                d.subject, d.group = previous.subject, previous.group
            return
    front = FRONT_PART.match(doc.text, s_start, q.span[0])
    if front is None or (d.subject is not None and not AUX_AFTER.match(doc.text, q.span[1])):
        return
    if previous.sentence == d.sentence and previous.quantity.span[0] >= front.start("np"):
        if previous.quantity.kind is QuantityKind.COUNT and previous.subject is not None:
            d.subject = previous.subject  # "Of the 42 miners, 35 ..."
        return
    toks, lo, hi = span_tokens(doc, d.sentence, front.start("np"), front.end("np"))
    for i in range(lo, hi):
        named = doc.vocab.subject_forms.match(toks, i, hi)
        if named is not None and "count" in doc.vocab.subjects[named[1]].kinds:
            d.subject = named[1]  # "Of the wounded, five ..."
            return


def _elided_subject(doc: Document, previous: Draft, d: Draft) -> str | None:
    """The subject a bare figure shares with the figure before it in its sentence.

    "3,000 bridges were closed and 1,100 repaired", "460,000 voters ..., a
    little fewer than the 470,000 counted in May": an elided noun
    repeats the same kind of count, so beyond plain coordination the two figures
    must be of the same order of magnitude.
    """
    q, p = d.quantity, previous.quantity
    entry = doc.vocab.subjects.get(previous.subject or "")
    if previous.negated or p.kind is not q.kind or previous.subject is None:
        return None
    if entry is None and previous.subject_basis is not SubjectBasis.TEXT:
        return None
    if entry is not None and ("count" not in entry.kinds or entry.requires_context):
        return None
    if _real_noun(doc, q):
        return None  # "1,500 soldiers and 40 heavy machinery units": a noun of its own
    if previous.subject in TOLLS and _own_verb(doc, d) not in (None, previous.subject):
        return None  # "9 dead, more than 1 million without power"
    gap = doc.text[previous.noun_end : q.span[0]]
    if COORDINATION.match(gap) or _TO_GAP.fullmatch(gap) or _PLACED_COORDINATION.fullmatch(gap):
        return previous.subject  # "from 147,000 to 14,000": a change's two levels
    if q.nominal <= 0 or p.nominal <= 0:
        return None
    ratio = max(q.nominal, p.nominal) / min(q.nominal, p.nominal)
    return previous.subject if ratio <= 10 else None


def _own_verb(doc: Document, d: Draft) -> str | None:
    """The person subject of the verb right after a bare figure ("" for a verb that
    makes no toll), None when no verb follows."""
    s_end = sentence_span(doc, d)[1]
    toks, lo, hi = span_tokens(
        doc, d.sentence, d.quantity.span[1], post_window_end(doc, d.quantity.span[1], s_end, 40)
    )
    i = lo
    while i < hi and before_toll_verb(doc.vocab, toks[i][2]):
        i += 1
    m = doc.vocab.event_forms.match(toks, i, hi) if i < hi else None
    if m is None:
        return None
    entry = doc.vocab.events.get(m[1])
    return (entry.person_subject or "") if entry is not None else ""


def _real_noun(doc: Document, q: Quantity) -> bool:
    """Whether the scanner's noun is a counted noun, not a participle ("estimated")."""
    noun = q.noun
    if noun is None:
        return False
    # "two critically", "one seriously": an adverb is no noun.
    return doc.vocab.subject_for_form(noun) is not None or not noun.endswith(("ed", "ing", "ly"))


_PLACE_POSSESSIVE = regex.compile(r"\p{Lu}[\p{L}-]*+(?:'s|’s|s'|s’)\s++(?:some\s++|about\s++)?$")


# "killing 58 people aboard and dozens on the shore", "12 in Gaza and 3 in ...":
# a place phrase before the "and" of two counts of one thing.
_PLACED_COORDINATION = regex.compile(
    r"\s++(?:onboard|aboard|(?:on|in|at|aboard|across|inside|outside)\s++[^,;:.!?()]{1,30}?)"
    r"\s*+,?\s*+\b(?:and|or|plus)\s++"
)


_TO_GAP = regex.compile(r"\s++to\s++")


def drop_unread(doc: Document, reading: Reading) -> None:
    """Reject every figure no subject was read for: a figure that counts nothing known.

    Args:
        doc: the article.
        reading: its drafts lose those with no subject, each rejected with
            :attr:`RejectReason.NO_SUBJECT`.
    """
    kept: list[Draft] = []
    for d in reading.drafts:
        if d.subject is None:
            q = d.quantity
            reading.rejected.append(
                trusted(Rejected, span=q.span, surface=q.surface, reason=RejectReason.NO_SUBJECT)
            )
        else:
            kept.append(d)
    reading.drafts = kept
