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
    from ._article import load_article, load_articles
    from ._cluster import cluster
    from ._compare import compare
    from ._extract import extract
    from ._many import extract_many
    from ._models import (
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
        Form,
        Granularity,
        Interval,
        LocationBasis,
        Qualifier,
        Quantity,
        QuantityKind,
        Reason,
        Rejected,
        RejectReason,
        Row,
        RowKey,
        RowKind,
        Statement,
        SubjectBasis,
        TimeBasis,
        TimeMention,
        TimeWindow,
        Verdict,
    )
    from ._policy import DEFAULT_POLICY, Policy
    from ._quantities import find_quantities, parse_quantity
    from ._time import find_times, parse_time
    from ._vocab import Vocabulary

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "load_article": "_article",
    "load_articles": "_article",
    "cluster": "_cluster",
    "compare": "_compare",
    "extract": "_extract",
    "extract_many": "_many",
    "DEFAULT_POLICY": "_policy",
    "Policy": "_policy",
    "find_quantities": "_quantities",
    "parse_quantity": "_quantities",
    "find_times": "_time",
    "parse_time": "_time",
    "Vocabulary": "_vocab",
    **{
        name: "_models"
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
            "Form",
            "Granularity",
            "Interval",
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
    "Form",
    "FrontMatterError",
    "GoldenFileError",
    "Granularity",
    "HTMLInputError",
    "InputError",
    "InputTypeError",
    "Interval",
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
