"""Dated statements: who said what, and on which day the text says it was said.

Outlets often quote the same remark and date it differently (or not at all). A
statement is a quotation of at least four words with a speaker the text names (a
name, or a pronoun or role such as "the Kremlin spokesman" that points back to one),
and the day a time expression in its sentence, or in the sentence that introduces
it, resolves to.

>>> from datetime import date
>>> from discrepancy.facts.statements import find_statements
>>> from discrepancy.mentions.times import find_times
>>> text = ('Kremlin spokesperson Dmitry Peskov spoke on Friday. '
...         '"He was invited to Moscow to talk, not to capitulate," the Kremlin spokesman said.')
>>> [(s.speaker, s.quote, str(s.time)) for s in find_statements(
...     text, find_times(text, published=date(2025, 9, 5)))]
[('Peskov', 'He was invited to Moscow to talk, not to capitulate,', 'day:2025-09-05..2025-09-05')]
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import regex

from ..comparison.grouping import join_sharing
from ..models import (
    DEFAULT_POLICY,
    Agreement,
    Attribution,
    Cell,
    Extraction,
    Granularity,
    Quantity,
    Reason,
    Row,
    RowKey,
    RowKind,
    Span,
    Statement,
    TimeMention,
    Verdict,
    trusted,
)
from ..text.gate import lower_text

if TYPE_CHECKING:
    from ..rules.vocab import Vocabulary

__all__ = ["carry_sources", "find_statements", "sentences_with_cues", "statement_rows"]

# Four words or fewer are usually scare quotes or names (“coalition of the resolute”).
_MIN_WORDS = 5
_MAX_QUOTE = 800

_QUOTE = regex.compile(
    r"""
    “(?P<q>[^“”\n]{1,800}+)”        # curly quotes
    | "(?P<q>[^"\n]{1,800}+)"         # straight quotes, paired on one line
    """,
    regex.VERBOSE,
)


_SPEECH = (
    r"said|says|told|wrote|writes|noted|added|explained|remarked|commented|stated|insisted|"
    r"sneered|asked|replied|warned|declared|continued|argued|claimed|clarified|"
    r"stressed|posted|tweeted|announced|acknowledged|admitted|recalled|underlined"
)
# Up to six capitalised words: "Russian Defence Minister Andrei Belousov".
_NAME = r"\p{Lu}[\p{L}'’-]++(?:\s++\p{Lu}[\p{L}'’-]++){0,5}"
_ROLE = (
    r"(?:the\s++)?(?:\p{Lu}[\p{L}-]++\s++|\p{Ll}[\p{L}-]++\s++){0,3}?(?:"
    + (
        r"president|leader|spokes(?:man|woman|person)|minister|chancellor|premier|official|"
        r"secretary|chief|commander|mayor|governor|envoy|ambassador|general"
    )
    + r")"
)
_PRONOUN = r"he|she|they|He|She|They"

# Speaker right after the closing quote: ', he said' / ', Sybiha noted' / ' said Peskov'.
_AFTER = regex.compile(
    rf"""[\s,]*+(?:
        (?P<who>{_NAME}|{_PRONOUN}|{_ROLE}(?:\s++{_NAME})?)\s++(?:\p{{Ll}}++\s++)?(?:{_SPEECH})\b
        | (?:{_SPEECH})\s++(?P<who>{_NAME}|{_ROLE}(?:\s++{_NAME})?)
    )""",
    regex.VERBOSE,
)
# Speaker before the opening quote in the same sentence: 'Zelensky said, "...'.
_BEFORE = regex.compile(
    rf"(?P<who>{_NAME}|{_PRONOUN}|{_ROLE})\s++(?:\p{{Ll}}++\s++)?(?:{_SPEECH})\b[^“\"]{{0,200}}+\Z",
    regex.VERBOSE,
)
# '<Nationality|Institution> <title> <First> <Last>' introduces a person with a role.
# '<Nationality|Institution> <title> <First> <Last>' introduces a person with a role.
# The title word is found first (a literal scan is fast); the name after it and the
# organisation before it are read in a bounded window around that hit.
_TITLE = regex.compile(
    r"""\b(?P<title>[Pp]resident|leader|spokes(?:man|woman|person)|[Mm]inister|[Mm]ayor
        |[Gg]overnor|[Cc]hancellor|[Cc]hief|[Ss]ecretary|[Cc]ommander)\s++""",
    regex.VERBOSE,
)
# The words _TITLE starts with, in lower case. A str.find per word lists every place
# a title can start far faster than a regex search over the whole text; _TITLE then
# confirms each place (see _titles).
_TITLE_WORDS = (
    "president",
    "leader",
    "spokes",
    "minister",
    "mayor",
    "governor",
    "chancellor",
    "chief",
    "secretary",
    "commander",
)
_NAME_AT = regex.compile(_NAME)
_ORG_BEFORE = regex.compile(
    r"(?P<org>\p{Lu}[\p{L}-]++)\s++(?:(?:Foreign|Defence|Defense|Prime|Interior)\s++)?\Z"
)
_ROLE_CLASS = regex.compile(
    r"(?P<cls>president|leader|spokes|minister|chancellor|premier|mayor|governor)", regex.I
)
_PRONOUNS = {"he", "she", "they"}
_WORD = regex.compile(r"\w+")
# A quotation is long enough when it holds _MIN_WORDS runs of word characters
# (``len(_WORD.findall(q)) >= _MIN_WORDS``); the search stops at the fifth.
_ENOUGH_WORDS = regex.compile(rf"\w++(?:\W++\w++){{{_MIN_WORDS - 1}}}")
# _BEFORE ends with a speech verb at most 200 characters before the quotation: a
# quotation with no speech verb in that stretch needs no search over the sentence.
_SPEECH_VERB = regex.compile(rf"(?:{_SPEECH})\b")
_BEFORE_REACH = 200 + max(len(verb) for verb in _SPEECH.split("|"))
_CONTRACTIONS = (
    ("can't", "cannot"),
    ("won't", "will not"),
    ("n't", " not"),
    ("'re", " are"),
    ("'m", " am"),
    ("'ve", " have"),
    ("'ll", " will"),
)


@functools.lru_cache(maxsize=512)
def _role_class(text: str) -> str | None:
    m = _ROLE_CLASS.search(text)
    if m is None:
        return None
    cls = m["cls"].lower()
    return "leader" if cls in ("president", "leader", "premier", "chancellor") else cls


_POSSESSIVE = regex.compile(r"['’]s?$")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}-]++(?:['’]s)?+")


def _canonical(name: str, vocabulary: Vocabulary) -> str:
    """One name per person: the vocabulary's, else the surname as written."""
    name = _POSSESSIVE.sub("", name)
    found = vocabulary.canonical_entity(name)
    if found is None and " " in name:
        found = vocabulary.canonical_entity(name.split()[-1]) or name.split()[-1]
    return found or name


