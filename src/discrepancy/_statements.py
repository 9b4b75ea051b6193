"""Dated statements: who said what, and on which day the text says it was said.

Outlets often quote the same remark and date it differently (or not at all). A
statement is a quotation of at least four words with a speaker the text names (a
name, or a pronoun or role such as "the Kremlin spokesman" that points back to one),
and the day a time expression in its sentence, or in the sentence that introduces
it, resolves to.

>>> from datetime import date
>>> from discrepancy._statements import find_statements
>>> from discrepancy._time import find_times
>>> text = ('Kremlin spokesperson Dmitry Peskov spoke on Friday. '
...         '"He was invited to Moscow to talk, not to capitulate," the Kremlin spokesman said.')
>>> [(s.speaker, s.quote, str(s.time)) for s in find_statements(
...     text, find_times(text, published=date(2025, 9, 5)))]
[('Peskov', 'He was invited to Moscow to talk, not to capitulate,', 'day:2025-09-05..2025-09-05')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ._models import (
    Cell,
    Extraction,
    Reason,
    Row,
    RowKey,
    RowKind,
    Statement,
    TimeMention,
    Verdict,
)

if TYPE_CHECKING:
    from ._vocab import Vocabulary

__all__ = ["find_statements", "statement_rows"]

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
_NAME = r"\p{Lu}[\p{L}'’-]++(?:\s++\p{Lu}[\p{L}'’-]++){0,3}"
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
        (?P<who>{_NAME}|{_PRONOUN}|{_ROLE})\s++(?:\p{{Ll}}++\s++)?(?:{_SPEECH})\b
        | (?:{_SPEECH})\s++(?P<who>{_NAME}|{_ROLE})
    )""",
    regex.VERBOSE,
)
# Speaker before the opening quote in the same sentence: 'Zelensky said, "...'.
_BEFORE = regex.compile(
    rf"(?P<who>{_NAME}|{_PRONOUN}|{_ROLE})\s++(?:\p{{Ll}}++\s++)?(?:{_SPEECH})\b[^“\"]{{0,200}}+\Z",
    regex.VERBOSE,
)
# '<Nationality|Institution> <title> <First> <Last>' introduces a person with a role.
_TITLED = regex.compile(
    rf"""(?:(?P<org>\p{{Lu}}[\p{{L}}-]++)\s++)?(?:(?:Foreign|Defence|Defense|Prime|Interior)\s++)?
        (?P<title>[Pp]resident|leader|spokes(?:man|woman|person)|[Mm]inister|[Mm]ayor
            |[Gg]overnor|[Cc]hancellor|[Cc]hief|[Ss]ecretary|[Cc]ommander)
        \s++(?P<name>{_NAME})""",
    regex.VERBOSE,
)
_ROLE_CLASS = regex.compile(
    r"(?P<cls>president|leader|spokes|minister|chancellor|premier|mayor|governor)", regex.I
)
_PRONOUNS = {"he", "she", "they"}
_WORD = regex.compile(r"\w+")
_CONTRACTIONS = (
    ("can't", "cannot"),
    ("won't", "will not"),
    ("n't", " not"),
    ("'re", " are"),
    ("'m", " am"),
    ("'ve", " have"),
    ("'ll", " will"),
)


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
) -> list[Statement]:
    """Quotations with a speaker, dated by the time expression that governs them.

    Args:
        text: the article text.
        times: the article's time mentions (from :func:`discrepancy.find_times`).
        sentences: sentence spans, if already split.
        vocabulary: entity aliases for one name per speaker (default: shipped data).

    Returns:
        Statements in text order; quotes with no recognisable speaker are left out.
    """
    from ._sentences import split_sentences
    from ._vocab import Vocabulary

    vocab = Vocabulary.default() if vocabulary is None else vocabulary
    if sentences is None:
        sentences = split_sentences(text)
    quotes = [m for m in _QUOTE.finditer(text) if len(_WORD.findall(m["q"])) >= _MIN_WORDS]
    if not quotes:
        return []
    roles: dict[tuple[str, str | None], str] = {}
    for m in _TITLED.finditer(text):
        person = _canonical(m["name"], vocab)
        roles[((m["org"] or "").lower(), _role_class(m["title"]))] = person
        roles.setdefault(("", _role_class(m["title"])), person)
    people = _people(text, quotes, set(roles.values()), vocab)
    out: list[Statement] = []
    last_speaker: str | None = None
    for m in quotes:
        s_start, s_end = next(((a, b) for a, b in sentences if a <= m.start() < b), (0, len(text)))
        who = _AFTER.match(text, m.end(), min(len(text), m.end() + 120))
        if who is None:
            who = _BEFORE.search(text, s_start, m.start())
        if who is None:
            continue
        # A pronoun points to the subject of its sentence or of the one before: the
        # first person named before the quotation (names after "he said" are objects,
        # "referring to Donald Trump"), then in the sentence before; else the last speaker.
        prev_start = max((a for a, b in sentences if b <= s_start), default=s_start)
        nearby = next(
            (p for pos, p in people if s_start <= pos < m.start()),
            next((p for pos, p in people if prev_start <= pos < s_start), None),
        )
        speaker = _resolve(who["who"], roles, nearby, last_speaker, vocab)
        if speaker is None:
            continue
        last_speaker = speaker
        window, surface = _governing_time(times, sentences, s_start, s_end, m, speaker, text)
        out.append(
            Statement(
                speaker=speaker,
                quote=m["q"],
                span=(m.start("q"), m.end("q")),
                time=window.window if window else None,
                time_surface=surface,
            )
        )
    return out


