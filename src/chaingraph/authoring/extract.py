"""Propose a draft facts file from a normalized article: candidates a curator confirms, not facts.

Rules over the text, no model. jieba (a private tokenizer, so the normalizer's dictionary is
untouched) segments each sentence with the gazetteer's names added as whole words. Then:

* names end in a suffix that says their class (有限公司 -> Company, 研究院 -> ResearchInstitute,
  高新区 -> HighTechZone, 工业园区 -> IndustrialPark, 材料/电芯 -> Product, 项目 -> Project, ...);
  a name's start is found by walking back over name-like words until a function word, a verb,
  punctuation or a figure;
* regions come from the gazetteer (provinces, major cities, names already in the graph);
* people follow a role word (副局长涂强, 记者 周馨钰); the organisation right before the role
  is their employer;
* figures are a number, an optional 万/亿 and a unit, normalised to UN/CEFACT codes;
* a cooperation is a cue verb (签约, 合作, 对接, 共建...) between two recognised names.

Mentions of one entity are grouped (自贡珈钠能源科技有限公司 / 珈钠能源, 高新区 / 自贡高新区) and
linked to existing ids by label or alias, so the draft reuses the graph's ids.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache

from chaingraph.authoring.gazetteer import MUNICIPALITIES, Gazetteer, Known
from chaingraph.sources.normalize import Normalized, Sentence

# ---------------------------------------------------------------- vocabulary of the rules

# suffix -> class; the longest suffix a name ends with decides.
SUFFIX_CLASSES = {
    "股份有限公司": "Company", "有限责任公司": "Company", "有限公司": "Company", "公司": "Company",
    "集团": "Company", "研究院": "ResearchInstitute", "研究所": "ResearchInstitute", "实验室": "ResearchInstitute",
    "研究中心": "ResearchInstitute", "设计院": "ResearchInstitute", "科学院": "ResearchInstitute",
    "大学": "University", "学院": "University", "平台": "Platform", "中心": "Platform",
    "孵化器": "Incubator", "加速器": "Incubator", "众创空间": "Incubator", "基金": "Fund",
    "局": "GovernmentBody", "委员会": "GovernmentBody", "管委会": "GovernmentBody", "改委": "GovernmentBody",
    "经信委": "GovernmentBody", "政府": "GovernmentBody", "厅": "GovernmentBody",
    "日报": "Publisher", "晚报": "Publisher", "融媒体中心": "Publisher", "电视台": "Publisher", "新闻网": "Publisher",
    "工业园区": "IndustrialPark", "产业园区": "IndustrialPark", "产业园": "IndustrialPark", "工业园": "IndustrialPark",
    "科技园": "IndustrialPark", "园区": "IndustrialPark", "基地": "IndustrialPark",
    "高新区": "HighTechZone", "经开区": "HighTechZone", "开发区": "HighTechZone", "新区": "HighTechZone",
    "自贸区": "HighTechZone", "综保区": "HighTechZone", "保税区": "HighTechZone",
    "经济圈": "EconomicRegion", "经济带": "EconomicRegion", "城市群": "EconomicRegion", "都市圈": "EconomicRegion",
    "正极材料": "Material", "负极材料": "Material", "材料": "Material", "前驱体": "Material", "电解液": "Material",
    "隔膜": "Material", "铜箔": "Material", "粉": "Material", "电池": "Product", "电芯": "Product",
    "结构件": "Product", "储能系统": "Product", "电池包": "Product", "模组": "Product", "芯片": "Product",
    "设备": "Product", "装备": "Product", "零部件": "Product", "组件": "Product", "阀": "Product",
    "项目": "Project",
}
SUFFIXES = sorted(SUFFIX_CLASSES, key=len, reverse=True)
# The ontology has one zone class; development zones, new areas and free-trade zones map to it.
KINDS = {
    "organisation": {"Company", "ResearchInstitute", "University", "Platform", "Incubator", "GovernmentBody",
                     "Publisher", "Fund"},
    "park": {"IndustrialPark"},
    "zone": {"HighTechZone"},
    "region": {"AdministrativeRegion", "EconomicRegion"},
    "person": {"Person"},
    "product": {"Product", "Material"},
    "project": {"Project"},
    "quantity": {"Quantity", "Capacity"},
}
KIND_OF = {cls: kind for kind, classes in KINDS.items() for cls in classes}
INDUSTRY_TAILS = ("新能源", "新材料", "能源", "材料", "电池", "储能", "电子", "汽车", "动力")
MAX_NAME = {"organisation": 30, "park": 16, "zone": 14, "region": 14, "product": 14, "project": 40}
ZONE_WORDS = ("高新区", "经开区", "开发区", "新区", "自贸区", "综保区", "保税区")
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司")
# Words that end like a name but are not one (布局 ends in 局).
FALSE_SUFFIX_WORDS = {"布局", "格局", "大局", "全局", "结局", "开局", "当局", "局面", "局势", "时局", "破局", "新格局",
                      "出厅", "大厅", "展厅", "餐厅", "客厅", "粉丝", "花粉", "面粉"}
NOT_NAMES = {"中心", "平台", "基地", "园区", "项目", "材料", "电池", "设备", "新区", "公司", "集团", "基金"}
# Stems too generic to name something (飞地园区 is a way of cooperating, not a park).
GENERIC_STEMS = {"产业", "工业", "科技", "创新", "服务", "公共", "综合", "飞地", "特色", "专业", "重点", "重大", "新兴",
                 "科研", "成果转化", "中试", "孵化", "研发", "合作", "示范", "试点", "相关", "生产", "配套", "核心",
                 "关键", "主要", "优质", "大型", "新型", "先进", "高端", "产业化", "建设", "在建", "规划", "新能源",
                 "钠电", "锂电", "储能", "动力", "新", "大", "各类", "一批", "招商", "政策", "该", "本", "企业", "投资"}
PROJECT_STOPS = {"建设", "新建", "投建", "打造", "实施", "推进", "开工", "签约", "落地"}
PRODUCT_GENERIC = {"生产", "相关", "配套", "关键", "主要", "新", "先进", "大型", "专用", "各类", "其他", "安装"}
STOP_WORDS = {"在", "据", "以", "对", "和", "与", "及", "为", "把", "被", "将", "由", "从", "向", "的", "了", "是",
              "有", "等", "或", "并", "而", "其", "该", "这", "那", "此", "各", "本", "全省", "全市", "全区", "全县",
              "全国", "我市", "我省", "我区", "我县", "首个", "首批", "一批", "一个", "作为", "通过", "依托", "围绕",
              "推动", "走进", "来到", "位于", "落户", "入驻", "引进", "签约", "对接", "现", "已", "正", "也", "还",
              "记者", "同时", "目前", "如今", "近年来", "今年", "去年", "以及", "其中", "便是", "就是",
              "公司", "该公司"}
NAME_VERBS = {"服务", "发展", "投资", "研究", "开发", "管理", "促进", "检测", "认证", "交易", "孵化", "转化",
              "创新", "改革", "建设", "制造", "储能", "控股", "监督", "设计"}
NAME_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "a", "ad", "an", "b", "g", "eng", "vn", "l", "i", "z"}
ROLE_RE = re.compile(
    r"(?:项目|常务)?副?(?:党工委书记|党委书记|董事长|总经理|总裁|总工程师|总监|经理|局长|院长|所长|校长|主任|书记|处长|"
    r"科长|区长|市长|县长|省长|部长|厅长|镇长|负责人|秘书长|理事长|会长|主席|工作人员|研究员|教授|工程师|记者|通讯员)")
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤涂敖兰文易蒲鲜")
CJK_NAME = r"[\u4e00-\u9fff]"

# ---------------------------------------------------------------- figures

UNIT_CODES = {
    "万吨": "TNE", "吨": "TNE", "千克": "KGM", "公斤": "KGM", "GWh": "GWH", "MWh": "MWH", "kWh": "KWH", "千瓦时": "KWH",
    "GW": "A90", "MW": "MAW", "kW": "KWT", "千瓦": "KWT", "件": "C62", "个": "C62", "台": "C62", "辆": "C62",
    "家": "C62", "项": "C62", "只": "C62", "颗": "C62", "片": "C62", "套": "SET", "美元": "USD", "元": "CNY",
    "亩": "HAR", "公顷": "HAR", "平方公里": "HAR", "平方米": "MTK", "公里": "KMT", "米": "MTR", "%": "P1",
}
# 亩 is not a UN/CEFACT unit: areas in 亩 become hectares (1 亩 = 1/15 ha), 平方公里 become hectares too
# (KMK is not in the shapes' unit list); the quote keeps the figure as the article wrote it.
UNIT_FACTORS = {"亩": Decimal(1) / Decimal(15), "平方公里": Decimal(100), "万吨": Decimal(10000)}
MULTIPLIERS = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5,
               "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_UNITS_RE = "|".join(re.escape(u) if u.isascii() is False else f"(?i:{re.escape(u)})"
                     for u in sorted(UNIT_CODES, key=len, reverse=True))
QUANTITY_RE = re.compile(
    r"(?<![\d.A-Za-z第])(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s?"
    r"(?P<mult>万亿|千万|百万|十万|万|亿)?(?P<more>多|余)?(?P<unit>" + _UNITS_RE + r")(?P<per>/年|/月|/天|/日|每年)?")
PERIOD_BEFORE = {"年产": "ANN", "年产能": "ANN", "年处理": "ANN", "年均": "ANN", "日产": "DAY", "月产": "MON"}
PERIOD_AFTER = {"/年": "ANN", "每年": "ANN", "/月": "MON", "/天": "DAY", "/日": "DAY"}
QUALIFIER_BEFORE = (("不低于", "at-least"), ("不少于", "at-least"), ("至少", "at-least"), ("超过", "more-than"),
                    ("突破", "more-than"), ("超", "more-than"), ("逾", "more-than"), ("近", "about"), ("约", "about"),
                    ("最高", "up-to"), ("最多", "up-to"))
QUALIFIER_AFTER = (("以上", "more-than"), ("左右", "about"), ("以内", "up-to"))
CAPACITY_UNITS = {"TNE", "KGM", "GWH", "MWH", "KWH", "A90", "MAW", "KWT", "C62", "SET"}
STATUS_CUES = (
    (re.compile(r"在建或规划|规划或在建|在建和规划|规划和在建"), "planned-or-under-construction"),
    (re.compile(r"规划|计划|拟建|拟|将建|预计|签约"), "planned"),
    (re.compile(r"在建|正在建设|开工建设|加快建设|建设中"), "under-construction"),
    (re.compile(r"建成|竣工|完工"), "completed"),
    (re.compile(r"投产|投运|运营|量产|达产"), "operating"),
    (re.compile(r"实现|完成|达到|累计|已|超"), "achieved"),
)
CAPACITY_BETWEEN_RE = re.compile(r"的?年?(?:产能|产量|生产能力|规模)(?:已|将)?(?:达到|达|为|超过|超|突破|约|至)?")
COOPERATION_RE = re.compile(r"签约|签署|签订|合作|对接|共建|携手|牵手|结对")

# ---------------------------------------------------------------- dates

FULL_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})日?")
MONTH_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月")
YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d\d)年")
BARE_MONTH_RE = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?:底|初|末|中旬|上旬|下旬|份)?")
RELATIVE_YEAR_RE = re.compile(r"(?P<rel>前年|去年|今年|明年)(?:初|底|末|年初|年底|上半年|下半年)?")
RELATIVE_YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}


@dataclass
class Mention:
    text: str
    start: int  # offsets in the normalized text
    end: int
    sentence: str
    cls: str
    known: Known | None = None  # a gazetteer entity this very name labels
    nested_in: Mention | None = None
    role: str | None = None  # people: the role word before the name
    role_start: int = 0  # people: offset of the role word

    @property
    def kind(self) -> str:
        return KIND_OF.get(self.cls, "other")


@dataclass
class Figure:
    text: str  # as written, with its qualifier and period words
    start: int
    end: int
    sentence: str
    value: Decimal
    unit: str
    per_period: str | None
    qualifier: str | None
    note: str = ""


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    sentence: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass
class Fact:
    prop: str
    value: object
    quote: str
    note: str = ""


@dataclass
class Candidate:
    """One proposed entity: its names, where the article names it, and what it says about it."""

    cls: str
    names: list[str]
    mentions: list[Mention] = field(default_factory=list)
    existing: Known | None = None
    id: str = ""
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    label_en: str | None = None
    quote: str = ""
    figure: Figure | None = None

    @property
    def kind(self) -> str:
        return KIND_OF.get(self.cls, "other")

    @property
    def label(self) -> str:
        return self.names[0]

    @property
    def first(self) -> int:
        return min((m.start for m in self.mentions), default=self.figure.start if self.figure else 0)


@dataclass
class Draft:
    source: str
    candidates: list[Candidate]
    dates: list[DateMention]
    source_date: str | None


# ---------------------------------------------------------------- entry point


def extract(normalized: Normalized, source_id: str, gazetteer: Gazetteer, source_date: str | None = None) -> Draft:
    """Propose entities, figures and relations for one normalized source."""
    text = normalized.text
    sentences = [s for s in normalized.sentences if s.text.strip()]
    source_date = source_date or _date_in_byline(sentences)
    tokenizer = _tokenizer(gazetteer)
    figures = [f for s in sentences for f in _figures(s)]
    dates = [d for s in sentences for d in _dates(s, source_date)]
    mentions: list[Mention] = []
    for sentence in sentences:
        tokens = _tokens(tokenizer, sentence)
        blocked = [(f.start, f.end) for f in figures if f.sentence == sentence.id]
        mentions += _suffix_names(tokens, sentence, blocked, gazetteer)
        mentions += _known_names(tokens, sentence, gazetteer)
        mentions += _people(tokens, sentence)
        mentions += _bylines(sentence)
    mentions = _resolve_overlaps(mentions)
    candidates = _group(mentions, text, gazetteer)
    _link(candidates, gazetteer)
    candidates = _merge_linked(candidates)
    builder = _Relations(text, sentences, candidates, figures, dates, gazetteer, source_date)
    builder.build()
    _assign_ids(builder.candidates, gazetteer)
    return Draft(source_id, builder.candidates, dates, source_date)


# ---------------------------------------------------------------- tokens


@dataclass(frozen=True)
class Token:
    word: str
    tag: str
    start: int  # offsets in the normalized text
    end: int


@lru_cache(maxsize=8)
def _base_tokenizer():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()  # private: the normalizer scores repairs with jieba's default dictionary
    tokenizer.initialize()
    return tokenizer, jieba.posseg


def _tokenizer(gazetteer: Gazetteer):
    """A POS tokenizer that keeps the gazetteer's names whole."""
    import jieba

    base, posseg = _base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(base.FREQ), base.total, True
    pos = posseg.POSTokenizer(tokenizer)
    pos.word_tag_tab = dict(pos.word_tag_tab)
    for name in gazetteer.regions:
        pos.tokenizer.add_word(name, 2000, "ns")
        pos.word_tag_tab[name] = "ns"
    for name, entries in gazetteer.names.items():
        if len(name) >= 2 and not _is_pronoun(name):
            tag = "ns" if KIND_OF.get(entries[0].cls) in ("region", "zone", "park") else "nt"
            pos.tokenizer.add_word(name, 2000, tag)
            pos.word_tag_tab[name] = tag
    return pos


