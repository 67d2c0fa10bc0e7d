"""The Zigong graph end to end: sourced facts, labels, SHACL, outputs, determinism, provenance."""

from __future__ import annotations

import hashlib
import re

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import RDF, RDFS
from support import ROOT, ZIGONG, copy_project

from chaingraph.cli.main import main
from chaingraph.core.namespaces import CG, sparql_prologue
from chaingraph.core.outputnames import DATASET_STEM
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset, write_outputs


def test_every_quote_occurs_in_its_source_at_its_offsets(zigong):
    text = zigong.sources[ZIGONG].normalized.text
    evidence = list(zigong.dataset.subjects(RDF.type, CG.Evidence))
    quoted = [e for e in evidence if (e, CG.quote, None) in zigong.dataset]
    assert len(quoted) > 150
    for node in quoted:
        quote = str(zigong.dataset.value(node, CG.quote))
        start = int(zigong.dataset.value(node, CG.start))
        end = int(zigong.dataset.value(node, CG.end))
        assert text[start:end] == quote
        sentence = zigong.dataset.value(node, CG.sentence)  # the sentence holds the quote at these offsets
        bounds = int(zigong.dataset.value(sentence, CG.start)), int(zigong.dataset.value(sentence, CG.end))
        assert bounds[0] <= start < end <= bounds[1]
        assert quote in str(zigong.dataset.value(sentence, CG.text))


def test_every_entity_has_one_chinese_and_one_english_label(zigong):
    entities = {zigong.dataset.value(e, RDF.subject) for e in zigong.dataset.subjects(RDF.type, CG.Evidence)}
    assert len(entities) >= 70
    for entity in entities:
        languages = sorted(label.language for label in zigong.dataset.objects(entity, RDFS.label))
        assert languages == ["en", "zh"], entity


def test_chinese_labels_are_simplified(zigong):
    traditional = set("區貢鈉電鏈項產級園術權試驗")
    for label in zigong.dataset.objects(None, RDFS.label):
        if isinstance(label, Literal) and label.language == "zh":
            assert not traditional & set(str(label)), label


def test_the_graph_conforms_to_the_shapes(zigong):
    assert zigong.violations == []
    from chaingraph.dataset.shacl import validate

    assert validate(zigong.quads, ROOT / "ontology" / "shapes.ttl") == []


def test_shapes_catch_a_capacity_without_unit(zigong):
    from chaingraph.dataset.shacl import validate

    broken = [q for q in zigong.quads if not (q[1] == CG.unitCode and str(q[0]).endswith("jiana-polyanion-capacity"))]
    violations = validate(broken, ROOT / "ontology" / "shapes.ttl")
    assert any("jiana-polyanion-capacity" in v.focus and "unitCode" in v.path for v in violations)


def test_turtle_and_trig_parse_in_an_independent_parser(built_outputs, zigong):
    union = {(s, p, o) for s, p, o, _ in zigong.quads}
    turtle = list(ox.parse(path=str(built_outputs / f"{DATASET_STEM}.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(turtle) == len(union)
    trig = list(ox.parse(path=str(built_outputs / f"{DATASET_STEM}.trig"), format=ox.RdfFormat.TRIG))
    assert len(trig) == len(zigong.quads)
    graphs = {str(q.graph_name.value) for q in trig}
    assert "https://w3id.org/chaingraph/ns" in graphs
    assert f"https://w3id.org/chaingraph/id/graph/source-{ZIGONG}" in graphs


def test_two_builds_give_identical_bytes(tmp_path):
    digests = []
    for name in ("first", "second"):
        out = tmp_path / name
        result = build_dataset(Project(root=ROOT, outputs=out))
        write_outputs(result)
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())
                        if not p.name.startswith(".")})
    assert digests[0] == digests[1]
    assert f"{DATASET_STEM}.ttl" in digests[0] and f"{DATASET_STEM}.trig" in digests[0]


def test_base_iri_is_configurable(tmp_path):
    result = build_dataset(Project(root=ROOT, base="http://example.org/zigong/"))
    subjects = {str(s) for s, _, _, _ in result.quads}
    assert "http://example.org/zigong/jiana-energy" in subjects
    assert not any(s.startswith("https://w3id.org/chaingraph/id/") for s in subjects)


