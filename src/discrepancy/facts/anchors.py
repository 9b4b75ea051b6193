"""The speech, report and relay cues of a sentence with the party each names (found
once per sentence).
"""

from __future__ import annotations

import bisect
import functools

import regex

from ..rules.vocab import Vocabulary
from .clauses import last_match
from .document import Anchor, Document, Span, cue_spans
from .parties import party_of

__all__ = ["anchors_of", "party_inverted", "strip_auxiliaries"]


_PARTY_CUT = regex.compile(r"[,;:()“”\"]|\bthat\b")


_ANTECEDENT_CUT = regex.compile(r"[,;:()“”\"]|\b(?:to|by|that)\b")


_AFTER_CUT = regex.compile(
    r"""(?x)
    [,;()“”"]
    | (?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|St|Lt|Col|Capt|Prof))\.   # not "U.S.", "Mr."
    | \s(?:which|who|that|on|in|at)\s
    | \s(?:show|shows|showed|showing)\s       # "footage shared by X showed ...": X ends
    | \s(?:provided|given)\s++to\s           # "a source provided to AFP": the outlet after
    | \s(?:was|were|is|are)\s                # "the toll from the ministry was 45"
    """
)


def anchors_of(doc: Document, sentence: int) -> list[Anchor]:
    """The speech, report and relay cues of a sentence with the party each names.

    Found once per sentence and cached on the document; an unnamed speaker is kept
    (it still dates the speech: "the governor said on Monday").
    """
    cached = doc.anchors_by_sentence.get(sentence)
    if cached is not None:
        return cached
    s_start, s_end = doc.sentences[sentence]
    out: list[Anchor] = []
    counting = doc.vocab.word_class("count_verb_cue")
    nominal = _nominal(doc.vocab.word_class("cue_noun_determiner"))
    media = doc.vocab.word_class("media_credit")
    for c_start, c_end, cue in cue_spans(doc, sentence):
        if cue.phrase.lower() in counting and _figure_object(doc, c_end, s_end):
            continue  # "the economy added 150,000 jobs": a count, not speech
        if " " not in cue.phrase and nominal.search(doc.text, max(s_start, c_start - 30), c_start):
            continue  # "in line with economists' estimate": a noun, not a speech verb
        if cue.phrase.split(" ", 1)[0].lower() in media and not _after_media(doc, s_start, c_start):
            continue  # "buses provided by the city": no picture or document handed out
        if cue.position == "after":
            found = _party_after(doc, c_end, s_end)
            if found is None and _WHICH.match(doc.text, c_end, s_end):
                found = _antecedent_of_which(doc, s_start, c_start)
        else:
            found = _party_before(doc, s_start, c_start)
            if found is None and not _subject_before(doc, s_start, c_start):
                # "..., said the county's fire chief": inverted only where no subject
                # stands before the cue ("The army said Iran launched 300" is no
                # speech by Iran).
                found = party_inverted(doc, c_end, s_end)
        if found is None and cue.position == "before":
            found = _cue_own_subject(doc, c_start, cue.phrase)
        if found is None:
            # An unnamed speaker still dates the speech ("the governor said on Monday").
            out.append(Anchor(c_start, c_end, None, cue.role, None, cue.phrase, None, cue.position))
            continue
        name, kind, span = found
        out.append(Anchor(c_start, c_end, name, cue.role, kind, cue.phrase, span, cue.position))
    out.extend(_put_at_anchors(doc, s_start, s_end, out))
    out.sort(key=lambda a: a.start)
    doc.anchors_by_sentence[sentence] = out
    return out


# "The government put damage at $2.4 billion", "the ministry puts crop losses at":
# an estimating frame whatever noun phrase stands between "put" and "at" (the cues of
# the vocabulary name only some: "put the toll", "put the number").
_PUT_AT = regex.compile(
    r"""(?x)\b(?P<cue>put|puts|putting)
    \s++(?:[\p{L}'’-]++\s++){1,5}?at\s++"""
)


