"""Entries: each fact with a subject, with the parts of its row key (families, slots)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from ..models import (
    DEFAULT_POLICY,
    Article,
    Basis,
    Direction,
    Extraction,
    Fact,
    Form,
    LinkRole,
    LocationBasis,
    Policy,
    Qualifier,
    QuantityKind,
    SourceBasis,
    TimeBasis,
    TimeWindow,
)
from ..rules.families import Families
from ..rules.quantities import rules_for
from ..rules.vocab import Vocabulary
from ..text.nounphrase import singular
from .periods import is_current
from .units import known_unit

__all__ = [
    "UNSCOPED",
    "Entry",
    "Slots",
    "Variant",
    "claimant_of",
    "distinct_variants",
    "mark_current",
    "read_entries",
    "row_unit",
    "slots_of",
    "subject_wording",
    "variant",
    "wording",
]


class Slots(NamedTuple):
    """What a figure is about beyond subject, event, place and window."""

    group: str | None
    party: str | None
    basis: str | None
    form: str | None


@dataclass
class Entry:
    """A fact with a subject, as alignment keys it: its families and its window, which
    the joins may change, and the notes that say why."""

    article: int
    index: int
    fact: Fact
    subject: str  # the subject's family (the "family" of its entry in subjects.jsonl)
    event: str | None
    location: str | None
    window: TimeWindow | None
    unit: str | None
    notes: list[str] = field(default_factory=list)
    current: bool = False
    # The fact's slots (see slots_of), which a join may change too: a figure with no
    # group takes the one group the story counts for its key.
    slots: Slots = field(init=False)

    def __post_init__(self) -> None:
        self.slots = slots_of(self.fact)


UNSCOPED = (QuantityKind.MEASURE, QuantityKind.LENGTH)


def _unit_key(fact: Fact) -> str | None:
    """The unit part of a key: a length or an area in any unit is one key, a count none.

    A unit the conversion registry does not know (a user's unit, see
    :mod:`discrepancy.comparison.units`) is a key of its own: its figures meet only
    figures in the same unit, since they cannot be converted.
    """
    q = fact.quantity
    if q.kind in (QuantityKind.LENGTH, QuantityKind.AREA):
        return q.kind.value if q.unit is None or known_unit(q.unit) else q.unit
    if q.kind is QuantityKind.COUNT:
        return None
    return q.unit or q.kind.value


def subject_wording(family: str, members: Sequence[Entry]) -> str:
    """The subject a row is shown under: its figures' own when they share one."""
    subjects = {e.fact.subject for e in members if e.fact.subject is not None}
    return subjects.pop() if len(subjects) == 1 else family


# An estimate is how most crowd and toll figures are given; it says who counted
# (the claimant), not another kind of count. A final figure is the figure: "final
# figures showed growth of 2.3%" and "the economy grew 2.1%" give one figure (a
# preliminary count, a forecast or a poll is another).
_UNKEYED_BASES = (Basis.NONE, Basis.ESTIMATE, Basis.FINAL)


# The word classes of rules/data/subjects.jsonl whose words outlets use for one group,
# and the group each keys ("minors", "kids": "child"; "pupils": "student").
_GROUP_WORDS = (
    ("child_group", "child"),
    ("civilian_group", "civilian"),
    ("older_group", "older person"),
    ("student_group", "student"),
    ("foreigner_group", "foreigner"),
)


def _group(fact: Fact) -> str | None:
    """The group a fact's row is keyed by; none where the group only names what the
    subject itself counts ("a storm with winds exceeding 220 kph": wind speed, and
    "winds" is no part of it).

    >>> from discrepancy import Article, extract
    >>> fact = extract(Article(id="x", text="A storm with winds of 120 km/h hit.")).facts[0]
    >>> fact.subject, _group(fact.model_copy(update={"group": "Winds"}))
    ('wind speed', None)
    >>> _group(fact.model_copy(update={"subject": "person", "group": "minors"}))
    'child'
    >>> _group(fact.model_copy(update={"subject": "death", "group": "elderly people"}))
    'older person'
    """
    if not fact.group:
        return None
    vocab = Vocabulary.default()
    *modifiers, head = fact.group.lower().split()
    head = singular(head, vocab.plurals)  # "Britons" and "Briton", "Indians" and "Indian"
    if not modifiers and fact.subject is not None and head in fact.subject.split():
        return None
    phrase = " ".join([*modifiers, head])
    for name, key in _GROUP_WORDS:
        words = vocab.word_class(name)
        if phrase in words:
            return key  # "elderly people", "foreign nationals": the whole phrase
        if head in words:
            head = key  # "minors", "young pupils": the head, with its modifiers
            break
    return " ".join([*modifiers, head])


