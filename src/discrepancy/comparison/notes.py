"""The words of a row: who gives what, who is silent and why, and cut-off texts.

Article ids in notes. A note names articles by id ("a gives '31' with no group"), and
the reports show the outlet's name in its place. An id can be an English word (files
``a.txt``, ``no.txt``, ``it.txt``), so a renderer cannot find ids by looking for words
equal to one: every place that puts an id into a note writes :func:`mark` (or
:func:`id_list`), which wraps the id in two private-use characters (the marks live in
:mod:`discrepancy.models.labels`, below the comparison and the report that both read
them). The marks never leave the comparison: :func:`marked_row` stores the plain text in the row
(``Row.explanation`` and ``Row.assumptions`` are English with plain ids, what JSON,
Arrow and Python users read) and keeps the marked text beside it, outside the row's
fields, for :func:`discrepancy.report.labels.row_notes`. A row read back from JSON has
no marked text; the reports then fall back to replacing the words equal to an id.

>>> from discrepancy.models import Row, RowKey
>>> from discrepancy.models.labels import marked_notes
>>> row = marked_row(Row(key=RowKey(subject="person"), cells=(), verdict="agree",
...     reason="same_figure", explanation=f"{id_list(['a', 'b'])} give a figure",
...     assumptions=(f"{mark('a')} gives no time",)))
>>> row.explanation, row.assumptions
('a and b give a figure', ('a gives no time',))
>>> marked_notes(row) == (f"{mark('a')} and {mark('b')} give a figure",
...                       f"{mark('a')} gives no time")
True
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.handed import debris_spans
from ..models import Extraction, Reason, window_label
from ..models.labels import mark, marked_row, plain
from .entries import Entry
from .relation import OVERLAP

__all__ = [
    "agree_text",
    "cut_off",
    "differ_text",
    "id_list",
    "label",
    "mark",
    "marked_row",
    "name_list",
    "plain",
    "silence",
]


def label(key: str) -> str:
    """A window key in words for the notes people read ("night of 2025-09-03/04")."""
    return window_label(key)


def name_list(ids: Sequence[str]) -> str:
    """Ids in words: "a", "a and b", "a, b and c".

    >>> name_list(["a", "b", "c"])
    'a, b and c'
    """
    ids = list(ids)
    if len(ids) <= 1:
        return "".join(ids)
    return ", ".join(ids[:-1]) + " and " + ids[-1]


def id_list(ids: Sequence[str]) -> str:
    """Article ids in words, each marked (see :func:`mark`).

    >>> plain(id_list(["a", "b", "c"]))
    'a, b and c'
    """
    return name_list([mark(i) for i in ids])


def agree_text(
    agreement: Reason,
    reporters: Sequence[Entry],
    reporting_ids: Sequence[str],
    silent: Sequence[str],
    cut: Sequence[str],
    too_early: Sequence[str],
) -> str:
    """The explanation of a row whose figures agree, and who does not report it."""
    if agreement is Reason.SINGLE_SOURCE:
        head = f"only {mark(reporting_ids[0])} reports it ({reporters[0].fact.surface})"
    else:
        surfaces = sorted({f"'{e.fact.surface}'" for e in reporters})
        how = {
            Reason.SAME_FIGURE: "give the same figure",
            Reason.EQUIVALENT_WORDING: "agree in different words (" + " = ".join(surfaces) + ")",
            Reason.CONSISTENT: "give consistent figures (" + ", ".join(surfaces) + ")",
        }[agreement]
        if agreement is Reason.SAME_FIGURE:
            how += f" ({reporters[0].fact.surface})"
        head = f"{id_list(reporting_ids)} {how}"
    return "; ".join([head, *silence(silent, cut, too_early)])


def silence(silent: Sequence[str], cut: Sequence[str], too_early: Sequence[str]) -> list[str]:
    """Who does not report a row, and why, in words: apart from what the reporters say."""
    parts = []
    if silent:
        parts.append(f"{id_list(silent)} {'does' if len(silent) == 1 else 'do'} not report it")
    if cut:
        whose = "whose text is" if len(cut) == 1 else "whose texts are"
        parts.append(f"of these, {id_list(cut)}, {whose} cut off, may have reported it further on")
    if too_early:
        parts.append(
            f"{id_list(too_early)} {'was' if len(too_early) == 1 else 'were'} published "
            "before the window ended"
        )
    return parts


# The last characters of a text that ends a sentence: anything else (a word, a comma,
# a dash) means the text was cut off (a truncated page or feed excerpt).
_SENTENCE_END = frozenset(".!?\"'”’)]…*")


# A last line shorter than this is page furniture (a menu, a size picker, a clock),
# not a sentence that was cut.
_PROSE_LINE = 40


def cut_off(extraction: Extraction) -> bool:
    r"""Whether an article's text stops mid-sentence, so its silence proves little.

    Page debris at the end (a time stamp, a menu) is passed over first.

    >>> from discrepancy import extract
    >>> text = "Police said 12 people were hurt.\n\nThe march went on through the city to the"
    >>> cut_off(extract(text))
    True
    >>> cut_off(extract("Police said 12 people were hurt.\nXS|SM|MD|LG"))
    False
    """
    text = extraction.article.text
    end = len(text.rstrip())
    for start, stop in reversed(debris_spans(extraction)):
        if stop < len(text[:end].rstrip()):
            break
        end = min(end, start)
    tail = text[:end].rstrip()
    last = tail[tail.rfind("\n") + 1 :]
    return len(last) >= _PROSE_LINE and last[-1] not in _SENTENCE_END


def differ_text(
    primary: Reason,
    detail: str,
    reporters: Sequence[Entry],
    ids: Sequence[str],
    sources: set[str | None],
) -> str:
    """The explanation of a row whose figures differ: between sources or outlets."""
    figures = ", ".join(f"{mark(ids[e.article])}: {e.fact.surface}" for e in reporters)
    if primary is Reason.DIFFERENT_CLAIMANTS:
        named = ", ".join(sorted(s for s in sources if s))
        return (
            f"different claimants ({named}): a disagreement between sources, "
            f"not between outlets ({figures})"
        )
    if primary is Reason.DIFFERENT_FIGURES:
        overlap = (
            "; the hedges overlap, but these are different reports" if OVERLAP in detail else ""
        )
        return f"different figures: {figures}{overlap}"
    return f"figures that cannot both be right: {figures}"
