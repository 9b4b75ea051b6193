"""A subject read from the text when the vocabulary names none: the noun phrase around
the figure, an estimating frame, or the topic of the figures before it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence

import regex

from ...models import Basis, Direction, QuantityKind, SubjectBasis
from ...rules.alternations import alternation
from ...rules.phrases import Token, tokenize
from ...text.nounphrase import subject_name
from ..clauses import clause_start
from ..document import Document, span_tokens
from ..draft import Draft, earlier_draft, sentence_span
from ..lexicon import CROWD_CUE, THE_BEFORE, TOLLS, strong_groups
from ..nounphrases import np_after, np_before
from ..timeplan import opens_with_month

__all__ = ["measured_phrase", "names_group", "open_subject", "rate_noun_after"]


# "Officers estimated the march at roughly 40,000", "the prefecture put the count at
# 250,000", "estimates place attendance closer to 60,000": a count by its estimator.
_ESTIMATE_FRAME = regex.compile(
    r"""(?xi)\b(?:estimated|estimates?|estimating|put|puts|putting|placed?|places|placing
        |pegged|pegs|pegging|numbered)\s++
    (?:the\s++|its\s++|their\s++|his\s++|her\s++|a\s++)?
    (?P<np>\p{L}[\p{L}-]*+(?:\s++\p{L}[\p{L}-]*+){0,4}?)
    \s++(?P<at>at|closer\s++to|near|around)?\s*+$"""
)


# "Heat deaths are estimated at over 500", "the toll was put at 12", "damage estimated
# at 300 homes": the passive frame, whose noun phrase stands before the verb.
_PASSIVE_FRAME = regex.compile(
    r"""(?xi)(?P<np>\p{L}[\p{L}'’-]*+(?:\s++\p{L}[\p{L}'’-]*+){0,4}?)\s++
    (?:(?:is|are|was|were|being|now|(?:has|have|had)\s++been)\s++)?
    (?:estimated|put|placed|pegged)\s++
    (?P<at>at|closer\s++to|near|around)\s*+$"""
)


_TOPIC_SENTENCES = 3  # how far back a figure with an elided noun finds what it counts


# Figures looked at for that, at most: the cost per figure stays constant on any text.
_TOPIC_BACK = 40


_MAIN_TOPIC_BACK = 200


# "Healthcare (+55,000)", "Retail | + 15,700", "and hospitals (+16,000)": a label and a
# signed figure in brackets or a table cell.
_LABEL_BEFORE = regex.compile(
    r"""(?x)(?:^|[|;,)•*]|\b(?:and|in|including)\b)[ \t]*+
    (?P<label>\p{L}[\p{L}&'’ /-]{0,40}?)[ \t]*+(?P<open>[(|])[ \t]*+(?P<sign>[+\-–−]?)[ \t]*+$""",
    regex.M,
)


_SIGNED = regex.compile(r"[+\-–−]")


def open_subject(
    doc: Document, drafts: list[Draft], index: int, pre_start: int, s_end: int
) -> None:
    """A subject read from the text when the vocabulary names none.

    In order: the noun phrase after the figure ("some 3,000 counter-protesters",
    "eight Lakeside Lodge guests", "one black box"); the noun phrase before a verb
    that joins it to the figure ("orders were revised down by 52,000", "the
    number of uninsured adults was 4.1 million"); the thing counted by the
    figures before it, when the noun is elided after a verb whose object the
    figure is ("home care gained 6,100") or after a noun of change ("a
    gain of 106,000"), or in a labelled row ("Healthcare (+55,000)").
    """
    d = drafts[index]
    q = d.quantity
    if not doc.vocab.word_class("function"):
        return  # a vocabulary built without grammar.jsonl reads no open subjects
    if (
        d.compound
        or doc.text[q.span[1] : q.span[1] + 1] == "-"
        or doc.vocab.word_class("dropped") & {q.surface.lower()}
    ):
        return  # "a 40-year-old", "several sectors": no figure the text states
    if q.kind is QuantityKind.COUNT and _counted_after(doc, drafts, index, pre_start, s_end):
        return
    if q.kind is QuantityKind.COUNT and _revised_subject(doc, drafts, index, pre_start):
        return
    if q.kind is QuantityKind.MEASURE and (
        _time_amassed(doc, d, pre_start) or _measured_of(doc, d)
    ):
        return
    if q.kind is QuantityKind.COUNT and _month_topic(doc, drafts, index, pre_start):
        return
    if _phrase_before(doc, drafts, index, pre_start):
        return
    if q.kind is QuantityKind.PERCENT and _noun_of_before(doc, d, pre_start):
        return
    if q.kind is QuantityKind.COUNT:
        _elided_topic(doc, drafts, index, pre_start)
    if d.subject is None and q.kind is QuantityKind.COUNT:
        _further_guess(doc, drafts, index, pre_start)


def _counted_after(
    doc: Document, drafts: list[Draft], index: int, pre_start: int, s_end: int
) -> bool:
    """The noun phrase a count heads, or the estimating frame before it: True when
    that settles the count (read, or not a count of a thing at all)."""
    d = drafts[index]
    q = d.quantity
    after = np_after(doc, d, s_end)
    if isinstance(after, bool):
        return True  # "27 weeks", "4,000 views": a figure that counts no thing
    if after is not None and (
        q.nominal <= 3
        and q.surface.isalpha()
        and THE_BEFORE.search(doc.text, max(0, q.span[0] - 5), q.span[0])
    ):
        return True  # "between the two wartime leaders": a reference, not a count
    if after is not None:
        d.subject, d.group, d.noun_end = after
        in_vocabulary = d.subject in doc.vocab.subjects
        d.subject_basis = SubjectBasis.VOCABULARY if in_vocabulary else SubjectBasis.TEXT
        return True
    return _estimate_subject(doc, drafts, index, pre_start)


_OF_WORDS = 3  # words of the phrase after "of" a measure measures ("flying experience")


_RATE_NOUN_WORDS = 4  # words of the noun phrase a percentage stands before ("a 4% pay rise")


def rate_noun_after(doc: Document, d: Draft, pre_start: int, s_end: int) -> bool:
    """A percentage between a determiner and a noun measures that noun, whatever a cue
    before it names: "a 4% pay rise" (pay, a change), "a 3.5% wage offer" (wage
    offer), "a 15% rise in burglaries" (burglary: a noun of change hands the figure to
    the phrase after "in" or "of"), "inflation stayed above its 2% target" (target),
    "the bank's 2% goal" (target). True when a subject is read."""
    vocab = doc.vocab
    q = d.quantity
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, q.span[0])
    if hi == lo or not (
        toks[hi - 1][2] in vocab.word_class("rate_noun_determiner")
        or toks[hi - 1][2].endswith(("'s", "’s"))
    ):
        return False
    toks, lo, hi = span_tokens(doc, d.sentence, q.span[1], s_end)
    words = _lower_words(doc, toks, lo, hi, _RATE_NOUN_WORDS)
    if not words:
        return False
    changes = vocab.word_class("change") | vocab.word_class("rate_change_noun")
    if words[-1][0] in changes:
        words.pop()
        if not words:
            after = lo + 1
            if after >= hi or toks[after][2] not in ("in", "of"):
                return False
            k = after + 1
            while k < hi and toks[k][2] in vocab.word_class("rate_noun_determiner"):
                k += 1  # "a 20% cut in the fuel subsidy"
            if k < hi and doc.times_in((toks[k][0], toks[k][1])):
                return False  # "a 12% drop in April": when, not what
            words = _lower_words(doc, toks, k, hi, _RATE_NOUN_WORDS)
            if not words:
                return False
    phrase = [w for w, _ in words]
    if phrase[-1] in vocab.word_class("target_noun"):
        phrase = ["target"]  # "its 2% inflation target", "the bank's 2% goal"
    elif phrase[-1] in vocab.word_class("not_counted"):
        return False
    phrase_toks = tokenize(" ".join(phrase))
    named = vocab.subject_cues.match(phrase_toks, 0)
    if (
        named is not None
        and named[0] == len(phrase_toks)
        and q.kind.value in vocab.subjects[named[1]].kinds
    ):
        d.subject, d.subject_basis = named[1], SubjectBasis.VOCABULARY
    else:
        d.subject = subject_name(phrase[:-1], phrase[-1], vocab.plurals)
        in_vocabulary = d.subject in vocab.subjects
        d.subject_basis = SubjectBasis.VOCABULARY if in_vocabulary else SubjectBasis.TEXT
    d.subject_fallback, d.noun_end = False, words[-1][1]
    return True


