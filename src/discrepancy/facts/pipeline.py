"""The passes of the facts stage in the order they run, each with the draft fields it
reads and writes (the idea of spaCy's ``requires`` / ``assigns``).

Every pass takes the read-only :class:`~discrepancy.facts.document.Document` and the
:class:`~discrepancy.facts.draft.Reading` (drafts and rejected mentions) and changes
the reading in place. The declarations are checked by the tests: every field a pass
reads is set when a draft is made, or written by an earlier pass or by the pass
itself; and, with :data:`CHECK_PASSES` on (the test suite switches it on), a pass that
changes a field it did not declare fails.

>>> [p.name for p in PASSES][:4]
['figures', 'scope hedges', 'zero tolls', 'subjects']
>>> sorted(pass_named("parts").writes)
['event', 'part_of', 'subject']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields

from .document import Document
from .draft import Draft, Reading
from .passes.attributions import carry_attributions, read_attributions
from .passes.basis import read_basis
from .passes.crowds import read_attendance
from .passes.events import read_events
from .passes.figures import read_figures
from .passes.hedges import headline_hedges, scope_hedges
from .passes.links import read_links, share_move_subjects
from .passes.negations import inside_negations, read_zero_tolls
from .passes.parts import read_parts
from .passes.places import read_places
from .passes.rates import read_rates
from .passes.sectors import read_sectors
from .passes.subjects import drop_unread, read_subjects
from .passes.times import read_times
from .passes.tolls import read_tolls
from .passes.votes import read_votes

__all__ = ["CHECK_PASSES", "MADE", "PASSES", "Pass", "pass_named", "run_passes"]

# The test suite sets this: each pass is then run with its writes checked against
# its declaration. Off, running the passes costs one test of this flag per pass.
CHECK_PASSES = False

# The fields every draft is made with (the figure, its sentence, where its noun ends).
MADE = frozenset(["quantity", "sentence", "noun_end"])


@dataclass(frozen=True, slots=True)
class Pass:
    """One pass: its name, what it does, the function that runs it, and its contract.

    Attributes:
        name: the pass's name, as the architecture page and the benchmarks give it.
        does: what it does, in one line.
        run: the function that reads the document and changes the reading in place.
        reads: the draft fields it reads.
        writes: the draft fields it may change (on drafts it makes: every field it sets).
    """

    name: str
    does: str
    run: Callable[[Document, Reading], None]
    reads: frozenset[str]
    writes: frozenset[str]


def _pass(
    name: str,
    does: str,
    run: Callable[[Document, Reading], None],
    *,
    reads: Iterable[str] = (),
    writes: Iterable[str] = (),
) -> Pass:
    return Pass(name, does, run, frozenset(reads), frozenset(writes))


PASSES: tuple[Pass, ...] = (
    _pass(
        "figures",
        "a draft for each scanned figure; page debris, dates and references rejected",
        read_figures,
        writes=MADE,
    ),
    _pass(
        "scope hedges",
        "a hedge read beside one figure applied to the one the text means",
        scope_hedges,
        reads=["quantity"],
        writes=["quantity"],
    ),
    _pass(
        "zero tolls",
        'a draft for each toll in words: 0 ("no casualties"), 1 ("the sole survivor")',
        read_zero_tolls,
        reads=["quantity"],
        writes=[*MADE, "subject", "negated"],
    ),
    _pass(
        "subjects",
        "what each figure counts or measures, and the group it counts",
        read_subjects,
        reads=[
            "compound",
            "elided",
            "group",
            "negated",
            "noun_end",
            "quantity",
            "sentence",
            "subject",
            "subject_basis",
            "subject_fallback",
        ],
        writes=[
            "basis",
            "compound",
            "elided",
            "group",
            "noun_end",
            "subject",
            "subject_basis",
            "subject_fallback",
        ],
    ),
    _pass(
        "move subjects",
        'a level of a move measures what the figure it moves with measures ("fell 15% to 3,200")',
        share_move_subjects,
        reads=[
            "negated",
            "noun_end",
            "quantity",
            "sentence",
            "subject",
            "subject_basis",
        ],
        writes=["subject", "subject_basis", "subject_fallback"],
    ),
    _pass(
        "unread",
        "figures with no subject rejected",
        drop_unread,
        reads=["quantity", "subject"],
    ),
    _pass(
        "headline hedges",
        "a headline figure takes the hedge the body gives the same figure",
        headline_hedges,
        reads=["quantity", "subject"],
        writes=["quantity"],
    ),
    _pass(
        "events",
        "the verb that governs each figure, and the actor before it",
        read_events,
        reads=[
            "actor",
            "elided",
            "event",
            "event_from_pre",
            "group",
            "negated",
            "noun_end",
            "quantity",
            "sentence",
            "subject",
        ],
        writes=["actor", "event", "event_default", "event_from_pre", "group", "subject"],
    ),
    _pass(
        "inside negations",
        'a figure inside a zero toll ("none of the 40 passengers") is no toll',
        inside_negations,
        reads=["negated", "quantity", "subject"],
        writes=["event", "subject"],
    ),
    _pass(
        "parts",
        'the whole each part is in ("430 of the drones", "including 52 homes")',
        read_parts,
        reads=[
            "event",
            "event_default",
            "event_from_pre",
            "negated",
            "noun_end",
            "part_of",
            "quantity",
            "sentence",
            "subject",
        ],
        writes=["event", "part_of", "subject"],
    ),
    _pass(
        "tolls",
        "a count of people a toll befell becomes the toll, the people its group",
        read_tolls,
        reads=[
            "event",
            "group",
            "negated",
            "noun_end",
            "part_of",
            "quantity",
            "sentence",
            "subject",
            "subject_basis",
        ],
        writes=["event", "group", "subject", "subject_basis"],
    ),
    _pass(
        "places",
        "the place of each figure, named in its sentence or carried from context; a bare "
        "figure of a magnitude measured in magnitude first",
        read_places,
        reads=["noun_end", "quantity", "sentence", "subject"],
        writes=["location", "location_basis", "quantity"],
    ),
    _pass(
        "attributions",
        "the source (and relay) each figure's sentence credits",
        read_attributions,
        reads=["noun_end", "quantity", "sentence"],
        writes=["attribution"],
    ),
    _pass(
        "carried sources",
        "a figure with no source takes the source of the statement it continues",
        carry_attributions,
        reads=["attribution", "event", "quantity", "sentence", "subject"],
        writes=["attribution"],
    ),
    _pass(
        "attendance",
        "a count of people a crowd word gives is attendance; an estimator is not what it counts",
        read_attendance,
        reads=[
            "attribution",
            "event",
            "group",
            "negated",
            "quantity",
            "sentence",
            "subject",
            "subject_basis",
            "subject_fallback",
        ],
        writes=["elided", "event", "group", "subject", "subject_basis", "subject_fallback"],
    ),
    _pass(
        "rates",
        'the figure of a rate is a level ("core inflation held at 3.0%"), its forecast a forecast',
        read_rates,
        reads=[
            "basis",
            "event",
            "group",
            "negated",
            "noun_end",
            "quantity",
            "sentence",
            "subject",
            "subject_basis",
            "subject_fallback",
        ],
        writes=[
            "basis",
            "event",
            "group",
            "quantity",
            "subject",
            "subject_basis",
            "subject_fallback",
        ],
    ),
    _pass(
        "basis",
        "estimate, poll, forecast, preliminary or final",
        read_basis,
        reads=["basis", "negated", "noun_end", "quantity", "sentence"],
        writes=["basis"],
    ),
    _pass(
        "votes",
        "the candidate or party of a vote figure, the margin of a race, turnout",
        read_votes,
        reads=["negated", "noun_end", "party", "quantity", "sentence", "subject"],
        writes=["event", "party", "quantity", "subject"],
    ),
    _pass(
        "sectors",
        "a count of jobs takes the sector whose jobs it counts as its group; a sector's "
        "loss written with a minus sign is its magnitude, direction down",
        read_sectors,
        reads=["group", "negated", "noun_end", "quantity", "sentence", "subject", "subject_basis"],
        writes=["group", "quantity", "subject", "subject_basis"],
    ),
    _pass(
        "times",
        "the time window of each figure, and how it was found",
        read_times,
        reads=[
            "event",
            "negated",
            "part_of",
            "quantity",
            "sentence",
            "subject",
            "time",
            "time_basis",
            "time_surface",
        ],
        writes=["time", "time_basis", "time_surface"],
    ),
    _pass(
        "links",
        'the figures of one move tied together ("rose by 3% to $41", "from 4.3% to 4.1%")',
        read_links,
        reads=["negated", "noun_end", "quantity", "sentence"],
        writes=["link"],
    ),
)


def pass_named(name: str) -> Pass:
    """The pass of that name.

    Raises:
        KeyError: no pass has that name.
    """
    for p in PASSES:
        if p.name == name:
            return p
    raise KeyError(name)


def run_passes(doc: Document, reading: Reading, passes: Sequence[Pass] = PASSES) -> None:
    """Run the passes in order over one article's reading.

    Args:
        doc: the article.
        reading: the drafts and rejected mentions, changed in place.
        passes: the passes to run (default: all, in order).

    Raises:
        AssertionError: with :data:`CHECK_PASSES` on, a pass changed a draft field it
            does not declare in ``writes``.
    """
    for p in passes:
        if CHECK_PASSES:
            _run_checked(p, doc, reading)
        else:
            p.run(doc, reading)


_FIELDS = tuple(f.name for f in fields(Draft))
_DEFAULTS = {f.name: f.default for f in fields(Draft) if f.name not in MADE}


def _run_checked(p: Pass, doc: Document, reading: Reading) -> None:
    before = {id(d): (d, [getattr(d, name) for name in _FIELDS]) for d in reading.drafts}
    p.run(doc, reading)
    for d in reading.drafts:
        seen = before.get(id(d))
        if seen is None:  # a draft this pass made: every field it set is a write
            changed = set(MADE) | {n for n, v in _DEFAULTS.items() if getattr(d, n) != v}
        else:
            changed = {
                name
                for name, old in zip(_FIELDS, seen[1], strict=True)
                if getattr(d, name) is not old
            }
        undeclared = changed - p.writes
        if undeclared:
            raise AssertionError(
                f"pass {p.name!r} wrote {sorted(undeclared)} at {d.quantity.span}, "
                f"which it does not declare in writes={sorted(p.writes)}"
            )
