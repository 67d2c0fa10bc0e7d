"""How a text names a company again after its full name: a short form at a clause's opening (驰衡热管理现有…,
果野食品的…), and 其 after a project whose name opens with the company's (…项目建成投产，其发动机全年出货…).

Apart from ``owners``, which weighs every name a sentence gives: these find the company a shorter word means.
"""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Figure, Mention
from chaingraph.authoring.extract.figure_clause import first_person_quote
from chaingraph.authoring.extract.place_totals import clause_openings
from chaingraph.authoring.extract.respective import NOT_OWNERS
from chaingraph.authoring.extract.rules import CJK_NAME, SAYS_RE, clause_start_before

ITS_RE = re.compile(r"其(?![中他余实次])")  # 其 the pronoun, not 其中, 其他, 其余, 其实, 其次
# what a company does and a project does not: ship, sell, earn, export (其总投资, 其占地 stay the project's)
COMPANY_ACTS_RE = re.compile(r"出货|销售|销量|营收|营业收入|产值|出口|交付|订单|纳税|利税|研发投入|市场占有率")
# bodies a curator keeps as companies that 公司 does not stand for (与X合作社签订订单…。去年，公司生产…: the firm)
NOT_FIRMS = ("合作社", "联合社", "协会", "商会", "家庭农场")


def its_builder(rel, figure: Figure, ruled):
    """X有限公司年产1万套电堆项目建成投产，其燃料电池发动机全年出货2600台: 其 after a project whose name opens with
    its company's stands for the company (a project does not ship, sell or earn); so does a project named by the
    company's short name alone (楚源锂能项目…年营业收入)."""
    mention, project = ruled
    clause = max(clause_start_before(rel.text, figure.start), rel.by_id[figure.sentence].start)
    if not COMPANY_ACTS_RE.search(rel.text, clause, figure.start) or figure.start <= mention.end:
        return None
    short = next((c for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"
                  and project.label[:-2] in c.names), None) if project.label.endswith("项目") else None
    if short is not None:
        return short  # 楚源锂能项目…达产后可实现年营业收入30亿元: a project named only by its company's short name
    if not ITS_RE.match(rel.text, clause) or mention.end > clause:
        return None
    return next((c for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"
                 and any(len(n) >= 4 and project.label.startswith(n) for n in c.names)), None)