def slots_of(fact: Fact) -> Slots:
    """Different slots are different rows, never a difference: the children among the
    dead and the adults, candidate A's share and B's, a forecast and the figure, a
    level and a change, the level a move left ("from 147,000 to 14,000": the earlier
    value) and the level it reached."""
    q = fact.quantity
    form = None if q.form is Form.LEVEL else q.form.value
    if form is not None and q.direction is not Direction.NONE:
        form = f"{form} {q.direction.value}"
    if fact.link is not None and fact.link.role is LinkRole.FROM:
        form = "level before"
    return Slots(
        group=_group(fact),
        party=_party(fact.party),
        basis=None if fact.basis in _UNKEYED_BASES else fact.basis.value,
        form=form,
    )


def _party(name: str | None) -> str | None:
    """A party's name as outlets share it: "The Liberal Party", "the Liberals" and
    "Liberal" are one party ("liberal"). Only a name the article or "party" marks as a
    party is read as a plural; a person's name never is ("Reyes" stays "reyes")."""
    words = (name or "").lower().split()
    collective = words[:1] == ["the"] or (len(words) > 1 and words[-1] == "party")
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 1 and words[-1] == "party":
        words = words[:-1]
    last = words[-1] if words else ""
    if collective and len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words) or None


def wording(family: str | None, members: Sequence[Entry]) -> str | None:
    """The event a row is shown under: its figures' own when they share one, else the family."""
    events = {e.fact.event for e in members if e.fact.event is not None and e.fact.part_of is None}
    if family is None or family.startswith("part of ") or len(events) != 1:
        return family
    return events.pop()


def _reads_publication(fact: Fact) -> bool:
    """Whether a fact's window was worked out from its article's publication date."""
    return fact.time is not None and (
        fact.time_basis is TimeBasis.DEFAULT or bool(fact.time.inferred)
    )


def _dated_note(article: Article, fact: Fact) -> str:
    """The assumption note of a fact dated from an inferred publication date."""
    from .notes import mark  # notes reads entries: imported when a note is written

    said = f"'{fact.time_surface}'" if fact.time_surface else "the time of its figures"
    why = article.notes[-1] if article.notes else "publication date inferred"
    return (
        f"{mark(article.id)} has no publication date, so {said} for '{fact.surface}' "
        f"is an inference ({why})"
    )


Variant = tuple[Qualifier, float, str, str | None]


def variant(e: Entry) -> Variant:
    """One way of giving a figure: many articles repeating "502" share one variant."""
    q = e.fact.quantity
    return (q.qualifier, q.nominal, (q.hedge or "").lower(), q.unit)


def row_unit(members: Sequence[Entry]) -> str | None:
    """The unit most of a row's figures are given in, which the others convert to."""
    units = Counter(e.fact.quantity.unit for e in members if e.fact.quantity.unit)
    return units.most_common(1)[0][0] if units else None


def claimant_of(e: Entry, policy: Policy) -> str | None:
    """The claimant behind a figure: its source's family (see ``Policy.claimant``).

    A wire story's dateline agency (found ``dateline``) wrote the story; it is no rival
    of the sources the story credits. Nor is a party the text does not name ("reports
    say", "the 110,000 expected"): unnamed, it stands for nobody in particular. A body
    that speaks for a country is one side with it: "the IDF" and "Israel" are one
    claimant.
    """
    a = e.fact.attribution
    if a is None or a.found in (SourceBasis.DATELINE, SourceBasis.UNNAMED):
        return None
    return policy.claimant(Vocabulary.default().country_of(a.source) or a.source)


def distinct_variants(members: Sequence[Entry]) -> list[Entry]:
    """One entry for each distinct way a row's figure is given."""
    return list({variant(e): e for e in members}.values())


