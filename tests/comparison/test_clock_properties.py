"""Issue #15's property on the clock's case tables: removing an outlet's publication
date never splits its figures from the rows they joined when it was dated (the story
dates the article, and its figures meet the same rows). Every story is invented (see
the tables in test_clock_tallies, test_clock_background and test_clock_nights)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.comparison import test_clock_background as background
from tests.comparison import test_clock_nights as nights
from tests.comparison import test_clock_tallies as tallies
from tests.comparison.test_current_window import compared, undated
from tests.comparison.test_stories import together

Story = tuple[tuple[str, date | None, str], ...]

STORIES: dict[str, Story] = {
    **{
        f"tallies-{name}": getattr(tallies, name)
        for name in ("FLOOD", "WRECK", "RIOT", "CRUSH", "MINE", "EVACUATION", "RECAP")
    },
    **{
        f"background-{name}": getattr(background, name)
        for name in ("CONSULATE", "STRIKE", "STRIKE_DISPUTED", "MARCH")
    },
    **{
        f"nights-{name}": tuple((aid, nights.SUNDAY, text) for aid, text in getattr(nights, name))
        for name in ("RAID", "RAID_DISPUTED", "STORM", "FERRY", "LOOTING")
    },
}
CASES = [(name, aid) for name, story in STORIES.items() for aid, _, _ in story]


@pytest.mark.parametrize(("story", "article"), CASES, ids=[f"{s}-{a}" for s, a in CASES])
def test_removing_a_publication_date_never_splits_what_it_joined(story: str, article: str) -> None:
    joined = together(compared(STORIES[story]), article)
    still = together(compared(undated(STORIES[story], article)), article)
    assert [p for p in joined if not any(p <= now for now in still)] == []
