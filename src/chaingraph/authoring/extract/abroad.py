"""Places abroad where the article sets something of the graph: a plant, a subsidiary, an overseas warehouse, a
signing or a fair (在越南海防市投资建厂, 公司在马来西亚吉隆坡租用的海外仓, 赴韩国首尔开展境外招商, 在德国杜塞尔多夫举行,
韩国母公司).

The gazetteer knows China's regions only, so a country or a city abroad is found by name here. Regional news names
places abroad far more often as markets and sources (出口韩国, 销往越南、泰国, 开拓俄罗斯市场, 德资企业, 日方持股);
those are no regions of the graph, so a place is kept only where the words around it seat something there.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.sources.sentences import Sentence

COUNTRIES = (
    "美国 加拿大 墨西哥 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 厄瓜多尔 古巴 巴拿马 "
    "英国 爱尔兰 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 卢森堡 瑞士 奥地利 瑞典 挪威 丹麦 芬兰 冰岛 "
    "波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚 希腊 土耳其 乌克兰 白俄罗斯 "
    "俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 "
    "塔吉克斯坦 土库曼斯坦 蒙古国 日本 韩国 朝鲜 越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 "
    "菲律宾 文莱 东帝汶 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 阿富汗 伊朗 伊拉克 沙特阿拉伯 沙特 阿联酋 "
    "卡塔尔 科威特 阿曼 约旦 以色列 埃及 摩洛哥 阿尔及利亚 突尼斯 尼日利亚 加纳 埃塞俄比亚 肯尼亚 "
    "坦桑尼亚 乌干达 卢旺达 赞比亚 津巴布韦 莫桑比克 安哥拉 刚果（金） 刚果（布） 南非 马达加斯加 澳大利亚 "
    "新西兰 斐济 巴布亚新几内亚").split()
# cities, states and islands abroad that the genre's plants, warehouses, fairs and signings stand in
PLACES_ABROAD = (
    "首尔 釜山 仁川 蔚山 东京 大阪 名古屋 横滨 福冈 河内 胡志明市 岘港 万象 金边 西哈努克 "
    "曼谷 吉隆坡 槟城 柔佛 雅加达 巴淡岛 马尼拉 仰光 达卡 新德里 孟买 金奈 卡拉奇 科伦坡 "
    "阿拉木图 阿斯塔纳 奇姆肯特 塔什干 撒马尔罕 比什凯克 杜尚别 阿什哈巴德 乌兰巴托 莫斯科 圣彼得堡 "
    "符拉迪沃斯托克 新西伯利亚 叶卡捷琳堡 喀山 明斯克 华沙 罗兹 布达佩斯 德布勒森 尼赖吉哈佐 布拉格 维也纳 "
    "柏林 汉堡 慕尼黑 法兰克福 杜塞尔多夫 杜伊斯堡 科隆 斯图加特 汉诺威 纽伦堡 巴黎 里昂 伦敦 曼彻斯特 米兰 "
    "罗马 都灵 马德里 巴塞罗那 里斯本 鹿特丹 阿姆斯特丹 安特卫普 布鲁塞尔 苏黎世 日内瓦 斯德哥尔摩 哥德堡 "
    "伊斯坦布尔 安卡拉 迪拜 阿布扎比 利雅得 吉达 多哈 德黑兰 开罗 卡萨布兰卡 拉各斯 内罗毕 亚的斯亚贝巴 "
    "约翰内斯堡 开普敦 纽约 洛杉矶 芝加哥 休斯敦 底特律 旧金山 西雅图 亚特兰大 多伦多 温哥华 蒙特利尔 "
    "蒙特雷 墨西哥城 圣保罗 里约热内卢 布宜诺斯艾利斯 圣地亚哥 利马 悉尼 墨尔本 珀斯 奥克兰").split()
# places abroad found only with their level, their bare names being words or places at home too (海防 coastal defence,
# 平阳 a county of Zhejiang; 巴林左旗 and 泗水县 are at home, so 巴林 and 泗水 are left out)
LEVELLED = "海防市 北宁省 平阳省 同奈省 新莱昂州 罗勇府 春武里府".split()
# the level a city abroad may carry in the text (杜伊斯堡市, 德布勒森市)
LEVEL = r"(?:市(?!场)|省|州|府|郡|县)?"  # (美国市场: a market, no 美国市)
NAMES = sorted(COUNTRIES + PLACES_ABROAD, key=len, reverse=True)
PLACE_RE = re.compile(rf"{'|'.join(LEVELLED)}|(?:{'|'.join(re.escape(n) for n in NAMES)}){LEVEL}")
# before the place (with a country between: 在越南海防市): where the firm goes, sits or meets
SEATED_BEFORE_RE = re.compile(r"(?:在|赴|落户|位于|前往|远赴|走访|扎根|选址)$")  # (not 走进, 布局, 深耕: markets)
# an origin or a market before the place (来自韩国的投资商, 出口韩国)
NOT_SEATED_BEFORE_RE = re.compile(r"(?:来自|出口|出口到|销往|运往|发往|远销|进口自|引进)$")
# after the place (with a city between): what is built, set up, held or run there
# (a verb right after the place, a site after it or its 的: 来自韩国的投资项目 is an origin)
SEATED_AFTER_RE = re.compile(
    r"^(?:(?:投资|建设|建厂|设厂|新建|扩建|设立|成立|开设|租用|建成|收购|并购|举行|举办|召开|开幕|签约|签署|签订|落地)|"
    r"的?(?:工厂|生产基地|基地|子公司|分公司|母公司|总部|海外仓|产业园|工业园|园区|办事处|研发中心))")
# a market, a source, an origin or a hall, no seat of anything (在日本展区, 韩资, 日方, 出口韩国市场)
NOT_SEATED_AFTER_RE = re.compile(r"^(?:资|方|籍|产(?!业园)|族|企业|客商|客户|等地|等国|进口|买家|家庭|"
                                 r"的?投资(?:商(?!贸)|企业|者|方|人(?!民币)|机构)|酒店|宾馆|饭店|广场|城(?!市)|大厦|"
                                 r"的?(?:销售|订单|销量|份额|出口|用户|消费者)|[^，。；]{0,10}?市场|"
                                 r"[^，。；、]{0,6}?展[区馆台])")  # (维也纳酒店, 万象城; 在德国的销售额)
# the characters that may stand before a place abroad inside a clause (与匈牙利…, 和日本…); any other character of a
# word means the name is the tail of a word at home (万柏林区, 大同)
JOINING_CHARS = set("与和及同对向自从往至在赴经")
ABROAD = frozenset(NAMES + LEVELLED)
# regions of the world the genre names only as markets (远销欧洲、东南亚, 出口中东): no place and no goods of the graph
MARKETS_ABROAD = frozenset("欧洲 北美 南美 拉美 东南亚 南亚 中亚 西亚 中东 非洲 亚洲 东欧 西欧 欧美 日韩 亚太".split())


def places_abroad(sentence: Sentence) -> list[Mention]:
    """The places abroad the sentence seats something in (see the module)."""
    text, out = sentence.text, []
    matches = [m for m in PLACE_RE.finditer(text) if not _inside_name(text, m)]
    for k, match in enumerate(matches):
        run = [match]  # a country, then its city (越南海防市, 马来西亚吉隆坡): both seated by the same words
        if k + 1 < len(matches) and matches[k + 1].start() == match.end():
            run.append(matches[k + 1])
        if k > 0 and matches[k - 1].end() == match.start():
            run.insert(0, matches[k - 1])
        before, after = text[:run[0].start()], text[run[-1].end():]
        city = run[0].group(0) not in COUNTRIES  # (获荷兰母公司增资: a country is no word's tail)
        if city and before and "\u4e00" <= before[-1] <= "\u9fff" and before[-1] not in JOINING_CHARS \
                and not SEATED_BEFORE_RE.search(before) and not NOT_SEATED_BEFORE_RE.search(before):
            continue  # 在万柏林建设: a district at home whose name ends like a city abroad
        built_there = SEATED_AFTER_RE.match(after)  # (发往马来西亚吉隆坡的海外仓: goods sent to the firm's warehouse)
        seated = SEATED_BEFORE_RE.search(before) or built_there or _bracketed_event(before, after)
        if NOT_SEATED_AFTER_RE.match(after) or NOT_SEATED_BEFORE_RE.search(before) and not built_there or not seated:
            continue
        name = match.group(0)
        out.append(Mention(name, sentence.start + match.start(), sentence.start + match.end(), sentence.id,
                           "AdministrativeRegion"))
    return out


def abroad(candidate) -> bool:
    """Whether a region candidate is a place abroad: where a firm has a plant or signs, never the holder of a figure
    the article gives (a county's trade, a firm's exports)."""
    return candidate.kind == "region" and PLACE_RE.fullmatch(candidate.label) is not None


def _inside_name(text: str, match: re.Match) -> bool:
    """A place in brackets inside a firm's name (锂源储能（匈牙利）有限公司): the name's, not a seat the sentence speaks
    of (a country heading a name, 韩国新岩半导体株式会社, loses the overlap to the firm's mention)."""
    if text[match.start() - 1:match.start()] in ("（", "(") and re.match(r"[）)](?:有限|股份|集团|公司|株式)",
                                                                          text[match.end():]):
        return True
    return False


def _bracketed_event(before: str, after: str) -> bool:
    """盐都（首尔）投资环境说明会: the place in brackets in an event's name is where the event is held."""
    return before.endswith(("（", "(")) and bool(re.match(r"[）)](?:投资|推介|招商|经贸|说明会|洽谈会|对接会)", after))
