"""Traditional to Simplified Chinese: OpenCC's t2s, with 著 turned into 着 where Simplified writes 着."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def _t2s_cached(text: str) -> str:
    return _converter().convert(text)


def t2s_plain(text: str) -> str:
    """OpenCC's conversion alone (no 著 rule), the text unchanged if OpenCC fails."""
    try:
        return _converter().convert(text)
    except Exception:  # OpenCC must never take the pipeline down
        return text


def t2s(text: str) -> str:
    """Simplified text of the same length, or the text unchanged."""
    try:
        out = _t2s_cached(text) if len(text) < 64 else _converter().convert(text)
    except Exception:  # OpenCC must never take the pipeline down
        return text
    if len(out) != len(text):
        return text
    return ZHE_RE.sub("着", out) if "著" in out else out


# OpenCC t2s keeps 著 everywhere (随著), but Simplified writes 着 for the aspect
# particle and for zhuó/zháo words.  The tw2s config fixes those yet breaks the
# zhù words (显着, 编着, 着称), so t2s stays and only these cases are changed:
# 著 after a verb or preposition that takes the particle, unless a zhù word
# follows (著作, 著名 ...); and 著 starting 着手/着力/着眼/着重 ..., unless it
# ends a zhù word (显著, 编著 ...).
ZHE_RE = re.compile(
    "(?:(?<=[随接跟沿朝向看为有带拿等听穿戴本凭靠怀抱站坐躺笑盯望守挂留忙想说写做顺冲执衣沉当])"
    "|(?<=意味|围绕|伴随|面临|保持|存在|标志|蕴含|承载|肩负|代表|预示|发挥|关系|影响))著(?![作名称述录书者])"
    "|(?<![显卓昭彰名原编专论合遗土巨译新拙所])著(?=[手力眼重陆想实迷急落装])"
)
