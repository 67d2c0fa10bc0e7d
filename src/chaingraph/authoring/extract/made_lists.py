"""Products listed after the words that say what a company makes (主要生产A和B, 主营A、B, 产品包括A、B及C, 年产A、B和C
共12万吨).

Such a list names products whatever their last word, so items no product suffix would find (涤纶长丝,
锦纶切片, 碳纤维预浸料, 抗生素原料药) are proposed too. An item is kept only when it is nouns from end to end
(``noun_tail``) and looks like a product: a list of fields after 用于 (氢能储运、轨道交通) is not read here.
"""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.figures import BUILT_LENGTH_RE
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.products import (
    ACTIVITY_TAIL_RE,
    NOT_PRODUCT_TAILS,
    PRODUCT_KINDS,
    looks_like_product,
    noun_tail,
    product_words,
)
from chaingraph.authoring.extract.specs import CODES, SIZE, SIZE_UNITS
from chaingraph.authoring.extract.tables import table_rows
from chaingraph.authoring.extract.words import ENERGY_INPUTS, GOODS_LAST_CHARS, LEADING_VERBS, generic_word
from chaingraph.sources.sentences import Sentence

MAKES_LIST_RE = re.compile(r"(?:主要生产|主营|主要产品(?:包括|为|有)|产品(?:包括|涵盖|主要有))"
                           rf"((?:{CODES}|[^，。；：！？\d]){{2,40}}?)(?=[，。；！？]|等|$)")  # (6082铝合金: a grade)
# 上游有不锈钢丝、镀锌钢丝，中游有编织网…，下游延伸到过滤器和公路护栏, a map's lines (上游：A、B等原材料；): the
# goods of each link a chain map names, the link opening a clause or after 链 or 形成 (not 长江中游城市群,
# 公司下游客户: a river's reach, a firm's buyers)
CHAIN_LINKS_RE = re.compile(r"(?:^|(?<=[，：；、\n])|(?<=链)|(?<=链条)|(?<=形成))(?:上游|中游|下游)(?:环节)?(?:主要)?"
                            r"(?P<verb>有|为|是|包括|涵盖|(?:延伸|拓展)[到至]|[：:])?((?:(?![上中下]游)[^，。；：！？\d的]){2,40}?)"
                            r"(?=[，。；！？的]|等|、?[上中下]游|$)")
FARMED_TAIL_RE = re.compile(r"(?:种植|养殖|种养|开采)$")  # 中药材种植: the crop grown, the link's good
LINK_FIELDS_RE = re.compile(r"等[^，。；]{0,4}(?:领域|行业|方向|赛道)")
LINK_VERB_RE = re.compile(r"(?:重点)?(?:拓展|延伸|发展|聚焦|主攻|突破|做强|做大|壮大)(?:至|到)?")
ITEM_SPLIT_RE = re.compile(r"、|和|及|与|以及")
# what is developed but is no good (新工艺, 新技术, 稻虾共作模式, 绿色防控规程, 惠企政策)
NOT_GOODS = ("技术", "工艺", "模式", "规程", "政策", "举措", "服务", "方案", "标准", "成果", "机制", "体系", "方法")
# 上游企业, 下游环节, 上游原材料: a link's firms or kind, no good
LINK_NOT_GOODS = ("企业", "环节", "产业", "领域", "行业", "配套", "项目", "市场", "客户", "原材料", "供应商", "经销商",
                  "厂商", "用户", "渠道", "科技", "硅业", "锂业", "药业", "实业", "集团", "股份", *NOT_GOODS)
# 精深加工, 原材料供应, 风电场开发运营, 应用于光伏: the work done at a link or where goods go, no good
LINK_WORK_RE = re.compile(r"(?:加工|制造|生产|研发|供应|运营|开发|服务|销售|回收|利用|应用|配套|集成|调度|物流|"
                          r"运维|设计|检测|租赁|电商|电子商务|商务|营销|大数据|软件|政务|印染|纺纱|织造|针织|缫丝|冶炼|开采)$|"
                          r"用于|应用于|"
                          r"环节|短板|空白|需求|市场|板块|[两三四五]大|[两三四五]段")
