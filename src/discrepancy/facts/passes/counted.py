"""What a figure counts or measures by the vocabulary: the noun after it, the verb that
makes a toll of people, the measure a cue or unit names.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ...models import Quantity, QuantityKind, SubjectBasis
from ...rules.quantities import rules_for
from ...rules.vocab import Vocabulary
from ...text.nounphrase import subject_name
from ..clauses import POST_SPAN, clause_start, past_aside, post_window_end
from ..document import Document, headline_span, span_tokens
from ..draft import Draft, sentence_span
from ..lexicon import PART_OF, WEAPONS, before_toll_verb, strong_groups
from ..nounphrases import before_auxiliaries, np_after, np_before

__all__ = ["body_vote", "count_subject", "in_context", "measure_subject"]


_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*+")


# "drones and missiles": a second weapon noun joined to the first with no figure.
_WEAPON_PAIR = regex.compile(
    r"\s++(?:and|or|&)\s++(?:(?:ballistic|cruise|guided|attack)\s++)?(?P<noun>[a-z]++)\b",
    regex.I,
)


_STRONG_HEAD = regex.compile(r"\s++(\p{L}++)")


# A bare figure counted by "they were 245,000" / "there were 81,000" counts people.
_REACHES = regex.compile(
    r"""(?ix)\b
    (?:pass(?:es|ed)?|tops?|topped|exceed(?:s|ed)?|surpass(?:es|ed)?|reach(?:es|ed)?|hits?
      |nears?|neared|(?:rises|rose|risen|climbs|climbed|jumps|jumped|soars|soared|grows|grew
      |increases|increased|stands|stood)\s++(?:to|at))
    \s++$"""
)


_CONTEXT_SENTENCES = 2  # sentences back a subject's required word may stand


_CURRENCY_REACH = 12  # characters from a figure to its currency noun ("billions of dollars")


_LEAD_CHARS = 12  # characters before a measure's group its quantifier ("all") may stand


_MAX_NP_WORDS = 4  # words between a figure and the noun it counts ("900 guided bombs")


def _noun_after(doc: Document, d: Draft, start: int, limit: int) -> tuple[str, int] | None:
    """The first subject form within a few words after ``start``: (subject, end)."""
    toks, lo, hi = span_tokens(doc, d.sentence, start, limit)
    words = 0
    i = lo
    # "200 of the capital's 700 buses": a partitive names its noun past the whole.
    partitive = lo < hi and toks[lo][2] == "of"
    stops = doc.vocab.word_class("phrase_stop")
    while i < hi and words < _MAX_NP_WORDS:
        word = toks[i][2]
        if partitive and word.endswith("'s"):
            words += 1  # "of the region's 600 buses": the owner is not the noun
            i += 1
            continue
        m = doc.vocab.subject_forms.match(toks, i, hi)
        if m is not None:
            return m[1], toks[m[0] - 1][1]
        if partitive and word[0].isdigit():
            i += 1
            continue
        if not word[0].isalpha() or word in stops:
            return None
        words += 1
        i += 1
    return None


def _place_people_after(doc: Document, d: Draft, start: int, s_end: int) -> tuple[str, int] | None:
    """A noun for the people of a place right after a count, or after its "of":
    "Thousands of Londoners marched", "some 20,000 Berliners", "300 Parisians" (the
    plural of a place's adjective): people, ("person", end)."""
    toks, lo, hi = span_tokens(doc, d.sentence, start, min(s_end, start + POST_SPAN))
    i = lo + 1 if lo < hi and toks[lo][2] == "of" else lo
    if i >= hi:
        return None
    raw = doc.text[toks[i][0] : toks[i][1]]
    vocab = doc.vocab
    if not raw[:1].isupper():
        return None
    if toks[i][2] in vocab.word_class("place_people") or (
        raw.endswith("s") and vocab.adjective_entity(raw[:-1])
    ):
        return "person", toks[i][1]
    return None


def count_subject(doc: Document, d: Draft, pre_start: int, s_end: int) -> None:
    """The subject of a count by the vocabulary: its noun, a compound ("6.5-magnitude",
    "a 10,000-strong crowd"), the verb that makes a toll of people, a cue before it,
    or a verb of reaching ("deaths pass 1,300"); sets ``subject``, ``noun_end``, ``group`` and
    ``compound`` on the draft.
    """
    vocab = doc.vocab
    q = d.quantity
    text = doc.text
    end = q.span[1]
    if end < len(text) and text[end] == "-":
        _compound_subject(doc, d, s_end)
        return
    subject = vocab.subject_for_form(q.noun) if q.noun else None
    found = _noun_after(doc, d, end, min(s_end, end + POST_SPAN))
    if found is None and subject is None:
        found = _place_people_after(doc, d, end, s_end)
    if found is not None:
        if subject is None or PART_OF.match(text, end):
            subject = found[0]  # "150 of the region's 600 buses" count buses
        d.noun_end = found[1]
    entry = vocab.subjects.get(subject) if subject else None
    # A verb makes a toll of people in general ("24 people were killed"); a named
    # group keeps its name ("12 officers were injured" counts officers, injured).
    if subject is None or (entry is not None and entry.person and entry.name == "person"):
        subject = _toll_or_cue(doc, d, subject, pre_start, s_end)
    if subject is None and found is None:
        # "Hajj heat deaths pass 1,300", "Cholera cases top 10,000": the noun comes
        # first, and a verb of reaching joins it to the figure.
        noun = _reaching_noun(doc, d, pre_start)
        named = vocab.subject_for_form(noun) if noun is not None else None
        if named is not None and "count" in vocab.subjects[named].kinds:
            subject = named
            before = np_before(doc, d, pre_start)
            if before is not None and before[0] == named and before[1] is not None:
                # "The number of confirmed measles cases has risen to 216": measles
                d.group = before[1]
    if subject in WEAPONS and d.noun_end > end:
        # "nearly 500 drones and missiles", "495 Russian drones and missiles": one
        # figure for two kinds of weapon counts everything fired, not drones.
        pair = _WEAPON_PAIR.match(text, d.noun_end, min(s_end, d.noun_end + 40))
        if pair is not None and vocab.subject_for_form(pair["noun"]) in WEAPONS:
            subject = "aerial target"
            d.noun_end = pair.end()
    d.subject = subject or _money_counted(doc, d, s_end)
    _classified_subject(doc, d, s_end)


def _reaching_noun(doc: Document, d: Draft, pre_start: int) -> str | None:
    """The noun before a verb of reaching that ends right before the figure, across
    auxiliaries and adverbs ("deaths pass 1,300", "arrests have since risen to 300",
    "deaths have so far reached 12")."""
    q = d.quantity
    reach = _REACHES.search(doc.text, max(pre_start, q.span[0] - 50), q.span[0])
    if reach is None:
        return None
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, reach.start())
    hi = before_auxiliaries(doc, toks, lo, hi)
    return toks[hi - 1][2] if hi > lo else None


