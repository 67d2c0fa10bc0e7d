"""The owner of a figure: the company, project, park or zone the sentence gives it to.

In turn: the project whose name holds the figure; the project or company right after it (总投资20亿元的X项目);
the name a figure's place in a list gives it (A、B、C三家企业分别…, 前者/后者: ``respective``); else the subject
of the clause, the nearest such name before the figure, passing over places after 在/于/落户 when someone is named
before them, the members of a list (宁德时代、比亚迪等企业), the noun a count counts (引进企业23家) and the objects of
a clause (已投资经开区项目7个, 是X培育的企业, 依托X平台); a word that stands for a name (该项目, 园区, 该基金, 研究院)
when it is nearer; else the nearest name of the sentences before.
Government bodies and newsrooms own no figure: a figure they announce belongs to what they speak of.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.abroad import abroad
from chaingraph.authoring.extract.article_place import article_place
from chaingraph.authoring.extract.candidates import Figure, Mention
from chaingraph.authoring.extract.company_refs import (
    its_builder,
    parent_named,
    short_company_forms,
    speaker_company,
    we_speaking,
)
from chaingraph.authoring.extract.deals import seller_to_buyer
from chaingraph.authoring.extract.founders import is_founder, is_parent_named
from chaingraph.authoring.extract.named_after import named_after
from chaingraph.authoring.extract.partners import PARTNER_JOINS_RE, joined_partner, served_buyer
from chaingraph.authoring.extract.phase_owners import phase_company
from chaingraph.authoring.extract.place_totals import (
    attraction_place,
    batch_holder,
    body_place,
    continued_place,
    is_venue,
    place_not_fund,
    set_up_before,
    target_of_place,
    whole_place_owner,
)
from chaingraph.authoring.extract.records import annotation, record_holder
from chaingraph.authoring.extract.respective import respective_owner
from chaingraph.authoring.extract.rules import CJK_NAME, clause_start_before
from chaingraph.authoring.extract.scopes import (
    NOT_OWNERS,
    agent_after_item,
    framing_line,
    heading_named,
    in_description,
    is_heading,
    item_holder,
    place_forms,
    report_place,
    section_owner,
    tasked_place,
    zone_speaking,
)
from chaingraph.authoring.extract.stages import builds
from chaingraph.authoring.extract.stand_ins import (
    STANDS_FOR,
    a_word_for_one,
    company_word,
    latest_named,
    latest_of_kind,
)
from chaingraph.authoring.extract.tables import product_row_at, under_table
from chaingraph.authoring.extract.words import RENT_VERBS

OWNER_KINDS = ("organisation", "zone", "park", "project")
ALIAS_AFTER_RE = re.compile(r"（[^（）]{1,24}）")
SUPPLIED_RE = re.compile(r"(?:批量)?(?:供货|配套|供应|提供|代工|加工|交付)")  # after X为Y: what X does for Y
PLACE_BEFORE_RE = re.compile(r"(?:在|于|落户|落地|位于|入驻|来到|走进|进驻|扎根|布局|选址)$")
# Words that stand for a name: with a determiner anywhere (not 本地配套企业, 本土企业: local firms), bare at a
# clause's start (项目总投资…), and the bare words for a park or zone anywhere in its clause (到2026年园区营业收入…).
DETERMINED_RE = re.compile(rf"(?:该|本(?![地土])|此|这个|整个|这一|这家|该家)(?![批次轮])(?:{CJK_NAME}{{0,4}}?)"
                           r"(项目|公司|企业|集团|基金|"
                           r"研究院|研发机构|实验室|平台|中心|园区|产业园|工业园|园(?!区)|基地|区|高新区|开发区|经开区|新区)")
OPENING_RE = re.compile(r"(?:^|(?<=[，。；：“”\n]))(?:今年以来|去年以来|今年|去年|目前|当前|现在|近年来|上半年|下半年|"
                        r"前三季度|同时)?"
                        r"(?:[两三四五六七八九十]家(?=企业|公司))?"  # 两家企业去年合计…: the companies just named
                        r"(项目|公司|企业|集团|事业部|基金|研究院|实验室|平台|中心|园区|产业园|工业园|全区|高新区|经开区|开发区)")
PHASE_OPENING_RE = re.compile(r"[一二三四五首]期(?=由|项目由|工程由|总投资|项目总投资|规划|占地)")
FIRST_PERSON_RE = re.compile(r"我(区|园)")  # a zone's or park's report in the first person: 我区将力争…, 我园…
FIRST_PERSON = {"区": "区", "园": "园区"}
REGION_WIDE_RE = re.compile(r"全(?:市|省|县|州|盟|旗)(?!场)")
PLACE_WORD_RE = re.compile(rf"(园区|产业园|工业园|高新区|经开区|开发区|全区|(?<!{CJK_NAME}{{2}}){CJK_NAME}开区)")
PLACE_WORDS = {w for w, said in STANDS_FOR.items() if said[0] in ("park", "zone")}
COUNTED_GAP_RE = re.compile(r"^(?:共|达|达到|约|超过|超|近|逾|合计|总计|计)?$")
RENTED_RE = re.compile(rf"{RENT_VERBS}$")
PARENT_AFTER_RE = re.compile(r"的?(?:全资|控股|下属|旗下)?(?:子公司|孙公司|企业|公司|成员企业)")
INVESTED_RE = re.compile(r"(?:投资|投向|引进|服务|带动|支持|覆盖)$")
ACTED_ON_RE = re.compile(r"(建设|依托|打造|搭建|共建|组建|支持|推动|用好|发挥|借助|建有|设有|拥有)好?$")  # before it
# (与X等合作社签订代养协议: X and others like it are the partners)
PARTNER_AFTER_RE = re.compile(r"(?:等[^，。；\d]{0,5}?)?(?:正式|共同)?(?:签订|签署|签约|合作|共建|联合)")
SUPPORTED_BUILDS_RE = re.compile(r"(?:投资)?(?:建设|新建|投建|扩建|实施|打造|扩产|扩能)")
HELD = {"建有", "设有", "拥有"}  # X园建有Y中心，去年实现产值…: X's output (…，具备…能力, …规模: Y's own)
RELIED_ON = {"依托", "支持", "推动", "用好", "发挥", "借助"}
BUILT_BY_PARK_WORD_RE = re.compile(r"园区[^。；]*(?:共建|建设|打造)的")  # 园区与亦庄共建的X产业园: 园区 builds X
IS_OF_RE = re.compile(r"(?:是|为|系)[^，。；]*的")  # 该园是X经开区的“园中园”: what the word stands for is described
AGENT_RE = re.compile(r"由$|由[^，。；]{0,3}$")
TAKING_PART_RE = re.compile(r"(?:[、和及与][^，。；]{2,30}?)?等?(?:共同)?(?:参与|参加)"
                            r"(?:组建|建设|共建|设立|发起|投资|出资)")
# 由X牵头: a lead the clauses after name partners to (not 由于, 自由贸易, 由12亿元增至…)
LED_BY_RE = re.compile(r"(?<!自)由(?!于|此|\d)[^，。；]{1,30}?(?:牵头|投资|建设|组建|发起|设立|出资)")
AGENT_VERB_RE = re.compile(r"^[^，。；]{0,30}?(?:共同)?(?:发起|投资|建设|设立|出资|承建|牵头|运营|打造|组建|共建)")


def rules_owner(rel, figure: Figure):
    """(mention, candidate) of the figure's owner by the rules above, or None."""
    ruled = _owner_of(rel, figure)
    if ruled is not None and ruled[1].kind == "project":
        company = phase_company(rel, figure, ruled) or its_builder(rel, figure, ruled)
        if company is not None:
            return ruled[0], company
    return ruled