def find_statements(
    text: str,
    times: Sequence[TimeMention],
    *,
    sentences: Sequence[tuple[int, int]] | None = None,
    vocabulary: Vocabulary | None = None,
    lowered: str | None = None,
) -> list[Statement]:
    """Quotations with a speaker, dated by the time expression that governs them.

    Args:
        text: the article text.
        times: the article's time mentions (from :func:`discrepancy.find_times`).
        sentences: sentence spans, if already split.
        vocabulary: entity aliases for one name per speaker (default: shipped data).
        lowered: ``lower_text(text)``, if already made.

    Returns:
        Statements in text order; quotes with no recognisable speaker are left out.
    """
    from ..rules.vocab import Vocabulary
    from ..text.sentences import split_sentences

    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    if sentences is None:
        sentences = split_sentences(text)
    quotes = [m for m in _QUOTE.finditer(text) if _ENOUGH_WORDS.search(m["q"]) is not None]
    if not quotes:
        return []
    roles = _roles(text, lower_text(text) if lowered is None else lowered, vocab)
    titled = set(roles.values())
    starts = [a for a, _ in sentences]
    quote_starts = [q.start() for q in quotes]
    time_starts = [t.span[0] for t in times]
    out: list[Statement] = []
    last_speaker: str | None = None
    for n, m in enumerate(quotes):
        i = bisect.bisect_right(starts, m.start()) - 1
        s_start = sentences[i][0] if i >= 0 else 0
        who = _AFTER.match(text, m.end(), min(len(text), m.end() + 120))
        if who is None and _SPEECH_VERB.search(
            text, max(s_start, m.start() - _BEFORE_REACH), m.start()
        ):
            # No part of _BEFORE matches a quotation mark: start after the last one.
            after_quote = max(
                text.rfind("“", s_start, m.start()), text.rfind('"', s_start, m.start())
            )
            who = _BEFORE.search(text, max(s_start, after_quote + 1), m.start())
        if who is None:
            continue
        # A pronoun points to the subject of its sentence or of the one before: the
        # first person named before the quotation (names after "he said" are objects,
        # "referring to Donald Trump"), then in the sentence before; else the last speaker.
        nearby = None
        if who["who"].strip().lower() in _PRONOUNS:
            prev_start = sentences[i - 1][0] if i >= 1 else s_start
            nearby = _first_person(
                text, (s_start, m.start()), quotes[:n], quote_starts, titled, vocab
            ) or _first_person(text, (prev_start, s_start), quotes[:n], quote_starts, titled, vocab)
        speaker = _resolve(who["who"], roles, nearby, last_speaker, vocab)
        if speaker is None:
            continue
        last_speaker = speaker
        window, surface = _governing_time(times, time_starts, sentences, i, m, speaker, text)
        out.append(
            trusted(
                Statement,
                speaker=speaker,
                quote=m["q"],
                span=(m.start("q"), m.end("q")),
                time=window.window if window else None,
                time_surface=surface,
            )
        )
    return out


