"""discrepancy: where news outlets agree, differ, or stay silent on the figures.

>>> import discrepancy
>>> discrepancy.parse_quantity("nearly 900").qualifier
<Qualifier.NEARLY: 'nearly'>

Names are loaded on first use, so ``import discrepancy`` stays light: pydantic,
pint and the vocabularies load only when something needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    ArticleEncodingError,
    ArticleError,
    ArticleReadError,
    DiscrepancyError,
    EmptyInputError,
    FrontMatterError,
    GoldenFileError,
    HTMLInputError,
    InputError,
    InputTypeError,
    ParseError,
    VocabularyError,
)

if TYPE_CHECKING:
    from .articles.load import load_article, load_articles
    from .comparison.align import compare
    from .comparison.cluster import cluster
    from .facts.extract import extract
    from .facts.many import extract_many
    from .mentions.quantities import find_quantities, parse_quantity
    from .mentions.times import find_times, parse_time
    from .models import (
        DEFAULT_POLICY,
        Agreement,
        Article,
        Attribution,
        Basis,
        Cell,
        Comparison,
        CopyGroup,
        Direction,
        Extraction,
        Fact,
        FactLink,
        Form,
        Granularity,
        Interval,
        LinkRole,
        LocationBasis,
        Policy,
        Qualifier,
        Quantity,
        QuantityKind,
        Reason,
        Rejected,
        RejectReason,
        Row,
        RowKey,
        RowKind,
        SourceBasis,
        Statement,
        SubjectBasis,
        TimeBasis,
        TimeMention,
        TimeWindow,
        Verdict,
    )
    from .report.events import events_html
    from .rules.vocab import Vocabulary

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "load_article": "articles.load",
    "load_articles": "articles.load",
    "cluster": "comparison.cluster",
    "compare": "comparison.align",
    "events_html": "report.events",
    "extract": "facts.extract",
    "extract_many": "facts.many",
    "DEFAULT_POLICY": "models",
    "Policy": "models",
    "find_quantities": "mentions.quantities",
    "parse_quantity": "mentions.quantities",
    "find_times": "mentions.times",
    "parse_time": "mentions.times",
    "Vocabulary": "rules.vocab",
    **{
        name: "models"
        for name in (
            "Agreement",
            "Article",
            "Attribution",
            "Basis",
            "Cell",
            "Comparison",
            "CopyGroup",
            "Direction",
            "Extraction",
            "Fact",
            "FactLink",
            "Form",
            "Granularity",
            "Interval",
            "LinkRole",
            "LocationBasis",
            "Qualifier",
            "Quantity",
            "QuantityKind",
            "Reason",
            "Rejected",
            "RejectReason",
            "Row",
            "RowKey",
            "RowKind",
            "SourceBasis",
            "Statement",
            "SubjectBasis",
            "TimeBasis",
            "TimeMention",
            "TimeWindow",
            "Verdict",
        )
    },
}

__all__ = [
    "DEFAULT_POLICY",
    "Agreement",
    "Article",
    "ArticleEncodingError",
    "ArticleError",
    "ArticleReadError",
    "Attribution",
    "Basis",
    "Cell",
    "Comparison",
    "CopyGroup",
    "Direction",
    "DiscrepancyError",
    "EmptyInputError",
    "Extraction",
    "Fact",
    "FactLink",
    "Form",
    "FrontMatterError",
    "GoldenFileError",
    "Granularity",
    "HTMLInputError",
    "InputError",
    "InputTypeError",
    "Interval",
    "LinkRole",
    "LocationBasis",
    "ParseError",
    "Policy",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "Reason",
    "RejectReason",
    "Rejected",
    "Row",
    "RowKey",
    "RowKind",
    "SourceBasis",
    "Statement",
    "SubjectBasis",
    "TimeBasis",
    "TimeMention",
    "TimeWindow",
    "Verdict",
    "Vocabulary",
    "VocabularyError",
    "cluster",
    "compare",
    "events_html",
    "extract",
    "extract_many",
    "find_quantities",
    "find_times",
    "load_article",
    "load_articles",
    "parse_quantity",
    "parse_time",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'discrepancy' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
