"""Time expressions: seeds, invented news phrasing, things that are not dates, properties.

Every expected window below was worked out by hand from a calendar (2025-09-01 is a
Monday, so 2025-09-04 is a Thursday and 2025-09-07 a Sunday).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Granularity, InputError, ParseError, TimeMention
from discrepancy.articles.load import load_article
from discrepancy.mentions.times import find_times, parse_time
from tests.helpers import SEEDS

THU = date(2025, 9, 4)  # seed 004's publication day
SUN = date(2025, 9, 7)  # seed 001's publication day

D = date


def _seed(prefix: str) -> tuple[str, date | datetime | None]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    article = load_article(path)
    return article.text, article.published


def _mention(mentions: list[TimeMention], phrase: str, nth: int = 0) -> TimeMention:
    hits = [m for m in mentions if phrase.lower() in m.surface.lower()]
    assert len(hits) > nth, f"{phrase!r} not found in {[m.surface for m in mentions]}"
    return hits[nth]


# --------------------------------------------------------------------------- seeds

SEED_TABLE = [
    # (seed, phrase as in the text, nth occurrence, key)
    ("001", "On Saturday", 0, "day:2025-09-06..2025-09-06"),
    ("001", "On Friday", 0, "day:2025-09-05..2025-09-05"),
    ("001", "the first five days of September", 0, "span:2025-09-01..2025-09-05"),
    ("001", "last month", 0, "month:2025-08-01..2025-08-31"),
    ("001", "The day before", 0, "day:2025-09-04..2025-09-04"),
    ("001", "the same day", 0, "day:2025-09-06..2025-09-06"),
    ("002", "on Friday", 0, "day:2025-09-05..2025-09-05"),
    ("002", "On the same day", 0, "day:2025-09-05..2025-09-05"),
    ("002", "Earlier this week", 0, "week:2025-09-01..2025-09-05"),
    ("002", "last year", 0, "year:2024-01-01..2024-12-31"),
    ("004", "on Wednesday", 0, "day:2025-09-03..2025-09-03"),
    ("004", "on Thursday", 0, "day:2025-09-04..2025-09-04"),
    ("004", "last night", 0, "night:2025-09-03..2025-09-04"),
    ("004", "on Sunday", 0, "day:2025-08-31..2025-08-31"),
    ("003", "September 5", 0, "day:????-09-05..????-09-05"),
    ("003", "September 6", 0, "day:????-09-06..????-09-06"),
    ("003", "late August", 0, "span:????-08-21..????-08-31"),
    ("000", "the first five days of September", 0, "span:????-09-01..????-09-05"),
]


@pytest.mark.parametrize(
    ("seed", "phrase", "nth", "key"),
    SEED_TABLE,
    ids=[f"{s}-{p}" for s, p, _, _ in SEED_TABLE],
)
def test_seed_dates_resolve(seed: str, phrase: str, nth: int, key: str) -> None:
    text, published = _seed(seed)
    assert _mention(find_times(text, published=published), phrase, nth).window.key() == key


def test_seed_years_taken_from_publication_are_marked_inferred() -> None:
    text, published = _seed("001")
    window = _mention(find_times(text, published=published), "first five days").window
    assert window.inferred == ("year",)
    assert window.unknown == ()


def test_seed_003_month_days_keep_the_year_unknown() -> None:
    text, published = _seed("003")
    assert published is None
    window = _mention(find_times(text), "September 6").window
    assert (window.start, window.end, window.unknown) == (None, None, ("year",))
    assert window.month_day == ((9, 6), (9, 6))


def test_seed_003_relative_phrases_stay_unresolved() -> None:
    text, _ = _seed("003")
    overnight = _mention(find_times(text), "overnight").window
    assert overnight.granularity is Granularity.NIGHT
    assert overnight.relative == "overnight"
    assert overnight.unknown == ("start", "end")


def test_seed_003_earlier_that_day_carries_september_5() -> None:
    text, _ = _seed("003")
    window = _mention(find_times(text), "Earlier that day").window
    assert window.month_day == ((9, 5), (9, 5))
    assert "start" in window.inferred


def test_seed_002_dateline_keeps_the_time_of_day() -> None:
    text, published = _seed("002")
    window = find_times(text, published=published)[0].window
    assert window.start == datetime(2025, 9, 5, 14, 11)


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_media_player_times_and_labels_are_not_days(seed: str) -> None:
    text, published = _seed(seed)
    for m in find_times(text, published=published):
        assert ":" not in m.surface or m.window.granularity is Granularity.DAY
        assert "languages" not in m.surface
        assert m.surface not in ("0:00", "24:55", "15:36", "0:02:36")


# --------------------------------------------------------------------------- invented news phrasing

NEWS = "invented: news phrasing"  # provenance of the cases below

RELATIVE = [
    # (phrase, published, granularity, start, end)
    ("on Saturday", THU, "day", D(2025, 8, 30), D(2025, 8, 30), NEWS),
    ("on Thursday", THU, "day", THU, THU, NEWS),
    ("last Thursday", THU, "day", D(2025, 8, 28), D(2025, 8, 28), NEWS),
    ("next Monday", THU, "day", D(2025, 9, 8), D(2025, 9, 8), NEWS),
    ("this Friday", THU, "day", D(2025, 9, 5), D(2025, 9, 5), NEWS),
    ("today", THU, "day", THU, THU, NEWS),
    ("yesterday", THU, "day", D(2025, 9, 3), D(2025, 9, 3), NEWS),
    ("yesterday morning", THU, "day", D(2025, 9, 3), D(2025, 9, 3), NEWS),
    ("the day before yesterday", THU, "day", D(2025, 9, 2), D(2025, 9, 2), NEWS),
    ("this morning", THU, "day", THU, THU, NEWS),
    ("tonight", THU, "night", THU, D(2025, 9, 5), NEWS),
    ("overnight", THU, "night", D(2025, 9, 3), THU, NEWS),
    ("last night", THU, "night", D(2025, 9, 3), THU, NEWS),
    ("overnight into Wednesday", THU, "night", D(2025, 9, 2), D(2025, 9, 3), NEWS),
    ("Saturday night", THU, "night", D(2025, 8, 30), D(2025, 8, 31), NEWS),
    ("this week", THU, "week", D(2025, 9, 1), THU, NEWS),
    ("earlier this week", THU, "week", D(2025, 9, 1), THU, "seed 000"),
    ("last week", THU, "week", D(2025, 8, 25), D(2025, 8, 31), NEWS),
    ("the last week", THU, "span", D(2025, 8, 28), THU, NEWS),
    ("the past week", THU, "span", D(2025, 8, 28), THU, NEWS),
    ("last weekend", THU, "span", D(2025, 8, 30), D(2025, 8, 31), NEWS),
    # "the weekend" is the latest one begun by publication (under way on a Sunday).
    ("over the weekend", THU, "span", D(2025, 8, 30), D(2025, 8, 31), NEWS),
    ("this past weekend", THU, "span", D(2025, 8, 30), D(2025, 8, 31), NEWS),
    ("during the past weekend", THU, "span", D(2025, 8, 30), D(2025, 8, 31), NEWS),
    ("at the weekend", SUN, "span", D(2025, 9, 6), SUN, NEWS),
    ("the past decade", THU, "span", D(2015, 9, 4), THU, NEWS),
    ("last month", THU, "month", D(2025, 8, 1), D(2025, 8, 31), NEWS),
    ("this month", THU, "month", D(2025, 9, 1), THU, NEWS),
    ("last month", D(2025, 1, 15), "month", D(2024, 12, 1), D(2024, 12, 31), NEWS),
    ("last year", THU, "year", D(2024, 1, 1), D(2024, 12, 31), NEWS),
    ("this year", THU, "year", D(2025, 1, 1), THU, NEWS),
    ("the past 24 hours", THU, "span", D(2025, 9, 3), THU, NEWS),
    ("the past three days", THU, "span", D(2025, 9, 1), THU, NEWS),
    ("the last 2 weeks", THU, "span", D(2025, 8, 21), THU, NEWS),
    ("since Sunday", THU, "span", D(2025, 8, 31), THU, "fixture storm-halina-floods-2026-10"),
    ("since the start of the month", THU, "span", D(2025, 9, 1), THU, NEWS),
    ("between Monday and Wednesday", THU, "span", D(2025, 9, 1), D(2025, 9, 3), NEWS),
    ("from Monday to Wednesday", THU, "span", D(2025, 9, 1), D(2025, 9, 3), NEWS),
    ("last Sunday", SUN, "day", D(2025, 8, 31), D(2025, 8, 31), NEWS),
    ("on Sunday", SUN, "day", SUN, SUN, NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "published", "granularity", "start", "end", "provenance"),
    RELATIVE,
    ids=[f"{p}@{d}" for p, d, *_ in RELATIVE],
)
def test_relative_phrases(
    phrase: str, published: date, granularity: str, start: date, end: date, provenance: str
) -> None:
    (mention,) = find_times(
        f"Officials said {phrase} that 12 drones were downed.", published=published
    )
    assert mention.surface.lower().endswith(phrase.lower().split()[-1])
    window = mention.window
    assert (window.granularity.value, window.start, window.end) == (granularity, start, end)
    assert window.unknown == ()


CALENDAR = [
    # (phrase, granularity, start, end, year inferred from publication THU)
    ("the first five days of September", "span", D(2025, 9, 1), D(2025, 9, 5), True, "seed 000"),
    ("late August", "span", D(2025, 8, 21), D(2025, 8, 31), True, NEWS),
    ("early September", "span", D(2025, 9, 1), D(2025, 9, 10), True, "seed 003"),
    ("mid-September", "span", D(2025, 9, 11), D(2025, 9, 20), True, NEWS),
    ("mid-August", "span", D(2025, 8, 11), D(2025, 8, 20), True, NEWS),
    ("the last week of August 2023", "span", D(2023, 8, 25), D(2023, 8, 31), False, NEWS),
    ("the second half of February 2024", "span", D(2024, 2, 16), D(2024, 2, 29), False, NEWS),
    ("September 1-5", "span", D(2025, 9, 1), D(2025, 9, 5), True, NEWS),
    ("1-5 September", "span", D(2025, 9, 1), D(2025, 9, 5), True, NEWS),
    ("from 1 to 5 September", "span", D(2025, 9, 1), D(2025, 9, 5), True, NEWS),
    ("between 28 August and 3 September", "span", D(2025, 8, 28), D(2025, 9, 3), True, NEWS),
    ("from August 8 to 9, 2023", "span", D(2023, 8, 8), D(2023, 8, 9), False, NEWS),
    ("from December 28 to January 2", "span", D(2024, 12, 28), D(2025, 1, 2), True, NEWS),
    ("the night of 3-4 September", "night", D(2025, 9, 3), D(2025, 9, 4), True, NEWS),
    ("in August", "month", D(2025, 8, 1), D(2025, 8, 31), True, NEWS),
    ("in August 2023", "month", D(2023, 8, 1), D(2023, 8, 31), False, NEWS),
    ("in November 2022", "month", D(2022, 11, 1), D(2022, 11, 30), False, NEWS),
    ("between May and June", "span", D(2025, 5, 1), D(2025, 6, 30), True, NEWS),
    ("in 2022", "year", D(2022, 1, 1), D(2022, 12, 31), False, NEWS),
    ("from 2019 to 2022", "span", D(2019, 1, 1), D(2022, 12, 31), False, NEWS),
    ("since 2014", "span", D(2014, 1, 1), THU, False, NEWS),
    ("since September 1", "span", D(2025, 9, 1), THU, True, NEWS),
    ("on March 9", "day", D(2025, 3, 9), D(2025, 3, 9), True, NEWS),
    ("on December 25", "day", D(2024, 12, 25), D(2024, 12, 25), True, NEWS),
    ("the 5th of May", "day", D(2025, 5, 5), D(2025, 5, 5), True, NEWS),
    ("Tuesday, March 7, 2023", "day", D(2023, 3, 7), D(2023, 3, 7), False, NEWS),
    ("Sunday, Aug. 3, 2014", "day", D(2014, 8, 3), D(2014, 8, 3), False, NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "granularity", "start", "end", "inferred", "provenance"),
    CALENDAR,
    ids=[c[0] for c in CALENDAR],
)
def test_calendar_phrases(
    phrase: str, granularity: str, start: date, end: date, inferred: bool, provenance: str
) -> None:
    (mention,) = find_times(f"Russia fired 40 missiles {phrase}, officials said.", published=THU)
    assert phrase.endswith(mention.surface) or mention.surface.endswith(phrase)
    window = mention.window
    assert (window.granularity.value, window.start, window.end) == (granularity, start, end)
    assert window.inferred == (("year",) if inferred else ())


ABSOLUTE = [
    ("5 September 2025", NEWS),
    ("September 5, 2025", NEWS),
    ("Sept. 5, 2025", NEWS),
    ("Sep 5, 2025", NEWS),
    ("5th September 2025", NEWS),
    ("2025-09-05", NEWS),
]


@pytest.mark.parametrize(("phrase", "provenance"), ABSOLUTE, ids=[c[0] for c in ABSOLUTE])
def test_absolute_dates_need_no_publication_date(phrase: str, provenance: str) -> None:
    window = parse_time(phrase)
    assert (window.start, window.end, window.inferred, window.unknown) == (
        D(2025, 9, 5),
        D(2025, 9, 5),
        (),
        (),
    )


@pytest.mark.parametrize(
    ("phrase", "expected", "provenance"),
    [
        ("5 Sep, 2025 14:11", datetime(2025, 9, 5, 14, 11), "seed 002"),
        ("Sep 5, 2025 2:11 PM", datetime(2025, 9, 5, 14, 11), NEWS),
        ("2025-09-05T14:11", datetime(2025, 9, 5, 14, 11), NEWS),
        (
            "Tuesday, Nov. 4, 2014, 10:47 p.m.",
            datetime(2014, 11, 4, 22, 47),
            NEWS,
        ),
        ("on March 7, 2023, at 8:25 pm", datetime(2023, 3, 7, 20, 25), NEWS),
    ],
    ids=[
        "5 Sep, 2025 14:11",
        "Sep 5, 2025 2:11 PM",
        "2025-09-05T14:11",
        "Sunday, Aug. 3, 2014, 11:22 p.m.",
        "on March 7, 2023, at 8:25 pm",
    ],
)
def test_time_of_day_attaches_to_an_adjacent_date(
    phrase: str, expected: datetime, provenance: str
) -> None:
    (mention,) = find_times(phrase)
    assert mention.window.start == mention.window.end == expected
    assert mention.surface == phrase


# --------------------------------------------------------------------------- no publication date

UNRESOLVED = [
    ("overnight", "night", "overnight", NEWS),
    ("last night", "night", "last night", NEWS),
    ("on Saturday", "day", "saturday", NEWS),
    ("last Saturday", "day", "last saturday", NEWS),
    ("last month", "month", "last month", NEWS),
    ("earlier this week", "week", "this week", "seed 000"),
    ("yesterday", "day", "yesterday", NEWS),
    ("the past 24 hours", "span", "the past 24 hours", NEWS),
    ("the day before", "day", "the day before", NEWS),
    ("over the weekend", "span", "the weekend", NEWS),
]


@pytest.mark.parametrize(
    ("phrase", "granularity", "relative", "provenance"), UNRESOLVED, ids=[c[0] for c in UNRESOLVED]
)
def test_relative_without_publication_is_not_guessed(
    phrase: str, granularity: str, relative: str, provenance: str
) -> None:
    window = parse_time(phrase)
    assert (window.start, window.end) == (None, None)
    assert window.unknown == ("start", "end")
    assert window.granularity.value == granularity
    assert window.relative == relative


def test_month_day_without_year_stays_unknown() -> None:
    window = parse_time("September 5")
    assert (window.start, window.end, window.unknown) == (None, None, ("year",))
    assert window.month_day == ((9, 5), (9, 5))
    assert window.key() == "day:????-09-05..????-09-05"


# --------------------------------------------------------------------------- anaphora

ANAPHORA = [
    (
        "On Friday, Peskov spoke. The day before, Zelensky spoke.",
        "The day before",
        D(2025, 9, 4),
        "seed 001",
    ),
    (
        "On Friday, Peskov spoke. On the same day, Putin spoke.",
        "On the same day",
        D(2025, 9, 5),
        "seed 002",
    ),
    (
        "On Friday, Peskov spoke. Earlier that day, Putin spoke.",
        "Earlier that day",
        D(2025, 9, 5),
        "seed 003",
    ),
    ("On Friday, Peskov spoke. The next day, Putin spoke.", "The next day", D(2025, 9, 6), NEWS),
    (
        "On Friday, Peskov spoke. The previous day, Putin spoke.",
        "previous day",
        D(2025, 9, 4),
        NEWS,
    ),
    ("On Friday, talks. Two days later, Putin spoke.", "Two days later", D(2025, 9, 7), NEWS),
]


@pytest.mark.parametrize(
    ("text", "phrase", "day", "provenance"), ANAPHORA, ids=[a[1] for a in ANAPHORA]
)
def test_anaphora_carry_the_previous_day(
    text: str, phrase: str, day: date, provenance: str
) -> None:
    window = _mention(find_times(text, published=SUN), phrase).window
    assert (window.start, window.end) == (day, day)
    assert window.inferred == ("start", "end")


def test_anaphor_skips_spans_between_it_and_its_day() -> None:
    text = "On Saturday, he wrote about the first five days of September. Trump spoke the same day."
    window = _mention(find_times(text, published=SUN), "the same day").window
    assert window.start == D(2025, 9, 6)


def test_day_before_an_event_is_not_an_anaphor() -> None:
    assert find_times("On Friday, talks. The day before the summit, nothing.", published=SUN)[
        -1
    ].surface == ("On Friday")


def test_anaphor_without_antecedent_stays_unresolved() -> None:
    (mention,) = find_times("The next day, officials met.", published=SUN)
    assert mention.window.start is None
    assert mention.window.relative == "the next day"


# --------------------------------------------------------------------------- not dates

NOT_A_DATE = "invented: not a date"  # provenance of the cases below

NOT_DATES = [
    ("May they have a long and prosperous future together!", "seed 003"),
    ("A march through Paris drew thousands.", NOT_A_DATE),
    ("March organisers said the route was long.", NOT_A_DATE),
    ("We provide what many people cannot get locally.", NOT_A_DATE),
    ("for a one-on-one meeting as risible", "seed 004"),
    ("Police said 2000 people were killed.", NOT_A_DATE),
    ("0:00 0:02:36 0:00", "seed 003"),
    ("Podcasts 0:00 24:55 0:00 15:36", NOT_A_DATE),
    ("The report was dated 5/9/2024 in the file.", NOT_A_DATE),  # either order is past
    ("The Sunday Times reported the strike.", NOT_A_DATE),
    ("Markets are closed every weekend.", NOT_A_DATE),
    ("It was a weekend of protests.", NOT_A_DATE),
    ("Prices may double by the end of this decade.", NOT_A_DATE),
    ("27 languages in 23 countries", NOT_A_DATE),
    ("over 1,300 drones and 50 missiles", NOT_A_DATE),
    ("China's World War 2 victory parade", NOT_A_DATE),
    ("the bloc's 19th package of sanctions", NOT_A_DATE),
    ("Theresa May said nothing.", NOT_A_DATE),
    ("the last night of the festival", NOT_A_DATE),
    ("September 31 is not a day", NOT_A_DATE),
]


def test_sentence_end_after_may_does_not_join_a_count() -> None:
    (mention,) = find_times("Protests began in May. 5 people were hurt.", published=THU)
    assert mention.surface == "in May"
    assert mention.window.granularity is Granularity.MONTH


@pytest.mark.parametrize(("text", "provenance"), NOT_DATES, ids=[c[0][:30] for c in NOT_DATES])
def test_not_dates(text: str, provenance: str) -> None:
    assert find_times(text, published=THU) == []


def test_year_label_is_a_year_mention() -> None:
    (mention,) = find_times("Moscow’s 2022 full-scale invasion of Ukraine")
    assert mention.surface == "2022"
    assert mention.window.granularity is Granularity.YEAR


# --------------------------------------------------------------------------- errors


def test_parse_time_without_a_time_raises() -> None:
    with pytest.raises(ParseError, match="no time expression"):
        parse_time("91 drones")


def test_bytes_are_refused() -> None:
    with pytest.raises(InputError):
        find_times(b"last night")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

PUB = st.dates(min_value=D(2000, 1, 1), max_value=D(2035, 12, 31))
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(pub=PUB, index=st.integers(0, 6))
def test_weekday_is_within_the_six_days_before_publication(pub: date, index: int) -> None:
    window = parse_time(f"on {WEEKDAY_NAMES[index]}", published=pub)
    assert window.start == window.end
    assert isinstance(window.start, date)
    assert 0 <= (pub - window.start).days <= 6
    assert window.start.weekday() == index


@given(pub=PUB)
def test_last_night_ends_on_publication_day(pub: date) -> None:
    window = parse_time("last night", published=pub)
    assert window.end == pub
    assert window.start == pub - timedelta(days=1)


PHRASES = [r[0] for r in RELATIVE] + [c[0] for c in CALENDAR] + [a[0] for a in ANAPHORA]


@given(pub=PUB | st.none(), phrase=st.sampled_from(PHRASES))
def test_windows_are_ordered(pub: date | None, phrase: str) -> None:
    for mention in find_times(phrase, published=pub):
        w = mention.window
        if w.start is not None and w.end is not None:
            start = w.start.date() if isinstance(w.start, datetime) else w.start
            end = w.end.date() if isinstance(w.end, datetime) else w.end
            assert start <= end


FORMATS = ["{d} {B} {Y}", "{B} {d}, {Y}", "{b3} {d}, {Y}", "{Y}-{m:02d}-{d:02d}"]


@given(
    day=st.dates(min_value=D(2000, 1, 1), max_value=D(2035, 12, 31)), fmt=st.sampled_from(FORMATS)
)
def test_absolute_dates_round_trip(day: date, fmt: str) -> None:
    # AP style: "Sept." and "Aug." take a dot, "May" never does.
    b3 = {"Sep": "Sept.", "May": "May"}.get(day.strftime("%b"), day.strftime("%b") + ".")
    phrase = fmt.format(d=day.day, m=day.month, Y=day.year, B=day.strftime("%B"), b3=b3)
    window = parse_time(f"It happened on {phrase}.")
    assert (window.start, window.end, window.inferred) == (day, day, ())


WORDS = st.sampled_from(
    [
        "on", "Saturday", "last", "night", "the", "same", "day", "before", "September", "5",
        "2025", "1-5", "-", "early", "mid-", "late", "May", "we", "since", "between", "and",
        "14:11", ",", ".", "\n", "\r\n", "past", "24", "hours", "of", "first", "five", "days",
        "2022", "Sept.", "overnight", "into", "Thursday", "that", "2025-09-05", "5/9/2025",
    ]
)  # fmt: skip


@settings(max_examples=300)
@given(
    words=st.lists(WORDS | st.text(max_size=6), max_size=40),
    pub=PUB | st.none(),
    sep=st.sampled_from([" ", "", "\xa0"]),
)
def test_find_times_never_raises_and_spans_hold(
    words: list[str], pub: date | None, sep: str
) -> None:
    text = sep.join(words)
    previous_end = 0
    for mention in find_times(text, published=pub):
        start, end = mention.span
        assert text[start:end] == mention.surface
        assert start >= previous_end
        previous_end = end


@pytest.mark.parametrize(
    ("text", "key", "provenance"),
    [
        # no earlier day named: counted back from publication, and marked inferred
        (
            "The toll has risen to 45, up from 30 a day earlier.",
            "day:2026-11-13..2026-11-13",
            "invented: tolls",
        ),
        (
            "Officials had counted 30 the previous day.",
            "day:2026-11-13..2026-11-13",
            "invented: tolls",
        ),
        # a day named before is the anchor
        (
            "The toll rose to 45 on Friday, up from 30 a day earlier.",
            "day:2026-11-12..2026-11-12",
            "invented: tolls",
        ),
    ],
    ids=["a-day-earlier", "the-previous-day", "a-day-before-friday"],
)
def test_an_earlier_day_with_no_anchor_counts_back_from_publication(
    text: str, key: str, provenance: str
) -> None:
    last = find_times(text, published=date(2026, 11, 14))[-1]
    assert last.window.key() == key


def test_a_later_day_with_no_anchor_stays_unresolved() -> None:
    [mention] = find_times("Two days later, 12 more died.", published=date(2026, 11, 14))
    assert not mention.window.resolved
