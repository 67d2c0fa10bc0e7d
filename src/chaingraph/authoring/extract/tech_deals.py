"""Sums paid for technology: a 揭榜挂帅 bounty and a 科技成果转化 transfer. Such a sum is the firm's that pays
for the technology, not the university's or the team's that brings it, and it names the goods the technology
makes.

* A bounty (X发布“高纯精铟短流程提纯”榜单，由Y团队揭榜，榜额480万元) is the posting firm's, a plan: the
  work is still to be done. Its goods are the title's opening noun, before the work done on it (提纯, 国产化).
* A transfer (A从B受让X技术，转让金额…; A以850万元受让X; …X技术成功转化，以320万元转让给A) is the buying
  firm's, done unless the text says it is to come. Its goods are the technology's noun.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.company_refs import short_company_forms
from chaingraph.authoring.extract.products import looks_like_product
from chaingraph.authoring.extract.stand_ins import company_word

POSTED_RE = re.compile(r"发布(?:的)?(?:首批)?(?:市级|省级)?“(?P<title>[^”]{2,30})”")
BOUNTY_RE = re.compile(r"榜额(?:为|达|共)?$")
# A从B受让X技术, A以N受让X工艺: the buyer before the verb; X what is bought
TAKEN_RE = re.compile(r"(?:从(?P<seller>[^，。；]{2,30}?))?受让(?P<title>[^，。；]{2,30})")
PRICE_RE = re.compile(r"(?:转让金额|转让费|转让价格|交易金额|成交金额)(?:为|达|共)?$|以$")
SOLD_TO_RE = re.compile(r"(?:的价格|元)?转让给")
TECH_WORDS_RE = re.compile(r"(?:技术|工艺|专利|成果|方法)+$")
# the work done on the goods a title names after them: 高纯精铟短流程提纯, 电液比例多路阀国产化
WORK_RE = re.compile(r"(?:短流程|微囊化|国产化|高值化|规模化|产业化|关键|稳定|提纯|回收|利用|制备|研发|攻关|炮制|萃取|"
                     r"加工|改性|合成|生产)")
# a transfer still to come (拟以…受让, 计划…); 将 only where it is no 把 (将该技术以260万元转让给…: done)
TO_COME_RE = re.compile(r"将(?!该|这|此|其|[^，。；]{0,14}?(?:技术|工艺|专利|成果))|拟|计划|有望")
DONE_RE = re.compile(r"去年|上年|已|此前|年初|今年以来")
# the technology a transfer sells: the last …技术 before the sum, from the last break or agent word before it
TECH_SOLD_RE = re.compile(r"(?:技术|工艺|专利|成果)[^。；]{0,12}$")
SOLD_TITLE_RE = re.compile(r"([^，。；将把由的]{2,30})(?:技术|工艺|专利|成果)[^。；]{0,12}$")


def tech_holder(rel, figure: Figure):
    """(mention, candidate) of the firm that pays the bounty or transfer the figure is, or None."""
    deal = _tech_deal(rel, figure)
    return deal[0] if deal else None


def tech_goods_place(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of the goods the technology paid for makes, or None."""
    deal = _tech_deal(rel, figure)
    return deal[1] if deal else None


def tech_planned(rel, figure: Figure) -> bool | None:
    """Whether the bounty or transfer is still to come (True), done (False), or no such sum (None)."""
    deal = _tech_deal(rel, figure)
    return deal[2] if deal else None


def _tech_deal(rel, figure: Figure):
    """(payer, goods, planned) of the bounty or transfer the figure is the sum of, or None."""
    if figure.unit not in ("CNY", "USD", "EUR"):
        return None
    sentence = rel.by_id[figure.sentence]
    before = rel.text[sentence.start:figure.start]
    firms = sorted([(m, c) for m, c in rel.mentions_in(sentence.id, ("organisation",), before=figure.start)
                    if c.cls == "Company"] + short_company_forms(rel, sentence, figure.start),
                   key=lambda pair: pair[0].start)
    if BOUNTY_RE.search(before) and (posted := _last(POSTED_RE, rel.text, sentence.start, figure.start)):
        payer = next(((m, c) for m, c in reversed(firms) if m.end <= posted.start()), None) \
            or _firm_word(rel, sentence.start, posted.start())
        return (payer, _goods(rel, *posted.span("title")), True) if payer else None
    if not PRICE_RE.search(before):
        return None
    planned = bool(TO_COME_RE.search(rel.text, max(sentence.start, figure.start - 8), figure.start)) \
        and not DONE_RE.search(before)
    sold_to = SOLD_TO_RE.match(rel.text, figure.end)
    if sold_to:  # …X技术成功转化，以320万元转让给A
        buyer = next(((m, c) for m, c in firms + _after(rel, sentence, sold_to.end()) if m.start == sold_to.end()),
                     None)
        if buyer is None or not TECH_SOLD_RE.search(before):
            return None  # 将闲置厂房以800万元转让给…: no technology sold
        title = _last(SOLD_TITLE_RE, rel.text, sentence.start, figure.start)  # (将该技术…: none named)
        return buyer, _goods(rel, *title.span(1)) if title else None, planned
    taken = _last(TAKEN_RE, rel.text, sentence.start, sentence.end)
    if taken is None:
        return None
    opening = taken.start("seller") - 1 if taken.group("seller") else taken.start()
    buyer = next(((m, c) for m, c in reversed(firms) if m.end <= opening), None)
    return (buyer, _goods(rel, *taken.span("title")), planned) if buyer else None


def _firm_word(rel, start: int, end: int):
    """公司发布的“…”: the company 公司 stands for (``owners.company_word``)."""
    at = rel.text.find("公司", start, end)
    return company_word(rel, at) if at >= 0 else None


def _after(rel, sentence, at: int) -> list:
    return [(m, c) for m, c in rel.mentions_in(sentence.id, ("organisation",)) if m.start >= at]


def _last(pattern: re.Pattern, text: str, start: int, end: int):
    found = list(pattern.finditer(text, start, end))
    return found[-1] if found else None


def _goods(rel, start: int, end: int) -> tuple[int, int] | None:
    """The goods a technology's title names: its noun before the work done on it and the word 技术."""
    title = TECH_WORDS_RE.sub("", rel.text[start:end])
    title = re.split(r"[中的]", title)[-1]  # 废水中马铃薯蛋白, 研究院研发的六堡茶速溶茶粉
    work = WORK_RE.search(title)
    if work and work.start() < 2 or "技术" in title:
        return None  # 关键共性技术攻关: work on a field, no goods named
    goods = title[:work.start()] if work else title
    if len(goods) < 2 or not looks_like_product(goods) or goods.startswith(("该", "这", "此")):
        return None
    at = rel.text.rindex(goods, start, end)
    return at, at + len(goods)
