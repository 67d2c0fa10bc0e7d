"""Whose a deal's figures are. A supply or purchase agreement between two named firms gives its goods and its sum
to the supplier (the golds' convention: a purchase contract is held by the supplier, its goods still to deliver),
and an order a firm wins from another is the winner's. Which of the two supplies is told by the words, in this
order:

* a verb of supply after one of them (B将向A供应…, 由B为其制作…) or of buying (A向B采购…);
* else the agreement's noun: in A与B签订…采购合同，采购… the partner B sells; in A与B签订…供货协议, and in a 采购合同
  told by its sum alone (A与B签订芯片采购合同，金额1.6亿元, as the golds read it), the subject A does.

A partner that is no named firm (与本地9家配套企业签订…) leaves the figure to the subject, who stays a party. Only
the agreement's terms are its figures: the clauses right after it that say what is bought, supplied or paid
(…采购协议，采购耐热玻璃杯600万只，金额3600万元), not a clause on anything else a party has or did.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure
from chaingraph.authoring.extract.company_refs import short_company_forms
from chaingraph.authoring.extract.partners import ORDER_WON_VERBS
from chaingraph.authoring.extract.products import looks_like_product

SIGN_VERB_RE = re.compile(r"签订|签署|签下|达成")
DEAL = r"(采购|订购|购销|供应|供货|配套)(?:框架)?(?:协议|合同)"  # (订单 signed: orders, read as results)
# 低铁石英砂长期供应协议, 玻璃模具采购合同, 供货框架协议: the agreement and which way it runs
AGREEMENT_RE = re.compile(r"[^，。；]{0,16}?" + DEAL)
# the goods an agreement names before its kind: 签订低铁石英砂长期供应协议, 签订为期三年的刨花板供货协议
GOODS_IN_AGREEMENT_RE = re.compile(r"了?(?:为期[^，。；的]{1,4}的)?(?P<goods>[^，。；\d的]{2,14}?)"
                                   r"(?:中长期|长期|年度|[一二两三四五六七八九十]年)?" + DEAL)
TERMS_ONLY = ("中长期", "长期", "年度", "框架", "战略", "原料", "原材料", "材料", "产品", "物资", "货物")
AGREEMENT_CITED_RE = re.compile(r"\s*(?:根据|按照|依据|按)(?:协议|合同)")  # 根据协议，B将向A供应…
# a clause that is a term of the agreement before it: what is bought or supplied, and for how much
TERM_RE = re.compile(r"[^，。；]{0,16}?(?:采购|供应|供货|订购|购买|交付|提供|制作|金额|货值|总价|价值)")
DONE_RE = re.compile(r"已|累计|以来|一年来|去年|上年")  # (已向A供应石英砂3.6万吨: delivered, no term to come)
SIGNED_BEFORE_RE = re.compile(r"(?:已经?|累计)(?:与[^，。；]{1,20})?$")  # 已与X签订…: signed before, a result
BOUGHT_AFTER_RE = re.compile(r"[，,][^，。；]{0,4}?(?:采购|订购|购买)")  # …采购合同，采购耐热玻璃杯600万只
PARTNER_BEFORE_RE = re.compile(r"(?:与|和|同)$")
SUPPLY_VERB_RE = re.compile(r"(?:(?!签订|签署)[^，。；]){0,12}?(?:(?:向|为)[^，。；]{0,16}?"
                            r"(?:供应|供货|提供|交付|制作|生产|加工)|(?:供应|供货|交付))(?!协议|合同|框架|订单)")
# (B将供应…: the seller, whoever signed first; not A签订…供货协议, the agreement's name)
SUPPLIES_PARTNER_RE = re.compile(r"向其(?:供货|供应|交付)")
BUY_FROM_RE = re.compile(r"[^，。；]{0,6}?向$")  # A向B采购: B, named right after 向
BUY_VERB_RE = re.compile(r"[^，。；]{0,4}?(?:采购|购买|订购)")
BY_RE = re.compile(r"由$")
# 向晶祁集团供应, 为县内的广东海储…配套供应: the buyer, named after the verb's 向 or 为
OBJECT_BEFORE_RE = re.compile(r"(?:向|为|与|和|同|给)[^，。；向为与和]{0,8}$")
MADE_FOR_RE = re.compile(r"[^，。；]{0,8}?为")  # 由B为其制作
# 鼎力减速机又拿到开重集团订单2300万元: the order the subject wins from the firm named in it
ORDER_WON_RE = re.compile(rf"(?:(?!分别)[^，。；]){{0,8}}?(?:{ORDER_WON_VERBS})[^，。；]{{0,20}}?订单")
# (A、B分别拿到…订单9亿元、4.5亿元: each its own, read as a list elsewhere)
# the figure in the verb's clause, or opening the clause of the deal's sum right after it (…供应…18万吨，合同金额约…)
AMOUNT_AFTER_RE = re.compile(r"[^，。；]*(?:[，,][^，。；]*?(?:金额|价值|货值|总价)[^，。；\d]{0,4})?")


def deal_holder(rel, figure: Figure):
    """(mention, candidate) of the firm a deal's figure belongs to, or None when the figure is no deal's."""
    if figure.unit == "P1":
        return None
    sentence = rel.by_id[figure.sentence]
    opens = _clause_opening(rel, sentence, figure.start)
    firms = [(m, c) for m, c in rel.mentions_in(sentence.id, ("organisation",), before=figure.start)
             if c.cls == "Company"] + short_company_forms(rel, sentence, figure.start)  # 根据协议，锐轮橡胶将向…
    firms.sort(key=lambda pair: pair[0].start)
    told = _told_way(rel, figure, [(m, c) for m, c in firms if m.start >= opens])
    if told is not None:
        return told
    deal = _deal_of(rel, figure)
    if deal is None or deal[0].start() < sentence.start or not firms:
        return None
    verb, agreement = deal
    before = [(m, c) for m, c in firms if m.end <= verb.start()]
    partner = next(((m, c) for m, c in reversed(before)
                    if PARTNER_BEFORE_RE.search(rel.text, max(0, m.start - 1), m.start)
                    and not re.search(r"[，。；]", rel.text[m.end:verb.start()])), None)
    subject = _subject_before(rel, sentence, before, partner, verb.start())
    bought = BOUGHT_AFTER_RE.match(rel.text, agreement.end())
    if agreement.group(1) in ("采购", "订购") and partner is not None and bought:
        return partner  # A与B签订…采购合同，采购…: A buys, B sells (with the sum alone, most golds read A as seller)
    if subject is None and SUPPLIES_PARTNER_RE.search(rel.text, verb.start(), figure.start):
        return None  # 集团与B签订供货协议，将向其供货…: B buys; the seller is the word opening the sentence
    return subject or partner  # A与B签订…供货协议: A supplies


def deal_signed(rel, figure: Figure) -> bool:
    """Whether the figure is a term of a supply or purchase agreement, still to be delivered (…签订…采购合同，采购…
    600万只，金额3600万元; 根据协议，B明年将向A供应…, citing the agreement of the sentence before)."""
    return _deal_of(rel, figure) is not None


def deal_goods_place(rel, figure: Figure) -> tuple[int, int] | None:
    """(start, end) of the goods the agreement the figure is a term of names (签订一体化压铸后地板供货协议，金额3.2亿元;
    签订为期三年的刨花板供货协议), or None (签订长期供货协议, 签订原料采购协议: no goods said)."""
    deal = _deal_of(rel, figure)
    if deal is None:
        return None
    goods = GOODS_IN_AGREEMENT_RE.match(rel.text, deal[0].end())
    if goods is None:
        return None
    start, end = goods.span("goods")
    while rel.text.startswith(TERMS_ONLY, start) and end - start > 2:
        start += next(len(t) for t in TERMS_ONLY if rel.text.startswith(t, start))  # 中长期原料…: no goods
    if rel.text.startswith(("首单", "首批", "首份"), start):
        start += 2  # 签订首单采购合同: the first order, no goods of its name
    if rel.text.endswith("意向", start, end):
        end -= 2  # 签订油菜籽意向采购协议: the goods, bought in intent
    name = rel.text[start:end]
    if len(name) < 2 or name in TERMS_ONLY or not looks_like_product(name) or name.endswith(("长期", "年度")):
        return None
    return start, end


def _deal_of(rel, figure: Figure):
    """(sign verb, agreement) matches of the agreement the figure is a term of, or None."""
    sentence = rel.by_id[figure.sentence]
    opens = _clause_opening(rel, sentence, figure.start)
    spans = [(opens, figure.start)]
    order = rel.order[figure.sentence]
    if order > 0 and AGREEMENT_CITED_RE.match(sentence.text):
        spans.append((rel.sentences[order - 1].start, rel.sentences[order - 1].end))  # 根据协议，…
    for start, end in spans:
        deals = [(verb, agreement) for verb in SIGN_VERB_RE.finditer(rel.text, start, end)
                 if (agreement := AGREEMENT_RE.match(rel.text, verb.end())) is not None]
        if deals:
            verb, agreement = deals[-1]
            if SIGNED_BEFORE_RE.search(rel.text, max(start, verb.start() - 12), verb.start()):
                return None  # 已与柴氢装备签订了…采购协议: signed before, its terms told as a result
            after = rel.text[agreement.end():figure.start] if end == figure.start else rel.text[opens:figure.start]
            return (verb, agreement) if _terms(after) else None
    return None


def _terms(text: str) -> bool:
    """Whether the clauses from the agreement's end to the figure are its terms (，采购…, ，金额…), none told as
    delivered already; the rest of the agreement's own clause may hold anything."""
    clauses = re.split(r"[，,]", text)
    return not DONE_RE.search(text) and all(TERM_RE.match(c) for c in clauses[1:])


