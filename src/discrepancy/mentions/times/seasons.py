"""The reader of seasons: "last summer", "this winter", "in spring 2024", "the fall of 2023".

A season is a window of whole months, on the meteorological convention of the northern
hemisphere (where most English-language news is written): spring is March to May,
summer June to August, autumn (fall) September to November, winter December to
February. A winter is named by the year of its January and February ("winter 2024" is
December 2023 to February 2024), as climate records name it; "winter 2022-23" names
both years. "early", "mid" and "late" take one month of the three ("late summer" is
August), through the parts reader (:mod:`.ranges`). A southern-hemisphere
article's seasons are six months off: this reading does not know the hemisphere.

A season word is a date only with a modifier before it ("last", "this", "next", "this
past", "this coming") or a year after it ("summer 2023", "the summer of 2023"): "the
Arab Spring", "a hot spring" and "prices fall" are not dates. A lower-case "fall" before
a year needs a word before it ("in fall 2024", "the fall of 2019"): "sales fall 2000
units" and "a fall of 2019 points" are not dates.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import regex

from ...models import Granularity
from .periods import add_months, unresolved, window_of
from .scan import Hit, Scan
from .triggers import DASH, SP, YEAR

# The first month of each season; a winter starts in the December before its year.
SEASON_START: Final[dict[str, int]] = {
    "spring": 3,
    "summer": 6,
    "autumn": 9,
    "fall": 9,
    "winter": 12,
}
_BACK_SEASON = regex.compile(
    rf"""(?r)\b(?i:
        (?: (?P<prep> in|during|over|throughout ) {SP}++ )?
        (?: (?P<the> the ) {SP}++ )?
        (?: (?P<mod> last|this|next|past|coming|previous ) {SP}++
            (?: (?P<mod2> past|coming ) {SP}++ )? )?
    )""",
    regex.VERBOSE,
)
_MODS: Final = {"previous": "last", "past": "last", "coming": "next"}
# "winter 2022-23", "the winter of 2022/2023": a winter named by both its years.
_AFTER_TWO_YEARS = regex.compile(
    rf"(?:,{SP}*+|{SP}++(?:of{SP}++)?)(?P<y>{YEAR})(?:{DASH}|/)(?P<y2>\d\d(?:\d\d)?+)\b(?![.,:/]?\d)"
)


def season_window(name: str, year: int) -> tuple[date, date]:
    """The first and last day of the season ``name`` of ``year``.

    >>> season_window("summer", 2024), season_window("winter", 2024)[0]
    ((datetime.date(2024, 6, 1), datetime.date(2024, 8, 31)), datetime.date(2023, 12, 1))
    """
    month = SEASON_START[name]
    first = date(year - (month == 12), month, 1)
    return first, add_months(first, 3) - timedelta(days=1)


def read_season(scan: Scan, s: int, e: int) -> Hit | None:
    """ "last summer", "this winter", "in spring 2024", "the fall of 2023", "this past winter"."""
    text = scan.text
    name = text[s:e].lower()
    back = _BACK_SEASON.match(text, max(scan.floor, s - 32), s)
    mod = None if back is None or back["mod"] is None else back["mod"].lower()
    if back is not None and back["mod2"] is not None:
        mod = back["mod2"].lower()  # "this past winter", "this coming summer"
    mod = _MODS.get(mod or "", mod)
    year, end = (None, e) if mod is not None else scan.year_after(e)
    if year is None and mod is None and name == "winter":
        year, end = _two_years(text, e)
    if year is not None and text[s] == "f" and (back is None or back.start() == back.end()):
        return None  # "sales fall 2000 units", "a fall of 2019 points"
    if mod is None and year is None:
        return None  # "the Arab Spring", "prices fall"
    start = s if back is None or back.start() == back.end() else back.start()
    if year is not None:
        return Hit(start, end, window_of(*season_window(name, year), Granularity.SPAN), "season")
    assert mod is not None
    pub = scan.pub_day
    if pub is None:
        return Hit(start, end, unresolved(Granularity.SPAN, f"{mod} {name}"), "season")
    return Hit(start, end, window_of(*_relative(name, mod, pub), Granularity.SPAN), "season")


def _two_years(text: str, e: int) -> tuple[int | None, int]:
    """The year of a winter named by two ("winter 2022-23" is winter 2023) and its end."""
    m = _AFTER_TWO_YEARS.match(text, e, e + 20)
    if m is None:
        return None, e
    first, second = int(m["y"]), m["y2"]
    if int(second) != (first + 1) % 10 ** len(second):
        return None, e  # "winter 2022-25" is not one winter
    return first + 1, m.end()


def _relative(name: str, mod: str, pub: date) -> tuple[date, date]:
    """The season ``mod`` names on ``pub``.

    "last" is the latest to have ended before publication, "next" the first to begin
    after it, and "this" the one under way, or else the nearer of those two ("this
    summer" in May is the coming one, "this winter" in April the one just ended).
    """
    year = pub.year + 1  # seasons are named by the year of their last day
    while season_window(name, year)[0] > pub:
        year -= 1
    begun = season_window(name, year)  # the latest season begun by publication
    under_way = begun[1] >= pub
    last = season_window(name, year - 1) if under_way else begun
    nxt = season_window(name, year + 1)
    if mod == "last":
        return last
    if mod == "next":
        return nxt
    if under_way:
        return begun
    return last if pub - last[1] <= nxt[0] - pub else nxt
