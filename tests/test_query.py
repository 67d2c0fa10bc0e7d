"""`chaingraph query` on the built Zigong dataset: formats, prefixes, the library and bad queries."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest
import rdflib
from support import ROOT, copy_project

from chaingraph.cli.main import main
from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset, write_outputs
from chaingraph.dataset.sparql import QueryError, display_width, library, markdown_table, run_query
from chaingraph.dataset.store import store_from_quads

CAPACITIES = """SELECT ?capacity ?label WHERE {
  ?capacity a cg:Capacity ; rdfs:label ?label .
  FILTER(lang(?label) = "zh")
} ORDER BY ?capacity"""


@pytest.fixture
def query(built_outputs, capsys):
    """Run `chaingraph query ARGS` on the built Zigong outputs; (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--root", str(ROOT), "query", "--outputs", str(built_outputs), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_table_aligns_chinese_labels_by_display_width(query):
    code, out, _ = query(CAPACITIES)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["capacity", "label"]
    assert lines[-1] == "(4 rows)"
    rows = lines[2:-1]
    assert [row.split()[1] for row in rows] == [
        "珈钠能源聚阴离子正极材料年产10万吨产能",
        "高新区500万件精密结构件产能",
        "高新区30万吨钠电正极材料产能",
        "高新区5GWh钠离子电池电芯产能",
    ]
    # the label column starts at the same screen column on every line, and the rule is as wide as the widest label
    starts = {display_width(line[: line.index(line.split()[1])]) for line in [lines[0], *rows]}
    assert len(starts) == 1
    assert len(lines[1].split()[1]) == max(display_width(row.split()[1]) for row in rows)


def test_display_width_counts_wide_characters_twice():
    assert display_width("abc") == 3
    assert display_width("钠电") == 4
    assert display_width("5GWh钠离子电池电芯") == 4 + 7 * 2
    assert display_width("ＡＢ") == 4  # full-width Latin
    assert display_width("e\u0301") == 1  # a combining accent takes no column


def test_csv_and_tsv_are_the_sparql_results_formats(query):
    code, out, _ = query(CAPACITIES, "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == ["capacity", "label"]
    assert rows[1] == [
        "https://w3id.org/chaingraph/id/jiana-polyanion-capacity",
        "珈钠能源聚阴离子正极材料年产10万吨产能",
    ]
    assert len(rows) == 5
    code, out, _ = query(CAPACITIES, "--format", "tsv")
    lines = out.splitlines()
    assert lines[0] == "?capacity\t?label"
    assert (
        lines[1]
        == '<https://w3id.org/chaingraph/id/jiana-polyanion-capacity>\t"珈钠能源聚阴离子正极材料年产10万吨产能"@zh'
    )


def test_json_is_sparql_results_json(query):
    code, out, _ = query(CAPACITIES, "--format", "json")
    document = json.loads(out)
    assert document["head"]["vars"] == ["capacity", "label"]
    first = document["results"]["bindings"][0]
    assert first["capacity"] == {"type": "uri", "value": "https://w3id.org/chaingraph/id/jiana-polyanion-capacity"}
    assert first["label"] == {"type": "literal", "value": "珈钠能源聚阴离子正极材料年产10万吨产能", "xml:lang": "zh"}


def test_markdown_table(query):
    code, out, _ = query(CAPACITIES, "--format", "md")
    lines = out.splitlines()
    assert lines[:3] == [
        "| capacity | label |",
        "| --- | --- |",
        "| id:jiana-polyanion-capacity | 珈钠能源聚阴离子正极材料年产10万吨产能 |",
    ]
    assert len(lines) == 6


def test_markdown_escapes_pipes_and_newlines():
    table = markdown_table(["a"], [("x|y\nz",)])
    assert table.splitlines()[2] == "| x\\|y z |"


def test_ask_prints_yes_or_no_and_the_standard_boolean(query):
    assert query("ASK { id:jiana-energy a cg:Company }")[1] == "yes\n"
    assert query("ASK { id:jiana-energy a cg:Project }")[1] == "no\n"
    assert json.loads(query("ASK { id:jiana-energy a cg:Company }", "--format", "json")[1])["boolean"] is True


def test_construct_and_describe_print_turtle_with_prefixes(query):
    code, out, _ = query("CONSTRUCT { ?p cg:partOf ?zone } WHERE { ?p cg:partOf ?zone }")
    assert code == 0
    assert "@prefix cg: <https://w3id.org/chaingraph/ns#> ." in out
    graph = rdflib.Graph().parse(data=out, format="turtle")
    # stated: park in zone, zone in 自贡市, 自贡市 in 四川省 (reference);
    # inferred: park in 自贡市 and 四川省, zone in 四川省
    assert len(graph) == 6
    code, out, _ = query("DESCRIBE id:jiana-energy")
    graph = rdflib.Graph().parse(data=out, format="turtle")
    labels = {
        str(o) for o in graph.objects(rdflib.URIRef("https://w3id.org/chaingraph/id/jiana-energy"), rdflib.RDFS.label)
    }
    assert labels == {"自贡珈钠能源科技有限公司", "Zigong Jiana Energy Technology Co., Ltd."}


def test_a_query_may_declare_and_redeclare_prefixes(query):
    assert query("PREFIX ex: <https://w3id.org/chaingraph/ns#>\nASK { id:jiana-energy a ex:Company }")[1] == "yes\n"
    assert query("PREFIX cg: <http://example.org/other#>\nASK { id:jiana-energy a cg:Company }")[1] == "no\n"


def test_a_syntax_error_names_the_file_line_and_column(query, tmp_path):
    bad = tmp_path / "broken.rq"
    bad.write_text("SELECT ?s\nWHERE {\n  ?s a cg:Company .\n  BIND(1 AS )\n}\n", encoding="utf-8")
    code, out, err = query(str(bad))
    assert code == 1 and out == ""
    first = err.splitlines()[0]
    # line 4 of the file, not of the text with the prefixes in front; column 13 is the ')'
    assert first.startswith(f"chaingraph: {bad}:4:13: syntax error"), err
    assert "syntax error" in first and "Traceback" not in err


def test_an_unknown_prefix_is_named_with_its_position(query):
    code, _, err = query("SELECT ?s WHERE {\n  ?s a cg:Company ;\n     foo:bar ?o }")
    assert code == 1
    assert err.startswith('chaingraph: <query>:3:6: unknown prefix "foo:"'), err
    assert "cg:" in err  # it lists the prefixes that do exist


def test_prefix_lookalikes_in_strings_iris_and_comments_are_not_prefixes(zigong):
    store = store_from_quads(zigong.quads)
    text = 'SELECT ?x WHERE { BIND("foo:bar" AS ?x) FILTER(?x != <http://example.org/a:b>) } # baz:qux\n'
    assert [str(s["x"].value) for s in run_query(store, text)] == ["foo:bar"]
    with pytest.raises(QueryError) as caught:
        run_query(store, 'SELECT * WHERE { ?s ?p "x" . ?s ?p zz:y }', name="q.rq")
    assert (caught.value.name, caught.value.line, caught.value.column) == ("q.rq", 1, 36)


def test_list_shows_every_library_question(query):
    code, out, _ = query("--list")
    assert code == 0
    questions = library(ROOT / "queries")
    assert len(questions) >= 15
    lines = out.splitlines()
    assert len(lines) == 2 * len(questions)
    for q, first, second in zip(questions, lines[::2], lines[1::2], strict=True):
        assert first.split() == [q.id, q.zh]
        assert second.strip() == q.en


def test_library_questions_run_by_number_slug_or_file(query):
    by_number = query("2")[1]
    assert "id:zone-sodium-ion-cell-capacity" in by_number
    assert query("02")[1] == by_number
    assert query("capacities")[1] == by_number
    assert query(str(ROOT / "queries" / "02-capacities.rq"))[1] == by_number
    assert query("capacities", "--show")[1] == (ROOT / "queries" / "02-capacities.rq").read_text(encoding="utf-8")


def test_unknown_library_name_is_a_usage_error(query):
    code, _, err = query("no-such-question")
    assert code == 2 and "chaingraph query --list" in err
    code, _, err = query("missing.rq")
    assert code == 2 and "no such file" in err


def test_a_library_file_without_its_questions_is_reported(tmp_path, capsys):
    project = copy_project(tmp_path)
    (project.queries / "99-unfinished.rq").write_text("# en: What is missing?\nASK {}\n", encoding="utf-8")
    assert main(["--root", str(tmp_path), "query", "--list"]) == 1
    err = capsys.readouterr().err
    assert "99-unfinished.rq:1: header: no '# zh:' line" in err


def test_queries_run_on_the_built_dataset_without_the_yaml(tmp_path, capsys):
    project = copy_project(tmp_path)
    write_outputs(build_dataset(project))
    shutil.rmtree(project.root / "data")
    assert main(["--root", str(tmp_path), "query", "ASK { id:jiana-energy a cg:Company }"]) == 0
    assert capsys.readouterr().out == "yes\n"


def test_without_a_build_the_error_says_to_build(tmp_path, capsys):
    copy_project(tmp_path)
    assert main(["--root", str(tmp_path), "query", "ASK {}"]) == 1
    assert "run `chaingraph build` first" in capsys.readouterr().err


def test_the_command_reads_standard_input_and_prints_utf8(built_outputs):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "chaingraph",
            "--root",
            str(ROOT),
            "query",
            "--outputs",
            str(built_outputs),
            "-",
            "--format",
            "md",
        ],
        input="SELECT ?l WHERE { id:zigong-high-tech-zone rdfs:label ?l FILTER(lang(?l)='zh') }",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "LANG": "C"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "| l |\n| --- |\n| 自贡高新区 |\n"


def test_project_base_iri_is_used_for_id_prefix(tmp_path, capsys):
    project = copy_project(tmp_path)
    other = Project(root=project.root, base="https://example.org/zg/")
    write_outputs(build_dataset(other))
    assert (
        main(
            [
                "--root",
                str(tmp_path),
                "--base",
                "https://example.org/zg/",
                "query",
                "SELECT ?c WHERE { ?c a cg:Company }",
            ]
        )
        == 0
    )
    assert "id:jiana-energy" in capsys.readouterr().out


# ---------------------------------------------------------------- relative IRIs and parameters

def test_relative_iris_resolve_against_the_base(query):
    code, out, _ = query("SELECT ?t WHERE { <jiana-energy> a ?t } ORDER BY ?t", "--format", "csv")
    assert code == 0
    assert {"https://w3id.org/chaingraph/ns#Company", "http://www.w3.org/ns/org#Organization"} <= set(out.split())
    code, out, _ = query("CONSTRUCT { <s> <p> 1 } WHERE {}")
    graph = rdflib.Graph().parse(data=out, format="turtle")
    assert set(graph) == {(rdflib.URIRef("https://w3id.org/chaingraph/id/s"),
                           rdflib.URIRef("https://w3id.org/chaingraph/id/p"), rdflib.Literal(1))}


def evidence_subjects(out: str) -> set[str]:
    return {row["predicate"] for row in csv.DictReader(io.StringIO(out))}


@pytest.mark.parametrize("name", ["珈钠", "珈钠能源", "Jiana Energy", "jiananengyuan", "jnny", "jiana-energy"])
def test_a_library_parameter_takes_a_name_an_alias_or_pinyin(query, name):
    code, out, err = query("10", "--param", f"subject={name}", "--format", "csv")
    assert code == 0, err
    # the company's own facts (s021 自贡珈钠能源科技有限公司; s012 produces), not the default capacity's
    assert {"https://w3id.org/chaingraph/ns#produces", "https://w3id.org/chaingraph/ns#inIndustry"} <= \
        evidence_subjects(out)
    assert "https://w3id.org/chaingraph/ns#unitCode" not in evidence_subjects(out)


def test_a_loose_match_is_named_on_stderr(query):
    _, _, err = query("10", "--param", "subject=珈钠")
    assert "note: '珈钠能源' (start of a name) -> jiana-energy" in err


def test_an_unknown_name_or_parameter_is_a_clear_error(query):
    code, _, err = query("10", "--param", "subject=没有这个公司")
    assert code == 2 and "'没有这个公司' matches no entity" in err
    code, _, err = query("10", "--param", "entity=珈钠")
    assert code == 1 and "no parameter 'entity'" in err and "declares: subject" in err
    code, _, err = query("10", "--param", "subject")
    assert code == 2 and "NAME=VALUE" in err


def test_a_parameter_value_is_one_term_never_query_text(query, tmp_path):
    rq = tmp_path / "echo.rq"
    rq.write_text('# param: word text  any text\nSELECT ?word ?n WHERE {\n  VALUES ?word { "x" }\n'
                  '  BIND(1 AS ?n)\n}\n', encoding="utf-8")
    hostile = '" } } DELETE WHERE { ?s ?p ?o } #'
    code, out, err = query(str(rq), "--param", f"word={hostile}", "--format", "csv")
    assert code == 0, err
    assert list(csv.DictReader(io.StringIO(out))) == [{"word": hostile, "n": "1"}]
    code, _, err = query("19", "--param", "since=2024-06-01} UNION {")
    assert code == 1 and "takes a date YYYY-MM-DD" in err


def test_a_date_parameter_moves_the_window(query):
    code, out, _ = query("19", "--param", "since=2024-07-01", "--format", "csv")
    things = {row["thing"] for row in csv.DictReader(io.StringIO(out))}
    assert code == 0 and "https://w3id.org/chaingraph/id/tech-transfer-project-count" in things
    assert "https://w3id.org/chaingraph/id/jiana-cathode-project" not in things  # 2024-06 ends before July


def test_neighbours_and_path_find_entities_by_part_of_a_name_or_pinyin(built_outputs, capsys):
    assert main(["neighbours", "珈钠", "--outputs", str(built_outputs)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("自贡珈钠能源科技有限公司") and "jiana-cathode-project" in out
    assert main(["path", "jnny", "bcgyyq", "--outputs", str(built_outputs)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("自贡珈钠能源科技有限公司") and "板仓工业园区" in out.splitlines()[-2]


def test_the_endpoint_resolves_relative_iris_too(zigong):
    from chaingraph.core.namespaces import prefixes
    from chaingraph.web.answers import Job, run_job
    from chaingraph.web.limits import Limits

    store = store_from_quads(zigong.oxigraph_quads)
    reply = run_job(store, Job("SELECT ?t WHERE { <jiana-energy> a ?t }", "text/csv"), Limits(),
                    prefixes(zigong.project.base), zigong.project.base)
    assert reply.status == 200 and "http://www.w3.org/ns/org#Organization" in reply.body.decode()
    reply = run_job(store, Job("CONSTRUCT { <s> <p> 1 } WHERE {}", "application/n-triples"), Limits(),
                    prefixes(zigong.project.base), zigong.project.base)
    assert reply.status == 200
    assert reply.body.decode().strip() == ('<https://w3id.org/chaingraph/id/s> <https://w3id.org/chaingraph/id/p> '
                                           '"1"^^<http://www.w3.org/2001/XMLSchema#integer> .')
