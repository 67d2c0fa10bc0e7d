"""The place whose site a page is: a government portal's name (重庆市铜梁区人民政府, 玉门市人民政府门户网站), the office
its 来源 line names (铜梁区经济和信息化委员会) or the one its footer says runs it (主办单位：玉门市人民政府办公室).

The normalizer drops those lines as chrome, but they say what a body that writes only 全区, 我市, 区长 or 区经济信息委
means: a work report on a district's portal is the district's, whatever zone it names most. The place is read from
the dropped lines and used only where the body itself names it, in full or short (铜梁 of 铜梁高新技术产业开发区,
宝山 of 宝山集成电路产业投资基金), so every proposed region still cites the article's own words.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Mention
from chaingraph.authoring.gazetteer import generic_regions

# the chain of places a portal's or an office's name opens with (重庆市铜梁区, 甘肃省玉门市), then what it is
PLACES_RE = re.compile(r"((?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|自治州|州|地区|盟|区|县|旗))+)"
                       r"(?=人民政府|政府|经济和信息化|工业和信息化|发展和改革|商务局|投资促进|融媒体中心|委员会|[^，。]{0,8}局)")
SITE_LINE_RE = re.compile(r"^(?:信息来源|来源|主办单位|主办|承办)?[：:]?\s*")
PLACE_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|自治区|市|自治州|州|地区|盟|区|县|旗)")


def site_region(chrome_lines: list[str]) -> str | None:
    """The lowest region the page's dropped lines name as their site's or source's owner (铜梁区 of
    重庆市铜梁区人民政府), or None."""
    regions = generic_regions()
    for line in chrome_lines[:12] + chrome_lines[-6:]:
        for part in re.split(r"\s{2,}|\u3000", line.strip()):
            match = PLACES_RE.search(SITE_LINE_RE.sub("", part, count=1))
            if match is None:
                continue
            chain = [p for p in PLACE_RE.findall(match.group(1)) if p in regions]
            if chain:
                return regions[chain[-1]]
    return None


def site_candidate(candidates: list[Candidate], text: str, region: str | None) -> Candidate | None:
    """The region candidate of the site's place: the one already proposed, else a new one named where the body
    writes the place in full or short; None when the body never names it."""
    if region is None:
        return None
    short = re.sub(r"(?:省|市|区|县|旗)$", "", region)
    found = next((c for c in candidates if c.kind == "region" and (region in c.names or c.names[0] == region)), None)
    if found is not None:
        return found
    for name in (region, short):
        at = text.find(name) if len(name) >= 2 else -1
        if at >= 0:
            candidate = Candidate("AdministrativeRegion", [region])
            candidate.mentions.append(Mention(name, at, at + len(name), "", "AdministrativeRegion"))
            candidate.notes.append(f"the page is the site of {region} (header, 来源, footer)")
            candidates.append(candidate)
            return candidate
    return None
