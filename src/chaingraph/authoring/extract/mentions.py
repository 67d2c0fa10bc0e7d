"""Names in one tokenized sentence: names that end in a class suffix, names the gazetteer knows,
people after a role word, and the newsroom of a byline; then one mention per span.

A suffix name's start is found by walking back over name-like words until a function word, a
verb, punctuation or a figure.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import (
    CJK_NAME,
    FALSE_SUFFIX_WORDS,
    GENERIC_STEMS,
    KIND_OF,
    MAX_NAME,
    NAME_TAGS,
    NAME_VERBS,
    NOT_NAMES,
    PRODUCT_GENERIC,
    PROJECT_STOPS,
    ROLE_RE,
    STOP_WORDS,
    SUFFIX_CLASSES,
    SUFFIXES,
    SURNAMES,
    ZONE_WORDS,
)
from chaingraph.authoring.extract.tokens import Token, is_pronoun
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.sentences import Sentence


def suffix_names(tokens: list[Token], sentence: Sentence, blocked, gazetteer: Gazetteer) -> list[Mention]:
    """Names that end in a class suffix, walked back to where the name starts."""
    out = []
    for i, token in enumerate(tokens):
        suffix = next((s for s in SUFFIXES if token.word.endswith(s)), None)
        if suffix is None or token.word in FALSE_SUFFIX_WORDS:
            continue
        kind = KIND_OF[SUFFIX_CLASSES[suffix]]
        first = _walk_back(tokens, i, kind, blocked, gazetteer)
        name = "".join(t.word for t in tokens[first:i + 1])
        cls = class_of(name)
        if cls and _acceptable(name, cls, tokens, first, i):
            out.append(Mention(name, tokens[first].start, token.end, sentence.id, cls))
        elif token.word in ZONE_WORDS[:3]:  # a bare 高新区: the article's own zone, resolved when grouping
            out.append(Mention(token.word, token.start, token.end, sentence.id, "HighTechZone"))
    return out


def _walk_back(tokens: list[Token], i: int, kind: str, blocked, gazetteer: Gazetteer) -> int:
    """Index of the first token of the name that ends with token i."""
    first, length = i, len(tokens[i].word)
    official = tokens[i].word.endswith(("局", "厅", "委员会", "部"))
    while first > 0:
        token = tokens[first - 1]
        joins = (official and token.word == "和" and first > 1  # 经济和信息化局, 住房和城乡建设局
                 and not tokens[first - 2].word.endswith(tuple(SUFFIX_CLASSES)))
        if not (joins or _name_part(token, kind, blocked, gazetteer)) or length + len(token.word) > MAX_NAME[kind]:
            break
        if kind == "project" and token.word in PROJECT_STOPS:
            break
        first -= 1
        length += len(token.word)
    return first


def _name_part(token: Token, kind: str, blocked, gazetteer: Gazetteer) -> bool:
    word = token.word
    in_figure = any(s < token.end and token.start < e for s, e in blocked)
    if kind == "project":
        if in_figure or re.fullmatch(r"[一二三四五六七八九十\d]+期", word) or word in ("年产", "年产能"):
            return True
    elif in_figure:
        return False
    if kind == "product" and _names_other_kind(word, gazetteer):
        return False  # 高新区钠离子电池电芯: the zone owns the product, it is not part of its name
    if word in gazetteer.regions or (word in gazetteer.names and not is_pronoun(word)):
        return True
    if word in STOP_WORDS or not re.match(r"[\w〓]", word) or "〓" in word:
        return False
    if word == "之":  # 启迪之星, 创客之家
        return True
    if token.tag.startswith("v") and token.tag != "vn":
        return word in NAME_VERBS
    return token.tag in NAME_TAGS or token.tag.startswith("n")


def _names_other_kind(word: str, gazetteer: Gazetteer) -> bool:
    if word in gazetteer.regions or word in ZONE_WORDS:
        return True
    known = gazetteer.lookup(word)
    if known and KIND_OF.get(known.cls) not in (None, "product"):
        return True
    suffix = next((s for s in SUFFIXES if word.endswith(s)), None)
    return suffix is not None and KIND_OF[SUFFIX_CLASSES[suffix]] != "product"


def class_of(name: str) -> str | None:
    """The class a name's suffix says (some 中心 are government bodies or newsrooms)."""
    suffix = next((s for s in SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return None
    cls = SUFFIX_CLASSES[suffix]
    if suffix == "中心" and re.search(r"政务|行政|管理|服务|发展改革|审批", name):
        return "GovernmentBody"
    if suffix == "中心" and re.search(r"融媒", name):
        return "Publisher"
    return cls


def _acceptable(name: str, cls: str, tokens: list[Token], first: int, last: int) -> bool:
    suffix = next(s for s in SUFFIXES if name.endswith(s))
    stem = name[: -len(suffix)]
    while stem and stem[0] in "该本各其此这":
        stem = stem[1:]
    if KIND_OF[cls] == "product" and name == suffix and len(suffix) >= 4:
        return True  # 正极材料, 储能系统
    if len(name) < 3 or not stem or name in NOT_NAMES:
        return False
    if KIND_OF[cls] == "product":
        following = "".join(t.word for t in tokens[last + 1:last + 2])
        return not (re.match(r"[\d一二两三四五六七八九十]", name) or stem in PRODUCT_GENERIC
                    or following in ("产业", "行业", "领域", "企业", "产业链"))
    if stem in GENERIC_STEMS:
        return False
    if suffix in ("中心", "平台", "基地", "园区", "局", "厅") and len(stem) < 2:
        return False
    words = [t.word for t in tokens[first:last + 1]]
    if all(w in GENERIC_STEMS or w == suffix or w in SUFFIX_CLASSES for w in words):
        return False
    if cls == "Project":
        # a project is named by an owner, a product, a capacity or a phase; "23个…项目" counts projects
        if re.match(r"[\d一二两三四五六七八九十百千]+[个项]", name):
            return False
        return len(name) >= 6 or bool(re.search(r"\d|期|年产", name))
    return True


def known_names(tokens: list[Token], sentence: Sentence, gazetteer: Gazetteer) -> list[Mention]:
    """Regions and names already in the graph, where the text names them as whole words."""
    out = []
    for token in tokens:
        if token.word in gazetteer.regions:
            out.append(Mention(token.word, token.start, token.end, sentence.id, "AdministrativeRegion"))
            continue
        known = gazetteer.lookup(token.word)
        if known and not is_pronoun(token.word) and KIND_OF.get(known.cls):
            out.append(Mention(token.word, token.start, token.end, sentence.id, known.cls, known=known))
    return out


def people_by_role(tokens: list[Token], sentence: Sentence) -> list[Mention]:
    """People named right after a role word (副局长涂强), or listed after one in a byline."""
    out = []
    text = sentence.text
    for match in ROLE_RE.finditer(text):
        after = match.end()
        names = []
        spaced = re.match(rf"\s+((?:{CJK_NAME}{{2,3}}(?=\s|$|[）)，。、])\s*)+)", text[after:])
        if spaced:  # a byline: 记者 周馨钰 宋姿熠 王汉卿
            pos = after
            for name in spaced.group(1).split():
                pos = text.index(name, pos)
                names.append((name, pos))
                pos += len(name)
        else:
            token = next((t for t in tokens if t.start == sentence.start + after), None)
            if token and token.tag.startswith("nr") and 2 <= len(token.word) <= 3 and token.word[0] in SURNAMES:
                names.append((token.word, after))
        for name, pos in names:
            if name[0] not in SURNAMES:
                continue
            start = sentence.start + pos
            out.append(Mention(name, start, start + len(name), sentence.id, "Person", role=match.group(0),
                               role_start=sentence.start + match.start()))
    return out


def byline_publishers(sentence: Sentence) -> list[Mention]:
    """（自贡融媒记者 …）: the words before 记者 in a credit line name the publishing newsroom."""
    if sentence.kind != "byline":
        return []
    match = re.match(rf"^[（(]?({CJK_NAME}{{2,10}}?)(?:记者|通讯员)", sentence.text)
    if not match:
        return []
    start = sentence.start + match.start(1)
    return [Mention(match.group(1), start, start + len(match.group(1)), sentence.id, "Publisher")]


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """One mention per span; mentions inside others kept only where they name something else."""
    by_span: dict[tuple[int, int], Mention] = {}
    for mention in mentions:
        held = by_span.get((mention.start, mention.end))
        if held is None or (mention.known and not held.known) or mention.role:
            if held is not None and held.role and not mention.role:
                continue
            by_span[(mention.start, mention.end)] = mention
    spans = sorted(by_span.values(), key=lambda m: (m.start, -(m.end - m.start)))
    kept = []
    for mention in spans:
        outers = [o for o in spans if o is not mention and o.start <= mention.start and mention.end <= o.end
                  and (o.end - o.start) > (mention.end - mention.start)]
        if any(_hidden_inside(mention, outer) for outer in outers):
            continue
        if outers:
            mention.nested_in = min(outers, key=lambda o: o.end - o.start)
        kept.append(mention)
    return kept


def _hidden_inside(mention: Mention, outer: Mention) -> bool:
    """A name inside a longer name is its own entity only where it names something else."""
    if outer.kind in ("person", "product") or mention.kind in ("person", "region"):
        return True
    if mention.cls == outer.cls:
        return True
    return mention.kind == "product" and outer.kind != "project"