def _owner_of(rel, figure: Figure):
    for candidate in rel.candidates:
        if candidate.kind == "project":
            for mention in candidate.mentions:
                if mention.start <= figure.start and figure.end <= mention.end:
                    return mention, candidate
    following = named_after(rel, figure) or respective_owner(rel, figure) or _demonstrative_head(rel, figure) \
        or parent_named(rel, figure) or we_speaking(rel, figure)  # (母公司去年出货…: the parent just named)
    if following is not None:
        return following
    sentence = rel.by_id[figure.sentence]
    found = _subject(rel, sentence, figure, figure.start) or record_holder(rel, sentence)
    found = whole_place_owner(rel, figure, found) or place_not_fund(rel, figure, found) or found  # (place_totals)
    if found is not None:
        return found
    if (item := item_holder(rel, sentence, figure)) is not None:
        return item  # （一）X经济开发区。全年实现…: the item's zone, though the office that reports it is named above
    if (spoken := body_place(rel, figure)) is not None:
        return spoken  # 市发展改革委…遴选出重点项目12个: the city the office speaks for
    if REGION_WIDE_RE.search(rel.text, sentence.start, figure.start) or _region_subject(rel, sentence, figure):
        return None  # a whole place the article does not name, or a region left as subject: no company's
    if (item := zone_speaking(rel, figure)) is not None:
        return item  # “我们将力争…”X经开区管委会主任表示: the zone's
    target = target_of_place(rel, figure) or batch_holder(rel, figure)
    if target is not None:
        return target  # 力争到2027年，…产业产值突破…: the place's, not a fund's named before; 本批…: the batch's place
    if under_table(rel.text, sentence) or product_row_at(rel.text, figure.start) or framing_line(rel, sentence):
        # 以上项目总投资…: the rows together, not the last row's project; a statistics table: the place's output;
        # 到2027年 / ▶ 200亿元: a target line of the plan the article is about (scopes)
        place = article_place(rel, figure.start)
        return (Mention(sentence.text, sentence.start, sentence.end, sentence.id, place.cls), place) if place else None
    order = rel.order[figure.sentence]
    for back in (1, 2):  # 二期拟建年产200万片…: the subject of the sentences before
        if order - back >= 0:
            earlier = rel.sentences[order - back]
            if earlier.kind != "body":
                break  # a title says what the article is about, not whose a figure of its body is
            if (section := section_owner(rel, earlier, figure)) is not None:
                return section  # 四、招商引资成效明显 / 全年签约…: the article's, not the section before's (scopes)
            if back == 1 and (place := continued_place(rel, earlier, figure)) is not None:
                return place  # 全市…新签约项目38个；新开工项目15个: the same whole place
            found = _subject(rel, earlier, figure, earlier.end)
            if found is not None and (found[1].kind in ("project", "organisation") or not is_heading(earlier)):
                return attraction_place(rel, figure) or found  # 新引进A、B等企业43家: a place's tally (place_totals)
            if found is not None:
                return found  # ▌洞泾芯谷 / …已落地企业63家: the park the heading names
    return report_place(rel, figure)  # 纺织产业全年实现产值285亿元 in a work report (scopes)



