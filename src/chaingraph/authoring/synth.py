"""A deterministic generator of a realistic multi-zone region in chaingraph's own data format.

`generate(zones, companies, seed)` writes, for a province-sized test region, exactly what a
curator would: one source article per zone (clean Simplified text with a title, a byline and
one sentence per fact), its metadata, and a facts file whose every statement quotes that
article. Zones, parks, companies with Chinese and English names, products along the chain's
segments, projects, capacities, platforms and cooperation between zones are all generated, so
the whole pipeline is exercised: loading, quote checks, the dataset, validation and exports.

The same arguments always give byte-identical files.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chaingraph.core.atomic import write_atomic
from chaingraph.core.yamlfile import read_yaml

CITIES = [
    ("成都", "Chengdu"), ("绵阳", "Mianyang"), ("德阳", "Deyang"), ("宜宾", "Yibin"), ("泸州", "Luzhou"),
    ("乐山", "Leshan"), ("内江", "Neijiang"), ("遂宁", "Suining"), ("南充", "Nanchong"), ("眉山", "Meishan"),
    ("雅安", "Ya'an"), ("广安", "Guang'an"), ("达州", "Dazhou"), ("巴中", "Bazhong"), ("资阳", "Ziyang"),
    ("攀枝花", "Panzhihua"), ("广元", "Guangyuan"), ("自贡", "Zigong"), ("重庆", "Chongqing"), ("西安", "Xi'an"),
    ("贵阳", "Guiyang"), ("昆明", "Kunming"), ("长沙", "Changsha"), ("武汉", "Wuhan"), ("合肥", "Hefei"),
]
ZONE_KINDS = [("高新区", "High-tech Zone", "gxq"), ("经开区", "Economic Development Zone", "jkq"),
              ("新区", "New Area", "xq"), ("临港经济区", "Port Economic Zone", "lg")]
PARK_THEMES = [("新能源产业园", "New Energy Industrial Park"), ("新材料产业园", "New Materials Industrial Park"),
               ("储能产业园", "Energy Storage Industrial Park"), ("先进制造产业园", "Advanced Manufacturing Park"),
               ("绿色化工园区", "Green Chemical Park"), ("电池产业园", "Battery Industrial Park")]
BRAND_CHARS = ("华鑫博瑞锦宏泰创远恒盛达源科弘德中川蜀天铭宇航峰金安佳明信和嘉祥顺兴隆昌通力晟")
BRAND_PINYIN = {
    "华": "Hua", "鑫": "Xin", "博": "Bo", "瑞": "Rui", "锦": "Jin", "宏": "Hong", "泰": "Tai", "创": "Chuang",
    "远": "Yuan", "恒": "Heng", "盛": "Sheng", "达": "Da", "源": "Yuan", "科": "Ke", "弘": "Hong", "德": "De",
    "中": "Zhong", "川": "Chuan", "蜀": "Shu", "天": "Tian", "铭": "Ming", "宇": "Yu", "航": "Hang", "峰": "Feng",
    "金": "Jin", "安": "An", "佳": "Jia", "明": "Ming", "信": "Xin", "和": "He", "嘉": "Jia", "祥": "Xiang",
    "顺": "Shun", "兴": "Xing", "隆": "Long", "昌": "Chang", "通": "Tong", "力": "Li", "晟": "Sheng",
}
COMPANY_KINDS = [
    ("新能源科技有限公司", "New Energy Technology Co., Ltd."),
    ("新材料有限公司", "New Materials Co., Ltd."),
    ("电池有限公司", "Battery Co., Ltd."),
    ("储能科技有限公司", "Energy Storage Technology Co., Ltd."),
    ("化工股份有限公司", "Chemical Co., Ltd."),
    ("智能装备有限公司", "Intelligent Equipment Co., Ltd."),
]

# Products along the sodium-ion, lithium and photovoltaic chains: (id, zh, en, unit, low, high, segment hint)
PRODUCTS = [
    ("soda-ash", "纯碱", "soda ash", "TNE", 50000, 600000, "sodium-salts"),
    ("layered-oxide-cathode", "层状氧化物正极材料", "layered oxide cathode material", "TNE", 10000, 100000,
     "layered-oxide"),
    ("polyanion-cathode", "聚阴离子正极材料", "polyanion cathode material", "TNE", 10000, 200000, "polyanion"),
    ("prussian-blue-cathode", "普鲁士蓝正极材料", "Prussian blue cathode material", "TNE", 5000, 50000,
     "prussian-blue"),
    ("hard-carbon-anode", "硬碳负极材料", "hard carbon anode material", "TNE", 5000, 80000, "hard-carbon"),
    ("sodium-electrolyte", "钠离子电池电解液", "sodium-ion electrolyte", "TNE", 10000, 100000, "electrolyte"),
    ("sodium-hexafluorophosphate", "六氟磷酸钠", "sodium hexafluorophosphate", "TNE", 1000, 20000, "electrolyte"),
    ("separator", "电池隔膜", "battery separator", "MTK", 100000000, 2000000000, "separator"),
    ("aluminium-foil", "铝箔集流体", "aluminium foil current collector", "TNE", 5000, 60000, "current-collector"),
    ("structural-parts", "精密结构件", "precision structural parts", "C62", 1000000, 20000000, "structural"),
    ("sodium-cell", "钠离子电池电芯", "sodium-ion battery cell", "GWH", 1, 30, "cell"),
    ("battery-pack", "电池模组与电池包", "battery modules and packs", "GWH", 1, 20, "pack"),
    ("bms", "电池管理系统", "battery management system", "SET", 10000, 800000, "bms"),
    ("thermal-management", "热管理系统", "thermal management system", "SET", 10000, 500000, "thermal"),
    ("storage-system", "储能系统", "energy storage system", "GWH", 1, 20, "storage"),
    ("two-wheeler-battery", "两轮车电池", "two-wheeler battery", "C62", 100000, 5000000, "two-wheeler"),
    ("battery-recycling", "废旧电池回收", "battery recycling", "TNE", 5000, 100000, "recycling"),
    ("lfp-cathode", "磷酸铁锂正极材料", "lithium iron phosphate cathode material", "TNE", 10000, 200000, "lithium"),
    ("pv-module", "光伏组件", "photovoltaic module", "GWH", 1, 20, "photovoltaic"),
]
UNIT_TEXT = {"TNE": ("吨", 10000, "万吨"), "GWH": ("GWh", 1, "GWh"), "C62": ("件", 10000, "万件"),
             "SET": ("套", 10000, "万套"), "MTK": ("平方米", 100000000, "亿平方米")}
STATUSES = [("planned", "规划"), ("under-construction", "在建"), ("operating", "投产"), ("completed", "建成")]
MODES = [("enclave-park", "飞地园区", "enclave park"), ("joint-development", "合作共建", "joint development"),
         ("industrial-transfer", "产业转移", "industrial transfer")]


@dataclass
class Article:
    source_id: str
    title: str
    sentences: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)

    def say(self, sentence: str) -> str:
        self.sentences.append(sentence)
        return sentence

    def cite(self, sentence: str, quote: str) -> dict:
        """A quote with the id of the sentence it comes from (the title is s001, the byline s002)."""
        assert quote in sentence
        return {"quote": quote, "sentence": f"s{self.sentences.index(sentence) + 3:03d}"}


def generate(zones: int, companies: int, seed: int, target: Path, project_root: Path) -> dict[str, int]:
    """Write a synthetic project (ontology, chain templates, queries, sources, facts) into `target`."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(project_root / "ontology", target / "ontology", dirs_exist_ok=True)
    if (project_root / "queries").is_dir():
        shutil.copytree(project_root / "queries", target / "queries", dirs_exist_ok=True)
    for name in ("sources", "facts", "reference"):
        (target / "data" / name).mkdir(parents=True, exist_ok=True)
    _copy_chain_templates(project_root, target / "data" / "reference")
    segments = _reference_segments(target / "data" / "reference")
    zone_list = [_zone(i) for i in range(zones)]
    per_zone = [companies // zones + (1 if i < companies % zones else 0) for i in range(zones)]
    counts = {"zones": zones, "companies": companies, "articles": 0, "statements": 0}
    for index, zone in enumerate(zone_list):
        article = _zone_article(index, zone, zone_list, per_zone[index], rng, segments)
        _write_article(article, target)
        counts["articles"] += 1
        counts["statements"] += sum(1 + len(e.get("facts", [])) for e in article.entities)
    return counts


def _zone(index: int) -> dict:
    city_zh, city_en = CITIES[index % len(CITIES)]
    kind_zh, kind_en, kind_slug = ZONE_KINDS[(index // len(CITIES)) % len(ZONE_KINDS)]
    round_ = index // (len(CITIES) * len(ZONE_KINDS))
    suffix_zh = f"第{round_ + 1}片区" if round_ else ""
    suffix_en = f" Area {round_ + 1}" if round_ else ""
    slug = f"{_ascii(city_en)}-{kind_slug}" + (f"-{round_ + 1}" if round_ else "")
    return {"id": slug, "city_zh": city_zh, "city_en": city_en, "city_id": _ascii(city_en),
            "zh": f"{city_zh}{kind_zh}{suffix_zh}", "en": f"{city_en} {kind_en}{suffix_en}"}


def _zone_article(index, zone, zone_list, n_companies, rng, segments) -> Article:
    source_id = f"synth-{zone['id']}"
    article = Article(source_id, f"{zone['zh']}产业链建设观察")
    declared: set[str] = set()
    a = article
    intro = a.say(f"{zone['zh']}地处{zone['city_zh']}，正加快建设新能源产业集群。")
    city = {"id": f"city-{zone['city_id']}", "class": "AdministrativeRegion",
            "label": {"zh": f"{zone['city_zh']}市", "en": zone["city_en"]},
            "aliases": {"zh": [zone["city_zh"]]}, **a.cite(intro, f"地处{zone['city_zh']}")}
    if index < len(CITIES):
        a.entities.append(city)
    a.entities.append({
        "id": zone["id"], "class": "HighTechZone", "label": {"zh": zone["zh"], "en": zone["en"]},
        **a.cite(intro, intro[: len(zone["zh"])]),
        "facts": [{"partOf": city["id"], **a.cite(intro, f"{zone['zh']}地处{zone['city_zh']}")}],
    })
    parks = []
    for p in range(rng.randint(2, 4)):
        theme_zh, theme_en = PARK_THEMES[(index + p) % len(PARK_THEMES)]
        park_zh = f"{zone['city_zh']}{theme_zh}" + (f"{p + 1}区" if p >= len(PARK_THEMES) else "")
        park_id = f"{zone['id']}-park-{p + 1}"
        sentence = a.say(f"{park_zh}位于{zone['zh']}，重点发展电池材料与储能装备。")
        a.entities.append({"id": park_id, "class": "IndustrialPark", "label": {"zh": park_zh,
                           "en": f"{zone['city_en']} {theme_en}"}, **a.cite(sentence, park_zh),
                           "facts": [{"partOf": zone["id"], **a.cite(sentence, sentence[: sentence.index("，")])}]})
        parks.append((park_id, park_zh))
    platform_zh = f"{zone['city_zh']}新能源产业技术研究院"
    sentence = a.say(f"{platform_zh}在{zone['zh']}建设中试平台，围绕钠离子电池材料开展研发。")
    a.entities.append({"id": f"{zone['id']}-institute", "class": "ResearchInstitute",
                       "label": {"zh": platform_zh, "en": f"{zone['city_en']} New Energy Industrial Technology "
                                 "Research Institute"}, **a.cite(sentence, platform_zh),
                       "facts": [{"locatedIn": zone["id"], **a.cite(sentence, sentence[: sentence.index("建设")])}]})
    used_names: set[str] = set()
    for c in range(n_companies):
        _company(a, zone, c, parks, rng, segments, declared, used_names)
    if len(zone_list) > 1:
        partner = zone_list[(index + 1 + rng.randrange(len(zone_list) - 1)) % len(zone_list)]
        mode_id, mode_zh, mode_en = MODES[rng.randrange(len(MODES))]
        sentence = a.say(f"{zone['zh']}与{partner['zh']}以{mode_zh}模式开展合作。")
        for entity in _declare_mode(a, mode_id, mode_zh, mode_en, sentence, declared):
            a.entities.append(entity)
        if partner["id"] not in declared:
            a.entities.append({"id": partner["id"], "class": "HighTechZone",
                               "label": {"zh": partner["zh"], "en": partner["en"]}, **a.cite(sentence, partner["zh"])})
            declared.add(partner["id"])
        a.entities.append({"id": f"{zone['id']}-cooperation", "class": "Cooperation",
                           "label": {"zh": f"{zone['zh']}与{partner['zh']}合作",
                                     "en": f"{zone['en']} - {partner['en']} cooperation"},
                           **a.cite(sentence, sentence[:-1]),
                           "facts": [{"partner": [zone["id"], partner["id"]], **a.cite(sentence, sentence[:-1])},
                                     {"cooperationMode": mode_id, **a.cite(sentence, f"以{mode_zh}模式开展合作")}]})
    return article


def _company(a, zone, c, parks, rng, segments, declared, used_names):
    brand = rng.choice(BRAND_CHARS) + rng.choice(BRAND_CHARS)
    kind_zh, kind_en = COMPANY_KINDS[rng.randrange(len(COMPANY_KINDS))]
    name_zh = f"{zone['city_zh']}{brand}{kind_zh}"
    serial = ""
    while name_zh + serial in used_names:
        serial = str(int(serial or "1") + 1)
    name_zh = f"{zone['city_zh']}{brand}{serial}{kind_zh}"
    used_names.add(name_zh)
    brand_en = "".join(BRAND_PINYIN[ch] for ch in brand).capitalize() + serial
    company_id = f"{zone['id']}-co-{c + 1}"
    park_id, park_zh = parks[rng.randrange(len(parks))]
    product = PRODUCTS[rng.randrange(len(PRODUCTS))]
    pid, pzh, pen, unit, low, high, segment = product
    status_id, status_zh = STATUSES[rng.randrange(len(STATUSES))]
    value = _round_value(rng.randint(low, high), unit)
    amount = _amount_text(value, unit)
    year = rng.randint(2022, 2027)
    month = rng.randint(1, 12)
    if status_id in ("operating", "completed"):
        year = min(year, 2024)  # done by the articles' date (2025-01-01): a later date would be refused
    project_zh = f"{brand}{serial}年产{amount}{pzh}项目"
    s1 = a.say(f"{name_zh}入驻{park_zh}，主要生产{pzh}。")
    s2 = a.say(f"{project_zh}目前处于{status_zh}阶段，时间节点为{year}年{month}月。")
    for entity in _declare_product(a, product, s1, declared, segments):
        a.entities.append(entity)
    short_name = f"{brand}{serial}{kind_zh[:-6] if kind_zh.endswith('有限公司') else kind_zh}"
    a.entities.append({
        "id": company_id, "class": "Company",
        "label": {"zh": name_zh, "en": f"{zone['city_en']} {brand_en} {kind_en}"},
        "aliases": {"zh": [short_name]}, **a.cite(s1, name_zh),
        "facts": [{"locatedIn": park_id, **a.cite(s1, f"{name_zh}入驻{park_zh}")},
                  {"produces": f"synth-{pid}", **a.cite(s1, f"主要生产{pzh}")}],
    })
    date = f"{year}-{month:02d}"
    capacity_id = f"{company_id}-capacity"
    a.entities.append({
        "id": f"{company_id}-project", "class": "Project",
        "label": {"zh": project_zh, "en": f"{brand_en} {pen} project"}, **a.cite(s2, project_zh),
        "facts": [{"operatedBy": company_id, **a.cite(s2, project_zh)},
                  {"locatedIn": park_id, **a.cite(s1, f"{name_zh}入驻{park_zh}")},
                  {"produces": f"synth-{pid}", **a.cite(s2, project_zh)},
                  {"hasCapacity": capacity_id, **a.cite(s2, project_zh)},
                  {"status": status_id, **a.cite(s2, f"目前处于{status_zh}阶段")},
                  {"date": date, **a.cite(s2, f"时间节点为{year}年{month}月")}],
    })
    a.entities.append({
        "id": capacity_id, "class": "Capacity",
        "label": {"zh": f"{brand}{serial}{pzh}产能{amount}", "en": f"{brand_en} {pen} capacity"},
        **a.cite(s2, f"年产{amount}{pzh}"),
        "facts": [{"value": value, **a.cite(s2, f"年产{amount}")}, {"unitCode": unit, **a.cite(s2, f"年产{amount}")},
                  {"perPeriod": "ANN", **a.cite(s2, f"年产{amount}")},
                  {"ofProduct": f"synth-{pid}", **a.cite(s2, f"年产{amount}{pzh}")},
                  {"status": status_id, **a.cite(s2, f"目前处于{status_zh}阶段")},
                  {"date": date, **a.cite(s2, f"时间节点为{year}年{month}月")}],
    })


def _declare_product(a, product, sentence, declared, segments):
    pid, pzh, pen, *_rest, segment = product
    entity_id = f"synth-{pid}"
    if entity_id in declared:
        return []
    declared.add(entity_id)
    entity = {"id": entity_id, "class": "Product", "label": {"zh": pzh, "en": pen}, **a.cite(sentence, pzh)}
    exact = f"{segment}-segment"
    match = exact if exact in segments else next((s for s in sorted(segments) if s.startswith(segment)), None)
    if match:
        entity["facts"] = [{"inSegment": match, **a.cite(sentence, f"主要生产{pzh}")}]
    return [entity]


def _declare_mode(a, mode_id, mode_zh, mode_en, sentence, declared):
    if mode_id in declared:
        return []
    declared.add(mode_id)
    return [{"id": mode_id, "class": "CooperationMode", "label": {"zh": mode_zh, "en": mode_en},
             **a.cite(sentence, mode_zh)}]


def _copy_chain_templates(project_root: Path, target: Path) -> None:
    """Copy the project's chain templates (reference files that declare segments), not its
    article-specific mappings, and declare the industries the templates belong to."""
    industries: set[str] = set()
    for path in sorted((project_root / "data" / "reference").glob("*.yaml")):
        data = _read(path)
        entities = [e for e in data.get("entities") or [] if isinstance(e, dict)]
        if not entities or not all(e.get("class") for e in entities):
            continue  # a mapping onto some article's entities
        shutil.copyfile(path, target / path.name)
        industries |= {f["inIndustry"] for e in entities for f in e.get("facts") or [] if "inIndustry" in f}
    declared = _declarations(project_root / "data" / "facts", industries)
    if declared:
        entities = [{"id": e["id"], "class": "Industry", "label": e["label"],
                     "basis": "An industry the chain templates belong to."} for e in declared]
        write_atomic(target / "synth-industries.yaml",
                     _dump({"reference": "synth-industries", "entities": entities}))


def _declarations(facts_dir: Path, ids: set[str]) -> list[dict]:
    found: dict[str, dict] = {}
    for path in sorted(facts_dir.glob("*.yaml")):
        data = _read(path)
        for entity in data.get("entities") or []:
            if isinstance(entity, dict) and entity.get("id") in ids and entity.get("label"):
                found.setdefault(entity["id"], entity)
    return [found[i] for i in sorted(found)]


def _reference_segments(directory: Path) -> set[str]:
    segments = set()
    for path in sorted(directory.glob("*.yaml")) if directory.is_dir() else []:
        data = _read(path)
        for entity in data.get("entities") or []:
            if isinstance(entity, dict) and entity.get("class") == "ChainSegment":
                segments.add(entity["id"])
    return segments


def _read(path: Path) -> dict:
    """A project file, read with the one safe YAML reader, as plain dicts and lists (to dump back)."""
    data = _plain(read_yaml(path))
    return data if isinstance(data, dict) else {}


def _plain(value):
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _round_value(value: int, unit: str) -> int:
    step = UNIT_TEXT[unit][1]
    return max(step, value // step * step) if step > 1 else value


def _amount_text(value: int, unit: str) -> str:
    plain, step, big = UNIT_TEXT[unit]
    return f"{value // step}{big}" if step > 1 else f"{value}{plain}"


def _ascii(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _write_article(article: Article, target: Path) -> None:
    text = "\n".join([article.title, "记者：chaingraph 合成数据", *article.sentences]) + "\n"
    write_atomic(target / "data" / "sources" / f"{article.source_id}.txt", text.encode("utf-8"))
    meta = {"id": article.source_id, "title": article.title,
            "publisher": {"zh": "合成数据", "en": "chaingraph synthetic data"},
            "date": "2025-01-01", "licence": "Synthetic test data generated by chaingraph synth; no rights reserved."}
    write_atomic(target / "data" / "sources" / f"{article.source_id}.meta.yaml", _dump(meta))
    facts = {"source": article.source_id, "entities": article.entities}
    write_atomic(target / "data" / "facts" / f"{article.source_id}.yaml", _dump(facts))


def _dump(data) -> bytes:
    return yaml.dump(data, allow_unicode=True, sort_keys=False, width=200, Dumper=_Dumper).encode("utf-8")


class _Dumper(yaml.SafeDumper):
    pass
