"""The shapes of plain values every data file uses: ids and calendar dates."""

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