def _tokens(tokenizer, sentence: Sentence) -> list[Token]:
    out, offset = [], sentence.start
    for pair in tokenizer.cut(sentence.text):
        word, tag = pair.word, pair.flag
        for piece, piece_tag in _split_role(word, tag):
            out.append(Token(piece, piece_tag, offset, offset + len(piece)))
            offset += len(piece)
    return out


def _split_role(word: str, tag: str) -> list[tuple[str, str]]:
    """jieba's dictionary has words like 局局长: split the organisation's suffix from the role."""
    match = ROLE_RE.search(word)
    if match and match.start() > 0 and match.end() == len(word) and word[: match.start()].endswith(
            tuple(SUFFIX_CLASSES)):
        return [(word[: match.start()], "n"), (word[match.start():], "n")]
    return [(word, tag)]


def _is_pronoun(name: str) -> bool:
    return name[0] in "该我全本此这其" or len(name) < 2


# ---------------------------------------------------------------- names


def _suffix_names(tokens: list[Token], sentence: Sentence, blocked, gazetteer: Gazetteer) -> list[Mention]:
    out = []
    for i, token in enumerate(tokens):
        suffix = next((s for s in SUFFIXES if token.word.endswith(s)), None)
        if suffix is None or token.word in FALSE_SUFFIX_WORDS:
            continue
        kind = KIND_OF[SUFFIX_CLASSES[suffix]]
        first = _walk_back(tokens, i, kind, blocked, gazetteer)
        name = "".join(t.word for t in tokens[first:i + 1])
        cls = _class_of(name)
        if cls and _acceptable(name, cls, tokens, first, i):
            out.append(Mention(name, tokens[first].start, token.end, sentence.id, cls))
        elif token.word in ZONE_WORDS[:3]:  # a bare 高新区: the article's own zone, resolved when grouping
            out.append(Mention(token.word, token.start, token.end, sentence.id, "HighTechZone"))
    return out