def _put_at_anchors(doc: Document, s_start: int, s_end: int, found: list[Anchor]) -> list[Anchor]:
    """The "put <anything> at <figure>" frames of a sentence that no cue of the
    vocabulary covers, each with the party before it ("The government put damage at
    $2.4 billion": the government)."""
    out: list[Anchor] = []
    for m in _PUT_AT.finditer(doc.text, s_start, s_end):
        c_start, c_end = m.span("cue")
        if any(a.start <= c_start < a.end for a in found) or not _figure_at(doc, m.end()):
            continue  # a cue read it already, or no figure follows ("at 9 pm", "at home")
        party = _party_before(doc, s_start, c_start)
        if party is None:
            continue  # "Estimates put damage at": the cues of the vocabulary read those
        name, kind, span = party
        out.append(Anchor(c_start, c_end, name, "source", kind, m["cue"], span, "before"))
    return out


# A determiner, a possessive pronoun or a possessive noun right before a one-word cue
# makes it a noun ("the estimate", "their claims", "economists' estimate"). Compiled
# once per vocabulary: keyed on the class's words.
@functools.lru_cache(maxsize=16)
def _nominal(determiners: frozenset[str]) -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in sorted(determiners)) or "(?!)"
    return regex.compile(
        rf"(?:(?<![\p{{L}}'’])(?i:{words})|\p{{L}}['’]s?)\s++\Z"  # "the", "economists’"
    )


def _cue_own_subject(
    doc: Document, c_start: int, phrase: str
) -> tuple[str, str | None, Span] | None:
    """A cue whose first word is an unnamed source names it ("Estimates place attendance
    at 60,000", "reports suggest"): that word as written, entity type ``unnamed``."""
    first = phrase.split(" ", 1)[0]
    if first.lower() not in doc.vocab.word_class("unnamed_source"):
        return None
    return doc.text[c_start : c_start + len(first)], "unnamed", (c_start, c_start + len(first))


_WHICH = regex.compile(r"\s++(?i:which|whom)\b")


def _antecedent_of_which(
    doc: Document, s_start: int, cue_start: int
) -> tuple[str, str | None, Span] | None:
    """The party "according to which" points back to: the noun phrase before the comma
    ("figures from the Pan American Health Organization, according to which")."""
    text = doc.text
    comma = text.rfind(",", max(s_start, cue_start - 5), cue_start)
    if comma < 0:
        return None
    lo = max(s_start, comma - 90)
    cut = last_match(_ANTECEDENT_CUT, text, lo, comma)
    piece_start = lo if cut is None else cut.end()
    piece = text[piece_start:comma].strip()
    return party_of(doc, piece, text.find(piece, piece_start, comma)) if piece else None


_LAST_WORD = regex.compile(r"(?P<word>\p{L}++)\s++\Z")


def _after_media(doc: Document, s_start: int, cue_start: int) -> bool:
    """Whether the word right before a cue names a picture or a document ("footage")."""
    m = _LAST_WORD.search(doc.text, max(s_start, cue_start - 30), cue_start)
    return m is not None and m["word"].lower() in doc.vocab.word_class("shown_media")


# What may stand between a count verb and its figure object: determiners and the
# words of a net or further amount ("added a net 73,000", "added another 2,000").
_OBJECT_LEAD = regex.compile(
    r"""(?xi)
    (?:\s++(?:a\s++further|a\s++net|another|some|further|net|an?))?  # "a net", "another"
    \s++                                                      # then the figure
    """
)


def _figure_object(doc: Document, cue_end: int, s_end: int) -> bool:
    """Whether a figure is the object of the cue ending at ``cue_end``."""
    i = bisect.bisect_left(doc.quantities, cue_end, key=lambda q: q.span[0])
    if i == len(doc.quantities) or doc.quantities[i].span[0] >= s_end:
        return False
    m = _OBJECT_LEAD.match(doc.text, cue_end, doc.quantities[i].span[0])
    return m is not None and m.end() == doc.quantities[i].span[0]


