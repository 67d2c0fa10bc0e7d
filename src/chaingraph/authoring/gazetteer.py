"""Names `chaingraph extract` already knows: a generic list of Chinese regions and the labels and
aliases of the entities curated so far.

The generic list is deliberately plain (provinces, prefecture-level cities, and the regions that
span provinces: 长三角, 粤港澳大湾区); it lets the extractor recognise region names without any model. The
curated names come from the facts files, read (with the one safe YAML reader, core/yamlfile.py)
without the full build, so that a project with a half-edited draft can still be extracted from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from chaingraph.authoring.counties import county_regions, prefecture_regions
from chaingraph.core.problems import InputError
from chaingraph.core.yamlfile import read_yaml

PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 "
    "河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 "
    "广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split()
CITIES = (
    # Prefecture-level cities, province by province (Sichuan, where the first articles come from, first).
    # Left out: names that are also common words in industry news (来宾 guests, 日照 sunshine hours,
    # 安康, 长治, 白银, 朝阳, 山南), and 吉林, which is the province.
    "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 "
    "太原 大同 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 "
    "呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 "
    "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 "
    "长春 四平 辽源 通化 白山 松原 白城 "
    "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 "
    "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁 "
    "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 "
    "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
    "福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 "
    "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 "
    "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 临沂 德州 聊城 滨州 菏泽 "
    "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 "
    "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 "
    "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 "
    "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮 "
    "南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 "
    "海口 三亚 儋州 "
    "贵阳 六盘水 遵义 安顺 毕节 铜仁 "
    "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 "
    "拉萨 日喀则 昌都 林芝 那曲 "
    "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 商洛 "
    "兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 "
    "西宁 海东 银川 石嘴山 吴忠 固原 中卫 乌鲁木齐 克拉玛依 吐鲁番 哈密"
).split()
# the prefecture-level cities CITIES leaves out for their short forms' other sense: their full names are regions
WORD_CITIES = ("来宾", "日照", "安康", "长治", "白银", "朝阳", "山南")
# Regions that span provinces: the genre names them as places to cooperate with or sell to.
ECONOMIC_REGIONS = {
    "长三角": "长江三角洲", "长江三角洲": "长江三角洲", "珠三角": "珠江三角洲", "珠江三角洲": "珠江三角洲",
    "京津冀": "京津冀", "粤港澳大湾区": "粤港澳大湾区", "大湾区": "粤港澳大湾区",
    "成渝地区双城经济圈": "成渝地区双城经济圈", "成渝双城经济圈": "成渝地区双城经济圈",
    "长江经济带": "长江经济带", "北部湾": "北部湾", "黄河流域": "黄河流域",
}
MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}
# lists the extractor reads beside the facts (data/reference/gazetteer/: never loaded into the graph)
GAZETTEER_LISTS = Path(__file__).resolve().parents[3] / "data" / "reference" / "gazetteer"
ADMIN_SUFFIX = re.compile(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$")


@dataclass(frozen=True)
class Known:
    """An entity of the graph, as a facts file declares it."""

    id: str
    cls: str
    label: str  # its Simplified Chinese label
    source: str  # the source (or reference) whose file declared it


@dataclass
class Gazetteer:
    names: dict[str, list[Known]] = field(default_factory=dict)  # zh label or alias -> entities
    regions: dict[str, str] = field(default_factory=dict)  # generic region name -> its full name
    economic: dict[str, str] = field(default_factory=lambda: dict(ECONOMIC_REGIONS))  # 长三角 -> 长江三角洲
    capacities: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # (id, product, owners)
    zone_nicknames: dict[str, str] = field(default_factory=lambda: dict(zone_nicknames()))  # 北京亦庄 -> its city

    def lookup(self, name: str) -> Known | None:
        """The one entity `name` labels; None when unknown or ambiguous."""
        found = {k.id: k for k in self.names.get(name, [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def add(self, name: str, known: Known) -> None:
        entries = self.names.setdefault(name, [])
        if all(k.id != known.id for k in entries):
            entries.append(known)


@lru_cache(maxsize=1)
def zone_nicknames() -> dict[str, str]:
    """National zones the genre names by their city and the area they grew from (北京亦庄), each with the
    city it names, from data/reference/gazetteer/zone-nicknames.yaml (none when the list is not there)."""
    path = GAZETTEER_LISTS / "zone-nicknames.yaml"
    if not path.is_file():
        return {}
    data = read_yaml(path)
    items = data.get("zone-nicknames") if isinstance(data, dict) else None
    return {item["nickname"]: item["city"] for item in items or []
            if isinstance(item, dict) and isinstance(item.get("nickname"), str) and isinstance(item.get("city"), str)}


@lru_cache(maxsize=1)
def generic_regions() -> dict[str, str]:
    """Region names (full and short) -> full name, e.g. 自贡 -> 自贡市, 四川 -> 四川省, 介休 -> 介休市."""
    regions = {**prefecture_regions(), **county_regions()}
    for full in PROVINCES:
        regions[full] = full
        regions[ADMIN_SUFFIX.sub("", full)] = full
    for short in CITIES:
        regions[short] = regions[short + "市"] = short + "市"
    for short in WORD_CITIES:  # 安康市 with its suffix; 安康 alone only at a zone's head (``places``)
        regions[short + "市"] = short + "市"
    return regions


# the provinces and prefecture-level cities, full and short (四川省, 四川, 自贡市, 自贡)
CITY_NAMES = frozenset([*PROVINCES, *(ADMIN_SUFFIX.sub("", p) for p in PROVINCES),
                        *CITIES, *(c + "市" for c in CITIES)])


@lru_cache(maxsize=1)
def county_short_forms() -> frozenset[str]:
    """The short forms county_regions adds (介休) that are no prefecture or province name (晋中, 四川)."""
    full = set(county_regions().values())
    return frozenset(name for name in county_regions() if name not in full) - CITY_NAMES


def build_gazetteer(fact_files: list[Path], exclude_sources: set[str] | frozenset = frozenset()) -> Gazetteer:
    """The generic regions plus every label and alias of the given facts files.

    A file whose `source` is in `exclude_sources` is skipped: evaluating the extractor on a source
    must not peek at that source's own curated facts.
    """
    seen = _Seen()
    for path in fact_files:
        try:
            data = read_yaml(path)
        except InputError:
            continue  # a broken file is the build's business; extraction just learns less
        if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
            continue
        source = str(data.get("source") or data.get("reference") or path.stem)
        if source not in exclude_sources:
            for item in data["entities"]:
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    seen.read(item, source)
    return seen.gazetteer()


# aliases a facts file keeps for its own article's references (该中试平台, 中试平台, 园区): in another article the
# same words name another thing, so they are no names to look up
LOCAL_ALIAS_RE = re.compile(r"^(?:该|本|此|这个|这一|这家)|^(?:中试|检测|研发|创新|公共|孵化|产业|科创|技术|服务|示范)?"
                            r"(?:平台|中心|基地|园区|产业园|项目|公司|企业|集团|研究院|实验室|基金)$")


@dataclass
class _Seen:
    """What the facts files say about each id; an entity may be spread over several files."""

    classes: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    products: dict[str, str] = field(default_factory=dict)
    owners: dict[str, list[str]] = field(default_factory=dict)

    def read(self, item: dict, source: str) -> None:
        entity_id = item["id"]
        self.sources.setdefault(entity_id, source)
        if isinstance(item.get("class"), str):
            self.classes.setdefault(entity_id, item["class"])
        label = item.get("label")
        if isinstance(label, dict) and isinstance(label.get("zh"), str):
            self.labels.setdefault(entity_id, label["zh"])
            self.names.setdefault(entity_id, []).append(label["zh"])
        aliases = item.get("aliases")
        if isinstance(aliases, dict):
            zh = aliases.get("zh") or []
            self.names.setdefault(entity_id, []).extend(
                a for a in ([zh] if isinstance(zh, str) else zh) if isinstance(a, str))
        for statement in item.get("facts") or []:
            if not isinstance(statement, dict):
                continue
            if isinstance(statement.get("ofProduct"), str):
                self.products[entity_id] = statement["ofProduct"]
            capacities = statement.get("hasCapacity")
            for capacity in [capacities] if isinstance(capacities, str) else capacities or []:
                if isinstance(capacity, str):
                    self.owners.setdefault(capacity, []).append(entity_id)

    def gazetteer(self) -> Gazetteer:
        gazetteer = Gazetteer(regions=dict(generic_regions()))  # (the cached list stays as it is)
        for entity_id, names in sorted(self.names.items()):
            if entity_id not in self.classes:
                continue
            known = Known(entity_id, self.classes[entity_id], self.labels.get(entity_id, names[0]),
                          self.sources[entity_id])
            for name in names:
                if name == known.label or not LOCAL_ALIAS_RE.match(name):
                    gazetteer.add(name, known)
        for capacity, product in sorted(self.products.items()):
            gazetteer.capacities.append((capacity, product, tuple(self.owners.get(capacity, ()))))
        return gazetteer
