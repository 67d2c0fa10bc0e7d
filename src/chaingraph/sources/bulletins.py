"""The lines of an office's bulletin and of a government page's record of a text, never article text: the
programme or bulletin a report is carried in (某某工作简报), its issue (2024年第18期), the office that compiled it
(某某办公室编　2024年11月15日), and a disclosure table's fields (索引号：…　发布机构：…　成文日期：…).

>>> is_issue_line("2024年第18期（总第236期）"), is_disclosure_fields("索 引 号：11340223/2025-00018　信息分类：总结")
(True, True)
>>> is_disclosure_fields("项目名称：某某年产5万吨正极材料项目")
False
"""

from __future__ import annotations

import re

from chaingraph.sources.datewords import CJK, DATE_RE

# 某某新闻联播, 某某工作简报, 某某经济动态: a broadcaster's programme or an office's bulletin, named above the
# report it carries (not the publisher: the station or the office is).
SERIES_RE = re.compile(rf"^[{CJK}]{{2,16}}(?:新闻联播|联播|新闻直播间|工作简报|简报|工作动态|快报|专报|要情|通讯)$")


# 2024年第18期（总第236期）: the issue of a bulletin.
ISSUE_RE = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?$")
# 某某党政办公室编　2024年11月15日: who compiled a bulletin, before the date of the issue.
COMPILER_RE = re.compile(rf"^(?P<org>[{CJK}（）()]{{4,30}}?)(?:编印|编发|编辑|编)(?=\s)")


def is_series_name(text: str) -> bool:
    """The programme or bulletin a report is carried in, alone on its line: 某某新闻联播, 某某工作简报."""
    return len(text) <= 24 and bool(SERIES_RE.match(text.strip()))


def is_issue_line(text: str) -> bool:
    """A bulletin's issue (2024年第18期（总第236期）), alone or after the bulletin's name: the issue line of its
    head and the running header its printed pages repeat."""
    parts = text.split() if len(text) <= 60 else []
    return bool(parts) and any(ISSUE_RE.match(p) for p in parts) and all(
        ISSUE_RE.match(p) or is_series_name(p) for p in parts)


def compiler_of(text: str) -> str | None:
    """The office that compiled a bulletin, on the line of the issue's date (某某办公室编　2024年11月15日)."""
    match = COMPILER_RE.match(text.strip())
    return match["org"] if match and DATE_RE.search(text, match.end()) else None


# the fields of a government page's disclosure table: 索引号：…　发布机构：…, 成文日期：…　标　　题：…
DISCLOSURE_LABELS = ("索引号", "发布机构", "公开方式", "成文日期", "发布日期", "生成日期", "有效性", "标题", "名称",
                     "文号", "发文字号", "主题词", "主题分类", "信息分类", "体裁分类", "组配分类", "公开范围",
                     "发文机关", "公开时限", "所属机构", "信息来源", "时效", "分类", "关键词", "关键字")
# alone on a line, a record's field (名称：某某孵化基地) or a body's heading (关键词：项目建设), but in the head
WEAK_LABELS = ("标题", "名称", "关键词", "关键字")
LABEL = "|".join(r"[\s\u3000]*".join(label) for label in sorted(DISCLOSURE_LABELS, key=len, reverse=True))
DISCLOSURE_FIELD_RE = re.compile(rf"(?:^|(?<=\s))({LABEL})\s*[：:]")
ANY_FIELD_RE = re.compile(r"(?:^|(?<=\s))[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{0,6}?[：:]")


def is_disclosure_fields(text: str, head: bool = False) -> bool:
    """A line of a government page's disclosure table: it opens on one of the table's labels (索 引 号：…, 发布机构：…)
    and every field it holds is the table's; a lone 标　　题：… or 名称：… only in the page's head (`head`), above
    the headline: the page's record of the text, no line of it."""
    text = text.strip()
    if len(text) > 120 or not DISCLOSURE_FIELD_RE.match(text):
        return False
    fields = [re.sub(r"[\s\u3000]", "", m.group(1)) for m in DISCLOSURE_FIELD_RE.finditer(text)]
    if len(ANY_FIELD_RE.findall(text)) > len(fields):
        return False  # (项目名称：…　建设单位：…: a record's fields, not the table's)
    return head or len(fields) >= 2 or fields[0] not in WEAK_LABELS