# 企业自主研制的A、B和C入选: a list of two or more things a company developed or made, recognised together, named
# as products (not 生产的氢气经管道和长管拖车输送: what is done with them; not 研发的新工艺和新技术: ways of making)
DEVELOPED_LIST_RE = re.compile(r"(?:研制|研发|生产|制造)的((?:[^，。；：！？、\d]{2,20}?(?:、|和|及))+"
                               r"[^，。；：！？、\d]{2,20}?)(?=等?(?:产品|装备|设备)?(?:入选|获评|荣获|获得|通过|被评为|被认定))")

# 所用的铝液和铝锭，来自…, 生产所需的氧化铝、预焙阳极仍需从县外购进: the inputs a plant uses and where they come from
# (the shortest list first: 所需萤石粉主要从赣州、吉安等地采购 names one input, not the places; a verb of supply after
# the source: not 所需时间由5天压缩至1天)
USED_ITEM = r"(?:(?!等)[^，。；：！？、\d]){2,12}?"
USED_LIST_RE = re.compile(rf"所(?:用|需|使用)的?((?:{USED_ITEM}(?:、|和|及))*?{USED_ITEM})(?:等[^，。；\d]{{0,6}}?)?"
                          r"(?=[，,]?(?:均|全部|主要|大部分|大多|多|部分|仍|仍然|目前|还|都|则|也|每年|长期|一直|基本|将|"
                          r"就近)*(?:需要?|要)?(?:来自|购自|外购|采购|(?:从|由|向|依靠|依赖|靠)[^，。；]{0,20}?"
                          r"(?:采购|外购|收购|购进|购入|进口|调入|运来|供应|供给|供货|提供|配套|输送)))")
INPUTS_NOT_GOODS = {"资金", "人员", "人才", "土地", "用地", "技术", "设备", "原料", "原材料", "材料", "热能"}

# 年产速冻水饺、汤圆和馄饨共12万吨: a list of what is made right before the one figure that measures it all (a list
# closing with 等 and its kind is etc_list_items')
MEASURED_LIST_RE = re.compile(r"(?:年产|年生产|年加工|可生产)((?:[^，。；：！？、\d（）“”等]{2,16}?(?:、|和|及))+"
                              r"[^，。；：！？、\d（）“”等]{2,16}?)(?:共|合计|总计|各|约)?(?=\d)")


def product_lists(sentence: Sentence) -> list[Mention]:
    """Every item of a list of what a company makes, as a product mention."""
    out = []
    measured = [m for m in MEASURED_LIST_RE.finditer(sentence.text) if not _modifiers(m.group(1))]
    developed = [m for m in DEVELOPED_LIST_RE.finditer(sentence.text)
                 if not any(item.endswith(NOT_GOODS) for item in ITEM_SPLIT_RE.split(m.group(1)))]
    links = list(CHAIN_LINKS_RE.finditer(sentence.text))
    inputs = USED_LIST_RE.finditer(sentence.text)
    for match in (*MAKES_LIST_RE.finditer(sentence.text), *developed, *measured, *links, *inputs):
        linked = match.re is CHAIN_LINKS_RE
        used = match.re is USED_LIST_RE
        group = 2 if linked else 1  # (the link's verb is its first group)
        pos = match.start(group)
        for item in ITEM_SPLIT_RE.split(match.group(group)):
            start = sentence.text.index(item, pos) if item else pos
            pos = start + len(item)
            if linked:  # 中药材种植, 拓展氢燃料电池重卡, 做强电解槽: the good, not what is done with it
                verb = LINK_VERB_RE.match(item)
                start += verb.end() if verb else 0
                item = FARMED_TAIL_RE.sub("", item[verb.end():] if verb else item)
            cls = class_of(item)
            whole = noun_tail(item) == item or (cls in PRODUCT_KINDS and len(noun_tail(item)) >= 2)  # 模拟芯片
            if linked and not _link_good(item, match, mapped=len(links) > 1):
                continue
            if used and (item in INPUTS_NOT_GOODS or re.fullmatch(ENERGY_INPUTS, item)):
                continue  # 所用电力全部来自光伏: energy, water and money a plant takes are no goods
            if used and len(item) >= 4 and item.endswith(("原料", "原材料")):
                item = item.removesuffix("原材料").removesuffix("原料")  # 所用钢背原料: the input is 钢背
            whole = whole or (linked or used) and len(item) <= 12  # (焊接网, 预焙阳极: goods, whatever jieba tags)
            if len(item) < 2 or not whole or not looks_like_product(item) or item.endswith("级") \
                    or re.fullmatch(SIZE, item):  # (6英寸、8英寸碳化硅衬底: sizes of one good: shared_noun_items')
                continue  # (化妆品级、医药级透明质酸钠: a grade alone is no product; shared_noun_items reads the list)
            out.append(product_mention(item, sentence.start + start, sentence.id))
    return out