def _noun_of_before(doc: Document, d: Draft, pre_start: int) -> bool:
    """A percentage right after a noun and "of" measures that noun: "and growth of
    0.8%", "a deficit of 3.1%", "turnout of 61%"; not after a noun of a whole or of a
    change ("a share of 12%", "a rise of 4%": what changed is named elsewhere). True
    when a subject is read."""
    vocab = doc.vocab
    q = d.quantity
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, q.span[0])
    if hi - lo < 2 or toks[hi - 1][2] != "of":
        return False
    function = vocab.word_class("function")
    skipped = (
        vocab.word_class("whole")
        | vocab.word_class("rate_change_noun")
        | vocab.word_class("dropped")
    )
    opening = sentence_span(doc, d)[0]  # "Wage growth of 4%": capitalised, a sentence's first
    k = hi - 1
    while k > lo and hi - 1 - k < _RATE_NOUN_WORDS:
        word = toks[k - 1][2]
        if (
            not word.isalpha()
            or word in function
            or word.endswith("ed")  # "Exports recorded growth of 2%": a verb, no modifier
            or word in vocab.word_class("transitive")
            or not (doc.text[toks[k - 1][0]].islower() or toks[k - 1][0] == opening)
        ):
            break
        k -= 1
    words = [t[2] for t in toks[k : hi - 1]]
    if not words or words[-1] in skipped:
        return False
    phrase = [w for w in words if w not in vocab.word_class("dropped")] or words
    if " ".join(phrase) in vocab.word_class("generic_rate"):
        return False  # "grew at an annual rate of 5%": the rate of what grew
    named = vocab.subject_cues.match(tokenize(" ".join(phrase)), 0)
    d.subject = named[1] if named is not None and named[1] in vocab.subjects else None
    if d.subject is None or q.kind.value not in vocab.subjects[d.subject].kinds:
        d.subject = subject_name(phrase[:-1], phrase[-1], vocab.plurals)
    in_vocabulary = d.subject in vocab.subjects
    d.subject_basis = SubjectBasis.VOCABULARY if in_vocabulary else SubjectBasis.TEXT
    d.subject_fallback = False
    return True


