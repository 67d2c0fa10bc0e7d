"""Citations that cannot point at the wrong sentence: a quote that occurs in several sentences names
the one it cites (`sentence: s012`), the loader checks it, and the draft writer names it for every quote."""

from __future__ import annotations

import pytest
from support import ROOT, ZIGONG, copy_project

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.candidates import Candidate, Draft, Fact, Mention
from chaingraph.authoring.extract.draft import draft_yaml
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.cli.main import main
from chaingraph.core.problems import InputError
from chaingraph.facts.loader import load_facts
from chaingraph.facts.vocabulary import load_vocabulary
from chaingraph.sources.captures import load_sources
from chaingraph.sources.normalize import normalize

# Two companies of one park make the same product: the phrase 主要生产光伏组件 stands in s003 and s004.
SOURCE = "yichuan-pv-2025-01"
ARTICLE = """宜川县光伏产业园再添新项目
2025年1月8日，宜川县光伏产业园迎来两家企业集中投产。
宏泰新能源科技有限公司主要生产光伏组件，年产能达到5GW。
锦源光电有限公司同样主要生产光伏组件，并配套建设逆变器产线。
园区负责人表示，光伏组件产业集群已初具规模。
"""
HEAD = f"""source: {SOURCE}
entities:
  - id: pv-module
    class: Product
    label: {{zh: 光伏组件, en: PV module}}
    quote: 光伏组件产业集群
  - id: jinyuan-optoelectronics
    class: Company
    label: {{zh: 锦源光电有限公司, en: "Jinyuan Optoelectronics Co., Ltd."}}
    quote: 锦源光电有限公司同样
    facts:
      - produces: pv-module
"""
FACTS_FILE = f"data/facts/{ZIGONG}.yaml"


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(ROOT / "ontology" / "chaingraph.ttl")


def _load(tmp_path, vocabulary, statement: str):
    """Load HEAD with the last statement's evidence lines; (facts, None) or (None, problems)."""
    path = tmp_path / "pv.yaml"
    path.write_text(HEAD + statement, encoding="utf-8")
    try:
        return load_facts([path], [], vocabulary, {SOURCE: normalize(ARTICLE)}), None
    except InputError as err:
        return None, err.problems


def _line(statement_line: int) -> int:
    return HEAD.count("\n") + statement_line


def test_a_repeated_quote_with_its_sentence_cites_that_sentence(tmp_path, vocabulary):
    facts, problems = _load(tmp_path, vocabulary, "        quote: 主要生产光伏组件\n        sentence: s004\n")
    assert problems is None
    (statement,) = [s for s in facts.statements if s.prop == "produces"]
    text = normalize(ARTICLE).text
    assert statement.evidence.sentence == "s004"
    assert text[statement.evidence.start:statement.evidence.end] == "主要生产光伏组件"
    assert statement.evidence.start > text.index("锦源光电")  # the second occurrence, not the first


def test_an_ambiguous_quote_is_refused_with_its_occurrences(tmp_path, vocabulary):
    _, problems = _load(tmp_path, vocabulary, "        quote: 主要生产光伏组件\n")
    (problem,) = problems
    assert problem.file.endswith("pv.yaml") and problem.line == _line(1)
    assert problem.field == "jinyuan-optoelectronics.facts[0].quote"
    assert "occurs in 2 sentences" in problem.message
    assert "s003 “…能源科技有限公司主要生产光伏组件，年产能达到5G…”" in problem.message
    assert "s004 “…光电有限公司同样主要生产光伏组件，并配套建设逆变…”" in problem.message
    assert "add sentence: s003" in problem.hint


def test_a_sentence_that_does_not_hold_the_quote_is_refused_naming_both(tmp_path, vocabulary):
    _, problems = _load(tmp_path, vocabulary, "        quote: 主要生产光伏组件\n        sentence: s005\n")
    (problem,) = problems
    assert problem.line == _line(2) and problem.field == "jinyuan-optoelectronics.facts[0].sentence"
    assert "quote '主要生产光伏组件' does not occur in sentence s005" in problem.message
    assert "it occurs in s003, s004" in problem.message


