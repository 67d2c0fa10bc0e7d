"""The body that published a capture, read from its head, its chrome and its credits. The rules, first
that finds one wins:

* a 来源/稿源/本文来源 line (unless it only says 网络 or 综合; 综合整理 after a name is cut), a government body's
  short name there in full as the page writes it;
* the account a platform's page says the post came from (本文来自…), the issuing body (发布机构：…), the office
  that compiled a bulletin, the account a repost chain carries, the board that signs an announcement off;
* the account a post's head line names, the source a feed card names;
* the news app a page's header names (椰城新闻 APP: the app's name without the word APP);
* the site's name in a dateline, the masthead of a ``某某网8月5日讯`` dateline;
* the site's name in the chrome (a masthead line, 某某报数字报 read as 某某报; the browser title; the copyright
  line), else the newsroom of a credit (自贡融媒记者 -> 自贡融媒).
"""

from __future__ import annotations

import re

from chaingraph.sources.appbanner import APP_HEADER_RE
from chaingraph.sources.bulletins import compiler_of, is_series_name
from chaingraph.sources.pagelines import (
    CJK,
    META_LABELS,
    Credit,
    account_line,
    card_dateline,
    dateline_site,
    is_dateline,
    is_masthead,
    is_post_dateline,
    is_site_name,
    split_page_title,
)
from chaingraph.sources.postforms import reposted_account, signing_board
from chaingraph.sources.sentences import Sentence

Found = tuple[str, str, str]  # the name, the line it was read from, how (in words, for the curator)

SOURCE_RE = re.compile(rf"(?:^|[\s|｜【\[（(])(?:本文|文章|信息|新闻|内容)?(?:来源|稿源)\s*[：:|｜丨]\s*"
                       rf"(?P<v>[^\s|｜：:，。；（(【\[]{{2,24}}?)(?=[\s|｜，。；（(【\[\]】）)]|$|(?:{META_LABELS})\s*[：:])")
# 发布机构：某某局, 发文机关：某某市人民政府: the body that issued a government page's notice.
ISSUER_RE = re.compile(rf"(?:^|[\s|｜])(?:发布机构|发布单位|发文机关|发文单位)\s*[：:]\s*(?P<v>[{CJK}（）()]{{2,30}}?)"
                       rf"(?=[\s|｜，。；]|$|(?:{META_LABELS})\s*[：:])")
# 本文来自【某某视界】，仅代表作者观点: the account a platform's page carries the post of; 以下文章来源于某某日报，
# 作者张三: the source a WeChat repost carries.
FROM_RE = re.compile(r"^(?:本文来自|以下文章来源于)\s*[【\[「“]?(?P<v>[^】\]」”，。；\s]{2,24}?)[】\]」”]?"
                     r"(?=[，。；\s]|$)")
VAGUE_SOURCES = {"网络", "互联网", "综合", "本站", "本网", "原创", "网友", "整理", "未知", "转载", "自媒体", "网络整理",
                 "综合整理", "本站原创", "综合报道", "网络转载", "其他"}
# 来源｜某某观察综合整理: the account that compiled the post, without the word for compiling.
COMPILED_RE = re.compile(r"(?:综合整理|编辑整理|整理|综合|编辑|报道)$")
# 某某报数字报, 某某日报电子版: the e-paper edition of a newspaper is the newspaper's.
LATIN_NAME_RE = re.compile(r"\s+[A-Z][A-Z &.\-]{3,30}$")  # 港湾财经 GANGWAN FINANCE: the masthead's capitals
EPAPER_RE = re.compile(r"(?<=报)\s*(?:数字报刊平台|数字报刊|数字报|电子报|数字版|电子版)$")
COPYRIGHT_RE = re.compile(r"©|copyright|版权所有|主办|承办|主管", re.I)
COPYRIGHT_WORDS_RE = re.compile(r"版权所有|主办单位|承办单位|主管单位|主办|承办|主管|不得转载|未经授权|禁止转载|"
                                r"违者必究|单位")
