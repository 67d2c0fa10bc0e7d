"""Ids and English labels the draft proposes: existing ids reused, new ones made from the pinyin
of the Chinese name (自贡高新区 -> zigong-gaoxinqu), people's and regions' names in pinyin.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate
from chaingraph.authoring.extract.tokens import base_tokenizer
from chaingraph.authoring.gazetteer import MUNICIPALITIES, Gazetteer


def assign_ids(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """Existing ids where linked, else a slug of the label, unique in the draft and the graph."""
    used = {k.id for entries in gazetteer.names.values() for k in entries}
    for candidate in sorted(candidates, key=lambda c: c.position):
        if candidate.existing:
            candidate.id = candidate.existing.id
            continue
        base = slug(candidate.label) or "entity"
        if candidate.cls == "Capacity":
            base = base if base.endswith("capacity") else f"{base}-capacity"
        proposal, n = base, 2
        while proposal in used:
            proposal, n = f"{base}-{n}", n + 1
        used.add(proposal)
        candidate.id = proposal


def slug(name: str, max_words: int = 6) -> str:
    """A readable id from a Chinese name: pinyin word by word (自贡高新区 -> zigong-gaoxinqu)."""
    from pypinyin import lazy_pinyin

    base, _ = base_tokenizer()
    words = []
    for word in base.cut(name):
        if re.match(r"[\u4e00-\u9fff]", word):
            words.append("".join(lazy_pinyin(word)).replace("ü", "v"))
        else:
            cleaned = re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")
            if cleaned:
                words.append(cleaned)
    text = "-".join(words[:max_words])
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "", text)).strip("-")


def person_en(name: str) -> str:
    """A person's name in pinyin, surname first: 张伟 -> Zhang Wei."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return " ".join([syllables[0].capitalize(), "".join(syllables[1:]).capitalize()]).replace("ü", "u")


def region_en(name: str) -> str | None:
    """The English name of a province or city, None for other regions."""
    from pypinyin import lazy_pinyin

    if name.endswith("省"):
        stem = "Shaanxi" if name == "陕西省" else "".join(lazy_pinyin(name[:-1])).capitalize()
        return f"{stem} Province"
    if name.endswith("市") and (name[:-1] in MUNICIPALITIES or len(name) <= 4):
        return "".join(lazy_pinyin(name[:-1])).capitalize()
    return None
