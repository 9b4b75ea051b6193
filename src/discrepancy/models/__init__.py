"""The values the stages hand on: intervals, facts, rows, comparisons, and the policy.

article -> mentions (:class:`Quantity`, :class:`TimeMention`) -> facts (:class:`Fact`,
:class:`Extraction`) -> comparison (:class:`Row`, :class:`Comparison`). One module per
kind of value: ``base`` (the frozen config and :func:`trusted`), ``figures``, ``time``,
``articles``, ``facts``, ``comparison`` and ``policy``.

Every stage imports its values from here (``from ..models import Fact``), never from
the module that defines them, so the models can be arranged without touching the
stages.
"""

from .articles import Article
from .base import Span, trusted
from .comparison import (
    Agreement,
    Cell,
    Comparison,
    CopyGroup,
    Reason,
    Row,
    RowKey,
    RowKind,
    Verdict,
)
from .facts import (
    Attribution,
    Basis,
    Extraction,
    Fact,
    FactLink,
    LinkRole,
    LocationBasis,
    Rejected,
    RejectReason,
    SourceBasis,
    Statement,
    SubjectBasis,
    TimeBasis,
)
from .figures import Direction, Form, Interval, Qualifier, Quantity, QuantityKind
from .labels import interval_notation, window_label
from .policy import DEFAULT_POLICY, Policy, policy_or_default
from .time import Granularity, TimeMention, TimePart, TimeWindow, day_of

__all__ = [
    "DEFAULT_POLICY",
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
    "Span",
    "Statement",
    "SubjectBasis",
    "TimeBasis",
    "TimeMention",
    "TimePart",
    "TimeWindow",
    "Verdict",
    "day_of",
    "interval_notation",
    "policy_or_default",
    "trusted",
    "window_label",
]
