"""Site chrome around an article: menus, breadcrumbs and site names before the title, source and
editor lines, photo credits, page counters, datelines, share, login and report links, copyright lines,
and link lists after a list header (热门排行, 相关阅读 ...).

Chrome is matched per paragraph, in Simplified text, and dropped (each dropped line is logged, so the
metadata reader still sees the 来源 line and the dateline); anything else is kept. What each kind of page
line looks like is decided in ``pagelines``. A byline (记者 张三) is not chrome: it is kept, and a
byline before the headline does not end the page's head.
"""

from __future__ import annotations

import re

from chaingraph.sources.bulletins import is_disclosure_fields, is_issue_line, is_series_name
from chaingraph.sources.cleaning import Change
from chaingraph.sources.layout import drop_page_breaks, is_layout_line
from chaingraph.sources.pagelines import (
    EDITOR_ROLES,
    META_WORDS_RE,
    account_line,
    is_breadcrumb,
    is_byline_line,
    is_dateline,
    is_editor_line,
    is_headline,
    is_masthead,
    is_menu_row,
    is_page_counter,
    is_photo_credit,
    is_post_dateline,
    is_print_note,
    is_site_header,
    is_site_name,
    is_toolbar,
    split_page_title,
)
from chaingraph.sources.postforms import is_quote_strip, is_security_line

MENU_RE = re.compile(r"^[-*•·»]\s*\S.{0,14}$")
# a bullet, a numbered item, or a ranked one (1 某某…)
LIST_ITEM_RE = re.compile(r"^(?:[-*•·»▶►▷●○◆◇■□★☆→]\s*\S|\d{1,2}\s*[.、．)）]\s*\S|\d{1,2}\s*\S)")
LIST_HEADER_RE = re.compile(
    r"^(?:热门排行|热门推荐|热点推荐|热门文章|热门新闻|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|"
    r"猜你喜欢|更多新闻|更多阅读|排行榜|今日热点|精彩推荐|热点新闻|热点文章|热门资讯|"
    # an account's and an app's lists after the post, an e-paper's other articles of the page
    r"往期推荐|往期回顾|往期精彩|往期精选|相关推荐|更多推荐|热文推荐|精选推荐|为你推荐|相关报道|本版其[他它]新闻|本版新闻|"
    r"同版新闻|本版其[他它]文章|推荐文章|你可能还喜欢|猜你想看|"
    r"相关视频|更多视频|热门视频|推荐视频|相关专题|相关稿件)(?:榜)?[：:]?$"  # a station's page: its other clips
)
CHROME_RE = re.compile(
    r"^(?:(?:(?:本文|文章|信息|新闻|内容)?来源|稿源|出处|转自|转载自|原标题|栏目|责任编辑|编辑|责编|审核|校对|监制|终审|"
    r"初审)\s*[：:|｜丨]"
    r"|分享(?:到|至|让更多人看到|给朋友)?[：:]?$|.*扫一扫|.*扫码|.*(?:©|copyright|版权所有)"
    r"|.*(?:ICP[备证]|公网安备)\s*\d"  # 赣ICP备15009876号: a site's registration number (not ICP备案 in a sentence)
    r"|(?:上一篇|下一篇)|(?:登录|注册|举报|返回顶部|打印本页|关闭窗口|收藏|字号)"
    r"|(?:首页|English|民文|听全文|收听全文|听新闻)$|(?:繁体|简体)\s*[|｜/／]\s*(?:繁体|简体)$|(?:主办|承办|主管|技术支持)(?:单位)?\s*[：:]|(?:友情|相关)链接\s*[：:]"
    r"|\S{2,18}\s+\S{2,16}(?:主办|承办|主管)$"  # 某某新闻网　某某日报社主办: the site and who runs it
    r"|【广告】|\[广告\]|广告\s*[：:|｜]"  # 【广告】夏日特惠…: an advertisement set into the page
    r"|本文来自|以下文章来源于|.{2,24}(?:服务号|订阅号|公众号|视频号|官方账号|官方帐号)$)",  # the account a post came
    # from (以下文章来源于某某日报，作者张三: a WeChat repost's note), what kind of account
    re.I,
)
MAX_CHROME_LEN = 60
BUTTON_ROW_RE = re.compile(r"(?:\s*[【\[][^【】\[\]]{1,8}[】\]]){2,}\s*")
PROFILE_RE = re.compile(r"官方|权威发布|资讯|公众号|服务号|订阅号|欢迎关注")  # what an account says it is
# 原创 应城经开区 应城经开区, 原创 园区宣传中心 某某产业园 微信号 abc: an account post's mark, its author and account
ORIGINAL_MARK_RE = re.compile(r"^原创(?:[\s\u3000]+[\u4e00-\u9fffA-Za-z0-9_·]{1,16}){1,4}$")
PROFILE_LABEL_RE = re.compile(r"^功能介绍[\s\u3000：:]")  # the account's profile under its head line
SUBHEADLINE_RE = re.compile(r"^[—–\-－]{1,2}|^[（(]")
# 【产业动态】 alone above the headline: the column a bulletin or a page files the report under
COLUMN_LINE_RE = re.compile(r"^【[^【】]{2,12}】$")
NAV_ITEM_RE = re.compile(r"^[·•]\s*[^\s·•].{0,48}$")  # · a title in the page's list of its articles
# （责任编辑：张三） or （来源：某某日报） closing the last paragraph of the article, on the same line.
TRAILING_CREDIT_RE = re.compile(rf"[（(【\[]\s*(?:{'|'.join(EDITOR_ROLES)}|(?:本文|文章|信息)?来源|稿源)\s*[：:]"
                                r"[^（）()【】\[\]]{1,30}[）)】\]]$")


