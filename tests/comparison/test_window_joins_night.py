"""The story's one night: a day that can only be the night's event joins it even where
the figures differ.

An event over one night is dated by the day it began ("Iran launched 160 drones on
Saturday"), by the night, and by the day it ended or the day it was announced ("the
military said on Sunday that 90 percent were intercepted"). Where the story's outlets
state that night (it is the story's current window) and no figure of the kind states a
night, a figure dated to either of its days joins it as an assumption
(:func:`~discrepancy.comparison.window_joins.join_the_night`). That join may set the
figure against another outlet's, and so make a ``differ``, only where nothing says the
two are different readings in time:

* every other outlet's figure of the event that disagrees with it gives no day of its
  own (no stated time) or the same day: a figure stated on the night's other day is
  another reading (30,000 homes without power on Saturday, 12,000 on Sunday);
* its own article gives no figure of the kind on the night's other day that disagrees
  with it (the article tells its days apart);
* no other night the outlets state shares its day (a campaign of two nights).

Where a figure of the kind states the night itself, a day of it joins whatever its
figures, unless the figure names what held on its day (an event the text names that is
no act of a moment: homes without power), which joins only where it agrees.

A running tally (a toll, arrests) is no such figure: its updates share the story's
reporting window whatever day they give.

Every story here is invented and dated the Sunday that ends the night of April 10 to
11, 2027; in each, outlet ``a`` states the night for a figure of another kind, so the
night is the story's current window. Each table row gives the story, the figure
looked at, the window of its row, the outlets of that row, its verdict and a phrase
its assumptions must hold (None: nothing about its window).
"""

from __future__ import annotations

import pytest

from tests.comparison.test_clock_nights import NIGHT, Story, on_sunday
from tests.comparison.test_current_window import row_of, where_joined

SATURDAY = "day:2027-04-10..2027-04-10"
SUNDAY = "day:2027-04-11..2027-04-11"

AIR_RAID: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "Russia launched 40 missiles at the capital on Saturday, officials said."),
    ("c", "Russia fired 46 missiles at the capital, the air force said."),
)
# Sunday is the day the figure was given, not another reading of it.
INTERCEPTIONS: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "The army said on Sunday that its systems intercepted 90 percent of the missiles."),
    ("c", "Air defences intercepted 97 percent of the missiles, the army said."),
)
# Saturday is stated for the act, Sunday only as the day the army told it.
INTERCEPTIONS_TOLD: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "Air defences intercepted 97 percent of the missiles on Saturday."),
    ("c", "The army said on Sunday that its systems intercepted 90 percent of the missiles."),
)
RIOT: Story = (
    ("a", "Rioters clashed with police overnight as 600 officers were deployed."),
    ("b", "Rioters damaged 35 shops in the old town on Saturday."),
    ("c", "The mayor said on Sunday that rioters damaged 50 shops in the old town."),
)
VIGIL: Story = (
    ("a", "Mourners held a vigil overnight outside the stadium, and 40 buses brought them."),
    ("b", "Some 20,000 people attended the vigil on Saturday."),
    ("c", "Organisers said on Sunday that 12,000 people attended the vigil."),
)
STORM: Story = (
    ("a", "The storm came ashore overnight, and 3,000 people spent the night in shelters."),
    ("b", "The coast guard said on Sunday that the storm sank 45 fishing boats."),
    ("c", "The storm sank 60 fishing boats, the harbour master said."),
)
DERAILMENT: Story = (
    ("a", "A night train derailed overnight, and 12 carriages left the rails."),
    ("b", "The train was carrying 240 passengers when it derailed on Saturday, the operator said."),
    ("c", "The train had 260 passengers on board, the railway said."),
)
COUNT: Story = (
    ("a", "Officials counted ballots overnight at 300 polling stations."),
    ("b", "The election commission said on Sunday that 2.1 million votes were cast."),
    ("c", "Some 2.4 million votes were cast, the election commission said."),
)
# Counter-cases: each outlet reads a changing figure on its own day.
OUTAGE: Story = (
    ("a", "The storm came ashore overnight, and 3,000 people spent the night in shelters."),
    ("b", "About 30,000 homes were without power on Saturday."),
    ("c", "Some 12,000 homes were without power on Sunday, the utility said."),
)
# The day one reading was told is the day it was taken, for a figure of no act.
OUTAGE_TOLD: Story = (
    ("a", "The storm came ashore overnight, and 3,000 people spent the night in shelters."),
    ("b", "About 30,000 homes were without power on Saturday."),
    ("c", "The utility said on Sunday that 12,000 homes were without power."),
)
# Two outlets date the act to either day in its own clause: two readings.
DISPUTED: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "Russia launched 40 missiles at the capital on Saturday, officials said."),
    ("c", "Russia launched 46 missiles at the capital on Sunday, the air force said."),
)
# The article tells its two days apart.
TWO_DAYS: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "Russia launched 40 missiles on Saturday. On Sunday, it launched 12 missiles."),
    ("c", "Russia fired 46 missiles at the capital, the air force said."),
)
# A campaign of two nights: Saturday ends one and begins the other, so it keeps its day
# (where the undated figure meets it, as it did before).
TWO_NIGHTS: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("d", "On Friday night, sirens sounded in 9 cities."),
    ("b", "Russia launched 40 missiles at the capital on Saturday, officials said."),
    ("c", "Russia fired 46 missiles at the capital, the air force said."),
)
# The night is stated for the kind: a state read on either day keeps its day where it
# differs, and joins where it agrees; a measure of the night's storm joins either way.
OUTAGE_NIGHT: Story = (
    ("a", "The storm knocked out power to 80,000 homes overnight."),
    ("b", "About 30,000 homes were without power on Saturday."),
    ("c", "Some 12,000 homes were still without power on Sunday."),
)
OUTAGE_NIGHT_AGREED: Story = (
    ("a", "The storm knocked out power to 80,000 homes overnight."),
    ("c", "The utility said on Sunday that 80,000 homes lost power."),
)
GUSTS: Story = (
    ("a", "Gusts reached 180 km/h overnight as the storm came ashore."),
    ("b", "Gusts of 150 km/h were recorded on Saturday."),
)
# Two days that only reach the night are no name for it.
REACHING: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "Russia launched 40 missiles at the capital from Friday to Saturday."),
    ("c", "Russia fired 46 missiles at the capital, the air force said."),
)
# A running toll that rises on the next day is an update of the story's tally.
TOLL: Story = (
    ("a", "Air raid sirens sounded in 14 cities overnight, the army said."),
    ("b", "Five people were killed in the capital on Saturday, officials said."),
    ("c", "The toll in the capital rose to eight on Sunday, officials said."),
)

