"""The events pass: the verb that governs each figure ("launched", "intercepted",
"killed") and the actor before it.
"""

from __future__ import annotations

import itertools

import regex

from ...models import Form, QuantityKind
from ...rules.vocab import Vocabulary
from ..actors import actor_of, demonym, launcher
from ..clauses import clause_start, past_aside, post_window_end
from ..document import Document, span_tokens
from ..draft import Draft, Reading, pre_window_start, sentence_span
from ..lexicon import (
    AIR_WEAPONS,
    AUX_AFTER,
    COORDINATION,
    LIST_GAP,
    PART_OF,
    PARTITIVE_PRONOUNS,
    TOLLS,
    WEAPONS,
)
from ..people import entry_person, people_noun, toll_event

__all__ = ["read_events"]


_GROUND_TARGETS = regex.compile(r"(?:(?!\b(?:aerial|air)\b)[^,;.]){0,60}?\btargets\s*+$", regex.I)


_DEFENCE_EVENTS = frozenset(["intercepted", "jammed"])


_ATTACK = regex.compile(
    r"\b(?:attack|attacks|attacked|strike|strikes|struck|barrage|assault|raid|raids|"
    r"bombardment|shelling|onslaught|salvo|wave|overnight|air\s+raid)\b"
)


# "most of 495", "half of the 1,200": a share of the figure, not the figure itself.
_SHARE_OF = regex.compile(
    r"(?i:\b(?:most|many|some|half|all|part|majority|much|several|few|none|dozens|hundreds"
    r"|thousands)\s++of\s++(?:the\s++|its\s++|their\s++)?)$"
)


# A part named by "including" keeps its own verb; a list after "of which" shares one.
_INCLUDED = regex.compile(r"(?i:,\s*+(?:including|among\s+them)\s++)$")


# "99% of the missiles ...": a share of a whole named after it.
_PARTITIVE = regex.compile(r"['’\"”]?\s*+(?i:per\s++cent\s++|percent\s++)?['’\"”]?\s*+(?i:of)\s")


# Auxiliaries before a finite verb of the clause ("were intercepted", "had been hit").
_AUXILIARIES = frozenset(["were", "was", "are", "is", "been", "be"])


_OVER_GAP = regex.compile(r"\s++(?i:over)\s++$")


# "officials said that there were 750 people on board": a figure whose clause says
# only that it exists; a verb before the existential is another clause's.
_EXISTENTIAL = regex.compile(
    r"(?i:\bthere\s++(?:were|are|was|is|had\s++been|have\s++been|has\s++been)\s++)$"
)


# Words between a verb and the figure it turns into a toll ("killing all 72").
# Kinds of figure that are never a toll of people, whatever verb is near.
_NOT_TOLLS = frozenset(
    [QuantityKind.MONEY, QuantityKind.LENGTH, QuantityKind.AREA, QuantityKind.MEASURE]
)


_PART_GAP = regex.compile(
    r"\s++(?:of|out\s++of)\s++(?:the\s++|its\s++|their\s++)?(?:[\p{L}-]++(?:'s|’s)\s++)?$"
)


# Words of damage done: places where impacts or damage are reported were hit.
_IMPACT = regex.compile(r"\b(?:impacts?|explosions?|damage|damaged|hits?|shelled|bombed)\b")