def _is_chrome(text: str) -> bool:
    """Page lines that are never article text, wherever they stand."""
    if is_dateline(text) or TRAILING_CREDIT_RE.match(text) or is_layout_line(text):  # （来源：某某日报） alone
        return True
    if is_disclosure_fields(text) or is_quote_strip(text):  # 索引号：…　发布机构：…; 最新价:18.42　涨跌幅:…
        return True
    if BUTTON_ROW_RE.fullmatch(text) and not META_WORDS_RE.sub("", re.sub(r"[\s【】\[\]]", "", text)):
        return True  # [上一版] [下一版] [返回目录]: a row of the page's buttons (not 【签约项目9个】【总投资…】)
    return len(text) <= MAX_CHROME_LEN and bool(
        CHROME_RE.match(text) or is_editor_line(text) or is_photo_credit(text) or is_page_counter(text)
        or is_toolbar(text) or is_print_note(text) or is_security_line(text))


def _is_head_chrome(text: str, later: list[str]) -> bool:
    """Page lines before the headline: menus, breadcrumbs, the browser's title of the page when the
    headline follows it (某某项目开工_某某新闻网), and a masthead or a row of short words when a
    headline follows, bylines aside (a short first line before the lead is the headline itself)."""
    if MENU_RE.match(text) or _is_chrome(text) or is_breadcrumb(text) or (later and is_masthead(text, later[0])):
        return True
    if is_issue_line(text) or COLUMN_LINE_RE.match(text):  # 2024年第18期, 【产业动态】 above the headline
        return True
    if ORIGINAL_MARK_RE.match(text) or PROFILE_LABEL_RE.match(text):  # 原创 某某 某某, 功能介绍 …: a post's head
        return True
    if is_disclosure_fields(text, head=True):  # 标　　题：… under a disclosure table, above the headline
        return True
    if NAV_ITEM_RE.match(text):  # · 恒澄BDO一体化项目一期投产: an e-paper's list of the page's titles, no headline
        return True
    below = [t for t in later if not is_menu_row(t)]  # (潮州+ / 新闻　视频 / the headline: the app's menu between)
    if _name_above(text) and len(below) >= 2 and is_headline(below[0]) and len(below[0]) > len(text) \
            and not SUBHEADLINE_RE.match(below[0]) and is_dateline(below[1]):
        return True  # 某某发布 / the headline / its dateline: the account's name (a short headline has a ——subheadline)
    if _name_above(text) and later and is_post_dateline(later[0]):
        following = next((t for t in later[1:] if not (_is_head_chrome(t, []) or is_byline_line(t))), "")
        return is_headline(following)  # 某某发布 / its dateline / 点击蓝字 关注我们 / the headline: the account's name
    if is_site_name(text) and later and is_breadcrumb(later[0]):
        return True  # 某某省人民政府 门户网站 / 首页 > 政务公开 > …: a site's name over its own navigation
    if (is_site_name(text) or is_series_name(text) or is_menu_row(text) or is_site_header(text)) \
            and not is_byline_line(text):
        following = next((t for t in later if not (_is_head_chrome(t, []) or is_byline_line(t))), "")
        return is_headline(following)
    return any(split_page_title(text, headline) for headline in later)