def _money_counted(doc: Document, d: Draft, s_end: int) -> str | None:
    """What a count of a currency measures, by a word of money after it: "billions of
    dollars to rebuild" is a cost, "millions of euros in damage" damage (the scanner
    reads the vague scale word as a count of dollars, not an amount)."""
    q = d.quantity
    noun = (q.noun or "").lower()
    currencies = rules_for(doc.vocab).currencies_after
    table = doc.vocab.measure_forms.get(QuantityKind.MONEY.value)
    if table is None or not (noun in currencies or f"{noun}s" in currencies):
        return None
    at = doc.lowered.find(noun, q.span[1], min(s_end, q.span[1] + _CURRENCY_REACH))
    if at < 0:
        return None
    start = at + len(noun) + (1 if doc.lowered.startswith("s", at + len(noun)) else 0)
    toks, lo, hi = span_tokens(
        doc, d.sentence, start, post_window_end(doc, start, s_end, POST_SPAN)
    )
    for i in range(lo, hi):
        m = table.match(toks, i, hi)
        if m is not None and QuantityKind.MONEY.value in doc.vocab.subjects[m[1]].kinds:
            return m[1]
    return None


_CLASSIFIER_LEAD = 2  # words between a figure and its classifier ("two newly reported cases")


_CLASSIFIED_WORDS = 3  # words of the phrase a classifier names ("enforced disappearances")


def _classified_subject(doc: Document, d: Draft, s_end: int) -> None:
    """The thing a classifier noun hands its count to: "two cases of abduction"
    count abductions, "31 incidents of arson" arson, "nine instances of signal
    failure" signal failures. A case of a disease ("14 cases of cholera") stays a
    case of the outbreak; a phrase the vocabulary knows takes its name."""
    vocab = doc.vocab
    end = d.quantity.span[1]
    toks, lo, hi = span_tokens(doc, d.sentence, end, min(s_end, end + POST_SPAN))
    classifiers = vocab.word_class("classifier")
    i = lo
    while i < hi and i - lo <= _CLASSIFIER_LEAD and toks[i][2] not in classifiers:
        if not toks[i][2].isalpha():
            return
        i += 1
    if i + 2 >= hi or toks[i][2] not in classifiers or toks[i + 1][2] != "of":
        return
    function = vocab.word_class("function")
    words: list[tuple[str, int]] = []
    k = i + 2
    while k < hi and len(words) < _CLASSIFIED_WORDS:
        word = toks[k][2]
        if (
            not word.replace("-", "").isalpha()
            or word in function
            or doc.text[toks[k][0]].isupper()
        ):
            break
        words.append((word, toks[k][1]))
        k += 1
    if not words or words[0][0] in vocab.word_class("disease"):
        return
    phrase = " ".join(w for w, _ in words)
    named = vocab.subject_for_form(phrase) or vocab.subject_for_form(words[-1][0])
    if named is not None and "count" in vocab.subjects[named].kinds:
        d.subject, d.subject_basis = named, SubjectBasis.VOCABULARY
    else:
        modifiers = [w for w, _ in words[:-1]]
        d.subject = subject_name(modifiers, words[-1][0], vocab.plurals)
        d.subject_basis = SubjectBasis.TEXT
    d.noun_end = words[-1][1]