def read_events(doc: Document, reading: Reading) -> None:
    """The verb that governs each figure and the actor before it.

    A verb after the figure (across an aside) comes first, then the word read as its
    noun ("at least 45 killed"), then the last verb before it in its clause, then the
    verb of the figure before it in a coordination. The subject's aliases and
    default event apply; a list shares the verb after its last item.

    Args:
        doc: the article.
        reading: its drafts, whose ``event`` and ``actor`` are set in place.
    """
    drafts = reading.drafts
    previous: Draft | None = None
    attacks: dict[int, bool] = {}  # sentence -> reports an attack (searched once)
    for index, d in enumerate(drafts):
        pre_start = pre_window_start(doc, d, previous)
        clause = clause_start(doc, pre_start, d.quantity.span[0])
        event = _verb_after(doc, drafts, index)
        actor = None
        if event is None:
            event, actor = _verb_before(doc, d, previous, pre_start, clause)
        event = _own_event(doc.vocab, d, event)
        entry = doc.vocab.subjects.get(d.subject or "")
        if event is None and entry is not None:
            d.event_default = True
            event = entry.default_event
            if event == "hit" and not _attack_sentence(doc, drafts, d):
                # "Wreckage came down in five districts": places are hit in an attack.
                event = None
            if event is None and d.subject in WEAPONS and _attack(doc, d, attacks):
                # "The strikes came as 91 drones ...": weapons in an attack report
                # were launched unless a verb says otherwise, by whoever attacked.
                event = "launched"
                actor = launcher(doc, *span_tokens(doc, d.sentence, clause, d.quantity.span[0]))
        if actor is None:
            actor = _default_actor(doc, d, previous, event)
        d.event, d.actor = event, actor
        previous = d
    _list_events(doc, drafts)
    _settled_events(doc, drafts)


def _verb_after(doc: Document, drafts: list[Draft], index: int) -> str | None:
    """The event of the verb after a figure, or of the word read as its noun."""
    d = drafts[index]
    q = d.quantity
    vocab = doc.vocab
    s_end = sentence_span(doc, d)[1]
    if (
        index + 1 < len(drafts)
        and drafts[index + 1].sentence == d.sentence
        # "Fewer than 200 of its 700 buses were running": a whole, not a figure of its own
        and not _PART_GAP.match(doc.text, q.span[1], drafts[index + 1].quantity.span[0])
    ):
        # "fired 300 rockets together with 8 shells that struck three villages":
        # the verb after the next figure is that figure's.
        s_end = min(s_end, max(d.noun_end, drafts[index + 1].quantity.span[0]))
    if d.negated:
        post_start, post_end = q.span[0], min(s_end, q.span[1] + 30)
    else:
        # "62% of scheduled rail services were cancelled": a share's verb follows
        # the whole it is a share of.
        size = 70 if q.kind is QuantityKind.PERCENT else 45
        post_start = past_aside(doc, d.noun_end, s_end)
        post_end = post_window_end(doc, post_start, s_end, size)
    toks, lo, hi = span_tokens(doc, d.sentence, post_start, post_end)
    m = vocab.event_forms.first(toks, lo, hi)
    if m is not None:
        # A verb phrase may run past the window's cut: "damaged or destroyed".
        longer = vocab.event_forms.match(toks, m[0])
        if longer is not None:
            m = (m[0], longer[0], longer[1])
    if m is not None and q.kind is QuantityKind.PERCENT and _PARTITIVE.match(doc.text, q.span[1]):
        # "99% of the missiles launched were intercepted": the participle after the
        # whole says which whole; the verb after an auxiliary is what befell the share.
        finite = vocab.event_forms.first(toks, m[1], hi)
        if finite is not None and finite[0] > lo and toks[finite[0] - 1][2] in _AUXILIARIES:
            m = finite
    reach = 70 if q.kind is QuantityKind.PERCENT else 30
    if m is not None and toks[m[0]][0] - post_start <= reach:
        return m[2]
    if not d.negated and d.noun_end > q.span[1]:
        # "Hundreds were injured", "at least 45 killed": the word read as the
        # counted noun is the verb itself.
        toks, lo, hi = span_tokens(doc, d.sentence, q.span[1], d.noun_end)
        m = vocab.event_forms.first(toks, lo, hi)
        if m is not None:
            return m[2]
    return None