def _nav_items(paragraphs: list[tuple[int, str]], start: int) -> int:
    """How many lines of an e-paper's list of titles (· …) stand within the next dozen lines from `start`."""
    return sum(1 for _, text in paragraphs[start:start + 12] if NAV_ITEM_RE.match(text))


def drop_chrome(paragraphs: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    """The (line number, paragraph) pairs that are the article; each dropped one is logged."""
    paragraphs = drop_page_breaks(paragraphs, changes)  # — 1 — and a running header mid-sentence (layout)
    kept: list[tuple[int, str]] = []
    seen_title = in_list = list_to_end = in_text = in_body = in_comments = False
    accounts: set[str] = set()
    for i, (no, text) in enumerate(paragraphs):
        later = [t for _, t in paragraphs[i + 1:i + 8 + _nav_items(paragraphs, i + 1)]]  # (the headline under a
        # page's list of titles)
        menu = not seen_title and _is_head_chrome(text, later)
        # the account a post's head line names, said again below it (原创 某某 某某 2025年… / 某某)
        accounts.update(match["name"] for match in [account_line(text)] if match)
        # after the headline, before the text: the account's name above its dateline (某某视界 / 02月26日 18:42)
        menu = menu or text in accounts or (seen_title and not in_text and _name_above(text) and bool(later)
                                            and is_dateline(later[0]))
        # 大理经济技术开发区官方发布平台，权威发布园区资讯。: the account's profile, under its name
        menu = menu or (i > 0 and paragraphs[i - 1][1] in accounts and not in_text and len(text) <= MAX_CHROME_LEN
                        and PROFILE_RE.search(text) is not None and not re.search(r"\d", text))  # (no dated lead)
        # the readers' comments go on to a list header (相关推荐) or the end, but for the article going on
        in_comments = in_comments and not LIST_HEADER_RE.match(text) and not _article_goes_on(text, later)
        if (in_list and LIST_ITEM_RE.match(text) and len(text) <= MAX_CHROME_LEN) or list_to_end or in_comments:
            drop = True
        else:
            comments_header = COMMENTS_HEADER_RE.match(text) is not None
            # under the article's text, a 评论（12） head opens the comments; above it, it is the count on a button
            in_comments = comments_header and in_body
            in_list = bool(LIST_HEADER_RE.match(text))
            list_to_end = in_list and _headlines_to_the_end([t for _, t in paragraphs[i + 1:]])
            drop = bool(menu or in_list or comments_header or (seen_title and _is_chrome(text)))
        if drop:
            changes.append(Change("chrome", no, text, ""))
            continue
        in_text = in_text or (seen_title and not is_byline_line(text))
        in_body = in_body or (seen_title and SENTENCE_END_RE.search(text) is not None)  # a sentence under the title
        seen_title = seen_title or not is_byline_line(text)
        text = _cut_trailing_credit(no, text, changes)
        if text != paragraphs[i][1] and _is_chrome(text):  # 【纠错】 before a cut 【责任编辑：…】
            changes.append(Change("chrome", no, text, ""))
            continue
        kept.append((no, text))
    return _drop_trailing_list(kept, changes)


def _name_above(text: str) -> bool:
    """A short line of a name only (蚌埠发布, 某某视界): an account's or a site's name where it stands above a
    headline and its dateline, or above the dateline after the headline."""
    return 2 <= len(text) <= 10 and bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z·]+\+?", text))  # (潮州+: an app's name)