def read_entries(extractions: Sequence[Extraction]) -> list[Entry]:
    """An entry for every fact with a subject, keyed by families; parts of a whole keep
    their own event, and magnitudes and depths name neither event nor place."""
    families = Families.default()
    entries: list[Entry] = []
    for ai, ex in enumerate(extractions):
        for fi, fact in enumerate(ex.facts):
            if fact.subject is None:
                continue
            event = families.event(fact.event)
            if fact.part_of is not None and event is None:
                whole = ex.facts[fact.part_of]
                # A part named only by its whole ("430 of the drones") keeps apart
                # from other outlets' wholes; one its own words name ("230
                # passengers" of 242 people, "169 Indian nationals") meets the
                # outlets that give it alone.
                if (fact.subject, fact.group) == (whole.subject, whole.group):
                    event = f"part of {whole.event or whole.subject}"
            # A place carried from an earlier sentence is the extractor's inference:
            # rows are keyed by places the figures' own sentences name (a carried
            # place split rows that outlets wording the scene differently share);
            # it only joins a row another article states that place for.
            carried = fact.location_basis is LocationBasis.CONTEXT
            location = None if carried else families.place(fact.location)
            if fact.quantity.kind in UNSCOPED:
                # A magnitude or a depth describes the event itself: which town or
                # verb the sentence names around it does not make it another figure.
                event = location = None
            entry = Entry(
                ai,
                fi,
                fact,
                families.subject(fact.subject) or "",
                event,
                location,
                fact.time,
                _unit_key(fact),
            )
            if ex.article.published_inferred and _reads_publication(fact):
                entry.notes.append(_dated_note(ex.article, fact))
            entries.append(entry)
    _fuller_subjects(entries, extractions)
    _nationals_of_the_place(entries)
    _groups_of_everyone(entries)
    return entries


def _narrower(full: str, short: str) -> bool:
    """Whether ``full`` is ``short`` with more modifiers: the same head word, and every
    modifier of ``short`` among its own ("ten-year bond yield" of "ten-year yield").

    >>> _narrower("vaccination coverage", "coverage"), _narrower("bond yield", "yield curve")
    (True, False)
    """
    *more, head = full.split()
    *fewer, own = short.split()
    return head == own and len(more) > len(fewer) and set(fewer) <= set(more)


def _fuller_subjects(entries: Sequence[Entry], extractions: Sequence[Extraction]) -> None:
    """A subject one outlet words with fewer modifiers keys the row of the one fuller
    subject of the story that contains it: "coverage" beside another outlet's
    "vaccination coverage", "the ten-year yield" beside "the ten-year bond yield".
    Only figures of one unit and one event (or none) meet so, and only where the
    fuller subjects that contain it are one thing worded more or less fully ("yield",
    "bond yield", "ten-year bond yield"): "rate" in a story of an interest rate and a
    mortgage rate names neither, and keeps its own row; nor where one article gives
    both wordings (a whole and its part: "exports" and "car exports"), nor where the
    figure disagrees with the fuller subject's (it may be the whole: an assumed
    wording never makes a difference of its own). Each figure so keyed says so in a
    note.

    >>> from discrepancy import Article, extract
    >>> texts = ["Vaccination coverage reached 91% in 2024.", "Coverage reached 91% in 2024."]
    >>> exs = [extract(Article(id=f"a{i}", text=t)) for i, t in enumerate(texts)]
    >>> [e.subject for e in read_entries(exs)]
    ['vaccination coverage', 'vaccination coverage']
    """
    from .notes import mark  # notes reads entries: imported when a note is written

    named = Vocabulary.default().subjects
    by_head: dict[tuple[str | None, str], set[tuple[str, str | None]]] = defaultdict(set)
    given: dict[tuple[str | None, str], set[int]] = defaultdict(set)  # the articles giving it
    for e in entries:
        by_head[(e.unit, e.subject.rpartition(" ")[2])].add((e.subject, e.event))
        given[(e.unit, e.subject)].add(e.article)
    found: dict[tuple[str, str | None, str | None], str | None] = {}
    fuller_figures: dict[tuple[str | None, str], dict[Variant, Entry]] = defaultdict(dict)
    for e in entries:
        fuller_figures[(e.unit, e.subject)].setdefault(variant(e), e)
    for e in entries:
        key = (e.subject, e.unit, e.event)
        if key not in found:
            fuller = {
                subject
                for subject, event in by_head[(e.unit, e.subject.rpartition(" ")[2])]
                if (event is None or e.event is None or event == e.event)
                and _narrower(subject, e.subject)
            }
            # an article that gives the short and a fuller wording side by side says
            # they are two figures ("exports rose 4%, car exports 9%")
            apart = e.subject in named or any(
                given[(e.unit, e.subject)] & given[(e.unit, s)] for s in fuller
            )
            found[key] = None if apart else _fullest(fuller)
        full = found[key]
        if full is None or not _agrees_with_all(e, fuller_figures[(e.unit, full)]):
            continue  # an assumed wording never makes a difference of its own
        e.notes.append(
            f"{mark(extractions[e.article].article.id)} gives '{e.fact.subject}' for "
            f"'{e.fact.surface}'; taken as {full}, the one fuller name the story gives it"
        )
        e.subject = full