JOINED = "taken as the night of April 10 to April 11, 2027"
CASES = [
    # story, article, figure, window of its row, outlets, verdict, assumption, provenance
    (AIR_RAID, "b", "40", NIGHT, {"b", "c"}, "differ", JOINED, "invented: conflict"),
    (INTERCEPTIONS, "b", "90 percent", NIGHT, {"b", "c"}, "differ", JOINED, "invented: conflict"),
    (
        INTERCEPTIONS_TOLD,
        "c",
        "90 percent",
        NIGHT,
        {"b", "c"},
        "differ",
        JOINED,
        "invented: conflict",
    ),
    (RIOT, "b", "35", NIGHT, {"b", "c"}, "differ", JOINED, "invented: crime"),
    (VIGIL, "b", "Some 20,000", NIGHT, {"b", "c"}, "differ", JOINED, "invented: crowds"),
    (STORM, "b", "45", NIGHT, {"b", "c"}, "differ", JOINED, "invented: weather"),
    (DERAILMENT, "b", "240", NIGHT, {"b", "c"}, "differ", JOINED, "invented: transport"),
    (COUNT, "b", "2.1 million", NIGHT, {"b", "c"}, "differ", JOINED, "invented: elections"),
    (OUTAGE, "b", "About 30,000", SATURDAY, {"b"}, "omit", None, "invented: weather"),
    (OUTAGE, "c", "Some 12,000", SUNDAY, {"c"}, "omit", None, "invented: weather"),
    (OUTAGE_TOLD, "b", "About 30,000", SATURDAY, {"b"}, "omit", None, "invented: weather"),
    (OUTAGE_TOLD, "c", "12,000", SUNDAY, {"c"}, "omit", None, "invented: weather"),
    (DISPUTED, "b", "40", SATURDAY, {"b"}, "omit", None, "invented: conflict"),
    (TWO_DAYS, "b", "40", SATURDAY, {"b"}, "omit", None, "invented: conflict"),
    (
        REACHING,
        "b",
        "40",
        "span:2027-04-09..2027-04-10",
        {"b", "c"},
        "differ",
        None,
        "invented: conflict",
    ),
    (OUTAGE_NIGHT, "b", "About 30,000", SATURDAY, {"b"}, "omit", None, "invented: weather"),
    (OUTAGE_NIGHT, "c", "Some 12,000", SUNDAY, {"c"}, "omit", None, "invented: weather"),
    (OUTAGE_NIGHT_AGREED, "c", "80,000", NIGHT, {"a", "c"}, "agree", JOINED, "invented: weather"),
    (GUSTS, "b", "150 km/h", NIGHT, {"a", "b"}, "differ", JOINED, "invented: weather"),
    (TWO_NIGHTS, "b", "40", SATURDAY, {"b", "c"}, "differ", None, "invented: conflict"),
    (TOLL, "c", "eight", NIGHT, {"b", "c"}, "differ", None, "invented: conflict"),
]


@pytest.mark.parametrize(
    ("story", "article", "figure", "window", "outlets", "verdict", "assumption", "provenance"),
    CASES,
    ids=[f"{c[7].split(': ')[1]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_a_day_of_the_one_night_joins_it(
    story: Story,
    article: str,
    figure: str,
    window: str,
    outlets: set[str],
    verdict: str,
    assumption: str | None,
    provenance: str,
) -> None:
    row = row_of(on_sunday(story), article, figure)
    assert (*where_joined(row, assumption), row.verdict.value) == (
        window,
        outlets,
        assumption is not None,
        verdict,
    )
