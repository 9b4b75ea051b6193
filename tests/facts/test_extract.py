"""The ``extract()`` API: text or article in, its errors, a user's vocabulary; its
contract, on seeds and on generated text: every scanned mention is a fact or rejected;
and the fields of a fact in JSON and golden records."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Article, Fact, InputError, SubjectBasis, extract
from discrepancy.facts.extract import extract as _extract
from discrepancy.mentions.quantities import scan
from discrepancy.models import Extraction
from discrepancy.report.golden import fact_record
from discrepancy.text.gate import reading_copy
from tests.facts.test_seeds import PUBLISHED, seed
from tests.helpers import SEEDS, extract_text, fact_covering


def test_string_input_and_published_override() -> None:
    ex = _extract("Police said 120 people were arrested.", published=date(2024, 1, 2))
    assert ex.article.id == "text"
    assert ex.article.published == date(2024, 1, 2)
    assert ex.facts[0].subject == "arrest"
    assert ex.statements == ()


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(InputError):
        extract(42)  # type: ignore[arg-type]


def test_custom_vocabulary_adds_a_subject() -> None:
    from discrepancy import Vocabulary

    vocab = Vocabulary.default().extended(
        [{"kind": "subject", "name": "sheep", "forms": ["sheep", "ewes"]}]
    )
    text = "The storm killed 300 ewes on the farm."
    assert fact_covering(extract_text(text), "300").subject != "sheep"
    ex = extract(Article(id="t", text=text), vocabulary=vocab)
    assert ex.facts[0].subject == "sheep"


# ---------------------------------------------------------------- every mention accounted for


def assert_accounted(ex: Extraction) -> None:
    # extract() reads the text through the door's Unicode policy (any script's digits
    # are digits), one character for one, so the spans it accounts for are the scan's
    # of that reading copy.
    quantities, rejected = scan(reading_copy(ex.article.text))
    seen = sorted([q.span for q in quantities] + [r.span for r in rejected])
    mine = sorted([f.span for f in ex.facts if not f.negated] + [r.span for r in ex.rejected])
    assert mine == seen
    assert [f.span for f in ex.facts] == sorted(f.span for f in ex.facts)
    for f in ex.facts:
        assert ex.article.text[f.span[0] : f.span[1]] == f.surface
        if f.part_of is not None:
            assert 0 <= f.part_of < len(ex.facts)


@pytest.mark.parametrize("prefix", sorted(PUBLISHED))
def test_seed_accounts_for_every_mention(prefix: str) -> None:
    ex = seed(prefix)
    assert_accounted(ex)


_NEWS_WORDS = st.sampled_from(
    [
        "Russia",
        "launched",
        "1,300",
        "drones",
        "and",
        "some",
        "50",
        "missiles",
        "at",
        "Ukraine",
        "last",
        "night",
        ",",
        "according",
        "to",
        "the",
        "air",
        "force",
        "said",
        ".",
        "No",
        "casualties",
        "were",
        "reported",
        "12",
        "people",
        "killed",
        "injured",
        "over",
        "nearly",
        "dozens",
        "of",
        "0:00",
        "24:55",
        "September",
        "5",
        "2022",
        "19th",
        "one",
        "two",
        "three",
        "4.5",
        "km",
        "$3",
        "billion",
        "50%",
        "of",
        "them",
        "which",
        "\n",
        "\n\n",
        "“",
        "”",
        "(",
        ")",
        "icon",
        "closeicon",
        "fbicon",
        "mailicon",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_NEWS_WORDS, max_size=60).map(" ".join))
def test_property_news_like_text_accounts_for_every_mention(text: str) -> None:
    if not text.strip():
        return
    assert_accounted(extract(Article(id="h", text=text), published=date(2025, 9, 4)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_property_arbitrary_text_accounts_for_every_mention(text: str) -> None:
    if not text.strip():
        return
    assert_accounted(extract(Article(id="h", text=text)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(PUBLISHED)), st.integers(0, 4000), st.integers(0, 4000))
def test_property_any_slice_of_a_seed_accounts_for_every_mention(
    prefix: str, a: int, b: int
) -> None:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    piece = text[min(a, b) : max(a, b)]
    if piece.strip():
        assert_accounted(extract(Article(id="s", text=piece)))


# ---------------------------------------------------------------- serialisation


def test_new_fields_serialise_in_json_and_goldens() -> None:
    text = "An estimated 12 children are among the dead."
    fact = fact_covering(extract_text(text), "12")
    data = json.loads(fact.model_dump_json())
    assert (data["subject"], data["group"], data["subject_basis"], data["party"]) == (
        "death",
        "child",
        "vocabulary",
        None,
    )
    assert data["basis"] == "estimate"
    record = fact_record(fact)
    assert (record["group"], record["basis"]) == ("child", "estimate")
    assert "party" not in record
    assert "subject_basis" not in record
    assert Fact.model_validate_json(fact.model_dump_json()) == fact


def test_a_text_subject_is_marked_in_goldens() -> None:
    fact = fact_covering(extract_text("Some 3,000 counter-protesters gathered."), "3,000")
    assert fact.subject_basis is SubjectBasis.TEXT
    assert fact_record(fact)["subject_basis"] == "text"