def test_an_unknown_or_malformed_sentence_id_is_refused(tmp_path, vocabulary):
    _, problems = _load(tmp_path, vocabulary, "        quote: 主要生产光伏组件\n        sentence: s042\n")
    (problem,) = problems
    assert problem.line == _line(2) and problem.field.endswith(".sentence")
    assert "unknown sentence s042 in source yichuan-pv-2025-01 (its sentences are s001 to s005)" in problem.message
    _, problems = _load(tmp_path, vocabulary, "        quote: 主要生产光伏组件\n        sentence: 4\n")
    assert "4 is not a sentence id" in problems[0].message and "such as s012" in problems[0].hint


def test_a_quote_that_occurs_once_may_name_its_sentence_and_is_checked(tmp_path, vocabulary):
    facts, problems = _load(tmp_path, vocabulary, "        quote: 配套建设逆变器产线\n        sentence: s004\n")
    assert problems is None
    assert [s.evidence.sentence for s in facts.statements if s.prop == "produces"] == ["s004"]
    _, problems = _load(tmp_path, vocabulary, "        quote: 配套建设逆变器产线\n        sentence: s003\n")
    assert "does not occur in sentence s003" in problems[0].message and "write sentence: s004" in problems[0].hint


def test_an_entity_quote_takes_a_sentence_too(tmp_path, vocabulary):
    path = tmp_path / "pv.yaml"
    path.write_text(HEAD.replace("    quote: 锦源光电有限公司同样\n", "    quote: 光伏组件\n    sentence: s002\n")
                    + "        quote: 配套建设逆变器产线\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_facts([path], [], vocabulary, {SOURCE: normalize(ARTICLE)})
    (problem,) = caught.value.problems
    assert problem.field == "jinyuan-optoelectronics.sentence" and "it occurs in s003, s004, s005" in problem.message


def test_a_quote_repeated_inside_one_sentence_is_not_ambiguous(tmp_path, vocabulary):
    facts, problems = _load(tmp_path, vocabulary, "        quote: 光伏\n        sentence: s005\n")
    assert problems is None  # 光伏 also stands in s001 to s004: the sentence decides
    _, problems = _load(tmp_path, vocabulary, "        quote: 产\n")
    assert "occurs in 5 sentences" in problems[0].message


def test_reference_knowledge_takes_no_sentence(tmp_path, vocabulary):
    path = tmp_path / "ref.yaml"
    path.write_text("reference: demo-chain\nentities:\n  - id: pv-module\n    class: Product\n"
                    "    label: {zh: 光伏组件, en: PV module}\n    basis: common knowledge\n    sentence: s001\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_facts([], [path], vocabulary, {})
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (7, "pv-module.sentence")


# ------------------------------------------------------------------------ the Zigong article's repeats


ZIGONG_REPEATS = {  # quote -> the sentence the facts file cites (s013 is the photo caption under s012)
    "珈钠能源年产10万吨聚阴离子正极材料一期项目": "s012",
    "年产10万吨聚阴离子正极材料": "s012",
    "年产10万吨": "s012",
    "高新区政务服务中心": "s009",
}


def test_the_four_repeated_zigong_quotes_cite_the_sentence_the_file_names(zigong):
    text = zigong.sources[ZIGONG].normalized
    for quote, sentence in ZIGONG_REPEATS.items():
        assert len({s.id for s in text.sentences if quote in s.text}) == 2, quote
        cited = [s for s in zigong.facts.statements if s.evidence.quote == quote]
        assert cited, quote
        for statement in cited:
            assert statement.evidence.sentence == sentence
            chosen = next(s for s in text.sentences if s.id == sentence)
            assert chosen.start <= statement.evidence.start and statement.evidence.end <= chosen.end


def test_every_other_zigong_quote_occurs_in_one_sentence_only(zigong):
    text = zigong.sources[ZIGONG].normalized
    for statement in zigong.facts.statements:
        quote = statement.evidence.quote
        if quote and quote not in ZIGONG_REPEATS:
            assert len({s.id for s in text.sentences if quote in s.text}) == 1, quote


def test_dropping_a_sentence_from_the_zigong_file_names_file_line_and_field(tmp_path, capsys):
    project = copy_project(tmp_path / "project")
    path = project.root / FACTS_FILE
    text = path.read_text(encoding="utf-8")
    marker = "      - produces: polyanion-cathode-material\n        quote: 珈钠能源年产10万吨聚阴离子正极材料一期项目\n"
    at = text.index(marker + "        sentence: s012\n")
    line = text[:at].count("\n") + 2
    path.write_text(text.replace(marker + "        sentence: s012\n", marker, 1), encoding="utf-8")
    assert main(["--root", str(project.root), "build", "--check"]) == 1
    err = capsys.readouterr().err
    assert f"{FACTS_FILE}:{line}: jiana-energy.facts[0].quote: quote '珈钠能源年产10万吨聚阴离子正极材料一期项目' " \
           "occurs in 2 sentences" in err
    assert "s012 “" in err and "s013 “" in err and "add sentence: s012" in err


# ------------------------------------------------------------------------ the draft names every sentence


def test_the_draft_writes_a_sentence_with_every_quote_and_it_loads(tmp_path, vocabulary):
    source = load_sources(ROOT / "data" / "sources")[ZIGONG]
    draft = extract(source.normalized, ZIGONG, build_gazetteer([], {ZIGONG}), source.visit_date)
    draft.sentences = source.normalized.sentences
    text = draft_yaml(draft)
    lines = text.splitlines()
    by_id = {s.id: s.text for s in source.normalized.sentences}
    quotes = [i for i, line in enumerate(lines) if line.strip().startswith("quote:")]
    assert len(quotes) > 50
    for i in quotes:
        quote = lines[i].split("quote: ", 1)[1].strip('"')
        sentence = lines[i + 1].strip()
        assert sentence.startswith("sentence: s"), (lines[i], lines[i + 1])
        assert quote in by_id[sentence.split()[1]]
        if quote in by_id["s013"]:
            assert sentence == "sentence: s012  # also in s013"  # the body, not the photo caption under it
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    try:  # the draft may leave work for the curator, but no citation of it is refused
        load_facts([path], [], vocabulary, {ZIGONG: source})
    except InputError as err:
        assert not [p for p in err.problems if p.field.endswith((".quote", ".sentence"))]


def test_the_draft_cites_the_sentence_where_the_fact_was_read():
    normalized = normalize(ARTICLE)
    s003, s004 = normalized.sentences[2], normalized.sentences[3]
    def mention(text, sentence, at):
        return Mention(text, sentence.start + at, sentence.start + at + len(text), sentence.id, "Company")

    company = Candidate("Company", ["锦源光电有限公司"], [mention("锦源光电有限公司", s004, 0)], id="jinyuan")
    product = Candidate("Product", ["光伏组件"], [mention("光伏组件", s003, 15), mention("光伏组件", s004, 14)],
                        id="pv-module")
    company.quote = "锦源光电有限公司"
    company.facts = [Fact("produces", product, "主要生产光伏组件")]
    product.quote = "主要生产光伏组件"
    draft = Draft(SOURCE, [company, product], [], None, normalized.sentences)
    text = draft_yaml(draft)
    produces = "      - produces: pv-module\n        quote: 主要生产光伏组件\n"
    assert produces + "        sentence: s004  # also in s003\n" in text
    assert "    quote: 主要生产光伏组件\n    sentence: s003  # also in s004\n" in text  # the product's first mention


def test_a_draft_without_sentences_writes_none():
    normalized = normalize(ARTICLE)
    draft = extract(normalized, SOURCE, build_gazetteer([]), "2025-01-08")
    assert "sentence:" not in draft_yaml(Draft(draft.source, draft.candidates, draft.dates, draft.source_date))

