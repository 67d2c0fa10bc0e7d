"""Companies an article names only by their short name: a brand jieba's dictionary lacks, then the trade it works
in (驰羽动力, 博泓细胞, 恒锐智能装备), where only a company stands: opening a clause before what it owns or does
(驰羽动力的无人机电机…, 博泓细胞已建成…, 蜀峰电气投资5亿元…, 隔壁的恒锐智能装备去年销售…), named as a
project's investor (投资方为蜀峰电气，…, 由驰羽动力投资建设) or a party to a signing (与蜀峰电气签署…),
listed before 等企业 (已引进驰磁电机等企业) or before a post only a company has (鑫驰热管理创始人钟一鸣).
A brand that is a place, an industry, a known name or a dictionary word (永磁 of 永磁电机) is none, and a
clause's subject needs a word only companies end in."""

from __future__ import annotations

import re

from chaingraph.authoring.counties import county_stems
from chaingraph.authoring.dictionary import in_dictionary, word_tag
from chaingraph.authoring.extract.candidates import Mention
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


# a place, then a trade only a firm is named by, as a clause's subject (宁德时代与…签约, 紫金矿业去年…, 长安汽车在…):
# the famous firms named after their home town; a place's industry is written with 产业/行业 (十堰汽车产业)
PLACE_TAILS = ("时代", "矿业", "钢铁", "特钢", "化工", "重工", "药业", "股份", "控股", "电气", "机械", "锂业", "钴业",
               "铝业", "钼业", "铜业", "钛业", "硅业", "煤业", "汽车", "银行")
PLACE_BRAND_RE = re.compile(rf"(?:^|(?<=[，；：。“”]|的))(?P<brand>[\u4e00-\u9fff]{{2,3}}?)"
                            rf"(?P<trade>{alternatives(PLACE_TAILS)})"
                            r"(?=的(?!企业|公司|产业|行业)|已|去年|今年|目前|正在|近日|年产|将在|累计|在(?!内)|与|实现|"
                            r"(?:计划|拟|将)?(?:投资|投建|斥资)|拥有|旗下|董事长|总经理|总裁|党委书记)")


def place_brands(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The firms named by their home town and trade alone where they open a clause: the town's name there is no
    region the article speaks of, and a county's stem that is a common word (紫金, 长安) is the town all the same."""
    out = []
    for match in PLACE_BRAND_RE.finditer(sentence.text):
        brand, name = match["brand"], match["brand"] + match["trade"]
        placed = brand in gazetteer.regions or brand in county_stems()
        if not placed or brand[-1] in "省市县区州盟旗" or in_dictionary(name) or name in gazetteer.regions \
                or any(e.cls != "Company" for e in gazetteer.names.get(name, ())):
            continue
        start = sentence.start + match.start("brand")
        out.append(Mention(name, start, start + len(name), sentence.id, "Company"))
    return out


# a listed company's short name, then its stock code in brackets (沃葵食品（002968）, 锐锡科技（688624.SH）)
STOCK_CODE_RE = re.compile(r"（(?:股票代码[：:]?)?(?:SH|SZ|BJ|sh|sz|bj)?\d{6}(?:\.(?:SH|SZ|BJ|sh|sz|bj))?）")
# where the short name starts: the clause's start, or a word for what the company is or for its parent
LISTED_START_RE = re.compile(r"(?:^|[，。；：、“”（）\s]|上市企业|上市公司|龙头企业|企业|公司|旗下|子公司|"
                             r"方为|单位为|业主为)(?:在|由|与|同|是|为|对|向)?(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,10})$")


def listed_names(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The companies named by their short name and stock code: only a listed company has a code."""
    out = []
    for code in STOCK_CODE_RE.finditer(sentence.text):
        head = sentence.text[max(0, code.start() - 16):code.start()]  # (the nearest start: the shortest name)
        match = next(filter(None, (LISTED_START_RE.search(head, at) for at in reversed(range(len(head) - 1)))), None)
        if match is None or match["name"] in gazetteer.regions:
            continue
        start = sentence.start + code.start() - len(match["name"])
        out.append(Mention(match["name"], start, code.start() + sentence.start, sentence.id, "Company"))
    return out


# a brand in capitals, then a trade (DHT科技年产…, H2E能源科技与…签约): a company; not a technique's initials (AI, LED)
LATIN_BRAND_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<brand>[A-Z][A-Za-z0-9]{{1,7}})(?P<trade>{alternatives(TRADES)})"
                            r"(?=的(?!企业|公司|产业)|已|去年|今年|目前|正在|年产|将在|累计|与|在|投资|拟|计划|旗下|"
                            r"董事长|总经理|[，。；、（])")
TECHNIQUES = {"AI", "IT", "IC", "LED", "OLED", "LCD", "PCB", "MCU", "BMS", "PCS", "EV", "SiC", "GaN", "IoT", "VR", "AR",
              "CT", "MRI", "DNA", "RNA", "API", "CDMO", "CRO", "MES", "ERP", "CPU", "GPU", "IDC", "ICT", "UAV"}


def latin_brands(sentence: Sentence) -> list[Mention]:
    """The companies named by a brand in capitals and their trade, where the clause shows them as companies."""
    out = []
    for match in LATIN_BRAND_RE.finditer(sentence.text):
        if match["brand"] in TECHNIQUES or match["brand"].isdigit():
            continue
        start = sentence.start + match.start("brand")
        out.append(Mention(match["brand"] + match["trade"], start, sentence.start + match.end(),
                           sentence.id, "Company"))
    return out


def brand_subjects(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The companies the sentence names by a short name alone, where the text shows them to be companies."""
    out = place_brands(sentence, gazetteer) + listed_names(sentence, gazetteer) + latin_brands(sentence)
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
