"""`chaingraph extract`: propose a draft facts file from a normalized article, candidates a curator
confirms, not facts.

Rules over the text, and for the owner of a figure the rules' answer weighed against the names around it by
weights learned from the test articles (``owner_ranker``, plain JSON); nothing downloads a model. jieba (a
private tokenizer, so the normalizer's dictionary is untouched) segments each sentence with the gazetteer's
names added as whole words (``tokens``).
Then, sentence by sentence (``mentions``, ``figures``, ``dates``):

* names end in a suffix that says their class (有限公司 -> Company, 研究院 -> ResearchInstitute,
  高新区 -> HighTechZone, 工业园区 -> IndustrialPark, 材料/电芯 -> Product, 项目 -> Project, ...;
  the tables are in ``rules``);
* regions come from the gazetteer (provinces, major cities, names already in the graph);
* people follow a role word (副局长涂强, 记者 周馨钰); the organisation right before the role
  is their employer;
* figures are a number, an optional 万/亿 and a unit, normalised to UN/CEFACT codes;
* a cooperation is a cue verb (签约, 合作, 对接, 共建...) between two recognised names.

Mentions of one entity are grouped and linked to existing ids (``grouping``), government bodies the
article only abbreviates get their full names (``bodies``), facts between the
candidates are drawn with their quotes (``relations``), ids proposed (``ids``), and the whole
written out as YAML for the curator (``draft``).
"""

from __future__ import annotations

from chaingraph.authoring.counties import cued_stems
from chaingraph.authoring.dictionary import in_dictionary
from chaingraph.authoring.extract.abroad import places_abroad
from chaingraph.authoring.extract.bodies import spell_out_bodies
from chaingraph.authoring.extract.candidates import Draft, Mention
from chaingraph.authoring.extract.company_projects import name_past_company
from chaingraph.authoring.extract.dates import article_dates, date_in_byline
from chaingraph.authoring.extract.equipment import without_bought_equipment
from chaingraph.authoring.extract.figures import find_figures, without_item_number
from chaingraph.authoring.extract.grouping import group_mentions, link_existing, merge_linked
from chaingraph.authoring.extract.ids import assign_ids
from chaingraph.authoring.extract.issuers import without_issuers
from chaingraph.authoring.extract.kind_words import without_kind_products
from chaingraph.authoring.extract.latin_names import latin_companies
from chaingraph.authoring.extract.made_lists import (
    etc_list_items,
    link_list_items,
    product_cells,
    product_lists,
    shared_noun_items,
)
from chaingraph.authoring.extract.mentions import (
    byline_publishers,
    known_names,
    parks_named_in_projects,
    resolve_overlaps,
    suffix_names,
    without_listed_projects,
)
from chaingraph.authoring.extract.people import head_bylines, listed_visitors, people_by_role
from chaingraph.authoring.extract.phases import wholes_of_phases
from chaingraph.authoring.extract.place_shapes import (
    firms_bases,
    parks_spelled_with_zone,
    without_brand_parks,
    without_plan_districts,
)
from chaingraph.authoring.extract.product_bounds import bounded_products, company_short_names
from chaingraph.authoring.extract.ranked_lists import ranked_row_products
from chaingraph.authoring.extract.relations import Relations
from chaingraph.authoring.extract.rules import LEGAL_SUFFIXES
from chaingraph.authoring.extract.scopes import inner_parks
from chaingraph.authoring.extract.site_place import site_candidate, site_region
from chaingraph.authoring.extract.tables import table_figures, table_names, without_row_repeats
from chaingraph.authoring.extract.tokens import pos_tokenizer, sentence_tokens
from chaingraph.authoring.extract.topic_places import without_topic_places
from chaingraph.authoring.extract.towns import town_subjects
from chaingraph.authoring.gazetteer import Gazetteer
from chaingraph.sources.normalize import Normalized
from chaingraph.sources.pagelines import parse_credit


