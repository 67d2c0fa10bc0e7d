"""A town that opens a sentence or a clause as its subject: 戴窑镇是全市脱水蔬菜企业最集中的镇，目前集聚企业68家；
合陈镇现有企业41家. A county's review walks its towns one by one, each holding its own tally, and jieba cuts many
towns' names apart (戴窑/镇, 合/陈镇), so neither the gazetteer nor the tokens find them. Only the town whose name
starts the clause, followed by a word that says what it has or does, is read: a town named in passing (在某镇) is no
holder of figures, and is left to the curator.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import CJK_NAME
from chaingraph.sources.sentences import Sentence

# the town, then what it is, has or did (是, 现有, 目前, 共有, 全镇, 今年, 前三季度, 实现, 集聚, 拥有, 依托)
# (其中治安镇、东明镇已…分别…: towns listed after 其中 each hold their own figure)
TOWN_SUBJECT_RE = re.compile(rf"(?:^|(?<=[，。；：！？\s])|(?<=其中))(?!其中)(?P<town>{CJK_NAME}{{2,4}}[镇乡]镇?)"
                             r"(?=是|现有|目前|共有|全镇|全乡|今年|去年|前三季度|上半年|\d{1,2}至\d{1,2}月|已|实现|集聚|"
                             r"拥有|依托|聚焦|围绕|完成|累计|新增|全年|建成|规上|、|"
                             r"政府工作报告|第[一二三四五六七八九十]+届)")  # 马坊镇政府工作报告: the town reporting
NEXT_TOWN_RE = re.compile(rf"、({CJK_NAME}{{2,4}}?[镇乡])")  # (shortest: 石城镇等乡镇 is 石城镇)
GROUP_AFTER_RE = re.compile(r"等|[两三四五六七八九十\d]+个")  # a list closed as a group of towns
# what a list of towns goes on with when each holds its own figure (治安镇、东明镇已并网装机分别…)
SUBJECT_AFTER_RE = re.compile(r"(?:今年|去年|前三季度|上半年|全年)?"
                              r"(?:已|分别|实现|完成|累计|新增|建成|现有|共有|拥有|集聚)")
# words that open a clause before a town's name (目前柳河镇已…, 推动柳河镇新增…): no part of it
OPENERS = ("目前", "据悉", "例如", "推动", "同时", "此外", "今年", "去年", "截至", "近年", "引导", "支持", "鼓励")
# 全镇, 该镇, 乡镇, 小镇, 城镇: words for a town, no town's name
NOT_TOWN_STEMS = ("全", "本", "该", "各", "我", "此", "乡", "城", "小", "重", "名", "古", "特色", "集镇", "村",
                  "去年", "今年", "明年", "近年", "当年", "多年", "县城", "老城", "主城", "新城区")
# 去年小镇, 特色小镇, 工业重镇, 经济强镇, 这个镇, 明星镇, 民族乡, 专业镇: kinds of towns, or a town pointed at
NOT_TOWN_ENDS = ("村", "乡", "小", "重", "古", "名", "强", "个", "某", "明星", "民族", "专业", "示范", "建制",
                 "卫星", "中心", "重点", "特色", "工业", "经济", "农业", "商贸", "旅游", "边境", "口岸")


def town_subjects(sentence: Sentence) -> list[Mention]:
    """Every town that opens a clause of the sentence as its subject, as a region mention."""
    out = []
    for match in TOWN_SUBJECT_RE.finditer(sentence.text):
        town, cut = match["town"], 0
        if town.startswith(OPENERS):
            town, cut = town[2:], 2  # (同时全镇: no town's name once the opener is cut)
            if len(town) < 3:
                continue
        if not _a_towns_name(town):
            continue
        listed = NEXT_TOWN_RE.match(sentence.text, match.end())
        if sentence.text.startswith("、", match.end()) and listed is None:
            continue  # 长安镇、街道…: no list of towns
        start = sentence.start + match.start("town") + cut
        found = [Mention(town, start, start + len(town), sentence.id, "AdministrativeRegion")]
        at = match.end()
        while listed is not None:  # 治安镇、东明镇
            name, at = listed.group(1), listed.end()
            if _a_towns_name(name):
                found.append(Mention(name, sentence.start + listed.start(1), sentence.start + at, sentence.id,
                                     "AdministrativeRegion"))
            listed = NEXT_TOWN_RE.match(sentence.text, at)
        grouped = GROUP_AFTER_RE.match(sentence.text, at) or not SUBJECT_AFTER_RE.match(sentence.text, at)
        if len(found) > 1 and grouped:
            continue  # 柳河镇、石城镇等乡镇完成…: the group's figure; 烟店镇、松林镇主要负责同志: none of theirs
        out += found
    return out


def _a_towns_name(town: str) -> bool:
    """Whether a word ending in 镇 or 乡 names a town, not a kind of town or one pointed at (see the lists above)."""
    return not town[:-1].startswith(NOT_TOWN_STEMS) and not town[:-1].endswith(NOT_TOWN_ENDS) \
        and not town.endswith(("全镇", "全乡"))  # ，占全镇规上工业产值的61%: the whole town after a verb
