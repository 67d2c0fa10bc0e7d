"""The capture's layout inside the body, which is not article text: a print page's running header and page
number falling between two lines of a sentence, an official document's distribution lines (报：, 抄送：),
a transcript's markers on lines of their own (【主持人】, 【记者 现场报道】), an account's end mark (-END-)
and a platform's disclaimer (本文来自…，仅代表作者观点).

Each dropped line is logged as chrome, and a sentence a page break had split is joined again (logged as
``joined``): nothing of the article's own text is dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from chaingraph.sources.cleaning import Change

# — 1 —, - 12 -, ·3·, －2－: the page number a printed page carries at its foot or head
PAGE_NUMBER_RE = re.compile(r"^[—–\-－─·•]+\s*\d{1,3}\s*[—–\-－─·•]+$")
MAX_RUNNING_HEAD = 40
# 报：市委、市政府领导 / 抄送：市工信局、市商务局 / 发：各部门: who an official document or a bulletin goes to
DISTRIBUTION_RE = re.compile(r"^[（(]?(?:报|送|发|抄送|抄报|主送|分送|报送|呈报|呈送|印送)\s*[：:](?P<to>.+?)[）)。]?$")
RECIPIENT_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()]{2,20}$")  # a body or a group of readers, no figure
PRINT_RUN_RE = re.compile(r"^[（(]?(?:共印\s*\d+\s*份|印数\s*[：:]?\s*\d+\s*份?|\d+\s*份)[）)]?$")
# 【主持人口播】, 【记者 现场报道】, 【同期声】, 【现场】: a transcript's marker alone on its line
MARKER_WORDS = (r"主持人(?:口播|串场|导语)?|口播|导语|记者(?:\s*现场报道|\s*出镜|\s*连线)?|现场(?:报道|连线)?|"
                r"出镜|连线|同期声?|同期|字幕|解说|画外音|配音|演播室|采访|片头|片尾|正文")
MARKER_RE = re.compile(rf"^[【\[]\s*(?:{MARKER_WORDS})\s*[】\]]$")
# ────────, ＝＝＝＝, * * *: a rule drawn across the page between its parts
RULE_LINE_RE = re.compile(r"^[─━═—–\-－_＿=＝~～*＊·•.\s\u3000]{3,}$")
END_MARK_RE = re.compile(r"^[-—–_=~～（(【\[]*\s*(?:END|End|end|完|全文完|The End)\s*[-—–_=~～）)】\]]*$")
DISCLAIMER_RE = re.compile(r"仅代表(?:作者|原作者)(?:本人)?(?:的)?观点|"
                           r"不代表本(?:网|站|平台|号|报|台|刊)(?:的)?(?:观点|立场)|提供信息发布(?:传播)?服务|"
                           r"转载请注明|如有侵权|版权归原作者|^预览时标签不可点$")
MAX_DISCLAIMER = 100
# 【我要纠错】【打印】【关闭】: a government site's buttons under the article
BUTTONS_RE = re.compile(r"^(?:[【\[]\s*(?:我要纠错|我要打印|我要分享|我要评论|纠错|打印|关闭|收藏|分享)\s*[】\]]\s*)+$")
SENTENCE_CLOSE = "。！？；!?;"  # the marks that close a sentence
SENTENCE_END = SENTENCE_CLOSE + "：”’」』）》】:"  # and those a finished line may end on
# 力争到2027年, 预计至2026年底, 目标是到2030年: the year a plan or a target is set for. The aims that lead it and
# the year (its group) are written once here; statuses, scopes and the capture's dating each add what differs.
TARGET_AIMS = "力争|争取|预计|计划|目标是?"
TARGET_YEAR = r"(?:到|至)(20\d\d)年(?:底|末)?"
# 完成全年目标任务的78%, 完成省下达年度计划的85%: a target done so far, where 目标 and 计划 look back, not ahead
TARGET_DONE = r"完成了?(?:(?:[省市区县]|上级)下达的?)?"
FULL_STOPS = "。！？"  # where a sentence itself ends, not a mark a line may also stop on


def is_layout_line(text: str) -> bool:
    """Lines that are never article text wherever they stand: distribution lines, print runs, transcript
    markers, end marks, a site's buttons, disclaimers."""
    return bool(is_distribution_line(text) or PRINT_RUN_RE.match(text) or MARKER_RE.match(text)
                or END_MARK_RE.match(text) or BUTTONS_RE.match(text) or RULE_LINE_RE.match(text)
                or (len(text) <= MAX_DISCLAIMER and DISCLAIMER_RE.search(text)))


def is_distribution_line(text: str) -> bool:
    """报：市委、市政府领导 — a list of recipients, nothing else."""
    match = DISTRIBUTION_RE.match(text.strip()) if len(text) <= 120 else None
    if match is None:
        return False
    recipients = [r for r in re.split(r"[、；;\s]+", match["to"]) if r]  # a comma: a sentence, not a list
    return bool(recipients) and all(RECIPIENT_RE.match(r) for r in recipients)


def drop_page_breaks(paragraphs: list[tuple[int, str]], changes: list[Change]) -> list[tuple[int, str]]:
    """A flattened print page's number (— 1 —) and the running header or footer next to it (a short line
    the capture repeats), dropped; the sentence they had split is joined again."""
    counts = Counter(text for _, text in paragraphs)
    furniture = set()
    for i, (_, text) in enumerate(paragraphs):
        if not PAGE_NUMBER_RE.match(text):
            continue
        furniture.add(i)
        for j in (i - 1, i + 1):
            if 0 <= j < len(paragraphs) and _running_line(paragraphs[j][1], counts):
                furniture.add(j)
    if not furniture:
        return paragraphs
    kept: list[tuple[int, str]] = []
    broken = False
    for i, (no, text) in enumerate(paragraphs):
        if i in furniture:
            changes.append(Change("chrome", no, text, ""))
            broken = bool(kept)
            continue
        if broken and _runs_on(kept[-1][1], text):
            prev_no, prev = kept.pop()
            changes.append(Change("joined", no, f"{prev}\n{text}", prev + text))
            text, no = prev + text, prev_no
        broken = False
        kept.append((no, text))
    return kept


def _running_line(text: str, counts: Counter) -> bool:
    return counts[text] >= 2 and len(text) <= MAX_RUNNING_HEAD and not re.search("[。！？；，]", text)


def _runs_on(before: str, after: str) -> bool:
    """A line cut off mid-sentence (no closing mark) and one that carries on (no opening mark or number)."""
    return bool(before) and bool(after) and before[-1] not in SENTENCE_END and \
        bool(re.match(r"[\u4e00-\u9fffA-Za-z0-9]", after)) and not re.match(r"[一二三四五六七八九十\d]+[、.．]", after)