def short_company_forms(rel, sentence, before: int) -> list:
    """驰衡热管理现有…, 星河数据还将配套建设…: a company written short at a clause's opening, by four to six
    characters its name holds after a place (河北驰衡热管理系统有限公司), that no mention there names."""
    companies = [c for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"]
    places = {n[:k] for c in rel.candidates if c.kind == "region" for n in c.names for k in (2, 3) if len(n) > k}
    found = []
    for at in clause_openings(rel, sentence, before):
        if any(m.start <= at < m.end for c in rel.candidates for m in c.mentions if m.sentence == sentence.id):
            continue
        for length in range(min(6, before - at), 3, -1):
            short = rel.text[at:at + length]
            if rel.text.startswith(("产业", "行业"), at + length) or short[:2] in places or short[:3] in places:
                continue  # 赣南电驱产业…, 海南食品…: a place and its industry, no company's short name
            holders = [c for c in companies if any(abbreviates(short, n) for n in c.names)]
            if len(holders) == 1 and re.fullmatch(rf"{CJK_NAME}+", short):
                found.append((Mention(short, at, at + length, sentence.id, "Company"), holders[0]))
                break
    return found


def abbreviates(short: str, name: str) -> bool:
    """Whether a short form writes a company's name: characters it holds after a place (驰衡热管理 of 河北驰衡热管理
    系统有限公司), or its brand and a later word of it (果野食品 of 海南果野休闲食品有限公司, 椰岸公司).

    >>> abbreviates("果野食品", "海南果野休闲食品有限公司"), abbreviates("椰岸公司", "海南椰岸食品有限公司")
    (True, True)
    >>> abbreviates("果野饮料", "海南果野休闲食品有限公司")
    False
    """
    if 0 < name.find(short) <= 3 or name.startswith(short):
        return True
    for cut in (2, 3):
        brand, rest = short[:cut], short[cut:]
        at = name.find(brand)
        if 0 <= at <= 3 and len(rest) >= 2 and name.find(rest, at + cut + 1) > 0:
            return True
    return False


# …是Y在呼图壁设立的全资子公司，母公司去年出货…: the parent the sentence or the one before names
PARENT_WORD_RE = re.compile(r"(?:其|该公司)?(?:母公司|控股股东|集团公司)")
PARENT_OF_RE = re.compile(r"(?:在[^，。；]{1,10}?)?(?:投资)?(?:设立|成立|组建)?的?(?:全资|控股)?(?:子公司|孙公司)|旗下")


def parent_named(rel, figure: Figure):
    """(mention, company) that 母公司 at the figure's clause opening stands for: the company the text has just
    said the subject belongs to (X是Y的全资子公司, Y旗下的X), or None."""
    sentence = rel.by_id[figure.sentence]
    clause = max(clause_start_before(rel.text, figure.start), sentence.start)
    word = PARENT_WORD_RE.match(rel.text, clause)
    if word is None:
        return None
    order = rel.order[figure.sentence]
    near = {s.id for s in rel.sentences[max(0, order - 1):order + 1]}
    parents = [(m, c) for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"
               for m in c.mentions if m.sentence in near and m.end <= clause and PARENT_OF_RE.match(rel.text, m.end)]
    if not parents:
        return None
    company = max(parents, key=lambda pair: pair[0].end)[1]
    return Mention(word.group(), word.start(), word.end(), figure.sentence, company.cls), company


def speaker_company(rel, figure: Figure, at: int):
    """“今年公司营业收入…”X公司总经理Y说: in a quotation, 公司 is the speaker's company, named after it; 事业部 is the
    company of the division's head named before (集团…事业部总经理Y介绍说，事业部去年生产…)."""
    if rel.text.startswith("事业部", at):
        return division_employer(rel, at)
    sentence = rel.by_id[figure.sentence]
    opening = rel.text.rfind("“", sentence.start, at)
    if opening < 0 or rel.text.rfind("”", opening, at) >= 0:
        return None
    closing = rel.text.find("”", at)
    order = rel.order[figure.sentence]
    after = [s for s in rel.sentences[order:order + 2] if s.end > closing >= 0]
    for sentence in after:
        lead = rel.text[max(closing + 1, sentence.start):sentence.end]
        if not SAYS_RE.search(lead):
            continue
        named = [(m, c) for m, c in rel.mentions_in(sentence.id, ("organisation",))
                 if m.start > closing and c.cls not in NOT_OWNERS]
        named += [(m, c) for m, c in short_company_forms(rel, sentence, sentence.end) if m.start > closing]
        if named:  # (”华微封测总经理邢海涛说: the speaker's company written short)
            return min(named, key=lambda pair: pair[0].start)
    return None


def division_employer(rel, before: int):
    """(mention, company) whose division's head the article names last before `before`, or None."""
    heads = [c for c in rel.candidates if c.cls == "Position" and c.at is not None and c.at < before
             and "事业部" in next(f.value["zh"] for f in c.facts if f.prop == "roleTitle")]
    if not heads:
        return None
    employer = next(f.value for f in max(heads, key=lambda c: c.at).facts if f.prop == "positionIn")
    return min(employer.mentions, key=lambda m: m.start), employer


def we_speaking(rel, figure: Figure):
    """“我们今年四季度预计能实现产值2亿元…”X总经理Y说: the figures a firm's manager gives in the first person are
    the firm's; (mention, company) or None (a zone's committee speaking is ``scopes.zone_speaking``'s)."""
    if (quote := first_person_quote(rel, figure)) is None:
        return None
    if any(m.sentence == figure.sentence and 0 <= figure.start - m.end <= 1 for c in rel.candidates
           if c.kind == "project" for m in c.mentions):
        return None  # “我们的X一期项目3万架机架…”: the project named right before the figure holds it
    speaker, closing = speaker_company(rel, figure, figure.start), quote[1]
    # (the firm opens the speaker's line: ”华微封测总经理邢海涛说; not a county head who speaks of a firm)
    return speaker if speaker is not None and speaker[1].cls == "Company" and speaker[0].start <= closing + 2 \
        else None


# X股份有限公司（以下简称“公司”）: an announcement names its company 公司 once and for all
DECLARED_COMPANY_RE = re.compile(r"(?:以下|下文)?简称[“\"]?(?:本公司|公司)[”\"]?[）)]")
# 苏州瀚微半导体股份有限公司 / 投资者关系活动记录表, X股份有限公司关于…的公告: the company a record or a notice is
# of, on its heading line; 公司 in it is that company, whichever institutions and subsidiaries it names
ISSUER_RE = re.compile(r"(?:^|\n)([^\n，。]{4,40}?(?:股份有限公司|有限公司|集团))\s*(?:\n\s*)?"
                       r"(?:投资者关系活动记录表|关于[^\n]{2,60}公告|[^\n]{0,20}年度报告)")


def declared_company(rel, before: int):
    """(mention, candidate) of the company the text declares as 公司 before `before`, or None: then 公司
    stands for it, not for the latest company named (a subsidiary named after it)."""
    for match in DECLARED_COMPANY_RE.finditer(rel.text, 0, before):
        bracket = max(rel.text.rfind("（", 0, match.start()), rel.text.rfind("(", 0, match.start()))
        companies = [(m, c) for c in rel.candidates if c.kind == "organisation" and c.cls == "Company"
                     for m in c.mentions if m.end == bracket]
        if companies:
            return companies[0]
    issuer = ISSUER_RE.search(rel.text, 0, before)
    return next(((m, c) for c in rel.candidates if c.cls == "Company" for m in c.mentions
                 if issuer and (m.start, m.end) == issuer.span(1)), None)