PROVENANCE = """
SELECT ?quote ?sentence ?title ?publisher WHERE {
  ?evidence rdf:subject id:zone-sodium-ion-cell-capacity ; rdf:predicate cg:value ; rdf:object ?value ;
            cg:quote ?quote ; cg:sentence/cg:text ?sentence ; cg:evidenceSource ?source .
  ?source dcterms:title ?title ; dcterms:publisher/rdfs:label ?publisher .
  FILTER (lang(?title) = "zh" && lang(?publisher) = "zh")
}"""


def test_provenance_query_over_the_built_files_returns_the_quote(built_outputs):
    store = ox.Store()
    store.load(path=str(built_outputs / f"{DATASET_STEM}.trig"), format=ox.RdfFormat.TRIG)
    rows = list(store.query(sparql_prologue() + PROVENANCE, use_default_graph_as_union=True))
    assert len(rows) == 1
    quote, sentence, title, publisher = (row.value for row in rows[0])
    assert quote == "5GWh钠离子电池电芯"
    assert "高新区现具备5GWh钠离子电池电芯" in sentence
    assert title == "看自贡高新区如何深耕集成授权改革“试验田”"
    assert publisher == "自贡网"


# ------------------------------------------------------------------------------------ bad input

FACTS = f"data/facts/{ZIGONG}.yaml"


def _build_broken(tmp_path, capsys, edit):
    """Build a good copy, break it with `edit`, build again: return (exit code, stderr, untouched?)."""
    project = copy_project(tmp_path / "project")
    assert main(["--root", str(project.root), "build"]) == 0
    before = {p.name: p.read_bytes() for p in project.output_dir.iterdir() if p.is_file()}
    capsys.readouterr()
    facts = project.root / FACTS
    facts.write_text(edit(facts.read_text(encoding="utf-8")), encoding="utf-8")
    code = main(["--root", str(project.root), "build"])
    err = capsys.readouterr().err
    after = {p.name: p.read_bytes() for p in project.output_dir.iterdir() if p.is_file()}
    return code, err, before == after


def _replace_once(old, new):
    def edit(text):
        assert old in text, old
        return text.replace(old, new, 1)
    return edit


def _line_of(needle):
    text = (ROOT / FACTS).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def test_unknown_class_names_file_line_and_field(tmp_path, capsys):
    code, err, untouched = _build_broken(tmp_path, capsys, _replace_once("class: Company", "class: Compny"))
    assert code == 1 and untouched
    assert f"{FACTS}:{_line_of('class: Company')}: jiana-energy.class: unknown class 'Compny'" in err
    assert "did you mean Company" in err


def test_unknown_property_is_an_error(tmp_path, capsys):
    code, err, untouched = _build_broken(tmp_path, capsys, _replace_once("- produces: polyanion", "- makes: polyanion"))
    assert code == 1 and untouched
    assert re.search(rf"{FACTS}:\d+: jiana-energy\.facts\[0\]\.makes: unknown property", err)


def test_missing_label_is_an_error(tmp_path, capsys):
    edit = _replace_once("label: {zh: 板仓工业园区, en: Bancang Industrial Park}", "label: {zh: 板仓工业园区}")
    code, err, untouched = _build_broken(tmp_path, capsys, edit)
    assert code == 1 and untouched
    assert "bancang-industrial-park.label.en: missing label" in err


def test_dangling_reference_is_an_error(tmp_path, capsys):
    edit = _replace_once("- partOf: zigong-high-tech-zone", "- partOf: zigong-hightech-zone")
    code, err, untouched = _build_broken(tmp_path, capsys, edit)
    assert code == 1 and untouched
    assert "bancang-industrial-park.partOf: dangling reference to 'zigong-hightech-zone'" in err
    assert "did you mean zigong-high-tech-zone" in err


def test_duplicate_id_is_an_error(tmp_path, capsys):
    edit = _replace_once("  - id: joint-development\n", "  - id: enclave-park\n")
    code, err, untouched = _build_broken(tmp_path, capsys, edit)
    assert code == 1 and untouched
    assert "enclave-park.id: duplicate id in this file" in err