def _link_good(item: str, match: re.Match, mapped: bool) -> bool:
    """Whether an item after 上游/中游/下游 is a good of that link: listed, said to be there (上游有A、B) or one of a
    map of links (`mapped`: the sentence names more than one), with one verb at most, not last (焊接网, 轻烧氧化镁),
    not the link's firms or kind (上游企业, 下游环节) nor a clause about the link (下游市场持续拓展)."""
    listed = ITEM_SPLIT_RE.search(match.group(2)) or match["verb"] not in (None, "：", ":") or mapped  # (下游：电芯
    # 产线满负荷 over a paragraph: a heading, no list)
    fields = LINK_FIELDS_RE.match(match.string, match.end())  # 等行业应用: fields, no goods
    words = product_words(item)
    if words and (words[0].word in LEADING_VERBS or len(words[0].word) == 1 and words[0].flag in ("v", "a", "d", "nr")
                  and len(item) <= 3):
        return False  # 依托海上风电, 做强电解槽, 稳资源, 拓材料: what the place will do at the link, no good
    return bool(listed) and not fields and bool(words) and not item.endswith(LINK_NOT_GOODS) \
        and not LINK_WORK_RE.search(item) and not item.startswith(("客户", "企业")) \
        and not (generic_word(item) and (len(words) < 2 or generic_word(item, keep_industries=True))) \
        and sum(w.flag == "v" for w in words) <= 1 \
        and (words[-1].flag[0] in "nj" or words[-1].flag in ("vn", "m") or item.endswith(GOODS_LAST_CHARS))


# the kinds of things a list's last item may be made of parts or cells for (汽车、摩托车和工程机械零部件)
PART_HEADS = ("零部件", "零件", "配件", "部件", "锂电池", "电池", "轮胎", "设备", "装备", "材料", "产品", "组件",
              "模组")


def _modifiers(listed: str) -> bool:
    """年产汽车、摩托车和工程机械零部件: the earlier items say what the last one's parts are for, no products of
    their own (not 年产A电池、B电池和C电池, each a product)."""
    items = ITEM_SPLIT_RE.split(listed)
    head = next((h for h in PART_HEADS if items[-1].endswith(h) and len(items[-1]) > len(h)), None)
    return head is not None and any(not item.endswith(head) for item in items[:-1])


# 年产A、B、C等轻量化零部件, 引进A、B等配套材料企业, 察看了A、B等整机产品的生产线: a list that closes with 等 and the
# kind of thing its items are; the items are products whatever words stand before and after the list.
# (A和B等乳制品: two items joined by 和 or 及 make a list as well as A、B do)
ETC_LIST_RE = re.compile(r"((?:[^，。；：！？、\d（）“”]{2,16}?(?:、|和|及))+[^，。；：！？、\d（）“”]{2,14}?)等"
                         r"(?=[^，。；：！？、\d]{0,4}(?:产品|部件|器件|材料|模组|组件|设备|装备|整机|提取物|化学品|药品|"
                         r"原料|零件|配件|元件|芯片|电池|系统|机械|终端|制品|食品|家电|电器|用品|家具|服装|服饰|玩具|"
                         r"器皿|灯具|饮品|饮料|[机船车器仪泵件剂料膜板管材]))")  # (电饭煲、空气炸锅等小家电)
ETC_ITEM_SPLIT_RE = re.compile(r"、|和|及")

