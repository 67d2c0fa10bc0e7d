"""Products listed after the words that say what a company makes (主要生产A和B, 主营A、B, 产品包括A、B及C, 年产A、B和C
共12万吨).

Such a list names products whatever their last word, so items no product suffix would find (涤纶长丝,
锦纶切片, 碳纤维预浸料, 抗生素原料药) are proposed too. An item is kept only when it is nouns from end to end
(``noun_tail``) and looks like a product: a list of fields after 用于 (氢能储运、轨道交通) is not read here.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.products import PRODUCT_KINDS, looks_like_product, noun_tail
from chaingraph.sources.sentences import Sentence

MAKES_LIST_RE = re.compile(r"(?:主要生产|主营|主要产品(?:包括|为|有)|产品(?:包括|涵盖|主要有))"
                           r"([^，。；：！？\d]{2,40}?)(?=[，。；！？]|等|$)")
ITEM_SPLIT_RE = re.compile(r"、|和|及|与|以及")


# 年产速冻水饺、汤圆和馄饨共12万吨: a list of what is made right before the one figure that measures it all (a list
# closing with 等 and its kind is etc_list_items')
MEASURED_LIST_RE = re.compile(r"(?:年产|年生产|年加工|可生产)((?:[^，。；：！？、\d（）“”等]{2,16}?(?:、|和|及))+"
                              r"[^，。；：！？、\d（）“”等]{2,16}?)(?:共|合计|总计|各|约)?(?=\d)")


def product_lists(sentence: Sentence) -> list[Mention]:
    """Every item of a list of what a company makes, as a product mention."""
    out = []
    measured = [m for m in MEASURED_LIST_RE.finditer(sentence.text) if not _modifiers(m.group(1))]
    for match in (*MAKES_LIST_RE.finditer(sentence.text), *measured):
        pos = match.start(1)
        for item in ITEM_SPLIT_RE.split(match.group(1)):
            start = sentence.text.index(item, pos) if item else pos
            pos = start + len(item)
            cls = class_of(item)
            whole = noun_tail(item) == item or (cls in PRODUCT_KINDS and len(noun_tail(item)) >= 2)  # 模拟芯片
            if len(item) < 2 or not whole or not looks_like_product(item):
                continue
            start += sentence.start
            out.append(Mention(item, start, start + len(item), sentence.id,
                               cls if cls in PRODUCT_KINDS else "Product"))
    return out


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
                         r"原料|零件|配件|元件|芯片|电池|系统|机械|终端|制品|食品|[机船车器仪泵件剂料膜板管材]))")
ETC_ITEM_SPLIT_RE = re.compile(r"、|和|及")

# the last word that leads into the list: 建成后年产|一体化压铸后地板, 重点引进|光刻胶, 察看了|TWS耳机
LIST_LEAD_RE = re.compile(r".*(?:年产|生产|制造|加工|引进|察看了|察看|了解|参观了|参观|包括|涵盖|发展|布局|研发|研制|"
                          r"的|为|有)")


def etc_list_items(sentence: Sentence) -> list[Mention]:
    """Every item of a list that closes with 等 and a kind of made thing, as a product mention."""
    out = []
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
            out.append(Mention(item, sentence.start + start, sentence.start + start + len(item), sentence.id,
                               cls if cls in PRODUCT_KINDS else "Product"))
    return out