def _walk_back(tokens: list[Token], i: int, kind: str, blocked, gazetteer: Gazetteer) -> int:
    """Index of the first token of the name that ends with token i."""
    first, length = i, len(tokens[i].word)
    official = tokens[i].word.endswith(("局", "厅", "委员会", "部"))
    while first > 0:
        token = tokens[first - 1]
        joins = (official and token.word == "和" and first > 1  # 经济和信息化局, 住房和城乡建设局
                 and not tokens[first - 2].word.endswith(tuple(SUFFIX_CLASSES)))
        if not (joins or _name_part(token, kind, blocked, gazetteer)) or length + len(token.word) > MAX_NAME[kind]:
            break
        if kind == "project" and token.word in PROJECT_STOPS:
            break
        first -= 1
        length += len(token.word)
    return first


def _name_part(token: Token, kind: str, blocked, gazetteer: Gazetteer) -> bool:
    word = token.word
    in_figure = any(s < token.end and token.start < e for s, e in blocked)
    if kind == "project":
        if in_figure or re.fullmatch(r"[一二三四五六七八九十\d]+期", word) or word in ("年产", "年产能"):
            return True
    elif in_figure:
        return False
    if kind == "product" and _names_other_kind(word, gazetteer):
        return False  # 高新区钠离子电池电芯: the zone owns the product, it is not part of its name
    if word in gazetteer.regions or (word in gazetteer.names and not _is_pronoun(word)):
        return True
    if word in STOP_WORDS or not re.match(r"[\w〓]", word) or "〓" in word:
        return False
    if word == "之":  # 启迪之星, 创客之家
        return True
    if token.tag.startswith("v") and token.tag != "vn":
        return word in NAME_VERBS
    return token.tag in NAME_TAGS or token.tag.startswith("n")


def _names_other_kind(word: str, gazetteer: Gazetteer) -> bool:
    if word in gazetteer.regions or word in ZONE_WORDS:
        return True
    known = gazetteer.lookup(word)
    if known and KIND_OF.get(known.cls) not in (None, "product"):
        return True
    suffix = next((s for s in SUFFIXES if word.endswith(s)), None)
    return suffix is not None and KIND_OF[SUFFIX_CLASSES[suffix]] != "product"


