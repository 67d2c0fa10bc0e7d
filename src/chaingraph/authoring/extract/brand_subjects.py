"""Companies an article names only by their short name: a brand jieba's dictionary lacks, then the trade it works
in (驰羽动力, 博泓细胞, 恒锐智能装备), where only a company stands: opening a clause before what it owns or does
(驰羽动力的无人机电机…, 博泓细胞已建成…, 隔壁的恒锐智能装备去年销售…), named as a project's investor
(投资方为蜀峰电气，…) or listed before 等企业 (已引进驰磁电机等企业). A brand that is a place, a known name or a
dictionary word (新能源汽车, 永磁电机) is none."""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import INDUSTRY_TAILS
from chaingraph.authoring.extract.words import FUNCTION_CHARS
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.sentences import Sentence

# the trades a short name ends in, besides the industry tails of company names (动力, 电气, 智能, 装备)
TRADES = (*INDUSTRY_TAILS, "线束", "电机", "细胞", "服务器", "储氢装备", "智能装备", "药业", "化工", "食品", "电器",
          "精密", "机械", "重工", "环保", "航空", "通信", "芯片", "光学", "新材", "算力", "数据", "铝业", "钢铁")
_TRADE = "|".join(sorted(map(re.escape, TRADES), key=len, reverse=True))
# before the name: a clause's start or a 的 (隔壁的X); after it: what a company owns or does (的, 已, 去年…)
SUBJECT_RE = re.compile(rf"(?:^|(?<=[，；：。“]|的))(?P<brand>[\u4e00-\u9fff]{{2}})(?P<trade>{_TRADE})"
                        r"(?=的(?!企业|公司)|已|去年|今年|目前|正在|近日|年产|将在|累计)")
# an investor's field (投资方为X，) or an attracting verb (引进X等企业)
INVESTOR_RE = re.compile(rf"(?:投资方为|投资方是|建设单位为|业主单位为|签约企业为|引进|引入|落户)"
                         rf"(?P<brand>[\u4e00-\u9fff]{{2}})(?P<trade>{_TRADE})(?=[，。；]|等(?:企业|公司)|、)")


def brand_subjects(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The companies the sentence names by a short name alone, where the text shows them to be companies."""
    out = []
    for pattern in (SUBJECT_RE, INVESTOR_RE):
        for match in pattern.finditer(sentence.text):
            brand, name = match["brand"], match["brand"] + match["trade"]
            if not _brand(brand, name, gazetteer):
                continue
            start = sentence.start + match.start("brand")
            out.append(Mention(name, start, start + len(name), sentence.id, "Company"))
    return out


def _brand(brand: str, name: str, gazetteer: Gazetteer) -> bool:
    """Whether two characters are a brand: no dictionary word, no place, no known name of another kind, no
    function character at either edge, and the whole no dictionary word (新能源汽车, 永磁电机)."""
    if in_dictionary(brand) or in_dictionary(name) or brand[0] in FUNCTION_CHARS or brand[1] in FUNCTION_CHARS:
        return False
    if brand in gazetteer.regions or name in gazetteer.regions:
        return False
    return not any(entry.cls != "Company" for entry in gazetteer.names.get(name, ()))
