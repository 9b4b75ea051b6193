"""The names of the word classes the code reads, each with what it is for.

Word lists live in the data files (``{"kind": "words", "name": ..., "words": [...]}``
lines); the code reads a class by name with :meth:`Vocabulary.word_class
<discrepancy.Vocabulary.word_class>`. This table is the contract between the two:
an entry whose name is not here is refused when it is loaded (a typo in a user's
file is an error, never silence), and the shipped vocabulary is refused at load
when a name here has no entry (code that would read an empty class).

Add a class by adding its name here, in the section of the stage that reads it, and
its words to a data file with a note on where they come from.
"""

from __future__ import annotations

from collections.abc import Mapping

WORD_CLASSES: Mapping[str, str] = {
    # ----------------------------------------------------------------- text
    "abbreviation": 'abbreviations whose dot does not end a sentence ("gov", "u.s", "p.m")',
    "speech_tag_verb": "verbs of a speech tag a quotation ending in ! or ? runs on into "
    '("said", "asked")',
    # ----------------------------------------------------------------- articles
    "channel_word": "words after an outlet's name in a footer that describe the channel, "
    'not the outlet ("english", "telegram", "readers")',
    # ----------------------------------------------------------------- mentions
    # ----------------------------------------------------------------- facts
    "function": "words that end a noun phrase: determiners, prepositions, auxiliaries, "
    "pronouns, conjunctions",
    "linking": 'verbs and phrases that join a noun phrase before a figure to it ("rose by")',
    "transitive": "verbs whose figure is their object, the thing counted being elided "
    '("social assistance gained 18,000")',
    "change": 'nouns of a change ("a gain of 106,000")',
    "whole": 'heads that hand their count to the phrase after "of" ("number", "ranks")',
    "dropped": 'modifiers that do not change what is counted ("other", "more", "new")',
    "not_counted": 'nouns a figure never counts: time units, ages, page furniture ("years")',
    "inhabitants": "nouns that after a place's possessive count its population "
    '("Mayotte\'s 320,000 residents")',
    "speaker_title": 'titles before a person\'s name in a credit ("Mayor", "Gen.")',
    "speaker_role": 'roles that name a speaker without a name ("a local official")',
    "outlet_tail": 'common nouns that end an outlet\'s description ("Tasnim news agency")',
    "not_a_source": 'words that open a credit but are no part of a name ("the", "however")',
    "organisation_head": 'head nouns of bodies that give figures ("ministry", "police")',
    "name_joiner": 'lower-case words inside proper names ("Ministry of Health", "bin")',
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
    "duration_unit": 'units of time, which no count of a thing is measured in ("hours")',
    "fronted_total": 'heads of a fronted whole any part may be of ("Of the total, ...")',
    "not_place_name": 'capitalised words of names that are no places ("Highway", "Senate")',
    # ----------------------------------------------------------------- comparison
    # ----------------------------------------------------------------- report
}
