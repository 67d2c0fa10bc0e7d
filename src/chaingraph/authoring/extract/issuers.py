"""Bodies a document names only as its issuer or its addressees: the office in a title such as X关于…情况的通报
and in the signature under the text, the bodies of 各乡镇人民政府，县直有关单位，X管委会： over it.

The issuer is the page's publisher and the addressees are whom it is sent to (tests/articles/README.md): neither
is a fact of the graph unless the text tells more of it, such as its people, its short name at work in a
sentence or a figure it holds.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate

# 华坪县商务局关于2025年上半年…情况的通报: the office that issues the document opens its title
ISSUED_TITLE_RE = re.compile(r"\s*关于[^\n。]{2,80}?(?:通报|报告|通知|情况|总结)\s*$")
# 各乡镇人民政府，县直有关单位，新邵经济开发区管委会：: the line a notice is addressed to
ADDRESSEES_RE = re.compile(r"\s*各[^。\n]{2,120}[：:]\s*$")
# 华坪县商务局 / 2025年8月6日 under the text: a signature line holds the name alone, or with its date
SIGNATURE_RE = re.compile(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*$")
# 名　　称：X关于…的通报, 发布机构：X: the header's fields that name the document or its issuer
HEADER_FIELD_RE = re.compile(r"\s*(?:名\s*称|标\s*题|发布机构|发文机关)[：:]\s*")


def without_issuers(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates less the government bodies named only where a document says who issued it or whom it is
    sent to, and holding nothing (no figure, no one's post; a zone committee's zone stays without it)."""
    referenced = {id(fact.value) for c in candidates for fact in c.facts}
    bodies = [c for c in candidates if c.cls == "GovernmentBody"]
    return [c for c in candidates if not (
        c in bodies and c.mentions and id(c) not in referenced and all(f.prop == "governs" for f in c.facts)
        and all(_issuing(text, m.start, m.end) for m in c.mentions)
        and not any(o is not c and len(o.label) >= 4 and c.label.endswith(o.label) for o in bodies))]
    # (市投资促进局坚持…: the office at work in the text by its short name)


def _issuing(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if "\n" in text[end:] else len(text)
    before, after = text[line_start:start], text[end:line_end]
    if ADDRESSEES_RE.match(text, line_start, line_end):
        return True
    opens = not before.strip() or HEADER_FIELD_RE.fullmatch(before) is not None
    return opens and (ISSUED_TITLE_RE.match(after) is not None
                                   or SIGNATURE_RE.fullmatch(after) is not None)