def _clause_opening(rel, sentence, at: int) -> int:
    """Where the clause chain holding `at` opens: after the last ；or 。 before it in its sentence."""
    stops = (rel.text.rfind(mark, sentence.start, at) for mark in "；。")
    return max(*stops, sentence.start - 1) + 1


def _told_way(rel, figure: Figure, firms):
    """The firm the words say supplies (B将向A供应…, 由B为其制作…, A向B采购…) or wins the order (B拿到A订单…),
    when the figure is in that clause or in a 金额 clause right after it."""
    for mention, candidate in reversed(firms):
        object_of = OBJECT_BEFORE_RE.search(rel.text, max(0, mention.start - 10), mention.start) is not None
        supplies = None if object_of else SUPPLY_VERB_RE.match(rel.text, mention.end)
        if supplies is None and BY_RE.search(rel.text, max(0, mention.start - 1), mention.start):
            supplies = MADE_FOR_RE.match(rel.text, mention.end)
        won = ORDER_WON_RE.match(rel.text, mention.end)
        sold = BUY_VERB_RE.match(rel.text, mention.end) if BUY_FROM_RE.search(
            rel.text, max(0, mention.start - 8), mention.start) else None
        for match in (supplies, won, sold):
            if match is not None and match.end() <= figure.start and AMOUNT_AFTER_RE.fullmatch(
                    rel.text, match.end(), figure.start):
                return mention, candidate
    return None