def _subject(rel, sentence, figure: Figure, before: int):
    """The nearest name or word standing for one in `sentence` before `before`, objects passed over."""
    if (item := agent_after_item(rel, sentence, figure)) is not None:
        return item  # 4．X中试平台。由经开区与Y共建，计划总投资1.5亿元: the item's, which both build (scopes)
    named = [(m, c) for m, c in rel.mentions_in(sentence.id, OWNER_KINDS, before=before)
             if c.cls not in NOT_OWNERS and not abroad(c) and not _in_list(rel.text, _enclosing(rel, m))
             and not _placed(rel, m, figure)
             and not _counted(rel, m, figure) and not _agent(rel, m, sentence.start) and not a_word_for_one(c)
             and not _parent(rel, m) and not is_parent_named(rel.text, m)
             and not _object(rel, m, figure) and not annotation(rel, m)
             and not is_venue(rel, m) and not in_description(rel, m, figure) and not set_up_before(rel, m, before)]
    named += short_company_forms(rel, sentence, before)
    named += place_forms(rel, sentence, before)  # 集聚区…, 智装园…, 该中试线… (scopes)
    named.sort(key=lambda pair: (pair[0].end, pair[0].end - pair[0].start))
    nearest = named[-1] if named else None
    reference = _stands_for(rel, sentence.start, figure, before)
    if reference is not None and in_description(rel, reference[0], figure):
        reference = None  # X是Y高新区（以下简称“高新区”）…的核心区，规划…: the word describes X (scopes)
    described = IS_OF_RE.match(rel.text, reference[0].end) if reference is not None else None
    if reference is not None and (nearest is None or reference[0].start >= nearest[0].end
                                  or described is not None and described.end() > nearest[0].start):
        return reference  # 该园是金霞经开区的“园中园”，…规划用地900亩: the park, which the zone only describes
    if nearest is None:  # 该项目由X投资建设，规划建设年产…: no project named, so X, who builds it, holds it
        agents = [(m, c) for m, c in rel.mentions_in(sentence.id, ("organisation",), before=before)
                  if c.cls not in NOT_OWNERS and _agent(rel, m, sentence.start) and not is_founder(rel.text, m)]
        return agents[0] if agents else None  # 由A和B共同投资: A leads
    return nearest


