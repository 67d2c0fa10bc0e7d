"""The dates a page prints and the words around them: a date and a time, a weekday and the lunar date, a feed
card's date without its year, a date in Chinese numerals closing an official document (二〇二四年三月十五日), and
the province a news app says a post was sent from, after its time (2025-09-08 17:32  福建)."""

from __future__ import annotations

import datetime as dt
import re

from chaingraph.core.values import chinese_digit_string, chinese_number

CJK = "\u4e00-\u9fff"
DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*"
                     r"(?P<d>\d{1,2})(?!\d)\s*日?")
TIME_RE = re.compile(r"(?<!\d)\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?!\d)")
# a weekday, and the lunar date an e-paper prints beside it (农历乙巳年六月十九)
WEEKDAY_RE = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|"
                        r"农历(?:[\u4e00-\u9fff]{2}[鼠牛虎兔龙蛇马羊猴鸡狗猪]?年)?\s*闰?[正一二三四五六七八九十冬腊]{1,2}月\s*"
                        r"[初十廿卅一二三四五六七八九十]{1,3}日?")
# An app's feed card: 泉州网 03-12 08:40, 03月12日 08:30, 某某客户端 3月12日 — a month and day without the
# year (the year is elsewhere on the page), with the time or the source's name beside it, or alone.
CARD_DATELINE_RE = re.compile(rf"^(?:(?P<name>[{CJK}A-Za-z0-9·]{{2,16}})\s+)?(?P<m>0?[1-9]|1[0-2])\s*(?:月|-|/)\s*"
                              rf"(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)\s*日?\s*(?P<time>{TIME_RE.pattern})?"
                              rf"(?:\s*(?:[·•]\s*)?(?:IP属地\s*[：:]?\s*)?[{CJK}]{{2,3}})?$")

PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
             "海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
# where an app's post was sent from: a province, or a province and its city (山东青岛; not 北京日报, a newspaper)
SENT_FROM_RE = re.compile(rf"(?<=\s)(?:{PROVINCES})(?:[\u4e00-\u9fff]{{1,4}}(?<![报网台刊号闻社]))?\s*$")


# 二〇二四年三月十五日: the date an official document is signed with, alone on its closing line.
CN_DIGITS = "〇零○Ｏ一二三四五六七八九"
CN_DATE_RE = re.compile(rf"^(?P<y>[{CN_DIGITS}]{{4}})年(?P<m>[十{CN_DIGITS}]{{1,2}})月(?P<d>[十{CN_DIGITS}]{{1,3}})日$")


def chinese_numeral_date(text: str) -> str | None:
    """YYYY-MM-DD of a line that is only a date in Chinese numerals (二〇二四年三月十五日), else None."""
    match = CN_DATE_RE.match(text.strip())
    if match is None:
        return None
    try:
        return dt.date(chinese_digit_string(match["y"]), chinese_number(match["m"]),
                       chinese_number(match["d"])).isoformat()
    except ValueError:
        return None


def full_date(match: re.Match) -> str | None:
    """YYYY-MM-DD of a DATE_RE match, or None when it names no real day."""
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None