def _verb_before(
    doc: Document, d: Draft, previous: Draft | None, pre_start: int, clause: int
) -> tuple[str | None, str | None]:
    """(event, actor) of the last verb before a figure in its clause, or of the figure
    before it that it is coordinated with."""
    q = d.quantity
    if _SHARE_OF.search(doc.text, max(clause, q.span[0] - 30), q.span[0]) or _EXISTENTIAL.search(
        doc.text, max(clause, q.span[0] - 20), q.span[0]
    ):
        # "downed most of 495 drones": the verb before did its work on a share;
        # the figure is the whole, which no verb here counts.
        return None, None
    toks, lo, hi = span_tokens(doc, d.sentence, clause, q.span[0])
    m = doc.vocab.event_forms.last(toks, lo, hi)
    if m is not None:
        d.event_from_pre = True
        return m[2], actor_of(doc, toks, lo, m[0])
    if (
        previous is not None
        and previous.sentence == d.sentence
        # "..., and 4,300 shelters were opened": a verb of its own, if unknown
        and not AUX_AFTER.match(doc.text, d.noun_end)
        and (
            d.elided
            or COORDINATION.match(doc.text, pre_start, q.span[0])
            # "45 drones over seven regions": the places share the drones' event.
            or _OVER_GAP.match(doc.text, pre_start, q.span[0])
        )
    ):
        d.event_from_pre = previous.event_from_pre
        return previous.event, previous.actor
    return None, None


def _own_event(vocab: Vocabulary, d: Draft, event: str | None) -> str | None:
    """The event read for a figure as what befell what it counts (tolls, aliases)."""
    if d.quantity.kind in _NOT_TOLLS and event is not None:
        verb = vocab.events.get(event)
        if verb is not None and verb.person_subject:
            event = None  # "$120 million to help the displaced": no toll of money
    if event == "organized" and d.quantity.kind is not QuantityKind.COUNT:
        event = None  # "the jobless rate held at 4.2%": a level, nothing held
    if event == "hit" and d.quantity.kind in _NOT_TOLLS:
        # "temperatures hit 45C", "losses hit $2 billion", "demand hit a record of
        # 41,200 MW": a measure reached, no place struck.
        event = None
    if event == "destroyed" and _not_destroyed(vocab, d):
        event = None
    event = toll_event(vocab, d.subject, event)
    if event == "launched" and entry_person(vocab, d.subject):
        # "sent 1,500 soldiers" deployed them (the entry's alias, below); "The
        # victims included 9 crew members", "the passengers included 40 French
        # nationals" launched nothing.
        aliased = vocab.subjects[d.subject or ""].event_alias(event) != event
        event = "deployed" if aliased else None
    entry = vocab.subjects.get(d.subject or "")
    if entry is not None and entry.event_aliases and event is not None:
        event = entry.event_alias(event)  # "air defences destroyed 57 drones"
    return event


def _not_destroyed(vocab: Vocabulary, d: Draft) -> bool:
    """Whether what a figure counts cannot be destroyed, only lost: "2.3 million
    journeys were lost", "£4 million in lost fares", "the index lost 1.3%" (homes lost
    to a fire are, and "40% of homes were lost")."""
    q = d.quantity
    if q.kind is QuantityKind.MONEY or (q.kind is QuantityKind.PERCENT and q.form is Form.CHANGE):
        return True  # "the index lost 1.3%": a fall, nothing destroyed
    head = d.subject.split()[-1] if d.subject else None
    return head in vocab.word_class("lost_not_destroyed")


def _attack(doc: Document, d: Draft, attacks: dict[int, bool]) -> bool:
    """Whether a figure's sentence has a word of attack (searched once per sentence)."""
    if d.sentence not in attacks:
        attacks[d.sentence] = _ATTACK.search(doc.lowered, *sentence_span(doc, d)) is not None
    return attacks[d.sentence]


