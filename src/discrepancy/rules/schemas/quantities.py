"""The quantity scanner's words (``quantities.jsonl``): hedges, currencies, units, name
cues, streets, count compounds, words of change, margins and nationalities.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PositiveInt

__all__ = [
    "QUANTITY_ENTRIES",
    "ChangeEntry",
    "ChangeModifierEntry",
    "CountCompoundEntry",
    "CurrencyEntry",
    "HedgeEntry",
    "MarginEntry",
    "NameCueEntry",
    "NationalityEntry",
    "NumberWordsEntry",
    "SingularEntry",
    "StreetEntry",
    "UnitEntry",
]

_STRICT = ConfigDict(frozen=True, extra="forbid")


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("must hold a word, not only spaces")
    return text


# A phrase or form the scanner matches: a blank one would match everywhere, or nowhere.
_Phrase = Annotated[str, Field(min_length=1), AfterValidator(_not_blank)]


class HedgeEntry(BaseModel):
    """A hedge on a figure ("nearly", "at least", "or more") and the qualifier it sets."""

    model_config = _STRICT
    kind: Literal["hedge"] = "hedge"
    phrase: _Phrase
    qualifier: Literal["approximate", "nearly", "more_than", "at_least", "at_most", "less_than"]
    position: Literal["before", "after"]


class CurrencyEntry(BaseModel):
    """A currency sign, code or word ("$", "EUR", "pence") and its ISO code."""

    model_config = _STRICT
    kind: Literal["currency"] = "currency"
    form: _Phrase
    code: str = Field(pattern=r"^[A-Z]{3}$")
    position: Literal["before", "after"]
    # Read only when attached to the digits ("247p"), never after a space ("5 p").
    glued: bool = False


class UnitEntry(BaseModel):
    """A unit of measure, its dimension and the forms that write it ("km", "kilometres")."""

    model_config = _STRICT
    kind: Literal["unit"] = "unit"
    unit: _Phrase
    dimension: Literal["length", "area", "percent", "measure"]
    forms: list[_Phrase] = Field(min_length=1)
    # Forms read only when attached to the digits ("45W", "3t"): a lone letter
    # after a space is too often something else.
    glued: list[_Phrase] = Field(default_factory=list)


class NameCueEntry(BaseModel):
    """A word before a figure that makes the figure part of a name ("Flight 370", "Route 66")."""

    model_config = _STRICT
    kind: Literal["name_cue"] = "name_cue"
    phrase: _Phrase


class StreetEntry(BaseModel):
    """A street word after a number and capitalised words ("12 Downing Street")."""

    model_config = _STRICT
    kind: Literal["street"] = "street"
    phrase: _Phrase


class CountCompoundEntry(BaseModel):
    """A noun that keeps a count in a hyphenated modifier ("a 40-strong crowd", "a
    12-member jury"); other such modifiers describe a kind ("a four-speed gearbox")."""

    model_config = _STRICT
    kind: Literal["count_compound"] = "count_compound"
    phrase: _Phrase


class ChangeEntry(BaseModel):
    """A word of change and how it governs a figure.

    ``verb``: "rose 6%", "rose by 6%" (changes), "rose to 4.2%", "from 3%" (levels).
    ``transitive``: "cut rates by 0.5 points", "raised it to 5%"; a bare figure is a
    change only when it is a percentage or points ("lost 2%"), else an object
    counted ("cut 200 jobs", "raised $10m" are no changes).
    ``adverb``: "up 3%", "down 2 points", "3% higher" (measures and points only).
    ``noun``: "a 12% drop", "an increase of 5%".
    """

    model_config = _STRICT
    kind: Literal["change"] = "change"
    phrase: _Phrase
    direction: Literal["up", "down"]
    role: Literal["verb", "transitive", "adverb", "noun"]


class ChangeModifierEntry(BaseModel):
    """An adjective between a figure and its noun of change ("a 3% annual rise")."""

    model_config = _STRICT
    kind: Literal["change_modifier"] = "change_modifier"
    phrase: _Phrase


class MarginEntry(BaseModel):
    """A margin cue: before ("won by", "a lead of"), after ("ahead"), or the noun
    that may stand between a figure and an after-cue ("points" in "3 points ahead")."""

    model_config = _STRICT
    kind: Literal["margin"] = "margin"
    phrase: _Phrase
    position: Literal["before", "after", "noun"]


class NationalityEntry(BaseModel):
    """Nationality adjectives ("indian", "french"): words before a noun that are no part
    of what a figure counts ("169 Indian nationals" counts nationals)."""

    model_config = _STRICT
    kind: Literal["nationality"] = "nationality"
    forms: list[_Phrase] = Field(min_length=1)
    note: str | None = None


class NumberWordsEntry(BaseModel):
    """Number words and the value each stands for (``numbers.jsonl``), one table per class.

    Attributes:
        name: the class, which decides how the words combine ("twenty" and "five" make
            25, "five" and "twenty" two numbers): ``unit`` (one to nine), ``teen``
            (ten to nineteen), ``tens`` (twenty to ninety), ``scale`` (multipliers:
            "hundred", "million", "lakh"), ``fraction`` (the denominator a fraction
            word stands for: "third" is 3, "quarters" 4).
        values: each word, lower case, and its value.
        note: why these words are in the table and where they come from (required).
    """

    model_config = _STRICT
    kind: Literal["numbers"] = "numbers"
    name: Literal["unit", "teen", "tens", "scale", "fraction"]
    values: dict[str, PositiveInt] = Field(min_length=1)
    note: str = Field(min_length=1)


class SingularEntry(BaseModel):
    """Irregular plurals after a figure and the singular the quantity scanner names the
    counted noun by ("300 people" counts person, "two halves" half).

    The facts stage reads the ``plural`` pairs of ``grammar.jsonl`` instead; the two
    tables differ (see the note of the shipped entry in ``mentions.jsonl``).

    Attributes:
        pairs: each plural, lower case, and its singular.
        note: why the pairs are here and where they come from (required).
    """

    model_config = _STRICT
    kind: Literal["singular"] = "singular"
    pairs: dict[str, str] = Field(min_length=1)
    note: str = Field(min_length=1)


# Every kind of quantities.jsonl: the entries the quantity scanner's rules compile.
QUANTITY_ENTRIES = (
    HedgeEntry,
    CurrencyEntry,
    UnitEntry,
    NameCueEntry,
    StreetEntry,
    CountCompoundEntry,
    ChangeEntry,
    ChangeModifierEntry,
    MarginEntry,
    NationalityEntry,
)
