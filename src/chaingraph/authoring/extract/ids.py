"""Ids and English labels the draft proposes: existing ids reused, each at most once in a draft, new
ones made from the proposed English label (自贡珈钠能源科技有限公司 -> zigong-jiana-energy-technology),
or from the pinyin of the Chinese name when there is none; people's and regions' names in pinyin.
"""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import base_tokenizer
from chaingraph.authoring.extract.candidates import Candidate
from chaingraph.authoring.extract.labels import propose_labels, short_en
from chaingraph.authoring.extract.rules import CJK_NAME
from chaingraph.authoring.gazetteer import MUNICIPALITIES, Gazetteer

# Words an id does without: legal forms and the glue of English names.
ID_SKIP = {"co", "ltd", "inc", "the", "of", "and", "for", "in", "a", "an"}
UNIT_WORDS = {"t", "yr", "kg", "gwh", "mwh", "kwh", "gw", "mw", "kw", "units", "sets", "yuan", "ha", "km", "m"}


def assign_ids(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """English labels proposed, then ids: an existing id where linked, else a slug unique in the draft and
    the graph. An existing id serves one candidate only: a second candidate linked to it (a figure that
    differs from the curated one) gets an id of its own."""
    propose_labels(candidates, gazetteer)
    owners = {id(f.value): c for c in candidates for f in c.facts if f.prop in ("hasCapacity", "hasIndicator")}
    used = {k.id for entries in gazetteer.names.values() for k in entries}
    taken: set[str] = set()
    for candidate in sorted(candidates, key=lambda c: c.position):
        if candidate.existing and candidate.existing.id not in taken:
            candidate.id = candidate.existing.id
            taken.add(candidate.id)
            continue
        if candidate.existing:
            candidate.notes.append(f"not {candidate.existing.id}: that id already stands for another entry "
                                   "of this draft")
            candidate.existing = None
        base = _base(candidate, owners.get(id(candidate)), gazetteer) or "entity"
        proposal, n = base, 2
        while proposal in used or proposal in taken:
            proposal, n = f"{base}-{n}", n + 1
        taken.add(proposal)
        candidate.id = proposal


def _base(candidate: Candidate, owner: Candidate | None, gazetteer: Gazetteer) -> str:
    """zigong-high-tech-zone-sodium-ion-battery-cell-capacity: a figure by its owner and what it is of."""
    if candidate.kind == "quantity":
        facts = {f.prop: f.value for f in candidate.facts}
        product, kind = facts.get("ofProduct"), facts.get("quantityKind")
        what = product.label_en if isinstance(product, Candidate) else kind.get("en") if isinstance(kind, dict) else ""
        plain_project = owner is not None and owner.kind == "project" and not any(
            f.prop == "operatedBy" for f in owner.facts)
        head = [] if owner is None or plain_project else _words(short_en(owner, gazetteer))[:3]
        tail = _words(what or "")[-3:] or ["figure"]
        base = "-".join(head + tail)
        return f"{base}-capacity" if candidate.cls == "Capacity" else base
    return english_slug(candidate.label_en or "") or slug(candidate.label)


def _words(text: str) -> list[str]:
    """The words of an English label as id pieces (sodium-ion stays one word)."""
    words = []
    for word in text.split():
        piece = re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")
        if piece and piece not in ID_SKIP and not piece.replace("-", "").isdigit() and piece not in UNIT_WORDS:
            words.append(piece)
    return words


def english_slug(text: str, max_words: int = 6) -> str:
    """An id from an English label: Zigong Jiana Energy Technology Co., Ltd. -> zigong-jiana-energy-technology."""
    words = [w for w in re.split(r"[^a-z0-9]+", text.lower()) if w and w not in ID_SKIP and not w.isdigit()
             and w not in UNIT_WORDS]
    return "-".join(words[:max_words])


def slug(name: str, max_words: int = 6) -> str:
    """A readable id from a Chinese name: pinyin word by word (自贡高新区 -> zigong-gaoxinqu)."""
    from pypinyin import lazy_pinyin

    base, _ = base_tokenizer()
    words = []
    for word in base.cut(name):
        if re.match(rf"{CJK_NAME}", word):
            words.append("".join(lazy_pinyin(word)).replace("ü", "v"))
        else:
            cleaned = re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")
            if cleaned:
                words.append(cleaned)
    text = "-".join(words[:max_words])
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9-]", "", text)).strip("-")


def region_en(name: str) -> str | None:
    """The English name of a province or city, None for other regions."""
    from pypinyin import lazy_pinyin

    if name.endswith("省"):
        stem = "Shaanxi" if name == "陕西省" else "".join(lazy_pinyin(name[:-1])).capitalize()
        return f"{stem} Province"
    if name.endswith("市") and (name[:-1] in MUNICIPALITIES or len(name) <= 4):
        return "".join(lazy_pinyin(name[:-1])).capitalize()
    return None
