"""Foreign companies named in their own script: Voltrag Automotive GmbH, Harborview Capital Management LLC, Nordvik AB,
and a Japanese 株式会社 with a Latin or Chinese name before it (Komoda Apparel株式会社, 大元精密株式会社).

jieba cuts Latin words one by one and reads a brand before 株式会社 as adjectives and numerals, so the suffix walk of
``mentions`` never reaches such a name. A foreign legal form is a name's end as sure as 有限公司; the name runs back
over the capitalised words before it (Latin) or the characters after the last mark of the clause (株式会社).
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.sources.sentences import Sentence

# the legal forms of companies abroad, as their names end in their own script
LATIN_FORMS = (r"GmbH|AG|SE|LLC|L\.L\.C\.|LLP|Inc\.?|Corp\.?|Corporation|Co\.,?\s?Ltd\.?|Ltd\.?|Limited|PLC|plc|"
               r"S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|AB|ASA|A/S|Oy|Pte\.?\s?Ltd\.?|K\.K\.|S\.A\.S\.|SAS|SARL")
GLOSSED_RE = r"(?:公司|集团|株式会社|有限合伙)$"  # the Chinese name a Latin one in brackets right after glosses
CAPITALISED = r"(?:[A-Z][A-Za-z0-9&'\-]*|&)"
LATIN_COMPANY_RE = re.compile(rf"(?<![A-Za-z])(?:{CAPITALISED}\s){{1,5}}(?:{LATIN_FORMS})(?![A-Za-z])")
# 大元精密株式会社, Komoda Apparel株式会社: a Japanese company, its name the Latin words or the characters before
# 株式会社 back to the clause's last mark, joining word or verb, and without the country in front
KABUSHIKI = "株式会社"
LATIN_BEFORE_RE = re.compile(r"[A-Z][A-Za-z0-9&'\-]*(?:\s[A-Z][A-Za-z0-9&'\-]*){0,4}\s?$")
CJK_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}$")
# the clause's words before the name (not 和: 大和, 昭和, 协和), and what the firm is (韩国母公司, 韩资企业); the
# country right before the name stays in it, as the genre writes a foreign firm's name (韩国大元精密株式会社)
CLAUSE_WORDS_RE = re.compile(r"^.*(?:的|在|与|由|是|为|将|已|向|对|设立|投资|合资|公司|企业|总部|引进|携手|牵手|"
                             r"来自|赴|走访|考察|拜访|对接)")  # (not 同, 联合: 大同特殊钢, 同和精工)


def latin_companies(sentence: Sentence) -> list[Mention]:
    """The foreign companies the sentence names in their own script (see the module)."""
    text, out = sentence.text, []
    for match in LATIN_COMPANY_RE.finditer(text):
        if text[match.start() - 1:match.start()] in ("（", "(") and re.search(GLOSSED_RE, text[:match.start() - 1]):
            continue  # 大元精密株式会社（Daewon Precision Co., Ltd.）: the Chinese name's gloss, no second company
        out.append(_mention(sentence, match.start(), match.end()))
    for match in re.finditer(KABUSHIKI, text):
        before = text[:match.start()]
        latin = LATIN_BEFORE_RE.search(before)
        cjk = CJK_BEFORE_RE.search(before) if latin is None else None
        if latin is not None:
            out.append(_mention(sentence, latin.start(), match.end()))
        elif cjk is not None:
            head = CLAUSE_WORDS_RE.match(cjk.group(0))
            start = cjk.start() + (head.end() if head else 0)
            if match.start() - start >= 2:
                out.append(_mention(sentence, start, match.end()))
    return out


def _mention(sentence: Sentence, start: int, end: int) -> Mention:
    return Mention(sentence.text[start:end], sentence.start + start, sentence.start + end, sentence.id, "Company")