def _people(
    text: str, quotes: Sequence[regex.Match[str]], titled: set[str], vocabulary: Vocabulary
) -> list[tuple[int, str]]:
    """Where named people are mentioned outside quotations, for pronouns to point back to."""
    inside = [(q.start(), q.end()) for q in quotes]
    out = []
    for m in _CAPITALISED.finditer(text):
        if any(a <= m.start() < b for a, b in inside):
            continue
        word = _POSSESSIVE.sub("", m.group())
        name = vocabulary.canonical_entity(word)
        if name is not None and vocabulary.entity_type(word) == "person":
            out.append((m.start(), name))
        elif word in titled:
            out.append((m.start(), word))
    return out


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
    if word[0].islower():
        return None
    # "Governor Maria Lopez": drop the title words in front of the name.
    while len(words) > 1 and _role_class(words[0]) is not None:
        words = words[1:]
    return _canonical(" ".join(words), vocabulary)


def _governing_time(
    times: Sequence[TimeMention],
    sentences: Sequence[tuple[int, int]],
    s_start: int,
    s_end: int,
    quote: regex.Match[str],
    speaker: str,
    text: str,
) -> tuple[TimeMention | None, str | None]:
    def outside_quote(t: TimeMention) -> bool:
        return not (quote.start() <= t.span[0] < quote.end())

    here = [t for t in times if s_start <= t.span[0] < s_end and outside_quote(t)]
    if here:
        return here[0], here[0].surface
    # The sentence that introduces the quote ("X dismissed the offer on Thursday.").
    prev = [b for b in sentences if b[1] <= s_start]
    if prev:
        p_start, p_end = prev[-1]
        before = text[p_start:p_end]
        statements_before = [
            q for q in _QUOTE.finditer(before) if len(_WORD.findall(q["q"])) >= _MIN_WORDS
        ]
        if not statements_before and speaker.split()[-1] in before:
            found = [t for t in times if p_start <= t.span[0] < p_end]
            if found:
                return found[0], found[0].surface
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
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, st, grams) in enumerate(items):
        for g in grams:
            index[(st.speaker, g)].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in index.values():
        for x in range(len(holders)):
            for y in range(x + 1, len(holders)):
                shared[holders[x], holders[y]] += 1
    for (i, j), n in shared.items():
        if n >= 2:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    rows = []
    for members in groups.values():
        by_article: dict[int, Statement] = {}
        for i in members:
            ai, st, _ = items[i]
            current = by_article.get(ai)
            if current is None or (current.time is None and st.time is not None):
                by_article[ai] = st
        if len(by_article) < 2 or all(st.time is None for st in by_article.values()):
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
    dated = ", ".join(f"{ids[ai]}: {by_article[ai].time_surface} ({k})" for ai, k in days.items())
    undated_ids = [ids[ai] for ai in by_article if ai not in days]
    window = next(st.time for st in by_article.values() if st.time is not None)
    reasons: tuple[Reason, ...]
    if len(distinct) > 1:
        verdict, reason, reasons = Verdict.DIFFER, Reason.DISJOINT, (Reason.DISJOINT,)
        explanation = f"outlets date the statement differently: {dated}"
    else:
        agreement = Reason.SAME_FIGURE if len(days) > 1 else Reason.SINGLE_SOURCE
        explanation = f"dated the same by {len(days)} article(s): {dated}"
        if silent or undated_ids:
            verdict, reason = Verdict.OMIT, Reason.NOT_REPORTED
            reasons = (Reason.NOT_REPORTED, agreement)
            if undated_ids:
                explanation += f"; {', '.join(undated_ids)} quote it without a date"
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
    )