def _default_actor(
    doc: Document, d: Draft, previous: Draft | None, event: str | None
) -> str | None:
    """The actor of a figure no verb named one for."""
    entry = doc.vocab.subjects.get(d.subject or "")
    if entry is not None and entry.default_event == "hit":
        # "unleashed 1,300 drones ... across 14 Ukrainian regions": the places
        # were hit by whoever fired; the demonym says where they are.
        if previous is not None and previous.sentence == d.sentence:
            return previous.actor
        return None
    if event not in _DEFENCE_EVENTS and not (
        entry is not None and (entry.person or entry.name in TOLLS)
    ):
        # "91 Russian drones" were Russia's; "57 Ukrainian drones" shot down were
        # not downed by Ukraine; "three Israeli hostages" were not freed by Israel.
        return demonym(doc, d, d.quantity.span[1], d.noun_end)
    return None


def _list_events(doc: Document, drafts: list[Draft]) -> None:
    """ "617 drones and 30 missiles were shot down": the verb after the last of a
    list is every item's ("X, Y and Z were destroyed": right to left). A part
    ("including 61 homes") and a clause of its own (", and dozens more damaged")
    are not list items.
    """
    vocab = doc.vocab
    for a, b in reversed(list(itertools.pairwise(drafts))):
        if (
            a.event is None
            and b.event is not None
            and not b.event_from_pre
            and a.sentence == b.sentence
            and not a.negated
            and LIST_GAP.match(doc.text, a.noun_end, b.quantity.span[0])
            and not _INCLUDED.search(doc.text, max(0, a.quantity.span[0] - 40), a.quantity.span[0])
            and not _part_of_pronoun(doc, b)
        ):
            a.event = toll_event(vocab, a.subject, b.event)
            verb = vocab.events.get(a.event or "")
            if a.subject == "person" and verb is not None and verb.person_subject:
                a.subject = verb.person_subject  # "40 people and 7 officers were injured"
                a.group = a.group or people_noun(vocab, a.quantity.noun)


def _part_of_pronoun(doc: Document, d: Draft) -> bool:
    """Whether a figure is a part of the figure before ("40 passengers, none of them
    were hurt", "12 of whom died"): no item of a list with it."""
    end = d.quantity.span[1]
    m = PART_OF.match(doc.text, end, min(len(doc.text), end + 20))
    return m is not None and m.group("det").lower() in PARTITIVE_PRONOUNS


def _settled_events(doc: Document, drafts: list[Draft]) -> None:
    """ "405 of the drones were destroyed": for weapons in the air, destroyed is
    intercepted (each subject's ``event_aliases``). "The quake claimed 40 lives":
    a figure with no verb of its own is what its subject ``implies`` (killed,
    injured, missing; survivors survived, cases were infected).
    """
    vocab = doc.vocab
    for d in drafts:
        entry = vocab.subjects.get(d.subject or "")
        if d.event in (None, "estimated") and entry is not None and entry.implies and not d.negated:
            # "104 survivors" survived, "500 cases" were infected, as "78 dead" were
            # killed: the event the subject needs no word for (its ``implies``); "arrests
            # were put at 300" estimate arrests, and the estimate is the figure's basis.
            d.event = entry.implies
        if (
            d.subject == "aerial target"
            and d.event == "hit"
            and _GROUND_TARGETS.match(doc.text, d.quantity.span[1], d.noun_end)
        ):
            # "its jets struck more than 100 Hezbollah targets": targets on the ground.
            d.subject = "location"
        entry = vocab.subjects.get(d.subject or "")
        if entry is not None and entry.event_aliases and d.event is not None:
            d.event = entry.event_alias(d.event)  # "sent 300 troops": deployed
        if d.event == "launched" and entry is not None and entry.person:
            # "The victims included two women": people are not fired ("included",
            # "sent" and "used" launch weapons only).
            d.event = None


def _attack_sentence(doc: Document, drafts: list[Draft], d: Draft) -> bool:
    """Whether a figure's sentence reports an attack: a word of attack, or weapons
    counted in it ("unleashed 1,300 drones ... across 14 regions")."""
    if _ATTACK.search(doc.lowered, *sentence_span(doc, d)) or _IMPACT.search(
        doc.lowered, *sentence_span(doc, d)
    ):
        return True
    return any(p.sentence == d.sentence and p.subject in AIR_WEAPONS for p in drafts)
