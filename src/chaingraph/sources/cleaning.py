"""What every cleaning step of the normalizer shares: the Change record each step logs, the LOST
mark for a character that cannot be recovered, and the character classes the steps test for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LOST = "〓"

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〓"
CJK_RE = re.compile(f"[{CJK}]")
# Characters that count as "Chinese context" for punctuation decisions.
CJK_CONTEXT_RE = re.compile(f"[{CJK}\u3000-\u303f\uff01-\uff5e“”‘’…—·]")
# ASCII marks and the fullwidth ones they stand for in Chinese text.
PUNCT_TO_FULL = {"!": "！", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？"}


@dataclass(frozen=True)
class Change:
    """One edit the normalizer made, for curators: its kind, the raw line, and before/after."""

    kind: str
    line: int
    before: str
    after: str
