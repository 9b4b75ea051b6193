"""Names of sources as news copy writes them: a body in lower case with its field ("the
ministry of health"), a field joined by "and" ("Ministry of Health and Sanitation"), a
body a country has one of ("the army said"), a body named by its owner's possessive
("Berg's campaign"), a headline's common noun that only looks like a name ("Aid agency
says"), a lower-case title before an inverted speaker ("said economist Maria Lopez"),
and no inverted speaker where a subject stands before the cue ("The army said Iran
launched 300"), and "put <anything> at <figure>" as an estimating frame. Invented sentences from many domains (issue #15, session 9)."""

from __future__ import annotations

import pytest

from tests.helpers import sources_found

# (surface, source, how it was found); None twice for a figure no one is credited with.
Found = list[tuple[str, str | None, str | None]]

CASES: list[tuple[str, str, Found, str]] = [
    # id, text, expected facts in text order, provenance
    (
        "field-lower-health",
        "The ministry of health said 57 people had died of cholera.",
        [("57", "Ministry of Health", "stated")],
        "invented (health): a lower-case body named as its capitalised form",
    ),
    (
        "field-lower-education",
        "The ministry of education put the number of closed schools at 340.",
        [("340", "Ministry of Education", "frame")],
        "invented (weather, schools)",
    ),
    (
        "field-lower-two-words",
        "The department of public works said 18 bridges were damaged.",
        [("18", "Department of Public Works", "stated")],
        "invented (transport)",
    ),
    (
        "field-and-sanitation",
        "The Ministry of Health and Sanitation said 230 cases were confirmed.",
        [("230", "Ministry of Health and Sanitation", "stated")],
        "invented (health): 'and' inside a body's name",
    ),
    (
        "field-ampersand",
        "The Department of Roads & Bridges said 14 roads were closed.",
        [("14", "Department of Roads & Bridges", "stated")],
        "invented (transport)",
    ),
    (
        "people-and-not-one-name",
        "Smith and Jones said 300 homes were destroyed.",
        [("300", "Jones", "stated")],
        "invented (weather): two people, no body's head before 'and' (unchanged)",
    ),
    (
        "government-of-place",
        "The government of Norland said 300 homes were destroyed.",
        [("300", "Government of Norland", "stated")],
        "invented (disasters): the body, not its country alone",
    ),
    (
        "sole-government",
        "The government said damage reached $2.4 billion.",
        [("$2.4 billion", "government", "stated")],
        "invented (economy): a body a country has one of",
    ),
    (
        "sole-army-subject",
        "The army said Iran launched 300 drones and missiles.",
        [("300", "army", "stated")],
        "invented (conflict): the name after 'said' with no comma is no speaker",
    ),
    (
        "sole-military",
        "The military said 45 rockets were fired overnight.",
        [("45", "military", "stated")],
        "invented (conflict)",
    ),
    (
        "anaphor-agency-unchanged",
        "The agency said 45 rockets were fired overnight.",
        [("45", None, None)],
        "invented (conflict): a bare 'the agency' with nothing to point back to",
    ),
    (
        "officials-subject-no-inversion",
        "Officials said Kessa launched 20 rockets.",
        [("20", "officials", "stated")],
        "invented (crowds)",
    ),
    (
        "owned-campaign",
        "Berg's campaign said 12,000 volunteers knocked on doors.",
        [("12,000", "Berg's campaign", "stated")],
        "invented (elections): a body named by its owner",
    ),
    (
        "owned-office",
        "The Mayor's office said 2,500 households lost power.",
        [("2,500", "Mayor's office", "stated")],
        "invented (weather)",
    ),
    (
        "owned-lower-owner",
        "The region's office said 2,500 households lost power.",
        [("2,500", None, None)],
        "invented (weather): a common-noun owner names nobody",
    ),
    (
        "headline-aid-agency",
        "Aid agency says 40,000 displaced by floods",
        [("40,000", "Aid agency", "stated")],
        "invented (headline, disasters): no proper name before 'agency'",
    ),
    (
        "national-news-agency",
        "The National News Agency said 14 people were killed.",
        [("14", "National News Agency", "stated")],
        "invented (conflict): the whole name, not 'National'",
    ),
    (
        "named-news-agency",
        "Tasnim news agency said 14 people were killed.",
        [("14", "Tasnim", "stated")],
        "invented (conflict): a proper name before the tail stays the outlet (unchanged)",
    ),
    (
        "place-title-name",
        "Kharkiv regional governor Oleh Syniehubov said 3 people were killed.",
        [("3", "Oleh Syniehubov", "stated")],
        "invented (conflict): a place, a lower-case title, then the name",
    ),
    (
        "place-body-title-name",
        "Gaza health ministry spokesman Ashraf Qudra said 33 people were killed.",
        [("33", "Ashraf Qudra", "stated")],
        "invented (conflict)",
    ),
    (
        "place-body-unchanged",
        "The Arvik health ministry said 33 people were killed.",
        [("33", "Arvik health ministry", "stated")],
        "invented (health): a place before a body gives the body (unchanged)",
    ),
    (
        "anaphor-apposed-name",
        "The relief agency Aidhaven said at least 63 people had been killed. Its "
        "coordinator Lena Brandt said the agency had counted 4,100 homes destroyed.",
        [("at least 63", "Aidhaven", "stated"), ("4,100", "Aidhaven", "frame")],
        "invented (disasters): 'the agency' is the name in apposition, not 'relief agency'",
    ),
    (
        "anaphor-apposed-commas",
        "The aid agency, Relief North, said 2,000 families lacked water. "
        "The agency said 400 wells were polluted.",
        [("2,000", "Relief North", "stated"), ("400", "Relief North", "stated")],
        "invented (health)",
    ),
    (
        "anaphor-common-name-unchanged",
        "The weather agency said 200 mm of rain fell. "
        "On Monday the agency said 14 rivers had burst their banks.",
        [("200 mm", "weather agency", "stated"), ("14", "weather agency", "stated")],
        "invented (weather): a body with no name keeps its common-noun name",
    ),
    (
        "put-damage-at",
        "The government put damage at $2.4 billion.",
        [("$2.4 billion", "government", "frame")],
        "invented (economy): any noun phrase between 'put' and 'at'",
    ),
    (
        "put-crop-losses-at",
        "The ministry of agriculture put crop losses at 18,000 hectares.",
        [("18,000 hectares", "Ministry of Agriculture", "frame")],
        "invented (weather)",
    ),
    (
        "put-cost-hedged",
        "The Transport Department put the cost of repairs at about $3 billion.",
        [("about $3 billion", "Transport Department", "frame")],
        "invented (transport): a hedged figure after 'at'",
    ),
    (
        "put-no-figure",
        "Ana Ruiz said the alarm rang. She put the phone down at 9 pm and 3 people called.",
        [("3", None, None)],
        "guard (crime): 'at 9 pm' is no figure the frame gives",
    ),
    (
        "knowing-sources",
        "Sources close to the investigation said 14 suspects were arrested.",
        [("14", "Sources", "unnamed")],
        "invented (crime): people the text names only by what they know",
    ),
    (
        "knowing-people",
        "People familiar with the matter said the bank would cut 4,000 jobs.",
        [("4,000", "People", "unnamed")],
        "invented (economy)",
    ),
    (
        "knowing-diplomat",
        "A diplomat with knowledge of the plan said 5,000 troops would leave.",
        [("5,000", "diplomat", "unnamed")],
        "invented (conflict)",
    ),
    (
        "quoted-we",
        '"We have counted 43 bodies," said the head of the local hospital, Dr. Ana Ruiz.',
        [("43", "Ana Ruiz", "stated")],
        "invented (disasters): a quotation's 'we' is its speaker, no name",
    ),
    (
        "bare-they",
        "They said 40 people were hurt.",
        [("40", None, None)],
        "invented (crowds): 'they' names nobody",
    ),
    (
        "inverted-economist",
        '"It is the weakest quarter in a decade," said economist Maria Lopez, '
        "who estimated 45,000 jobs were lost.",
        [("estimated 45,000", "Maria Lopez", "stated")],
        "invented (economy): a lower-case title before the inverted name",
    ),
    (
        "inverted-spokeswoman",
        '"Officers made 2,300 arrests," said spokeswoman Ana Ruiz.',
        [("2,300", "Ana Ruiz", "stated")],
        "invented (crime)",
    ),
    (
        "inverted-police-spokesman",
        '"We pulled 19 people from the water," said police spokesman Tom Weir.',
        [("19", "police", "stated")],
        "invented (transport): the body a two-word title names, as before the cue",
    ),
    (
        "inverted-title-comma-unchanged",
        '"At least 40 were hurt," said the county\'s fire chief, Marta Okafor.',
        [("At least 40", "Marta Okafor", "stated")],
        "invented (crowds): the apposed name (unchanged)",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(text, found) for _, text, found, _ in CASES], ids=[c[0] for c in CASES]
)
def test_source_names(text: str, expected: Found) -> None:
    assert sources_found(text) == expected
