"""The shapes of plain values every data file uses: ids, calendar dates and numbers in Chinese numerals."""

from __future__ import annotations

import datetime as dt
import re

# A source or entity id: lower-case ASCII words joined by single hyphens (pinyin slugs).
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_real_date(text: str) -> bool:
    """YYYY-MM-DD naming a day that exists.

    >>> is_real_date("2024-02-29"), is_real_date("2023-02-29")
    (True, False)
    """
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# The digits of Chinese numerals; 〇 and its look-alikes are the zero of dates written out (二〇二四年).
CHINESE_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int:
    """A number below ten thousand written with digits and units.

    >>> chinese_number("十二"), chinese_number("二十五"), chinese_number("三百零六")
    (12, 25, 306)
    """
    total = number = 0
    for char in text:
        if char in CHINESE_DIGITS:
            number = CHINESE_DIGITS[char]
        elif char in CHINESE_UNITS:
            total += (number or 1) * CHINESE_UNITS[char]
            number = 0
    return total + number


def chinese_digit_string(text: str) -> int:
    """A number written digit by digit, as years are: 二〇二四 -> 2024."""
    return int("".join(str(CHINESE_DIGITS[char]) for char in text))
