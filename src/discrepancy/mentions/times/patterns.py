"""The look-around patterns readers match next to a trigger.

Look-behind patterns run in reverse mode (``(?r)``): ``match(text, floor, end)`` is
anchored at ``end``, so they only read the few characters before a trigger. Look-ahead
patterns are matched at the end of a trigger with a bound. Every pattern is bounded,
so the scan stays linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from .triggers import COUPLE, DASH, MONTH, NUMWORD, ORD, SP, WEEKDAY, YEAR

# The whole relative phrase, matched backwards from the end of its unit word.
RELATIVE = regex.compile(
    rf"""(?r)\b(?i:
        (?P<r_ana>                                     # anaphora: carried from an earlier day
            same{SP}++(?:day|night)
            | that{SP}++(?:day|night)
            | (?:day|night){SP}++(?:before|after)
            | (?:previous|next|following){SP}++(?:day|night)
            | (?:a|one|two|three|four|five|six|seven|\d){SP}++days?{SP}++(?:earlier|later)
            | (?:a|an|{NUMWORD}|\d{{1,2}}){SP}++(?:weeks?|months?|years?){SP}++(?:earlier|later)
            | following{SP}++(?:week|month|year)
            | (?<=\bthe{SP}++)(?:week|month|year){SP}++(?:before|after)   # not "last month after"
        )
        | (?P<r_wkend>                                 # the weekend just gone (or under way)
            (?: (?:over|at|during|on|in){SP}++ )? the{SP}++ (?:past{SP}++)? weekend
            | this{SP}++past{SP}++weekend
          )
        | (?P<r_mod> last|this|next|past|coming|previous|current ) {SP}++
          (?P<r_unit> night|weekend|week|fortnight|month|quarter|year|decade
                      |morning|afternoon|evening )
        | (?P<r_span> past|last|previous|next|coming ) {SP}++
          (?P<r_n> \d{{1,3}}|{NUMWORD}|{COUPLE} ) {SP}++
          (?P<r_units> hours|days|weeks|fortnights|months|quarters|years|decades )
        | (?P<r_since> since{SP}++the{SP}++(?:start|beginning){SP}++of{SP}++
          (?:the|this){SP}++(?P<r_since_unit>week|month|year) )
    )\b
    """,
    regex.VERBOSE,
)
# Offsets and periods of now, in a pattern of their own: tried only where a cue says
# they may be there ("ago", "in", "of the"), they leave the common case its speed.
NEAR_NOW = regex.compile(
    rf"""(?r)\b(?i:
        (?P<r_ago_n> \d{{1,3}}|{NUMWORD}|a|an|{COUPLE} ) {SP}++  # two years ago, a week hence
          (?P<r_ago_u> days?|weeks?|fortnights?|months?|years?|decades? ) {SP}++
          (?P<r_ago_dir> ago | from{SP}++(?:now|today) | hence )
        | (?P<r_in> in ) {SP}++ (?:(?:another|about|around|roughly|just|only){SP}++)?
          (?P<r_in_n> \d{{1,3}}|{NUMWORD}|a|an|{COUPLE} ) {SP}++  # in three weeks('s time)
          (?P<r_in_u> days?|weeks?|fortnights?|months?|years?|decades? )
          (?P<r_in_time> ['’]s?{SP}++time )?
        | (?P<r_rest> rest|remainder ) {SP}++of{SP}++(?:the|this){SP}++
          (?P<r_rest_u> week|month|quarter|year )                 # the rest of the month
        | (?P<r_part> end|start|beginning|middle|close ) {SP}++of{SP}++the{SP}++
          (?P<r_part_u> week|month|quarter|year )                 # the end of the year
        | (?P<r_todate> year|month|quarter|week ) (?:{SP}++|-) to (?:{SP}++|-) date
    )\b
    """,
    regex.VERBOSE,
)
OF_THE: Final = (" of the ", " of this ")
AFTER_UNIT = regex.compile(
    rf"""(?:
        {SP}++(?:earlier|later|before|after|ago|hence|from{SP}++(?:now|today)|to{SP}++date)
      | -to-date | ['’]s?{SP}++time
    )\b""",
    regex.I | regex.VERBOSE,
)

BACK_DAY = regex.compile(
    rf"""(?r)
    (?: (?P<wd>{WEEKDAY}) ,?{SP}++ )?                         # "Tuesday, 7 March"
    (?: (?P<the>the){SP}++ )?
    (?: \b(?P<d1>\d{{1,2}}){ORD} {SP}*+ (?P<conj>{DASH}|to|until|through|and) {SP}*+ )?
    \b(?P<d>\d{{1,2}}){ORD} {SP}++ (?:of{SP}++)?             # "5 September", "5th of May"
    """,
    regex.VERBOSE,
)
BACK_WEEKDAY = regex.compile(
    rf"(?r)(?:\b(?P<mod>on|this|last){SP}++)?\b(?P<wd>{WEEKDAY}),?{SP}++(?:the{SP}++)?",
    regex.VERBOSE,
)
BACK_MONTH_MOD = regex.compile(
    rf"""(?r)
    (?: \b(?P<prep>in|on|from|since|by|until|during|before|after){SP}++ )?
    (?: just{SP}++ )?
    (?P<core>
        (?: the{SP}++ )? (?: very{SP}++ )?
        (?P<pos> early|mid|late|end|start|beginning|middle ) (?:{SP}++of{SP}++|{SP}++|-)
      | the{SP}++ (?P<fl>first|last){SP}++ (?P<n>\d{{1,2}}|{NUMWORD}){SP}++
        (?P<unit>days|weeks){SP}++of{SP}++                  # the first five days of
      | the{SP}++ (?P<fl1>first|last){SP}++week{SP}++of{SP}++
      | the{SP}++ (?P<half>first|second){SP}++half{SP}++of{SP}++
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
BACK_NIGHT_OF = regex.compile(rf"(?r)(?:\bon{SP}++)?\bthe{SP}++night{SP}++of{SP}++", regex.I)
BACK_PREP = regex.compile(
    rf"""(?r)
    \b(?:
        (?P<keep> on|in|during|from|since|between|last|this|next|the{SP}++month{SP}++of )
      | (?P<cue> until|till|by|before|after|throughout|through|of|and|to )
    ){SP}++
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
BACK_WEEKDAY_MOD = regex.compile(
    rf"(?r)\b(?P<mod>on|last|next|this|since|from|between|early|late|past|coming){SP}++",
    regex.I,
)
BACK_NAMED_DAY = regex.compile(
    rf"(?r)\b(?:Good|Black|Cyber|Super|Bloody|Ash|Easter|Palm|Holy|Maundy|Shrove){SP}++"
)
BACK_THE = regex.compile(rf"(?r)\b(?:(?P<prep>on|of){SP}++)?(?P<the>the|that|a){SP}++", regex.I)
BACK_EARLIER = regex.compile(rf"(?r)\b(?:earlier|later|so{SP}++far){SP}++", regex.I)
BACK_ON = regex.compile(rf"(?r)\b(?:on|in){SP}++", regex.I)
BACK_YEAR_CUE = regex.compile(
    rf"""(?r)
    (?: \b(?:in|since|of|by|until|till|from|during|before|after|between|early|late|the|year
           |spring|summer|autumn|fall|winter|end{SP}++of|start{SP}++of|beginning{SP}++of
           |fiscal|financial{SP}++year|FY)
        (?:{SP}++|-)
      | \bmid- | ['’]s{SP}++ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

ABBREV_DOT = regex.compile(rf"\.(?={SP}*+\d)")
AFTER_DAY = regex.compile(
    rf"""
    {SP}++ (?P<d>\d{{1,2}}){ORD} \b (?![:.,]?\d|{SP}*%)      # "September 5", "Sept. 5th"
    (?:
        {SP}*+ (?P<conj>{DASH}|to|until|till|through|and) {SP}*+
        (?: (?P<m2>{MONTH})\.?{SP}++ )?
        (?P<d2>\d{{1,2}}){ORD} \b (?![:.,]?\d|{SP}*%)          # "1-5", "28 to September 3"
    )?+
    """,
    regex.VERBOSE,
)
AFTER_B_RANGE = regex.compile(
    rf"""
    {SP}*+ (?P<conj>{DASH}|to|until|till|through|and) {SP}*+
    (?P<d2>\d{{1,2}}){ORD} {SP}++ (?:of{SP}++)?
    (?P<m2>{MONTH})\b                                   # "28 August to 3 September"
    """,
    regex.VERBOSE,
)
AFTER_MONTH_RANGE = regex.compile(
    rf"""
    {SP}*+ (?P<conj>{DASH}|to|until|till|through|and) {SP}*+
    (?P<m2>{MONTH})\b (?:\.(?={SP}*+\d))?                # "May to Oct. 2025"
    """,
    regex.VERBOSE,
)
AFTER_YEAR = regex.compile(
    rf"(?:,{SP}*+|{SP}++(?:of{SP}++)?)(?P<y>{YEAR})\b(?![.,:/]?\d|-\d)",  # "June of 1990"
)
# "in March last year", "June of next year": a year named relative to publication.
AFTER_REL_YEAR = regex.compile(rf"{SP}++(?:of{SP}++)?(?P<rel>last|this|next){SP}++year\b", regex.I)
AFTER_TIME = regex.compile(
    rf"""
    (?: ,?{SP}*+ (?:at{SP}++)? | T )
    (?P<h>[01]?\d|2[0-3])
    (?: :(?P<mi>[0-5]\d) )?
    (?: {SP}?+ (?P<ap>[AaPp]) \.?+ [Mm] (?:\.|\b) )?
    (?![\d:])
    """,
    regex.VERBOSE,
)
AFTER_WEEKDAY = regex.compile(
    rf"""
    {SP}++ (?P<part>night|morning|afternoon|evening)\b
    | {SP}*+ (?P<conj>{DASH}|to|until|through|and) {SP}*+ (?P<wd2>{WEEKDAY})\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
WEEKDAY_THEN_DATE = regex.compile(
    rf",?{SP}++(?:the{SP}++)?(?:\d{{1,2}}{ORD}{SP}++(?:of{SP}++)?{MONTH}\b|{MONTH}\b\.?{SP}*+\d)"
)
AFTER_NAME = regex.compile(
    rf"{SP}++(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Observer|Star"
    rf"|Tribune|People|Sport|World|Business|Review|League|School|Service)\b"
)
AFTER_DAYPART = regex.compile(rf"{SP}++(?P<part>morning|afternoon|evening|night)\b", regex.I)
# "overnight into Thursday" is the night before Thursday; "overnight Saturday" (US wire
# style) is Saturday night, optionally "... into Sunday".
AFTER_OVERNIGHT = regex.compile(
    rf"""{SP}++(?:(?P<into>into|on|to){SP}++)?(?P<wd>{WEEKDAY})\b
    (?: {SP}++(?:into|to){SP}++(?P<wd2>{WEEKDAY})\b )?""",
    regex.VERBOSE,
)
# "the day before yesterday", "the day after tomorrow": counted from publication.
AFTER_NEXT_DAY = regex.compile(rf"{SP}++(?P<w>yesterday|tomorrow)\b", regex.I)
# "the day before the summit" is relative to an event, not to an earlier date.
AFTER_EVENT = regex.compile(
    rf"{SP}++(?:the|a|an|his|her|its|their|our|my|this|that|\p{{Lu}}|\d)\b", regex.I
)
AFTER_OF = regex.compile(rf"{SP}++of{SP}", regex.I)
# "2023-24", "2023/24": a season or a fiscal year, the second year in two digits.
AFTER_SHORT_YEAR = regex.compile(r"[-–/](?P<yy>\d\d)(?![\d.,:/-])")
# A lower-case "may" or "march" is a month after these and before the end of a phrase.
BACK_LOWER_MONTH = regex.compile(rf"(?r)\b(?:in|since|until|through|early|late|mid){SP}*+-?")
AFTER_LOWER_MONTH = regex.compile(rf"(?:[,.;:!?)]|$|{SP}++(?:and|or|to|last|this|next)\b)")
AFTER_YEAR_RANGE = regex.compile(
    rf"{SP}*+(?P<conj>{DASH}|to|until|through|and){SP}*+(?P<y2>{YEAR})\b(?![.,:/]?\d|-\d)"
)

# Patterns a first reading is widened or narrowed by (see ``ranges.widen``).
BACK_PART = regex.compile(  # "late last year", "mid-2023"
    rf"""(?r)
    (?: (?:\bthe{SP}++)? \b(?P<pos>early|mid|late) (?:{SP}++|-)
      | (?:\bthe{SP}++)? (?:very{SP}++)?
        \b(?P<pos2>end|start|beginning|middle|close) {SP}++of{SP}++ )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
BACK_PERIOD_TO = regex.compile(  # "in the week to Sunday"
    rf"""(?r)
    (?: \b(?:in|over|during|for){SP}++ )? \bthe{SP}++
    (?: (?P<n>\d{{1,2}}|{NUMWORD}) (?:{SP}++|-) )?
    (?P<unit>weeks?|months?|quarters?|years?)
    {SP}++ (?:to|ending|ended|through|thru|until) {SP}++
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
BACK_OPEN = regex.compile(rf"(?r)\b(?P<w>from|between){SP}++", regex.I)
JOIN = regex.compile(rf"{SP}*+(?P<conj>and|to|until|till|through|{DASH}){SP}*+", regex.I)
AFTER_TO_NOW = regex.compile(
    rf"{SP}*+(?P<conj>and|to|until|till|through|{DASH}){SP}*+(?:now|today|the{SP}++present|date)\b",
    regex.I,
)
BACK_COORD = regex.compile(rf"(?r)(?:,{SP}*+(?:(?:and|or){SP}++)?|{SP}++(?:and|or|&){SP}++)")
BACK_ORDINAL = regex.compile(  # "the third quarter"
    rf"(?r)(?:\bthe{SP}++)?\b(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:{SP}++|-)",
    regex.I,
)
AFTER_PERIOD_YEAR = regex.compile(  # "of 2023", "of last year"
    rf"""(?: {SP}++ (?:of{SP}++)? | ['’] (?=\d\d\b) )
    (?: (?P<y>{YEAR})\b(?![.,:/]?\d) | (?P<yy>\d\d)\b
      | (?P<rel>last|this|next|the){SP}++year\b )""",
    regex.VERBOSE | regex.IGNORECASE,
)
AFTER_WEEK_OF = regex.compile(  # "on Friday next week"
    rf"{SP}++(?:of{SP}++)?(?P<rel>this|last|next){SP}++week\b", regex.I
)
BACK_NTH = regex.compile(  # "the first Monday of June"
    rf"(?r)\bthe{SP}++(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th){SP}++",
    regex.I,
)
AFTER_OF_MONTH = regex.compile(rf"{SP}++(?:of|in){SP}++(?P<m>{MONTH})\b(?:\.(?={SP}*+\d))?")
AFTER_OF_REL_MONTH = regex.compile(  # "the last Sunday of the month"
    rf"{SP}++of{SP}++(?P<rel>the|this|next|last){SP}++month\b", regex.I
)
AFTER_THE_NTH = regex.compile(  # "Friday the 12th"
    rf",?{SP}++the{SP}++(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
)
BACK_HOLIDAY = regex.compile(
    rf"""(?r)\b(?P<w>on|at|over|before|after|since|until|till|by|during|for|around|from
    |through|in|of|this|last|next|the|ahead{SP}++of){SP}++""",
    regex.VERBOSE | regex.IGNORECASE,
)
FUTURE_CUE = regex.compile(
    r"""\b(?:will|shall|won['’]t|['’]ll|due|scheduled|expected|set{SP}to|going{SP}to|plans?|planned
    |aims?|hopes?|intends?|would|could|should|might|must|opens?|begins?|starts?|ends?|expires?
    |resumes?|returns?|reopens?|takes?{SP}effect)\b""".replace("{SP}", SP),
    regex.VERBOSE | regex.IGNORECASE,
)
LIST_GOES_ON = regex.compile(rf"(?:,|{SP}++(?:and|or)\b)")
CLAUSE_END = re.compile(r"[.!?;\n]")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
BACK_COPULA = regex.compile(
    rf"(?r)\b(?:is|are|['’]s|was|were|be){SP}++"
)  # "the vote is in two weeks"
DIGIT4 = re.compile(r"\d{4}")
# "03/05/2024", "13.04.2024": the day and month before a year, read backwards.
BACK_NUMERIC_DATE = regex.compile(
    r"(?r)(?<![\w/.-])(?P<a>[0-3]?\d)(?P<s1>[/.-])(?P<b>[0-3]?\d)(?P<s2>[/.-])"
)

DIGIT = re.compile(r"\d")
OPENERS: Final = frozenset({"from", "betw", "From", "Betw"})
YEAR_BEFORE_BAD = frozenset("0123456789/.-:,$€£#+")
# "the Easter weekend", "the Memorial Day long weekend", "the Easter bank holiday weekend".
AFTER_HOLIDAY_WEEKEND = regex.compile(
    rf"{SP}++(?:long{SP}++|(?:bank{SP}++)?holiday{SP}++)?weekend\b", regex.IGNORECASE
)
# "(at) this time last year", "around the same time next year": a day a year away.
BACK_THIS_TIME = regex.compile(
    rf"(?r)\b(?:(?:at|around|about|by){SP}++)?(?:this|the{SP}++same){SP}++time{SP}++", regex.I
)