def test_quote_not_in_source_is_an_error(tmp_path, capsys):
    edit = _replace_once("quote: 走进高新区板仓工业园区\n", "quote: 走进了板仓工业园区\n")
    code, err, untouched = _build_broken(tmp_path, capsys, edit)
    assert code == 1 and untouched
    assert "quote not found in source zigong-gaoxinqu-2024-08: '走进了板仓工业园区'" in err


def test_number_that_is_not_a_number_is_an_error(tmp_path, capsys):
    code, err, untouched = _build_broken(tmp_path, capsys, _replace_once("- value: 100000", "- value: 10万"))
    assert code == 1 and untouched
    assert "jiana-polyanion-capacity.facts[0].value: '10万' is not a valid number" in err


def test_malformed_yaml_is_an_error_with_its_line(tmp_path, capsys):
    code, err, untouched = _build_broken(tmp_path, capsys, _replace_once("  - id: sichuan\n", "  - id: [sichuan\n"))
    assert code == 1 and untouched
    assert re.search(rf"{FACTS}:\d+: yaml: malformed YAML", err)


def test_yaml_aliases_are_refused(tmp_path, capsys):
    def edit(text):
        text = _replace_once("  - id: sichuan\n", "  - id: &a sichuan\n")(text)
        return _replace_once("- partOf: zigong\n", "- partOf: *a\n")(text)
    code, err, untouched = _build_broken(tmp_path, capsys, edit)
    assert code == 1 and untouched
    assert "YAML aliases (*name) are not allowed" in err


def test_all_errors_of_a_run_are_reported_together(tmp_path, capsys):
    def edit(text):
        text = _replace_once("class: Company", "class: Compny")(text)
        return _replace_once("- value: 100000", "- value: lots")(text)
    code, err, untouched = _build_broken(tmp_path, capsys, edit)
    assert code == 1 and untouched
    assert "2 problem(s)" in err and "Compny" in err and "'lots'" in err


def test_unwritable_outputs_give_a_clear_error(tmp_path, capsys):
    project = copy_project(tmp_path / "project")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code = main(["--root", str(project.root), "build", "--outputs", str(blocker / "out")])
    assert code == 1
    assert "cannot" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ at scale


def test_hubs_estimated_from_seeded_pivots_are_stable_and_find_the_exact_top_hub(zigong, monkeypatch):
    """Above EXACT_HUBS_UP_TO entities betweenness is estimated from seeded pivots: every build of
    the same data ranks the same way, and the hub it puts first is the one the exact measure does."""
    from chaingraph.analysis import chain
    from chaingraph.analysis.projection import to_networkx

    G = to_networkx(zigong)
    exact = chain.hubs(G, top=5)
    monkeypatch.setattr(chain, "EXACT_HUBS_UP_TO", 10)
    monkeypatch.setattr(chain, "HUB_PIVOTS", 40)
    estimated = chain.hubs(G, top=5)
    assert estimated == chain.hubs(to_networkx(zigong), top=5)
    assert estimated[0][0] == exact[0][0] == "https://w3id.org/chaingraph/id/zigong-high-tech-zone"
    assert [b for _, b, _ in estimated] != [b for _, b, _ in exact]  # an estimate, not the exact figures


def test_shapes_accept_every_unit_the_extractor_writes(zigong):
    """A curator's draft keeps the unit code the extractor chose (标箱 as TEU, 双 as PR): the build must accept
    each, or a new article's figures fail validation."""
    from chaingraph.authoring.extract.figures import UNIT_CODES
    from chaingraph.dataset.shacl import validate

    target = next(q for q in zigong.quads if q[1] == CG.unitCode and str(q[0]).endswith("jiana-polyanion-capacity"))
    for code in sorted(set(UNIT_CODES.values())):
        changed = [q if q != target else (q[0], q[1], Literal(code, datatype=target[2].datatype), q[3])
                   for q in zigong.quads]
        violations = validate(changed, ROOT / "ontology" / "shapes.ttl")
        assert not [v for v in violations if "unit must be" in v.message], code  # (the evidence is the old code's)
