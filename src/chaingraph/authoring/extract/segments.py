"""The chain segment of a new product, from the segments the reference chains declare (their labels,
aliases and the examples their labels list in brackets: 精密结构件（壳体、盖板等）).

A product is filed under the segment its head names: the name ends with the segment's word
(聚阴离子正极材料 -> 聚阴离子型正极, 2万套动力电池Pack壳体 -> 结构件 through 壳体, not 动力电池),
the longest such word deciding. A segment that names another chemistry (钠电池正极材料 for a 磷酸铁锂
product) is passed over, and when no head matches, a segment word inside the name will do
(磷酸铁锂正极材料 -> 磷酸铁锂). The gazetteer holds the segments when the reference files are among
the files it reads; without them no segment is proposed.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Fact
from chaingraph.authoring.gazetteer import Gazetteer, Known

CHEMISTRY = set("锂钠氢硅钒铅")
LOOSE_RE = re.compile(r"[型类]|(?:材料|产品)$")


def segment_names(gazetteer: Gazetteer) -> list[tuple[str, Known]]:
    """(name, segment) for every name of every chain segment, the bracketed examples included."""
    out = []
    for name, entries in gazetteer.names.items():
        for known in entries:
            if known.cls != "ChainSegment":
                continue
            bare = re.sub(r"（[^）]*）|\([^)]*\)", "", name).strip()
            out.append((bare, known))
            for inner in re.findall(r"（([^）]*)）|\(([^)]*)\)", name):
                for example in re.split(r"[、，,]", "".join(inner)):
                    example = example.strip().removesuffix("等")
                    if len(example) >= 2:
                        out.append((example, known))
    return out


def segment_for(product: str, names: list[tuple[str, Known]]) -> tuple[Known, str] | None:
    """(segment, the segment word matched) for a product name, or None."""
    loose = _loose(product)
    chemistry = CHEMISTRY & set(product)
    kin = {}
    for name, known in names:
        kin.setdefault(known.id, set()).update(CHEMISTRY & set(name))
    heads, inside = [], []
    for name, known in names:
        if len(name) < 2 or (kin[known.id] and chemistry and not kin[known.id] & chemistry):
            continue
        if product.endswith(name) or (len(_loose(name)) >= 2 and loose.endswith(_loose(name))):
            heads.append((len(_loose(name)), len(kin[known.id] & chemistry), name, known))
        elif len(name) >= 3 and name in product:
            inside.append((len(name), len(kin[known.id] & chemistry), name, known))
    best = max(heads or inside, default=None, key=lambda t: (t[0], t[1]))
    return (best[3], best[2]) if best else None


def link_segments(candidates: list[Candidate], gazetteer: Gazetteer) -> None:
    """An inSegment fact on each new product whose segment the reference chains know."""
    names = segment_names(gazetteer)
    if not names:
        return
    for candidate in candidates:
        if candidate.kind != "product" or candidate.existing is not None:
            continue
        found = segment_for(candidate.label, names)
        if found is None:
            continue
        segment, word = found
        note = f"segment {segment.label} of {segment.source}, from {word!r}; check"
        candidate.facts.append(Fact("inSegment", segment.id, candidate.quote or candidate.label, note))


def _loose(name: str) -> str:
    return LOOSE_RE.sub("", name)