def _roles(text: str, lowered: str, vocabulary: Vocabulary) -> dict[tuple[str, str | None], str]:
    """Who holds which role in this text: ("kremlin", "spokes") -> "Peskov"."""
    roles: dict[tuple[str, str | None], str] = {}
    for t in _titles(text, lowered):
        name = _NAME_AT.match(text, t.end(), min(len(text), t.end() + 80))
        if name is None:
            continue
        org = _ORG_BEFORE.search(text, max(0, t.start() - 40), t.start())
        person = _canonical(name.group(), vocabulary)
        roles[((org["org"] if org else "").lower(), _role_class(t["title"]))] = person
        roles.setdefault(("", _role_class(t["title"])), person)
    return roles


def _titles(text: str, lowered: str) -> Iterator[regex.Match[str]]:
    """``_TITLE.finditer(text)``, trying _TITLE only where a title word starts."""
    starts: set[int] = set()
    for word in _TITLE_WORDS:
        at = lowered.find(word)
        while at >= 0:
            starts.add(at)
            at = lowered.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end:  # finditer resumes after each match: skip starts inside it
            m = _TITLE.match(text, at)
            if m is not None:
                end = m.end()
                yield m


def _first_person(
    text: str,
    region: tuple[int, int],
    quotes: Sequence[regex.Match[str]],
    quote_starts: Sequence[int],
    titled: set[str],
    vocabulary: Vocabulary,
) -> str | None:
    """The first person named in ``region`` outside quotations, if any."""
    for m in _CAPITALISED.finditer(text, *region):
        q = bisect.bisect_right(quote_starts, m.start()) - 1
        if 0 <= q < len(quotes) and m.start() < quotes[q].end():
            continue
        word = _POSSESSIVE.sub("", m.group())
        if vocabulary.entity_type(word) == "person":
            return vocabulary.canonical_entity(word)
        if word in titled:
            return word
    return None


def _resolve(
    who: str,
    roles: dict[tuple[str, str | None], str],
    nearby: str | None,
    last: str | None,
    vocabulary: Vocabulary,
) -> str | None:
    word = who.strip()
    if word.lower() in _PRONOUNS:
        return nearby or last
    words = word.split()
    cls = _role_class(words[-1])
    if cls is not None:
        # "the Kremlin spokesman", "the Ukrainian leader": a role, not a name.
        org = next((w.lower() for w in words[:-1] if w[0].isupper()), "")
        return roles.get((org, cls)) or roles.get(("", cls))
    # "the Kremlin spokesman Dmitry Peskov", "Governor Maria Lopez": the name is what
    # follows the last title word.
    titled = [i for i, w in enumerate(words[:-1]) if _role_class(w) is not None]
    if titled:
        words = words[titled[-1] + 1 :]
    elif word[0].islower():
        return None
    return _canonical(" ".join(words), vocabulary)


def _governing_time(
    times: Sequence[TimeMention],
    time_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    i: int,
    quote: regex.Match[str],
    speaker: str,
    text: str,
) -> tuple[TimeMention | None, str | None]:
    def first_in(start: int, end: int) -> TimeMention | None:
        for k in range(bisect.bisect_left(time_starts, start), len(times)):
            t = times[k]
            if t.span[0] >= end:
                return None
            # A bare year ("by 2035") is a target or a label, never the day of a remark.
            if (
                not quote.start() <= t.span[0] < quote.end()
                and t.window.granularity is not Granularity.YEAR
            ):
                return t
        return None

    s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
    here = first_in(s_start, s_end)
    if here is not None:
        return here, here.surface
    # The sentence that introduces the quote ("X dismissed the offer on Thursday.").
    if i >= 1:
        p_start, p_end = sentences[i - 1]
        before = text[p_start:p_end]
        # The speaker test is cheap and usually fails: make it first.
        if speaker.split()[-1] in before and not any(
            _ENOUGH_WORDS.search(q["q"]) is not None for q in _QUOTE.finditer(before)
        ):
            found = first_in(p_start, p_end)
            if found is not None:
                return found, found.surface
    return None, None


