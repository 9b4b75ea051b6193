"""The group a figure counts, named by one outlet only (issue #15, slots: "different slots
are different rows", and "a figure with no place joins the story's one place only where
the story has one", the model for groups).

"The number of confirmed cholera cases has risen to 412" counts the group "cholera";
another outlet's "405 cases" names none. Where the story counts exactly one group for a
key and no article gives both a grouped and an ungrouped figure of it, the group tells
nothing apart: the figures meet in one row, agreeing or not, under the group, when the
ungrouped figure's own article names the group somewhere. They stay apart where one
article gives both ("20 adults" among "32 dead"), where the story counts two groups
(adults, children), and where the ungrouped figure's article never names the group
("unemployed" beside "long-term unemployed").

Every story here is invented.
"""

from __future__ import annotations

import pytest

from tests.comparison.story_rows import story_rows

# (subject, group, location, cells: outlet -> figure, agreement)
Expected = tuple[str, str | None, str | None, dict[str, str], str]

# (id, provenance, story: outlet -> text, rows)
CASES: list[tuple[str, str, dict[str, str], list[Expected]]] = [
    (
        "health-tally-rising",
        "invented: health, a running tally of an outbreak, the disease named as a modifier "
        "by one outlet",
        {
            "h-post": "The number of confirmed cholera cases in Dunmore has risen to 412, "
            "the health ministry said on Saturday.",
            "h-wire": "Health officials in Dunmore reported 405 cases of the cholera "
            "outbreak on Saturday.",
            "h-news": "The cholera outbreak in Dunmore has now reached 430 cases, officials "
            "said on Saturday.",
        },
        [
            (
                "case",
                "cholera",
                "Dunmore",
                {"h-news": "430", "h-post": "412", "h-wire": "405"},
                "differ",
            )
        ],
    ),
    (
        "health-two-outlets",
        "invented: health, the disease as the group of one outlet and a modifier the "
        "extraction leaves out for the other",
        {
            "d-post": "The number of confirmed dengue cases in Marlow has risen to 880, "
            "officials said on Saturday.",
            "d-wire": "Marlow reported 850 dengue cases on Saturday.",
        },
        [("case", "dengue", "Marlow", {"d-post": "880", "d-wire": "850"}, "differ")],
    ),
    (
        "transport-plural-named",
        "invented: transport, the group named in the plural elsewhere in the article",
        {
            "t-post": "The number of cancelled passenger flights at Orvik airport has "
            "risen to 36, officials said on Saturday.",
            "t-wire": "Some 40 flights were cancelled at Orvik airport on Saturday. "
            "Passengers slept on the floor.",
        },
        [("flight", "passenger", "Orvik", {"t-post": "36", "t-wire": "Some 40"}, "differ")],
    ),
    (
        "conflict-civilian-toll",
        "invented: conflict, a toll given as civilian deaths by one outlet",
        {
            "k-post": "The number of confirmed civilian deaths in Tarvo has risen to 61, "
            "the UN said on Saturday.",
            "k-wire": "The UN said on Saturday that 58 people had died in Tarvo. The "
            "civilian toll is the highest of the war.",
        },
        [("death", "civilian", "Tarvo", {"k-post": "61", "k-wire": "58"}, "differ")],
    ),
    (
        "crime-agreeing",
        "invented: crime, the same figure with and without the group",
        {
            "c-post": "The number of stolen cars in Selby has risen to 140, police said on "
            "Saturday.",
            "c-wire": "Police in Selby said on Saturday that 140 cars had been reported stolen.",
        },
        [("vehicle", "stolen", "Selby", {"c-post": "140", "c-wire": "140"}, "agree")],
    ),
    (
        "conflict-one-article-both",
        "guard: an article giving the part and the whole says the group is a part",
        {
            "s-post": "The strike killed 32 people on Saturday, including 20 adults, "
            "officials said.",
            "s-wire": "Officials said 20 adults died in the strike on Saturday.",
            "s-news": "The strike killed 30 people on Saturday, officials said. Most of "
            "the adults were farmers.",
        },
        [
            ("death", "adult", None, {"s-post": "20", "s-wire": "20"}, "agree"),
            ("death", None, None, {"s-news": "30", "s-post": "32"}, "differ"),
        ],
    ),
    (
        "conflict-two-groups",
        "guard: two groups of one toll are no one group",
        {
            "g-post": "The strike killed 20 adults on Saturday, officials said.",
            "g-wire": "The strike killed 12 children on Saturday, officials said.",
            "g-news": "The strike killed 32 people on Saturday, officials said, among them "
            "adults and children.",
        },
        [
            ("death", "adult", None, {"g-post": "20"}, "single"),
            ("death", "child", None, {"g-wire": "12"}, "single"),
            ("death", None, None, {"g-news": "32"}, "single"),
        ],
    ),
    (
        "economy-group-unnamed",
        "guard: an article that never names the group does not count it (a part of the "
        "jobless beside all of them)",
        {
            "u-post": "The number of long-term unemployed rose by 179,000 in May, the agency "
            "said on Saturday.",
            "u-wire": "The number of unemployed rose by 221,000 in May, the agency said on "
            "Saturday.",
        },
        [
            ("unemployed", None, None, {"u-wire": "221,000"}, "single"),
            ("unemployed", "long-term", None, {"u-post": "179,000"}, "single"),
        ],
    ),
    (
        "conflict-nationals-of-the-place",
        "invented: conflict, the people of the country where the toll happens are its whole "
        "and meet the story's one group",
        {
            "n-post": "Shelling killed at least 14 Ukrainians in Kharkiv on Saturday, officials "
            "said. Rockets hit civilian buildings.",
            "n-wire": "At least 12 civilians were killed in Kharkiv on Saturday, officials said.",
            "n-news": "At least 13 civilians died in Kharkiv on Saturday, officials said.",
        },
        [
            (
                "death",
                "civilian",
                "Kharkiv",
                {"n-news": "At least 13", "n-post": "at least 14", "n-wire": "At least 12"},
                "differ",
            )
        ],
    ),
    (
        "weather-nationals-of-the-place",
        "invented: weather, a heatwave's toll counted as the country's people by one outlet",
        {
            "w-post": "The heatwave in Italy has killed 120 Italians, health officials said on "
            "Saturday.",
            "w-wire": "Health officials said on Saturday that the heatwave had killed 115 people "
            "in Italy.",
        },
        [("death", None, "Italy", {"w-post": "120", "w-wire": "115"}, "differ")],
    ),
    (
        "transport-nationalities-a-breakdown",
        "guard: a story that counts several nationalities of a toll breaks it down by them, "
        "even the country's own people",
        {
            "r-post": "The train crash in India on Saturday killed 41 people. Among the dead "
            "were 35 Indians and six Britons, officials said.",
            "r-wire": "The train crash in India on Saturday killed 35 Indians, officials said.",
        },
        [
            ("death", "indian", "India", {"r-post": "35", "r-wire": "35"}, "agree"),
            ("death", None, "India", {"r-post": "41"}, "single"),
            ("death", "briton", "India", {"r-post": "six"}, "single"),
        ],
    ),
    (
        "conflict-a-part-beside-the-one-group",
        "invented: conflict, one outlet singles out one victim of its whole toll, another "
        "gives an earlier count below its own group's",
        {
            "p-post": "Shelling killed at least 20 civilians in Tarvo on Saturday, officials "
            "said. Earlier the mayor had reported 12 dead.",
            "p-wire": "At least 24 civilians were killed in Tarvo on Saturday, officials said.",
            "p-news": "The shelling of Tarvo on Saturday killed at least 29 people, among them "
            "one woman. Civilian areas were hit.",
        },
        [
            (
                "death",
                "civilian",
                "Tarvo",
                {"p-news": "at least 29", "p-post": "at least 20", "p-wire": "At least 24"},
                "differ",
            ),
            ("death", "woman", "Tarvo", {"p-news": "one"}, "single"),
            ("death", None, "Tarvo", {"p-post": "12"}, "single"),
        ],
    ),
    (
        "conflict-a-part-and-one-other-group",
        "guard: beside a group one outlet gives as a part of its toll, a group only one "
        "outlet gives is no group of the story's",
        {
            "q-post": "The strike killed 32 people on Saturday, including 20 adults, officials "
            "said.",
            "q-wire": "Officials said 12 children died in the strike on Saturday.",
            "q-news": "The strike killed 30 people on Saturday, officials said. Many of the "
            "children were asleep.",
        },
        [
            ("death", None, None, {"q-news": "30", "q-post": "32"}, "differ"),
            ("death", "child", None, {"q-wire": "12"}, "single"),
            ("death", "adult", None, {"q-post": "20"}, "single"),
        ],
    ),
    (
        "migration-minors-and-children",
        "invented: migration, the children aboard counted as minors by one outlet and as a "
        "part of everyone aboard by another",
        {
            "m-post": "The boat that sank off Pelora on Saturday was carrying 310 migrants, "
            "including at least 45 children.",
            "m-wire": "Officials said some 50 minors were aboard the boat that sank off Pelora "
            "on Saturday.",
            "m-news": "The boat that sank off Pelora on Saturday had 300 migrants on board, "
            "officials said.",
        },
        [
            ("person", "child", None, {"m-post": "at least 45", "m-wire": "some 50"}, "agree"),
            ("person", None, None, {"m-news": "300", "m-post": "310"}, "differ"),
        ],
    ),
    (
        "transport-women-aboard",
        "guard: the women aboard are never set against everyone aboard",
        {
            "f-post": "About 120 women were aboard the ferry that sank on Saturday, officials "
            "said.",
            "f-wire": "About 400 people were aboard the ferry that sank on Saturday, officials "
            "said.",
        },
        [
            ("person", "woman", None, {"f-post": "About 120"}, "single"),
            ("person", None, None, {"f-wire": "About 400"}, "single"),
        ],
    ),
    (
        "disaster-kids-and-children",
        "invented: disaster, a toll of children counted as kids by one outlet",
        {
            "k-post": "The fire at the school on Saturday injured 14 kids, officials said.",
            "k-wire": "Officials said 15 children were hurt in the fire at the school on Saturday.",
        },
        [("injured", "child", None, {"k-post": "14", "k-wire": "15"}, "differ")],
    ),
    (
        "migration-a-group-of-everyone",
        "invented: migration, an outlet gives its toll with and without the group (headline "
        "and text): the group is everyone the toll counts",
        {
            "v-post": "At least 40 dead as migrant boat sinks off Pelora. At least 40 migrants "
            "drowned when the boat sank on Saturday, the coast guard said.",
            "v-wire": "The coast guard said 38 migrants drowned off Pelora on Saturday.",
            "v-news": "Some 38 people died when a boat sank off Pelora on Saturday.",
        },
        [
            (
                "death",
                None,
                None,
                {"v-news": "Some 38", "v-post": "At least 40", "v-wire": "38"},
                "differ",
            )
        ],
    ),
    (
        "weather-a-group-of-everyone",
        "invented: weather, a flood toll given as the town's residents",
        {
            "x-post": "Flash floods kill 12 in Dunmore. The floods killed 12 residents of "
            "Dunmore on Saturday, officials said.",
            "x-wire": "Officials said on Saturday that 15 people had died in the Dunmore floods.",
        },
        [("death", None, "Dunmore", {"x-post": "12", "x-wire": "15"}, "differ")],
    ),
    (
        "health-a-group-another-outlet-gives-as-a-part",
        "guard: a group one outlet gives as everyone and another as a part of a larger toll "
        "stays a group",
        {
            "y-post": "Heatwave kills 30. The heatwave killed 30 pensioners in Dunmore on "
            "Saturday, officials said.",
            "y-wire": "Officials said on Saturday that the heatwave had killed 45 people in "
            "Dunmore, including 30 pensioners.",
        },
        [
            ("death", None, "Dunmore", {"y-post": "30", "y-wire": "45"}, "differ"),
            # Keyed "older person": pensioners, the elderly and older people are one
            # group (older_group, test_group_words.py).
            ("death", "older person", "Dunmore", {"y-post": "30", "y-wire": "30"}, "agree"),
        ],
    ),
    (
        "air-aboard-on-the-ground-overall",
        "invented: air, a crash's toll aboard (a headline restating the passengers' toll), "
        "on the ground and overall, never one row",
        {
            "j-post": "180 dead in Orvik jet crash. The jet crashed into houses in Orvik on "
            "Saturday, killing 180 passengers.",
            "j-wire": "The jet crash in Orvik on Saturday killed at least 195 people, officials "
            "said.",
            "j-news": "Officials said up to 15 people on the ground were killed when the jet "
            "crashed in Orvik on Saturday.",
            "j-desk": "The crash in Orvik on Saturday killed 180 passengers and 12 people on "
            "the ground, officials said.",
        },
        [
            ("death", "passenger", "Orvik", {"j-desk": "180", "j-post": "180"}, "agree"),
            ("death", "on the ground", "Orvik", {"j-desk": "12", "j-news": "up to 15"}, "agree"),
            ("death", None, "Orvik", {"j-wire": "at least 195"}, "single"),
        ],
    ),
]


def test_a_group_that_names_the_subject_itself_is_no_group() -> None:
    # invented: weather; "a storm with winds exceeding 180 kph" measures wind speed,
    # and "winds" is no part of it: it meets another outlet's gusts
    story = {
        "a": "Typhoon Lira, a Category 3 storm with winds exceeding 180 kph (112 mph), hit "
        "the coast on Saturday.",
        "b": "Gusts of at least 195 kph were recorded on the coast on Saturday, forecasters said.",
    }
    assert story_rows(story, "subject", "group") == [
        ("wind speed", None, {"a": "exceeding 180 kph", "b": "at least 195 kph"}, "differ"),
        # the storm's category is a fact of its own (tests/facts/test_storm_category.py)
        ("storm category", None, {"a": "Category 3"}, "single"),
    ]


@pytest.mark.parametrize(
    ("story", "expected"),
    [pytest.param(story, rows, id=cid) for cid, _, story, rows in CASES],
)
def test_groups_of_one_story(story: dict[str, str], expected: list[Expected]) -> None:
    assert story_rows(story, "subject", "group", "location") == expected