def _region_subject(rel, sentence, figure: Figure) -> bool:
    """2024年余杭区数字经济核心产业实现营业收入3860亿元: a region as the subject of the figure's clause
    makes it the region's own total, which no company of the sentences before holds."""
    clause_start = max([sentence.start] + [i + 1 for i in range(sentence.start, figure.start)
                                           if rel.text[i] in "，；：。"])
    for mention, _region in rel.mentions_in(sentence.id, ("region",), before=figure.start):
        if mention.start >= clause_start and not PLACE_BEFORE_RE.search(rel.text, max(0, mention.start - 3),
                                                                         mention.start):
            return True
    return False


DEMONSTRATIVE_OPEN_RE = re.compile(r"(?:这个|这家|这一|这座|该|此)[^，。；：“”]{0,16}$")
DESCRIBED_HEAD_RE = re.compile(rf"[^，。；：“”]{{0,10}}?的{CJK_NAME}{{0,4}}?"
                               r"(项目|公司|企业|集团|基金|研究院|实验室|平台|中心|产业园|工业园|基地)(?![\u4e00-\u9fff])")


def _demonstrative_head(rel, figure: Figure):
    """这个由区国有企业投资1.2亿元建成的公共平台: the figure describes the thing the demonstrative and its head
    noun stand for (the latest platform named), not a place or a company inside the description."""
    sentence = rel.by_id[figure.sentence]
    opening = DEMONSTRATIVE_OPEN_RE.search(rel.text, sentence.start, figure.start)
    head = DESCRIBED_HEAD_RE.match(rel.text, figure.end, sentence.end)
    if opening is None or head is None:
        return None
    named = latest_named(rel, opening.start(), head.group(1))
    if named is None:
        return None
    return Mention(rel.text[opening.start():head.end()], opening.start(), head.end(), sentence.id, named[1].cls), \
        named[1]


def _in_list(text: str, mention: Mention) -> bool:
    """宁德时代、比亚迪等企业, 分设A园区、B园区和C园区: a member of a list is an object, not the subject."""
    if text[mention.end:mention.end + 1] in ("、", "等") or text[max(0, mention.start - 1):mention.start] == "、":
        return True
    joined = re.search(r"(?:和|及|以及)$", text[:mention.start][-2:])
    if joined is None:
        return False
    at = mention.start - len(joined.group(0))
    return "、" in re.split(r"[，。；：]", text[max(0, at - 40):at])[-1]


def _enclosing(rel, mention: Mention) -> Mention:
    """The longest name that holds this one (the project named after its company), or the mention itself."""
    outer = [m for c in rel.candidates for m in c.mentions if m.sentence == mention.sentence
             and m.start <= mention.start and mention.end <= m.end]
    return max(outer, key=lambda m: m.end - m.start, default=mention)