def _compound_subject(doc: Document, d: Draft, s_end: int) -> None:
    """ "two-story building", "22-month war": the figure modifies a compound, and
    counts nothing unless the compound names a subject ("6.5-magnitude") or, after
    "-strong", the noun after it does ("a 10,000-strong crowd")."""
    vocab = doc.vocab
    text = doc.text
    q = d.quantity
    end = q.span[1]
    d.compound = True
    w = _WORD.match(text, end + 1, min(s_end, end + 30))
    named = vocab.subject_for_form(w.group()) if w is not None else None
    if w is not None and named is not None and _fits(vocab, named, q):
        d.subject, d.noun_end = named, w.end()
    elif w is not None and w.group().lower() == "strong":
        # "a 10,000-strong crowd", "a 3,000-strong force": the noun after says who.
        head = _STRONG_HEAD.match(text, w.end(), min(s_end, w.end() + 30))
        if head is not None:
            noun = head.group(1).lower()
            named = vocab.subject_for_form(noun) or strong_groups(vocab).get(noun)
            if named is not None and _fits(vocab, named, q):
                d.subject, d.noun_end = named, head.end()


def _toll_or_cue(
    doc: Document, d: Draft, subject: str | None, pre_start: int, s_end: int
) -> str | None:
    """The toll a verb makes of a count of people, or the subject a cue before the
    figure names ("the death toll rose to 40"); else ``subject`` as it was."""
    toll = _person_toll(doc, d, pre_start, s_end)
    if toll is not None:
        if subject is None:
            # "Nine stewards were hurt": the people the toll befell are its group.
            after = np_after(doc, d, s_end)
            if isinstance(after, tuple) and after[0] != "person":
                d.group = after[0] if after[1] is None else f"{after[1]} {after[0]}"
        return toll
    vocab = doc.vocab
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, d.quantity.span[0])
    cue = vocab.subject_cues.last(toks, lo, hi)
    if cue is not None and "count" in vocab.subjects[cue[2]].kinds:
        return cue[2]
    return subject


def _person_toll(doc: Document, d: Draft, pre_start: int, s_end: int) -> str | None:
    """The toll a verb makes of a count of people ("24 people were killed").

    Only a verb right next to the figure counts: after it, across auxiliaries
    ("have been killed"); before it, with nothing in between ("killing at least 24").
    """
    vocab = doc.vocab
    post_start = past_aside(doc, d.noun_end, s_end)
    post_end = post_window_end(doc, post_start, s_end, 50)
    toks, lo, hi = span_tokens(doc, d.sentence, post_start, post_end)
    i = lo
    m = vocab.event_forms.match(toks, i, hi) if i < hi else None
    while m is None and i < hi and before_toll_verb(vocab, toks[i][2]):
        i += 1  # "are feared dead", but "to gather" is a verb of its own
        m = vocab.event_forms.match(toks, i, hi) if i < hi else None
    if m is None and i < hi and "/" in toks[i][2]:
        # "79 people are dead/missing": the first of two tolls joined by a slash
        first = vocab.event_for_form(toks[i][2].split("/")[0])
        m = None if first is None else (i + 1, first)
    if m is not None:
        entry = vocab.events.get(m[1])
        if entry is not None and entry.person_subject:
            return entry.person_subject
    clause = clause_start(doc, pre_start, d.quantity.span[0])
    toks, lo, hi = span_tokens(doc, d.sentence, clause, d.quantity.span[0])
    while hi > lo and toks[hi - 1][2] in vocab.word_class("toll_filler"):
        hi -= 1  # "killing all 72", "injuring a further 12"
    found = vocab.event_forms.last(toks, lo, hi)
    if found is not None and found[1] == hi:
        entry = vocab.events.get(found[2])
        if entry is not None and entry.person_subject:
            return entry.person_subject
    return None


