"""The one place where hedges, vague words and comparison tolerance get numbers.

Every width and bound the library uses to turn words into intervals, and every
tolerance used to decide whether two figures are consistent, lives in
:class:`Policy`. Pass your own to any function that takes ``policy=``; the
defaults are documented on each field.

>>> from discrepancy import Policy
>>> Policy().approximate_width
0.1
>>> Policy().vague_bounds["dozens"]
(24.0, None)
>>> strict = Policy(approximate_width=0.05)
>>> strict.approximate_width
0.05
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = ["DEFAULT_POLICY", "Policy", "policy_or_default"]

_Bound = tuple[float, float | None]

_DEFAULT_VAGUE: dict[str, _Bound] = {
    # word (lower case, singular/plural as written) -> (low, high); None = no upper bound.
    # "dozens" / "scores of" / "hundreds of thousands" follow the devset's labelling rules.
    "a couple": (2.0, 3.0),
    "a few": (2.0, 5.0),
    "a handful": (2.0, 6.0),
    "several": (3.0, 9.0),
    "many": (2.0, None),
    "numerous": (2.0, None),
    "dozens": (24.0, None),
    "scores": (40.0, None),
    "hundreds": (200.0, None),
    "thousands": (2_000.0, None),
    "tens of thousands": (20_000.0, None),
    "hundreds of thousands": (200_000.0, None),
    "millions": (2_000_000.0, None),
    "tens of millions": (20_000_000.0, None),
    "hundreds of millions": (200_000_000.0, None),
    "billions": (2_000_000_000.0, None),
}

_DEFAULT_FAMILIES: dict[str, tuple[str, ...]] = {
    # Crowd counts come from two sides; outlets name each side many ways ("the CGT",
    # "unions", "organisers"; "police", "the prefecture", "the interior ministry", a
    # government delegation's count as in Spain).
    "organisers": ("union", "cgt", "organiser", "organizer", "organising", "organizing"),
    "police": (
        "police",
        "prefecture",
        "interior ministry",
        "ministry of the interior",
        "delegation",
    ),
}

_Fraction = Annotated[float, Field(ge=0.0, lt=1.0)]


class Policy(BaseModel):
    """Numbers behind words: interval widths, vague bounds, comparison tolerance.

    Attributes:
        approximate_width: relative half-width of "about", "around", "some",
            "roughly", "an estimated"...: "about 50" becomes [45, 55] at 0.1.
        nearly_width: how far below its figure "nearly", "almost", "close to",
            "just under" reach: "nearly 900" becomes [810, 900) at 0.1.
        vague_bounds: interval for each vague quantity word; a mapping given
            here extends and overrides the defaults.
        tolerance: relative gap under which two exact figures in comparison
            count as consistent rather than different (0 means only equal
            figures agree).
        hedge_gap: relative gap between two differently hedged bounds within
            which they count as consistent; beyond it they are different reports
            even though their intervals overlap ("at least 175" and "more than
            380" are two moments of a rising toll). Also the rounding allowed
            between figures given in different units ("6 miles" and "10 km"), and
            between two approximations ("about 310" and "around 300").
            A figure against a bound needs no gap: it is consistent when the bound
            holds it ("878" and "more than 850"), not when the intervals merely
            touch ("some 280" and "more than 300").
        claimant_families: sources that speak for one side, matched by lower-case
            substring ("CGT" and "unions" are both the organisers): figures from one
            family are one claimant's, never rivals split into separate rows.
        copy_similarity: share of identical word shingles above which two
            articles are treated as copies of one wire story.
        story_near_days: how many days from the story's current window (the time
            most outlets state) another outlet's day or night may lie and still be
            read as the story's event misdated ("on Wednesday" for Thursday's
            crash, a night given by its evening), where its figures agree.
        story_near_days_inferred: the same for a weekday or "yesterday" read from
            a publication date the story inferred (a weekday names one day of any
            week around it).
        story_reported_days: how many days after the story's current window a
            figure with no stated time, or a period's figures dated by the day they
            came out (a monthly report released days later), still report it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    approximate_width: _Fraction = 0.1
    nearly_width: _Fraction = 0.1
    vague_bounds: Mapping[str, _Bound] = Field(default_factory=lambda: dict(_DEFAULT_VAGUE))
    tolerance: _Fraction = 0.0
    hedge_gap: _Fraction = 0.05
    copy_similarity: Annotated[float, Field(gt=0.0, le=1.0)] = 0.8
    claimant_families: Mapping[str, tuple[str, ...]] = Field(
        default_factory=lambda: dict(_DEFAULT_FAMILIES)
    )
    story_near_days: Annotated[int, Field(ge=0, le=31)] = 1
    story_near_days_inferred: Annotated[int, Field(ge=0, le=31)] = 6
    story_reported_days: Annotated[int, Field(ge=0, le=366)] = 7

    @field_validator("vague_bounds", mode="before")
    @classmethod
    def _merge_bounds(cls, value: object) -> object:
        # A user's table extends and overrides the defaults rather than replacing them.
        if isinstance(value, Mapping):
            merged: dict[str, object] = dict(_DEFAULT_VAGUE)
            merged.update({str(k).lower(): v for k, v in value.items()})
            return merged
        return value

    def claimant(self, source: str) -> str:
        """The family a source belongs to, or the source itself.

        >>> Policy().claimant("the CGT union"), Policy().claimant("Ukrainian Air Force")
        ('organisers', 'Ukrainian Air Force')
        """
        lowered = source.lower()
        for family, cues in self.claimant_families.items():
            if any(cue in lowered for cue in cues):
                return family
        return source

    def vague(self, word: str) -> _Bound | None:
        """The interval bounds for a vague quantity word, or None if unknown.

        >>> Policy().vague("Hundreds")
        (200.0, None)
        """
        return self.vague_bounds.get(word.lower())


DEFAULT_POLICY = Policy()


def policy_or_default(policy: Policy | None) -> Policy:
    """The given policy, or the library default."""
    return DEFAULT_POLICY if policy is None else policy