def _figure_at(doc: Document, at: int) -> bool:
    """Whether a scanned figure starts at ``at``."""
    i = bisect.bisect_left(doc.quantities, at, key=lambda q: q.span[0])
    return i < len(doc.quantities) and doc.quantities[i].span[0] == at


def _party_after(doc: Document, start: int, end: int) -> tuple[str, str | None, Span] | None:
    stop = min(end, start + 70)
    cut = _AFTER_CUT.search(doc.text, start, stop)
    if cut is not None:
        stop = cut.start()
    window = doc.text[start:stop]
    lead = len(window) - len(window.lstrip())
    return party_of(doc, window.strip(), start + lead)


def _subject_before(doc: Document, s_start: int, cue_start: int) -> bool:
    """Whether words stand between the cue and the punctuation (or sentence start)
    before it: a subject, named or not ("The army said", "Officials in Lindau said")."""
    lo = max(s_start, cue_start - 70)
    cut = last_match(_PARTY_CUT, doc.text, lo, cue_start)
    piece = doc.text[lo if cut is None else cut.end() : cue_start]
    return bool(strip_auxiliaries(doc.vocab, piece))


def _party_before(
    doc: Document, s_start: int, cue_start: int
) -> tuple[str, str | None, Span] | None:
    text = doc.text
    lo = max(s_start, cue_start - 70)
    cut = last_match(_PARTY_CUT, text, lo, cue_start)
    piece_start = lo if cut is None else cut.end()
    piece = strip_auxiliaries(doc.vocab, text[piece_start:cue_start])
    if piece.lower() == "which" and cut is not None:
        # "the Ukrainian air force, which said": the party is the antecedent.
        inner = last_match(_ANTECEDENT_CUT, text, lo, cut.start())
        piece_start = lo if inner is None else inner.end()
        piece = text[piece_start : cut.start()].strip()
    elif not piece and cut is not None and cut.group() == ",":
        # "The CGTP union, which organised the protest, said": the party stands
        # before the parenthetical the cue follows, unless that is a name in
        # apposition.
        lo = max(s_start, cut.start() - 160)
        opened = last_match(_PARTY_CUT, text, lo, cut.start())
        apposed = text[opened.end() : cut.start()].strip() if opened is not None else ""
        if apposed[:1].isupper() and opened is not None:
            # "A regional official, Governor Lena Brandt, indicated": the name in
            # apposition, not the role before it.
            named = party_of(doc, apposed, text.find(apposed, opened.end(), cut.start()))
            if named is not None and named[1] in (None, "person"):
                return named
        if opened is not None and opened.group() == ",":
            outer = last_match(_PARTY_CUT, text, lo, opened.start())
            piece_start = lo if outer is None else outer.end()
            piece = strip_auxiliaries(doc.vocab, text[piece_start : opened.start()])
    elif not piece and cut is not None and cut.group() == ")":
        # "the World Meteorological Organization (WMO) said": the name
        # before the abbreviation.
        paren = text.rfind("(", lo, cut.start())
        acronym = _acronym_apposition(doc, s_start, paren, cut.start()) if paren >= 0 else None
        if acronym is not None:
            return acronym
        if paren >= 0:
            outer = last_match(_PARTY_CUT, text, lo, paren)
            piece_start = lo if outer is None else outer.end()
            piece = strip_auxiliaries(doc.vocab, text[piece_start:paren])
    if not piece:
        return None
    offset = text.find(piece, piece_start, cue_start)
    return party_of(doc, piece, max(offset, piece_start))


# An acronym in parentheses: two to ten letters and "&", capitals first ("GCRS", "MoH").
_ACRONYM = regex.compile(r"\p{Lu}[\p{L}&]{1,9}")


_NAME_WORD = regex.compile(r"[\p{L}&][\p{L}'’&.-]*+")


