"""Machines a firm or a place put in: what it works with, not what it makes.

An upgrading report lists the equipment a line gained (新增智能炒药机、自动分选机等设备64台套, 保留清洗、丝网印刷等
部分设备) and counts the robots a place added (全区新增工业机器人1160台). The items name no goods of the firm: a
planner reading the graph for who makes what would be misled by them, and the curator deletes them. A machine
named anywhere else (a maker's product, a figure's goods) stays.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, held_by_facts

PUT_IN = r"(?:新上|新增|新购|购置|购入|采购|更新|更换|换装|添置|配置|配备|保留|淘汰|拆除|引入)"
# 新增A、B等设备64台套, 新增A、B、C等210台套: the items of a list of machines put in
BOUGHT_LIST_RE = re.compile(PUT_IN + r"了?([^，。；：]{2,60}?)等(?=[^，。；\d]{0,8}?(?:设备|装备|机器人|机组|系统)|"
                            r"\d+(?:台套|台（套）|台|套))")  # (not 新增A、B等5万吨产能: goods, a capacity)
# 大规模设备更新: a policy's name, no machine of anyone's
RENEWAL_RE = re.compile(r"(?:大规模)?设备更新")
MACHINE_WORDS = ("机器人", "设备", "装备", "机床")
PUT_IN_BEFORE_RE = re.compile(PUT_IN + r"了?$")


def without_bought_equipment(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates less the products named only as machines put in, and that no fact holds."""
    spans = [m.span(1) for m in BOUGHT_LIST_RE.finditer(text)] + [m.span() for m in RENEWAL_RE.finditer(text)]
    held = held_by_facts(candidates)
    return [c for c in candidates if not (
        c.kind == "product" and id(c) not in held and c.mentions
        and all(any(a <= m.start and m.end <= b for a, b in spans) or bought_machines(text, m.start, m.end)
                for m in c.mentions))]


def bought_machines(text: str, start: int, end: int) -> bool:
    """新增工业机器人230台: machines counted right after the verb that puts them in, no goods of their holder (not
    每年可新增工业机器人2万台, what a maker adds to its output, nor 新增工业机器人订单, its orders)."""
    return text[start:end].endswith(MACHINE_WORDS) and PUT_IN_BEFORE_RE.search(text, max(0, start - 4), start) \
        is not None and re.match(r"\d", text[end:end + 1]) is not None \
        and not re.search(r"(?:年|每年|可|能)(?:新增|新上)?$", text[max(0, start - 6):start - 2])