# --------------------------------------------------------------------------- rows


def _normalise(quote: str) -> list[str]:
    q = quote.lower().replace("’", "'")
    for short, long in _CONTRACTIONS:
        q = q.replace(short, long)
    return _WORD.findall(q)


def _trigrams(words: list[str]) -> set[str]:
    return {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}


def statement_rows(extractions: Sequence[Extraction], copy_of: dict[str, str]) -> list[Row]:
    """Rows for statements that at least two articles carry and at least one dates."""
    items = [
        (ai, st, _trigrams(_normalise(st.quote)))
        for ai, ex in enumerate(extractions)
        for st in ex.statements
    ]
    # Features are (speaker, word trigram): only one speaker's quotes can be one remark.
    features = [{(st.speaker, g) for g in grams} for _, st, grams in items]
    uf = join_sharing(features, at_least=2)
    rows = []
    for members in uf.groups():
        by_article: dict[int, Statement] = {}
        for i in members:
            ai, st, _ = items[i]
            current = by_article.get(ai)
            if current is None or (current.time is None and st.time is not None):
                by_article[ai] = st
        # Copies of one story are one source: a remark needs two independent articles.
        sources = {copy_of.get(i, i) for i in (extractions[ai].article.id for ai in by_article)}
        if len(sources) < 2 or all(st.time is None for st in by_article.values()):
            continue
        rows.append(_statement_row(by_article, extractions, copy_of))
    rows.sort(key=lambda r: (r.key.subject, r.key.event or ""))
    return rows


def _statement_row(
    by_article: dict[int, Statement], extractions: Sequence[Extraction], copy_of: dict[str, str]
) -> Row:
    ids = [ex.article.id for ex in extractions]
    days = {ai: st.time.key() for ai, st in by_article.items() if st.time is not None}
    shortest = min(by_article.values(), key=lambda st: len(st.quote))
    label = " ".join(shortest.quote.strip(" ,.").split()[:12])
    cells = []
    silent = []
    for ai, aid in enumerate(ids):
        st = by_article.get(ai)
        note = f"copy_of:{copy_of[aid]}" if aid in copy_of else None
        if st is None:
            silent.append(aid)
            cells.append(Cell(article_id=aid, note="not_reported"))
        else:
            undated = "undated" if st.time is None else None
            cells.append(
                Cell(
                    article_id=aid,
                    statement=st,
                    note="; ".join(filter(None, [note, undated])) or None,
                )
            )
    distinct = sorted(set(days.values()))
    from ..report.render import window_label

    dated = ", ".join(
        f"{ids[ai]}: {by_article[ai].time_surface} ({window_label(k)})" for ai, k in days.items()
    )
    undated_ids = [ids[ai] for ai in by_article if ai not in days]
    window = next(st.time for st in by_article.values() if st.time is not None)
    reasons: tuple[Reason, ...]
    if len(distinct) > 1:
        verdict, reason, reasons = Verdict.DIFFER, Reason.DISJOINT, (Reason.DISJOINT,)
        explanation = f"outlets date the statement differently: {dated}"
    else:
        agreement = Reason.SAME_FIGURE if len(days) > 1 else Reason.SINGLE_SOURCE
        explanation = (
            f"dated the same by {len(days)} article{'s' if len(days) != 1 else ''}: {dated}"
        )
        if silent or undated_ids:
            verdict, reason = Verdict.OMIT, Reason.NOT_REPORTED
            reasons = (Reason.NOT_REPORTED, agreement)
            if undated_ids:
                verb = "quotes" if len(undated_ids) == 1 else "quote"
                explanation += f"; {', '.join(undated_ids)} {verb} it without a date"
            if silent:
                explanation += f"; {', '.join(silent)} do not carry it"
        else:
            verdict, reason, reasons = Verdict.AGREE, agreement, (agreement,)
    return Row(
        key=RowKey(
            kind=RowKind.STATEMENT,
            subject=shortest.speaker,
            event=label,
            window=distinct[0] if len(distinct) == 1 else None,
        ),
        cells=tuple(cells),
        verdict=verdict,
        reason=reason,
        reasons=reasons,
        explanation=explanation,
        window=window if len(distinct) == 1 else None,
        independent=len({copy_of.get(ids[ai], ids[ai]) for ai in by_article}),
        agreement=Agreement.DIFFER
        if verdict is Verdict.DIFFER
        else Agreement.AGREE
        if len(days) > 1
        else Agreement.SINGLE,
    )