def extract(normalized: Normalized, source_id: str, gazetteer: Gazetteer, source_date: str | None = None) -> Draft:
    """Propose entities, figures and relations for one normalized source."""
    text = normalized.text
    sentences = [without_item_number(text, s) for s in normalized.sentences if s.text.strip()]
    source_date = source_date or date_in_byline(sentences)
    tokenizer = pos_tokenizer(gazetteer)
    cued = cued_stems(text)  # county stems that head names where the article names their county
    figures = table_figures(text, sentences, [f for s in sentences for f in find_figures(s)])  # (tables)
    dates = article_dates(sentences, source_date)
    mentions: list[Mention] = []
    head = head_bylines(sentences)
    for sentence in sentences:
        if sentence.id in head and parse_credit(sentence.text) is not None:
            continue  # 某某日报社记者 张三 over the text: the capture's metadata, no person, newsroom or place of it
        tokens = sentence_tokens(tokenizer, sentence, cued)
        blocked = [(f.start, f.end) for f in figures if f.sentence == sentence.id]
        mentions += suffix_names(tokens, sentence, blocked, gazetteer)
        mentions += known_names(tokens, sentence, gazetteer)
        mentions += places_abroad(sentence)  # 在越南海防市投资建厂: a seat abroad, no market (abroad)
        if sentence.id not in head:  # (地点：某某有限公司 over the text names the company, not who wrote)
            mentions += people_by_role(tokens, sentence) + byline_publishers(sentence)
        mentions += latin_companies(sentence)  # Voltrag Automotive GmbH, 大元精密株式会社
        mentions += product_lists(sentence)
        mentions += etc_list_items(sentence)  # A、B等轻量化零部件: the items of a kind of thing made
        mentions += shared_noun_items(sentence)  # 医药级、食品级透明质酸钠: grades sharing one noun
        mentions += link_list_items(sentence)  # A、B等缺失环节: the goods of the links a place lacks
        mentions += inner_parks(sentence)  # A内的B作为“园中园” (scopes)
        mentions += table_names(text, sentence)  # a table row's project and builder cells (tables)
        mentions += product_cells(text, sentence)  # and the products its 主要产品 cell lists
        mentions += ranked_row_products(text, sentence)  # 1. X有限公司，汽车座椅骨架，28.6亿元 (ranked_lists)
        mentions += town_subjects(sentence)  # 合陈镇现有企业41家: a town that opens its clause (towns)
    mentions = without_topic_places(mentions, sentences, gazetteer)  # 滁州市…；芜湖市华曜电气…；淮南市…
    mentions += listed_visitors(sentences)  # 参与单位名称及人员姓名： / 某某基金管理有限公司 张三
    organisations = [m.text for m in mentions if m.kind == "organisation" and m.text.endswith(LEGAL_SUFFIXES)]
    companies = company_short_names(organisations, gazetteer)
    literal = {short for short in companies if any(short in name for name in organisations)
               and not in_dictionary(short[:2])}  # (grouping files such a "product" under its company)
    mentions = bounded_products(mentions, text, gazetteer.regions, companies, literal)  # 全县冷藏车 -> 冷藏车
    mentions = without_brand_parks(without_plan_districts(mentions, text))  # 高铁站片区, 锦州芯港…有限公司
    mentions = firms_bases(mentions)  # X专业合作社示范基地: the cooperative's land
    mentions = without_listed_projects(mentions, text)  # 分别签约年产A8GWh、B10万吨项目: two, no one name
    mentions = resolve_overlaps(wholes_of_phases(parks_named_in_projects(mentions, text), sentences))
    candidates = spell_out_bodies(group_mentions(mentions, text, gazetteer), text, gazetteer)
    link_existing(candidates, gazetteer)
    candidates = merge_linked(candidates)
    name_past_company(candidates, text)  # X有限公司年产5GWh储能电池项目 is also 年产5GWh储能电池项目
    parks_spelled_with_zone(candidates, text)  # X经开区Y产业园 is also Y产业园
    chrome = [change.before for change in normalized.changes if change.kind == "chrome"]
    site = site_candidate(candidates, text, site_region(chrome))  # 重庆市铜梁区人民政府: the page is 铜梁区's
    builder = Relations(text, sentences, candidates, without_row_repeats(text, figures), dates, gazetteer, source_date,
                        site)
    builder.build()
    candidates = without_kind_products(builder.candidates, text)  # 新签约汽车零部件项目9个: a kind, no product
    candidates = without_bought_equipment(candidates, text)  # 新增A、B等设备64台套: machines put in, no goods
    candidates = without_issuers(candidates, text)  # X关于…的通报 and its signature: the publisher, no entity
    assign_ids(candidates, gazetteer)
    return Draft(source_id, candidates, dates, source_date, normalized.sentences)
