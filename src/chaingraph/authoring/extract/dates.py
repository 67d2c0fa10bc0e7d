"""Dates a sentence names: full dates, months and years, and with the source's date bare days and
months (9月10日, 8月), relative years (去年) and months of a relative year (明年6月); the first date
of the byline is the source's date.
"""

from __future__ import annotations

import datetime as dt
import re

from chaingraph.authoring.extract.candidates import DateMention
from chaingraph.authoring.extract.rules import HEADING_RE
from chaingraph.sources.metadata import reference_date
from chaingraph.sources.sentences import Sentence

FULL_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})日?")
MONTH_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月")
YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年")
BARE_DAY_RE = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
BARE_MONTH_RE = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?:底|初|末|中旬|上旬|下旬|份)?")
RELATIVE_MONTH_RE = re.compile(r"(?P<rel>前年|去年|今年|明年)(?P<m>\d{1,2})月(?:底|初|末|中旬|上旬|下旬|份)?")
RELATIVE_YEAR_RE = re.compile(r"(?P<rel>前年|去年|今年|明年)(?:初|底|末|年初|年底|上半年|下半年)?")
RELATIVE_YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}


def article_dates(sentences: list[Sentence], source_date: str | None) -> list[DateMention]:
    """Every date the article names. A bare month or day (10月进入试生产) is of the year the numbered heading above it
    names when that year is past (一、2025年工作总结 / … in a report of January 2026) and its sentence plans
    nothing, else of the source's year."""
    out, section = [], None
    year = int(source_date[:4]) if source_date else None
    for sentence in sentences:
        if HEADING_RE.match(sentence.text):  # 一、2025年工作总结: its year holds for the section under it
            named = [int(y) for y in YEAR_RE.findall(sentence.text)]
            section = named[-1] if named else None
        past = section if year and section and section < year else None
        out += find_dates(sentence, source_date, None if past and PLAN_WORD_RE.search(sentence.text) else past)
    return out


DONE_BEFORE_RE = re.compile(r"已(?:经)?(?:于|在)?(?:\d{1,2}月(?:至|到|—|-|～))?$")


def _done_last_year(text: str, match, source_month: int) -> int:
    """1 where a bare month told as done (已于11月开工) lies after the source's own month: it was last year's."""
    return int(int(match["m"]) > source_month and DONE_BEFORE_RE.search(text, 0, match.start()) is not None)


PLAN_WORD_RE = re.compile(r"计划|预计|力争|将|拟")  # (a plan under last year's heading is still of this year)


def find_dates(sentence: Sentence, source_date: str | None, bare_year: int | None = None) -> list[DateMention]:
    """Every date the sentence names, in text order; a span is read once, by its fullest form. ``bare_year``: the
    year of a bare month or day, where not the source's."""
    out, taken = [], []
    year = int(source_date[:4]) if source_date else None

    def add(match, value):
        span = (match.start(), match.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        start = sentence.start + span[0]
        out.append(DateMention(match.group(0), start, start + len(match.group(0)), sentence.id, value))

    for match in FULL_DATE_RE.finditer(sentence.text):
        y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
        if _valid(y, m, d):
            add(match, f"{y:04d}-{m:02d}-{d:02d}")
    for match in MONTH_RE.finditer(sentence.text):
        if 1 <= int(match["m"]) <= 12:
            add(match, f"{match['y']}-{int(match['m']):02d}")
    for match in YEAR_RE.finditer(sentence.text):
        add(match, match["y"])
    if year:
        for match in RELATIVE_MONTH_RE.finditer(sentence.text):
            if 1 <= int(match["m"]) <= 12:
                add(match, f"{year + RELATIVE_YEARS[match['rel']]:04d}-{int(match['m']):02d}")
        bare = bare_year or year
        month = int(source_date[5:7]) if len(source_date) >= 7 and not bare_year else 12  # (a heading's year: as is)
        for match in BARE_DAY_RE.finditer(sentence.text):
            y = bare - _done_last_year(sentence.text, match, month)
            if _valid(y, int(match["m"]), int(match["d"])):
                add(match, f"{y:04d}-{int(match['m']):02d}-{int(match['d']):02d}")
        for match in BARE_MONTH_RE.finditer(sentence.text):
            if 1 <= int(match["m"]) <= 12:
                add(match, f"{bare - _done_last_year(sentence.text, match, month):04d}-{int(match['m']):02d}")
        for match in RELATIVE_YEAR_RE.finditer(sentence.text):
            add(match, str(year + RELATIVE_YEARS[match["rel"]]))
    return sorted(out, key=lambda d: d.start)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def date_in_byline(sentences: list[Sentence]) -> str | None:
    """The source's date when its metadata has none, read by the sources stage's rules (the ones
    `chaingraph ingest` uses): a publication dateline, a 8月5日讯 with its year, the visit's date,
    else the first full date of the article's head."""
    return reference_date(sentences)


# the years a clause names, to compare two clauses (上年 is 去年 in a report's words)
YEAR_WORD_RE = re.compile(r"(20\d\d)年|今年|去年|上年|明年")


def years_apart(text: str, one: tuple[int, int], other: tuple[int, int], source_date: str | None = None) -> bool:
    """Whether two spans of the text each name a year, and not the same one (2019年落户…，今年再投资…; 今年 is the
    source's year where its date is known)."""
    years = [_year(YEAR_WORD_RE.search(text, *span), source_date) for span in (one, other)]
    return None not in years and years[0] != years[1]


def _year(match, source_date: str | None) -> int | None:
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    offset = RELATIVE_YEARS[match.group(0).replace("上年", "去年")]
    return int(source_date[:4]) + offset if source_date else offset
