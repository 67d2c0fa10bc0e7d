"""Owners given by position: X、Y、Z三家企业分别…年产A、B、C (also X和Y营业收入分别…, X和Y分别在建P和Q，
总投资分别为…), and 前者…，后者….

Regional news lists several companies and then, after 分别, as many figures in the same order; or
names two and goes on with 前者 and 后者. The nearest name before each figure is then the last one
listed, which is wrong for all but one: the figure's place in its list says whose it is.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.rules import CJK_NAME, MAKES_LEAD, clause_start_before

OWNER_KINDS = ("organisation", "project", "zone", "park", "region")
PLACE_KINDS = ("zone", "park", "region")
# a place in a clause that says where (P和Q分别落户X园和Y园): where the listed are, not a list of owners
LOCATIVE_RE = re.compile(r"在|于|落户|位于|入驻|选址|落地|布局|举行|举办")
NOT_OWNERS = {"GovernmentBody", "Publisher"}
# a figure that sums the list up (合计投资65亿元) is no item of it; 分别总投资a和b gives each its own
TOTAL_BEFORE_RE = re.compile(r"(?<!分别)(?:合计|共计|总计|累计|共|总)(?:投资|签约|金额|总额)?(?:约|达|超过)?$")
# 、 and 和 join the list's names, past a short name one declares (X（以下简称“x”）、Y和Z)
JOINED_RE = re.compile(r"^(?:[（(](?:以下|下文)?简称[^（）()]{1,16}[）)])?(?:、|和|与|及|以及)$")
DECLARED_RE = re.compile(r"简称[“\"]?$")  # the short name inside the bracket that declares it: no item of the list
MADE_RE = re.compile(r"分别(?:主攻|主营|生产|主要生产|专注|从事)([^，。；：\d]{4,40})[，；]")
# 现有热泵空调和电子水泵两条产线，年产能分别为40万套和150万台: the lines' products, in order
LINES_MADE_RE = re.compile(r"(?:现有|拥有|建有|建成|新建|建设)([^，。；：\d]{4,40}?)(?:[两三四五六七八九十]条)?"
                           r"(?:生产线|产线)[，；]")
# X公司可吸收缝合线和骨科植入物两条产线投运，分别新增年产能…: the lines counted after their products, no verb before
COUNTED_LINES_MADE_RE = re.compile(r"(?:公司|集团|[）)，；：])((?:(?!公司|集团|[）)])[^，。；：\d]){4,40}?)"
                                   r"[两三四五六七八九十]条(?:生产线|产线)")
# 电池片和组件产能分别达到36GW、28GW: the products open the clause of what they measure
MEASURED_MADE_RE = re.compile(r"(?:^|[，；：])(?:主要产品|主导产品)?(?:为|有|包括)?"
                              r"((?:[^，。；：\d]|\d+(?=[A-Za-z])){4,30}?)的?"
                              r"(?:现有|已有|目前|设计)?(?:年产能|产能|产量|年产量|生产能力)分别")
# X公司（以下简称“x”）的TOPCon电池片、高效光伏组件年产能分别达到16GW、10GW: the maker's goods after its 的
OWNED_MEASURED_RE = re.compile(r"的((?:[^，。；：\d的]|\d+(?=[A-Za-z])){4,30}?)(?:现有|已有|目前|设计)?"
                               r"(?:年产能|产能|产量|年产量|生产能力)(?:分别|依次)")
NOT_PRODUCT_ITEM_RE = re.compile(r"(?:公司|集团|企业|园|区|项目|基地|中心|[市县省])$"
                                 r"|^(?:[一二三四五六七八九十首]|前|后)期(?:工程)?$")  # 一期、二期产能分别…: phases
# 该公司主要生产X、Y，年产能分别为5万吨、3万吨 (also 为母公司配套X和Y): what is made, then in the next clause how much
# of each
# (公司量产A和B两类产品，去年分别出货…: the goods, then how much of each went out)
PRODUCED_THEN_RE = re.compile(rf"(?:{MAKES_LEAD}|生产|量产|配套|供应|主攻|提取|制取)"
                              r"((?:[^，。；：\d]|\d+(?=[A-Za-z])){4,40}?)(?:[两三四]类产品|[两三四]种产品)?[，；]"
                              r"(?:(?:年产能|产能|年产量|产量|生产能力)(?:分别|依次)|(?:去年|今年|上半年|全年)?(?:分别|依次)"
                              r"(?=出货|销售|交付|生产|产销))")
# 全年销售电动摩托车、电动自行车分别为42万辆和65万辆: what was sold or made, then 分别 in the same clause
SOLD_THEN_RE = re.compile(r"(?:销售|出货|产销|生产)((?:[^，。；：\d]|\d+(?=[A-Za-z])){4,40}?)(?:分别|依次)")
# 大连浩液液压科技有限公司液压油缸、液压泵…年产能分别: the maker opens the clause, its products follow
MAKER_RE = re.compile(r"^.*(?:有限责任公司|有限公司|股份公司|集团|公司)")
PRODUCTS_LEAD_RE = re.compile(r"^(?:主要产品|主导产品)(?:为|有|包括|是)?")
# A和B分别建设的多晶硅项目和储能逆变器项目，年产能分别为5万吨、3GW: the projects' products, in order
PROJECTS_MADE_RE = re.compile(r"分别(?:投资)?(?:建设|实施|投建|新建|签约|落地)的?([^，。；：\d]{2,18}?项目"
                              r"(?:(?:、|和|及|与)[^，。；：\d]{2,18}?项目)+)[，；]")
# between the list and 分别: a count of it (三家企业, 三个新材料项目), up to two short clauses that say what it is
# or did (同日签约，; 落户珲春边境经济合作区，; 在X开发区) and what the figures measure (营业收入, 总投资); no name
# stands there
LIST_GAP_RE = re.compile(rf"(?:[一二两三四五六七八九十\d]+(?:家|个){CJK_NAME}{{0,6}}?(?:企业|公司|项目)?)?，?"
                         rf"(?:[^，。；：]{{0,20}}，){{0,2}}(?:(?:在|于)[^，。；：]{{2,24}}?)?{CJK_NAME}{{0,8}}")


# X、Y和Z拟建的数据中心项目: a kind of project all the listed build, joined to the list by 的
SHARED_OBJECT_RE = re.compile(rf"(?:共同|分别)?{CJK_NAME}{{0,4}}?(?:建|建设|投建|实施|签约|引进|落地)?的")
# 年产能分别为…, 年产能依次达到…: the figures in the order of the list before
RESPECTIVELY_RE = re.compile(r"分别|依次")


def respective_products(rel, figure, projects: bool = False) -> str | None:
    """A和B分别主攻X和Y，年产能分别为15万吨和2万吨: the product a figure's place in its list gives it; with
    `projects`, also the projects listed (分别建设的X项目和Y项目), read only when the figure names no product."""
    sentence = rel.by_id[figure.sentence]
    head = rel.text[sentence.start:figure.start]
    made = MADE_RE.search(head) or LINES_MADE_RE.search(head) or COUNTED_LINES_MADE_RE.search(head) or \
        PRODUCED_THEN_RE.search(head) or MEASURED_MADE_RE.search(head) or SOLD_THEN_RE.search(head) or \
        OWNED_MEASURED_RE.search(head) or \
        (PROJECTS_MADE_RE.search(head) if projects else None)
    if made is None or not RESPECTIVELY_RE.search(head, made.end() - 2):
        return None
    listed = made.group(1)
    if made.re is MEASURED_MADE_RE:  # (the maker's name may hold a 和: 乐山和祥化工有限公司三氯氢硅、…)
        listed = PRODUCTS_LEAD_RE.sub("", MAKER_RE.sub("", listed))
        listed = re.sub(r"^.*(?:形成|具备|新增|建成|达到)后?", "", listed)  # 建成后将形成A、B年产能分别…
    if made.re is OWNED_MEASURED_RE:  # (X的二期项目电池片、组件…: the goods after the project or plant)
        listed = re.sub(r"^.*(?:项目|工程|基地|工厂|园区|[一二三四]期)", "", listed)
    products = [p.removesuffix("项目") for p in re.split(r"、|和|及|与", listed) if p]
    if made.re is not PROJECTS_MADE_RE and any(NOT_PRODUCT_ITEM_RE.search(p) for p in products):
        return None  # 甲公司和乙公司产能分别…: the list is of owners (``respective_owner``), not of products
    at = sentence.start + max(head.rfind(word) for word in ("分别", "依次"))
    stop = re.search(r"[，；。]", rel.text[at:sentence.end])
    items = [f for f in rel.figures if f.sentence == figure.sentence and at < f.start
             and (stop is None or f.end <= at + stop.start())]
    if figure not in items or len(items) != len(products) or len(products) < 2:
        return None
    return products[items.index(figure)]


def respective_owner(rel, figure):
    """(mention, candidate) the figure belongs to by its position after 分别 or by 前者/后者, or None."""
    sentence = rel.by_id[figure.sentence]
    head = rel.text[sentence.start:figure.start]
    former = max(head.rfind("前者"), head.rfind("后者"))
    respectively = max(head.rfind("分别"), head.rfind("依次"))  # (投资额依次为a、b和c: in the list's order)
    if former < 0 and respectively < 0:
        return None
    at = sentence.start + max(former, respectively)
    if former > respectively:
        listed = _listed_before(rel, figure.sentence, at, tight=False)
        if len(listed) < 2:
            return None
        return listed[0] if head[former:former + 2] == "前者" else listed[-1]
    items = [f for f in rel.figures if f.sentence == figure.sentence and f.start > at
             and not TOTAL_BEFORE_RE.search(rel.text[max(sentence.start, f.start - 6):f.start])]
    listed = _listed_before(rel, figure.sentence, at, tight=True)
    if len(items) != len(listed):  # 投资额分别为15亿元、9亿元，前者…2万吨: the figures of 分别's own clause
        stop = re.search(r"[，；。]", rel.text[at:sentence.end])
        items = [f for f in items if stop is None or f.end <= at + stop.start()]
    if len(listed) < 2 or len(items) != len(listed):
        # A和B分别主攻X和Y，年产能分别为15万吨和2万吨: the list before the sentence's first 分别
        first = sentence.start + head.find("分别")
        listed = _listed_before(rel, figure.sentence, first, tight=True) if first < at else []
    if figure not in items or len(listed) < 2 or len(items) != len(listed):
        return None
    return listed[items.index(figure)]


def _listed_before(rel, sentence_id: str, at: int, tight: bool) -> list:
    """The names joined by 、/和/与 before `at`, in order: right before it (past a count like 三家企业)
    when `tight`, else anywhere before (X和Y分别是…的龙头，前者…)."""
    found = sorted(((m, c) for m, c in rel.mentions_in(sentence_id, OWNER_KINDS, before=at)
                    if c.cls not in NOT_OWNERS and not (c.kind in PLACE_KINDS and _located(rel, m))),
                   key=lambda pair: pair[0].start)
    found = [pair for pair in found if not any(o[0].start <= pair[0].start and pair[0].end <= o[0].end
                                               and o is not pair for o in found)  # outermost names only
             and not DECLARED_RE.search(rel.text, max(0, pair[0].start - 4), pair[0].start)]
    if not found:
        return []
    gap = rel.text[found[-1][0].end:at]
    if tight and not LIST_GAP_RE.fullmatch(gap):
        return []
    if len(found) > 2 and found[-1][1].kind == "project" and SHARED_OBJECT_RE.fullmatch(
            rel.text[found[-2][0].end:found[-1][0].start]):
        found = found[:-1]  # X、Y和Z拟建的数据中心项目，计划投资分别为…: what each builds, the companies listed
    chain = [found[-1]]
    for pair in reversed(found[:-1]):
        if not JOINED_RE.match(rel.text[pair[0].end:chain[0][0].start]):
            break
        chain.insert(0, pair)
    return chain


def _located(rel, mention) -> bool:
    """分别落户旺高工业区和平桂产业园: a place its clause names as where something is, not who has figures."""
    clause_start = clause_start_before(rel.text, mention.start)
    return LOCATIVE_RE.search(rel.text, clause_start, mention.start) is not None
