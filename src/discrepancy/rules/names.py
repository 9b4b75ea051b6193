"""The names the code reads from the data, each with what it is for: word classes,
subjects and events.

Word lists live in the data files (``{"kind": "words", "name": ..., "words": [...]}``
lines); the code reads a class by name with :meth:`Vocabulary.word_class
<discrepancy.Vocabulary.word_class>`. This table is the contract between the two:
an entry whose name is not here is refused when it is loaded (a typo in a user's
file is an error, never silence), and the shipped vocabulary is refused at load
when a name here has no entry (code that would read an empty class).

Add a class by adding its name here, in the section of the stage that reads it, and
its words to a data file with a note on where they come from.

The same contract holds for the subjects and events the code names as strings
(``d.subject == "person"``, ``event = "deployed"``): each is declared in
:data:`SUBJECTS` or :data:`EVENTS`, and the shipped vocabulary is refused at load when
one of them has no entry (code that would test for a name no entry can give). A test
reads the source for such strings and fails on one that is not declared. Events the
code makes itself, which no entry defines, are declared in :data:`MADE_EVENTS`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from .._exceptions import VocabularyError

WORD_CLASSES: Mapping[str, str] = {
    # ----------------------------------------------------------------- rules
    "place_type": 'words that say what kind of place a name is ("Marsa Province" is "Marsa"), '
    "read through rules/families.py",
    # ----------------------------------------------------------------- text
    "abbreviation": 'abbreviations whose dot does not end a sentence ("gov", "u.s", "p.m")',
    "speech_tag_verb": "verbs of a speech tag a quotation ending in ! or ? runs on into "
    '("said", "asked")',
    # ----------------------------------------------------------------- articles
    "channel_word": "words after an outlet's name in a footer that describe the channel, "
    'not the outlet ("english", "telegram", "readers")',
    # ----------------------------------------------------------------- mentions
    "noun_stop": 'words that end the noun a figure counts ("200 were killed" stops at "were")',
    "figure_past_verb": "verbs in the past that end the noun a figure counts "
    '("Thousands lost power")',
    "invariant_plural": 'nouns plural without an ending, their own singular ("300 police")',
    "participle_noun": 'participles that name a toll\'s people after a figure ("75 wounded")',
    "label_word": 'nouns after which a figure is a label, no count ("seat 12C", "gate 4")',
    "label_plural_after": 'words before a plural label word that make it a noun ("of flights 171")',
    "weekday_name": 'weekday names and abbreviations, after which a figure is a date ("Sat 12")',
    "determiner_before_one": 'words before "one" that make it a pronoun ("no one", "the one")',
    "duration_unit_name": 'units of time after which "over" is a span ("over 10 years")',
    "year_prefix": 'words a hyphen joins to a year, which is then no figure ("mid-1990s")',
    "date_preposition": 'prepositions before digits with a slash that make them a date ("on 3/4")',
    "below_prefix": 'prefixes a hyphen joins to a figure that bound it from above ("sub-200")',
    "now_prefix": 'words a hyphen joins to an age that say when it held ("now-9-year-old")',
    "particle_verb": 'verbs whose "up"/"down" is a particle, no change ("takes up a fifth")',
    "metre_event": 'race nouns after which "200m" is a distance, not millions ("200m finals")',
    "document_noun": 'nouns after which "13F" is a form\'s name, not a temperature ("13F filing")',
    "rating_word": 'words before a figure that make it a rating on a scale ("a Category 4 storm")',
    "rating_word_before_noun": "words before a figure that make it a rating when a rating noun "
    'follows ("a level 3 alert", "a Force 9 gale")',
    "rating_noun": 'nouns after a figure that make the word before it a scale ("level 3 alert")',
    "bare_scores_before": 'words before a bare "scores" that make it a vague figure '
    '("killing scores")',
    "bare_scores_after": 'words after a bare "scores" that make it a vague figure '
    '("Scores were hurt")',
    "service_noun": 'transport nouns after which "the" and a number name a route ("the 38 bus")',
    "threshold_hedge": 'hedges that make a change\'s figure a level ("fell below $30,000")',
    "point_noun": 'nouns that make a figure with no unit a measure ("down 2 points")',
    "ordinal_word": 'ordinal words, a fraction or no figure ("a third", "the third day"), '
    "read through rules/numbers.py",
    "ahead_cue": 'words that make a date without a year one still to come ("will", "starts")',
    "ahead_to_cue": 'words that make a date still to come only before "to" ("plans to")',
    "report_period_cue": 'nouns of figures by period that make "the first half" a half-year',
    "game_period_cue": 'words of games that keep "the first half" a part of a match ("scored")',
    "cue_determiner": 'determiners that make a tense cue a noun ("the start of March")',
    "past_verb": 'irregular past verbs that make a date without a year a past one ("fell")',
    "hedge_verb": 'hedges that are verbs, a bound only as a verb ("cases top 200", "the top 10")',
    "hedge_verb_blocker": 'words after which a verb hedge is an adjective ("the top 10")',
    "age_cue": 'words before a figure that make it an age ("aged 5 to 14")',
    "age_group_noun": 'nouns of people a hedged age may follow ("children under five")',
    "age_hedge": 'hedges that bound an age after a noun of people ("people over 65")',
    "object_hedge_verb": "verb hedges that are a bound only with no noun after the figure "
    '("passed 1,000", "passed 12 bills")',
    # ----------------------------------------------------------------- facts
    "severity_critical": "words after an injured count, in its clause, for the gravest cases "
    '("in critical condition", "in intensive care"): group critical, read by facts/people.py',
    "severity_serious": "words after an injured count, in its clause, for serious cases "
    '("in serious condition", "seriously hurt"): group serious, read by facts/people.py',
    "severity_negator": 'words right before a grade of injury that deny it ("none '
    'seriously"), read by facts/people.py',
    "ground_scope": "phrases after a toll that count the victims on the ground apart from "
    '("dozens on the ground"), read by facts/people.py',
    "ground_scope_not_before": 'words after "on the ground" that make it no scope of a toll '
    '("the ground floor")',
    "people_part_noun": "nouns of people by age or sex, whose count is a group of people, "
    'never all of them ("40 children", "100 women were aboard"); read by facts/people.py',
    "function": "words that end a noun phrase: determiners, prepositions, auxiliaries, "
    "pronouns, conjunctions",
    "linking": 'verbs and phrases that join a noun phrase before a figure to it ("rose by")',
    "cue_noun": "words of speech or report cues that are nouns right before a linking verb "
    '("Unemployment claims climbed to 231,000")',
    "complement_verb": "verbs whose object is a clause with its own linking verb "
    '("figures showed exports rose to")',
    "perfect_auxiliary": "auxiliaries and adverbs between a noun phrase and its linking verb "
    '("cases has risen to", "claims have now climbed to")',
    "transitive": "verbs whose figure is their object, the thing counted being elided "
    '("social assistance gained 18,000")',
    "change": 'nouns of a change ("a gain of 106,000")',
    "whole": 'heads that hand their count to the phrase after "of" ("number", "ranks")',
    "sector_head": 'words after a sector that still name it ("the retail sector", "construction '
    'payrolls"; facts/passes/sectors.py)',
    "sector_count": "what a sector's count counts after the sector in one noun phrase "
    '("manufacturing employment", "government payroll"; facts/passes/sectors.py)',
    "sector_adverb": 'adverbs between a sector and its verb ("health care alone added '
    '41,000"; facts/passes/sectors.py)',
    "sector_lead": "connectives and bullets before a sector at the head of its clause "
    '("Meanwhile, the retail sector lost"; facts/passes/sectors.py)',
    "activity_head": 'heads that name a sector, which a count never counts itself ("temp work '
    'was down by 4,400")',
    "dropped": 'modifiers that do not change what is counted ("other", "more", "new")',
    "whole_quantifier": "quantifiers that make the phrase after a measure everyone it covers, "
    'no group ("for all workers")',
    "not_counted": 'nouns a figure never counts: time units, ages, page furniture ("years")',
    "inhabitants": "nouns that after a place's possessive count its population "
    '("Mayotte\'s 320,000 residents")',
    "classifier": 'nouns that hand their count to the phrase after "of" when it follows a '
    'figure ("two cases of abduction", "31 incidents of arson")',
    "breakdown": "verbs that break a group of people down into the counts listed after "
    'them ("the passengers included 40 French nationals")',
    "origin_noun": "singular nouns that say where a person is from, counted in a breakdown "
    '("the passengers included one Canadian national")',
    "carrying": "words that make the people broken down after them a vehicle's passengers "
    '("the flight carried 242 people, including 169 Indian nationals")',
    "amassing": 'verbs before an amount of time that measures the phrase after "of" '
    '("had 8,200 hours of flying experience")',
    "speculation": 'words that open a further guess at the count before ("maybe a thousand", '
    '"even thousands")',
    "people_verb": 'verbs a headline puts right after a bare count of people ("Millions face '
    'travel chaos", "Thousands queue for water"): the count is people',
    "guess": "adverbs of a guess that make the figure after them in its clause approximate "
    '("perhaps 300 people", "could possibly reach 500")',
    "disease": 'illnesses whose cases stay counts of an outbreak ("14 cases of cholera")',
    "speaker_title": "titles and roles of a speaker, before a name or in place of one, in a "
    'credit or a quotation\'s ("Mayor", "Gen.", "a local official", "the spokesman said")',
    "outlet_tail": 'common nouns that end an outlet\'s description ("Tasnim news agency")',
    "not_a_source": 'words that open a credit but are no part of a name ("the", "however")',
    "organisation_head": 'head nouns of bodies that give figures ("ministry", "police")',
    "name_joiner": 'lower-case words inside proper names ("Ministry of Health", "bin")',
    "acronym_joiner": "lower-case words of a body's name its acronym skips "
    '("Council on Road Safety (GCRS)")',
    "speaker_place_preposition": "prepositions before a place that qualifies a speaker "
    '("officials in British Columbia")',
    "clause_opener": "words that open a clause, where a body's name read backwards stops",
    "speech_adverb": 'words between a speaker and its cue that are no part of its name ("also")',
    "phrase_stop": 'words that end the noun phrase after a figure ("in", "since")',
    "toll_auxiliary": 'words between a toll\'s figure and its verb ("may have", "feared")',
    "toll_filler": 'words between a toll\'s verb and its figure ("killing all 72")',
    "locative": 'words after which a figure\'s place is named ("in", "across", "hit")',
    "scene_locative": "more words after which a sentence with no figure names its scene "
    '("through")',
    "naming_locative": 'locatives after which any capitalised name is a place ("in Brest")',
    "place_filler": 'words between a locative and a place\'s name ("the capital of")',
    "offshore_locative": 'words after which a place at sea is named ("sank off Spain")',
    "shore_filler": 'words between a locative and the place whose shore they are ("the coast of")',
    "route_word": 'words right before "to" that make its place a destination, not where a '
    'figure happened ("bound to Italy", "en route to")',
    "duration_unit": 'units of time, which no count of a thing is measured in ("hours")',
    "fronted_total": 'heads of a fronted whole any part may be of ("Of the total, ...")',
    "not_place_name": 'capitalised words of names that are no places ("Highway", "Senate")',
    "not_place_word": "capitalised words that are never a place's name: months, weekdays, "
    'opening determiners ("May", "The")',
    "strong_crowd": 'groups an "N-strong" figure sizes in people ("crowd", "rally")',
    "strong_force": 'groups an "N-strong" figure sizes in troops ("force", "battalion")',
    "aside_participle": 'participles that open an aside clause after a comma ("built", "founded")',
    "span_back": 'phrases opening a time that stretches back ("since", "in the past")',
    "month_report_noun": "words after a bare month name that make it the month of the figure "
    '("June payrolls", "June job gains were revised", "and June revised down")',
    "anterior_auxiliary": "auxiliaries of the past perfect between a dated statement and its "
    'figure: the figure is of the event before the statement ("said on Sunday it had '
    'intercepted 99%")',
    "earlier_link": "words between the first time of a sentence and a later one that make "
    'the later an earlier aside, which dates its own figure alone ("cut 7,000 jobs last month '
    'after losing 9,000 in June")',
    "conjunct_opener": "coordinators right before a time that open a new conjunct: the time "
    'dates its own conjunct, not a figure before it ("300 homes on Saturday and on Sunday '
    'another 120")',
    "event_opening": 'words naming the first day or week of the story\'s event ("the opening day")',
    "calendar_noun": 'calendar nouns after "the first day of" ("the month"): no event day',
    "event_start_verb": 'verbs that start the story\'s event before its day ("began on Tuesday")',
    "running_cue": 'words that make a figure a running total, which a "since" window before '
    'it dates ("so far", "in total")',
    "year_on_year": "phrases that make a figure a change over the 12 months to the report's "
    'month ("year over year", "from a year earlier")',
    "antecedent_body": 'heads of a body a bare "the ministry" points back to ("ministry")',
    "placed_body": 'more heads of a body a place after it qualifies ("police in Ohio")',
    "sole_body": 'bodies a country has one of, a source by their bare name ("the army said")',
    "owned_body": "bodies named by their owner's possessive (\"Berg's campaign said\")",
    "name_conjunction": "words that join two fields inside a body's name "
    '("Health and Sanitation")',
    "body_qualifier": 'common nouns that name what a body does ("aid agency", "weather service")',
    "place_group_noun": "plural nouns after a region's name that make it a group of places, "
    'no place ("the Gulf states", "the Baltic countries")',
    "bare_place_noun": 'common nouns of places that alone, capitalised, name none ("At Port,")',
    "knowing_party": "words for people the text does not name, a source only with what they "
    'know ("people familiar with the matter")',
    "place_adjective": "adjectives between a locative and a place's name that say where it "
    'lies ("in neighbouring Vell", "in nearby Ostra")',
    "np_preposition": "prepositions that open a phrase inside a noun phrase before its verb "
    '("in", "among")',
    "agent_preposition": "prepositions that open such a phrase only after a participle "
    '("fines collected by the city")',
    "irregular_participle": 'past participles not ending in -ed ("paid", "set", "sold")',
    "forecast_auxiliary": "words between the forecasters of a relative clause and its verb "
    '("had", "widely")',
    "revision_verb": 'verbs that revise a figure: the figure after their "from" with no "to" '
    'figure is the one replaced ("revised the toll from 52")',
    "people_basis_cue": "basis cues that name people, not a kind of count: a basis before a "
    'figure ("forecasters expected"), never as the source named after it',
    "quote_speech_verb": 'verbs that tie a quotation to its speaker ("said", "replied")',
    "forward_cue": 'first words of cues that give the figure after them ("putting", "counted")',
    "telling_cue": 'cues after which the party named is the outlet spoken to ("told")',
    "only_one": 'adjectives that make a singular toll noun a count of one ("the sole survivor")',
    # elections (facts/candidates.py, facts/passes/votes.py)
    "candidate_title": 'words between a party and its candidate ("Green candidate Maya '
    'Okafor", "its nominee, Tom Reyes")',
    "rate_noun_determiner": "words before a percentage that make it modify the noun after it "
    '("a 4% pay rise", "the 3.5% wage offer"), read by facts/passes/open_subjects.py',
    "rate_change_noun": "nouns of a change a percentage modifies, besides the class change "
    '("a 20% cut in the subsidy", "a 5% fare hike"): the figure measures what changed',
    "bare_vote_word": 'words of election_context that a deciding body uses too ("voted"): '
    "an election only where no deciding_body stands in the paragraph, read by "
    "facts/passes/votes.py",
    "deciding_body": 'bodies that vote on a decision, not in an election ("committee", '
    '"board", "shareholders"), read by facts/passes/votes.py',
    "verb_adverb": "adverbs between a verb and its figure, or a noun and its verb, of one or "
    'two words ("cases are now above 3,400", "deaths have so far reached 12"), read by '
    "facts/nounphrases.py",
    "lost_not_destroyed": 'heads of subjects whose loss destroys nothing ("journeys lost", '
    '"lost fares", "jobs lost"), read by facts/passes/events.py',
    "revising_verb": "verbs of revising a count, whose object says what the figure after "
    '"from" or "to" counts ("lowered the crowd count from 9,000"), read by '
    "facts/passes/open_subjects.py",
    "place_people": "nouns for the people of a city or region, which the entity data has "
    'no adjective for ("Londoners", "Muscovites"): a count of them counts people, read by '
    "facts/passes/counted.py",
    "target_noun": 'nouns of a level aimed at after a percentage ("its 2% target", "the '
    "bank's 2% goal\"): the subject target, read by facts/passes/open_subjects.py",
    "election_context": 'words that make a sentence one about an election ("vote", '
    '"by-election"): a bare share a contestant owns there is a share of the vote',
    "voter_noun": 'nouns of the people who may vote ("voters", "electorate"): a share of '
    "them who cast a ballot is turnout",
    "contestant_noun": 'nouns that describe a contestant the text does not name ("the ruling '
    'party", "the Yes side")',
    "seat_loss_verb": 'verbs of losing right before a count of seats or votes ("lost 48 '
    'seats"): a change down',
    "office_title": 'offices a party\'s people hold ("Labour leader Keir Starmer"): an office '
    "holder beside the party's candidate makes no primary",
    "party_name_head": 'words that end a party\'s name ("National Rally", "Social Democrats")',
    "contest_verb": 'verbs a contestant\'s figure follows ("won", "came"): the capitalised word '
    "before one opens a contestant's name",
    "race_verb": 'verbs of one contestant against another before a pair of figures ("Smith '
    "led Jones 52% to 46%\"): the first figure is the first name's",
    "voting_verb": 'verbs of casting a ballot ("cast", "voted"): a share of voters before '
    "one is turnout",
    "count_verb_cue": 'cues that are also a count\'s verb ("added"): speech only when no '
    "figure is their object",
    "cue_noun_determiner": "words before a one-word cue that make it a noun or an agentless "
    'passive, not a speech ("the estimate", "were reported")',
    "release_body": 'words of the name of a body whose release an article writes up ("Labor '
    'Department", "statistics office"): its statement carries whatever it counts',
    "frame_cue": 'first words of cues that frame an estimate or a count ("estimated", "put", '
    '"documented"): the source is found as a frame',
    "unnamed_source": 'head nouns of sources the text does not name ("some reports", "economists")',
    "forecast_verb": 'verb forms of the forecast cues ("expects", "predicted"): the words before '
    "them name a forecaster, never an expectation",
    "agentless_report": 'a report with no reporter ("were reported", "incidents reported in"): '
    "in the write-up of one body's release, the figure is that body's",
    "evidence_cue": 'speech cues whose subject is a document ("data from the office showed"): '
    "they credit only the body of an evidence_noun",
    "evidence_noun": 'documents an evidence_cue has for subject ("data", "results"): the body '
    'after "from", "by" or "of" is the source',
    "not_a_basis": 'phrases that open with a basis cue but name no kind of count ("polling '
    'stations"): the basis pass skips them',
    "harm_tally": 'subjects that are parts of one toll of harm ("death", "missing"): a source '
    "carries from one to another",
    "report_adverb": 'adverbs that mark a figure as reported by no one named ("reportedly '
    'carrying 300"): the figure is credited to unnamed reports',
    "shown_media": 'nouns of pictures and documents that make a media credit cue ("shared '
    'by", "provided by") name the source ("footage shared by the police")',
    "media_credit": "first words of the cues that credit the body handing out a picture or "
    'document ("shared", "provided"): a cue only after a shown_media noun',
    "level_reached": 'words between "to" and the level a move reaches ("rose 5% to a record '
    '$41 billion", "to close at $41.20")',
    "level_before": 'words between "from" and the level a move went from ("down from a '
    'revised 14,000", "from an initially reported 147,000")',
    # rates and indices (facts/passes/rates.py)
    "rate_level_verb": 'verbs that before "at" and a percentage state where a rate stands, no '
    'event ("core inflation held at 3.0%")',
    "rate_subject": 'subjects of the rates a story is about, which a bare "the annual rate" '
    "stands for",
    "generic_rate": 'nouns of a rate that do not say which rate ("the annual rate", "the '
    'headline rate")',
    "price_rate_subject": "subjects whose percentage change over a period is a rate's level "
    '("consumer prices rose 2.8%" is the inflation rate)',
    "price_comparative": 'comparatives of price after a percentage ("4.5% dearer"): the figure '
    "measures a price",
    "target_cue": "words right before a percentage that make it a level aimed at, a forecast "
    '("which targets 2%")',
    "price_noun": 'last words of a subject that names a price already ("petrol prices")',
    "rate_group_head": 'nouns of people that end the group a rate is of ("unemployment among '
    'young people")',
    # ----------------------------------------------------------------- comparison
    "place_part": 'words for a part of a place between two names ("the Marlow area of '
    'Brenton", "Orvik town in Norland"), read with place_type by comparison/places.py',
    "ground_noun": 'nouns for the streets of a place, which name it with no locative ("filled '
    'the streets of Lyon", "the Parisian pavement"), read by facts/placenames.py',
    "water_body": 'words that make a place name a sea ("Ionian Sea", "Gulf of Kessa", '
    '"Mediterranean"): a position off a shore, not a part of a country, read by '
    "comparison/places.py and facts/placenames.py",
    "unit_only_subject": 'subjects that name only the unit of a figure ("share", "money"): '
    "with no event, two such figures that differ are two figures, never a discrepancy; "
    "read through rules/families.py",
    "momentary_event": 'events that are acts of one moment ("launched", "intercepted"), '
    'not states read at a time ("without power"): a figure of one given on the day after '
    "a night was told then, read by comparison/window_joins.py",
    "place_count_subject": "subjects that count the places where the story's events happen "
    '("protests across 17 counties"): keyed by the places, not by the verb, in '
    "comparison/splits.py",
    "place_count_event": "events that say the story's event happened in the places a place "
    "count counts (hit, held, voted): such counts are one count whatever the verb; other "
    "events keep their rows, in comparison/splits.py",
    "child_group": 'words for people under 18 that key one group with "child" ("minors", '
    '"kids", "under-18s"), read by comparison/entries.py',
    "civilian_group": 'words for civilians that key one group with "civilian" '
    '("non-combatants"), read by comparison/entries.py',
    "older_group": 'words for older people that key one group ("the elderly", "older '
    'people", "pensioners"), read by comparison/entries.py',
    "student_group": 'words for people at a school that key one group with "student" '
    '("pupils", "schoolchildren"), read by comparison/entries.py',
    "foreigner_group": "words for people of other nationalities that key one group with "
    '"foreigner" ("foreign nationals"), read by comparison/entries.py',
    "demonym_noun": 'nouns for a country\'s people other than its adjective ("Britons", '
    '"Poles"): a group of that nationality, read by comparison/entries.py',
    # ----------------------------------------------------------------- report
}

SUBJECTS: Mapping[str, str] = {
    # ----------------------------------------------------------------- facts
    "death": "a toll whose event is its own; a zero toll in words turns it into people",
    "injured": "a toll whose event is its own",
    "missing": "a toll whose event is its own",
    "arrest": "a toll: a count of people detained",
    "survivor": "a toll whose people are kept as its group",
    "person": "a count of people, which a governing verb turns into a toll",
    "passenger": "what the people a vehicle carried count in a breakdown by nationality",
    "population": "a place's inhabitants after its possessive (\"Mayotte's 320,000 residents\")",
    "troop": 'what an "N-strong" force counts',
    "drone": "a weapon counted in air-defence tallies",
    "missile": "a weapon counted in air-defence tallies",
    "cruise missile": "a weapon counted in air-defence tallies",
    "ballistic missile": "a weapon counted in air-defence tallies",
    "guided bomb": "a weapon counted in air-defence tallies",
    "bomb": "a weapon counted in air-defence tallies",
    "shell": "a weapon counted in air-defence tallies",
    "aerial target": "what a tally of mixed weapons counts (drones and missiles together)",
    "location": "places hit, for a figure of weapons that hit places",
    "vote": "a vote figure, which takes a party",
    "vote share": "a vote figure, which takes a party",
    "seat": "a vote figure, which takes a party",
    "share": "a percentage no noun names; a contestant's share in an election is a vote share",
    "turnout": "a share of voters who cast a ballot",
    "points margin": 'a lead in points in a story about a vote ("a 4-point lead"): a margin '
    "of vote share in percentage points",
    "target": "a level aimed at, which the rates pass gives a figure after a target cue",
    "magnitude": "a quake's magnitude, measured in magnitude however it is given",
    "job": "what a count of jobs, positions or payrolls counts (its family); a sector that adds "
    "or cuts them is its group",
    # ----------------------------------------------------------------- comparison
    # ----------------------------------------------------------------- report
}

EVENTS: Mapping[str, str] = {
    # ----------------------------------------------------------------- facts
    "launched": "weapons sent; people cannot be launched, they are deployed",
    "deployed": "what people were when a verb of launching governs them",
    "intercepted": "an air-defence event, which keeps a weapon's figure apart",
    "jammed": "an air-defence event, which keeps a weapon's figure apart",
    "hit": "places struck; weapons that hit places count the places",
    "killed": "the event of a death toll",
    "attended": "a crowd's event",
    "organized": 'events held or planned; a figure that counts nothing held ("the rate held '
    'at 4.2%") was not organised',
    "destroyed": "buildings and things destroyed; a loss of what cannot be destroyed "
    '("journeys lost", "lost fares") is none',
    "estimated": 'amounts put or valued at a figure ("damage estimated at $2bn"); a count whose '
    'subject implies its event ("deaths estimated at 500": killed) takes that event instead',
    # ----------------------------------------------------------------- comparison
    # ----------------------------------------------------------------- report
}

MADE_EVENTS: Mapping[str, str] = {
    # ----------------------------------------------------------------- facts
    "total": 'the whole that figures of its parts belong to ("Of the 42 miners, 35 were '
    'rescued"); the code sets it, no entry defines it',
}


def check_declared(
    word_classes: Collection[str], subjects: Collection[str], events: Collection[str]
) -> None:
    """Refuse data that lacks a word class, subject or event the code reads by name.

    Args:
        word_classes: the word classes the data fills.
        subjects: the subjects the data defines.
        events: the events the data defines.

    Raises:
        VocabularyError: a name declared here has no entry.

    >>> try:
    ...     check_declared(WORD_CLASSES, SUBJECTS, [e for e in EVENTS if e != "jammed"])
    ... except VocabularyError as err:
    ...     print(err)
    the shipped data has no events ['jammed'], which rules/names.py declares
    """
    missing = {
        "words for the classes": set(WORD_CLASSES) - set(word_classes),
        "subjects": set(SUBJECTS) - set(subjects),
        "events": set(EVENTS) - set(events),
    }
    problems = [f"no {what} {sorted(names)}" for what, names in missing.items() if names]
    if problems:
        raise VocabularyError(
            f"the shipped data has {'; '.join(problems)}, which rules/names.py declares"
        )
