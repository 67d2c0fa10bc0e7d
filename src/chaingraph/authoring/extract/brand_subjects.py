"""Companies an article names only by their short name: a brand jieba's dictionary lacks, then the trade it works
in (驰羽动力, 博泓细胞, 恒锐智能装备), where only a company stands: opening a clause before what it owns or does
(驰羽动力的无人机电机…, 博泓细胞已建成…, 蜀峰电气投资5亿元…, 隔壁的恒锐智能装备去年销售…), named as a
project's investor (投资方为蜀峰电气，…, 由驰羽动力投资建设) or a party to a signing (与蜀峰电气签署…),
listed before 等企业 (已引进驰磁电机等企业) or before a post only a company has (鑫驰热管理创始人钟一鸣).
A brand that is a place, an industry, a known name or a dictionary word (永磁 of 永磁电机) is none, and a
clause's subject needs a word only companies end in. Firms named by their home town, a stock code or a brand in
capitals are ``firm_shapes``."""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary, word_tag
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.firm_shapes import firm_shapes
from chaingraph.authoring.extract.rules import COMPANY_POSTS, INDUSTRY_WORDS, alternatives
from chaingraph.authoring.extract.words import FUNCTION_CHARS
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.sentences import Sentence

# the words only a company's name ends in (驰羽动力, 蜀峰电气): where nothing but the clause says it is a company
COMPANY_TAILS = ("动力", "电气", "科技", "药业", "化工", "重工", "机械", "精密", "电器", "实业", "锂业", "钴业", "铝业",
                 "新材", "光电", "智能装备", "储氢装备", "生物", "新能源", "热控", "氢能", "能源科技", "乳业", "化学")
# after an investor's field or an attracting verb, a trade a company works in will do too (驰磁电机, 博泓细胞); a
# sector's words (芯片, 光伏, 储能, 投资) are left out: 具身智能, 户用光伏, 央企投资 are no companies
TRADES = (*COMPANY_TAILS, "能源", "材料", "电子", "汽车", "智能", "微电子", "半导体", "机器人", "线束", "电机", "细胞",
          "服务器", "食品", "通信", "光学", "电池", "热管理")


# before the name: a clause's start or a 的 (隔壁的X); after it: what a company owns or does (的, 已, 去年…)
SUBJECT_RE = re.compile(rf"(?:^|(?<=[，；：。“]|的))(?P<brand>[\u4e00-\u9fff]{{2}})"
                        rf"(?P<trade>{alternatives(COMPANY_TAILS)})"
                        r"(?=的(?!企业|公司)|已|去年|今年|目前|正在|近日|年产|将在|累计|(?:计划|拟|将)?(?:投资|投建)\d)")
# an investor's field (投资方为X，) or an attracting verb (引进X等企业)
INVESTOR_RE = re.compile(rf"(?:投资方为|投资方是|建设单位为|业主单位为|签约企业为|引进|引入|落户)"
                         rf"(?P<brand>[\u4e00-\u9fff]{{2}})(?P<trade>{alternatives(TRADES)})(?=[，。；]|等(?:企业|公司)|、)"
                         rf"|(?:由|与)(?P<party>[\u4e00-\u9fff]{{2}})(?P<party_trade>{alternatives(COMPANY_TAILS)})"
                         r"(?=(?:共同|联合)?(?:投资|投建|出资|签署|签订|签约))")  # 由驰羽动力投资建设, 与博泓细胞签署

# a post only a company has, right after it (鑫驰热管理创始人钟一鸣, 晶拓半导体副总裁姚思远)
EXECUTIVE_RE = re.compile(rf"(?:^|(?<=[，；：。“、（]))(?P<brand>[\u4e00-\u9fff]{{2}})"
                          rf"(?P<trade>{alternatives(TRADES)})"
                          rf"(?={COMPANY_POSTS})")


# a kind of firm, then the name (热管理企业冰川热控的厂房, 配套企业华锐电机已…): the text says what the name is, so
# the brand may be a word of the dictionary (冰川)
KIND_THEN_BRAND_RE = re.compile(rf"(?<=企业)(?P<brand>[\u4e00-\u9fff]{{2}})(?P<trade>{alternatives(TRADES)})"
                                r"(?=的|已|正在|目前|今年|去年|年产|[，。；])")


def brand_subjects(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The companies the sentence names by a short name alone, where the text shows them to be companies."""
    out = firm_shapes(sentence, gazetteer)  # 宁德时代, 锐锡科技（688624）, DHT科技
    for pattern in (SUBJECT_RE, INVESTOR_RE, EXECUTIVE_RE, KIND_THEN_BRAND_RE):
        for match in pattern.finditer(sentence.text):
            brand = match["brand"] or match.groupdict().get("party")
            name = brand + (match["trade"] or match.groupdict().get("party_trade"))
            said = pattern is KIND_THEN_BRAND_RE  # (the word before says it is a firm's name)
            if said and "v" in (word_tag(brand), word_tag(sentence.text[max(0, match.start() - 4):match.start() - 2])):
                continue  # 鼓励企业发展新能源, 推动企业转型新能源: a verb before 企业 or as the brand, no kind of firm
            if not _brand(brand, name, gazetteer, said):
                continue
            start = sentence.start + match.start("brand" if match["brand"] else "party")
            out.append(Mention(name, start, start + len(name), sentence.id, "Company"))
    return out


def _brand(brand: str, name: str, gazetteer: Gazetteer, said: bool = False) -> bool:
    """Whether two characters are a brand: no dictionary word (永磁 of 永磁电机) unless the text `said` the name is
    a firm's, no industry (钠电 of 钠电储能), no place, no known name of another kind, no function character at
    either edge."""
    if in_dictionary(brand) and not said or in_dictionary(name) or brand in INDUSTRY_WORDS \
            or brand[0] in FUNCTION_CHARS or brand[1] in FUNCTION_CHARS:
        return False
    if brand in gazetteer.regions or name in gazetteer.regions:
        return False
    return not any(entry.cls != "Company" for entry in gazetteer.names.get(name, ()))
