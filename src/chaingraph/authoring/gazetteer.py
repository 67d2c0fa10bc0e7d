"""Names `chaingraph extract` already knows: a generic list of Chinese regions and the labels and
aliases of the entities curated so far.

The generic list is deliberately plain (provinces, and the prefecture-level cities that industry
news names most often); it lets the extractor recognise region names without any model. The
curated names come from the facts files, read (with the one safe YAML reader, core/yamlfile.py)
without the full build, so that a project with a half-edited draft can still be extracted from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chaingraph.core.problems import InputError
from chaingraph.core.yamlfile import read_yaml

PROVINCES = (
    "北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 "
    "河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 内蒙古自治区 "
    "广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区"
).split()
CITIES = (
    # Sichuan, where the first articles come from, then capitals and the large industrial cities.
    "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "石家庄 唐山 太原 呼和浩特 包头 沈阳 大连 长春 哈尔滨 南京 苏州 无锡 常州 南通 徐州 杭州 宁波 温州 嘉兴 "
    "绍兴 湖州 合肥 芜湖 福州 厦门 泉州 宁德 南昌 宜春 赣州 济南 青岛 烟台 潍坊 郑州 洛阳 武汉 宜昌 襄阳 长沙 "
    "株洲 湘潭 广州 深圳 东莞 佛山 珠海 惠州 江门 肇庆 南宁 柳州 海口 贵阳 遵义 昆明 曲靖 拉萨 西安 宝鸡 兰州 "
    "西宁 银川 乌鲁木齐"
).split()
MUNICIPALITIES = {"北京", "天津", "上海", "重庆"}
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
    capacities: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)  # (id, product, owners)

    def lookup(self, name: str) -> Known | None:
        """The one entity `name` labels; None when unknown or ambiguous."""
        found = {k.id: k for k in self.names.get(name, [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def add(self, name: str, known: Known) -> None:
        entries = self.names.setdefault(name, [])
        if all(k.id != known.id for k in entries):
            entries.append(known)


def generic_regions() -> dict[str, str]:
    """Region names (full and short) -> full name, e.g. 自贡 -> 自贡市, 四川 -> 四川省."""
    regions = {}
    for full in PROVINCES:
        regions[full] = full
        regions[ADMIN_SUFFIX.sub("", full)] = full
    for short in CITIES:
        regions[short] = regions[short + "市"] = short + "市"
    return regions


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
        gazetteer = Gazetteer(regions=generic_regions())
        for entity_id, names in sorted(self.names.items()):
            if entity_id not in self.classes:
                continue
            known = Known(entity_id, self.classes[entity_id], self.labels.get(entity_id, names[0]),
                          self.sources[entity_id])
            for name in names:
                gazetteer.add(name, known)
        for capacity, product in sorted(self.products.items()):
            gazetteer.capacities.append((capacity, product, tuple(self.owners.get(capacity, ()))))
        return gazetteer
