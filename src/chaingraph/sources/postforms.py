"""Two capture forms whose head is like no news page's, read line by line for the capture's metadata:

* a listed company's announcement: the fields line it opens with (证券代码：…　证券简称：…　公告编号：…) and a
  finance site's quote strip above it (最新价:18.42　涨跌幅:+2.05%), the
  company's name with 关于…的公告 under it (together the title), and the board's sign-off (某某股份有限公司董事会)
  naming the publisher;
* a microblog post or repost chain: the post's line of date and client (25-4-18 11:02 来自…, a two-digit year),
  the accounts a repost chain names (//@北湖在线: … //@长春发布 V:, the last one the post's own) and the 【headline】
  the reposted post opens with.
"""

from __future__ import annotations

import datetime as dt
import re

CJK = "\u4e00-\u9fff"

# 证券代码：688417　证券简称：云帆碳材　公告编号：2025-006 (临2025-006): the announcement's fields
SECURITY_FIELD_RE = re.compile(r"(?:证券|股票|债券|转债)(?:代码|简称)\s*[：:]\s*\S+|公告编号\s*[：:]\s*\S+|"
                               r"临\s*\d{4}\s*[-－—]\s*\d{1,4}")
# 江苏某某股份有限公司 / 关于对外投资建设…项目的公告: a listed company's name, and under it what it announces
ISSUER_NAME_RE = re.compile(rf"^[{CJK}（）()]{{2,30}}(?:有限公司|股份公司|集团公司|集团)$")
NOTICE_TITLE_RE = re.compile(r"^关于[^。！？；]{4,80}的(?:公告|提示性公告|补充公告|更正公告)$")
# 江苏某某股份有限公司董事会 (above the date, after 特此公告): the board that signs the announcement off
BOARD_SIGNOFF_RE = re.compile(rf"^(?P<v>[{CJK}（）()]{{2,30}}(?:有限公司|股份公司|集团公司|集团))董事会$")

# 北湖观察 V  25-4-18 09:30 来自 微博 weibo.com  已编辑, or under the name's own line 25-4-18 11:02 来自 HUAWEI …
MICROBLOG_DATELINE_RE = re.compile(rf"^(?:(?P<name>[{CJK}A-Za-z0-9_·\-]{{2,20}}?)\s*V?\s+)?(?P<y>\d\d)-(?P<m>\d{{1,2}})"
                                   r"-(?P<d>\d{1,2})\s+\d{1,2}\s*[:：]\s*\d{2}(?!\d)\s+来自\s*.{0,40}$")
# //@长春发布 V: — a repost chain; the last account named is the one whose post was reposted
REPOST_RE = re.compile(r"//@(?P<name>[^\s:：/@]{2,20}?)\s*V?\s*[:：]")
HEADLINE_BRACKET_RE = re.compile(r"【([^【】]{6,64})】")


def is_security_line(text: str) -> bool:
    """The fields a listed company's announcement opens with (证券代码：…　证券简称：…　公告编号：…), no other word."""
    return len(text) <= 80 and bool(re.search(r"(?:证券|股票|债券)代码", text)) and \
        not SECURITY_FIELD_RE.sub("", text).strip()


# 晶曜新能 603917 最新价:18.42 涨跌幅:+2.05% 成交额:3.86亿, [下载公告PDF] 公告日期：2025-10-14 公告类型：对外投资:
# a finance site's quote strip and a notice's page fields, above the notice
QUOTE_FIELD_RE = re.compile(r"(?:最新价|现价|涨跌幅|涨跌额|涨幅|跌幅|成交额|成交量|换手率|市盈率|总市值|流通市值|"
                            r"今开|昨收|公告日期|公告类型|公告类别)\s*[：:]")


def is_quote_strip(text: str) -> bool:
    """A finance site's line of fields above a notice (最新价:18.42　涨跌幅:+2.05%…, 公告日期：…　公告类型：…): two of
    its fields, no sentence."""
    return len(text) <= 120 and len(QUOTE_FIELD_RE.findall(text)) >= 2 and not re.search(r"[，。；]", text)


def notice_title(name: str, below: str) -> str | None:
    """江苏某某股份有限公司 / 关于…的公告: the announcement's title, the company's name and what it announces."""
    return name + below if ISSUER_NAME_RE.match(name) and NOTICE_TITLE_RE.match(below) else None


def signing_board(line: str) -> str | None:
    """某某股份有限公司董事会: the company whose board signs the announcement off."""
    match = BOARD_SIGNOFF_RE.match(line.strip())
    return match["v"] if match else None


def microblog_dateline(text: str) -> re.Match | None:
    """A microblog post's line of date and client, with the account's name when it opens the line."""
    return MICROBLOG_DATELINE_RE.match(text.strip()) if len(text) <= 80 else None


def microblog_date(text: str) -> str | None:
    """25-4-18 11:02 来自… -> 2025-04-18: a two-digit year, of this century; None for any other line."""
    post = microblog_dateline(text)
    if post is None:
        return None
    try:
        return dt.date(2000 + int(post["y"]), int(post["m"]), int(post["d"])).isoformat()
    except ValueError:
        return None


def reposted_account(texts: list[str]) -> tuple[str, str] | None:
    """(account, line): the account whose post a repost chain carries, the last one it names (//@长春发布 V:)."""
    reposts = [m for text in texts for m in REPOST_RE.finditer(text)]
    return (reposts[-1]["name"], reposts[-1].string) if reposts else None


def opening_headline(text: str) -> str | None:
    """The headline a microblog post opens with, or None: the words of the first 【…】 (6 to 64 characters) that
    stands within the post's first 80 characters, whatever precedes it there (a #话题# tag); a bracket further
    on is no headline. #话题# 【长春新区再添疫苗大项目 总投资30亿元】4月17日… -> 长春新区再添疫苗大项目 总投资30亿元."""
    match = HEADLINE_BRACKET_RE.search(text[:80])
    return match.group(1) if match else None
