"""What a firm or a place holds now, told by the words before a count or an area: an association's members, a herd in
stock (存栏), equipment in place (现有纱锭), floor space rented (租用…厂房), farmland held (建有…基地) or signed to a
buyer's orders (订单面积); each read unless the sentence frames the figure as still to come."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.product_forms import farm_product_place
from chaingraph.authoring.extract.scopes import tasks_section
from chaingraph.authoring.extract.statuses import ACHIEVED, FUTURE_RE, OPERATING, PLANNED
from chaingraph.authoring.extract.words import RENT_VERBS

MEMBERS_BEFORE_RE = re.compile(r"(?:会员|成员)(?:单位|企业)?(?:已达到?|达到?|共|已有|有)?$")
HERD_HELD_RE = re.compile(r"(?:存栏|现有)[^，。；\d]{0,8}$")  # 梅花鹿存栏6800只, 现有能繁母猪2400头: the stock held
EQUIPMENT_HELD_RE = re.compile(r"现有(?!基础)[^，。；\d]{0,8}$")  # 现有纱锭40万锭, 现有生产线12条: what runs today
# 建有猕猴桃种植基地1.8万亩, 现有茶园面积15万亩, 合作社示范基地1.2万亩: farmland a firm or a place holds today (not
# 种植面积达到…, a season's planting; not 新建 or 发展, land still to come)
BASE_HELD_RE = re.compile(r"(?:建有|现有|自建|拥有|已有|建起)[^，。；\d]{0,16}$|"
                          r"(?:基地|示范园|茶园|果园|种植园)(?:面积)?(?:约|共)?$")  # (茶园面积达到…: a total reached)
# 订单面积3万亩, 签订订单基地7.5万亩: farmland signed to a buyer's orders, a result like orders in hand
ORDER_LAND_RE = re.compile(r"订单[^，。；\d]{0,8}$")
FARM_WORD_RE = re.compile(r"种植|养殖|栽培|繁育|种养|茶园|果园|订单|合作社|农户")
LAND_TO_COME_RE = re.compile(r"新建|在建|建设|扩建|新增|规划|计划|拟|将|发展|建成")
# (…基地1.2万亩，目前正在加紧建设: land still being made, whatever the words before it)
LAND_BEING_MADE_RE = re.compile(r"在建|正在|加紧|建设中|开工|计划|预计|将")
# 到2027年，全县…面积达20万亩: a year ahead framing the sentence (FUTURE_RE has no year)
YEAR_AHEAD_RE = re.compile(r"(?:到|至)(20\d\d)年")
# 租用园区标准厂房1.6万平方米: the floor space a firm rents, in use (将租用, 拟租用: still to come)
RENTED_FLOOR_RE = re.compile(rf"{RENT_VERBS}[^，。；\d]{{0,12}}$")
RENT_TO_COME_RE = re.compile(r"将|拟|计划|预计|准备")
HERD_TO_COME_RE = re.compile(r"建成|建设|设计|投产后|达产")  # (项目建成后…存栏1.2万头, 正在建设的养殖场设计存栏…)


def holding_status(rel, figure: Figure, sentence, clause_start: int) -> tuple[str, str] | None:
    """(status, note) of a figure something holds now, or None."""
    if figure.unit == "C62" and MEMBERS_BEFORE_RE.search(rel.text, clause_start, figure.start) \
            and not FUTURE_RE.search(rel.text, sentence.start, figure.start):  # (力争…会员企业达到200家: a target)
        return ACHIEVED, "an association's members: a result; check"
    if figure.unit == "C62" and figure.text.endswith(("头", "只", "羽")) \
            and HERD_HELD_RE.search(rel.text, clause_start, figure.start) \
            and not FUTURE_RE.search(rel.text, sentence.start, figure.start) \
            and not HERD_TO_COME_RE.search(rel.text, sentence.start, figure.start):  # (力争…存栏突破25万只, 建成后…)
        return OPERATING, "a herd in place (存栏): in operation; check"
    if figure.unit == "C62" and figure.text.endswith(("锭", "台", "套", "条", "座")) \
            and EQUIPMENT_HELD_RE.search(rel.text, clause_start, figure.start) \
            and not FUTURE_RE.search(rel.text, sentence.start, figure.start):
        return OPERATING, "equipment in place (现有): in operation; check"
    if figure.unit in ("MTK", "HAR") and (rented := RENTED_FLOOR_RE.search(rel.text, clause_start, figure.start)):
        if RENT_TO_COME_RE.search(rel.text, clause_start, rented.start()) or _ahead(rel, sentence, figure):
            return PLANNED, "floor space a firm is to rent: a plan; check"
        return OPERATING, "floor space a firm rents: in use; check"
    if figure.unit == "HAR" and ORDER_LAND_RE.search(rel.text, clause_start, figure.start) \
            and not _ahead(rel, sentence, figure):
        return ACHIEVED, "farmland signed to orders: a result; check"
    if figure.unit == "HAR" and _farmland_held(rel, clause_start, figure) and not _ahead(rel, sentence, figure) \
            and not LAND_BEING_MADE_RE.search(rel.text, figure.end, sentence.end):
        return OPERATING, "farmland held (建有…基地): in use; check"
    return None


def _ahead(rel, sentence, figure: Figure) -> bool:
    """Whether the sentence frames the figure as still to come: a plan's word, a year ahead, a task's section."""
    year = YEAR_AHEAD_RE.search(rel.text, sentence.start, figure.start)
    planned = FUTURE_RE.search(rel.text, sentence.start, figure.start) is not None
    return planned or tasks_section(rel, sentence) is not None \
        or (year is not None and (rel.source_date is None or int(year.group(1)) >= int(rel.source_date[:4])))


def _farmland_held(rel, clause_start: int, figure: Figure) -> bool:
    before = rel.text[clause_start:figure.start]
    return BASE_HELD_RE.search(before) is not None and LAND_TO_COME_RE.search(before) is None \
        and (FARM_WORD_RE.search(before) is not None or farm_product_place(rel, figure) is not None)