# the last word that leads into the list: 建成后年产|一体化压铸后地板, 重点引进|光刻胶, 察看了|TWS耳机
LIST_LEAD_RE = re.compile(r".*(?:年产|生产|制造|加工|引进|围绕|察看了|察看|了解|参观了|参观|包括|涵盖|发展|布局|研发|"
                          r"研制|的|为|有(?![机色限线源效])|链在|[我全本][县市区省旗镇])")  # (not 有机肥, 有色金属)


# 重点引进轮速传感器、制动软管、电磁阀等配套企业: the goods the firms a place courts make (a 补链 target each), and
# so 引进原丝、上浆剂等项目: the goods of the projects it courts
CHAIN_FIRMS_RE = re.compile(r"((?:[^，。；：！？、（）“”]{2,16}?(?:、|和|及))+[^，。；：！？、（）“”]{2,14}?)等"
                            r"(?:(?:配套|上下游|上游|下游|辅材|辅料)企业|项目)")


# 质子交换膜、碳纸、空压机等被列为补链重点, 围绕船用曲轴、甲板机械等缺失环节招商: the goods of the chain's links a
# place lacks (a 补链 target each) or courts (围绕A、B等下游环节开展延链补链招商); the work of a link (精密加工,
# 表面处理) is no good, and the links a chain covers (涵盖电池片、组件等环节) are its segments, no goods of their own
LINK_LIST_RE = re.compile(r"((?:[^，。；：！？、（）“”]{2,16}?(?:、|和|及))+[^，。；：！？、（）“”]{2,14}?)等"
                          r"(?=被?(?:列为|列入)[^，。；]{0,6}补链|[^，。；]{0,6}?(?:缺失|薄弱|短板|空白)的?环节|"
                          r"[^，。；]{0,6}?环节[^，。；]{0,6}?(?:缺失|薄弱|短板|空白|欠缺)|"  # 在A、B等环节仍存在缺失
                          r"(?:上游|中游|下游|上下游|关键|核心)?环节(?!企业)[^，。；]{0,10}(?:补链|延链|强链|招商))")


SECTOR_ENDS = ("互联网", "经济", "产业", "服务")
MADE_LINK_RE = re.compile(r"(.{2,14}?)(?:制造|生产)")
ITEM_KIND_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})等(?!离子|静压|级).*")  # 药用铝箔等辅料包材 (not 中高等级钢材)
LINK_GOODS_ENDS = (*GOODS_LAST_CHARS, *"料肽酸盐醇酯烯胺酮醛烃")  # 塑封料, 大豆肽: goods, tagged otherwise by jieba


def link_list_items(sentence: Sentence) -> list[Mention]:
    """Every good of a list of a chain's links closed by 等 and a word of the links (等缺失环节, 等被列为补链重点)."""
    out = []
    for match in LINK_LIST_RE.finditer(sentence.text):
        items = ETC_ITEM_SPLIT_RE.split(match.group(1))
        made = MADE_LINK_RE.fullmatch(items[0])  # (围绕12英寸晶圆制造: the making closes no lead)
        lead = LIST_LEAD_RE.sub("", made[1] if made else items[0])  # 围绕船用曲轴 -> 船用曲轴; 链在环氧塑封料
        tail = noun_tail(lead)
        items[0] = lead if re.match(SIZE, lead) and len(lead) <= 16 else tail if len(tail) >= 2 \
            else lead if 3 <= len(lead) <= 8 and lead.endswith(LINK_GOODS_ENDS) else ""  # (12英寸晶圆: its size)
        items = [ITEM_KIND_RE.sub("", _after_where(item)) for item in items]  # 药用铝箔等辅料包材和…: an item and
        # its kind, inside a longer list
        items = [goods[1] if (goods := MADE_LINK_RE.fullmatch(item)) and looks_like_product(goods[1])
                 and not generic_word(goods[1]) else item for item in items]  # 12英寸晶圆制造: the goods' making
        for item in items:
            words = product_words(item)
            if len(item) < 2 or not looks_like_product(item) or not words \
                    or not (words[-1].flag.startswith("n") and words[-1].flag != "vn" or class_of(item) in PRODUCT_KINDS
                            or len(item) >= 3 and item.endswith(LINK_GOODS_ENDS)) \
                    or class_of(item) not in (None, *PRODUCT_KINDS) \
                    or generic_word(item) and not item.endswith(GOODS_LAST_CHARS) or item.endswith(SECTOR_ENDS) \
                    or LINK_WORK_RE.search(item):
                continue  # (氢能、储能、工业互联网等缺失环节: sectors a place courts, no goods)
            at = sentence.text.find(item, match.start(1), match.end(1))
            if at >= 0:
                out.append(product_mention(item, sentence.start + at, sentence.id))
    return out


