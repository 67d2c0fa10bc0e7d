"""Projects named by the plant they build, with no 项目 after it: 海南椰能化工有限公司年产5万吨绿色甲醇示范装置,
卧龙中药配方颗粒智能工厂, X光电Micro LED中试线, 北川100兆瓦/200兆瓦时共享储能电站 (a station named by its place and
power is one wherever it is named). A 生产线 is not one: reports name a project's or a company's
lines so (一期年产3万吨三元前驱体生产线), and the dev golds keep few of them as projects.

Reports name such a plant as the thing being built when it is one: it is started, signed, built, commissioned or
costs a sum in the same sentence (开工, 投产, 建成, 调试, 总投资). Its name is walked back as a project's
(``spans.name_start``), and it must say which plant: a capacity in it or a name-like word (a brand, a place, a
company). A plant's words alone (智能工厂), and one followed by 项目 or 工程 (that suffix's name), are none.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.acceptance import is_specific
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.fragments import fragment_problem
from chaingraph.authoring.extract.name_words import Context
from chaingraph.authoring.extract.spans import name_start
from chaingraph.authoring.extract.starts import trim_start
from chaingraph.authoring.extract.words import LEADING_VERBS
from chaingraph.sources.sentences import Sentence

# the words that end a plant's name: a factory, a pilot line, a unit
STATION_ENDS = ("储能电站", "光伏电站", "风电场")  # named by their place and power (凉州区200兆瓦/800兆瓦时…储能电站)
# (a named hydrogen station too: 汨罗北加氢站…投入运营; so are a pumped-storage plant, a charging or swapping
# station, a grid's collecting or step-up station: 云岙抽水蓄能电站, 禺能市桥超充站, 德昌县新能源汇集站)
GRID_ENDS = ("抽水蓄能电站", "综合能源站", "超充站", "充电站", "换电站", "汇集站", "变电站", "升压站")
PLANT_ENDS = ("智能工厂", "中试线", "示范装置", "配套装置", "加氢站", "加氢母站", "合建站") + GRID_ENDS + STATION_ENDS
# what a sentence says of a plant it treats as a project being built
BUILT_RE = re.compile(r"开工|签约|投产|建成|总投资|计划投资|调试|试生产|前期工作|点火|下线|落地|开建|动工(?!具)|"
                      r"投入运营|投运|投用")
# 还将与X合作，建设日加注能力1000公斤的Y综合能源站: a station a firm will build is named as one project
STATION_TO_BUILD_RE = re.compile(r"(?:将|拟|计划|正在|加快)[^，。；]{0,24}?建设")
FUELLING_ENDS = ("加氢站", "加氢母站", "合建站", "综合能源站")  # the stations STATION_TO_BUILD_RE names
CAPACITY_RE = re.compile(r"[年月日]产(?:能)?[\d.]")
POWER_RE = re.compile(r"\d(?:兆瓦|MW|万千瓦|千瓦|GW)")
# 某某光伏电站装机600兆瓦: a station's power said right after its name names it as well as the power inside it
POWER_AFTER_RE = re.compile(r"(?:总)?装机(?:容量|规模)?(?:为|达到|达|约)?[\d.]+(?:兆瓦|MW|万千瓦|千瓦|GW)")
COUNT_RE = re.compile(r"(?:约|近|超|共|各)?[\d一二两三四五六七八九十几多]+[条座个套台]")
# what, after the plant's words, says the name goes on (二期项目, 工程) or is a part of the plant (车间)
GOES_ON = ("项目", "工程", "一期", "二期", "三期", "车间", "（", "(", "主变", "扩建", "改造", "增容")
PHASE_TOLD_RE = re.compile(r"[一二三]期[\d.]")  # X光伏电站一期50万千瓦建成并网: the station's phase and its power


def plant_projects(ctx: Context, sentence: Sentence) -> list[Mention]:
    """Projects whose name ends in a plant's word (智能工厂, 中试线, 示范装置), in a sentence that builds them."""
    built = BUILT_RE.search(sentence.text) is not None
    tokens, out = ctx.tokens, []
    for i, token in enumerate(tokens):
        j = _plant_end(ctx, i)
        if j is None or ctx.in_title(token) or ctx.in_figure(token):
            continue
        after = "".join(t.word for t in tokens[i + 1:i + 4])
        if after.startswith(GOES_ON) and not PHASE_TOLD_RE.match(after) or COUNT_RE.match(after):
            continue  # (已建成6英寸碳化硅中试线1条: lines counted, none named)
        first = trim_start(ctx, name_start(ctx, i, j, "project"), j, "Project")
        if first >= j or tokens[j - 1].word in LEADING_VERBS or first > 0 and tokens[first - 1].word in "、和及与":
            continue  # 智能工厂 alone: a kind; 凤台县投运加氢站1座: a verb's; 碳化硅、氮化镓中试线: kinds listed
        name = "".join(t.word for t in tokens[first:i + 1])
        if name.endswith(GRID_ENDS) and (any(t.word in ("及", "和", "与", "、") for t in tokens[first:i + 1])
                                         or re.search(r"项目|配套", name)):
            continue  # 建设储能系统及升压站, 风电项目配套220千伏升压站: the works a project builds, no station named
        station = name.endswith(STATION_ENDS)  # a station is named by its power, wherever the text names it
        powered = POWER_RE.search(name) or (POWER_AFTER_RE.match(sentence.text, token.end - sentence.start)
                                            and _own_words(ctx, first, name))
        capacity = CAPACITY_RE.search(name) is not None
        if fragment_problem(name) or COUNT_RE.match(name) or not (capacity or is_specific(ctx, first, j, "")) \
                or not (powered and is_specific(ctx, first, j, "") if station else built or name.endswith(
                    FUELLING_ENDS) and STATION_TO_BUILD_RE.search(sentence.text)):
            continue  # 2套示范装置: a count of units; 新建智能工厂: no name; 20兆瓦/40兆瓦时储能电站: which one?
        out.append(Mention(name, tokens[first].start, token.end, sentence.id, "Project"))
    return out


# the words any solar or storage station is named by: no one station is told by them alone (凤台县光伏电站装机…: the
# county's stations together)
STATION_KIND_RE = re.compile(r"(?:光伏|储能|风电|风力|水面|漂浮式?|集中式|分布式|独立|共享|电网侧|用户侧|发电)*")


def _own_words(ctx: Context, first: int, name: str) -> bool:
    """Whether a station's name says which one beyond its place and kind (淮南市采煤沉陷区水面光伏电站: 采煤沉陷区)."""
    place = ctx.tokens[first].word if ctx.tokens[first].word in ctx.gazetteer.regions else ""
    rest = name[len(place):]
    end = next((e for e in STATION_ENDS if rest.endswith(e)), "")
    return not STATION_KIND_RE.fullmatch(rest[:len(rest) - len(end)])


def _plant_end(ctx: Context, i: int) -> int | None:
    """The index of the token where a plant's word ending with token i starts (智能/工厂: the 智能), else None."""
    tail = ""
    for j in range(i, max(i - 3, -1), -1):
        tail = ctx.tokens[j].word + tail
        end = next((e for e in PLANT_ENDS if tail.endswith(e)), None)
        if end is not None:
            return j if len(tail) - len(ctx.tokens[j].word) < len(end) else None
    return None