def _placed(rel, mention: Mention, figure: Figure) -> bool:
    """在三江新区建设…: a place after 在/于 is where, not who, when someone is named before it."""
    host = next((m for c in rel.candidates if c.kind in ("zone", "region") for m in c.mentions
                 if m.end == mention.start and m.sentence == mention.sentence), None)
    if host is not None and mention.kind == "park":
        return _placed(rel, host, figure)  # 选址西青经开区赛达产业园: the park in a zone is placed with it
    before = rel.text[max(0, mention.start - 3):mention.start]
    if not PLACE_BEFORE_RE.search(before):
        return False
    sentence = rel.by_id[mention.sentence]
    opening = DETERMINED_RE.match(rel.text, sentence.start, mention.start)
    if opening and not re.search(r"[；：]", rel.text[sentence.start:mention.start]):
        return True  # 该平台位于三山经开区，去年…; 这一项目总投资45亿元，选址X产业园: where what it opens on stands
    clause = clause_start_before(rel.text, mention.start)
    if OPENING_RE.match(rel.text, max(clause, sentence.start), mention.start):
        return True  # 据X总经理介绍，公司在经开区已有一座工厂，…: the company the clause opens on is there
    if OPENING_RE.match(rel.text, sentence.start, mention.start) and not re.search(
            r"[；：]", rel.text[sentence.start:mention.start]):
        return True  # 项目总投资6.8亿元，在化工园内新征地150亩: the project the sentence opens on is there
    return any(m.end <= mention.start and c.cls not in NOT_OWNERS and c is not rel.owner_of.get(id(mention))
               for m, c in rel.mentions_in(mention.sentence, OWNER_KINDS))


def _agent(rel, mention: Mention, sentence_start: int) -> bool:
    """该项目由X投资建设, 该基金由A、B和C共同发起设立: they build it; the figures that follow are its own."""
    before = rel.text[max(sentence_start, mention.start - 4):mention.start]
    clause_start = max([sentence_start] + [i + 1 for i in range(sentence_start, mention.start)
                                           if rel.text[i] in "，；：。"])
    clause_end = next((i for i in range(mention.end, len(rel.text)) if rel.text[i] in "，；：。"), len(rel.text))
    by = rel.text.rfind("由", clause_start, mention.start)
    listed = by >= 0 and "的" not in rel.text[by:mention.start] and \
        AGENT_VERB_RE.search(rel.text[mention.end:clause_end])  # 由X投资建设的P项目: P is built, X builds
    led = LED_BY_RE.search(rel.text, sentence_start, clause_start) is not None
    partner = led and (PARTNER_JOINS_RE.fullmatch(rel.text, clause_start, mention.start) and AGENT_VERB_RE.search(
        rel.text[mention.end:clause_end]) or TAKING_PART_RE.match(rel.text, mention.end, clause_end))
    # (中心由X牵头，联合Y共同组建 / ，Y、Z参与组建: they build it with X)
    if not (AGENT_RE.search(before) or listed or partner):
        return False
    head = rel.text[sentence_start:mention.start]
    # 测试基地由X与Y共同建设: a platform or a park the sentence opens on by its short name
    short_head = re.fullmatch(rf"\s*{CJK_NAME}{{0,6}}(?:基地|中心|平台|园区|园|实验室|研究院)由", head)
    opened = DETERMINED_RE.search(head) or OPENING_RE.search(head) or PHASE_OPENING_RE.match(head) or short_head
    return bool(opened) or any(m.end <= mention.start - 1 for c in rel.candidates if c.kind in OWNER_KINDS
                               for m in c.mentions if m.sentence == mention.sentence and m.start >= sentence_start)