def _subject_before(rel, sentence, before, partner, verb_start: int):
    """The firm that signs: named before the partner's 与 in this clause, or in the clause before when this one
    opens on 与 (晶祁集团与A签订…；与B签订…)."""
    ahead = [(m, c) for m, c in before if partner is None or m.end <= partner[0].start - 1]
    if ahead:
        return ahead[-1]
    opens = max(rel.text.rfind("；", sentence.start, verb_start), rel.text.rfind("，", sentence.start, verb_start))
    if opens >= 0 and rel.text.startswith("与", opens + 1):
        earlier = [(m, c) for m, c in before if m.end <= opens and PARTNER_BEFORE_RE.search(
            rel.text, max(0, m.start - 1), m.start) is None]
        return earlier[0] if earlier else None
    return None


BUYING_CLAUSE_RE = re.compile(r"[，；][^，；]*(?:采购|购买|外购|购进)[^，；]*$")


def seller_to_buyer(rel, mention, between: str) -> bool:
    """Whether the firm is named as who supplies (由X供应) before a clause that buys (每年需采购…): the figure
    bought is the buyer's, not the seller's."""
    return bool(re.match(r"(?:供应|供货|提供|配套)", between) and BUYING_CLAUSE_RE.search(between)
                and "由" in rel.text[max(0, mention.start - 8):mention.start])
