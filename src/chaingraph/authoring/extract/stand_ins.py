"""The name a word like 公司, 园区 or 开发区 stands for: the latest such name before it (``latest_named``); for 公司
the company the text declared so (``company_word``). Owners, posts and technology deals read them."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.company_refs import NOT_FIRMS, declared_company
from chaingraph.authoring.extract.founders import is_founder, is_parent_named
from chaingraph.authoring.extract.partners import served_buyer
from chaingraph.authoring.extract.scopes import NOT_OWNERS

STANDS_FOR = {"项目": ("project", None), "公司": ("organisation", "Company"), "企业": ("organisation", "Company"),
              "集团": ("organisation", "Company", False, "集团"), "事业部": ("organisation", "Company"),
              "基金": ("organisation", "Fund"),
              "研究院": ("organisation", "ResearchInstitute"), "实验室": ("organisation", "ResearchInstitute"),
              "研发机构": ("organisation", "ResearchInstitute"),  # 这家新型研发机构: the institute just named
              "学院": ("organisation", "University", False, "学院"),  # 学院党委书记沈丽华: the college just named
              "平台": ("organisation", "Platform"), "中心": ("organisation", "Platform"), "园区": ("park", None),
              "产业园": ("park", None), "工业园": ("park", None), "园": ("park", None),  # 该园是…的园中园
              "基地": ("park", None), "区": ("zone", None),
              "全区": ("zone", None), "高新区": ("zone", None), "经开区": ("zone", None), "开发区": ("zone", None),
              "新区": ("zone", None)}
# what a word stands for when no name ends like it (集团: any company then; 学院 has none: after a 大学, its school)
FALLBACK = {"集团": ("organisation", "Company")}
NAME_TAIL_RE = re.compile(r"[（(][^（）()]*[）)]$|(?:股份)?(?:有限(?:责任)?)?公司$")  # 中心（柳河）, X集团有限公司
WHERE_IT_LIES_RE = re.compile(r"(?:位于|坐落于|地处|(?:依托|借助)?(?:相邻|毗邻|紧邻|周边)的?|依托)$")


def a_word_for_one(candidate) -> bool:
    """8月整个项目, 该项目: a word that stands for a project, read as such (by ``owners._stands_for``)."""
    return candidate.kind == "project" and bool(re.search(r"(?:该|本|此|整个|这个|这一)项目$", candidate.label))


def company_word(rel, before: int):
    """(mention, candidate) the word 公司 before `before` stands for: the company declared so, else the latest named."""
    return declared_company(rel, before) or latest_of_kind(rel, before, *STANDS_FOR["公司"], firm=True)


def latest_named(rel, before: int, word: str):
    """(mention, candidate) a word like 公司 or 开发区 stands for: the latest such name before `before`."""
    found = latest_of_kind(rel, before, *STANDS_FOR[word])
    return found or (latest_of_kind(rel, before, *FALLBACK[word]) if word in FALLBACK else None)


def latest_of_kind(rel, before: int, kind: str, cls: str | None, firm: bool = False, ending: str = ""):
    """The latest name of the kind before `before` (公司, `firm`: no cooperative, no parent named for whose it is)."""
    found = [(mention, candidate) for candidate in rel.candidates
             if candidate.kind == kind and candidate.cls not in NOT_OWNERS and not (cls and candidate.cls != cls)
             and not a_word_for_one(candidate) and not (firm and candidate.label.endswith(NOT_FIRMS))
             and NAME_TAIL_RE.sub("", candidate.label).endswith(ending)
             for mention in candidate.mentions if mention.end <= before]
    found.sort(key=lambda pair: pair[0].end)
    if len(found) >= 2 and WHERE_IT_LIES_RE.search(rel.text, max(0, found[-1][0].start - 6), found[-1][0].start) \
            and found[-2][0].sentence == found[-1][0].sentence:
        return found[-2]  # 食品园位于福鼎工业园区…，去年园区…: the park the sentence is about, not where it lies
    while len(found) >= 2 and (is_founder(rel.text, found[-1][0]) or firm and is_parent_named(rel.text, found[-1][0])
                               or firm and served_buyer(rel, found[-1][0])):
        found.pop()  # 晶衡半导体由常州晶衡科技集团…投资设立。公司…: the company set up, not its founders (nor the
        # parent named in X是Y的全资子公司, nor the buyer of 公司为Y供货…。公司又…)
    return found[-1] if found else None
