"""Bodies a document names only as its issuer or its venue: the office in a title such as X关于…情况的通报 (and in
the signature under the text), the hall of a press conference's 地点：X政务服务中心三楼….

The issuer is the page's publisher (tests/articles/README.md), the venue a building: neither is a fact of the graph
unless the text tells more of it, such as its people, its short name at work in a sentence or a figure it holds.
The bodies a notice is addressed to (各乡镇人民政府，…，X管委会：) stay: most golds keep a zone's committee named there.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Candidate, Mention

# 华坪县商务局关于2025年上半年…情况的通报: the office that issues the document opens its title
ISSUED_TITLE_RE = re.compile(r"\s*关于[^\n。]{2,80}?(?:通报|报告|通知|情况|总结)\s*$")
# 华坪县商务局 / 2025年8月6日 under the text: a signature line holds the name alone, or with its date, and only its
# trailer follows it
SIGNATURE_RE = re.compile(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*$")
# what may follow a signature: its date, a contact line, the page's buttons (【打印此页】)
TRAILER_RE = re.compile(r"\s*(?:[（(【\[].*|.*(?:联系人|联系电话|电话|附件).*|\d{4}年\d{1,2}月\d{1,2}日|"
                        r"\d{4}[-./]\d{1,2}[-./]\d{1,2})?\s*")
# 地点：X政务服务中心三楼新闻发布厅: where a press conference is held, a building
VENUE_FIELD_RE = re.compile(r"(?:^|\s)(?:发布会|会议)?(?:地\s*点|会\s*场)[：:]\s*$")
# 名　　称：X关于…的通报, 发布机构：X: the header's fields that name the document or its issuer
HEADER_FIELD_RE = re.compile(r"\s*(?:名\s*称|标\s*题|发布机构|发文机关)[：:]\s*")


def without_issuers(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates less the government bodies named only where a document says who issued it or where it was
    told, and holding nothing (no figure, no one's post; a zone committee's zone stays without it)."""
    referenced = {id(fact.value) for c in candidates for fact in c.facts}
    bodies = [c for c in candidates if c.cls == "GovernmentBody"]
    return [c for c in candidates if not (
        c.cls == "GovernmentBody" and c.mentions and id(c) not in referenced
        and all(f.prop == "governs" for f in c.facts) and _issuer_or_venue([_place(text, m) for m in c.mentions])
        and not any(o is not c and len(o.label) >= 4 and c.label.endswith(o.label) for o in bodies))]
    # (市投资促进局坚持…: the office at work in the text by its short name)


def _issuer_or_venue(places: list[str | None]) -> bool:
    """Whether a body's mentions, each placed by ``_place``, make it only a titled document's issuer or a venue: a
    signature alone under an untitled notice keeps it, as most golds read such a notice."""
    return all(places) and ("title" in places or set(places) == {"venue"})


def _place(text: str, mention: Mention) -> str | None:
    """Where the name stands: "title" (X关于…的通报 or a header field naming it), "signature", "venue" (地点：…), or
    None (anywhere else: the text tells of it)."""
    start, end = mention.start, mention.end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if VENUE_FIELD_RE.search(before):
        return "venue"
    if before.strip() and HEADER_FIELD_RE.fullmatch(before) is None:
        return None
    if ISSUED_TITLE_RE.match(after):
        return "title"
    if SIGNATURE_RE.fullmatch(after) is not None and all(
            TRAILER_RE.fullmatch(line) for line in text[line_end:].split("\n")):  # (not 主办单位：/ X局 / 承办单位：…)
        return "signature"
    return None
