"""What a whole-place word (全县, 县内, 全市) does in its clause when it holds no figure: the place whose firms a
platform serves, where a firm works or what it reaches, the whole a share or a rank is of. ``place_totals`` passes
over such words when it looks for the place a total belongs to; and the zone whose own post writes 我区."""

from __future__ import annotations

import re

SERVED_RE = re.compile(r"[^，。；]{0,16}?(?:提供|服务)")
REACHING_VERBS = ("面向", "辐射", "覆盖")  # (带动全县…产值: the place driven holds what follows, place_totals)
# 在 and 与 as the words of other words (现在, 正在, 所在, 参与, 给与)
NOT_PREPOSITIONS = ("现在", "正在", "实在", "存在", "所在", "自在", "内在", "参与", "给与", "赋与")


def served(text: str, at: int) -> bool:
    """该中心…为县内32家企业提供检测服务: the place whose companies are served, not the one that serves them."""
    return text[max(0, at - 1):at] == "为" and SERVED_RE.match(text, at) is not None


def reached_by(text: str, at: int) -> bool:
    """在全县发展订单种植, 与县内46个合作社签订订单, 面向全市: where a firm works or what it reaches."""
    two = text[max(0, at - 2):at]
    return text[max(0, at - 1):at] in ("在", "与") and two not in NOT_PREPOSITIONS or two in REACHING_VERBS


def share_of(text: str, at: int) -> bool:
    """全市…分别占全省的19%, 居全省首位: the whole a share or a rank is of, not the place that holds the figure."""
    return text[max(0, at - 1):at] in ("占", "居")


DISTRICT_WORD_RE = re.compile(r"[\u4e00-\u9fff]{1,4}区")


def zone_of_own_post(rel, zones: list) -> object | None:
    """我区 in a zone's own post that names itself only after it: the one zone the article names, when it writes no
    district chaingraph knows (鼓楼区融媒体中心) and does not set the zone inside the 区 (区内X开发区, 辖区X园区)."""
    if len(zones) != 1:
        return None
    if any(word.group(0) in rel.gazetteer.regions for word in DISTRICT_WORD_RE.finditer(rel.text)):
        return None
    inside = any(rel.text[max(0, m.start - 3):m.start].endswith(("区内", "辖区", "辖区内")) for m in zones[0].mentions)
    return None if inside else zones[0]