def _headlines_to_the_end(rest: list[str]) -> bool:
    """After a list header (相关新闻：), only other pages' headlines (short, no sentence's end) or page
    chrome up to the end of the capture: the header's list, without its bullets."""
    return bool(rest) and all(_is_chrome(t) or (len(t) <= 40 and not re.search("[。！？；]$", t)
                                                and is_headline(t)) for t in rest)


# The head of a page's readers' comments (评论（12）, 网友评论, 全部评论：, 36条评论). Under it, every line is a
# reader's (a comment on one line: 两路口老张：…… 赞 126; or spread over lines, as a news app prints it: the name /
# the comment / 赞 35 回复) up to a list header or the end of the capture.
COMMENTS_HEADER_RE = re.compile(r"^(?:(?:全部|热门|精彩|网友|最新|读者)?评论区?\s*(?:[（(]\d+[）)])?|\d+\s*条评论)"
                                r"[：:]?$")
# a comment's likes and reply buttons closing its line or alone on the next (赞 35, 35 赞, 赞 1.2万 回复, 回复), not
# a word ending in them (获得点赞, 作出回复)
LIKES = r"(?:\d+(?:\.\d+)?万?\s*)?(?:点赞|赞|回复)(?:\s*\d+(?:\.\d+)?万?)?"
COMMENT_TAIL_RE = re.compile(rf"(?<![\u4e00-\u9fff]){LIKES}(?:\s+{LIKES})*\s*$")
# a comment: its name and a colon with no sentence's mark before it (两路口老张：…, not 据介绍，…：), or its likes
COMMENT_RE = re.compile(rf"^[^\s：:，。；！？,;!?]{{1,16}}[：:]|{COMMENT_TAIL_RE.pattern}")


SENTENCE_END_RE = re.compile(r"[。！？][”’」』）)]?$")  # a paragraph closing a sentence


def _article_goes_on(text: str, later: list[str]) -> bool:
    """Among readers' comments, a paragraph that reads as the article going on, not as a comment: longer than any
    chrome line and closing a sentence (。！？), with no comment's mark of its own (a name and a colon, its likes)
    and no likes or reply line under it (the text of a comment spread over lines). It is kept, and the comments end
    there: a long comment without a name, likes or reply slips into the text, rather than an article's sentence
    being lost; one with a name and a colon stays a comment (记者从县工信局获悉：… under a 评论 head is dropped,
    logged; above it, it is always kept)."""
    return len(text) > MAX_CHROME_LEN and SENTENCE_END_RE.search(text) is not None \
        and not COMMENT_RE.search(text) and not (later and COMMENT_TAIL_RE.search(later[0]))


def _cut_trailing_credit(no: int, text: str, changes: list[Change]) -> str:
    match = TRAILING_CREDIT_RE.search(text)
    if match is None or match.start() == 0:
        return text
    changes.append(Change("chrome", no, match.group(0), ""))
    return text[:match.start()].rstrip()


def _drop_trailing_list(kept: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    """A run of 3+ short "- item" lines closing the page is a headerless link list."""
    n = start = len(kept)
    while start > 1 and re.match(r"^[-*•·»]\s*\S", kept[start - 1][1]) and len(kept[start - 1][1]) <= 40:
        start -= 1
    if n - start < 3:
        return kept
    changes.extend(Change("chrome", no, text, "") for no, text in kept[start:])
    return kept[:start]