def _after_where(item: str) -> str:
    """热管理系统中的电子膨胀阀 -> 电子膨胀阀: the goods, after where they go (an item with no two characters after
    its last 的 stays whole)."""
    goods = item.rsplit("的", 1)[-1]
    return goods if len(goods) >= 2 else item


def etc_list_items(sentence: Sentence) -> list[Mention]:
    """Every item of a list that closes with 等 and a kind of made thing, as a product mention; and the goods of a
    list of firms named by what they make (等配套企业), where each item ends like a good (GOODS_LAST_CHARS)."""
    out = []
    for match in CHAIN_FIRMS_RE.finditer(sentence.text):
        items = ETC_ITEM_SPLIT_RE.split(match.group(1))
        items[0] = re.sub(r"^[了着]", "", noun_tail(LIST_LEAD_RE.sub("", items[0])))  # (聚集了A、B等配套企业)
        if all(item.endswith(GOODS_LAST_CHARS) for item in items):  # (not 恩捷隔膜、星源材质: firms' short names)
            for item in items:
                at = sentence.text.find(item, match.start(1), match.end(1))
                if len(item) >= 2 and looks_like_product(item):
                    out.append(product_mention(item, sentence.start + at, sentence.id))
    for match in ETC_LIST_RE.finditer(sentence.text):
        items = ETC_ITEM_SPLIT_RE.split(match.group(1))
        items[0] = noun_tail(LIST_LEAD_RE.sub("", items[0]))  # 建成后年产一体化压铸后地板 -> 一体化压铸后地板
        end = match.end(1)
        for item in reversed(items):
            start = sentence.text.rfind(item, match.start(1), end)
            end = start
            cls = class_of(item)
            if len(item) < 2 or start < 0 or noun_tail(item) != item and cls not in PRODUCT_KINDS \
                    or not looks_like_product(item) or cls not in (None, *PRODUCT_KINDS):
                continue
            out.append(product_mention(item, sentence.start + start, sentence.id))
    return out


PRODUCT_ITEM_RE = re.compile(r"[^、，,和及/／]+")


def product_cells(text: str, sentence: Sentence) -> list[Mention]:
    """The products the 主要产品 cells of a table's rows in the sentence list (锂电池隔膜、涂覆隔膜; 正极材料及前驱体
    等), each a product; not a figure of one (年产2GWh储能电池, which the row's own figures measure)."""
    out = []
    for row in table_rows(text):
        cell = row.cell("product")
        if cell is None or not (sentence.start <= cell.start and cell.end <= sentence.end):
            continue
        for item in PRODUCT_ITEM_RE.finditer(cell.text):
            name = item.group(0).removesuffix("等")
            if len(name) >= 2 and not re.search(r"\d", name) and looks_like_product(name):
                out.append(product_mention(name, cell.start + item.start(), sentence.id))
    return out


# 医药级、食品级和化妆品级透明质酸钠, 182mm、210mm单晶硅片, 32支、40支精梳棉纱, 1.5米、1.8米实木床, A4、B5活页本:
# G5级、G10级精密钢球, 5N、6N高纯镓: grades or sizes listed before the one noun they share; each grade with the
# noun is a product of its own (not 省级、国家级企业技术中心: ranks). The noun may hold a code's digits (尼龙6切片),
# not a figure's (精密钢球2.6万吨)
GRADE = (rf"(?:[\u4e00-\u9fff]{{1,4}}级|(?<![\d.])\d+(?:\.\d+)?(?:{SIZE_UNITS}|支|米|升)|"
         r"(?<![A-Za-z])[A-Z]\d{1,3}级|(?<![A-Za-z])[A-Z]\d{1,2}(?!\d)|(?<![\d.A-Za-z])\dN\d?)")
