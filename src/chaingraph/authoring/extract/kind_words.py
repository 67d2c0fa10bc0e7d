"""Products the article names only as a kind: of an industry (机器人产业链, 新能源汽车零部件产业), of firms
(引入创新药企业34家), of a field (医疗器械等领域), of projects counted or signed in bulk (新签约汽车零部件项目9个,
12个医疗器械项目集中签约) or a link of a chain written as its shape (硅棒—硅片—电池片). A link the place lacks or
courts (将补齐钠电负极材料环节) is kept: which links a zone has and which it still lacks is what a planner reads the
graph for.

Such a word says what a place works at, not what anyone makes; a planner's graph gains nothing from it as a
product of its own, and the curator deletes it. It stays wherever it is more: a figure's product, a product a
named project makes (珈钠能源…正极材料项目, X产业化项目), or named once in a clause of making.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, held_by_facts

# what follows a kind word: 产业 (not 产业化, a project bringing one product to market), 企业, 集群, 领域, or a
# project of that kind (扩产项目, 回收项目, 配套产业项目)
KIND_AFTER_RE = re.compile(r"(?:零部件|配套)?(?:产业(?!化)|企业|集群|领域)|为(?:主导|首位|支柱|特色|优势)产业"
                           r"|(?:配套产业|产业链|扩产|回收|检测)?项目")


def without_kind_products(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates less the products named only as a kind, and that no fact holds."""
    held = held_by_facts(candidates)
    return [c for c in candidates if not _only_a_kind(c, text, held)]


def _only_a_kind(candidate: Candidate, text: str, held: set[int]) -> bool:
    if candidate.kind != "product" or id(candidate) in held or not candidate.mentions:
        return False
    return all(m.nested_in is None and (KIND_AFTER_RE.match(text, m.end) or _in_chain_line(text, m.start, m.end))
               for m in candidate.mentions)


CHAIN_DASHES = "—－→"


def _in_chain_line(text: str, start: int, end: int) -> bool:
    """A link of a chain written only as its shape (硅棒—硅片—电池片—组件): the reference chain's segments say it;
    a 补链 target the place lacks or courts (围绕电芯、变流器等环节补链) stays, the missing links planners read for."""
    return text[start - 1:start] in CHAIN_DASHES or text[end:end + 1] in CHAIN_DASHES