def measure_subject(doc: Document, d: Draft, pre_start: int, s_end: int) -> None:
    """The subject of a measure, money or share by the vocabulary: a cue before it, a
    measure word after it, its noun or unit, else the fallback subject of its kind.
    """
    vocab = doc.vocab
    q = d.quantity
    kind = q.kind.value
    toks, lo, hi = span_tokens(doc, d.sentence, pre_start, q.span[0])
    cue = vocab.subject_cues.last(toks, lo, hi)
    if cue is not None and _fits(vocab, cue[2], q) and in_context(doc, d, cue[2]):
        d.subject = cue[2]
        d.group = _measured_group(doc, d, pre_start)
        return
    table = vocab.measure_forms.get(kind)
    if table is not None:
        start = q.span[1]
        if doc.text[start : start + 1] in ")]":
            start += 1  # the second half of a unit pair: "(6 miles) below ground"
        post_end = post_window_end(doc, start, s_end, POST_SPAN)
        toks, lo, hi = span_tokens(doc, d.sentence, start, post_end)
        i = lo
        while i < hi:
            m = table.match(toks, i, hi)
            if m is not None and _fits(vocab, m[1], q):
                d.subject = m[1]
                d.subject_fallback = vocab.subjects[m[1]].fallback
                return
            i += 1
    for word in (q.noun, q.unit):
        named = vocab.subject_for_form(word) if word else None
        if named is not None and _fits(vocab, named, q):
            d.subject = named
            return
    for entry in vocab.subjects.values():
        if entry.fallback and kind in entry.kinds and _fits(vocab, entry.name, q):
            d.subject, d.subject_fallback = entry.name, True
            return


def _measured_group(doc: Document, d: Draft, pre_start: int) -> str | None:
    """Whose measure a cue's figure is, named after the cue: "average hourly earnings
    of factory workers rose 0.2%" (a group of their own);
    "for all workers" names the whole, no group."""
    if d.quantity.kind is QuantityKind.PERCENT:
        # "Vaccination coverage against measles among two-year-olds fell to 84%": a
        # rate's group is its people, which the rates pass reads (not "measles among
        # two-year-olds")
        return None
    before = np_before(doc, d, pre_start)
    if before is None or before[1] is None:
        return None
    group = before[1]
    at = doc.lowered.rfind(group, pre_start, d.quantity.span[0])
    lead = doc.lowered[max(pre_start, at - _LEAD_CHARS) : at].split()[-1:] if at >= 0 else []
    return None if set(lead) & doc.vocab.word_class("whole_quantifier") else group


def in_context(doc: Document, d: Draft, name: str) -> bool:
    """Whether the figure's sentence has a word the subject requires (a magnitude a quake)."""
    needed = doc.vocab.subjects[name].requires_context
    if not needed:
        return True
    start, end = sentence_span(doc, d)
    if doc.sentences:
        # "The main opposition party took 31.5 percent": the election may be named
        # in the sentences just before, or in the headline.
        start = doc.sentences[max(0, d.sentence - _CONTEXT_SENTENCES)][0]
    near = doc.lowered[start:end]
    if _context_in(doc.vocab, near, needed):
        return True
    head = headline_span(doc)
    if head is None or head[0] >= start:
        return False
    headline = doc.lowered[head[0] : min(head[1], start)]
    return _context_in(doc.vocab, headline, needed)


def _context_in(vocab: Vocabulary, text: str, needed: Iterable[str]) -> bool:
    """Whether ``text`` (lower case) holds a word of context; a bare vote only where no
    deciding body votes ("the committee voted": no election)."""
    said = {w.lower() for w in needed if w.lower() in text}
    if not said:
        return False
    if said - vocab.word_class("bare_vote_word"):
        return True
    return not body_vote(vocab, set(_WORD.findall(text)))


def body_vote(vocab: Vocabulary, words: set[str]) -> bool:
    """Whether a deciding body stands among ``words`` (lower case): its vote ("The
    committee voted 7-2", "shareholders voted") is no election."""
    return bool(words & vocab.word_class("deciding_body"))


def _fits(vocab: Vocabulary, name: str, q: Quantity) -> bool:
    """Whether a figure's kind and unit fit what a subject counts or measures."""
    entry = vocab.subjects[name]
    if q.kind.value not in entry.kinds:
        return False
    if entry.units:
        unit = (q.unit or q.noun or "").lower()
        return unit in entry.units or unit.rstrip("s") in entry.units
    return not (
        q.kind is QuantityKind.MEASURE
        and q.unit
        and q.unit.lower() in vocab.word_class("duration_unit")
    )
