"""The words of a row: who gives what, who is silent and why, and cut-off texts."""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.handed import debris_spans
from ..models import Extraction, Reason, window_label
from .entries import Entry
from .relation import OVERLAP

__all__ = ["agree_text", "cut_off", "differ_text", "label", "name_list", "silence"]


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
        head = f"only {reporting_ids[0]} reports it ({reporters[0].fact.surface})"
    else:
        surfaces = sorted({f"'{e.fact.surface}'" for e in reporters})
        how = {
            Reason.SAME_FIGURE: "give the same figure",
            Reason.EQUIVALENT_WORDING: "agree in different words (" + " = ".join(surfaces) + ")",
            Reason.CONSISTENT: "give consistent figures (" + ", ".join(surfaces) + ")",
        }[agreement]
        if agreement is Reason.SAME_FIGURE:
            how += f" ({reporters[0].fact.surface})"
        head = f"{name_list(reporting_ids)} {how}"
    return "; ".join([head, *silence(silent, cut, too_early)])


def silence(silent: Sequence[str], cut: Sequence[str], too_early: Sequence[str]) -> list[str]:
    """Who does not report a row, and why, in words: apart from what the reporters say."""
    parts = []
    if silent:
        parts.append(f"{name_list(silent)} {'does' if len(silent) == 1 else 'do'} not report it")
    if cut:
        whose = "whose text is" if len(cut) == 1 else "whose texts are"
        parts.append(
            f"of these, {name_list(cut)}, {whose} cut off, may have reported it further on"
        )
    if too_early:
        parts.append(
            f"{name_list(too_early)} {'was' if len(too_early) == 1 else 'were'} published "
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
    figures = ", ".join(f"{ids[e.article]}: {e.fact.surface}" for e in reporters)
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
