"""Companies named in three shapes the genre borrows from famous firms: the home town and a trade only a firm is
named by (宁德时代, 紫金矿业), a short name before a stock code (沃葵食品（002968）), and a brand in capitals before a
company's trade (DHT科技, H2E能源科技).

Each shape says by itself that a company is meant, so neither the dictionary nor the clause has to: 宁德 there is no
region the article speaks of, 比亚迪 is no common word, and DHT no technique.
"""

from __future__ import annotations

import re

from chaingraph.authoring.counties import county_stems
from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import alternatives
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.sentences import Sentence

# a trade only a firm is named by after its town (宁德时代与…签约, 紫金矿业去年…); 汽车, 化工, 钢铁 are left out: after
# a place they name its industry as often (十堰汽车已形成…, 宁波化工实现产值…)
PLACE_TAILS = ("时代", "矿业", "特钢", "重工", "药业", "股份", "控股", "锂业", "钴业", "铝业", "钼业", "铜业", "钛业",
               "硅业", "煤业", "银行")
PLACE_BRAND_RE = re.compile(rf"(?:^|(?<=[，；：。“”]|的))(?P<brand>[\u4e00-\u9fff]{{2,3}}?)"
                            rf"(?P<trade>{alternatives(PLACE_TAILS)})"
                            r"(?=的(?!企业|公司|产业|行业)|已|去年|今年|目前|正在|近日|年产|将在|累计|在(?!内)|与|实现|"
                            r"(?:计划|拟|将)?(?:投资|投建|斥资)|拥有|旗下|入股|收购|控股|参股|携手|联合|董事长|总经理|总裁|党委书记)")

# a listed company's short name, then its stock code in brackets (沃葵食品（002968）, 锐锡科技（688624.SH）)
STOCK_CODE_RE = re.compile(r"（(?:股票代码[：:]?)?(?:SH|SZ|BJ|sh|sz|bj)?\d{6}(?:\.(?:SH|SZ|BJ|sh|sz|bj))?）")
# where the short name may start: the clause's start, a word for what the company is or whose it is, a field's label
STOCK_START_RE = re.compile(r"(?:^|[，。；：、“”（）\s]|企业|公司|旗下|方为|单位为|业主为)"
                            r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12})$")
# words a clause puts before the name, not in it: the last one ends them (收购锐澜股份, 总部在杭州的锐澜股份, 记者从为远
# 科技); a joining or relating character only where it is not the name's first (宁德时代与锐澜股份, not 和辉光电)
BEFORE_NAME_RE = re.compile(r".*(?:的|从|收购|入股|控股|参股|投资|携手|联合|牵手|获悉|了解到|走进|来到|调研|考察)"
                            r"(?=[\u4e00-\u9fffA-Za-z0-9]{2})")
JOINED_BEFORE_RE = re.compile(r".+(?:与|和|及|在|由|向|对|为|是)(?=[\u4e00-\u9fffA-Za-z0-9]{2})")
RELATION_CHARS = "在由对向从与是为"  # opening a clause before a name of five or more (在氢驰科技…项目现场)

# a brand in capitals before a trade only a company has (DHT科技年产…, H2E能源科技与…签约); not 电池 or 机器人, which
# follow a technique's initials (TOPCon电池, AGV机器人) as often
LATIN_TRADES = ("能源科技", "科技", "新能源", "新材料", "新材", "电气", "动力", "生物", "光电", "智能装备", "药业",
                "化学")
LATIN_BRAND_RE = re.compile(rf"(?<![A-Za-z0-9])(?P<brand>[A-Z][A-Za-z0-9]{{1,7}})"
                            rf"(?P<trade>{alternatives(LATIN_TRADES)})"
                            r"(?=的(?!企业|公司|产业)|已|去年|今年|目前|正在|年产|将在|累计|与|在|投资|拟|计划|旗下|"
                            r"董事长|总经理|[，。；、（])")
TECHNIQUES = {"AI", "IT", "IC", "LED", "OLED", "LCD", "PCB", "MCU", "BMS", "PCS", "EV", "SiC", "GaN", "IoT", "VR", "AR",
              "CT", "MRI", "DNA", "RNA", "API", "CDMO", "CRO", "MES", "ERP", "CPU", "GPU", "IDC", "ICT", "UAV"}


def firm_shapes(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The companies the sentence names in one of the three shapes."""
    return _place_brands(sentence, gazetteer) + _stock_named(sentence, gazetteer) + _latin_brands(sentence)


def _place_brands(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """宁德时代, 紫金矿业 where they open a clause; a county's stem that is a common word (紫金) is a town all the
    same."""
    out = []
    for match in PLACE_BRAND_RE.finditer(sentence.text):
        brand, name = match["brand"], match["brand"] + match["trade"]
        placed = brand in gazetteer.regions or brand in county_stems()
        if not placed or brand[-1] in "省市县区州盟旗" or in_dictionary(name) or name in gazetteer.regions \
                or any(e.cls != "Company" for e in gazetteer.names.get(name, ())):
            continue
        out.append(_mention(sentence, match.start("brand"), match.end("trade"), name))
    return out


def _stock_named(sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """The short name before a stock code, from the nearest place it may start, without the clause's words."""
    out = []
    for code in STOCK_CODE_RE.finditer(sentence.text):
        head = sentence.text[max(0, code.start() - 16):code.start()]
        match = next(filter(None, (STOCK_START_RE.search(head, at) for at in reversed(range(len(head) - 1)))), None)
        if match is None:
            continue
        name = match["name"]
        cut = BEFORE_NAME_RE.match(name) or JOINED_BEFORE_RE.match(name)
        name = name[cut.end():] if cut else name[1:] if name[0] in RELATION_CHARS and len(name) >= 5 else name
        if name not in gazetteer.regions:
            out.append(_mention(sentence, code.start() - len(name), code.start(), name))
    return out


def _latin_brands(sentence: Sentence) -> list[Mention]:
    out = []
    for match in LATIN_BRAND_RE.finditer(sentence.text):
        if match["brand"] not in TECHNIQUES:
            out.append(_mention(sentence, match.start("brand"), match.end(), match["brand"] + match["trade"]))
    return out


def _mention(sentence: Sentence, start: int, end: int, name: str) -> Mention:
    return Mention(name, sentence.start + start, sentence.start + end, sentence.id, "Company")
