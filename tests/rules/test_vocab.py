"""The vocabulary: validated data, loaded once, extensible without code."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from discrepancy import Vocabulary, VocabularyError
from tests.helpers import ROOT

ALIASES = [
    # alias, canonical
    ("Kiev", "Kyiv"),
    ("Kyiv", "Kyiv"),
    ("Zelenskyy", "Zelensky"),
    ("Zelenskiy", "Zelensky"),
    ("Volodymyr Zelensky", "Zelensky"),
    ("Sibiga", "Sybiha"),
    ("Andrey Sibiga", "Sybiha"),
    ("Andrii Sybiha", "Sybiha"),
    ("Ukraine's air force", "Ukrainian Air Force"),
    ("the air force", "Ukrainian Air Force"),
    ("Russian forces", "Russia"),
    ("Kerr County", "Kerr County"),
]


@pytest.mark.parametrize(("alias", "name"), ALIASES, ids=[a for a, _ in ALIASES])
def test_entity_aliases(alias: str, name: str) -> None:
    assert Vocabulary.default().canonical_entity(alias) == name


SUBJECT_FORMS = [
    ("UAV", "drone"),
    ("Shahed", "drone"),
    ("drones", "drone"),
    ("guided bombs", "guided bomb"),
    ("cruise missiles", "cruise missile"),
    ("fatalities", "death"),
    ("dead", "death"),
    ("wounded", "injured"),
    ("demonstrators", "person"),
    ("evacuees", "person"),
    ("regions", "region"),
    ("structures", "building"),
    ("houses", "home"),
]


@pytest.mark.parametrize(("form", "subject"), SUBJECT_FORMS, ids=[f for f, _ in SUBJECT_FORMS])
def test_subject_forms(form: str, subject: str) -> None:
    assert Vocabulary.default().subject_for_form(form) == subject


EVENT_FORMS = [
    ("fired", "launched"),
    ("unleashed", "launched"),
    ("shot down", "intercepted"),
    ("downed", "intercepted"),
    ("struck", "hit"),
    ("detained", "arrested"),
    ("marched", "attended"),
    ("killed", "killed"),
]


@pytest.mark.parametrize(("form", "event"), EVENT_FORMS, ids=[f for f, _ in EVENT_FORMS])
def test_event_forms(form: str, event: str) -> None:
    assert Vocabulary.default().event_for_form(form) == event


def test_default_is_loaded_once_across_threads() -> None:
    Vocabulary._default = None
    seen: list[Vocabulary] = []
    threads = [threading.Thread(target=lambda: seen.append(Vocabulary.default())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(v) for v in seen}) == 1


def test_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"kind": "subject", "name": "tank", "forms": ["tanks"]}\n'
        '{"kind": "subject", "name": "ship", "froms": ["ships"]}\n',
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError, match=r"mine\.jsonl:2: .*froms"):
        Vocabulary.default().extended(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"kind": "weather", "name": "x"}', "kind"),
        ('{"kind": "negation", "pattern": "no (", "subject": "death"}', "regular expression"),
        ('{"kind": "cue", "phrase": "said", "role": "speaker"}', "role"),
        ('{"kind": "entity", "name": "X", "type": "planet"}', "type"),
        (
            '{"kind": "entity", "name": "X", "type": "place", "country": "France"}',
            "only an organization stands for a country",
        ),
        (
            '{"kind": "entity", "name": "X", "type": "organization", "country": "Atlantis"}',
            "its country 'Atlantis' is no country entity",
        ),
        (
            '{"kind": "entity", "name": "X", "type": "organization", "country": "Paris"}',
            "its country 'Paris' is no country entity",
        ),
    ],
    ids=[
        "bad json",
        "unknown kind",
        "bad regex",
        "bad role",
        "bad entity type",
        "country on a place",
        "unknown country",
        "country names a city",
    ],
)
def test_bad_lines_raise(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=message):
        Vocabulary.default().extended(path)


def test_missing_file_is_a_vocabulary_error(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="cannot read"):
        Vocabulary.default().extended(tmp_path / "absent.jsonl")


def test_extended_returns_a_new_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "extra.jsonl"
    path.write_text(
        "// comments and blank lines are allowed\n\n"
        '{"kind": "entity", "name": "Mykolaiv", "type": "place", "aliases": ["Nikolaev"]}\n'
        '{"kind": "event", "name": "launched", "forms": ["hurled"]}\n',
        encoding="utf-8",
    )
    base = Vocabulary.default()
    grown = base.extended(path)
    assert grown is not base
    assert grown.canonical_entity("Nikolaev") == "Mykolaiv"
    assert base.canonical_entity("Nikolaev") is None
    assert grown.event_for_form("hurled") == "launched"
    assert grown.event_for_form("fired") == "launched"


def test_from_entries_validates() -> None:
    with pytest.raises(VocabularyError, match="entries entry 1"):
        Vocabulary.from_entries([{"kind": "subject", "forms": ["x"]}])
    v = Vocabulary.from_entries([{"kind": "cue", "phrase": "tweeted"}])
    assert v.cue("tweeted") is not None
    assert v.subject_for_form("drones") is None


def test_shipped_files_are_valid_jsonl() -> None:
    from discrepancy.rules.vocab import _DATA_FILES

    folder = ROOT / "src" / "discrepancy" / "rules" / "data"
    for name in _DATA_FILES:
        assert Vocabulary.from_entries([]).extended(folder / name).entries


def test_capitals_come_from_country_entries_and_extend() -> None:
    from discrepancy import Vocabulary

    v = Vocabulary.default()
    assert (v.capital("Ukraine"), v.capital("Kiev"), v.capital("Kharkiv")) == ("Kyiv", "Kyiv", None)
    extended = v.extended(
        [{"kind": "entity", "name": "Freedonia", "type": "country", "capital": "Fredville"}]
    )
    assert extended.capital("Freedonia") == "Fredville"
    assert extended.capital("Fredville") == "Fredville"


def test_a_word_class_the_code_does_not_read_is_refused() -> None:
    with pytest.raises(VocabularyError, match="unknown word class 'linkng'"):
        Vocabulary.default().extended([{"kind": "words", "name": "linkng", "words": ["soared"]}])
    with pytest.raises(VocabularyError, match="no word class 'verbs'"):
        Vocabulary.default().word_class("verbs")


def test_a_declared_word_class_can_be_extended_by_users() -> None:
    extended = Vocabulary.default().extended(
        [{"kind": "words", "name": "linking", "words": ["Ballooned To"], "note": "a user's verb"}]
    )
    assert "ballooned to" in extended.word_class("linking")
    assert "ballooned to" not in Vocabulary.default().word_class("linking")


def test_extended_body_stands_for_its_country() -> None:
    """A body a user adds with a ``country`` is its own source and acts as its country."""
    v = Vocabulary.default().extended(
        [
            {
                "kind": "entity",
                "name": "Matignon",
                "type": "organization",
                "aliases": ["Matignon", "Hotel Matignon"],
                "country": "France",
            }
        ]
    )
    got = [
        (v.canonical_entity(a), v.country_of(a), v.actor(a)) for a in ("Hotel Matignon", "Paris")
    ]
    assert got == [("Matignon", "France", "France"), ("Paris", None, None)]