def _object(rel, mention: Mention, figure: Figure) -> bool:
    """Names the clause acts upon, not whose the figure is: 已投资经开区项目7个 (the zone says which
    projects are counted); 该公司是光谷生物城培育的企业 (the park qualifies the company); 将依托X中心，
    力争…产业营业收入突破… (a platform relied on or built is no owner of an industry's figures)."""
    before = rel.text[max(0, mention.start - 3):mention.start]
    between = rel.text[mention.end:figure.start]
    if before.endswith(("与", "同", "跟")) and PARTNER_AFTER_RE.match(rel.text, mention.end):
        return True  # X与Y签订了供应协议，供应…: Y is the partner, X the subject
    if joined_partner(rel, mention):
        return True  # X联合Y投资2亿元: Y joins X, who leads
    supported_builder = before.endswith(("支持", "鼓励", "引导")) and SUPPORTED_BUILDS_RE.match(between)
    if INVESTED_RE.search(before) and re.fullmatch(rf"{CJK_NAME}{{0,4}}", between) and not supported_builder:
        return True  # (支持X建设年产…: X is helped to build, and what it builds is its own)
    if before.endswith(("是", "为")) and re.match(rf"{CJK_NAME}{{1,3}}的", between):
        return True
    if is_founder(rel.text, mention) or seller_to_buyer(rel, mention, between):
        return True  # 晶衡半导体由X集团投资设立，主要生产…; 原丝由X供应，每年需采购…: X founds or sells, no subject
    alias = ALIAS_AFTER_RE.match(rel.text, mention.end)  # X为Y（以下简称“Z”）配套供应…
    supplied = SUPPLIED_RE.match(rel.text, alias.end() if alias else mention.end)
    if (before.endswith("为") and supplied or before.endswith("向") and supplied and supplied.group(0) != "提供") \
            and mention.sentence == figure.sentence:
        return True  # 桂擎零部件为东岚新能源供货…18万套, 已向松川汽车供应车桥…: the customer is served
    if served_buyer(rel, mention) and mention.sentence == figure.sentence:
        return True  # 集团拿下北京雅律…订单6800万元: the buyer the order comes from
    if RENTED_RE.search(rel.text, max(0, mention.start - 3), mention.start):
        return True  # 该公司租用增材园一期厂房1.2万平方米，…实现产值…: the park rented from is no subject
    if mention.cls in ("IndustrialPark", "HighTechZone"):
        return tasked_place(rel, mention, figure)  # 要抓好光伏园二期…，力争全年…产业链产值… (scopes)
    if mention.cls not in ("Platform", "ResearchInstitute", "Incubator") or not re.search(r"[，；]", between):
        return False
    clause_start = max(rel.text.rfind(p, 0, mention.start) for p in "，；。：")
    acted = ACTED_ON_RE.search(rel.text[clause_start + 1:mention.start])
    figure_clause = between[max(between.rfind(p) for p in "，；"):]
    if acted and (acted.group(1) == "发挥" and rel.text.startswith("作用", mention.end) or acted.group(1) in HELD):
        return re.search("产值|营业收入|营收" + ("" if acted.group(1) in HELD else "|规模"), figure_clause) is not None
    return bool(acted) and (acted.group(1) in RELIED_ON or "产业" in figure_clause)


def _parent(rel, mention: Mention) -> bool:
    """X是Y的全资子公司, X为Y旗下企业: Y says whose X is; X stays the subject of what follows."""
    return rel.text[mention.start - 1:mention.start] in ("是", "为") and \
        PARENT_AFTER_RE.match(rel.text, mention.end) is not None


def _counted(rel, mention: Mention, figure: Figure) -> bool:
    """联合攻关项目17项: the name right before a count is what is counted; not when the count names what it
    counts after it (一期项目2万架机架: the project's racks)."""
    return figure.unit == "C62" and not figure.per_period and figure.text[:1].isdigit() and \
        bool(COUNTED_GAP_RE.match(rel.text[mention.end:figure.start])) and \
        not (mention.text.endswith("项目") and re.match(rf"{CJK_NAME}{{2}}", rel.text[figure.end:figure.end + 2]))


