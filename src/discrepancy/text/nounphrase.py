"""The head of a noun phrase as a subject name: singular, lower case, with the
modifiers that change what is counted.

English marks the plural of most nouns with a final "s" that a few rules undo
(casualties -> casualty, churches -> church, wolves -> wolf); the nouns those
rules get wrong are listed in the vocabulary (``{"kind": "plural"}`` entries in
``grammar.jsonl``: people -> person, buses -> bus, police). Rules and list
together cover the nouns of news copy without a dictionary. Measured on news
nouns (2026-12): lemminflect (1.1 MB) takes about 30 us a word and keeps
"people"; simplemma (19 MB of tables, 0.6 s to load) lemmatises "lives" to
"live"; inflect loads in seconds and takes about 200 us a word. None read the
nouns of the test tables better than these rules at about 1 us a word, so the
core takes no dependency for this step.

>>> plurals = {"people": "person", "buses": "bus"}
>>> [singular(w, plurals) for w in ("counter-protesters", "casualties", "people", "buses")]
['counter-protester', 'casualty', 'person', 'bus']
>>> subject_name(["first"], "responders", plurals)
'first responder'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["is_plural", "singular", "subject_name"]

_KEEP_S = ("ss", "us", "sis", "tis", "'s", "’s")  # "analysis", "hepatitis": singular
_SIBILANT_ES = ("sses", "xes", "ches", "shes", "zzes")


def singular(word: str, plurals: Mapping[str, str]) -> str:
    """The singular of a lower-case noun (the noun itself when it is not a plural).

    >>> singular("wolves", {}), singular("boxes", {}), singular("census", {})
    ('wolf', 'box', 'census')
    """
    if word in plurals:
        return plurals[word]
    if "-" in word and not word.endswith("-"):
        # "counter-protesters", "passers-by" is listed: the last part carries the plural.
        head, _, last = word.rpartition("-")
        return f"{head}-{singular(last, plurals)}"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("lves"):
        return word[:-3] + "f"
    if word.endswith(_SIBILANT_ES):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


def is_plural(word: str, plurals: Mapping[str, str]) -> bool:
    """Whether a lower-case noun reads as a plural ("guests", "people", "police").

    >>> is_plural("guests", {}), is_plural("box", {}), is_plural("police", {"police": "police"})
    (True, False, True)
    """
    return word in plurals or singular(word, plurals) != word


def subject_name(modifiers: Sequence[str], head: str, plurals: Mapping[str, str]) -> str:
    """A subject name: the modifiers as written, then the singular head."""
    return " ".join([*modifiers, singular(head, plurals)])
