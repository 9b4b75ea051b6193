"""The entry models of every data file under ``rules/data``, one pydantic model per kind.

Every line of a data file is a JSON object whose ``kind`` names its model; every model
is frozen and forbids unknown keys, so a typo is an error, never silence. The models
are grouped by what they describe:

* :mod:`.words`: the vocabulary of facts (subjects, events, cues, entities, negations,
  page debris, word classes, plurals, basis cues);
* :mod:`.quantities`: the quantity scanner's words (hedges, currencies, units, name
  cues, streets, count compounds, changes, margins, nationalities) and the number
  words with their values;
* :mod:`.holidays`: the named days news dates by.

:mod:`discrepancy.rules.loader` reads every file through one union of these models.
"""
