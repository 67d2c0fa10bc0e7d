"""The payer of a sum paid into a company or a fund: 某某合伙企业（有限合伙）已向晟锐新材注资1亿元 is the
fund's investment, 某某银行某某支行为锐驰热管理授信1.5亿元 the bank's credit. The sum leaves the clause's
subject, whoever receives it, so the owner rules' nearest name (the company after 向, 对 or 为) is the wrong one.
A bare 基金 as the subject is the fund the sentence named before it; a payer left out after a signing
(A基金与B签约，将向其投资…) is the fund that signed, and a credit line agreed at a signing
(A与B银行签署授信协议，授信金额…) the bank that signed, wherever it stands. A partner's share of a fund
(由X出资4亿元, 其中X财政局出资2亿元) is the partner's, not the fund's the sentence is about.
A payment made or a credit granted is a result; one promised (将, 拟, 意向) a plan.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from chaingraph.authoring.extract.rules import clause_start_before
from chaingraph.facts.checks import CURRENCIES

# 向X投资, 对X的首期投资, 为X授信: the receiver, then the verb of paying in, right before the sum (向X贷款 is borrowing
# from X, so a bare loan takes 为 or 对; 向X授信, 向X发放贷款 is lending to X all the same)
INVESTING_RE = re.compile(r"(?:向|对)(?P<receiver>[^，。；：]{1,24}?)的?(?:首期|首轮|累计|追加)?(?:注资|投资|出资|增资)"
                          r"了?(?:共|累计|合计)?$")
# (the receiver may carry its 以下简称 bracket; 向X申请授信 is borrowing, the firm asks)
CREDIT_RE = re.compile(r"(?:为|对|向(?=[^，。；：]{1,40}?(?<!申请)(?:授信|(?:提供|发放)(?:授信|贷款)|放贷)))"
                       r"(?P<receiver>[^，。；：（]{1,24}?(?:（[^（）]{1,20}）)?)(?:提供|发放)?(?:授信|贷款|放贷)(?:支持)?了?$")
# 授信金额2亿元, 授信额度5亿元: a credit line agreed at a signing
CREDIT_LINE_RE = re.compile(r"(?:授信|贷款)(?:金额|额度|规模)(?:为|达|达到)?$")
BARE_FUND_RE = re.compile(r"(?:该|这支|这只|此)?基金$")
BARE_SUBJECT_FUND_RE = re.compile(r"(?:[^，。；]{0,12}，)?(?:该|这支|这只|此)?基金")  # (截至8月底，基金已…)
# the words between the payer's name and 向, 对 or 为 (已, 去年, 累计, 完成, 将; 通过旗下基金: the manager pays
# through a fund it runs; 其中, 目前: a part of a sum, a time)
BETWEEN_RE = re.compile(r"(?:已经|已|先后|累计|共|去年|今年|近日|此前|完成|并|将|拟|计划|还|其中|目前|现已|"
                        r"通过(?:旗下|下属|其)?(?:所?管理的)?[\u4e00-\u9fff]{0,4}?基金)*$")
# who the receiver may be: 其 (the other party) or words for a company (该公司, 链上企业, X集团), else a name
RECEIVER_WORDS_RE = re.compile(r"^(?:其|[^，。；]*(?:公司|企业|集团))")
SIGNED_WITH_RE = re.compile(r"与[^，。；]{2,80}?(?:签署|签订|签约)")
# the fund is who signs with the others (A基金（简称）分别与X、Y签署…)
SIGNER_OPENS_RE = re.compile(r"(?:（[^（）]{1,24}）)?(?:分别|先后|当天|现场)?与")
# a clause of sums with no receiver, after a signing (拟分别投资1.2亿元和8000万元): what the signing fund pays in
SIGNED_INVESTMENT_RE = re.compile(r"^(?:并|将|拟|计划|还)*(?:分别)?(?:投资|出资|注资)(?:金额)?(?:分别)?(?:为|约|达)?"
                                  r"(?:[\d.]+(?:万|亿)?元(?:、|和|及|与))*$")
BANK_RE = re.compile(r"(?:银行|支行|分行|信用社|农商行)$")
FUTURE_PAYMENT_RE = re.compile(r"将|拟|计划|预计|意向|有望|申请")
PAYER_CLASSES = ("Fund", "Company")
# 由X出资4亿元, 其中X财政局出资2亿元, 母基金出资1.2亿元: a partner's share paid in, the subject's whatever it pays into
SUBSCRIBED_RE = re.compile(r"(?:共同)?(?:出资|认缴出资|认缴|实缴出资|注资)了?(?:共|合计|约)?$")
SUBSCRIBER_CLASSES = (*PAYER_CLASSES, "GovernmentBody")
# 认缴出资1.2亿元，已实缴6000万元: a subscription told with its paid-in part is a pledge, the rest still to pay; one
# told alone takes the fund's stage, still to come where the fund is only signed or its plan approved
PLEDGED_RE = re.compile(r"认缴(?:出资)?(?:额)?(?:为|达|共)?$")
PAID_IN_AFTER_RE = re.compile(r"[^。；]{0,12}?实缴(?:出资)?[^，。；\d]{0,4}\d")  # (not 已全部实缴到位: all paid)
FUND_TO_COME_RE = re.compile(r"基金》?(?:签约设立|设立方案)|(?:拟|将|计划)(?:发起)?设立[^，。；]{0,20}?基金")
FUND_SET_UP_RE = re.compile(r"完成(?:工商)?(?:备案|注册)|注册成立|已(?:正式)?(?:设立|成立)")


class Payment(NamedTuple):
    owner: tuple  # (mention, candidate) of the payer
    status: str
    note: str


def payment_of(rel, figure) -> Payment | None:
    """The payer and status of a figure that is a sum paid into a company, or None."""
    sentence = rel.by_id[figure.sentence]
    clause = max(clause_start_before(rel.text, figure.start), sentence.start)
    head = rel.text[clause:figure.start]
    payer = None
    if CREDIT_LINE_RE.search(head):
        payer = _signer(rel, sentence, bank=True)
    for paid in _matches(head):
        words = BETWEEN_RE.sub("", head[:paid.start()])
        if BARE_FUND_RE.search(words):
            payer = _latest_fund(rel, sentence.start, clause + len(words)) or (
                _latest_fund(rel, 0, sentence.start) if clause == sentence.start else None)  # (基金已向X投资…)
        elif not words and paid["receiver"] == "其":
            payer = _signer(rel, sentence, bank=paid.re is CREDIT_RE)  # A与B签约，将向其投资…
        elif words and _receiver_named(rel, clause + paid.start("receiver"), paid["receiver"]):
            payer = _ending_at(rel, clause + len(words))
        elif not words and _receiver_named(rel, clause + paid.start("receiver"), paid["receiver"]):
            payer = _subject_fund(rel, sentence, clause)  # 基金规模2亿元，目前已向A、B分别投资…: the fund before
        if payer is not None:
            break
    subscribed = SUBSCRIBED_RE.search(head) if payer is None else None
    if subscribed is not None:  # 其中X财政局出资2亿元: the partner's share of a fund, paid in by the subject
        words = BETWEEN_RE.sub("", head[:subscribed.start()])
        payer = _latest_fund(rel, sentence.start, clause + len(words)) if BARE_FUND_RE.search(words) \
            else _ending_at(rel, clause + len(words), SUBSCRIBER_CLASSES)
    if payer is None and SIGNED_INVESTMENT_RE.match(head):  # A基金分别与X、Y签署投资协议，拟分别投资…: the fund's
        payer = _signer(rel, sentence, bank=False)
        if payer is not None and not SIGNER_OPENS_RE.match(rel.text, payer[0].end):
            payer = None  # X公司与Y基金签署协议，拟投资10亿元建设…: the fund is the partner, the company invests
    if payer is None:
        return None
    if FUTURE_PAYMENT_RE.search(head) or SUBSCRIBED_RE.search(head) and company_to_come(rel, figure):
        return Payment(payer, "planned", "a payment promised: a plan; check")
    if PLEDGED_RE.search(head) and (PAID_IN_AFTER_RE.match(rel.text, figure.end) or _fund_to_come(rel, sentence)):
        return Payment(payer, "planned", "a subscription pledged (beside what is paid in, or to a fund to come); check")
    return Payment(payer, "achieved", "a payment made or a credit granted: a result; check")


def _fund_to_come(rel, sentence) -> bool:
    """基金签约设立。基金规模5亿元，由A认缴…: the fund is only signed (or its plan approved) in this sentence or the
    one before, and neither says a fund was filed or set up since."""
    order = rel.order[sentence.id]
    start = rel.sentences[order - 1].start if order > 0 else sentence.start
    return FUND_TO_COME_RE.search(rel.text, start, sentence.end) is not None \
        and FUND_SET_UP_RE.search(rel.text, start, sentence.end) is None


# A将与B合资成立C, 双方将共同组建C: a company still to be set up, whose capital is still to be paid in
SETTING_UP_RE = re.compile(r"(?:将|拟|计划|准备)[^，。；已]{0,30}?(?:(?<!完)成立|组建|设立|合资)")
STAKE_BEFORE_RE = re.compile(r"(?:持股|占股|股比)(?:比例)?(?:为|约)?$")
STAKE_AFTER_SUM_RE = re.compile(r"[，、,]\s*(?:持股|占股)(?:比例)?(?:为|约)?$")  # 出资4500万元，持股15%


def company_to_come(rel, figure) -> bool:
    """Whether the figure's sentence, or the one before it in its paragraph, says the company it is paid into is
    still to be set up (其中A出资3.5亿元 after A将与B合资成立C; 县财政局出资4500万元 after 双方将共同组建C)."""
    sentence = rel.by_id[figure.sentence]
    if "已" in rel.text[clause_start_before(rel.text, figure.start):figure.start]:
        return False  # 目前公司已持股30%: held now, whatever the sentence plans
    if SETTING_UP_RE.search(rel.text, sentence.start, figure.start):
        return True
    order = rel.order[figure.sentence]
    before = rel.sentences[order - 1] if order else None
    return before is not None and "\n" not in rel.text[before.end:sentence.start] \
        and SETTING_UP_RE.search(before.text) is not None


def stake_to_come(rel, figure) -> bool:
    """A stake (持股15%) in a company the text says is still to be set up: a plan, as the sum paid in is."""
    return figure.unit == "P1" and STAKE_BEFORE_RE.search(rel.text, max(0, figure.start - 6), figure.start) \
        is not None and company_to_come(rel, figure)


def stake_holder(rel, figure):
    """(mention, candidate) of who holds a stake told right after the sum it paid in (县财政局出资4500万元，持股15%;
    A出资3.5亿元、持股70%): the payer, a bureau paying for its county too; else None."""
    if figure.unit != "P1" or not STAKE_AFTER_SUM_RE.search(rel.text, max(0, figure.start - 8), figure.start):
        return None
    paid = [f for f in rel.figures if f.sentence == figure.sentence and f.end <= figure.start and f.unit in CURRENCIES]
    if not paid or not STAKE_AFTER_SUM_RE.fullmatch(rel.text, paid[-1].end, figure.start):
        return None  # (the stake's clause follows the sum's right away)
    payment = payment_of(rel, paid[-1])
    return payment.owner if payment is not None else None


def _matches(head: str):
    """Each reading of the clause as 向/对/为 a receiver and a payment, the nearest first (the 为 of 华为 is none)."""
    for at in range(len(head) - 1, -1, -1):
        if head[at] in "向对为":
            for pattern in (INVESTING_RE, CREDIT_RE):
                if (match := pattern.match(head, at)) is not None:
                    yield match


def _receiver_named(rel, start: int, receiver: str) -> bool:
    """Whether the receiver is a company: a pronoun for one, or a name the draft holds (not 为加快二期建设)."""
    return bool(RECEIVER_WORDS_RE.match(receiver)) or any(
        m.start == start for c in rel.candidates if c.kind in ("organisation", "project") for m in c.mentions)


def _ending_at(rel, at: int, classes: tuple[str, ...] = PAYER_CLASSES):
    return next(((m, c) for c in rel.candidates if c.cls in classes for m in c.mentions if m.end == at), None)


def _signer(rel, sentence, bank: bool):
    """The fund (or, for credit, the bank) among the parties of a sentence that says they signed (A与B签署…)."""
    signed = SIGNED_WITH_RE.search(rel.text, sentence.start, sentence.end)
    if signed is None:
        return None
    found = sorted(((m.start, m, c) for c in rel.candidates if c.cls in PAYER_CLASSES for m in c.mentions
                    if sentence.start <= m.start < signed.end()), key=lambda t: t[0])
    wanted = [(m, c) for _, m, c in found if (BANK_RE.search(c.label) if bank else c.cls == "Fund")]
    return wanted[0] if wanted else None


def _subject_fund(rel, sentence, clause: int):
    """The fund a clause with no subject of its own pays from: the sentence's subject where it is a fund (X基金…，
    目前已向A、B分别投资…; not X公司引入Y基金作为股东后，向…增资), else, where the sentence opens on a bare 基金, the
    fund named last before it (基金已完成对4家企业的投资，其中向X投资…)."""
    named = [(m, c) for c in rel.candidates if c.cls in (*PAYER_CLASSES, "GovernmentBody")
             for m in c.mentions if sentence.start <= m.start < clause]
    if named:  # (by offset alone: two names may start at one place, and mentions have no order of their own)
        mention, subject = min(named, key=lambda pair: pair[0].start)
        return (mention, subject) if subject.cls == "Fund" else None
    if BARE_SUBJECT_FUND_RE.match(rel.text, sentence.start, clause):
        return _latest_fund(rel, 0, sentence.start)
    return None


def _latest_fund(rel, since: int, before: int):
    found = [(m.end, m, c) for c in rel.candidates if c.cls == "Fund" for m in c.mentions
             if since <= m.start and m.end <= before]
    return max(found, key=lambda t: t[0])[1:] if found else None
