"""Grouping a news day's articles into events (:func:`discrepancy.cluster`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import discrepancy
from discrepancy import Article, Extraction, Fact, Interval, Qualifier, Quantity, TimeWindow
from discrepancy.comparison.features import latin_lookalikes
from tests.helpers import SEEDS

# Invented but realistic coverage of three unrelated stories on one day.
FLOOD = (
    "Floodwater swept through Tewkesbury on Tuesday after the River Severn burst its "
    "banks, the Environment Agency said. About 300 homes were evacuated.",
    "In Tewkesbury, residents were moved to the abbey as the Severn rose. The "
    "Environment Agency warned that more rain was due on Wednesday.",
    "Gloucestershire police said 12 people were rescued from cars near Tewkesbury, "
    "where the Severn peaked overnight.",
)
TRANSFER = (
    "Bayern Munich have signed the Lyon striker Karim Okafor for a fee of 60 million "
    "euros, the Bundesliga club said on Tuesday.",
    "Okafor passed his medical in Munich before joining Bayern on a five-year deal, "
    "Lyon confirmed.",
)
VOTE = (
    "The Sejm in Warsaw voted 240 to 205 to approve the budget, Speaker Hołownia said.",
    "Hołownia told reporters after the Sejm vote in Warsaw that the Senate would review "
    "the bill next week.",
)


def _articles(texts: tuple[str, ...], prefix: str, day: date | None = None) -> list[Article]:
    return [Article(id=f"{prefix}{n}", text=t, published=day) for n, t in enumerate(texts, start=1)]


def _fact(subject: str, figure: float, window: TimeWindow | None) -> Fact:
    q = Quantity(
        span=(0, 3), surface="100", nominal=figure, value=Interval.point(figure),
        qualifier=Qualifier.EXACT,
    )  # fmt: skip
    return Fact(span=(0, 3), surface="100", sentence_span=(0, 10), quantity=q,
                subject=subject, time=window)  # fmt: skip


# --------------------------------------------------------------------------- seeds


def test_seeds_are_one_event() -> None:
    arts = [Article(id=p.stem[:3], text=p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    assert discrepancy.cluster(arts) == [["000", "001", "002", "003", "004"]]


def test_seeds_stay_apart_from_unrelated_stories() -> None:
    arts = [Article(id=p.stem[:3], text=p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    arts += _articles(FLOOD, "flood") + _articles(TRANSFER, "transfer")
    assert discrepancy.cluster(arts) == [
        ["000", "001", "002", "003", "004"],
        ["flood1", "flood2", "flood3"],
        ["transfer1", "transfer2"],
    ]


# --------------------------------------------------------------------------- invented news


@pytest.mark.parametrize(
    ("stories", "expected"),
    [
        pytest.param(
            [(FLOOD, "f"), (TRANSFER, "t"), (VOTE, "v")],
            [["f1", "f2", "f3"], ["t1", "t2"], ["v1", "v2"]],
            id="three-stories-one-day",
        ),
        pytest.param(
            [(FLOOD[:1], "f"), (VOTE[:1], "v")], [["f1"], ["v1"]], id="lone-articles-stay-alone"
        ),
        pytest.param([(VOTE, "v")], [["v1", "v2"]], id="diacritics-in-names"),
    ],
)
def test_invented_stories(
    stories: list[tuple[tuple[str, ...], str]], expected: list[list[str]]
) -> None:
    arts = [a for texts, prefix in stories for a in _articles(texts, prefix)]
    assert discrepancy.cluster(arts) == expected


def test_publication_days_far_apart_are_not_joined() -> None:
    arts = _articles(TRANSFER[:1], "may", date(2025, 5, 6)) + _articles(
        TRANSFER[1:], "june", date(2025, 6, 20)
    )
    assert discrepancy.cluster(arts) == [["june1"], ["may1"]]
    assert discrepancy.cluster(arts, max_days=60) == [["june1", "may1"]]


def test_undated_article_joins_its_story() -> None:
    arts = _articles(FLOOD[:2], "dated", date(2025, 3, 4)) + _articles(FLOOD[2:], "undated")
    assert discrepancy.cluster(arts) == [["dated1", "dated2", "undated1"]]


def test_spelling_variants_are_one_name() -> None:
    # The shipped gazetteer knows Kyiv/Kiev and Zelensky/Zelenskyy.
    arts = [
        Article(id="a", text="Zelenskyy spoke in Kiev after the Mariupol talks."),
        Article(id="b", text="In Kyiv, Zelensky said the Mariupol talks had failed."),
    ]
    assert discrepancy.cluster(arts) == [["a", "b"]]


def test_user_aliases() -> None:
    arts = [
        Article(id="a", text="Ships were seen off Mykolaiv overnight, the navy said."),
        Article(id="b", text="Officials in Nikolaev said two ships had left the port."),
    ]
    assert discrepancy.cluster(arts) == [["a"], ["b"]]
    assert discrepancy.cluster(arts, aliases={"nikolaev": "mykolaiv"}) == [["a", "b"]]


def test_sentence_initial_common_words_do_not_link() -> None:
    # "Dozens" and "Follow" are capitalised only where a sentence or line starts.
    arts = [
        Article(id="a", text="Dozens of sheep escaped near Hexham.\nFollow us for updates."),
        Article(id="b", text="Dozens of flights left Lisbon.\nFollow us for updates."),
    ]
    assert discrepancy.cluster(arts) == [["a"], ["b"]]


def test_figures_link_extractions_that_share_no_names() -> None:
    window = TimeWindow(start=date(2025, 9, 1), end=date(2025, 9, 5), granularity="span")
    facts = (_fact("drone", 1300, window), _fact("missile", 50, window))
    a = Extraction(article=Article(id="a", text="The attack was huge."), facts=facts)
    b = Extraction(article=Article(id="b", text="A record week of strikes."), facts=facts)
    c = Extraction(article=Article(id="c", text="Quiet elsewhere."), facts=facts[:1])
    assert discrepancy.cluster([a.article, b.article, c.article]) == [["a"], ["b"], ["c"]]
    assert discrepancy.cluster([a, b, c]) == [["a", "b", "c"]]
    # A stricter threshold keeps only the pair that shares every figure.
    assert discrepancy.cluster([a, b, c], threshold=0.9) == [["a", "b"], ["c"]]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("items", "options", "message"),
    [
        pytest.param(["plain text"], {}, "Article or Extraction", id="text-not-article"),
        pytest.param(
            [Article(id="x", text="A."), Article(id="x", text="B.")], {}, "unique", id="dup-ids"
        ),
        pytest.param([], {"threshold": 0.0}, "threshold", id="threshold-zero"),
        pytest.param([], {"threshold": 1.5}, "threshold", id="threshold-above-one"),
        pytest.param([], {"max_days": -1}, "max_days", id="max-days-negative"),
        pytest.param([], {"max_days": 1.5}, "max_days", id="max-days-not-integer"),
    ],
)
def test_bad_input(items: list[object], options: dict[str, float], message: str) -> None:
    with pytest.raises(discrepancy.InputError, match=message):
        discrepancy.cluster(items, **options)  # type: ignore[arg-type]


def test_empty_corpus() -> None:
    assert discrepancy.cluster([]) == []


# --------------------------------------------------------------------------- properties

_POOL = FLOOD + TRANSFER + VOTE


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(st.integers(0, len(_POOL) - 1), min_size=0, max_size=12),
    seed=st.randoms(use_true_random=False),
)
def test_partition_and_order_independence(picks: list[int], seed: object) -> None:
    arts = [Article(id=f"id{n:02d}", text=_POOL[p]) for n, p in enumerate(picks)]
    groups = discrepancy.cluster(arts)
    flat = [a for g in groups for a in g]
    assert sorted(flat) == sorted(a.id for a in arts)  # every article exactly once
    assert all(g == sorted(g) for g in groups)
    shuffled = list(arts)
    seed.shuffle(shuffled)  # type: ignore[attr-defined]
    assert discrepancy.cluster(shuffled) == groups
    # The same text twice is always one story.
    by_text: dict[int, set[int]] = {}
    owner = {a: n for n, g in enumerate(groups) for a in g}
    for n, p in enumerate(picks):
        by_text.setdefault(p, set()).add(owner[f"id{n:02d}"])
    assert all(len(s) == 1 for s in by_text.values())


# --------------------------------------------------------------------------- more invented news


def test_two_fires_on_one_day_stay_apart() -> None:
    # Same kind of story, same day, same words: the names tell them apart.
    day = date(2025, 8, 2)
    arts = _articles(
        (
            "A wildfire near Almonte forced 600 residents to leave, Andalusia fire crews said.",
            "Crews in Andalusia fought the Almonte wildfire overnight as 600 people left.",
        ),
        "spain",
        day,
    ) + _articles(
        (
            "A wildfire near Kalamos forced residents to leave, the Attica fire service said.",
            "The Attica fire service fought the Kalamos wildfire overnight; villages emptied.",
        ),
        "greece",
        day,
    )
    assert discrepancy.cluster(arts) == [["greece1", "greece2"], ["spain1", "spain2"]]


def test_undated_article_does_not_bridge_two_years() -> None:
    # The undated report names both the 2019 and the 2024 floods: it joins the one it
    # is closest to, and the two floods stay two events.
    old = _articles(FLOOD[:2], "y2019-", date(2019, 11, 12))
    new = _articles(FLOOD[:2], "y2024-", date(2024, 11, 26))
    bridge = Article(
        id="undated",
        text=FLOOD[0] + " " + FLOOD[1] + " " + FLOOD[2],
    )
    groups = discrepancy.cluster([*old, *new, bridge])
    assert sorted(len(g) for g in groups) == [2, 3]
    assert ["y2019-1", "y2019-2"] in groups or ["y2024-1", "y2024-2"] in groups
    assert ["undated", "y2019-1", "y2019-2"] in groups or [
        "undated",
        "y2024-1",
        "y2024-2",
    ] in groups


def test_the_same_text_without_names_is_one_story() -> None:
    text = "the water rose overnight and the bridge was closed until further notice."
    arts = [Article(id="a", text=text), Article(id="b", text=text), Article(id="c", text="ok.")]
    assert discrepancy.cluster(arts) == [["a", "b"], ["c"]]


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_prints_the_events(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from discrepancy._cli import main

    for n, text in enumerate(FLOOD + TRANSFER, 1):
        (tmp_path / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    assert main(["cluster", str(tmp_path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "text":
        assert out == "event 1 (3 articles): 01, 02, 03\nevent 2 (2 articles): 04, 05\n"
    else:
        events = json.loads(out)["events"]
        assert [[a["id"] for a in e] for e in events] == [["01", "02", "03"], ["04", "05"]]
        assert events[0][0]["path"] == str(tmp_path / "01.txt")


def test_cli_refuses_a_bad_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from discrepancy._cli import main

    (tmp_path / "a.txt").write_text(FLOOD[0], encoding="utf-8")
    assert main(["cluster", str(tmp_path), "--threshold", "2"]) == 2
    assert "threshold" in capsys.readouterr().err


# --------------------------------------------------------------------------- look-alike letters

# Scraped or machine-mangled copies write Latin words with Cyrillic or Greek letters
# drawn the same ("Ageпcy", "Jυпe"). Each story: a clean article and another outlet's
# article with n, u and o swapped for Cyrillic п, Greek υ and Cyrillic о.
# provenance: invented, one story per domain (health, transport, elections, economy).
LOOKALIKE_STORIES = {
    "outbreak": (
        "Health officials in Northumbria confirmed 41 cholera cases on Monday, and the "
        "Tynemouth clinic was closed while water samples were tested.",
        "The Northumbria health trust said 41 people in Tynemouth had cholera and that "
        "the clinic would stay shut until the water tests are known.",
    ),
    "rail": (
        "Drivers of the Southern Union walked out at Brunswick station, cancelling 300 "
        "trains to Dunmore, the Transport Ministry said.",
        "The Southern Union strike at Brunswick station cancelled about 300 Dunmore "
        "trains, and the Transport Ministry urged both sides to resume talks.",
    ),
    "election": (
        "Counting in Ostrava ended with the Union of Mayors on 28 seats and Renewal on "
        "19, the Ostrava electoral commission announced.",
        "The Union of Mayors won Ostrava with 28 seats against 19 for Renewal, "
        "according to the electoral commission count.",
    ),
    "bank": (
        "The Bank of Lunaria raised its main rate to 6.5 percent on Thursday, Governor "
        "Antonin Moravec told journalists in Novigrad.",
        "Governor Antonin Moravec said in Novigrad that the Bank of Lunaria would hold "
        "the rate at 6.5 percent until inflation turns.",
    ),
}


def _lookalike(text: str) -> str:
    return text.translate(str.maketrans("nuo", "пυо"))


def test_lookalike_letters_do_not_split_a_story() -> None:
    arts = [
        Article(id=f"{story}-{kind}", text=text)
        for story, (clean, other) in LOOKALIKE_STORIES.items()
        for kind, text in (("clean", clean), ("mangled", _lookalike(other)))
    ]
    assert discrepancy.cluster(arts) == [
        ["bank-clean", "bank-mangled"],
        ["election-clean", "election-mangled"],
        ["outbreak-clean", "outbreak-mangled"],
        ["rail-clean", "rail-mangled"],
    ]


def test_words_wholly_in_another_script_are_kept() -> None:
    # provenance: invented; a Russian place name stays Cyrillic, a mixed word is folded.
    assert latin_lookalikes("Flооds in Москва and Tomsk") == "Floods in Москва and Tomsk"
    assert latin_lookalikes("Ωmega") == "Ωmega"  # no Latin letter to fold towards