def _lower_words(
    doc: Document, toks: Sequence[Token], i: int, hi: int, most: int
) -> list[tuple[str, int]]:
    """The lower-case words (with their ends) from token ``i`` up to the first function
    word, participle, name, figure or mark, at most ``most`` of them ("the 95% needed
    to stop outbreaks": no noun)."""
    vocab = doc.vocab
    function = vocab.word_class("function")
    participles = vocab.word_class("irregular_participle")
    changes = vocab.word_class("rate_change_noun")  # "a 20% cut": a noun
    words: list[tuple[str, int]] = []
    while i < hi and len(words) < most:
        begin, end, word = toks[i]
        if not word.replace("-", "").isalpha() or word in function:
            break
        if (word.endswith("ed") or word in participles) and word not in changes:
            break
        if not doc.text[begin].islower():
            break
        words.append((word, end))
        i += 1
    return words


def _time_amassed(doc: Document, d: Draft, pre_start: int) -> bool:
    """An amount of time someone has or amassed measures the phrase after "of": "the
    captain had 8,200 hours of flying experience" (flying experience, in hours),
    "she has logged 300 hours of overtime". Any other time is a stretch of time,
    which is no fact ("after 12 hours of talks")."""
    vocab = doc.vocab
    q = d.quantity
    if q.unit is None or q.unit.lower() not in vocab.word_class("duration_unit"):
        return False
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, q.span[0])
    if hi == lo or toks[hi - 1][2] not in vocab.word_class("amassing"):
        return False
    return _of_phrase(doc, d)


def _measured_of(doc: Document, d: Draft) -> bool:
    """A measure in a unit of its own measures the phrase after "of": "40 tonnes of
    supplies" (supply), "2 million litres of drinking water", "3 million barrels of
    oil", not the phrase before a verb ("The plane dropped 12 tonnes of water" measures
    water, not the plane). True when that phrase is read."""
    unit = d.quantity.unit
    if unit is None or unit.lower() in doc.vocab.word_class("duration_unit"):
        return False
    return _of_phrase(doc, d)