def _stands_for(rel, sentence_start: int, figure: Figure, before: int):
    """The latest name a word like 该项目 or 园区 before `before` stands for."""
    clause_start = max(sentence_start, max((i + 1 for i in range(sentence_start, before)
                                            if rel.text[i] in "，；：。"), default=sentence_start))
    found = [(m.start(), m.end(), m.group(1)) for m in DETERMINED_RE.finditer(rel.text, sentence_start, before)]
    found += [(m.start(1), m.end(1), m.group(1)) for m in OPENING_RE.finditer(rel.text, sentence_start, before)]
    found += [(m.start(), m.end(), FIRST_PERSON[m.group(1)]) for m in FIRST_PERSON_RE.finditer(rel.text, sentence_start,
                                                                                            before)]
    phase = PHASE_OPENING_RE.match(rel.text, sentence_start, before)
    if phase and _phase_holder(rel, sentence_start) is not None:  # 二期由X投资建设，总投资16亿元
        mention, holder = _phase_holder(rel, sentence_start)
        sentence_id = rel._sentence(sentence_start).id
        return Mention(phase.group(0), sentence_start, phase.end(), sentence_id, holder.cls), holder
    found += [(m.start(), m.end(), m.group(1)) for m in PLACE_WORD_RE.finditer(rel.text, clause_start, before)]
    for start, end, word in sorted(set(found), reverse=True):
        if any(m.start <= start < m.end and (m.start, m.end) != (start, end) for c in rel.candidates
               for m in c.mentions):
            continue  # part of a name (珈钠能源项目, 高新区企业服务局)
        if INVESTED_RE.search(rel.text, max(0, start - 3), start) and not (
                word in PLACE_WORDS and rel.text.endswith("带动", 0, start)):
            continue  # 已投资经开区项目7个: which projects, not whose figure (带动园区实现产值…: the park's own)
        if word in PLACE_WORDS and _placed(rel, Mention(word, start, end, rel._sentence(start).id, None), figure):
            continue  # X已在园区建成5GW组件产能: where X built it, X holds it
        if word in PLACE_WORDS and (rel.text.endswith(("为", "向"), 0, start)
                                    or RENTED_RE.search(rel.text, max(0, start - 3), start)):
            continue  # X…为园区企业提供检测服务1200余次: the park's firms are served, X serves them; X租用园区标准厂房
            # 1.6万平方米: the space X rents
        word = word if word in STANDS_FOR else "开发区"  # 汽开区: a zone's short form
        named = company_word(rel, start) if word == "公司" else latest_named(rel, start, word)
        if word == "园区" and named is not None and (zone := latest_of_kind(rel, start, "zone", None)) is not None \
                and zone[1].label.endswith("园区") and zone[0].end > named[0].end \
                and 0 <= rel.order[rel._sentence(start).id] - rel.order[zone[0].sentence] <= 1 \
                and zone[0].sentence != named[0].sentence and not rel.text.endswith(("由", "被"), 0, zone[0].start):
            named = zone  # 记者从甘眉工业园区管委会了解到，园区…: the 工业园区 zone this sentence or the one before
            # names, not the park of an earlier one (not X产业园…由Y工业园区管委会运营，园区…: the zone only runs it)
        if word == "园区" and named is not None and named[1].kind == "park" \
                and BUILT_BY_PARK_WORD_RE.match(rel.text, opens := rel._sentence(named[0].start).start,
                                                named[0].start) \
                and (zone := latest_of_kind(rel, opens, "zone", None)):
            named = zone  # X开发区…。园区与亦庄共建的Y产业园…。园区已建成…: the 园区 that built Y is X, not Y
        if word in ("研究院", "实验室", "中心", "平台") and named is not None and not named[1].label.endswith(word):
            cls = None if word in ("研究院", "实验室") else "Platform"  # 研究院院长说: the 研究院, not a 研究所
            named = latest_of_kind(rel, start, "organisation", cls, ending=word) or named  # that built it, named
            # after it
        if word == "研发机构":  # X研究院由A与Y研究所共建，这家新型研发机构…: the institute built, not a builder
            named = max(((m, c) for c in rel.candidates if c.cls == "ResearchInstitute" for m in c.mentions
                         if m.end <= start and rel.text[m.start - 1:m.start] not in ("与", "和", "同", "由")),
                        key=lambda pair: pair[0].end, default=named)
        if word == "基地":  # 该基地: what the last 基地 before it names (中试基地), else a plant's firm (X公司生产基地)
            said = rel.text.rfind("基地", 0, start) + 2
            bases = ((m, c) for c in rel.candidates if c.kind in ("park", "organisation") for m in c.mentions)
            named = next((p for p in bases if p[0].end == said and p[1].cls not in NOT_OWNERS), None) or \
                latest_of_kind(rel, start, "organisation", "Company")
        if named is None and STANDS_FOR[word][0] == "park" and not rel.text.startswith("企业", end):
            # 园区 of an article that names no park is its zone (园区企业 are others, not it)
            named = latest_of_kind(rel, start, "zone", None)
        speaker = speaker_company(rel, figure, start) if STANDS_FOR[word][0] == "organisation" else None
        named = speaker or named
        if word == "项目":
            firms_before = rel.mentions_in(rel._sentence(start).id, ("organisation",), before=start)
            determined = rel.text[start] in "该本此这" and not firms_before
            unnamed = None if determined else _unnamed_project_of(rel, sentence_start, start, named)
            named = _project_of_speaker(rel, sentence_start, start) or _quoted_project(rel, figure, start) \
                or unnamed or named  # (该项目由X追加投资建设: the project named before, X only pays for it)
        if start == sentence_start:
            named = heading_named(rel, sentence_start) or named  # 第二站 X物流园 / 项目由…投资建设: the heading's X
        if named is None and word == "项目":  # 项目总投资68亿元，…: the project is named further on
            named = _next_project(rel, figure)
        if named is not None:
            return Mention(rel.text[start:end], start, end, rel._sentence(start).id, named[1].cls), named[1]
    return None