# --------------------------------------------------------------------------- sources that carry


class _Cue(Protocol):
    """A speech or report cue of a sentence and the party it names (``_extract._Anchor``)."""

    start: int
    end: int
    source: str | None
    role: str
    source_type: str | None
    cue: str
    source_span: Span | None
    position: str


class _Figure(Protocol):
    """A figure being read (``_extract._Draft``): where it is and who gave it."""

    @property
    def quantity(self) -> Quantity: ...

    sentence: int
    subject: str | None
    event: str | None
    attribution: Attribution | None


# Words between a speaker and its cue that are no part of the speaker's name.
_AUX = r"(?:also|later|then|has|had|have|again|further|earlier)"
# The words right before a speech cue when they point back to a speaker named
# earlier: a pronoun ("he said") or a definite noun ("the county said", "the
# Israeli ministry added").
_POINTER_BEFORE = regex.compile(
    r"\b(?P<who>he|she|it|they|the(?:\s++[\p{L}\d-]++){1,2}?)"
    rf"(?:\s++{_AUX})*+\s*+\Z",
    regex.IGNORECASE,
)
# ..., said the county.  /  ..., she added.
_POINTER_AFTER = regex.compile(
    r"\s*+(?P<who>he|she|it|they|the(?:\s++[\p{L}\d-]++){1,2}?)\s*+(?:[,.;:!?]|\Z)",
    regex.IGNORECASE,
)
# A year in a sentence: a background figure ("In 2019 a storm killed 12") is
# the writer's, unless the statement being carried was about a past year too.
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")
# A line that ends with no full stop is a heading: a new section, a new voice.
_SENTENCE_END = regex.compile(r"[.!?…\"”’'»)]\s*+\Z")
# A headline credits its source after a colon: "Iran fired 290 missiles: army".
_HEADLINE_CREDIT = regex.compile(
    r":\s++(?P<who>(?:\p{Lu}[\p{L}'’.-]*+|\p{Ll}++)(?:\s++[\p{L}'’.-]++){0,3}?)\s*+\Z"
)
# "The Israeli military said", "the French interior ministry added", "the Labor
# Department on Friday reported", "Reports from Greek media indicated": a body named
# by a capitalised name or qualifier, right before the cue.
_QUALIFIED_BODY = regex.compile(
    r"\b(?:(?i:the)|(?i:reports|figures|data|estimates)\s++(?:from|by|of|in)(?:\s++the)?)\s++"
    r"(?P<who>\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)*+"
    rf"(?:\s++(?!{_AUX}\b)\p{{Ll}}[\p{{L}}-]++){{0,2}})"
    r"(?:\s++(?:late\s++|early\s++)?on\s++\p{Lu}\p{Ll}++)?"  # "the Labor Department on Friday said"
    rf"(?:\s++{_AUX})*+\s*+\Z"
)
# The same body opening its sentence without an article: "Iranian television claimed".
_OPENING_BODY = regex.compile(
    r"(?!(?i:the|a|an|this|that|these|those|its|their)\b)(?P<who>\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)*+"
    rf"\s++(?!{_AUX}\b)\p{{Ll}}[\p{{L}}-]++)(?:\s++{_AUX})*+\s*+\Z"
)
_FIGURE_NEXT = regex.compile(r"\s++(?:\p{Ll}++\s++)?[\d$€£]")
# "relayed by Greek media", "via the Hellenic Coast Guard": a body named after a cue.
_QUALIFIED_AFTER = regex.compile(
    r"\s*+(?:the\s++)?(?P<who>\p{Lu}[\p{L}-]++(?:\s++\p{Lu}[\p{L}-]++)*+"
    r"(?:\s++\p{Ll}[\p{L}-]++)?)(?=\s*+(?:[,.;:)]|\s(?:said|says|say|suggested|reported|showed)\b|\Z))"
)
# "..., said Ana Ruiz, mayor of ...": a name of two to four words before a comma.
_NAME_APPOSITIVE = regex.compile(
    r"\s*+(?P<who>\p{Lu}[\p{L}'’.-]++(?:\s++\p{Lu}[\p{L}'’.-]++){1,3}),"
)
# "according to data from the Labor Department": the body the figures come from.
_DATA_FROM = regex.compile(
    r"\s*+(?:\p{Ll}++\s++)?(?:data|figures|statistics|estimates|numbers|records)\s++"
    r"(?:from|of|by|released\s++by|published\s++by)\s++(?:the\s++)?"
    r"(?P<who>\p{Lu}[\p{L}'’.-]*+(?:\s++(?:of\s++)?\p{Lu}[\p{L}'’.-]*+){0,4})"
)
# "... counted 15,500 demonstrators and the organisers 22,000": a party, then the figure.
_GAP_BEFORE = regex.compile(
    r"\b(?:and|while|against|versus)\s++(?P<who>(?:the\s++)?\p{L}[\p{L}'’-]*+(?:\s++\p{L}[\p{L}'’-]*+)?)"
    r"\s++\Z"
)
# "... 22,000 identified by the police and 30,000 by the unions": the figure, then "by" a party.
_GAP_AFTER = regex.compile(
    r"\s++by\s++(?P<who>(?:the\s++)?\p{L}[\p{L}'’-]*+(?:\s++\p{L}[\p{L}'’-]*+)?)"
    r"\s*+(?:[,.;:)–—]|\s-\s|\Z)"
)
_ARTICLE_BEFORE = regex.compile(r"\b(?i:the)\s++\Z")
_POINTER_CANDIDATES = 12  # earlier sources a pointer may name: keeps the pass linear
_POINTER_REACH = 12  # characters from a pointer's cue to the figure it gives
_RELEASE_CREDITS = 3  # sentences crediting one source before it carries further
_PERSON_POINTERS = frozenset(["he", "she"])
_PEOPLE = "person"  # the vocabulary's subject for people of no more specific kind
_BODY_POINTERS = frozenset(["it"])


