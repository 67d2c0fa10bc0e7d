"""English labels proposed for the curator, never `TODO`: a name word by word, common words from
the glossary and the rest in pinyin (自贡珈钠能源科技有限公司 -> Zigong Jiana Energy Technology Co.,
Ltd.), figures in compact English (年产10万吨 -> 100,000 t/yr), capacities, figures, positions and
cooperations from the labels of what they link.

Every label made here is a proposal: ``propose_labels`` notes on each candidate which words were
left to pinyin, so the curator knows what to check.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from chaingraph.authoring.extract.candidates import Candidate
from chaingraph.authoring.extract.figures import find_figures
from chaingraph.authoring.extract.glossary import GLOSSARY, KEEP_CASE, PLACE_NAMES, QUANTITY_KINDS, ROLES
from chaingraph.authoring.extract.rules import CJK_NAME
from chaingraph.authoring.gazetteer import ADMIN_SUFFIX, generic_regions
from chaingraph.facts.checks import CURRENCIES
from chaingraph.sources.ingest import pinyin_name
from chaingraph.sources.sentences import Sentence

UNIT_EN = {"TNE": "t", "KGM": "kg", "GWH": "GWh", "MWH": "MWh", "KWH": "kWh", "A90": "GW", "MAW": "MW", "KWT": "kW",
           "C62": "units", "SET": "sets", "CNY": "yuan", "USD": "US dollars", "EUR": "euros", "HKD": "HK dollars",
           "JPY": "yen", "GBP": "pounds", "HAR": "ha", "MTK": "m²", "MTQ": "m³", "KMT": "km", "MTR": "m", "P1": "%",
           "TEU": "TEU", "PR": "pairs"}
PERIOD_EN = {"ANN": "/yr", "MON": "/month", "DAY": "/day"}
QUALIFIER_EN = {"more-than": "over ", "at-least": "at least ", "about": "about ", "up-to": "up to "}
PHASE_RE = re.compile(r"[（(]?(?P<n>[一二三四五六七八九十\d]+)期(?:工程)?[）)]?")
BRACKET_RE = re.compile(r"[（(]([^（）()]+)[）)]")
CN_NUMBERS = "一二三四五六七八九十"
SMALL_WORDS = {"and", "of", "for", "the", "in", "with"}
ADMIN_UNITS = ("自治州", "自治县", "县", "市", "区", "镇", "乡", "省")
SPEC_RE = re.compile(r"(\d+(?:\.\d+)?)(英寸|寸|纳米|微米)")
SPEC_EN = {"英寸": "-inch", "寸": "-inch", "纳米": "nm", "微米": "um"}
SHARED_HEADS = ("省委", "市委", "区委", "县委", "省政府", "市政府", "区政府", "县政府")
LEGAL_TAIL_RE = re.compile(r"\s*(?:Group Co\., Ltd\.|Co\., Ltd\.|Company|LP)$")
FIGURE_WORDS_RE = re.compile(r"(?:over |at least |about |up to )?[\d,.]+(?: (?:billion|million|trillion))? ?"
                             r"(?:t|kg|GWh|MWh|kWh|GW|MW|kW|units|sets|yuan|US dollars|ha|m²|km|m|%)(?:/\w+)?")
PROPER_KINDS = {"organisation", "zone", "park", "region", "project", "person"}


def propose_labels(candidates: list[Candidate], gazetteer) -> None:
    """An English label on every candidate, in an order where what a label names is labelled first."""
    owners = {id(f.value): c for c in candidates for f in c.facts if f.prop in ("hasCapacity", "hasIndicator")}
    order = {"region": 0, "zone": 1, "park": 1, "organisation": 2, "person": 2, "product": 3, "project": 4}
    for candidate in sorted(candidates, key=lambda c: order.get(c.kind, 5)):
        if candidate.kind == "person" and candidate.label_en:
            continue
        curated = getattr(candidate.existing, "en", None)  # a gazetteer that keeps English labels lends them
        if curated:
            candidate.label_en = curated
            continue
        english, pinyin = _english_of(candidate, owners.get(id(candidate)), gazetteer)
        candidate.label_en = english
        if candidate.existing is None and english:
            why = f"pinyin for {', '.join(pinyin)}" if pinyin else "glossary words only"
            candidate.notes.append(f"en proposed ({why}): check it")


def _english_of(candidate: Candidate, owner: Candidate | None, gazetteer) -> tuple[str, list[str]]:
    facts = {f.prop: f.value for f in candidate.facts}
    head = short_en(owner, gazetteer) if owner else ""
    if candidate.cls == "Capacity" and candidate.figure:
        if owner is not None and owner.kind == "project" and not any(f.prop == "operatedBy" for f in owner.facts) \
                and figure_en(candidate.figure) in _label_of(owner, gazetteer):
            return f"{_label_of(owner, gazetteer)} capacity", []  # 20 GWh/yr Sodium-ion Battery Project capacity
        product = facts.get("ofProduct")
        what = _label_of(product, gazetteer, lower=True) if isinstance(product, Candidate) else "production"
        return " ".join(p for p in (head, what, "capacity of", figure_en(candidate.figure)) if p), []
    if candidate.kind == "quantity" and candidate.figure:
        kind = facts.get("quantityKind")
        kind_en = kind.get("en") if isinstance(kind, dict) else None
        if kind_en == "capacity":
            return " ".join(p for p in (head, "capacity of", figure_en(candidate.figure)) if p), []
        if kind_en and candidate.figure.unit == "C62":
            return (f"{head}: " if head else "") + f"{figure_number(candidate.figure)} {_plural(kind_en)}", []
        figure = figure_en(candidate.figure, per=not (kind_en or "").startswith("annual"))
        return " ".join(p for p in (head, kind_en or "figure", "of", figure) if p), []
    if candidate.cls == "Position":
        holder, role = facts.get("holder"), facts.get("roleTitle") or {}
        role_en = role.get("en") or role_en_of(role.get("zh", ""))
        return f"{_label_of(holder, gazetteer)}, {role_en}", []
    if candidate.cls == "Cooperation":
        partners = facts.get("partner") or []
        return "cooperation between " + " and ".join(_label_of(p, gazetteer) for p in partners), []
    if candidate.cls == "AdministrativeRegion":
        return place_en(candidate.label, alone=True), []
    lower = candidate.kind not in PROPER_KINDS
    return english_name(candidate.label, gazetteer.regions, lower=lower)


def short_en(owner: Candidate, gazetteer) -> str:
    """The owner as a capacity's or figure's label names it: a company without its legal form, a
    project by its company (or its name without figures), a place by its label."""
    if owner.kind == "project":
        operator = next((f.value for f in owner.facts
                         if f.prop == "operatedBy" and isinstance(f.value, Candidate)), None)
        if operator is not None:
            return short_en(operator, gazetteer)
        stripped = FIGURE_WORDS_RE.sub("", _label_of(owner, gazetteer))
        return re.sub(r"\s+", " ", stripped).strip()
    return LEGAL_TAIL_RE.sub("", _label_of(owner, gazetteer)).strip()


def _plural(words: str) -> str:
    if words.endswith("s") or " " in words and not words.split()[-1].isalpha():
        return words
    return words[:-1] + "ies" if re.search(r"[^aeiou]y$", words) else words + "s"


def _label_of(candidate, gazetteer, lower: bool = False) -> str:
    if not isinstance(candidate, Candidate):
        return str(candidate)
    if candidate.label_en:
        return candidate.label_en
    return english_name(candidate.label, gazetteer.regions, lower=lower)[0]


def role_en_of(role: str) -> str:
    """副局长 -> deputy director; a role the glossary lacks is translated word by word; a chain of posts
    (董事长、总经理, 创始人兼CEO) post by post."""
    posts = re.split(r"、|兼", role)
    if len(posts) > 1 and all(posts):
        return (", " if "、" in role else " and ").join(role_en_of(post) for post in posts)
    if role in ROLES:
        return ROLES[role] if ROLES[role].isupper() else ROLES[role].lower()  # (CEO stays CEO)
    return english_name(role, {}, lower=True)[0]


def quantity_kind_en(word: str) -> str:
    """总投资 -> total investment; 成果转化项目数 -> technology-transfer projects."""
    word = word.removesuffix("数") if len(word) > 2 else word
    if word in QUANTITY_KINDS:
        return QUANTITY_KINDS[word].lower()
    return english_name(word, {}, lower=True)[0]


# -- names


def english_name(name: str, regions: dict[str, str], lower: bool = False) -> tuple[str, list[str]]:
    """(English, the parts left to pinyin) of a Chinese name."""
    pinyin: list[str] = []
    phase = ""
    match = PHASE_RE.search(name)
    if match and (match.end() == len(name) or name[match.end():] in ("项目", "工程")):
        n = match["n"]
        phase = f" ({'phase' if lower else 'Phase'} {CN_NUMBERS.index(n) + 1 if n in CN_NUMBERS else n})"
        name = name[:match.start()] + name[match.end():]
    parts, pos = [], 0
    for bracket in BRACKET_RE.finditer(name):
        parts.append(_words_en(name[pos:bracket.start()], regions, lower, pinyin))
        parts.append("(" + _words_en(bracket.group(1), regions, lower, pinyin) + ")")
        pos = bracket.end()
    parts.append(_words_en(name[pos:], regions, lower, pinyin))
    text = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip() + phase
    return text.replace(" ,", ","), pinyin


def _words_en(text: str, regions: dict[str, str], lower: bool, pinyin: list[str]) -> str:
    text = SPEC_RE.sub(lambda m: f"{m[1]}{SPEC_EN[m[2]]}", text)  # 12英寸晶圆 -> 12-inch wafer
    out, pos = [], 0
    for figure in find_figures(Sentence("", text, 0, len(text), "body")):
        out.append(_plain_words(text[pos:figure.start], regions, lower, pinyin))
        out.append(figure_en(figure))
        pos = figure.end
    out.append(_plain_words(text[pos:], regions, lower, pinyin))
    return " ".join(p for p in out if p)


def _plain_words(text: str, regions: dict[str, str], lower: bool, pinyin: list[str]) -> str:
    """Known words by longest match (two characters or more), the stretches between them in pinyin.

    A one-character glossary word counts only standing alone: in 珈钠能源 the 钠 is part of a coined name.
    """
    out, run, pos = [], "", 0
    longest = max(map(len, GLOSSARY))
    while pos < len(text):
        match = next((text[pos:end] for end in range(min(len(text), pos + longest), pos + 1, -1)
                      if _known_word(text[pos:end], regions) is not None), None)
        if match is None:
            run += text[pos]
            pos += 1
            continue
        if match in regions and len(match) > 2 and any(text[pos + len(match) - 1:].startswith(w) for w in SHARED_HEADS):
            match = match[:-1]  # 四川省委: the province and its Party committee share the 省
        if run:
            out.append(_unknown(run, regions, lower, pinyin))
            run = ""
        out.append(_case(_known_word(match, regions), lower))
        pos += len(match)
    if run:
        out.append(_unknown(run, regions, lower, pinyin))
    out = [w for w in out if w]
    if out and not lower:
        out = [w if w.split()[0] in SMALL_WORDS and i else w[:1].upper() + w[1:] for i, w in enumerate(out)]
    return " ".join(out)


def _unknown(run: str, regions: dict[str, str], lower: bool, pinyin: list[str]) -> str:
    run = run.strip()
    if not run:
        return ""
    if _known_word(run, regions) is not None:  # a one-character word standing alone
        return _case(_known_word(run, regions), lower)
    words = [w for w in _tokenizer().cut(run, HMM=False) if w.strip()]
    return _pinyin_run(words, pinyin)


def _known_word(word: str, regions: dict[str, str]) -> str | None:
    if word in GLOSSARY:
        return GLOSSARY[word]
    if word in regions or word in PLACE_NAMES:
        return place_en(word)
    if re.fullmatch(r"[A-Za-z0-9.&+\-]+", word):
        return word
    if word in "·・-—":
        return ""
    return None


def _pinyin_run(run: list[str], pinyin: list[str]) -> str:
    """Unknown words in pinyin: a word of two or more characters is one word, lone characters join up."""

    text = "".join(run)
    if text.endswith(ADMIN_UNITS) and len(text) >= 3:  # 宁乡县 -> Ningxiang County
        unit = next(u for u in ADMIN_UNITS if text.endswith(u))
        return f"{_pinyin_run([text[:-len(unit)]], pinyin)} {GLOSSARY.get(unit, '')}".strip()
    groups, single = [], ""
    for word in run:
        if re.fullmatch(rf"{CJK_NAME}+", word) is None:
            if single:
                groups.append(single)
                single = ""
            groups.append(word)
        elif len(word) == 1:
            single += word
        else:
            if single:
                groups.append(single)
                single = ""
            groups.append(word)
    if single:
        groups.append(single)
    # four lone characters are two coined words more often than one (隆基绿能 -> Longji Luneng)
    groups = [piece for group in groups for piece in
              ([group[:2], group[2:]] if len(group) == 4 and group.isalpha() and not group.isascii() else [group])]
    out = []
    for group in groups:
        if re.fullmatch(rf"{CJK_NAME}+", group):
            pinyin.append(group)
            out.append(pinyin_name(group))
        elif group.strip("·・ "):
            out.append(group)
    return " ".join(out)


def _case(english: str, lower: bool) -> str:
    if not lower:
        return english
    return " ".join(w if w in KEEP_CASE or (w.isupper() and len(w) > 1) else w.lower() for w in english.split())


def place_en(name: str, alone: bool = False) -> str:
    """四川省 -> Sichuan (Sichuan Province when `alone`), 自贡市 -> Zigong, 宁乡县 -> Ningxiang County."""

    stem = ADMIN_SUFFIX.sub("", name) if len(name) > 2 else name
    english = PLACE_NAMES.get(stem) or pinyin_name(stem)
    if name.endswith("省") and alone:
        return f"{english} Province"
    if name.endswith("自治区") and alone and stem not in ("西藏",):
        return f"{english} Autonomous Region"
    unit = next((u for u in ("自治州", "县", "区", "镇", "乡") if name.endswith(u) and len(name) > 2), None)
    if unit and stem == name:
        return f"{pinyin_name(name[:-len(unit)])} {GLOSSARY[unit]}"
    return english


@lru_cache(maxsize=1)
def _tokenizer():
    """jieba with the glossary's words and the generic regions as whole words."""
    import jieba

    from chaingraph.authoring.dictionary import base_tokenizer

    base, _ = base_tokenizer()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(base.FREQ), base.total, True
    for word in list(GLOSSARY) + list(generic_regions()) + list(PLACE_NAMES):
        if len(word) >= 2:
            tokenizer.add_word(word, 50000)
    return tokenizer


# -- figures


def figure_number(figure) -> str:
    """The figure's number in English: 5 billion, 300,000, 12.5 (round millions and more in words)."""
    value = Decimal(figure.value).normalize()
    for exponent, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        scaled = value / Decimal(10) ** exponent
        if abs(scaled) >= 1 and (figure.unit in CURRENCIES or scaled == scaled.quantize(Decimal("0.01"))):
            return f"{_plain(scaled)} {word}"
    return f"{int(value):,}" if value == value.to_integral_value() else f"{value:,f}"


def figure_en(figure, per: bool = True) -> str:
    """年产10万吨 -> 100,000 t/yr; 总投资50亿元 -> 5 billion yuan; 超5亿元 -> over 500 million yuan."""
    unit = UNIT_EN.get(figure.unit, figure.unit)
    qualifier = QUALIFIER_EN.get(figure.qualifier or "", "")
    space = "" if unit == "%" else " "
    period = PERIOD_EN.get(figure.per_period or "", "") if per else ""
    return f"{qualifier}{figure_number(figure)}{space}{unit}{period}"


def _plain(value: Decimal) -> str:
    value = value.normalize()
    return f"{int(value)}" if value == value.to_integral_value() else f"{value:f}"