def _phase_holder(rel, before: int):
    """The project or park a sentence opening with its phase (二期…) speaks of: the latest named."""
    found = [pair for kind in ("project", "park") if (pair := latest_of_kind(rel, before, kind, None))]
    return max(found, key=lambda pair: pair[0].end) if found else None


# 位于X, 依托相邻的X: where the place the sentence is about lies, or a neighbour it draws on
def _quoted_project(rel, figure: Figure, at: int):
    """“项目总投资15亿元…”驰鼎动力总经理徐振华说: 项目 in a quotation is the project of the speaker's company
    (mention, project), or the company itself when the article names none of its projects."""
    speaker = speaker_company(rel, figure, at)
    if speaker is None:
        return None
    runs = [(m, c) for c in rel.candidates if c.kind == "project" and builds(rel, speaker[1], c) for m in c.mentions
            if m.end <= at]
    return max(runs, key=lambda pair: pair[0].end) if runs else speaker


def _project_of_speaker(rel, sentence_start: int, before: int):
    """钠芯新能源总经理介绍，项目一期…: 项目 is the project of the company named before it in the sentence."""
    companies = [c for c in rel.candidates if c.kind == "organisation"
                 and any(sentence_start <= m.start and m.end <= before for m in c.mentions)]
    for company in companies:
        runs = [(m, c) for c in rel.candidates if c.kind == "project" for m in c.mentions if m.end <= before
                and (any(f.prop == "operatedBy" and f.value is company for f in c.facts)
                     or any(n in c.label for n in company.names if len(n) >= 3))]
        if runs:
            return max(runs, key=lambda pair: pair[0].end)
    return None


def _unnamed_project_of(rel, sentence_start: int, before: int, named):
    """X公司投资的智能工厂正在施工，项目达产后可年产…: 项目 is the company's own, unnamed one, not the project a
    sentence before named for another company; (mention, company) or None."""
    if named is None or named[0].start >= sentence_start:
        return None
    companies = [(m, c) for m, c in rel.mentions_in(rel._sentence(sentence_start).id, ("organisation",), before=before)
                 if c.cls == "Company" and not _in_list(rel.text, m) and not is_founder(rel.text, m)]
    if not companies or any(n in named[1].label for n in companies[0][1].names if len(n) >= 3):
        return None
    return companies[0]


def _next_project(rel, figure: Figure):
    order = rel.order[figure.sentence]
    ahead = [(m, c) for c in rel.candidates if c.kind == "project" for m in c.mentions
             if m.sentence in rel.order and order <= rel.order[m.sentence] <= order + 3 and m.start > figure.end]
    return min(ahead, key=lambda pair: pair[0].start) if ahead else None