# (not a figure's or a date's digits: 钢球8月起, 聚乙烯醇3年内, 2期工程)
NOUN_CODE = (r"(?<=[\u4e00-\u9fff])\d{1,2}(?=[\u4e00-\u9fff])"
             r"(?![万亿千百十吨台套件个家座条只片米辆头户名项月年日天号期代次批倍])")
SHARED_NOUN_RE = re.compile(rf"((?:{GRADE}[、和及与或])+)({GRADE})((?:[^，。；：、\d（）“”]|{NOUN_CODE}){{2,16}})")
RANK_GRADE_RE = re.compile(r"^(?:国家|省|市|县|区|乡|镇|部|世界|国际|全国|全球|亿|[百千万十]亿|百万|千万|万|"
                           r"[一二三四五六七八九十百千万亿]+|[甲乙丙丁])级$")  # (甲级写字楼: a rank of buildings)
# where the shared noun ends: a word of the figure, of selling or making, a joiner, a count, a verb of reaching
SHARED_END_RE = re.compile(r"年产能|产能|年产|产量|年?销量|销售|收入|出口|出货|产值|远销|年?加工|生产线|产线|项目|的|"
                           r"等|共|合计|分别|各|均|及|和|与|或|、|（|\(|(?:达到?|超过?|突破|约|近|为)(?=[\d约近])")


def shared_noun(rest: str) -> str | None:
    """The noun listed grades share, from the words after the last grade (透明质酸钠销售收入达… -> 透明质酸钠,
    芯片封装测试年产能 -> 芯片), or None where no product's noun opens them."""
    end = SHARED_END_RE.search(rest)
    noun = ACTIVITY_TAIL_RE.sub("", rest[:end.start()] if end else rest)
    if len(noun) < 2 or noun[0] in "两一二三四五六七八九十几多" or not looks_like_product(noun) \
            or class_of(noun) not in (None, *PRODUCT_KINDS) or noun.endswith(NOT_PRODUCT_TAILS):
        return None
    tail = noun_tail(noun)
    return noun if len(tail) >= 2 and noun.endswith(tail) else None


def ranked(grades: list[str]) -> bool:
    """Whether a grade listed is a rank (省级, 国家级, 甲级): what a body or a building is, not which goods."""
    return any(RANK_GRADE_RE.match(g) or len(g) < 2 for g in grades)


def shared_noun_items(sentence: Sentence) -> list[Mention]:
    """Each grade or size listed before one shared noun, with that noun, as a product; the mention of an earlier
    grade spans the grade alone, the text writing the noun once."""
    out = []
    for match in SHARED_NOUN_RE.finditer(sentence.text):
        grades = [g for g in re.split(r"[、和及与或]", match.group(1)) if g] + [match.group(2)]
        if grades[0].endswith("级"):  # 做成/医药级, 建成半导体级: a verb before the first grade; 青岭生物/医药级: a
            stem = grades[0][:-1]  # firm's name; the grade is the longest word of three characters or two ending it
            grades[0] = next((stem[-n:] for n in (3, 2) if len(stem) >= n and in_dictionary(stem[-n:])),
                             noun_tail(stem)) + "级"
        noun = shared_noun(match.group(3))
        if ranked(grades) or noun is None or match.group(3).startswith("装") \
                or grades[-1].endswith("米") and BUILT_LENGTH_RE.search(sentence.text, max(0, match.start() - 8),
                                                                       match.start()):
            continue  # (550毫升、5升装: packs; 铺设1200米、800米污水管网: lengths built)
        at = match.start(1)
        for grade in grades:
            at = sentence.text.index(grade, at)
            name = grade + noun
            end = at + len(name) if grade == grades[-1] else at + len(grade)
            cls = class_of(name)
            out.append(Mention(name, sentence.start + at, sentence.start + end, sentence.id,
                               cls if cls in PRODUCT_KINDS else "Product"))
            at += len(grade)
    return out


def product_mention(name: str, start: int, sentence_id: str) -> Mention:
    """A product mention at `start`, of the class its suffix says (Material for 正极材料), else Product."""
    cls = class_of(name)
    return Mention(name, start, start + len(name), sentence_id, cls if cls in PRODUCT_KINDS else "Product")
