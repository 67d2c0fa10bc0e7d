"""Site chrome around an article: menus before the title, source/editor footers, share, login and
report links, copyright lines, and link lists after a list header (热门排行, 相关阅读 ...).

Chrome is matched per paragraph, in Simplified text, and dropped; anything else is kept.
"""

from __future__ import annotations

import re

from chaingraph.sources.cleaning import Change

MENU_RE = re.compile(r"^[-*•·»]\s*\S.{0,14}$")
LIST_ITEM_RE = re.compile(r"^(?:[-*•·»]\s*\S|\d{1,2}\s*[.、．)）]\s*\S|\d{1,2}\S)")
LIST_HEADER_RE = re.compile(
    r"^(?:热门排行|热门推荐|热点推荐|热门文章|热门新闻|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|"
    r"猜你喜欢|更多新闻|更多阅读|排行榜|今日热点|精彩推荐)(?:榜)?[：:]?$"
)
CHROME_RE = re.compile(
    r"^(?:(?:来源|稿源|出处|责任编辑|编辑|责编|审核|校对|监制|终审|初审)\s*[：:]"
    r"|分享(?:到|至|让更多人看到|给朋友)?[：:]?$|.*扫一扫|.*扫码|.*(?:©|copyright|版权所有)"
    r"|(?:上一篇|下一篇)|(?:登录|注册|举报|返回顶部|打印本页|关闭窗口|收藏|字号)"
    r"|(?:首页|English|民文)$)",
    re.I,
)
MAX_CHROME_LEN = 60


def _is_chrome(text: str) -> bool:
    return len(text) <= MAX_CHROME_LEN and bool(CHROME_RE.match(text))


def drop_chrome(paragraphs: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    """The (line number, paragraph) pairs that are the article; each dropped one is logged."""
    kept: list[tuple[int, str]] = []
    seen_title = in_list = False
    for no, text in paragraphs:
        menu = not seen_title and (MENU_RE.match(text) or _is_chrome(text))
        if in_list and LIST_ITEM_RE.match(text) and len(text) <= MAX_CHROME_LEN:
            drop = True
        else:
            in_list = bool(LIST_HEADER_RE.match(text))
            drop = bool(menu or in_list or (seen_title and _is_chrome(text)))
        if drop:
            changes.append(Change("chrome", no, text, ""))
            continue
        seen_title = True
        kept.append((no, text))
    return _drop_trailing_list(kept, changes)


def _drop_trailing_list(kept: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    """A run of 3+ short "- item" lines closing the page is a headerless link list."""
    n = start = len(kept)
    while start > 1 and re.match(r"^[-*•·»]\s*\S", kept[start - 1][1]) and len(kept[start - 1][1]) <= 40:
        start -= 1
    if n - start < 3:
        return kept
    changes.extend(Change("chrome", no, text, "") for no, text in kept[start:])
    return kept[:start]
