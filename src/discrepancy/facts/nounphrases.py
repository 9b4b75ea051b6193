"""The noun phrase a figure heads, or the one a verb joins to it: what an open subject
is read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from ..models import Qualifier
from ..rules.vocab import Token, Vocabulary
from ..text.nounphrase import is_plural, singular, subject_name
from ..text.numwords import read_number_words
from .clauses import POST_SPAN, clause_start, last_match, post_window_end
from .document import Document, Span, span_tokens
from .draft import PRE_SPAN, Draft, sentence_span
from .lexicon import SUFFERED, THE_BEFORE, not_places
from .people import entry_person

__all__ = [
    "ForecastClause",
    "before_auxiliaries",
    "forecast_clause",
    "forecast_noun_before",
    "np_after",
    "np_before",
    "own_noun_before",
]


_PARTICLES = frozenset(["down", "up"])


_MARKS = frozenset(["*", "“", '"', "‘", "'"])


_LEADING_MARKS = regex.compile(r"[\s*“\"‘']*+")


_NP_JOINERS = frozenset(["and", "&"])


_NP_MAX = 5  # words of a noun phrase read before a figure


def np_after(doc: Document, d: Draft, s_end: int) -> tuple[str, str | None, int] | bool | None:
    """The noun phrase a count heads: (subject, group, end), False for a noun no
    figure counts ("weeks", "views"), None when no noun follows.

    The head is the first plural noun (the noun itself after "one"); capitalised
    words before it are a name or a demonym, kept as the group ("169 Indian
    nationals", "eight Lakeside Lodge guests"); lower-case words before it keep
    what they restrict ("first responders"), less the words that restrict nothing.
    """
    vocab = doc.vocab
    text = doc.text
    q = d.quantity
    start = q.span[1]
    marks = _LEADING_MARKS.match(text, start)
    window = post_window_end(doc, start if marks is None else marks.end(), s_end, POST_SPAN)
    toks, lo, hi = span_tokens(doc, d.sentence, start, window)
    i = _past_of(toks, lo, hi)
    if (
        i == lo < hi
        and q.nominal > 1
        and toks[i][2] in vocab.word_class("people_verb")
        and (q.qualifier is Qualifier.VAGUE or sentence_span(doc, d)[0] == q.span[0])
    ):
        # "Millions face travel chaos", "300 face charges": people, the verb's subject
        # (but "delivered 500,000 face masks": a modifier)
        return "person", None, q.span[1]
    if i < hi and toks[i][2] == "with":
        # "another 85 with minor burns": people counted by what befell them
        for k in range(i + 1, min(hi, i + 4)):
            named = vocab.subject_for_form(toks[k][2])
            if named in SUFFERED:
                return named, None, toks[k][1]
        return None
    while i < hi and toks[i][2] in _MARKS:
        i += 1  # "7.4 million** open jobs", "two “relief flights”": emphasis and quotes
    names, words, i = _np_tokens(doc, toks, i, hi)
    if i < hi and toks[i][2] == "'s" and words:
        return None
    if not words:
        return None
    return _headed(vocab, names, words, one=q.nominal == 1)


def _past_of(toks: Sequence[Token], i: int, hi: int) -> int:
    """Past "of the" after a figure: "thousands of firefighters", "17 of 47 counties",
    "two of the suspects", and the whole's figure in words ("three of the nine
    policymakers" count policymakers)."""
    if i < hi and toks[i][2] == "of":
        i += 1
        while i < hi and (
            toks[i][2] in ("the", "its", "their", "our") or toks[i][2].endswith("'s")
        ):
            i += 1
        if i < hi and toks[i][2][0].isdigit():
            i += 1
        else:
            i = _past_number_words(toks, i, hi)
    return i


def _past_number_words(toks: Sequence[Token], i: int, hi: int) -> int:
    """Past a figure in words from token ``i`` ("nine", "twenty-one", "a hundred")."""
    parts: list[str] = []
    token_of: list[int] = []
    for k in range(i, min(hi, i + _NUMBER_WORDS)):
        for part in toks[k][2].split("-"):
            parts.append(part)
            token_of.append(k)
    used = read_number_words(parts)[1]
    return token_of[used - 1] + 1 if used else i


_NUMBER_WORDS = 6  # words a figure in words spans at most ("one hundred and twenty five")


def _np_tokens(
    doc: Document, toks: Sequence[Token], i: int, hi: int
) -> tuple[list[str], list[tuple[str, int]], int]:
    """The capitalised names and the lower-case words (with their ends) of the noun
    phrase from token ``i``, and the token it stops at."""
    function = doc.vocab.word_class("function")
    names: list[str] = []
    words: list[tuple[str, int]] = []
    while i < hi and len(names) + len(words) < _NP_MAX + 1:
        begin, end, word = toks[i]
        raw = doc.text[begin:end]
        if not word[0].isalpha() or word in function or word.endswith("'s"):
            break
        if len(word) > 4 and word.endswith("ly"):
            break
        if raw[0].isupper() and not (raw.isupper() and len(raw) <= 5 and names == []):
            if words:
                break
            names.append(raw)
        else:
            words.append((word, end))
        i += 1
    return names, words, i


def _headed(
    vocab: Vocabulary, names: list[str], words: list[tuple[str, int]], *, one: bool
) -> tuple[str, str | None, int] | bool | None:
    """The subject, group and end of a noun phrase after a count (see :func:`np_after`)."""
    plurals = vocab.plurals
    at = next((k for k, (w, _) in enumerate(words) if is_plural(w, plurals)), None)
    if at is None and one:
        at = len(words) - 1
    if at is None:
        return None
    head, end = words[at]
    if head in vocab.word_class("not_counted") or singular(head, plurals) in vocab.word_class(
        "not_counted"
    ):
        return False
    modifiers = [w for w, _ in words[:at] if w not in vocab.word_class("dropped")]
    if any(w.endswith(("ed", "ing")) for w in modifiers[-1:]) and len(modifiers) > 1:
        modifiers = modifiers[-1:]
    if at == 0 and head.endswith(("ed", "ing")) and not is_plural(head, plurals):
        return None  # "5,000 attended": a verb, not a noun
    group = " ".join(names) if names else None
    return subject_name(modifiers[-3:], head, plurals), group, end


def np_before(
    doc: Document, d: Draft, pre_start: int
) -> tuple[str | None, str | None, bool] | None:
    """The noun phrase a verb joins to the figure after it: (subject, group, transitive).

    "Seasonal workers decreased by 48,000" (seasonal worker), "The number
    of uninsured adults was 4.1 million" (uninsured adult: "number" hands its
    count to the phrase after "of"), "Jobs in warehousing and storage fell by
    nearly 6,500" (job, group "warehousing and storage"). After a verb whose
    object the figure is ("Retail added 15,700"), the phrase is who did it: the
    subject is None and the phrase is the group. None when no such verb stands
    right before the figure.
    """
    vocab = doc.vocab
    q = d.quantity
    clause = _past_closing_dash(doc, d, clause_start(doc, pre_start, q.span[0]))
    toks, lo, hi = span_tokens(doc, d.sentence, clause, q.span[0])
    linked = _linking_verb(doc, toks, lo, hi)
    if linked is None and _hedge_links(doc, d):
        linked = hi, False  # "Measles cases top 200": the hedge is the verb
    if linked is None:
        # "with cases now above 3,400" (the hedge), "with bank shares down 2.4%" (the
        # particle): a clause with no verb, its noun right before
        end = hi - 1 if hi > lo and toks[hi - 1][2] in _PARTICLES else hi
        if (q.hedge is not None or end < hi) and _with_clause(doc, toks, lo, end):
            linked, lo = (_before_adverbs(doc, toks, lo + 1, end), False), lo + 1
    if linked is None:
        return None
    link, transitive = linked
    lo = _after_complement_verb(doc, toks, lo, link)
    # "the number of long-term renters – those in one home for ten years or more –
    # rose by": the noun phrase stands before an aside set off by dashes.
    head_end = before_auxiliaries(doc, toks, lo, _before_dash_aside(toks, lo, link))
    head_end = _before_time(doc, toks, lo, head_end)
    np_end = head_end
    group: str | None = None
    pp = _first_pp(doc, toks, lo, head_end)
    if pp is not None:
        np_end = pp
        if toks[pp][2] in vocab.word_class("agent_preposition"):
            np_end -= 1  # "the median bail set by the court": the participle names no thing
        where = (toks[pp + 1][0], toks[head_end - 1][1])
        refused = not_places(doc.vocab)
        if not doc.times_in(where) and not set(doc.text[where[0] : where[1]].split()) & refused:
            group = _phrase(doc, toks, pp + 1, head_end)
    words = _np_words(doc, toks, lo, np_end)
    first = toks[np_end - len(words)] if words else None
    if first is not None and (
        doc.times_in((first[0], toks[np_end - 1][1]))
        or doc.text[first[0] : toks[np_end - 1][1]] in not_places(doc.vocab)
    ):
        words = []  # "June revised down from 118,000": a time, the noun elided
    if not words:
        # "down 84,000 since January", "June's fell 62,000": the noun is elided.
        return (None, None, True) if np_end == head_end else None
    if (
        len(words) > 1
        and (words[-1].endswith("ed") or words[-1] in vocab.word_class("irregular_participle"))
        and is_plural(words[-2], vocab.plurals)
        and words[-2] not in _NP_JOINERS
    ):
        words.pop()  # "weekly hours labored", "jobs added": a participle after its noun
    if len(words) > 1 and words[-1] in vocab.word_class("whole") and words[-2].isalpha():
        words.pop()  # "passenger numbers at the airport reached": passengers are counted
    if words[-1] in vocab.word_class("whole") or words[-1] in vocab.word_class("function"):
        return None
    if transitive and not is_plural(words[-1], vocab.plurals):
        fillers = vocab.word_class("dropped")
        modifiers = [w for w in words[:-1] if w not in fillers][-3:]
        name = subject_name(modifiers, words[-1], vocab.plurals)
        return name, _phrase(doc, toks, np_end - len(words), np_end), True
    return _named(vocab, words, group)


def _linking_verb(
    doc: Document, toks: Sequence[Token], lo: int, hi: int
) -> tuple[int, bool] | None:
    """The token of the verb that joins a noun phrase to the figure at ``hi``, and
    whether the figure is its object ("Retail added 15,700"); None when there is none."""
    vocab = doc.vocab
    fillers = vocab.word_class("dropped")
    end = hi
    while end > lo and toks[end - 1][2] in fillers:
        end -= 1
    end = _before_adverbs(doc, toks, lo, end)
    end = _before_level_noun(doc, toks, lo, end)
    link = None
    for j in range(lo, end):
        m = vocab.linking.match(toks, j, end) if toks[j][2] in vocab.linking.heads else None
        if m is not None and m[0] == end:
            link = j
            break
    if link is not None and link > lo and toks[link][2] in _PARTICLES:
        return None  # "shot down 99%": a particle of another verb, not "down 84,000"
    if link is not None:
        return link, False
    if end > lo and toks[end - 1][2] in vocab.word_class("transitive"):
        return end - 1, True
    return None


_LEVEL_NOUN_WORDS = 4  # words of a noun of level before a figure ("a new record high of")


def _before_level_noun(doc: Document, toks: Sequence[Token], lo: int, end: int) -> int:
    """Where the words before a figure end, before a noun of the level a verb reached:
    "Hospital admissions hit a record 4,500", "the toll reached a total of 48" (the
    level words that open with an article; "reach", "hit" are the verb itself)."""
    fillers = doc.vocab.word_class("dropped")
    levels = doc.vocab.word_class("level_reached")
    for n in range(min(_LEVEL_NOUN_WORDS, end - lo), 1, -1):
        if toks[end - n][2] in fillers and " ".join(t[2] for t in toks[end - n : end]) in levels:
            end -= n
            while end > lo and toks[end - 1][2] in fillers:
                end -= 1
            return end
    return end


def before_auxiliaries(doc: Document, toks: Sequence[Token], lo: int, head_end: int) -> int:
    """Where a noun phrase ends before the auxiliaries and adverbs of its verb: "The
    number of confirmed cases has risen to 216", "claims have now climbed to",
    "deaths have so far reached"."""
    return _back_over(doc, toks, lo, head_end, doc.vocab.word_class("perfect_auxiliary"))


def _before_adverbs(doc: Document, toks: Sequence[Token], lo: int, end: int) -> int:
    """Where a verb ends before the adverbs between it and its figure: "cases are now
    above 3,400", "deaths stood so far at 12"."""
    return _back_over(doc, toks, lo, end, doc.vocab.word_class("verb_adverb"))


def _back_over(
    doc: Document, toks: Sequence[Token], lo: int, end: int, words: frozenset[str]
) -> int:
    """Back from token ``end`` over ``words`` and adverbs of two words ("so far"),
    keeping at least the token at ``lo``."""
    while end > lo + 1:
        if toks[end - 1][2] in words:
            end -= 1
        elif end > lo + 2 and _adverb_pair(doc, toks, end):
            end -= 2
        else:
            break
    return end


def _with_clause(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether the tokens are "with", a noun phrase and adverbs, no verb ("with cases
    now", but not "with some reports suggesting")."""
    if hi - lo < 2 or hi - lo > _NP_MAX + 1 or toks[lo][2] != "with":
        return False
    end = _before_adverbs(doc, toks, lo + 1, hi)
    return all(t[2].isalpha() and not t[2].endswith(("ing", "ed")) for t in toks[lo + 1 : end])


def _adverb_pair(doc: Document, toks: Sequence[Token], end: int) -> bool:
    """Whether the two tokens before ``end`` are an adverb of two words ("so far")."""
    pair = f"{toks[end - 2][2]} {toks[end - 1][2]}"
    return pair in doc.vocab.word_class("verb_adverb")


def _after_complement_verb(doc: Document, toks: Sequence[Token], lo: int, link: int) -> int:
    """Where the clause of a linking verb starts after a verb whose object it is: "Data
    released on Friday showed exports rose to 41,000" (exports, not data)."""
    verbs = doc.vocab.word_class("complement_verb")
    for k in range(link - 1, lo, -1):
        if toks[k][2] in verbs:
            return k + 1
    return lo


def _before_time(doc: Document, toks: Sequence[Token], lo: int, head_end: int) -> int:
    """Where a noun phrase ends before a time expression that ends right before its
    verb: "Road deaths this year stood at 212", "Sales last month rose to" (the
    phrase is "road deaths", the time says when)."""
    if head_end <= lo + 1:
        return head_end
    last = toks[head_end - 1]
    times = doc.times_in((toks[lo][0], last[1]))
    if not times or times[-1].span[1] < last[1] or times[-1].span[0] <= toks[lo][0]:
        return head_end
    start = times[-1].span[0]
    k = head_end - 1
    while k > lo and toks[k][0] > start:
        k -= 1
    return k if k > lo else head_end


def _hedge_links(doc: Document, d: Draft) -> bool:
    """Whether a figure's hedge is a verb that joins the phrase before it to the figure
    ("cases top 200", "crowds topping 10,000", "attendance hovered around 3,000")."""
    hedge = d.quantity.hedge
    return hedge is not None and " ".join(hedge.lower().split()) in doc.vocab.word_class(
        "hedge_verb"
    )


_DASHES = frozenset(["–", "—", "-"])


_ASIDE_CHARS = 80  # characters of an aside between dashes, at most


_CLOSING_DASH = regex.compile(r"\s*+[–—]\s")


_OPENING_DASH = regex.compile(r"\s[–—]\s")


def _past_closing_dash(doc: Document, d: Draft, clause: int) -> int:
    """Where the clause before a figure starts when it opens on the dash that closes
    an aside (the window stopped at a figure inside the aside): before the aside."""
    if _CLOSING_DASH.match(doc.text, clause, d.quantity.span[0]) is None:
        return clause
    s_start = sentence_span(doc, d)[0]
    opening = last_match(_OPENING_DASH, doc.text, max(s_start, clause - _ASIDE_CHARS), clause)
    if opening is None:
        return clause
    return clause_start(doc, max(s_start, opening.start() - PRE_SPAN), opening.start())


_ASIDE_TOKENS = 12  # tokens of an aside between dashes ("those in one home for ten years")


def _before_dash_aside(toks: Sequence[Token], lo: int, link: int) -> int:
    """Where the words before a verb end, past an aside closed by a dash right
    before it; ``link`` itself when there is none."""
    if link - 1 <= lo or toks[link - 1][2] not in _DASHES:
        return link
    for k in range(link - 2, max(lo, link - 2 - _ASIDE_TOKENS) - 1, -1):
        if toks[k][2] in _DASHES:
            return k if k > lo else link
    return link


def _first_pp(doc: Document, toks: Sequence[Token], lo: int, link: int) -> int | None:
    """The first of the prepositional phrases between a noun and its verb.

    "Jobs in warehousing and storage fell", "average weekly rents for all tenants
    in private housing rose": the noun stands before the first of them.
    "The number of uninsured adults was": the phrase after "of" counts.
    """
    vocab = doc.vocab
    fillers = vocab.word_class("dropped")
    prepositions = vocab.word_class("np_preposition")
    agents = vocab.word_class("agent_preposition")
    participles = vocab.word_class("irregular_participle")
    pp = None
    for k in range(link - 1, max(lo, link - 10) - 1, -1):
        word = toks[k][2]
        # "The average wait at the clinic rose": "at" heads cues ("at a news conference
        # by") but opens a phrase here; only a cue that starts there ends the noun phrase.
        if not word[0].isalpha() or (
            word in vocab.cue_forms.heads and vocab.cue_forms.match(toks, k, link) is not None
        ):
            break
        agent = (
            word in agents
            and k > lo
            and (toks[k - 1][2].endswith("ed") or toks[k - 1][2] in participles)
        )
        if (word in prepositions or agent) and k > lo and not _is_function(doc, toks[k - 1]):
            if word == "of" and toks[k - 1][2] in vocab.word_class("whole"):
                break
            pp = k
        elif _is_function(doc, toks[k]) and word not in fillers and word not in _NP_JOINERS:
            break
    return pp


def _named(
    vocab: Vocabulary, words: list[str], group: str | None
) -> tuple[str | None, str | None, bool]:
    """The subject of the noun phrase before a linking verb, and its group.

    "Fishing and forestry jobs lost 1,500": the vocabulary's job, in fishing and forestry;
    "seasonal workers" are no people in general, and keep their own name.
    """
    fillers = vocab.word_class("dropped")
    modifiers = [w for w in words[:-1] if w not in fillers][-3:]
    name = subject_name(modifiers, words[-1], vocab.plurals)
    for k in range(len(words)):
        named = vocab.subject_for_form(" ".join(words[k:]))
        if named is not None:
            rest = [w for w in words[:k] if w not in fillers]
            if rest and entry_person(vocab, named):
                break
            return named, " ".join(rest) or group, False
    return name, group, False


def _is_function(doc: Document, tok: Token) -> bool:
    """Whether a token is a function word ("may" is; "May" in mid-sentence is a name)."""
    if tok[2] not in doc.vocab.word_class("function"):
        return False
    return doc.text[tok[0]].islower() or doc.sentence_of(tok[0]) != doc.sentence_of(tok[0] - 1)


def own_noun_before(doc: Document, d: Draft, pre_start: int) -> bool:
    """Whether a figure's clause names its own noun before a linking verb ("..., whereas
    new hires were 3.4 million"): then it shares no elided noun."""
    before = np_before(doc, d, pre_start)
    return before is not None and before[0] is not None and not before[2]


def _np_lead(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> list[str]:
    """Determiners and possessives that open a noun phrase ("the", "May's")."""
    lead: list[str] = []
    function = doc.vocab.word_class("function")
    for k in range(lo, hi):
        word = toks[k][2]
        if word in function or word.endswith("'s") or word == "'s":
            lead.append(word)
        else:
            break
    return lead


def _np_words(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> list[str]:
    """The words of the noun phrase that ends at token ``hi`` (lower case).

    Read back from the end: the phrase stops at a function word, a possessive, a
    speech cue or punctuation; "and" joins two nouns ("mining and logging jobs").
    """
    vocab = doc.vocab
    vocab.word_class("function")
    words: list[str] = []
    k = _before_participle(doc, toks, lo, hi) - 1
    while k >= lo and len(words) < _NP_MAX:
        word = toks[k][2]
        if word in _NP_JOINERS and words and k > lo and toks[k - 1][2][0].isalpha():
            words.append(word)
            k -= 1
            continue
        if (
            not word[0].isalpha()
            or _is_function(doc, toks[k])
            or word.endswith("'s")
            or (word in vocab.cue_forms.heads and not _noun_cue(vocab, word))
            or vocab.event_forms.match(toks, k, hi) is not None
        ):
            break
        words.append(word)
        k -= 1
    while words and words[-1] in _NP_JOINERS:
        words.pop()
    words.reverse()
    return words


def _before_participle(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> int:
    """Where a noun phrase ends before a participle that follows its plural head: "the
    number of polling stations reporting climbed to 4,100" (stations), "claims filed
    rose", "the number of journeys lost was" (a cue or an event word that would end
    the phrase read back from it)."""
    if hi - lo < 2:
        return hi
    word, head = toks[hi - 1][2], toks[hi - 2][2]
    vocab = doc.vocab
    if (
        (word.endswith(("ed", "ing")) or word in vocab.word_class("irregular_participle"))
        and head[0].isalpha()
        and not _is_function(doc, toks[hi - 2])
        and is_plural(head, vocab.plurals)
        and (word in vocab.cue_forms.heads or vocab.event_forms.match(toks, hi - 1, hi))
    ):
        return hi - 1
    return hi


def _noun_cue(vocab: Vocabulary, word: str) -> bool:
    """Whether a word of a speech or report cue right before a linking verb is a noun,
    the head of the phrase: "Unemployment claims climbed to 231,000", "Reports of
    fraud rose", "the death count exceeded 240" (``cue_noun``; "says" is a verb)."""
    return word in vocab.word_class("cue_noun")


def _phrase(doc: Document, toks: Sequence[Token], lo: int, hi: int) -> str | None:
    """The words of tokens ``lo..hi`` without their leading determiners, as written."""
    lead = len(_np_lead(doc, toks, lo, hi))
    if lo + lead >= hi:
        return None
    return doc.text[toks[lo + lead][0] : toks[hi - 1][1]].lower()


class ForecastClause(NamedTuple):
    """A relative clause with no "that" whose forecasters give the figure before it.

    Attributes:
        forecasters: the span of who forecast it ("economists", "pollsters").
        cue: the span of the verb of forecast, auxiliary included ("had expected").
        right_after: whether the forecasters stand right after the figure, so the
            figure has no noun of its own ("the 120,000 economists had expected"),
            or after its noun ("the 40 seats pollsters predicted").
        cue_basis: the basis the verb gives (``forecast``, or ``projection`` for
            "had projected").
    """

    forecasters: Span
    cue: Span
    right_after: bool
    cue_basis: str


_FORECASTERS_MAX = 3  # words naming the forecasters ("Wall Street economists")


# Bases of a figure forecast before the fact; an estimate ("the 200 observers had
# estimated") is of a figure already there, and is left to the speech cues.
_FORWARD_BASES = frozenset(["forecast", "projection"])


_CLAUSE_END = frozenset([",", ";", ":", ".", "!", "?", "–", "—", ")"])


def forecast_clause(doc: Document, d: Draft) -> ForecastClause | None:
    """The forecast a relative clause with no "that" gives a figure after "the":
    "short of the 120,000 economists had expected", "above the 3% analysts
    forecast", "the 40 seats pollsters predicted". The clause ends on its verb (the
    figure is that verb's object), and its subject is a forecaster noun
    (``unnamed_source``), a name, or stands before an auxiliary ("had expected"):
    "the 400 seats predicted" is a count of seats, and "the 120 economists expected
    a rise" counts economists. None when the figure has no such clause.
    """
    vocab = doc.vocab
    q = d.quantity
    if not THE_BEFORE.search(doc.text, max(0, q.span[0] - 5), q.span[0]):
        return None
    s_end = sentence_span(doc, d)[1]
    start = max(q.span[1], d.noun_end)
    toks, lo, hi = span_tokens(doc, d.sentence, start, min(s_end, start + POST_SPAN))
    first = lo
    function = vocab.word_class("function")
    auxiliaries = vocab.word_class("forecast_auxiliary")
    forecasters = vocab.word_class("unnamed_source")
    if (
        lo < hi
        and toks[lo][2] not in forecasters
        and vocab.subject_for_form(toks[lo][2]) is not None
    ):
        lo += 1  # "the 40 seats pollsters predicted": the figure's own noun first
    k = lo
    while (
        k < hi
        and k - lo < _FORECASTERS_MAX
        and toks[k][2][0].isalpha()
        and toks[k][2] not in function
        and toks[k][2] not in auxiliaries
        # "the 50mm forecasters had predicted": a forecaster noun that is a cue itself
        and (k == lo or vocab.basis_cues.match(toks, k, hi) is None)
    ):
        k += 1
    if k == lo or k >= hi:
        return None
    head = toks[k - 1][2]
    named = doc.text[toks[lo][0]].isupper()
    aux = k
    while aux < hi and toks[aux][2] in auxiliaries:
        aux += 1
    cue = vocab.basis_cues.match(toks, aux, hi) if aux < hi else None
    if cue is None or cue[1] not in _FORWARD_BASES:
        return None
    if cue[0] < hi and toks[cue[0]][2] not in _CLAUSE_END:
        return None  # "the 120 economists expected a rise": the clause goes on
    if not (aux > k or cue[0] - aux > 1 or named or head in forecasters):
        return None
    return ForecastClause(
        forecasters=(toks[lo][0], toks[k - 1][1]),
        cue=(toks[k][0], toks[cue[0] - 1][1]),
        right_after=lo == first and start == q.span[1],
        cue_basis=cue[1],
    )


_NOUN_OF_CHARS = 40  # characters before a figure where "forecasts of" is looked for


_FORECAST_NOUN_WORDS = 2  # words of a forecast noun before "of" ("consensus forecast")


def forecast_noun_before(doc: Document, d: Draft) -> bool:
    """Whether a forecast noun and "of" stand right before a figure: "well below
    forecasts of 110,000", "beating expectations of 2.5%" (the vocabulary's basis
    cues of a forecast)."""
    q = d.quantity
    s_start = sentence_span(doc, d)[0]
    toks, lo, hi = span_tokens(doc, d.sentence, max(s_start, q.span[0] - _NOUN_OF_CHARS), q.span[0])
    if hi - lo < 2 or toks[hi - 1][2] != "of":
        return False
    for j in range(hi - 2, max(lo, hi - 1 - _FORECAST_NOUN_WORDS) - 1, -1):
        m = doc.vocab.basis_cues.match(toks, j, hi - 1)
        if m is not None and m[0] == hi - 1 and m[1] in _FORWARD_BASES:
            return True
    return False