def _agrees_with_all(e: Entry, figures: dict[Variant, Entry]) -> bool:
    """Whether a figure agrees with every way the story gives the fuller subject's
    figure: "coverage 84%" beside "vaccination coverage 84%" meets it, "exports rose
    5%" beside another outlet's "car exports rose 9%" stays apart (it may be the
    whole, and an assumed join never sets one figure against another)."""
    from .relation import all_agree  # relation reads entries

    return all_agree([e], list(figures.values()), DEFAULT_POLICY, e.fact.quantity.unit)


def _fullest(fuller: set[str]) -> str | None:
    """The fullest of a short wording's fuller subjects when they are one chain of
    wordings ("bond yield", "ten-year bond yield"); None when two are not ("ten-year
    bond yield", "two-year bond yield") or there is none.

    >>> _fullest({"bond yield", "ten-year bond yield"})
    'ten-year bond yield'
    >>> _fullest({"rail ridership", "bus ridership"}) is None
    True
    """
    fullest = max(fuller, key=lambda s: (len(s.split()), s), default=None)
    if fullest is None or any(s != fullest and not _narrower(fullest, s) for s in fuller):
        return None
    return fullest


def _groups_of_everyone(entries: Sequence[Entry]) -> None:
    """A group an article gives one figure with and without ("at least 40 dead" in its
    headline, "at least 40 migrants drowned" in its text) is everyone the figure
    counts in that story, no group: it keys no row for any article of the story,
    so another outlet's "40 migrants" meets "40 dead". A part is never the figure
    of its whole ("20 adults" among "32 dead"), so no breakdown is read so, and a
    group any article gives below a larger figure of its own ("45 dead, 30 of them
    pensioners") is a part, whatever another article says. A role with a count of
    its own is the reverse: "241 dead in crash" in a headline over "the crash killed
    241 passengers" is the passengers' toll, not everyone's (people on the ground
    may be counted apart).

    >>> from discrepancy import Article, extract
    >>> text = "At least 40 dead as boat sinks. At least 40 migrants drowned, officials said."
    >>> [(e.fact.group, e.slots.group) for e in read_entries([extract(Article(id="x", text=text))])]
    [(None, None), ('migrant', None)]
    """
    bare: dict[tuple[int, str], set[tuple[object, ...]]] = defaultdict(set)
    most: dict[tuple[int, str], float] = defaultdict(float)  # the article's largest whole
    for e in entries:
        if e.slots.group is None:
            bare[(e.article, e.subject)].add(_figure(e))
            low = e.fact.quantity.value.low or 0.0
            most[(e.article, e.subject)] = max(most[(e.article, e.subject)], low)
    vocab = Vocabulary.default()
    whole = {
        (e.subject, e.slots.group)
        for e in entries
        if e.slots.group is not None
        # people in general by their situation ("migrants", "residents"), never a
        # role with a count of its own ("passengers": the toll aboard, not everyone's)
        and vocab.subject_for_form(e.slots.group) == "person"
        and _figure(e) in bare.get((e.article, e.subject), ())
    }
    # a group another article gives as a part of a larger figure is not everyone
    part = {
        (e.subject, e.slots.group)
        for e in entries
        if e.slots.group is not None
        and e.fact.quantity.value.high is not None
        and most.get((e.article, e.subject), 0.0) > e.fact.quantity.value.high
    }
    # A role with a count of its own is what the same figure with no group in the
    # same article counts: "241 dead in crash" over "killed 241 passengers".
    roles = {
        (e.article, e.subject, _figure(e)): e.slots.group
        for e in entries
        if e.slots.group is not None and _role(vocab, e.slots.group)
    }
    for e in entries:
        if (e.subject, e.slots.group) in whole - part:
            e.slots = e.slots._replace(group=None)
        elif e.slots.group is None and (e.article, e.subject, _figure(e)) in roles:
            e.slots = e.slots._replace(group=roles[(e.article, e.subject, _figure(e))])