def _of_phrase(doc: Document, d: Draft) -> bool:
    """The subject a figure takes from the few words after "of" right after it, up to
    the first function word; True when one is read."""
    vocab = doc.vocab
    q = d.quantity
    s_end = sentence_span(doc, d)[1]
    toks, lo, hi = span_tokens(doc, d.sentence, q.span[1], s_end)
    if lo == hi or toks[lo][2] != "of":
        return False
    function = vocab.word_class("function")
    words: list[tuple[str, int]] = []
    for k in range(lo + 1, min(hi, lo + 1 + _OF_WORDS)):
        word = toks[k][2]
        if not word.replace("-", "").isalpha() or word in function:
            break
        words.append((word, toks[k][1]))
    if not words:
        return False
    d.subject = subject_name([w for w, _ in words[:-1]], words[-1][0], vocab.plurals)
    d.subject_basis, d.noun_end = SubjectBasis.TEXT, words[-1][1]
    return True


def measured_phrase(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> None:
    """The noun phrase a verb of change joins to an amount or measure that only has the
    fallback subject of its kind: "Average hourly earnings rose 9 cents to $37.10"
    (average hourly earnings, not bare money), "Median rent climbed $35 to $1,890"
    (median rent). The level after it takes the same subject through its link. A
    phrase of who did something ("Retail added $4 billion") names no measure, and
    the fallback stays, and so does a figure no verb of change governs ("Prices
    reached $41"): the pattern is a move of a measure."""
    d = drafts[index]
    if d.quantity.direction is Direction.NONE:
        return
    before = np_before(doc, d, pre_start)
    if before is None:
        return
    name, group, transitive = before
    if name is None or transitive:
        return
    d.subject, d.subject_fallback = name, False
    d.subject_basis = SubjectBasis.VOCABULARY if name in doc.vocab.subjects else SubjectBasis.TEXT
    if group is not None:
        d.group = group


def _month_topic(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> bool:
    """A count in a sentence that opens with a month as its subject, with no noun of
    its own or only a word of change or of a whole ("July was revised to 65,000",
    "July's gain was revised down by 40,000", "June's figure was 80,000"), counts what
    the article counts most: the month's figure of the story's series. Its noun is
    elided (the subject is inferred, not read). True when that subject is taken."""
    d = drafts[index]
    if not opens_with_month(doc, d):
        return False
    before = np_before(doc, d, pre_start)
    if before is not None and before[0] is not None:
        heads = doc.vocab.word_class("change") | doc.vocab.word_class("whole")
        if before[0] not in heads:
            return False  # "July's exports rose by 4,000": a noun of its own
    topic = _main_topic(drafts, index)
    if topic is None:
        return False
    d.subject, d.subject_basis, d.group = topic.subject, topic.subject_basis, topic.group
    d.elided = True
    return True


def _phrase_before(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> bool:
    """The noun phrase a verb joins to the figure after it, or for a count whose noun
    that verb elides, the topic of the counts before it: True when one is read."""
    d = drafts[index]
    q = d.quantity
    before = np_before(doc, d, pre_start)
    if before is None:
        return False
    name, group, transitive = before
    if (
        name is not None
        and q.kind is QuantityKind.COUNT
        and name.split()[-1] in doc.vocab.word_class("activity_head")
    ):
        # "Temp work was down by 4,400": a sector is no thing counted; its count
        # is of what the counts before it count, and the sector is its group.
        name, group, transitive = None, name, True
    if name is not None and not (transitive and q.kind is QuantityKind.COUNT):
        # "Shares of the carrier lost 3%": what changed by a rate is the phrase.
        if q.kind is QuantityKind.COUNT and CROWD_CUE.fullmatch(name.split()[-1]):
            name = "person"  # "Crowds topping 10,000": people, attending
        d.subject = name
        in_vocabulary = name in doc.vocab.subjects
        d.subject_basis = SubjectBasis.VOCABULARY if in_vocabulary else SubjectBasis.TEXT
        # A rate read from the text yields to a measure named right after a
        # coordinated figure ("80% and 50% contained").
        d.subject_fallback = q.kind is QuantityKind.PERCENT
        if group is not None and not transitive:
            # "The main index lost 1.3%": what lost is what the rate measures, no group
            d.group = group
        return True
    if q.kind is QuantityKind.COUNT:
        topic = _topic(drafts, index, _TOPIC_SENTENCES)
        if topic is not None:
            d.subject, d.subject_basis = topic.subject, topic.subject_basis
            d.group = group if transitive else d.group
            return True
    return False


def _elided_topic(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> None:
    """What a count with no noun counts: a row of a list or table ("Healthcare
    (+55,000)") counts what the article counts most; "a gain of 106,000" what the
    counts before it count."""
    d = drafts[index]
    q = d.quantity
    label = _label(doc, d)
    if label is not None:
        topic = _main_topic(drafts, index)
        if topic is not None:
            d.subject, d.subject_basis, d.group = topic.subject, topic.subject_basis, label
        return
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, q.span[0])
    if (
        hi - lo >= 2
        and toks[hi - 1][2] == "of"
        and toks[hi - 2][2] in doc.vocab.word_class("change") | doc.vocab.word_class("whole")
    ):
        # "a gain of 106,000", "a total of 300"
        topic = _topic(drafts, index, _TOPIC_SENTENCES)
        if topic is not None:
            d.subject, d.subject_basis = topic.subject, topic.subject_basis


_RATE_AFTER = regex.compile(r"\s++(?i:per|a|an|each|every)\b")


_GUESS_SENTENCES = 1  # sentences back the count a further guess continues may stand


def _further_guess(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> None:
    """A bare count that guesses again at the count before it counts the same thing:
    "a few dozen missing, maybe we will reach a hundred", "... close to a
    hundred. Even hundreds." (missing). A word of speculation opens its clause,
    and the count it continues is the last one with a subject in its sentence or
    the one before."""
    d = drafts[index]
    q = d.quantity
    if _RATE_AFTER.match(doc.text, q.span[1]):
        return  # "300 patients on Monday. Perhaps 12 per hour.": a rate, no guess
    clause = clause_start(doc, pre_start, q.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, clause, q.span[0])
    guesses = doc.vocab.word_class("speculation")
    if not any(toks[k][2] in guesses for k in range(lo, hi)):
        return
    p = earlier_draft(
        drafts,
        index,
        back=_TOPIC_BACK,
        sentences=_GUESS_SENTENCES,
        accept=lambda p: (
            p.subject is not None and not p.negated and p.quantity.kind is QuantityKind.COUNT
        ),
    )
    if p is not None:
        d.subject, d.subject_basis, d.group = p.subject, p.subject_basis, p.group


def names_group(doc: Document, d: Draft) -> str | None:
    """Capitalised words between a count and its noun: "169 Indian nationals"."""
    toks, lo, hi = span_tokens(doc, d.sentence, d.quantity.span[1], d.noun_end)
    names: list[str] = []
    for k in range(lo, hi):
        raw = doc.text[toks[k][0] : toks[k][1]]
        if raw[:1].isupper() and toks[k][2] not in doc.vocab.word_class("function"):
            names.append(raw)
        elif names:
            break
    return " ".join(names) if names else None


def _estimate_subject(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> bool:
    """A figure an estimating frame gives: "Officers estimated the march at 40,000".

    The frame's noun says what is counted: a crowd word is people attending, a
    word of the vocabulary its subject ("put the toll at 40"), a bare "count" or
    "number" what the figures before it count (people when none does).
    """
    d = drafts[index]
    q = d.quantity
    start = max(pre_start, q.span[0] - 80)
    m = _PASSIVE_FRAME.search(doc.text, start, q.span[0]) or _ESTIMATE_FRAME.search(
        doc.text, start, q.span[0]
    )
    if m is None or (m.group("at") is None and q.hedge is None):
        return False
    if not _frame_subject(doc, drafts, index, m):
        return False
    d.basis = Basis.ESTIMATE
    return True


@functools.lru_cache(maxsize=8)
def _revised_frame(verbs: frozenset[str]) -> regex.Pattern[str]:
    """A verb of revising, its object and "from" or "to" right before a figure
    (compiled once per class)."""
    alternatives = alternation(verbs, reverse=False, space=r"\s++")
    return regex.compile(
        rf"""(?xi)\b(?:{alternatives})\s++(?:(?:up|down)\s++)?
        (?P<np>(?:the|its|their|his|her|a)\s++\p{{L}}[\p{{L}}-]*+(?:\s++\p{{L}}[\p{{L}}-]*+){{0,3}}?)
        \s++(?:(?:up|down)\s++)?(?:from|to)\s*+$"""
    )


def _revised_subject(doc: Document, drafts: list[Draft], index: int, pre_start: int) -> bool:
    """A figure a verb of revising gives its object ("Police lowered the crowd count
    from 9,000 to 6,000", "officials revised their estimate up to 52,000"): the object
    says what is counted, as an estimating frame's does. True when that is read."""
    d = drafts[index]
    q = d.quantity
    frame = _revised_frame(doc.vocab.word_class("revising_verb"))
    m = frame.search(doc.text, max(pre_start, q.span[0] - 80), q.span[0])
    return m is not None and _frame_subject(doc, drafts, index, m)


def _frame_subject(doc: Document, drafts: list[Draft], index: int, m: regex.Match[str]) -> bool:
    """The subject of a figure named by the noun phrase of a frame (``np``): a crowd
    word is people attending, a word of the vocabulary its subject, a bare "count" or
    "number" what the figures before it count (people when none does)."""
    d = drafts[index]
    vocab = doc.vocab
    words = _frame_phrase(vocab.word_class("function"), vocab.word_class("whole"), m)
    if not words:
        return False
    if len(words) > 1 and words[-1] in vocab.word_class("whole") | vocab.word_class("frame_cue"):
        words = words[:-1]  # "the crowd count", "their crowd estimate": a count of a crowd
    head = words[-1]
    named = vocab.subject_for_form(head) or vocab.subject_for_cue(" ".join(words))
    if named is None:
        named = vocab.subject_for_cue(head)
    if (
        named is None
        and len(words) > 1
        and (head.endswith("ed") or head in vocab.word_class("irregular_participle"))
    ):
        # "put the number of homes destroyed at 1,200": the noun before its participle
        words = words[:-1]
        head = words[-1]
        named = vocab.subject_for_form(head)
    if CROWD_CUE.search(head) or strong_groups(vocab).get(head) == "person":
        named = "person"
    elif named is None and head in vocab.word_class("whole"):
        topic = next(
            (
                p
                for p in reversed(drafts[max(0, index - _TOPIC_BACK) : index])
                if p.subject is not None and d.sentence - p.sentence <= _TOPIC_SENTENCES
            ),
            None,
        )
        named = topic.subject if topic is not None else "person"
    if named is None:
        d.subject, d.subject_basis = (
            subject_name(words[:-1], head, vocab.plurals),
            SubjectBasis.TEXT,
        )
    else:
        d.subject = named
    return True


def _frame_phrase(
    function: frozenset[str], whole: frozenset[str], m: regex.Match[str]
) -> list[str]:
    """The words of the noun phrase an estimate is of, before a passive verb or after
    an active one: "the deaths from the outbreak (are estimated at)" is deaths, "(put)
    the number of strikers (at)" strikers; empty for a pronoun ("it was put at")."""
    words = m.group("np").lower().split()
    k = 0
    while k < len(words) and words[k] in function:
        k += 1  # "the", "its"
    if k + 2 < len(words) and words[k] in whole and words[k + 1] == "of":
        k += 2  # "number" hands its count to the phrase after "of"
    end = k
    while end < len(words) and words[end] not in function:
        end += 1
    return words[k:end] if end == len(words) or end > k else []


def _label(doc: Document, d: Draft) -> str | None:
    """The label of a figure in a row of a list or table ("Healthcare (+55,000)")."""
    q = d.quantity
    m = _LABEL_BEFORE.search(doc.text, max(0, q.span[0] - 50), q.span[0])
    if m is None:
        return None
    signed = bool(m.group("sign")) or _SIGNED.match(q.surface) is not None
    if m.group("open") == "(" and not signed:
        return None
    label = m.group("label").strip()
    return label.lower() if label and len(label.split()) <= 4 else None


def _main_topic(drafts: list[Draft], index: int) -> Draft | None:
    """What the article counts most, for a row of a list or table with no noun
    ("Healthcare (+55,000)" in a jobs report): the subject of most counts before it,
    on a tie the one counted first (a headline's and lede's topic, not an aside's)."""
    before = drafts[max(0, index - _MAIN_TOPIC_BACK) : index]
    counts = Counter(
        p.subject
        for p in before
        if p.subject is not None and not p.negated and p.quantity.kind is QuantityKind.COUNT
    )
    if not counts:
        return None
    best = max(counts.values())
    return next(p for p in before if p.subject and counts[p.subject] == best)


def _topic(drafts: list[Draft], index: int, reach: int) -> Draft | None:
    """The last count before a figure that names what it counts, within ``reach`` sentences."""
    d = drafts[index]
    for p in reversed(drafts[max(0, index - _TOPIC_BACK) : index]):
        if d.sentence - p.sentence > reach:
            return None
        if (
            p.subject is not None
            and not p.negated
            and p.quantity.kind is QuantityKind.COUNT
            and p.subject not in TOLLS
        ):
            return p
    return None
