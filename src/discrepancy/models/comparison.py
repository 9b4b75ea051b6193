"""The values comparison hands on: rows of cells across articles, verdicts and reasons."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from .articles import Article
from .base import FROZEN
from .facts import Fact, Statement
from .labels import window_label
from .time import TimeWindow

__all__ = [
    "Agreement",
    "Cell",
    "Comparison",
    "CopyGroup",
    "Reason",
    "Row",
    "RowKey",
    "RowKind",
    "Verdict",
]


class Verdict(StrEnum):
    """What the outlets do on one row."""

    AGREE = "agree"
    DIFFER = "differ"
    OMIT = "omit"


class Agreement(StrEnum):
    """What the outlets that report a row say, leaving the silent ones aside.

    A row's :class:`Verdict` is ``omit`` as soon as one outlet is silent; its
    agreement tells whether the outlets that do report it agree, differ, or whether
    only one reports it.
    """

    AGREE = "agree"
    DIFFER = "differ"
    SINGLE = "single"


class Reason(StrEnum):
    """Machine-readable reason behind a verdict."""

    SAME_FIGURE = "same_figure"
    EQUIVALENT_WORDING = "equivalent_wording"
    CONSISTENT = "consistent"
    DIFFERENT_FIGURES = "different_figures"
    DISJOINT = "disjoint"
    NOT_REPORTED = "not_reported"
    SINGLE_SOURCE = "single_source"
    PUBLISHED_BEFORE_WINDOW = "published_before_window"
    DIFFERENT_CLAIMANTS = "different_claimants"


class RowKind(StrEnum):
    """A row is about a figure or about the day of a statement."""

    FIGURE = "figure"
    STATEMENT = "statement"


class RowKey(BaseModel):
    """What a row is about: the fact key facts are aligned on."""

    model_config = FROZEN

    kind: RowKind = RowKind.FIGURE
    subject: str
    event: str | None = None
    window: str | None = None
    location: str | None = None
    unit: str | None = None
    claimant: str | None = Field(
        default=None,
        description="set when one key carries rival figures from different sources "
        "(police vs organisers): each source's figures get their own row",
    )
    group: str | None = Field(
        default=None, description="the group counted: children, adults, Indian nationals..."
    )
    party: str | None = Field(default=None, description="the candidate or party of a vote figure")
    basis: str | None = Field(
        default=None,
        description="the kind of count when it is not a plain statement or an estimate: "
        "poll, forecast, projection, preliminary, final",
    )
    form: str | None = Field(
        default=None,
        description="None for a level; 'change up', 'change down', 'change' or 'margin' for a "
        "figure that is a change or a margin",
    )
    rank: int = Field(
        default=0,
        ge=0,
        description="0 for the row of each outlet's main figure for the key; 1, 2... for "
        "rows of the other, different figures outlets give for the same key (one figure "
        "per outlet per row)",
    )


class Cell(BaseModel):
    """One article's entry in a row.

    Attributes:
        article_id: the article.
        fact: the fact it gives, or None when it does not report the row.
        statement: for statement rows, the dated statement.
        note: why a cell is empty or special ("not_reported",
            "published_before_window", "copy_of:<id>").
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        if self.fact is not None:
            shown = repr(self.fact.surface)
        elif self.statement is not None:
            shown = f"statement by {self.statement.speaker!r}"
        else:
            shown = self.note or "empty"
        return f"Cell({self.article_id!r}, {shown})"

    model_config = FROZEN

    article_id: str
    fact: Fact | None = None
    statement: Statement | None = None
    note: str | None = None


class Row(BaseModel):
    """One fact key across all compared articles, with a verdict and its reason.

    Verdicts follow one rule: ``differ`` when any two reported figures are
    incompatible (or are different reports of the same thing), else ``omit`` when
    any article does not report the row, else ``agree``.
    """

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        from ..report.labels import row_label

        said = sum(c.fact is not None or c.statement is not None for c in self.cells)
        return (
            f"Row({self.verdict.value}: {row_label(self)} · {window_label(self.key.window)}, "
            f"{said} of {len(self.cells)} report it)"
        )

    model_config = FROZEN

    key: RowKey
    cells: tuple[Cell, ...]
    verdict: Verdict
    reason: Reason
    reasons: tuple[Reason, ...] = Field(
        default=(),
        description="every reason that applies, the primary one first: an omit row whose "
        "reporters agree in different words has (not_reported, equivalent_wording)",
    )
    explanation: str
    assumptions: tuple[str, ...] = ()
    window: TimeWindow | None = None
    independent: int = Field(
        default=0, description="reporting articles, counting copies of one story once"
    )
    agreement: Agreement = Field(
        default=Agreement.SINGLE,
        description="what the reporting outlets say among themselves: agree, differ, "
        "or single (only one reports it); silent outlets do not count",
    )


class CopyGroup(BaseModel):
    """Articles that are near-identical copies of one story."""

    model_config = FROZEN

    article_ids: tuple[str, ...]
    similarity: float


class Comparison(BaseModel):
    """The result of :func:`discrepancy.compare`."""

    def __str__(self) -> str:
        return repr(self)

    def __repr__(self) -> str:
        return f"Comparison({self.summary()})"

    def summary(self) -> str:
        """One line for people: what the reporting outlets say, then who is silent.

        Rows are counted by :attr:`Row.agreement`, what the outlets that report a row
        say among themselves, so a row two outlets agree on while a third is silent
        counts as agreeing (its verdict is ``omit``).

        >>> from discrepancy import compare
        >>> compare(["Police arrested 12 people on 4 May 2024.",
        ...          "Officers arrested 12 people on 4 May 2024.",
        ...          "The march went ahead on 4 May 2024."]).summary()
        '3 articles, 1 row: 0 differ, 1 agree, 0 from one source only; 1 with an outlet silent'
        """
        from ..report.labels import agreement_counts

        n, rows = len(self.articles), len(self.rows)
        return (
            f"{n:,} article{'s' if n != 1 else ''}, {rows:,} row{'s' if rows != 1 else ''}: "
            f"{agreement_counts(self.rows)}"
        )

    def _repr_html_(self) -> str:
        from ..report.notebook import comparison_matrix_html

        return comparison_matrix_html(self)

    model_config = FROZEN

    articles: tuple[Article, ...]
    rows: tuple[Row, ...]
    copies: tuple[CopyGroup, ...] = ()

    def to_markdown(self) -> str:
        """The comparison as a Markdown table."""
        from ..report.render import comparison_markdown

        return comparison_markdown(self)

    def to_table(self, *, width: int | None = None) -> str:
        """The comparison as a plain-text terminal table."""
        from ..report.render import comparison_table

        return comparison_table(self, width=width)

    def to_html(self) -> str:
        """The comparison as one self-contained HTML page."""
        from ..report.html import comparison_html

        return comparison_html(self)
