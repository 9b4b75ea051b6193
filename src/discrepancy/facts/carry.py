"""Sources that carry: figures with no source of their own take the statement's they continue.

See :func:`carry_sources`; who each cue names is read by :mod:`discrepancy.facts.voices`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..models import Attribution, SourceBasis, Span, trusted
from .voices import Figure, Voice, gapped_counter, voice_of

if TYPE_CHECKING:  # document.py imports this module (through statements.py) at load
    from ..rules.vocab import Vocabulary
    from .document import Anchor

__all__ = ["carry_sources"]

# A year in a sentence: a background figure ("In 2019 a storm killed 12") is
# the writer's, unless the statement being carried was about a past year too.
_YEAR = regex.compile(r"\b(?:1[89]|20)\d\d\b")
# A line that ends with no full stop is a heading: a new section, a new voice.
_SENTENCE_END = regex.compile(r"[.!?…\"”’'»)]\s*+\Z")
# A headline credits its source after a colon: "Iran fired 290 missiles: army".
_HEADLINE_CREDIT = regex.compile(
    r":\s++(?P<who>(?:\p{Lu}[\p{L}'’.-]*+|\p{Ll}++)(?:\s++[\p{L}'’.-]++){0,3}?)\s*+\Z"
)
_POINTER_REACH = 12  # characters from a pointer's cue to the figure it gives
_RELEASE_CREDITS = 3  # sentences crediting one source before it carries further
_PEOPLE = "person"  # the vocabulary's subject for people of no more specific kind
# A wire story's dateline at the start of a line: "KYIV, Sept 7 (Reuters) -",
# "PARIS (AFP) —", "BOGOTA, Colombia (AP) –". The bracket must name a known outlet.
_DATELINE = regex.compile(
    r"""(?x)
    (?:\p{Lu}[\p{L}\p{M}.'’-]*+(?:\x20\p{Lu}[\p{L}\p{M}.'’-]*+){0,3}  # the city: "KYIV"
       (?:,\x20*+\p{Lu}[\p{L}.'’-]*+(?:\x20\p{Lu}[\p{L}.'’-]*+){0,2})?  # its region
       (?:,\x20*+(?:\p{L}{3,9}\.?\x20++\d{1,2}|\d{1,2}\x20++\p{L}{3,9}\.?))?  # ", Aug. 3"
       \x20*+)?
    \((?P<agency>[^()\n]{2,40}+)\)                                  # the agency: "(Reuters)"
    \x20*+(?:--?|[–—])                                                # the dash
    """
)
# A sentence that is only a credit in brackets: "(Via Al Jazeera)", "(via Reuters)".
_CREDIT_LINE = regex.compile(r"\s*+\([^()\n]{2,60}+\)\s*+")
_DATELINE_REACH = 1000  # a dateline opens the story: after a headline, a byline, a date
_RESTATED_FROM = 100  # the smallest figure a restatement is recognised by


def carry_sources(
    text: str,
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    figures: Sequence[Figure],
    cues_of: Callable[[int], Sequence[Anchor]],
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
    together, that source carries to the next sentence whatever it counts; a body that
    publishes statistical releases (the vocabulary's ``release_body`` words: "Labor
    Department", "statistics office", "weather service") carries to the next sentence
    the levels, rates and changes it publishes (figures with no event). In the
    write-up of a release, a figure reported with no reporter named ("two cases were
    reported", the vocabulary's ``agentless_report``) is the release's, wherever it
    stands, unless its sentence names a source or a year.

    Such figures take the source found ``carried``, and pass it on to the
    sentence after them. A cue of its own (a new speaker, "according to" another
    body), a sentence without figures (but one that names no one, in the paragraph,
    before the same count: see ``_follows``), a heading or an outlet credit ("Reuters
    reported", "Getty Images") stops the carry.

    In a wire story, a figure still without a source takes the agency of the
    dateline ("PARIS (AFP) —") with cue ``dateline``; a figure credited to someone
    else takes the agency as its relay.

    A speaker given as a pronoun or a definite noun ("she said", "the county
    said") is the last source of that kind named before it, and a headline
    credits the source after its colon ("Iran fired 290 missiles: army"); these
    are stated, not carried. A coordinated count that leaves out the verb names
    its own counter ("the prefecture counted 7,200 and the organisers 11,000",
    "6,500 according to police and 14,000 by the unions").

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
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence, []).append(f)
    heading_ends = {
        end for start, end in paragraphs if _SENTENCE_END.search(text, start, end) is None
    }
    read = _hear(text, sentences, by_sentence, cues_of)
    release = _release_source(read)
    bodies = vocab.word_class("release_body")

    def releases(said: Attribution, counts: frozenset[tuple[str | None, str | None]]) -> bool:
        # A release body's statement goes on through the levels, rates and changes it
        # publishes ("The jobless rate edged up to 3.8%"), not to what befell
        # anyone ("Almost 40,000 homes were without power" after a weather bulletin).
        # The body by its name or as the text wrote it ("USGS", "the U.S. Geological
        # Survey").
        span = said.span
        written = text[span[0] : span[1]] if span is not None else ""
        return said.source == release or (
            (_release_body(said.source, bodies) or _release_body(written, bodies))
            and all(event is None for _, event in counts)
        )

    paragraph_of = _paragraph_index(sentences, paragraphs)

    def things(subject: str | None) -> bool:
        # A subject the vocabulary knows, which counts no people ("drone", "home").
        entry = vocab.subjects.get(subject) if subject is not None else None
        return entry is not None and not entry.person

    reports = vocab.word_class("agentless_report")
    lowered = text.lower()
    released: Attribution | None = None  # the release's source, where it was last credited
    harms = vocab.word_class("harm_tally")

    def tallies(subject: str | None) -> bool:
        # A part of one toll of harm ("death", "missing"), not arrests nor cases.
        return subject in harms

    current: Voice | None = None
    for i, (s_start, s_end) in enumerate(sentences):
        here = by_sentence.get(i, [])
        heard = read[i]
        background = _YEAR.search(text, s_start, s_end) is not None
        counts = frozenset((f.subject, f.event) for f in here)
        resolved = heard.resolved
        credit = _HEADLINE_CREDIT.search(text, s_start, s_end) if s_end in heading_ends else None
        if credit is not None and not heard.voices:
            resolved = [
                Voice(
                    trusted(Attribution, source=credit["who"], cue=":", span=credit.span("who")),
                    None,
                )
            ]
        if heard.voices:
            for f in here:
                gapped = gapped_counter(text, s_start, s_end, f, vocab)
                if gapped is not None:
                    f.attribution = gapped
        if resolved:
            _give_pointed(here, resolved)
        elif (
            carried := _carried(
                current,
                _follows(current, i, by_sentence, read, paragraph_of),
                heard,
                releases,
                things,
                tallies,
                counts,
                background,
            )
        ) is not None:
            for f in here:
                if f.attribution is None:
                    f.attribution = carried
        elif released is not None and not heard.voices and not background:
            agentless = _agentless_report(lowered[s_start:s_end], reports)
            for f in here if agentless is not None else ():
                if f.attribution is None:  # "Two cases of cholera were reported."
                    f.attribution = released.model_copy(
                        update={"found": SourceBasis.CARRIED, "cue": agentless}
                    )
        current = _speaking(current, i, here, heard, counts, background)
        released = next(
            (v.attribution for v in reversed(heard.voices) if v.attribution.source == release),
            released,
        )
        if s_end in heading_ends or (current is not None and current.kind == "outlet"):
            current = None
        if i and not here and _CREDIT_LINE.fullmatch(text, s_start, s_end):
            _relay_before(by_sentence.get(i - 1, []), cues_of(i))
    _credit_restated(figures)
    _credit_dateline_agency(text, sentences, paragraphs, figures, vocab)


def _credit_restated(figures: Sequence[Figure]) -> None:
    """A figure that restates one credited earlier (the same value of the same subject
    and unit: "According to the city police, 250,000 people marched." ... "An
    estimated 250,000 marched through Madrid") takes its source, found carried,
    when no other source gave that figure. Counts under a hundred are too common to be
    the same figure."""
    credited: dict[tuple[float, str | None, str | None], Attribution | None] = {}
    for f in figures:
        q = f.quantity
        if q.nominal < _RESTATED_FROM:
            continue
        key = (q.nominal, q.unit, f.subject)
        a = f.attribution
        if a is None:
            earlier = credited.get(key)
            if earlier is not None:
                f.attribution = earlier.model_copy(update={"found": SourceBasis.CARRIED})
        elif a.found is not SourceBasis.UNNAMED:
            known = credited.setdefault(key, a)
            if known is not None and known.source != a.source:
                credited[key] = None  # rival sources gave this figure: no one's restatement


def _relay_before(before: Sequence[Figure], cues: Sequence[Anchor]) -> None:
    """A credit in brackets after a sentence ("(Via Al Jazeera)") relays the figures
    that sentence credits to a source. A figure credited to no one stays so: such a
    line also credits a photograph ("(Via Getty Images)"), which gives no figure."""
    relay = next((a for a in cues if a.role == "relay" and a.source is not None), None)
    if relay is None or relay.source is None:
        return
    for f in before:
        a = f.attribution
        if a is not None and a.via is None and a.source != relay.source:
            f.attribution = a.model_copy(update={"via": relay.source})


def _credit_dateline_agency(
    text: str,
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    figures: Sequence[Figure],
    vocab: Vocabulary,
) -> None:
    """The agency of a wire story's dateline reports every figure of the story: it is
    the source of those no sentence credits (found ``dateline``, with cue ``dateline``),
    and relays those credited to someone else."""
    dated = _dateline_agency(text, paragraphs, vocab) if figures else None
    if dated is None:
        return
    agency, span = dated
    for f in figures:
        a = f.attribution
        if a is None:
            f.attribution = trusted(
                Attribution, source=agency, cue="dateline", span=span, found=SourceBasis.DATELINE
            )
        elif a.via is None and a.source != agency:
            f.attribution = a.model_copy(update={"via": agency})


def _dateline_agency(
    text: str, paragraphs: Sequence[Span], vocab: Vocabulary
) -> tuple[str, Span] | None:
    """The agency a wire story's dateline names, and where: ("Reuters", span)."""
    for p_start, p_end in paragraphs:
        if p_start >= _DATELINE_REACH:
            break
        m = _DATELINE.match(text, p_start, p_end)
        if m is None:
            continue
        name = m["agency"].strip()
        if vocab.entity_type(name) == "outlet":
            return vocab.canonical_entity(name) or name, m.span("agency")
    return None


class _Heard(NamedTuple):
    """What the cues of one sentence name."""

    voices: list[Voice]  # every speaker its cues name
    resolved: list[Voice]  # those pointing back: "she said", "the county said"
    unresolved: bool  # a cue whose speaker could not be read


def _hear(
    text: str,
    sentences: Sequence[Span],
    by_sentence: dict[int, list[Figure]],
    cues_of: Callable[[int], Sequence[Anchor]],
) -> list[_Heard]:
    """The speakers each sentence's cues name, read in text order so that a pointer
    ("she", "the county") finds the sources named before it."""
    named: list[Voice] = []  # every source named so far, for "she" and "the county"
    read: list[_Heard] = []
    for i, (s_start, s_end) in enumerate(sentences):
        voices: list[Voice] = []
        resolved: list[Voice] = []
        unresolved = False
        # A sentence without figures matters next to one with figures: as the
        # statement a figure continues, or as the speaker a pronoun points to.
        near = i in by_sentence or i + 1 in by_sentence or i - 1 in by_sentence
        for cue in cues_of(i) if near else ():
            voice, new = voice_of(text, s_start, s_end, cue, named)
            if voice is None:
                unresolved = True
                continue
            voice.as_subject = cue.position == "before"
            voices.append(voice)
            if new or voice.as_subject:
                # A source pointed back to as the subject ("the union had reported") is
                # named again: the last one a later pronoun may stand for.
                named.append(voice)
            if cue.source is None or voice.renames is not None:
                resolved.append(voice)
        read.append(_Heard(voices, resolved, unresolved))
    return read


def _give_pointed(here: Sequence[Figure], resolved: Sequence[Voice]) -> None:
    """Figures take the source a pointer names; a figure with a source keeps it unless
    the pointer stands nearer ("the union had counted 80,000 ..., according to the
    police": the pointer right before the figure is nearer than the source the
    figure was given)."""
    for f in here:
        own = f.attribution
        if own is None:
            f.attribution = resolved[-1].attribution
            continue
        full = next((v for v in resolved if v.renames is not None and v.renames == own.span), None)
        if full is not None:  # "the Commission had documented 532": the body named in full
            f.attribution = full.attribution.model_copy(update={"cue": own.cue, "found": own.found})
        else:
            f.attribution = _nearer(f, resolved, own)


def _follows(
    current: Voice | None,
    i: int,
    by_sentence: dict[int, list[Figure]],
    read: Sequence[_Heard],
    paragraph_of: Sequence[int],
) -> bool:
    """Whether sentence ``i`` follows the statement: it spoke in the sentence right
    before, or in the one before that, in the same paragraph, with a sentence between
    that gives no figure and names no one ("Iran launched 300 drones, the army said.
    This followed a strike on April 1. The salvo included 160 drones.")."""
    if current is None:
        return False
    if current.sentence == i - 1:
        return True
    between = i - 1
    return (
        current.sentence == i - 2
        and between not in by_sentence
        and not read[between].voices
        and not read[between].unresolved
        and paragraph_of[current.sentence] == paragraph_of[i]
    )


def _agentless_report(sentence: str, reports: frozenset[str]) -> str | None:
    """The report with no reporter a lower-cased sentence makes ("were reported",
    "incidents reported in"), if any: none is named after it ("reported by police")."""
    padded = f" {' '.join(sentence.replace(',', ' ').split())} "
    for phrase in sorted(reports):
        at = padded.find(f" {phrase} ")
        if at >= 0 and not padded.startswith(" by ", at + len(phrase) + 1):
            return phrase
    return None


def _paragraph_index(sentences: Sequence[Span], paragraphs: Sequence[Span]) -> list[int]:
    """The index of the paragraph each sentence starts in (one pass over both, in order)."""
    out: list[int] = []
    k = 0
    for start, _ in sentences:
        while k + 1 < len(paragraphs) and paragraphs[k + 1][0] <= start:
            k += 1
        out.append(k)
    return out


def _carried(
    current: Voice | None,
    follows: bool,
    heard: _Heard,
    releases: Callable[[Attribution, frozenset[tuple[str | None, str | None]]], bool],
    things: Callable[[str | None], bool],
    tallies: Callable[[str | None], bool],
    counts: frozenset[tuple[str | None, str | None]],
    background: bool,
) -> Attribution | None:
    """The source sentence ``i`` carries on from the one before, found ``carried``.

    None unless the sentence names no speaker of its own, it ``follows`` the statement
    (see :func:`_follows`), and the sentence counts what it counted (or the statement
    is a release's: ``releases(attribution, counts)``), naming no year unless the statement
    did.
    """
    if (
        not heard.voices
        and not heard.unresolved
        and current is not None
        and follows
        and (
            releases(current.attribution, counts)
            or _same_count(current.counts, counts, things, tallies)
        )
        and (current.background or not background)
    ):
        return current.attribution.model_copy(update={"found": SourceBasis.CARRIED})
    return None


def _speaking(
    current: Voice | None,
    i: int,
    here: Sequence[Figure],
    heard: _Heard,
    counts: frozenset[tuple[str | None, str | None]],
    background: bool,
) -> Voice | None:
    """The statement that goes on after sentence ``i``: its figures' last source, else
    its last speaker; none after a sentence with figures but no source. A sentence
    whose figures are all unnamed forecasts, with no speaker, leaves the statement
    before it going on."""
    attributed = [f.attribution for f in here if f.attribution is not None]
    if (
        attributed
        and not heard.voices
        and current is not None
        and current.sentence == i - 1
        and all(a.found is SourceBasis.UNNAMED for a in attributed)
    ):
        # "The market expectation was 106,000.": a forecast no one is credited with is an
        # aside; the statement goes on past it.
        current.sentence = i
        return current
    if attributed:
        # "the bureau said, short of the 120,000 economists had expected": an unnamed
        # source after a named one is an aside too, and the named one goes on.
        named = [a for a in attributed if a.found is not SourceBasis.UNNAMED]
        last = (named or attributed)[-1]
        if last.found is SourceBasis.CARRIED:
            last = last.model_copy(update={"found": SourceBasis.STATED})
        current = Voice(last, _kind(last, heard.voices))
    elif heard.voices:
        current = heard.voices[-1]
    elif here or heard.unresolved:
        current = None
    if current is not None and (attributed or heard.voices):
        current.sentence, current.counts, current.background = i, counts, background
    return current


def _release_source(read: Sequence[_Heard]) -> str | None:
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


def _release_body(source: str, bodies: frozenset[str]) -> bool:
    """Whether a source's name holds a release body's words ("Labor Department",
    "Office for National Statistics"): whole words, in order."""
    name = f" {' '.join(source.lower().split())} "
    return any(f" {words} " in name for words in bodies)


def _nearer(f: Figure, resolved: Sequence[Voice], own: Attribution) -> Attribution:
    start = f.quantity.span[0]
    if own.span is None:
        return own
    own_distance = abs(start - own.span[1]) if own.span[1] <= start else own.span[0] - start
    for voice in resolved:
        if 0 <= start - voice.cue_end < min(own_distance, _POINTER_REACH):
            return voice.attribution
    return own


def _same_count(
    said: frozenset[tuple[str | None, str | None]],
    here: frozenset[tuple[str | None, str | None]],
    things: Callable[[str | None], bool],
    tallies: Callable[[str | None], bool],
) -> bool:
    """True when a sentence counts what the statement counted.

    The subject must be the same. People in general ("person") say too little on
    their own: "300 residents" after "nine people were injured" is background,
    so a count of people also needs the statement's event. Things that are no people
    (``things``: drones, missiles, homes) the same event befell are the same count
    broken down: "The salvo included 30 cruise missiles" after "300 drones and
    missiles were launched, the army said". The parts of one toll of harm
    (``tallies``: deaths, injuries, the missing) are one count: "Another 17
    people are missing" after "the ministry said 41 people died".
    """
    return any(
        (s == h and (s != _PEOPLE or e == v or e is None))
        or (e is not None and e == v and things(s) and things(h))
        or (tallies(s) and tallies(h))
        for s, e in said
        for h, v in here
    )


def _kind(attribution: Attribution, voices: Sequence[Voice]) -> str | None:
    return next((v.kind for v in voices if v.attribution.source == attribution.source), None)