WIRE_RE = re.compile(r"^(?P<mast>[^，。；（(]{0,16}?)(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                     r"\s*(?:讯|电)(?=[\s（(【\[，,：:]|$)")  # not 8月5日电力...


CHANNEL_RE = re.compile(r"(?<=台)[·•][\u4e00-\u9fff]{2,8}频道$")  # 某某广播电视台·城市频道: the station publishes
ACCOUNT_NAME_RE = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,12}")  # a name alone on its line


def capture_publisher(chrome: list[str], sentences: list[Sentence], title: tuple[str, str] | None,
                      credits: list[Credit], lead: list[Sentence]) -> Found | None:
    """(name, line, how) of the body that published the capture, by the first rule that finds one (the
    module's docstring); ``title`` is the headline and the line it was read from, ``lead`` the first sentences."""
    head_lines = chrome + [s.text for s in sentences if s.kind in ("title", "byline")]
    for line in head_lines:
        for match in SOURCE_RE.finditer(line):
            name = COMPILED_RE.sub("", match["v"]) if len(match["v"]) > 4 else match["v"]
            if match["v"] not in VAGUE_SOURCES and name not in VAGUE_SOURCES and len(name) >= 2:
                if full := _full_name(name, chrome, sentences):  # 市发展改革委 -> 某某市发展和改革委员会
                    return (full, line, f"the 来源 line ({name}), by the full name the page gives")
                return (name, line, "the 来源 line")
    for line in head_lines:
        if carried := FROM_RE.match(line):
            return (carried["v"], line, "the account the page says the post came from")
        if issuer := ISSUER_RE.search(line):
            return (issuer["v"], line, "the issuing body the page names")
        if compiler := compiler_of(line):
            return (compiler, line, "the office that compiled the bulletin")
    if reposted := reposted_account([s.text for s in sentences]):  # //@北湖在线: … //@长春发布 V:
        return (*reposted, "the account whose post the repost chain carries")
    for sentence in reversed(sentences):
        if board := signing_board(sentence.text):
            return (board, sentence.text, "the company whose board signs the announcement off")
    for line in head_lines:
        if account := account_line(line):
            return (account["name"], line, "the account the post was published on")
        if (card := card_dateline(line)) and card["name"]:
            return (card["name"], line, "the source the feed card names")
    for line, below in zip(chrome, chrome[1:], strict=False):  # 某某发布 / 2025年08月20日 17:30 湖北: a post
        if ACCOUNT_NAME_RE.fullmatch(line.strip()) and not (is_site_name(line) or is_series_name(line)) \
                and not APP_HEADER_RE.match(line.strip()) and is_post_dateline(below):  # (某某新闻丨打开APP: a banner)
            return (line.strip(), line, "the account's name above the post's dateline")
    for line in chrome:
        if app := APP_HEADER_RE.match(line.strip()):  # 椰城新闻 APP over its 椰城新闻客户端 dateline
            return (app["name"], line, "the news app the page's header names")
    for line in filter(is_dateline, chrome):
        if is_site_name(first := line.split()[0]):  # 某某报数字报 | 2025年05月14日: the paper's e-paper
            return (EPAPER_RE.sub("", first), line, "the site's name opening the dateline")
        if site := dateline_site(line):
            return (site, line, "the site's name in the dateline")
    for sentence in lead:
        match = WIRE_RE.match(sentence.text)
        if match and (mast := _masthead(match["mast"])):
            return (mast, sentence.text, "the masthead of the lead's dateline")
    for n, line in enumerate(chrome):
        if is_site_name(line) or (n + 1 < len(chrome) and is_masthead(line, chrome[n + 1])):
            name = CHANNEL_RE.sub("", LATIN_NAME_RE.sub("", EPAPER_RE.sub("", line)))
            return (name, line, "the site's name above the article")
    for line in chrome + ([title[1]] if title else []):
        if page_title := split_page_title(line, title[0] if title else None):
            return (page_title[1], line, "the site's name in the page's title")
    for line in chrome:
        if COPYRIGHT_RE.search(line) and (name := _copyright_holder(line)):
            return (name, line, "the copyright line")
    for credit in credits:
        if credit.newsroom:
            return (credit.newsroom[0], "", "the newsroom of the byline")
    return None


def _full_name(short: str, chrome: list[str], sentences: list[Sentence]) -> str | None:
    """A government body a 来源 line names without its place (市发展改革委, 市政府新闻办), in full as a line of
    the page gives it (its masthead, the signature of a notice): a longer name of a place and the short name's
    characters in their order."""
    if not re.match(r"[省市县区州盟旗]", short):
        return None
    lines = chrome + [s.text for s in sentences if s.kind != "title"]
    for line in (line.strip() for line in lines):
        if len(short) < len(line) <= 24 and re.fullmatch(rf"[{CJK}]+", line) and _in_order(short, line) \
                and line.index(short[0]) >= 2 and not SOURCE_RE.search(line):  # (not 来源丨区工信局: 丨 is a CJK bar)
            return line
    return None


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def _masthead(text: str) -> str | None:
    """The newspaper or site that opens a dateline: 某某新闻网, 新华社 (of 新华社成都), not 本报."""
    text = text.strip()
    for end in range(len(text), 1, -1):
        head = text[:end]
        if is_site_name(head) or (head.endswith("社") and len(head) >= 3):
            return None if head.startswith(("本报", "本网", "本台", "本刊")) else head
    return None


def _copyright_holder(line: str) -> str | None:
    runs = re.findall(rf"[{CJK}]{{2,20}}", COPYRIGHT_WORDS_RE.sub(" ", line))
    named = [r for r in runs if is_site_name(r) or r.endswith(("社", "中心", "台"))]
    if not named and len(runs) == 1 and len(runs[0]) <= 12:
        return runs[0]  # Copyright © 西江产经 版权所有: the one name the line holds
    return _paper_of(named[0]) if named else None


def _paper_of(name: str) -> str:
    """The newspaper a 报社 publishes (四平日报社 -> 四平日报): the publisher of an article is the paper."""
    return name[:-1] if re.search(r".{2,}[日晚早时商周导快]报社$", name) else name


