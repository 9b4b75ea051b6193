"""The attendance pass: a count of people a crowd word or a crowd estimate gives is
attendance ("organisers put the crowd at 150,000").
"""

from __future__ import annotations

from ..document import Document
from ..draft import Reading
from ..lexicon import CROWD_CUE

__all__ = ["read_attendance"]


def read_attendance(doc: Document, reading: Reading) -> None:
    """Give a count of people with no event the event ``attended`` when a crowd counts it.

    A crowd word in the cue of its source ("put the crowd at") or just before the
    figure ("Police estimated the crowd at 55,000") makes it attendance.

    Args:
        doc: the article.
        reading: its drafts, changed in place.
    """
    for d in reading.drafts:
        start = d.quantity.span[0]
        cue = d.attribution.cue if d.attribution is not None else None
        if (
            d.event is None
            and d.subject == "person"
            and (
                (cue and CROWD_CUE.search(cue))
                # "Police estimated the crowd at 55,000"
                or CROWD_CUE.search(doc.lowered, max(0, start - 25), start)
            )
        ):
            d.event = "attended"