def _role(vocab: Vocabulary, group: str) -> bool:
    """Whether a group is a role of people with a count of its own ("passenger",
    "crew member"), not people in general ("migrant")."""
    subject = vocab.subject_for_form(group)
    entry = vocab.subjects.get(subject or "")
    return subject != "person" and entry is not None and entry.person


def _figure(e: Entry) -> tuple[object, ...]:
    """A figure as an article may give it twice: its interval, event and other slots."""
    v = e.fact.quantity.value
    return (
        v.low,
        v.high,
        v.low_closed,
        v.high_closed,
        e.event,
        e.unit,
        e.slots._replace(group=None),
    )


def _nationality(vocab: Vocabulary, word: str) -> str | None:
    """The country a word of a group names as its people's nationality ("Ukrainians",
    "Indian"); "" for a demonym no country entity has (a nationality all the same);
    None for any other word."""
    one = singular(word.lower(), vocab.plurals)
    for form in (one, word.lower()):
        country = vocab.adjective_entity(form)
        if country is not None and vocab.entity_type(country) == "country":
            return country
    known = rules_for(vocab).nationalities | vocab.word_class("demonym_noun")
    return "" if one in known else None


def _nationals_of_the_place(entries: Sequence[Entry]) -> None:
    """The people of the country where a figure happens are the whole it counts, no
    group: "missiles killed 14 Ukrainians in Kharkiv" and "14 civilians died in
    Kharkiv" count one toll, and so do "40 Greeks died in the floods in Greece" and
    "40 people died". A story that counts several nationalities of one subject breaks
    it down by them ("169 Indians, 53 Britons and seven Portuguese" among the
    passengers of a crash in India): there every nationality stays a group of its own.

    >>> from discrepancy import Article, extract
    >>> ex = extract(Article(id="x", text="Shelling killed 14 Ukrainians in Kharkiv."))
    >>> [(e.fact.group, e.slots.group) for e in read_entries([ex])]
    [('ukrainian', None)]
    """
    vocab = Vocabulary.default()
    families = Families.default()
    nationals: dict[int, tuple[str, str | None]] = {}  # entry -> (country, rest of group)
    named: dict[tuple[int, str], set[str]] = defaultdict(set)  # (article, subject) -> groups
    for i, e in enumerate(entries):
        words = (e.slots.group or "").split()
        if not words:
            continue
        country = _nationality(vocab, words[0])
        if country is None:
            continue
        named[(e.article, e.subject)].add(country or words[0])
        nationals[i] = (country, " ".join(words[1:]) or None)
    broken_down = {subject for (_, subject), groups in named.items() if len(groups) > 1}
    for i, (country, rest) in nationals.items():
        e = entries[i]
        place = families.place(e.fact.location)
        if not country or place is None or e.subject in broken_down:
            continue
        place = families.place_name(place)
        if country == place or country in families.within(place):
            e.slots = e.slots._replace(group=rest)


def mark_current(entries: Sequence[Entry], period: tuple[date, date]) -> None:
    """Mark the entries that are running tallies of the story (see :func:`is_current`)."""
    families = Families.default()
    # A figure with no verb of its own is a tally when its kind's figures are.
    verbs: dict[tuple[str, str | None], Counter[str]] = defaultdict(Counter)
    for e in entries:
        if e.fact.event is not None:
            verbs[(e.subject, e.unit)][e.fact.event] += 1
    for e in entries:
        common = verbs[(e.subject, e.unit)].most_common(1)
        event = e.fact.event or (common[0][0] if common else None)
        e.current = is_current(e.window, period) and families.cumulative(e.fact.subject, event)
