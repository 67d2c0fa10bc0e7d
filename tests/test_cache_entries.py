"""A damaged or hand-edited cache entry is never trusted: a facts file's record that is not a
record is read from its YAML again, and a manifest that is not a build's record means the last
build is unknown (so everything is validated). Neither stops a build with a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chaingraph.core.project import find_project
from chaingraph.dataset.cache import MANIFEST, BuildCache
from chaingraph.facts.loader import read_record
from chaingraph.facts.records import RECORD_FORMAT, from_json, to_json
from chaingraph.facts.vocabulary import load_vocabulary
from chaingraph.sources.captures import load_sources


@pytest.fixture(scope="module")
def kept() -> dict:
    """The JSON an incremental build keeps for the first facts file of the project."""
    project = find_project(Path(__file__).resolve().parents[1])
    sources = {sid: s.normalized for sid, s in load_sources(project.sources).items()}
    path = sorted(project.facts.glob("*.yaml"))[0]
    return json.loads(json.dumps(to_json(read_record(path, False, load_vocabulary(project.ontology), sources))))


def damaged(kept: dict) -> list[dict]:
    return [
        {**kept, "steps": "not a list"},
        {**kept, "steps": [["entity", "only-an-id"]]},  # one field short of what apply_record unpacks
        {**kept, "steps": [["statement", ["too", "few"]]]},
        {**kept, "steps": [["no-such-step", 1]]},
        {**kept, "problems": [["file.yaml"]]},
        {**kept, "depends": ["a list"]},
        {key: value for key, value in kept.items() if key != "graph"},
    ]


def test_a_record_that_is_not_a_record_is_read_again(kept):
    assert kept["format"] == RECORD_FORMAT and from_json(kept) is not None
    for data in damaged(kept):
        assert from_json(data) is None, data


@pytest.mark.parametrize("text", ["[1, 2]", "{}", '{"shared": "k", "sources": ["a"]}',
                                  '{"shared": "k", "sources": {"a": 1}}', '{"sources": {}}', "{not json"])
def test_a_manifest_that_is_not_a_builds_record_is_no_last_build(tmp_path, text):
    (tmp_path / MANIFEST).write_text(text, encoding="utf-8")
    assert BuildCache(tmp_path).manifest() == {}


def test_a_builds_manifest_is_read_back(tmp_path):
    cache = BuildCache(tmp_path)
    layouts = {"nq": {"k": [0, 10, "digest", 3]}}
    cache.finish("shared-key", {"b": "kb", "a": "ka"}, b"", layouts)
    assert cache.manifest() == {"shared": "shared-key", "sources": {"a": "ka", "b": "kb"}, "digests": {},
                                "layouts": layouts}


def test_a_manifest_whose_layouts_are_not_a_table_knows_no_parts(tmp_path):
    (tmp_path / MANIFEST).write_text('{"shared": "k", "sources": {"a": "ka"}, "layouts": ["nq"]}', encoding="utf-8")
    assert BuildCache(tmp_path).manifest()["layouts"] == {}


def test_the_inferred_graph_is_compared_line_by_line_and_a_damaged_one_is_not_known(tmp_path):
    import pyoxigraph as ox

    from chaingraph.dataset.cache import INFERRED, nquads

    graph = ox.NamedNode("https://example.org/graph/inferred")
    a, b, c = (ox.Quad(ox.NamedNode(f"https://example.org/{n}"), ox.NamedNode("https://example.org/p"),
                       ox.Literal(f"值 {n}", language="zh"), graph) for n in "abc")
    cache = BuildCache(tmp_path)
    assert cache.inferred_changes(nquads([a])) is None  # no last build
    cache.finish("shared-key", {}, nquads([a, b]))
    assert cache.inferred_changes(nquads([b, a])) == ([], [])
    assert cache.inferred_changes(nquads([b, c])) == ([a], [c])
    (tmp_path / INFERRED).write_bytes(nquads([a]) + b"<not n-quads\n")
    assert cache.inferred_changes(nquads([a])) is None


def test_an_unvalidated_build_leaves_no_last_build_to_trust(tmp_path):
    """The next incremental build validates only what changed since the cache's last build, so a
    build that skipped SHACL must not become that last build."""
    from chaingraph.dataset.build import build_dataset, write_outputs

    project = find_project(Path(__file__).resolve().parents[1], outputs=tmp_path / "out")
    write_outputs(build_dataset(project, validate_shapes=False, incremental=True))
    assert (tmp_path / "out" / "chaingraph.nq").is_file()
    assert BuildCache.of(project).manifest() == {}
    write_outputs(build_dataset(project, incremental=True))
    assert BuildCache.of(project).manifest()["sources"]


def test_a_change_to_the_code_making_the_quads_changes_every_key(tmp_path):
    """The version stays 0.x while chaingraph is worked on: a build after a change to the code that
    makes sources' quads or facts records must make them again, not read the old ones back."""
    import shutil

    import chaingraph
    from chaingraph.dataset.cache import code_digest, code_digest_of

    package = Path(chaingraph.__file__).parent
    copy = tmp_path / "chaingraph"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "static", "templates"))
    assert code_digest_of(copy) == code_digest()
    views = copy / "views" / "report.py"
    views.write_text(views.read_text(encoding="utf-8") + "\n# outputs are made from the whole dataset anyway\n",
                     encoding="utf-8")
    assert code_digest_of(copy) == code_digest()
    quads = copy / "dataset" / "quads.py"
    quads.write_text(quads.read_text(encoding="utf-8") + "\n# a change to how quads are made\n", encoding="utf-8")
    assert code_digest_of(copy) != code_digest()


def test_the_key_names_the_installed_libraries_and_python():
    """An upgrade of pyoxigraph, rdflib, PyYAML, jieba or OpenCC, or of Python and its Unicode
    data, gives new keys: what the old versions made is not reused."""
    import importlib.metadata
    import sys
    import unicodedata

    from chaingraph.dataset.cache import environment

    said = environment()
    for name in ("pyoxigraph", "rdflib", "PyYAML", "jieba", "opencc"):
        assert f"{name} {importlib.metadata.version(name)}" in said
    assert sys.version in said and unicodedata.unidata_version in said


def test_a_missing_file_and_an_empty_file_give_different_keys(tmp_path):
    from chaingraph.dataset.cache import source_key

    empty = tmp_path / "a.yaml"
    empty.write_bytes(b"")
    missing = tmp_path / "missing" / "a.yaml"
    assert source_key("shared", [empty], []) != source_key("shared", [missing], [])
    assert source_key("shared", [empty], []) == source_key("shared", [empty], [])