def _acronym_apposition(
    doc: Document, s_start: int, paren: int, close: int
) -> tuple[str, str | None, Span] | None:
    """The body named with its acronym in parentheses ("the Ghana Council on Road Safety
    (GCRS) said"): one source, the one the acronym alone names later in
    the article and in other outlets ("GCRS said"), unless the full name is a known
    entity. The words before the parenthesis are the name when their capitals spell
    the acronym's, read backwards over the class acronym_joiner ("on", "of", "the").
    """
    text, vocab = doc.text, doc.vocab
    acronym = text[paren + 1 : close].strip()
    if _ACRONYM.fullmatch(acronym) is None:
        return None
    letters = [c for c in acronym if c.isupper()]
    joiners = vocab.word_class("acronym_joiner")
    words = list(_NAME_WORD.finditer(text, max(s_start, paren - 120), paren))
    if not words or text[words[-1].end() : paren].strip():
        return None
    k = len(words)
    while letters and k > 0:
        k -= 1
        word = words[k].group()
        if word[0].isupper():
            if word[0] != letters[-1]:
                return None
            letters.pop()
        elif word.lower() not in joiners:
            return None
    if letters:
        return None
    name = text[words[k].start() : words[-1].end()]
    if vocab.canonical_entity(name) is not None:
        return party_of(doc, name, words[k].start())
    found = party_of(doc, acronym, paren + 1)
    if found is None:
        return None
    return found[0], found[1], (words[k].start(), close + 1)


def party_inverted(doc: Document, start: int, end: int) -> tuple[str, str | None, Span] | None:
    """``..., said the county's fire chief, Marta Okafor.``"""
    raw = doc.text[start : min(end, start + 80)]
    window = raw.strip(" ,.")
    titled = _TITLE_THEN_NAME.match(window)
    if titled is not None and _is_title(doc.vocab, titled["title"]):
        # "said economist Maria Lopez", "said spokeswoman Ana Ruiz": a lower-case title
        # before the name.
        found = party_of(doc, titled.group(), start + raw.find(window))
        if found is not None:
            return found
    if not window or not (window[0].isupper() or window.startswith(("the ", "a ", "an "))):
        return None
    if not window.split()[0].replace(".", "").replace("'", "").replace("’", "").isalpha():
        return None  # "announced C$25 million": a figure, not a speaker
    named = _NAME_THEN_COMMA.match(window)
    if named is not None:
        # "said Tomas Berg, a regional rail official, in an interview with Bloomberg":
        # the name before the apposition, not the outlet spoken to.
        found = party_of(doc, named["name"], start + raw.find(window))
        if found is not None:
            return found
    return party_of(doc, window, start + raw.find(window))


# A lower-case title of one or two words, then a name of up to four capitalised words.
_TITLE_THEN_NAME = regex.compile(
    r"(?P<title>\p{Ll}[\p{L}-]*+(?:\s++\p{Ll}[\p{L}-]*+)?)"
    r"\s++\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){0,3}"
)


def _is_title(vocab: Vocabulary, title: str) -> bool:
    """Whether a lower-case title ends on a speaker's role ("economist", "chief
    spokeswoman", "police spokesman")."""
    last = title.split()[-1]
    return last in vocab.word_class("speaker_title") or last in vocab.word_class("unnamed_source")


# A name of two to four capitalised words, then a comma: "Vidhi Rao, a senior official".
_NAME_THEN_COMMA = regex.compile(r"(?P<name>\p{Lu}[\p{L}'’.-]*+(?:\s++\p{Lu}[\p{L}'’.-]*+){1,3}),")


def strip_auxiliaries(vocab: Vocabulary, piece: str) -> str:
    """The words before a speech cue without the adverbs that end them ("also")."""
    adverbs = vocab.word_class("speech_adverb")
    words = piece.split()
    while words and words[-1].lower() in adverbs:
        words.pop()
    return " ".join(words)
