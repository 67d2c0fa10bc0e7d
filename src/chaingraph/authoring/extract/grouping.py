"""Mentions into candidates: mentions of one entity grouped (自贡珈钠能源科技有限公司 / 珈钠能源 / 珈钠公司, 高新区 /
自贡高新区), the short names an article declares (（以下简称“中天科技”）) or just uses after the full name found
through the text, and each candidate linked to the id an existing entity has (by label or alias, else by the core
of its name), so the draft reuses the graph's ids."""

from __future__ import annotations

import re
from itertools import accumulate

from chaingraph.authoring.counties import stem_counties
from chaingraph.authoring.dictionary import base_tokenizer, in_dictionary, word_frequency
from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.extract.fragments import fragment_problem
from chaingraph.authoring.extract.mentions import class_of
from chaingraph.authoring.extract.place_shapes import industrial_areas, kinds_listed, park_self_word
from chaingraph.authoring.extract.places import drop_uncued_counties
from chaingraph.authoring.extract.rules import (
    ALIAS_OPENING,
    BARE_ZONES,
    CJK_NAME,
    GENERIC_STEMS,
    HUB_SUFFIXES,
    INDUSTRY_TAILS,
    KIND_OF,
    LEGAL_SUFFIXES,
    SUFFIXES,
    ZONE_BRACKET_RE,
    ZONE_WORDS,
)
from chaingraph.authoring.extract.words import generic_word
from chaingraph.authoring.gazetteer import Gazetteer, Known

COMMON = 1000  # a word jieba's dictionary counts this often is a common word, not a brand

OWN_PLACE = ("GovernmentBody", "Platform")  # organisations whose names name the place they serve
# the long forms of a zone's type and the short form articles then use
ZONE_LONG_FORMS = (("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区"),
                   ("高新技术开发区", "高新区"), ("高新技术产业园区", "高新区"), ("综合保税区", "综保区"),
                   ("自由贸易试验区", "自贸区"), ("自贸试验区", "自贸区"), ("农业高新技术产业示范区", "农高区"),
                   ("化学工业区", "化工区"), ("高新园区", "高新区"))  # 上海化工区 of 上海化学工业区
BRACKETED_RE = re.compile(rf"[（(]({CJK_NAME}{{2,20}})[）)]")
# （以下简称“中天科技”）, (下称"中天"), （简称：中天）
ALIAS_RE = re.compile(r"\s*" + ALIAS_OPENING + r"为?\s*[：:]?\s*[“\"「『]?"
                      r"([^”\"」』）)，,、；;]{2,16}?)[”\"」』]?\s*[）)]")


