"""Dates and date words a page prints that are not a plain date: a date in Chinese numerals closing an official
document (二〇二四年三月十五日), and the province a news app says a post was sent from, after its time
(2025-09-08 17:32  福建)."""

from __future__ import annotations

import datetime as dt
import re

from chaingraph.core.values import chinese_digit_string, chinese_number

PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
             "海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
SENT_FROM_RE = re.compile(rf"(?<=\s)(?:{PROVINCES})\s*$")


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