@dataclass(slots=True)
class _Voice:
    """Who is speaking: the attribution a statement's figures take, and where it stands."""

    attribution: Attribution
    kind: str | None  # "person", "organization", ... as the vocabulary types the source
    sentence: int = -1  # the last sentence of the statement
    counts: frozenset[tuple[str | None, str | None]] = frozenset()  # (subject, event)
    background: bool = False  # the statement names a year
    cue_end: int = -1  # for a pointer ("the union had reported"): where its cue ends


def carry_sources(
    text: str,
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    figures: Sequence[_Figure],
    cues_of: Callable[[int], Sequence[_Cue]],
    *,
    vocabulary: Vocabulary | None = None,
) -> None:
    """Give figures with no source of their own the source of the statement they continue.

    A source named once carries to the next sentence when that sentence goes on
    with the same statement ("The navy said 40 drones were intercepted. A further
    6 drones struck the port."): it names no source of its own, counts what the
    statement counted, and names no year the statement did not (a background
    sentence is the writer's). In the write-up of an official release, where one
    source is credited in three sentences or more and more than all others
    together, that source carries to the next sentence whatever it counts.

    Such figures take the source marked ``carried``, and pass it on to the
    sentence after them. A cue of its own (a new speaker, "according to" another
    body), a sentence without figures, a heading or an outlet credit ("Reuters
    reported", "Getty Images") stops the carry.

    A speaker given as a pronoun or a definite noun ("she said", "the county
    said") is the last source of that kind named before it, and a headline
    credits the source after its colon ("Iran fired 290 missiles: army"); these
    are stated, not carried. A coordinated count that leaves out the verb names
    its own counter ("the prefecture counted 15,500 and the organisers 22,000",
    "22,000 according to police and 30,000 by the unions").

    Args:
        text: the article text.
        sentences: sentence spans in order.
        paragraphs: paragraph (line) spans in order.
        figures: the figures in text order; ``attribution`` is set in place.
        cues_of: the speech and report cues of a sentence, by sentence index.
        vocabulary: the entities a left-out counter must be (default: shipped data).
    """
    from ..rules.vocab import Vocabulary

    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    by_sentence: dict[int, list[_Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    heading_ends = {
        end for start, end in paragraphs if _SENTENCE_END.search(text, start, end) is None
    }
    named: list[_Voice] = []  # every source named so far, for "she" and "the county"
    read: list[tuple[list[_Voice], list[_Voice], bool]] = []
    for i, (s_start, s_end) in enumerate(sentences):
        voices: list[_Voice] = []
        resolved: list[_Voice] = []  # "she said", "the county said": pointing back
        unresolved = False
        # A sentence without figures matters next to one with figures: as the
        # statement a figure continues, or as the speaker a pronoun points to.
        near = i in by_sentence or i + 1 in by_sentence or i - 1 in by_sentence
        for cue in cues_of(i) if near else ():
            voice, new = _voice_of(text, s_start, s_end, cue, named)
            if voice is None:
                unresolved = True
                continue
            voices.append(voice)
            if new:
                named.append(voice)
            if cue.source is None:
                resolved.append(voice)
        read.append((voices, resolved, unresolved))
    release = _release_source(read)
    current: _Voice | None = None
    for i, (s_start, s_end) in enumerate(sentences):
        here = by_sentence.get(i, [])
        voices, resolved, unresolved = read[i]
        background = _YEAR.search(text, s_start, s_end) is not None
        counts = frozenset((f.subject, f.event) for f in here)
        credit = _HEADLINE_CREDIT.search(text, s_start, s_end) if s_end in heading_ends else None
        if credit is not None and not voices:
            resolved = [
                _Voice(
                    trusted(Attribution, source=credit["who"], cue=":", span=credit.span("who")),
                    None,
                )
            ]
        if voices:
            for f in here:
                gapped = _gapped(text, s_start, s_end, f, vocab)
                if gapped is not None:
                    f.attribution = gapped
        if resolved:
            for f in here:
                if f.attribution is None:
                    f.attribution = resolved[-1].attribution
                else:
                    # "the union had reported 300,000 ..., according to the prefecture":
                    # the pointer right before the figure is nearer than the source
                    # the figure was given.
                    f.attribution = _nearer(f, resolved, f.attribution)
        elif (
            not voices
            and not unresolved
            and current is not None
            and current.sentence == i - 1
            and (current.attribution.source == release or _same_count(current.counts, counts))
            and (current.background or not background)
        ):
            carried = current.attribution.model_copy(update={"carried": True})
            for f in here:
                if f.attribution is None:
                    f.attribution = carried
        attributed = [f.attribution for f in here if f.attribution is not None]
        if attributed:
            last = attributed[-1]
            current = _Voice(last.model_copy(update={"carried": False}), _kind(last, voices))
        elif voices:
            current = voices[-1]
        elif here or unresolved:
            current = None
        if current is not None and (attributed or voices):
            current.sentence, current.counts, current.background = i, counts, background
        if s_end in heading_ends or (current is not None and current.kind == "outlet"):
            current = None


def sentences_with_cues(
    lowered: str, sentence_starts: Sequence[int], phrases: Sequence[str]
) -> set[int]:
    """Indices of the sentences a cue phrase may start in, one ``str.find`` pass per phrase.

    A superset of the sentences holding a cue (a phrase that runs past its
    sentence's end is counted too): what a per-sentence search would find,
    for one scan of the article instead of one per sentence.

    >>> sorted(sentences_with_cues("police said 5 died. rain fell.", [0, 20], ["said"]))
    [0]
    """
    out: set[int] = set()
    for phrase in phrases:
        at = lowered.find(phrase)
        while at >= 0:
            out.add(max(0, bisect.bisect_right(sentence_starts, at) - 1))
            at = lowered.find(phrase, at + len(phrase))
    return out


def _release_source(read: Sequence[tuple[list[_Voice], list[_Voice], bool]]) -> str | None:
    """The source an article reports throughout, as in a write-up of an official release.

    It is credited in at least three sentences, more than all other sources together.
    """
    credits: Counter[str] = Counter()
    for voices, _, _ in read:
        for source in {v.attribution.source for v in voices if v.kind != "outlet"}:
            credits[source] += 1
    if not credits:
        return None
    source, n = credits.most_common(1)[0]
    return source if n >= _RELEASE_CREDITS and 2 * n > sum(credits.values()) else None


def _nearer(f: _Figure, resolved: Sequence[_Voice], own: Attribution) -> Attribution:
    start = f.quantity.span[0]
    if own.span is None:
        return own
    own_distance = abs(start - own.span[1]) if own.span[1] <= start else own.span[0] - start
    for voice in resolved:
        if 0 <= start - voice.cue_end < min(own_distance, _POINTER_REACH):
            return voice.attribution
    return own


def _gapped(
    text: str, s_start: int, s_end: int, f: _Figure, vocabulary: Vocabulary
) -> Attribution | None:
    """The counter of a coordinated count that leaves its verb out, if one is named.

    "the prefecture counted 15,500 and the organisers 22,000": the party right
    before the figure after "and"; "22,000 ... by the police and 30,000 by the
    unions": the party right after the figure after "by". The party must be a
    source the vocabulary knows ("organisers", "police", "CGT"), not any noun.
    """
    start, end = f.quantity.span
    m = _GAP_BEFORE.search(text, max(s_start, start - 50), start) or _GAP_AFTER.match(
        text, end, min(s_end, end + 50)
    )
    if m is None or vocabulary.entity_type(m["who"]) not in ("organization", "person"):
        return None
    source = vocabulary.canonical_entity(m["who"]) or m["who"]
    cue = f.attribution.cue if f.attribution is not None else None
    return trusted(Attribution, source=source, cue=cue, span=m.span("who"))


def _same_count(
    said: frozenset[tuple[str | None, str | None]], here: frozenset[tuple[str | None, str | None]]
) -> bool:
    """True when a sentence counts what the statement counted.

    The subject must be the same. People in general ("person") say too little on
    their own: "300 residents" after "nine people were injured" is background,
    so a count of people also needs the statement's event.
    """
    return any(s == h and (s != _PEOPLE or e == v or e is None) for s, e in said for h, v in here)


def _kind(attribution: Attribution, voices: Sequence[_Voice]) -> str | None:
    return next((v.kind for v in voices if v.attribution.source == attribution.source), None)


def _voice_of(
    text: str, s_start: int, s_end: int, cue: _Cue, named: Sequence[_Voice]
) -> tuple[_Voice | None, bool]:
    """The speaker a cue names, and whether the text names it here (not pointing back).

    Besides the party the cue already names, this reads what the cue left
    unresolved: "he", "it" and "the county" point to an earlier source; "the
    Israeli military said" names a body by a capitalised qualifier; "said Ana
    Ruiz, mayor of ..." names a person before an appositive; "according to data
    from the Labor Department" names the body the data come from.
    """
    if cue.source is not None:
        kind = cue.source_type
        span = cue.source_span
        if (
            kind is None
            and span is not None
            and _ARTICLE_BEFORE.search(text, max(0, span[0] - 8), span[0])
        ):
            kind = "organization"  # "the Red Cross": a person's name takes no article
        return _Voice(trusted(Attribution, source=cue.source, cue=cue.cue, span=span), kind), True
    if cue.position != "before":
        m = _DATA_FROM.match(text, cue.end, min(s_end, cue.end + 80)) or _QUALIFIED_AFTER.match(
            text, cue.end, min(s_end, cue.end + 60)
        )
        return (_named_here(m, cue, "organization"), True) if m else (None, False)
    m = _POINTER_BEFORE.search(text, max(s_start, cue.start - 60), cue.start)
    if m is None:
        m = _POINTER_AFTER.match(text, cue.end, min(s_end, cue.end + 40))
    if m is not None:
        who = m["who"].lower().split()
        for voice in reversed(named[-_POINTER_CANDIDATES:]):
            if _points_to(who, voice):
                pointed = voice.attribution.model_copy(update={"cue": cue.cue})
                return _Voice(pointed, voice.kind, cue_end=cue.end), False
    m = _QUALIFIED_BODY.search(text, max(s_start, cue.start - 60), cue.start)
    if m is None and cue.start - s_start <= 60 and not _FIGURE_NEXT.match(text, cue.end):
        # "Iranian television claimed that ...", but "Retail added 15,700 jobs" is a
        # count, not a speech.
        m = _OPENING_BODY.match(text, s_start, cue.start)
    if m is not None:
        return _named_here(m, cue, "organization"), True
    m = _NAME_APPOSITIVE.match(text, cue.end, min(s_end, cue.end + 60))
    if m is not None:
        return _named_here(m, cue, "person"), True
    return None, False


def _named_here(m: regex.Match[str], cue: _Cue, kind: str) -> _Voice:
    return _Voice(trusted(Attribution, source=m["who"], cue=cue.cue, span=m.span("who")), kind)


def _points_to(who: list[str], voice: _Voice) -> bool:
    word = who[-1]
    if word in _PERSON_POINTERS or word.endswith("-year-old"):  # "the 34-year-old said"
        # A name the vocabulary does not know ("Mr Hagari" -> "Hagari") has no type.
        return voice.kind == "person" or (
            voice.kind is None and voice.attribution.source[:1].isupper()
        )
    if word in _BODY_POINTERS:
        return voice.kind in ("organization", "outlet")
    if word == "they":
        return True
    words = [w.rstrip("s") for w in voice.attribution.source.lower().split()]
    if word.rstrip("s") in words:
        return True
    # "the union" after "the CGT": one side of a count, by the policy's claimant families.
    family = DEFAULT_POLICY.claimant(word)
    return family != word and family == DEFAULT_POLICY.claimant(voice.attribution.source)