def _region_prefix(name: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(canonical region, rest) when a name starts with a region: 自贡高新区 -> (自贡市, 高新区)."""
    for length in range(min(len(name) - 1, 9), 1, -1):
        head = name[:length]
        if head in gazetteer.regions:
            return gazetteer.regions[head], name[length:]
    return None, name


def core_name(name: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """(region, core) of an organisation or place name, for matching short and long forms.

    自贡珈钠能源科技有限公司 -> (自贡市, 珈钠能源); 自贡先进碳材料产业技术研究院 -> (自贡市, 先进碳材料产业研究院).
    """
    region, rest = _region_prefix(name, gazetteer)
    for word in ZONE_WORDS:
        if rest.startswith(word) and len(rest) > len(word) + 1:
            rest = rest[len(word):]
            break
    for suffix in LEGAL_SUFFIXES:
        if rest.endswith(suffix) and len(rest) > len(suffix) + 1:
            rest = rest[: -len(suffix)]
            break
    stripped = re.sub(r"技术|科技", "", rest)
    return region, stripped if len(stripped) >= 2 else rest


def group_mentions(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Candidates from mentions: one per kind and name, short forms folded in, regions inside names dropped."""
    groups: dict[tuple[str, str], Candidate] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        canonical = gazetteer.regions if mention.cls == "AdministrativeRegion" else gazetteer.economic
        name = canonical.get(mention.text) or canonical.get(mention.text + "市") or \
            stem_counties().get(mention.text, mention.text) if mention.kind == "region" else mention.text
        # (安达 of 安达经济开发区: 安达市; 安康 of 安康高新区: 安康市)
        key = (mention.kind, name)
        if key not in groups:
            groups[key] = Candidate(mention.cls, [name])
        candidate = groups[key]
        candidate.mentions.append(mention)
        if mention.text not in candidate.names:
            candidate.names.append(mention.text)
    candidates = _bracketed_names(list(groups.values()), text, gazetteer)
    _declared_aliases(candidates, text)
    candidates = _merge_declared(candidates)
    candidates = _merge_short_forms(candidates, gazetteer)
    # 2025年X县政府工作报告 and nothing more: the report's title, no body the article names (襄阳市政府工作报告 beside
    # 襄阳市人民政府 is that government's short spelling, merged above)
    candidates = [c for c in candidates if c.cls != "GovernmentBody"
                  or not all(text.startswith("工作报告", m.end) for m in c.mentions)]
    industrial_areas(candidates, text)
    candidates = [c for c in candidates if c.label not in BARE_ZONES[3:] and not kinds_listed(c, text)]
    candidates = _companies_not_products(candidates, gazetteer)
    _find_short_mentions(candidates, text, gazetteer)
    _drop_borrowed_regions(candidates, gazetteer)
    drop_uncued_counties(candidates, text)
    return [c for c in candidates if c.mentions]


def _companies_not_products(candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """锐硅新材料, 氢锐装备 after 宁夏锐硅新材料股份有限公司, 酒泉氢锐装备制造有限公司: a "product" that is a
    brand jieba does not know followed by the industry word the company's name goes on with is the
    company's short name."""
    companies = [c for c in candidates if c.kind == "organisation" and c.label.endswith(LEGAL_SUFFIXES)]
    kept = []
    for candidate in candidates:
        home = None
        suffix = next((s for s in SUFFIXES if candidate.label.endswith(s)), "")
        brand = candidate.label[: len(candidate.label) - len(suffix)]  # 黎钠 of 黎钠材料, not 新能源 of 新能源汽车
        if candidate.kind == "product" and len(brand) >= 2 and not in_dictionary(brand[:2]) \
                and not in_dictionary(brand):
            home = next((c for c in companies if candidate.label in core_name(c.label, gazetteer)[1]), None)
        if home is None:
            kept.append(candidate)
            continue
        for mention in candidate.mentions:
            mention.cls = home.cls
        home.mentions += candidate.mentions
        home.names += [n for n in candidate.names if n not in home.names]
    return kept


def _drop_borrowed_regions(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """宁德 in 宁德时代, 深圳 in 深圳珈钠, 西安 in 西安电子工程大学 belong to an organisation's name, and 成都
    in 成都高新区 (a partner zone named in passing) is no region the article speaks of; a government
    (钦州市人民政府), a public platform (襄阳…检测平台), the article's own zone (襄阳高新区) and a park
    (合肥循环经济示范园: where it lies) do name their place."""
    named = [(m.start, m.end) for c in candidates if c.kind == "organisation" and c.cls not in OWN_PLACE
             for m in c.mentions]
    zones = [c for c in candidates if c.kind in ("zone", "park")]
    # the article's own zone: the zone named most (a park's mentions do not make the zones partners)
    main = max((c for c in zones if c.kind == "zone"), key=lambda c: len(c.mentions), default=None)
    places = [(m.start, m.end) for c in zones
              if c is not main and c.kind == "zone" and c.label not in gazetteer.zone_nicknames
              for m in c.mentions]  # (北京亦庄 is named by its city: the city is meant)
    for candidate in candidates:
        if candidate.kind == "region":
            candidate.mentions = [m for m in candidate.mentions
                                  if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                             for s, e in named + places)]


def _bracketed_names(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """合肥…能源研究院（安徽省能源实验室）, 武汉东湖新技术开发区（中国光谷）: a name in brackets right after
    a name of the same kind is the same entity's other name."""
    starts = {(m.start, m.end): c for c in candidates for m in c.mentions}
    gone: set[int] = set()
    for candidate in candidates:
        if candidate.kind not in ("organisation", "zone", "park") or id(candidate) in gone:
            continue
        for mention in list(candidate.mentions):
            match = BRACKETED_RE.match(text, mention.end)
            if not match:
                continue
            other = starts.get(match.span(1))
            hub = other is not None and candidate.kind == "zone" and other.kind == "park" \
                and other.label.endswith(tuple(HUB_SUFFIXES))  # （中国光谷）: the zone's other name reads as a park's
            if other is not None and other is not candidate and (other.kind == candidate.kind or hub):
                candidate.mentions += other.mentions
                candidate.names += [n for n in other.names if n not in candidate.names]
                gone.add(id(other))
            elif other is None and candidate.kind == "zone" and not re.search(r"\d|以下|简称|级$", match.group(1)) \
                    and not generic_word(match.group(1)) and match.group(1) not in gazetteer.regions:
                candidate.names.append(match.group(1))  # 武汉东湖新技术开发区（中国光谷）, not （国家级）
    return [c for c in candidates if id(c) not in gone]


def _merge_declared(candidates: list[Candidate]) -> list[Candidate]:
    """有色园 of （以下简称“有色园”）, found again by its own suffix: the short name a park or zone
    declares is that park or zone, not another one."""
    declared = {n: c for c in candidates if c.kind in ("park", "zone", "organisation") for n in c.names[1:]}
    kept = []
    for candidate in candidates:
        home = declared.get(candidate.label)
        if home is None or home is candidate or home.kind != candidate.kind \
                and {home.kind, candidate.kind} != {"park", "zone"} \
                or home.kind == "organisation" and home.cls != candidate.cls:  # 昌平园, a zone's part like a park
            kept.append(candidate)  # (光明芯孵化器 declared for X集成电路设计孵化器: the same incubator)
            continue
        home.mentions += candidate.mentions
        home.names += [n for n in candidate.names if n not in home.names]
    return kept


SEAT_RE = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]$")  # the city a province's platform sits in, closing its name
PHASE_WORKS_RE = re.compile(r"(?<=项目)[（(]?[一二三四五六七八九十\d]+期(?:工程)?[）)]?$")


def _declared_aliases(candidates: list[Candidate], text: str) -> None:
    """（以下简称“中天科技”） right after a name declares the short name the article then uses."""
    for candidate in candidates:
        if candidate.kind not in ("organisation", "zone", "park", "project"):
            continue
        for mention in list(candidate.mentions):
            match = ALIAS_RE.match(text, mention.end)
            if match and not fragment_problem(match.group(1)) and match.group(1) not in candidate.names:
                candidate.names.append(match.group(1))
        seat = SEAT_RE.search(candidate.label) if candidate.cls in ("Platform", "ResearchInstitute") else None
        bare = candidate.label[:seat.start()] if seat else ""
        if seat and bare not in candidate.names and text.count(bare) == text.count(candidate.label):
            candidate.names.append(bare)  # 江西省…检测中心（宜春）: the city's branch, named without its seat again
            # (not where the text names the seatless one too: the headquarters or another branch)
        bracket = ZONE_BRACKET_RE.search(candidate.label) if candidate.kind == "zone" else None
        if bracket and bracket.end() == len(candidate.label):  # 阿克苏纺织工业城（开发区） is 阿克苏纺织工业城
            candidate.names.append(candidate.label[:bracket.start()])
        phase = PHASE_WORKS_RE.search(candidate.label) if candidate.kind == "project" else None
        if phase and candidate.label[:phase.start()] not in candidate.names:  # …项目一期工程: a phase of …项目
            candidate.names.append(candidate.label[:phase.start()])


def _merge_short_forms(candidates: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """Fold 珈钠能源 into 自贡珈钠能源科技有限公司, 高新区 into the article's most named 自贡高新区."""
    mergeable = ("organisation", "zone", "park", "project")
    ordered = sorted(candidates, key=lambda c: -len(c.label))
    places = {c.label for c in candidates if c.kind in ("park", "zone")}
    merged: list[Candidate] = []
    for candidate in ordered:
        if candidate.kind not in mergeable:
            merged.append(candidate)
            continue
        region, core = core_name(candidate.label, gazetteer)
        homes = []
        for other in merged:
            if candidate.kind == "park" and other.kind == "zone" \
                    and any(_placed_park(candidate.label, n, gazetteer) for n in other.names):
                homes.append(other)  # 纺织工业城 after 阿克苏纺织工业城（开发区）: the zone's name without its city
                continue
            if other.kind != candidate.kind:
                continue
            if candidate.kind in ("zone", "project"):
                same = _same_zone if candidate.kind == "zone" else _same_project
                if same(candidate.label, other.label):
                    homes.append(other)
                continue
            hosted = candidate.cls in ("Platform", "Incubator", "ResearchInstitute") and candidate.cls == other.cls
            if (candidate.kind == "park" or hosted) and (_placed_park(candidate.label, other.label, gazetteer)
                                                         or other.label[:len(other.label) - len(candidate.label)]
                                                         in places and other.label.endswith(candidate.label)):
                homes.append(other)  # 绿纺产业园 after 潮南区绿纺产业园; 低空经济孵化器 of 建德航空小镇低空经济孵化器
                continue
            other_region, other_core = core_name(other.label, gazetteer)
            near = region is None or other_region is None or region == other_region
            # 襄阳市政府 after 襄阳市人民政府 (longer names come first): the same government, written short
            same = (other_core == core and near) or other.label == candidate.label.replace("政府", "人民政府")
            if (same and core not in ZONE_WORDS) or (near and _short_of(core, other_core, other)
                                                     and not candidate.label.endswith(("有限公司", "有限责任公司"))):
                homes.append(other)  # (a full legal name is its own: 浙江恒拓材料集团有限公司, 恒拓（繁昌）…有限公司)
        if not homes:
            merged.append(candidate)
            continue
        home = max(homes, key=lambda c: (len(c.mentions), -c.first))
        home.mentions += candidate.mentions
        home.names += [n for n in candidate.names if n not in home.names]
        if len(candidate.label) > len(home.label) and candidate.label not in ZONE_WORDS:
            home.names.remove(candidate.label)
            home.names.insert(0, candidate.label)
    return merged


def _placed_park(short: str, full: str, gazetteer: Gazetteer) -> bool:
    """A park's name without the district or city that heads it in full (潮南区绿纺产业园 / 绿纺产业园)."""
    place = full[:len(full) - len(short)]
    return len(short) >= 4 and full.endswith(short) and bool(place) and (
        place in gazetteer.regions or re.fullmatch(rf"{CJK_NAME}{{1,6}}(?:省|市|区|县|州|旗)", place) is not None
        or any(place + level in gazetteer.regions for level in "市县区旗"))  # 海城纺织服装产业园: 海城市


def zone_parts(name: str) -> tuple[str, str]:
    """(place, type) of a zone's name, the type in its short form: 滁州经济技术开发区 -> (滁州, 经开区)."""
    for long, short in ZONE_LONG_FORMS:
        if name.endswith(long):
            return name[: -len(long)], short
    word = next((w for w in sorted((*ZONE_WORDS, "化工区"), key=len, reverse=True) if name.endswith(w)), "")
    return name[: len(name) - len(word)], word


def _same_zone(short: str, full: str) -> bool:
    """经开区, 滁州经开区 and 滁州经济技术开发区 are one zone; 乐城先行区 is 海南博鳌乐城国际医疗旅游先行区; a
    bare 开发区 may be any kind of development zone; 成都高新区 is not 自贡高新区."""
    place, kind = zone_parts(short)
    other_place, other_kind = zone_parts(full)
    if not (kind == other_kind or "开发区" in (kind, other_kind)):
        return False
    place, other_place = _without_level(place), _without_level(other_place)
    return not place or place in other_place or other_place in place


def _without_level(place: str) -> str:
    """澄迈县老城 -> 澄迈老城: the county's suffix dropped from a place heading a zone's name, so that
    澄迈县老城经济开发区 and 澄迈老城开发区 are one zone."""
    return re.sub(rf"^({CJK_NAME}{{2,3}}?)[市县区](?={CJK_NAME}{{2}})", r"\1", place)


def _same_project(short: str, full: str) -> bool:
    """年产10GW高效电池片项目 and 曜辉光能项目 shorten 江苏曜辉光能科技有限公司年产10GW高效N型电池片项目:
    the short name's characters all stand, in order, in the full name."""
    stem = short.removesuffix("项目")
    if len(stem) < 4 or len(short) >= len(full):
        return False
    chars = iter(full)
    return all(char in chars for char in stem)


def _short_of(core: str, full_core: str, full: Candidate) -> bool:
    """兴储世纪 / 兴储能源 / 兴储 after 四川兴储世纪能源科技有限公司: the short core is the full core's
    brand (its first two characters or more), with or without the industry word the full name ends in."""
    if full.kind != "organisation" or not full.label.endswith(LEGAL_SUFFIXES) or len(core) < 2:
        return False
    if core == full_core:
        return False
    tail = next((t for t in INDUSTRY_TAILS if core.endswith(t) and len(core) > len(t)), "")
    head = core[: len(core) - len(tail)]
    return len(head) >= 2 and full_core.startswith(head) and full_core.endswith(tail)


def _find_short_mentions(candidates: list[Candidate], text: str, gazetteer: Gazetteer) -> None:
    """An organisation named once in full is then named by its core (珈钠能源): find those mentions."""
    taken = [(m.start, m.end) for c in candidates for m in c.mentions if m.nested_in is None]
    named = {n: c for c in candidates for n in c.names}
    zones = [n for c in candidates if c.kind == "zone" for n in c.names]
    parks = [c.label for c in candidates if c.kind == "park"]
    places = {zone_parts(c.label)[0] for c in candidates if c.kind == "zone"} | \
        {n for c in candidates if c.kind == "region" for n in c.names}
    declared = {match.group(1) for match in ALIAS_RE.finditer(text)}
    for candidate in candidates:
        if candidate.kind == "organisation":
            cores = _short_names(candidate, gazetteer, text, places)
            cores += [n for n in candidate.names[1:] if len(n) >= 4 and n in declared and n not in cores]
        elif candidate.kind in ("zone", "park"):  # （以下简称“综改区”）: a declared name no suffix shows
            cores = [n for n in candidate.names[1:] if (not class_of(n) or _bare_yuan(n)) and len(n) >= 2
                     or n in declared and (len(n) >= 4 or candidate.kind == "park" and (len(n) == 3
                                                                                       or not generic_word(n)))]
            # (零部件产业园, 化工园区, 合作园: generic alone, the names step finds no name there; 云谷, declared)
            if candidate.kind == "zone":
                cores += zone_short_forms(candidate.label, gazetteer)
            else:  # 延安高新区氢能产业园, then 氢能产业园: the park without the zone (or park) it lies in
                cores += [candidate.label[len(z):] for z in zones + parks if candidate.label.startswith(z)
                          and z != candidate.label and len(candidate.label) - len(z) >= 4
                          and candidate.label[len(z):] not in named and (z in zones or candidate.label.endswith("园"))]
                cores += [w for w in [park_self_word(candidate.label, parks, text)] if w and w not in named]
        else:
            continue
        for core in cores:
            if named.get(core, candidate) is not candidate:
                continue  # 综改区 of 山西综改区产业投资集团 is the zone's declared name, not the company's
            _add_short_mentions(candidate, core, candidates, taken, text)


def _bare_yuan(name: str) -> bool:
    """稀土园 (declared for 左江稀土新材料产业园): a park's short name in 园 alone, which the names step
    does not find by itself, so its mentions are looked for like those of a name with no suffix."""
    return next((s for s in SUFFIXES if name.endswith(s)), "") == "园"


# zones an article names again by their brand: 两江新区 -> 两江; 郑州航空港经济综合实验区 -> 航空港区
BRAND_ZONE_TYPES = (("经济综合实验区", "区"), ("综合实验区", "区"), ("综合试验区", "区"), ("新区", ""))


def zone_short_forms(label: str, gazetteer: Gazetteer) -> list[str]:
    """The short forms of a zone named by a brand after its place: the brand alone for a 新区 (重庆两江新区
    -> 两江), the brand and 区 for an experimental zone (郑州航空港经济综合实验区 -> 航空港区). A brand that is
    a place (兰州新区) or a common word is left alone: it would be found everywhere."""
    names = [label, _region_prefix(label, gazetteer)[1]]
    for long, short in BRAND_ZONE_TYPES:
        for name in names:
            _, rest = _region_prefix(name, gazetteer)
            brand = rest.removesuffix(long)
            if rest.endswith(long) and len(brand) >= 2 and brand not in gazetteer.regions \
                    and word_frequency(brand) < COMMON and not generic_word(brand):
                return [brand + short]
    return []


def _short_names(candidate: Candidate, gazetteer: Gazetteer, text: str, places=frozenset()) -> list[str]:
    _, core = core_name(candidate.label, gazetteer)
    whole = core_name(candidate.label, Gazetteer())[1]  # 宁德时代… starts with a city name but is no city
    # 楚雄滇中制药有限公司 after 楚雄高新区: a place the article names its zone or a region by heads the name
    place = next((p for p in sorted(places, key=len, reverse=True)
                  if 2 <= len(p) <= 4 and core.startswith(p) and len(core) - len(p) >= 3), "")
    core = core[len(place):]
    # names with no suffix (from a list, or declared) are only found where the text repeats them; so are those
    # that end like a product (衡川装备 declared for 北京衡川半导体装备有限公司: still the company's name)
    plain = [n for n in candidate.names if class_of(n) in (None, "Product") and len(n) >= 2]
    shorts = [core, whole]
    for name in (core, whole):
        for tail in INDUSTRY_TAILS:  # 宁德时代新能源 is called 宁德时代
            if name.endswith(tail) and len(name) - len(tail) >= 4:
                shorts.append(name[: -len(tail)])
                break
    if candidate.label.endswith(LEGAL_SUFFIXES):
        shorts += [s for name in (core, whole) for s in _brand_forms(name, text)]
    shorts = [s for s in dict.fromkeys(shorts) if len(s) >= 3 and s not in GENERIC_STEMS and s != candidate.label
              and not class_of(s)]  # a core ending in a class suffix is a full name of its own
    return list(dict.fromkeys(plain + shorts))


def _brand_forms(core: str, text: str) -> list[str]:
    """The short forms the text uses of a core (兴储世纪能源 -> 兴储世纪, 兴储能源): its brand (first two
    characters) followed by more of its characters in order, ending where the core ends or stops."""
    if len(core) < 3 or word_frequency(core[:2]) >= COMMON:
        return []  # 时代 in 宁德时代: a brand that is a common word would be found everywhere
    base, _ = base_tokenizer()
    ends = set(accumulate(len(w) for w in base.cut(core)))
    found = []
    for match in re.finditer(re.escape(core[:2]), text):
        form, k = core[:2], 2  # k: how far into the core the form has come
        for char in text[match.end():match.end() + len(core)]:
            at = core.find(char, k)
            if at < 0:
                break
            form, k = form + char, at + 1
        whole_tail = any(form.endswith(t) and core.endswith(t) for t in INDUSTRY_TAILS)
        head = form[: len(form) - next((len(t) for t in INDUSTRY_TAILS if whole_tail and form.endswith(t)), 0)]
        if len(form) >= 3 and len(head) in ends and (core.startswith(form) or whole_tail):
            found.append(form)
        elif core.startswith(form) and form[2:] in INDUSTRY_TAILS and 2 in ends:
            found.append(form)  # 融康生物 of 融康生物制药 (cut 融康/生物制药): the brand and the first of its trade
    return found


# words that make a park's or a zone's word a kind again, whatever short name the article declared (全省化工园区22个,
# 其他产业园, 省级产业园5个, A类化工园区)
KIND_AGAIN_BEFORE_RE = re.compile(r"(?:全省|全市|全国|全县|全区|各|其他|其它|外地|共有|省级|市级|国家级|[A-Z]类|一批)$")
KIND_AGAIN_AFTER_RE = re.compile(r"[\d一二两三四五六七八九十几多数]+[个家座]")


def _add_short_mentions(candidate: Candidate, core: str, candidates, taken, text: str) -> None:
    for match in re.finditer(re.escape(core), text):
        start, end = match.span()
        if any(m.start <= start and end <= m.end for m in candidate.mentions):
            continue
        if candidate.kind in ("park", "zone") and (KIND_AGAIN_BEFORE_RE.search(text, max(0, start - 4), start)
                                                   or KIND_AGAIN_AFTER_RE.match(text, end)):
            continue
        inside = next(((s, e) for s, e in taken if s <= start and end <= e), None)
        mention = Mention(core, start, end, "", candidate.cls)  # the sentence id is filled in later
        if inside is not None:
            outer = next(m for c in candidates for m in c.mentions if (m.start, m.end) == inside)
            if outer.kind != "project":
                continue
            mention.nested_in = outer
        candidate.mentions.append(mention)
        if core not in candidate.names:
            candidate.names.append(core)


def link_existing(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """Give each candidate the existing entity one of its names labels (full names first)."""
    for candidate in candidates:
        names = sorted(candidate.names, key=lambda n: (n in ZONE_WORDS, -len(n)))
        for name in names:
            known = gazetteer.lookup(name)
            if known and KIND_OF.get(known.cls) == candidate.kind:
                candidate.existing = known
                break
        if candidate.existing is None and candidate.kind in ("organisation", "zone", "park"):
            candidate.existing = _link_by_core(candidate, gazetteer)
        if candidate.existing:
            candidate.cls = candidate.existing.cls


def _link_by_core(candidate: Candidate, gazetteer: Gazetteer) -> Known | None:
    region, core = core_name(candidate.label, gazetteer)
    if core in ZONE_WORDS or len(core) < 3:
        return None
    found = {}
    for name, entries in gazetteer.names.items():
        for known in entries:
            if KIND_OF.get(known.cls) != candidate.kind:
                continue
            other_region, other_core = core_name(name, gazetteer)
            if other_core == core and (region is None or other_region is None or region == other_region):
                found[known.id] = known
    return next(iter(found.values())) if len(found) == 1 else None


def merge_linked(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per existing id: candidates linked to the same entity are merged."""
    by_id: dict[str, Candidate] = {}
    out = []
    for candidate in candidates:
        if candidate.existing is None:
            out.append(candidate)
            continue
        held = by_id.get(candidate.existing.id)
        if held is None:
            by_id[candidate.existing.id] = candidate
            out.append(candidate)
        else:
            held.mentions += candidate.mentions
            held.names += [n for n in candidate.names if n not in held.names]
    return out