def _class_of(name: str) -> str | None:
    suffix = next((s for s in SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return None
    cls = SUFFIX_CLASSES[suffix]
    if suffix == "中心" and re.search(r"政务|行政|管理|服务|发展改革|审批", name):
        return "GovernmentBody"
    if suffix == "中心" and re.search(r"融媒", name):
        return "Publisher"
    return cls


def _acceptable(name: str, cls: str, tokens: list[Token], first: int, last: int) -> bool:
    suffix = next(s for s in SUFFIXES if name.endswith(s))
    stem = name[: -len(suffix)]
    while stem and stem[0] in "该本各其此这":
        stem = stem[1:]
    if KIND_OF[cls] == "product" and name == suffix and len(suffix) >= 4:
        return True  # 正极材料, 储能系统
    if len(name) < 3 or not stem or name in NOT_NAMES:
        return False
    if KIND_OF[cls] == "product":
        following = "".join(t.word for t in tokens[last + 1:last + 2])
        return not (re.match(r"[\d一二两三四五六七八九十]", name) or stem in PRODUCT_GENERIC
                    or following in ("产业", "行业", "领域", "企业", "产业链"))
    if stem in GENERIC_STEMS:
        return False
    if suffix in ("中心", "平台", "基地", "园区", "局", "厅") and len(stem) < 2:
        return False
    words = [t.word for t in tokens[first:last + 1]]
    if all(w in GENERIC_STEMS or w == suffix or w in SUFFIX_CLASSES for w in words):
        return False
    if cls == "Project":
        # a project is named by an owner, a product, a capacity or a phase; "23个…项目" counts projects
        if re.match(r"[\d一二两三四五六七八九十百千]+[个项]", name):
            return False
        return len(name) >= 6 or bool(re.search(r"\d|期|年产", name))
    return True


def _known_names(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """Regions and names already in the graph, where the text names them as whole words."""
    out = []
    for token in tokens:
        if token.word in gazetteer.regions:
            out.append(Mention(token.word, token.start, token.end, sentence.id, "AdministrativeRegion"))
            continue
        known = gazetteer.lookup(token.word)
        if known and not _is_pronoun(token.word) and KIND_OF.get(known.cls):
            out.append(Mention(token.word, token.start, token.end, sentence.id, known.cls, known=known))
    return out


def _people(tokens: list[Token], sentence: Sentence) -> list[Mention]:
    out = []
    text = sentence.text
    for match in ROLE_RE.finditer(text):
        after = match.end()
        names = []
        spaced = re.match(rf"\s+((?:{CJK_NAME}{{2,3}}(?=\s|$|[）)，。、])\s*)+)", text[after:])
        if spaced:  # a byline: 记者 周馨钰 宋姿熠 王汉卿
            pos = after
            for name in spaced.group(1).split():
                pos = text.index(name, pos)
                names.append((name, pos))
                pos += len(name)
        else:
            token = next((t for t in tokens if t.start == sentence.start + after), None)
            if token and token.tag.startswith("nr") and 2 <= len(token.word) <= 3 and token.word[0] in SURNAMES:
                names.append((token.word, after))
        for name, pos in names:
            if name[0] not in SURNAMES:
                continue
            start = sentence.start + pos
            out.append(Mention(name, start, start + len(name), sentence.id, "Person", role=match.group(0),
                               role_start=sentence.start + match.start()))
    return out


def _bylines(sentence: Sentence) -> list[Mention]:
    """（自贡融媒记者 …）: the words before 记者 in a credit line name the publishing newsroom."""
    if sentence.kind != "byline":
        return []
    match = re.match(rf"^[（(]?({CJK_NAME}{{2,10}}?)(?:记者|通讯员)", sentence.text)
    if not match:
        return []
    start = sentence.start + match.start(1)
    return [Mention(match.group(1), start, start + len(match.group(1)), sentence.id, "Publisher")]


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """One mention per span; mentions inside others kept only where they name something else."""
    by_span: dict[tuple[int, int], Mention] = {}
    for mention in mentions:
        held = by_span.get((mention.start, mention.end))
        if held is None or (mention.known and not held.known) or mention.role:
            if held is not None and held.role and not mention.role:
                continue
            by_span[(mention.start, mention.end)] = mention
    spans = sorted(by_span.values(), key=lambda m: (m.start, -(m.end - m.start)))
    kept = []
    for mention in spans:
        outers = [o for o in spans if o is not mention and o.start <= mention.start and mention.end <= o.end
                  and (o.end - o.start) > (mention.end - mention.start)]
        if any(_hidden_inside(mention, outer) for outer in outers):
            continue
        if outers:
            mention.nested_in = min(outers, key=lambda o: o.end - o.start)
        kept.append(mention)
    return kept


def _hidden_inside(mention: Mention, outer: Mention) -> bool:
    """A name inside a longer name is its own entity only where it names something else."""
    if outer.kind in ("person", "product") or mention.kind in ("person", "region"):
        return True
    if mention.cls == outer.cls:
        return True
    return mention.kind == "product" and outer.kind != "project"


# ---------------------------------------------------------------- grouping and linking


def _region_prefix(name: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(canonical region, rest) when a name starts with a region: 自贡高新区 -> (自贡市, 高新区)."""
    for length in range(min(len(name) - 1, 9), 1, -1):
        head = name[:length]
        if head in gazetteer.regions:
            return gazetteer.regions[head], name[length:]
    return None, name


def core_name(name: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(region, core) of an organisation or place name, for matching short and long forms.

    自贡珈钠能源科技有限公司 -> (自贡市, 珈钠能源); 自贡先进碳材料产业技术研究院 -> (自贡市, 先进碳材料产业研究院).
    """
    region, rest = _region_prefix(name, gazetteer)
    for word in ZONE_WORDS:
        if rest.startswith(word) and len(rest) > len(word) + 1:
            rest = rest[len(word):]
            break
    for suffix in LEGAL_SUFFIXES:
        if rest.endswith(suffix) and len(rest) > len(suffix) + 1:
            rest = rest[: -len(suffix)]
            break
    stripped = re.sub(r"技术|科技", "", rest)
    return region, stripped if len(stripped) >= 2 else rest


def _group(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    groups: dict[tuple[str, str], Candidate] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        name = gazetteer.regions.get(mention.text, mention.text) if mention.kind == "region" else mention.text
        key = (mention.kind, name)
        if key not in groups:
            groups[key] = Candidate(mention.cls, [name])
        candidate = groups[key]
        candidate.mentions.append(mention)
        if mention.text not in candidate.names:
            candidate.names.append(mention.text)
    candidates = list(groups.values())
    candidates = _merge_short_forms(candidates, gazetteer)
    _find_short_mentions(candidates, text, gazetteer)
    named = [(m.start, m.end) for c in candidates if c.kind in ("organisation", "zone", "park") for m in c.mentions]
    for candidate in candidates:
        if candidate.kind == "region":  # 宁德 in 宁德时代 names a company, not the city
            candidate.mentions = [m for m in candidate.mentions
                                  if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                             for s, e in named)]
    return [c for c in candidates if c.mentions]


def _merge_short_forms(candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Fold 珈钠能源 into 自贡珈钠能源科技有限公司, 高新区 into the article's most named 自贡高新区."""
    mergeable = ("organisation", "zone", "park")
    ordered = sorted(candidates, key=lambda c: -len(c.label))
    merged: list[Candidate] = []
    for candidate in ordered:
        if candidate.kind not in mergeable:
            merged.append(candidate)
            continue
        region, core = core_name(candidate.label, gazetteer)
        homes = []
        for other in merged:
            if other.kind != candidate.kind:
                continue
            other_region, other_core = core_name(other.label, gazetteer)
            bare = candidate.label in ZONE_WORDS and other.label.endswith(candidate.label)
            same = other_core == core and (region is None or other_region is None or region == other_region)
            if bare or (same and core not in ZONE_WORDS):
                homes.append(other)
        if not homes:
            merged.append(candidate)
            continue
        home = max(homes, key=lambda c: (len(c.mentions), -c.first))
        home.mentions += candidate.mentions
        home.names += [n for n in candidate.names if n not in home.names]
        if len(candidate.label) > len(home.label) and candidate.label not in ZONE_WORDS:
            home.names.remove(candidate.label)
            home.names.insert(0, candidate.label)
    return merged


def _find_short_mentions(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """An organisation named once in full is then named by its core (珈钠能源): find those mentions."""
    taken = [(m.start, m.end) for c in candidates for m in c.mentions if m.nested_in is None]
    for candidate in candidates:
        if candidate.kind != "organisation":
            continue
        for core in _short_names(candidate, gazetteer):
            _add_short_mentions(candidate, core, candidates, taken, text)


def _short_names(candidate: Candidate, gazetteer: Gazetteer) -> list[str]:
    _, core = core_name(candidate.label, gazetteer)
    whole = core_name(candidate.label, Gazetteer())[1]  # 宁德时代… starts with a city name but is no city
    shorts = [core, whole]
    for name in (core, whole):
        for tail in INDUSTRY_TAILS:  # 宁德时代新能源 is called 宁德时代
            if name.endswith(tail) and len(name) - len(tail) >= 4:
                shorts.append(name[: -len(tail)])
                break
    shorts = list(dict.fromkeys(shorts))
    return [s for s in shorts if len(s) >= 3 and s not in GENERIC_STEMS and s != candidate.label
            and not _class_of(s)]  # a core ending in a class suffix is a full name of its own


def _add_short_mentions(candidate: Candidate, core: str, candidates, taken, text: str) -> None:
    for match in re.finditer(re.escape(core), text):
        start, end = match.span()
        if any(m.start <= start and end <= m.end for m in candidate.mentions):
            continue
        inside = next(((s, e) for s, e in taken if s <= start and end <= e), None)
        mention = Mention(core, start, end, "", candidate.cls)  # the sentence id is filled in later
        if inside is not None:
            outer = next(m for c in candidates for m in c.mentions if (m.start, m.end) == inside)
            if outer.kind != "project":
                continue
            mention.nested_in = outer
        candidate.mentions.append(mention)
        if core not in candidate.names:
            candidate.names.append(core)


def _link(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """Give each candidate the existing entity one of its names labels (full names first)."""
    for candidate in candidates:
        names = sorted(candidate.names, key=lambda n: (n in ZONE_WORDS, -len(n)))
        for name in names:
            known = gazetteer.lookup(name)
            if known and KIND_OF.get(known.cls) == candidate.kind:
                candidate.existing = known
                break
        if candidate.existing is None and candidate.kind in ("organisation", "zone", "park"):
            candidate.existing = _link_by_core(candidate, gazetteer)
        if candidate.existing:
            candidate.cls = candidate.existing.cls


def _link_by_core(candidate: Candidate, gazetteer: Gazetteer) -> Known | None:
    region, core = core_name(candidate.label, gazetteer)
    if core in ZONE_WORDS or len(core) < 3:
        return None
    found = {}
    for name, entries in gazetteer.names.items():
        for known in entries:
            if KIND_OF.get(known.cls) != candidate.kind:
                continue
            other_region, other_core = core_name(name, gazetteer)
            if other_core == core and (region is None or other_region is None or region == other_region):
                found[known.id] = known
    return next(iter(found.values())) if len(found) == 1 else None


def _merge_linked(candidates: list[Candidate]) -> list[Candidate]:
    by_id: dict[str, Candidate] = {}
    out = []
    for candidate in candidates:
        if candidate.existing is None:
            out.append(candidate)
            continue
        held = by_id.get(candidate.existing.id)
        if held is None:
            by_id[candidate.existing.id] = candidate
            out.append(candidate)
        else:
            held.mentions += candidate.mentions
            held.names += [n for n in candidate.names if n not in held.names]
    return out


# ---------------------------------------------------------------- figures and dates


def _figures(sentence: Sentence) -> list[Figure]:
    out = []
    text = sentence.text
    for match in QUANTITY_RE.finditer(text):
        num, mult, unit = match.group("num"), match.group("mult"), match.group("unit")
        after = text[match.end():match.end() + 3]
        chinese = not num[0].isdigit()
        if chinese and (_cn_number(num) <= 1 or after.startswith(unit)):
            continue  # 一个, 一个个: an article or a reduplication, not a figure
        if unit == "个" and re.match(r"月|小时|工作日|百分点|人", after):
            continue
        if unit in ("米", "公里") and chinese:
            continue  # 最后一公里 and the like
        value = (Decimal(num) if not chinese else Decimal(_cn_number(num))) * MULTIPLIERS.get(mult or "", 1)
        code = UNIT_CODES.get(unit) or UNIT_CODES.get(unit.lower()) or _unit_ignoring_case(unit)
        factor = UNIT_FACTORS.get(unit)
        note = ""
        if factor is not None:
            value = value * factor
            if unit in ("亩", "平方公里"):
                value = value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
                note = f"{match.group(0)} converted to hectares (HAR); 1 亩 = 1/15 ha"
        before = text[max(0, match.start() - 4):match.start()]
        period = PERIOD_AFTER.get(match.group("per") or "")
        period = period or next((code for word, code in PERIOD_BEFORE.items() if before.endswith(word)), None)
        qualifier = next((q for word, q in QUALIFIER_BEFORE if before.endswith(word)), None)
        if match.group("more"):
            qualifier = "more-than"
        qualifier = qualifier or next((q for word, q in QUALIFIER_AFTER if after.startswith(word)), None)
        start = match.start()
        lead = next((w for w in ("年产能", "年产", "日产", "月产") if before.endswith(w)), "")
        lead = lead or next((w for w, _ in QUALIFIER_BEFORE if before.endswith(w)), "")
        start -= len(lead)
        out.append(Figure(text[start:match.end()], sentence.start + start, sentence.start + match.end(), sentence.id,
                          value, code, period, qualifier, note))
    return out


def _unit_ignoring_case(unit: str) -> str:
    return next(code for name, code in UNIT_CODES.items() if name.lower() == unit.lower())


def _cn_number(text: str) -> int:
    total = number = 0
    for char in text:
        if char in CN_DIGITS:
            number = CN_DIGITS[char]
        elif char in CN_UNITS:
            total += (number or 1) * CN_UNITS[char]
            number = 0
    return total + number


def _dates(sentence: Sentence, source_date: str | None) -> list[DateMention]:
    out, taken = [], []
    year = int(source_date[:4]) if source_date else None

    def add(match, value):
        span = (match.start(), match.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        start = sentence.start + span[0]
        out.append(DateMention(match.group(0), start, start + len(match.group(0)), sentence.id, value))

    for match in FULL_DATE_RE.finditer(sentence.text):
        y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
        if _valid(y, m, d):
            add(match, f"{y:04d}-{m:02d}-{d:02d}")
    for match in MONTH_RE.finditer(sentence.text):
        if 1 <= int(match["m"]) <= 12:
            add(match, f"{match['y']}-{int(match['m']):02d}")
    for match in YEAR_RE.finditer(sentence.text):
        add(match, match["y"])
    if year:
        for match in BARE_MONTH_RE.finditer(sentence.text):
            if 1 <= int(match["m"]) <= 12:
                add(match, f"{year:04d}-{int(match['m']):02d}")
        for match in RELATIVE_YEAR_RE.finditer(sentence.text):
            add(match, str(year + RELATIVE_YEARS[match["rel"]]))
    return sorted(out, key=lambda d: d.start)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _date_in_byline(sentences: list[Sentence]) -> str | None:
    for sentence in sentences[:6]:
        match = FULL_DATE_RE.search(sentence.text)
        if match and _valid(int(match["y"]), int(match["m"]), int(match["d"])):
            return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"
    return None


# ---------------------------------------------------------------- relations


class _Relations:
    """Turn grouped mentions, figures and cues into facts with quotes."""

    def __init__(self, text, sentences, candidates, figures, dates, gazetteer, source_date):
        self.text = text
        self.sentences = sentences
        self.by_id = {s.id: s for s in sentences}
        self.order = {s.id: i for i, s in enumerate(sentences)}
        self.candidates = candidates
        self.figures = figures
        self.dates = dates
        self.gazetteer = gazetteer
        self.source_date = source_date
        self.owner_of: dict[int, Candidate] = {}
        for candidate in candidates:
            for mention in candidate.mentions:
                if not mention.sentence:
                    mention.sentence = self._sentence(mention.start).id
                self.owner_of[id(mention)] = candidate

    def build(self) -> None:
        for candidate in self.candidates:
            first = min(candidate.mentions, key=lambda m: m.start)
            candidate.quote = self.clause(first.start, first.end)
        self.people()
        self.figures_as_quantities()
        self.containment()
        self.cooperations()
        self.candidates = [c for c in self.candidates if c.kind != "person" or c.mentions]

    # -- helpers

    def _sentence(self, offset: int) -> Sentence:
        return next((s for s in self.sentences if s.start <= offset < s.end), self.sentences[-1])

    def clause(self, start: int, end: int, limit: int = 60) -> str:
        """The clause around text[start:end] (between commas and stops), at most `limit` characters."""
        sentence = self._sentence(start)
        left = max((sentence.start + i + 1 for i, c in enumerate(sentence.text[: start - sentence.start])
                    if c in "，。；！？：,"), default=sentence.start)
        right = min((start + i for i, c in enumerate(self.text[start:sentence.end]) if c in "，。；！？," and
                     start + i >= end), default=sentence.end)
        if right - left > limit:
            left, right = max(left, start - 12), min(right, max(end, start + limit - 12))
        return self.text[left:right].strip(" “”‘’「」") or self.text[start:end]

    def local(self, figure: Figure) -> str:
        """A figure with the few words around it, up to the nearest 、，。 (23个成果转化项目)."""
        sentence = self.by_id[figure.sentence]
        left = figure.start
        while left > max(sentence.start, figure.start - 8) and self.text[left - 1] not in "、，。；：！？“”‘’ ":
            left -= 1
        right = figure.end
        while right < min(sentence.end, figure.end + 10) and self.text[right] not in "、，。；：！？“”‘’ 等":
            right += 1
        return self.text[left:right]

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def mentions_in(self, sentence_id: str, kinds, before: int | None = None) -> list[tuple[Mention, Candidate]]:
        found = []
        for candidate in self.candidates:
            if candidate.kind not in kinds:
                continue
            for mention in candidate.mentions:
                if mention.sentence == sentence_id and (before is None or mention.end <= before):
                    found.append((mention, candidate))
        return sorted(found, key=lambda pair: pair[0].start)

    def nearest_before(self, sentence_id: str, offset: int, kinds, reach: int = 3):
        index = self.order[sentence_id]
        for back in range(reach + 1):
            if index - back < 0:
                break
            sid = self.sentences[index - back].id
            found = self.mentions_in(sid, kinds, before=offset if back == 0 else None)
            if found:
                return found[-1]
        return None

    # -- people and their positions

    def people(self) -> None:
        positions = []
        for person in [c for c in self.candidates if c.kind == "person"]:
            for mention in person.mentions:
                if not mention.role:
                    continue
                role, role_start = mention.role, mention.role_start
                employer = self._employer(mention, role, role_start)
                person.notes.append(f"{mention.sentence}: {role}{mention.text}")
                if employer is None:
                    continue
                emp_mention, emp = employer
                quote_start = min(emp_mention.start, role_start) if emp_mention.sentence == mention.sentence \
                    else role_start
                quote = self.span(quote_start, mention.end)
                label = f"{mention.text}（{role}）"
                if any(p.label == label for p in positions):
                    continue
                position = Candidate("Position", [label], [])
                position.quote = quote
                position.facts = [Fact("holder", person, quote), Fact("positionIn", emp, quote),
                                  Fact("roleTitle", {"zh": role}, quote)]
                position.figure = None
                position.notes.append(f"{mention.sentence} [{quote_start}-{mention.end}]")
                position._first = quote_start  # type: ignore[attr-defined]
                positions.append(position)
            person.label_en = _person_en(person.label)
        self.candidates += positions

    def _employer(self, mention: Mention, role: str, role_start: int):
        for candidate in self.candidates:
            if candidate.kind not in ("organisation", "project"):
                continue
            for other in candidate.mentions:
                if other.sentence == mention.sentence and role_start - 1 <= other.end <= role_start:
                    return other, candidate
        if role.startswith("项目"):
            return self.nearest_before(mention.sentence, role_start, ("project",))
        return None

    # -- figures

    def figures_as_quantities(self) -> None:
        products = [(m, c) for c in self.candidates if c.kind == "product" for m in c.mentions]
        made: dict[tuple, Candidate] = {}
        for figure in self.figures:
            product = next(((m, c) for m, c in products if 0 <= m.start - figure.end <= 1), None)
            before = None
            if product is None:  # 钠离子电池电芯产能达到10GWh
                before = next(((m, c) for m, c in products if m.sentence == figure.sentence and m.end <= figure.start
                               and CAPACITY_BETWEEN_RE.fullmatch(self.text[m.end:figure.start])), None)
                product = before
            owner = self._owner(figure)
            capacity = product is not None and owner is not None and figure.unit in CAPACITY_UNITS
            key = (figure.value, figure.unit, figure.per_period, id(product[1]) if product else figure.start,
                   id(owner[1]) if owner else None)
            if key in made:  # the same figure again (a caption repeating the text)
                made[key].notes.append(f"also {figure.sentence} [{figure.start}-{figure.end}] {figure.text}")
                continue
            cls = "Capacity" if capacity else "Quantity"
            if before:
                raw, quote = before[1].label + figure.text, self.span(before[0].start, figure.end)
            else:
                raw = figure.text + (self.span(figure.end, product[0].end) if product else "")
                quote = raw if product else self.local(figure)
            if capacity and owner[0].start <= figure.start and figure.end <= owner[0].end:
                label = f"{owner[1].label}产能"
            elif capacity:
                label = f"{min(owner[1].names, key=len)}{raw}产能"
            else:
                label = quote
            candidate = Candidate(cls, [label], [])
            made[key] = candidate
            candidate.figure = figure
            candidate.quote = quote
            candidate.facts.append(Fact("value", _number(figure.value), quote, figure.note))
            candidate.facts.append(Fact("unitCode", figure.unit, quote))
            if figure.per_period:
                candidate.facts.append(Fact("perPeriod", figure.per_period, quote))
            if figure.qualifier:
                candidate.facts.append(Fact("valueQualifier", figure.qualifier, quote))
            if capacity:
                candidate.facts.append(Fact("ofProduct", product[1], quote))
            status, cue_note = self._status(figure, capacity)
            candidate.facts.append(Fact("status", status, self.clause(figure.start, figure.end), cue_note))
            date, date_quote, date_note = self._date(figure)
            if date:
                candidate.facts.append(Fact("date", date, date_quote, date_note))
            if owner is not None:
                prop = "hasCapacity" if capacity else "hasIndicator"
                owner_mention, owner_candidate = owner
                if owner_mention.sentence == figure.sentence and owner_mention.start <= figure.start:
                    owner_quote = self.span(owner_mention.start, figure.end)
                    if len(owner_quote) > 60:
                        owner_quote = self.clause(figure.start, figure.end)
                else:
                    owner_quote = self.clause(figure.start, figure.end)
                owner_candidate.facts.append(Fact(prop, candidate, owner_quote))
            if capacity:
                candidate.existing = self._existing_capacity(product[1], owner[1] if owner else None)
            self.candidates.append(candidate)

    def _owner(self, figure: Figure):
        for candidate in self.candidates:
            if candidate.kind == "project":
                for mention in candidate.mentions:
                    if mention.start <= figure.start and figure.end <= mention.end:
                        return mention, candidate
        return self.nearest_before(figure.sentence, figure.start, ("organisation", "zone", "park", "project"))

    def _status(self, figure: Figure, capacity: bool) -> tuple[str, str]:
        sentence = self.by_id[figure.sentence]
        for scope in (self.clause(figure.start, figure.end, limit=80), sentence.text):
            for pattern, status in STATUS_CUES:
                match = pattern.search(scope)
                if match:
                    return status, f"status from {match.group(0)!r}; check"
        return ("planned" if capacity else "achieved"), "no status word found: a guess, check"

    def _date(self, figure: Figure) -> tuple[str | None, str, str]:
        same = [d for d in self.dates if d.sentence == figure.sentence]
        if same:
            date = min(same, key=lambda d: abs(d.start - figure.start))
            return date.value, self.clause(date.start, date.end), f"date from {date.text!r}"
        if self.source_date:
            return self.source_date, self.clause(figure.start, figure.end), "the source's date: the figure as reported"
        return None, "", ""

    def _existing_capacity(self, product: Candidate, owner: Candidate | None) -> Known | None:
        if product.existing is None:
            return None
        for capacity_id, product_id, owners in self.gazetteer.capacities:
            if product_id == product.existing.id and (owner is None or owner.existing is None or not owners
                                                      or owner.existing.id in owners):
                for entries in self.gazetteer.names.values():
                    for known in entries:
                        if known.id == capacity_id:
                            return known
        return None

    # -- names inside names

    def containment(self) -> None:
        """高新区板仓工业园区: the park is part of the zone; 珈钠能源…项目: the company runs the project."""
        for candidate in list(self.candidates):
            for mention in candidate.mentions:
                outer = mention.nested_in
                if outer is None:
                    continue
                container = self.owner_of.get(id(outer))
                if container is None or container is candidate:
                    continue
                quote = outer.text
                prop = self._containment_property(container, candidate, outer, mention)
                if prop and not any(f.prop == prop and f.value is candidate for f in container.facts):
                    container.facts.append(Fact(prop, candidate, quote))

    @staticmethod
    def _containment_property(container: Candidate, inner: Candidate, outer: Mention, mention: Mention):
        at_start = mention.start == outer.start
        if container.kind == "project":
            if inner.kind == "product":
                return "produces"
            if inner.kind == "organisation" and at_start:
                return "operatedBy"
        if inner.kind == "zone" and at_start:
            if container.kind == "park":
                return "partOf"
            if container.cls == "GovernmentBody":
                return "governs"
            if container.kind == "organisation":
                return "locatedIn"
        return None

    # -- cooperation

    def cooperations(self) -> None:
        seen = set()
        kinds = ("organisation", "zone", "park", "region")
        for sentence in self.sentences:
            for cue in COOPERATION_RE.finditer(sentence.text):
                at = sentence.start + cue.start()
                named = [(m, c) for m, c in self.mentions_in(sentence.id, kinds) if m.nested_in is None]
                left = [(m, c) for m, c in named if m.end <= at and at - m.end <= 20]
                right = [(m, c) for m, c in named if m.start >= at + len(cue.group(0))
                         and not re.search(r"[，。；]", self.text[at:m.start])]
                pairs = []
                if left and right:
                    pairs = [(left[-1], r) for r in right]
                elif len(left) >= 2 and re.search(r"与|和|同", self.text[left[-2][0].end:left[-1][0].start]):
                    pairs = [(left[-2], left[-1])]
                for (ma, a), (mb, b) in pairs:
                    if a is b or (id(a), id(b)) in seen:
                        continue
                    seen.add((id(a), id(b)))
                    start, end = min(ma.start, mb.start), max(ma.end, mb.end, at + len(cue.group(0)))
                    quote = self.span(start, end) if end - start <= 80 else sentence.text
                    cooperation = Candidate("Cooperation", [f"{a.label}与{b.label}合作"], [])
                    cooperation.quote = quote
                    cooperation.facts.append(Fact("partner", [a, b], quote, f"cue {cue.group(0)!r} in {sentence.id}"))
                    cooperation._first = start  # type: ignore[attr-defined]
                    self.candidates.append(cooperation)


# ---------------------------------------------------------------- ids and labels


def _assign_ids(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    used = {k.id for entries in gazetteer.names.values() for k in entries}
    for candidate in sorted(candidates, key=_position):
        if candidate.existing:
            candidate.id = candidate.existing.id
            continue
        base = slug(candidate.label) or "entity"
        if candidate.cls == "Capacity":
            base = base if base.endswith("capacity") else f"{base}-capacity"
        proposal, n = base, 2
        while proposal in used:
            proposal, n = f"{base}-{n}", n + 1
        used.add(proposal)
        candidate.id = proposal


def _position(candidate: Candidate) -> int:
    first = getattr(candidate, "_first", None)
    if first is not None:
        return first
    if candidate.mentions:
        return candidate.first
    return candidate.figure.start if candidate.figure else 0


def slug(name: str, max_words: int = 6) -> str:
    """A readable id from a Chinese name: pinyin word by word (自贡高新区 -> zigong-gaoxinqu)."""
    from pypinyin import lazy_pinyin

    base, _ = _base_tokenizer()
    words = []
    for word in base.cut(name):
        if re.match(r"[\u4e00-\u9fff]", word):
            words.append("".join(lazy_pinyin(word)).replace("ü", "v"))
        else:
            cleaned = re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")
            if cleaned:
                words.append(cleaned)
    text = "-".join(words[:max_words])
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "", text)).strip("-")


def _person_en(name: str) -> str:
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return " ".join([syllables[0].capitalize(), "".join(syllables[1:]).capitalize()]).replace("ü", "u")


def _region_en(name: str) -> str | None:
    from pypinyin import lazy_pinyin

    if name.endswith("省"):
        stem = "Shaanxi" if name == "陕西省" else "".join(lazy_pinyin(name[:-1])).capitalize()
        return f"{stem} Province"
    if name.endswith("市") and (name[:-1] in MUNICIPALITIES or len(name) <= 4):
        return "".join(lazy_pinyin(name[:-1])).capitalize()
    return None


def _number(value: Decimal):
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(format(value, "f"))


# ---------------------------------------------------------------- the draft as YAML

SECTIONS = (("region", "places"), ("zone", None), ("park", None), ("organisation", "organisations"),
            ("person", "people and their positions"), ("other:Position", None), ("product", "products"),
            ("project", "projects"), ("quantity", "capacities and figures"), ("other:Cooperation", "cooperation"))


def draft_yaml(draft: Draft) -> str:
    """The draft as a facts file: every entity quoted, with positions and suggestions in comments."""
    lines = [
        f"# Draft facts proposed by `chaingraph extract {draft.source}`: candidates, not facts.",
        "# Review every entry against `chaingraph normalize " + draft.source + "`: confirm the classes and the",
        "# `existing:` links, fill every `en: TODO`, delete what is wrong, then build.",
        f"# Source date used for figures: {draft.source_date or 'none found'}.",
    ]
    if draft.dates:
        lines.append("# Dates the text names: " + "; ".join(f"{d.sentence} {d.text} -> {d.value}" for d in draft.dates))
    lines += [f"source: {draft.source}", "entities:"]
    for kind_key, title in SECTIONS:
        members = [c for c in draft.candidates if _section_key(c) == kind_key]
        if not members:
            continue
        if title:
            lines += ["", f"  # {'-' * 66} {title}"]
        for candidate in sorted(members, key=_position):
            lines += _entity_lines(candidate)
    return "\n".join(lines) + "\n"


def _section_key(candidate: Candidate) -> str:
    return candidate.kind if candidate.kind != "other" else f"other:{candidate.cls}"


def _entity_lines(candidate: Candidate) -> list[str]:
    lines = [""]
    for mention in sorted(candidate.mentions, key=lambda m: m.start)[:4]:
        lines.append(f"  # {mention.sentence} [{mention.start}-{mention.end}] {mention.text}")
    if len(candidate.mentions) > 4:
        lines.append(f"  # ... {len(candidate.mentions) - 4} more mention(s)")
    if candidate.figure:
        f = candidate.figure
        lines.append(f"  # {f.sentence} [{f.start}-{f.end}] {f.text}")
    for note in candidate.notes:
        lines.append(f"  # {note}")
    if candidate.existing:
        lines.append(f"  # existing: {candidate.existing.id} ({candidate.existing.label}, "
                     f"from {candidate.existing.source}); labels stay where they are")
    lines.append(f"  - id: {candidate.id}")
    lines.append(f"    class: {candidate.cls}")
    if candidate.existing is None:
        english = candidate.label_en or (_region_en(candidate.label) if candidate.kind == "region" else None)
        lines.append(f"    label: {{zh: {_scalar(candidate.label)}, en: {_scalar(english or 'TODO')}}}")
        aliases = [n for n in candidate.names[1:]]
    else:
        aliases = [n for n in candidate.names if n != candidate.existing.label]
    if aliases:
        lines.append(f"    aliases: {{zh: [{', '.join(_scalar(a) for a in aliases)}]}}")
    lines.append(f"    quote: {_scalar(candidate.quote)}")
    facts = _unique_facts(candidate.facts)
    if facts:
        lines.append("    facts:")
        for fact in facts:
            lines.append(f"      - {fact.prop}: {_value(fact.value)}" + (f"  # {fact.note}" if fact.note else ""))
            lines.append(f"        quote: {_scalar(fact.quote)}")
    return lines


def _unique_facts(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for fact in facts:
        key = (fact.prop, _value(fact.value))
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def _value(value) -> str:
    if isinstance(value, Candidate):
        return value.id
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, int | float):
        return str(value)
    return _scalar(str(value))


_PLAIN = re.compile(r"^[\w\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff“”‘’（）—·、．.+-]+$")


def _scalar(text: str) -> str:
    """A YAML scalar: plain when safe, else double-quoted."""
    if _PLAIN.match(text) and not re.match(r"^[\d.+-]|^(?:true|false|null|yes|no|on|off|y|n)$", text, re.I) \
            and ": " not in text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def kind_counts(draft: Draft) -> Counter:
    return Counter(c.kind for c in draft.candidates)
