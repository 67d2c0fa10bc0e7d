"""Incremental builds: a build that reuses unchanged sources from the cache writes exactly the
bytes a clean build writes, after a source is added, changed or removed; checks across sources
still see every source; a failed build leaves the outputs and the cache as they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from chaingraph.cli.main import main
from chaingraph.core.namespaces import prefixes
from chaingraph.dataset.cache import CACHE_FOLDER, COUNTS, INFERRED, MANIFEST
from chaingraph.dataset.formats import FORMATS, serialize

pytestmark = pytest.mark.slow  # eight builds of a synthetic region


@pytest.fixture
def region(tmp_path, monkeypatch) -> Path:
    """A synthetic region of three zones, each one source, written by `chaingraph synth`."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.chdir(tmp_path)
    assert main(["synth", "--zones", "3", "--companies", "6", "--seed", "3", "-o", "region"]) == 0
    return tmp_path / "region"


def source_files(project: Path, zone: str) -> list[Path]:
    data = project / "data"
    return [data / "facts" / f"synth-{zone}-gxq.yaml", *sorted((data / "sources").glob(f"synth-{zone}-gxq.*"))]


def build(project: Path, capsys, *extra: str) -> str:
    capsys.readouterr()
    assert main(["--root", str(project), "build", *extra]) == 0
    return capsys.readouterr().out


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file by name (the cache and the lock are the build's own, not outputs)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def assert_same_as_clean(project: Path, capsys, tmp_path: Path) -> None:
    clean = tmp_path / f"clean-{len(list(tmp_path.glob('clean-*')))}"
    build(project, capsys, "--clean", "--outputs", str(clean))
    ours, theirs = outputs(project / "outputs"), outputs(clean)
    assert sorted(ours) == sorted(theirs)
    assert len(ours) >= 12
    for name in ours:
        assert ours[name] == theirs[name], f"{name} differs from a clean build's"
    assert_written_as_pyoxigraph_writes_them(project / "outputs")


def assert_written_as_pyoxigraph_writes_them(folder: Path) -> None:
    """The files written a part at a time (dataset/fileparts.py; a clean build's too) are those
    pyoxigraph writes from the whole dataset at once."""
    quads = sorted(ox.parse(path=str(folder / "chaingraph.nq"), format=ox.RdfFormat.N_QUADS), key=str)
    for name in FORMATS:
        whole = serialize(quads, name, prefixes("https://w3id.org/chaingraph/id/"))
        assert (folder / f"chaingraph{FORMATS[name].extension}").read_bytes() == whole, name


def test_adding_changing_and_removing_a_source_gives_a_clean_builds_bytes(region, tmp_path, capsys):
    held = tmp_path / "held"
    held.mkdir()
    for path in source_files(region, "mianyang"):  # the third zone comes later
        shutil.move(path, held / path.name)
    first = build(region, capsys)
    assert "reused" not in first  # nothing to reuse yet
    assert (region / "outputs" / CACHE_FOLDER / MANIFEST).is_file()

    # adding: the two sources built before are reused, the new one is made
    for path in held.iterdir():
        folder = "facts" if path.suffix == ".yaml" and "meta" not in path.name else "sources"
        shutil.move(path, region / "data" / folder / path.name)
    added = build(region, capsys)
    assert "3 source(s)" in added
    assert "reused 2 unchanged source(s) from the cache; made 1 again, 0 removed" in added
    assert_same_as_clean(region, capsys, tmp_path)

    # changing: a source's title and an entity's English label in its facts
    meta = region / "data" / "sources" / "synth-chengdu-gxq.meta.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("产业链建设观察", "产业链建设回顾"), encoding="utf-8")
    facts = region / "data" / "facts" / "synth-chengdu-gxq.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "Chengdu New Energy Industrial Park" in text
    facts.write_text(text.replace("Chengdu New Energy Industrial Park", "Chengdu Energy Park"), encoding="utf-8")
    changed = build(region, capsys)
    assert "reused 2 unchanged source(s) from the cache; made 1 again, 0 removed" in changed
    assert "产业链建设回顾".encode() in (region / "outputs" / "chaingraph.nq").read_bytes()
    assert b"Chengdu Energy Park" in (region / "outputs" / "chaingraph.nq").read_bytes()
    assert_same_as_clean(region, capsys, tmp_path)

    # removing: its graph leaves the dataset, the others are reused
    for path in source_files(region, "deyang"):
        path.unlink()
    removed = build(region, capsys)
    assert "2 source(s)" in removed
    assert "reused 2 unchanged source(s) from the cache; made 0 again, 1 removed" in removed
    assert b"synth-deyang-gxq" not in (region / "outputs" / "chaingraph.nq").read_bytes()
    assert_same_as_clean(region, capsys, tmp_path)
    entries = sorted((region / "outputs" / CACHE_FOLDER).glob("*.nq"))
    assert [e.name for e in entries].count(INFERRED) == 1
    assert len(entries) == 3  # two sources and the inferred graph: the entries no build uses are gone
    # void.ttl's counts of each source's own nodes, kept under its key, went with it too
    assert len(list((region / "outputs" / CACHE_FOLDER).glob(f"*{COUNTS}"))) == 2
    # the cached inferred graph is the one the outputs hold, which the next build compares with
    cached = set((region / "outputs" / CACHE_FOLDER / INFERRED).read_text(encoding="utf-8").splitlines())
    written = {line for line in (region / "outputs" / "chaingraph.nq").read_text(encoding="utf-8").splitlines()
               if line.rstrip(" .").endswith("/graph/inferred>")}
    assert cached and cached == written


def test_graph_texts_are_copied_from_the_last_files_only_while_they_hold_the_same_quads(region, tmp_path, capsys):
    """The RDF files are written a part at a time (a graph, or a run of a source's sentences or
    evidence nodes), each unchanged part's text copied from the last build's file
    (dataset/fileparts.py). A text edited in the file since is written afresh. A graph's text
    follows the entities' labels it carries, which go to the first source declaring an entity:
    deyang's graph gets the cathode chengdu also declares when chengdu is removed, though
    deyang's own files did not change."""
    held = tmp_path / "held"
    held.mkdir()
    for path in source_files(region, "mianyang"):
        shutil.move(path, held / path.name)
    build(region, capsys)
    out = region / "outputs"
    manifest = json.loads((out / CACHE_FOLDER / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["layouts"]) == sorted(FORMATS)
    assert len(manifest["layouts"]["nt"]) == 4  # two sources' sentences and evidence nodes
    layout = manifest["layouts"]["nq"]
    assert len(layout) == 3  # two sources' graphs and the inferred graph
    data = (out / "chaingraph.nq").read_bytes()
    for offset, length, _digest, _quads in layout.values():  # each recorded text is one whole graph's lines
        graphs = {quad.graph_name for quad in ox.parse(data[offset:offset + length], format=ox.RdfFormat.N_QUADS)}
        assert len(graphs) == 1
        assert data[offset - 1:offset] in (b"", b"\n") and data[offset + length - 1:offset + length] == b"\n"
    for name in FORMATS:  # every part's text edited in the file (chengdu's are reused), its length kept
        path = out / f"chaingraph{FORMATS[name].extension}"
        text = bytearray(path.read_bytes())
        for offset, length, _digest, _quads in manifest["layouts"][name].values():
            middle = offset + length // 2
            text[middle] = ord("X") if text[middle] != ord("X") else ord("Y")
        path.write_bytes(bytes(text))
    for path in held.iterdir():
        folder = "facts" if path.suffix == ".yaml" and "meta" not in path.name else "sources"
        shutil.move(path, region / "data" / folder / path.name)
    assert "made 1 again" in build(region, capsys)
    assert_same_as_clean(region, capsys, tmp_path)

    deyang = "https://w3id.org/chaingraph/id/graph/source-synth-deyang-gxq"
    label = f'<https://w3id.org/chaingraph/id/synth-lfp-cathode> <http://www.w3.org/2000/01/rdf-schema#label> ' \
            f'"磷酸铁锂正极材料"@zh <{deyang}> .'.encode()
    assert label not in (out / "chaingraph.nq").read_bytes().splitlines()
    for path in source_files(region, "chengdu"):
        path.unlink()
    assert "made 0 again, 1 removed" in build(region, capsys)
    assert label in (out / "chaingraph.nq").read_bytes().splitlines()
    assert_same_as_clean(region, capsys, tmp_path)


def test_void_counts_kept_for_a_source_are_counted_again_when_damaged_or_not_fitting(region, tmp_path, capsys):
    """void.ttl counts each reused source's sentences and evidence nodes from what the cache kept
    (dataset/voidcounts.py); an entry that is not JSON, not such an entry, or not of as many quads
    as the dataset holds there is counted from the quads again, and kept right for the next build."""
    build(region, capsys)
    entries = sorted((region / "outputs" / CACHE_FOLDER).glob(f"*{COUNTS}"))
    assert len(entries) == 3  # one per source
    kept = [json.loads(entry.read_text(encoding="utf-8")) for entry in entries]
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].write_text(json.dumps({**kept[1], "quads": kept[1]["quads"] + 1}), encoding="utf-8")
    entries[2].write_text(json.dumps({**kept[2], "objects": len(kept[2]["objects"])}), encoding="utf-8")
    build(region, capsys)
    assert_same_as_clean(region, capsys, tmp_path)
    assert [json.loads(entry.read_text(encoding="utf-8"))["quads"] for entry in entries] == [k["quads"] for k in kept]


def test_a_source_entry_edited_after_its_build_is_read_strictly_and_made_again_when_invalid(region, tmp_path, capsys):
    """An entry whose bytes are those the last build recorded is read without checking its IRIs
    again; one edited since (here: an IRI with a space, which only a strict reading refuses) is
    read strictly, and a source whose entry does not parse is made again from its files."""
    build(region, capsys)
    cache = region / "outputs" / CACHE_FOLDER
    manifest = json.loads((cache / MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["digests"]) == set(manifest["sources"].values())  # every source's entry recorded
    entry = cache / f"{manifest['sources']['synth-chengdu-gxq']}.nq"
    entry.write_bytes(entry.read_bytes() + b"<https://example.org/not an iri> <https://example.org/p> \"x\" "
                                           b"<https://example.org/g> .\n")
    build(region, capsys)
    assert b"not an iri" not in (region / "outputs" / "chaingraph.nq").read_bytes()
    assert b"not an iri" not in entry.read_bytes()  # kept again as the build made it
    assert_same_as_clean(region, capsys, tmp_path)


def test_void_counts_of_sources_whose_node_iris_start_alike_are_read_from_the_quads(region, tmp_path, capsys):
    """A reference file named after a source, and a source whose id starts with another's: their
    evidence and sentence IRIs start like that source's, so its nodes are not its own alone; the
    description counts them from the quads and still gives a clean build's bytes."""
    data = region / "data"
    reference = data / "reference" / "synth-industries.yaml"
    text = reference.read_text(encoding="utf-8")
    assert "reference: synth-industries\n" in text
    reference.unlink()
    (data / "reference" / "synth-mianyang-gxq-industries.yaml").write_text(
        text.replace("reference: synth-industries\n", "reference: synth-mianyang-gxq-industries\n"), encoding="utf-8")
    build(region, capsys)
    build(region, capsys)  # reads back what the first kept
    assert_same_as_clean(region, capsys, tmp_path)
    cache = region / "outputs" / CACHE_FOLDER
    assert len(list(cache.glob(f"*{COUNTS}"))) == 2  # Chengdu's and Deyang's; Mianyang's nodes are not its own
    for path in source_files(region, "deyang"):
        renamed = path.parent / path.name.replace("synth-deyang-gxq", "synth-chengdu-gxq-deyang")
        renamed.write_text(path.read_text(encoding="utf-8").replace("synth-deyang-gxq", "synth-chengdu-gxq-deyang"),
                           encoding="utf-8")
        path.unlink()
    assert "made 1 again, 1 removed" in build(region, capsys)
    assert_same_as_clean(region, capsys, tmp_path)
    assert b"synth-chengdu-gxq-deyang-s001" in (region / "outputs" / "chaingraph.nq").read_bytes()


def test_checks_across_sources_see_the_reused_ones_and_a_failed_build_changes_nothing(region, capsys):
    build(region, capsys)
    before = outputs(region / "outputs")
    cache = region / "outputs" / CACHE_FOLDER
    cached = {p.name: p.read_bytes() for p in cache.iterdir()}
    facts = region / "data" / "facts" / "synth-deyang-gxq.yaml"
    # the Deyang file now declares an entity of the (unchanged, cached) Chengdu source as a company
    facts.write_text(facts.read_text(encoding="utf-8") + (
        "- id: chengdu-gxq-park-1\n  class: Company\n  label:\n    zh: 德阳高新区\n    en: Deyang High-tech Zone\n"
        "  quote: 德阳高新区\n"), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(region), "build"]) != 0
    problems = capsys.readouterr().err.splitlines()
    assert any("class Company differs from IndustrialPark" in p and "synth-chengdu-gxq.yaml" in p for p in problems)
    assert outputs(region / "outputs") == before
    assert {p.name: p.read_bytes() for p in cache.iterdir()} == cached


def test_shacl_on_the_changed_nodes_finds_what_a_full_validation_finds_there(region):
    """The incremental build validates only the nodes a change touches: a fact stripped of its
    evidence is found from its subject, and from nowhere else; what points at a node is checked
    again when the node's types change, not when its label does."""
    from chaingraph.core.project import Project
    from chaingraph.dataset.build import build_dataset, validate_result
    from chaingraph.dataset.built import BuiltDataset
    from chaingraph.dataset.focus import changed_statements, focus_nodes

    result = build_dataset(Project(root=region))
    park = next(q for q in result.oxigraph_quads if q.subject.value.endswith("/chengdu-gxq-park-1")
                and q.predicate.value.endswith("#partOf"))
    evidence = {q.subject for q in result.oxigraph_quads
                if q.predicate.value.endswith("#subject") and q.object == park.subject}
    assert evidence
    broken = BuiltDataset(result.project, result.vocabulary,
                          [q for q in result.oxigraph_quads if q.subject not in evidence])
    full = validate_result(broken)
    assert full and {v.focus for v in full} == {park.subject.value}  # stated and inferred statements alike
    assert validate_result(broken, {park.subject}) == full
    assert validate_result(broken, {park.object}) == []  # the zone it is part of is fine
    # the evidence quads left the dataset: their statements changed the merged graph
    removed = [q for q in result.oxigraph_quads if q.subject in evidence]
    touched = focus_nodes(changed_statements(removed, [], broken.store), broken.store)
    assert park.subject in touched
    assert validate_result(broken, touched) == full
    # a quad stated again in another graph changes nothing SHACL sees
    again = ox.Quad(park.subject, park.predicate, park.object, ox.NamedNode(park.graph_name.value + "-copy"))
    store = result.store
    store.add(again)
    assert changed_statements([], [again], store) == []
    zone = park.object
    pointing = {q.subject for q in result.oxigraph_quads if q.object == zone and not q.graph_name.value.endswith("ns")}
    assert len(pointing) > 3
    label = next(q for q in result.oxigraph_quads if q.subject == zone and q.predicate.value.endswith("#label"))
    typed = next(q for q in result.oxigraph_quads if q.subject == zone and q.predicate.value.endswith("#type"))
    assert not pointing <= focus_nodes([label.triple], store)  # a new label: only the zone's own shapes
    assert pointing <= focus_nodes([typed.triple], store)  # a new type: what points at it is checked too


def test_an_error_seen_only_from_an_unchanged_node_is_found_incrementally(region, capsys):
    """A product declared again as an industry: the capacity that names it (whose own statements did
    not change) no longer names a product, and the incremental build says so as a clean one does."""
    build(region, capsys)
    before = outputs(region / "outputs")
    cache = region / "outputs" / CACHE_FOLDER
    cached = {p.name: p.read_bytes() for p in cache.iterdir()}
    facts = region / "data" / "facts" / "synth-deyang-gxq.yaml"
    text = facts.read_text(encoding="utf-8")
    declared = "- id: synth-aluminium-foil\n  class: Product\n"
    assert declared in text
    facts.write_text(text.replace(declared, declared.replace("Product", "Industry")), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(region), "build", "--check"]) != 0
    clean = capsys.readouterr().err
    assert "deyang-gxq-co-1-capacity: https://w3id.org/chaingraph/ns#ofProduct: a capacity names exactly one" in clean
    assert main(["--root", str(region), "build"]) != 0
    assert capsys.readouterr().err == clean
    assert outputs(region / "outputs") == before
    # a build failing SHACL leaves the cache as it was, like the outputs
    assert {p.name: p.read_bytes() for p in cache.iterdir()} == cached


def _read_yaml_calls(monkeypatch) -> list[str]:
    """The facts files the loader parses from here on (their YAML, not a record kept for them)."""
    import chaingraph.facts.loader as loader

    calls: list[str] = []
    real = loader.read_yaml

    def counted(path):
        calls.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(loader, "read_yaml", counted)
    return calls


def test_an_unchanged_facts_file_is_not_read_again_and_its_problems_still_name_file_line_and_field(
        region, capsys, monkeypatch):
    build(region, capsys)
    read = _read_yaml_calls(monkeypatch)
    build(region, capsys)
    assert read == []  # every facts and reference file came from its record
    # The Chengdu file renames its zone in English; the Deyang file, unchanged and not read again,
    # names the zone too and still gives the old name: its record must say where.
    chengdu = region / "data" / "facts" / "synth-chengdu-gxq.yaml"
    chengdu.write_text(chengdu.read_text(encoding="utf-8").replace(
        "en: Chengdu High-tech Zone\n", "en: Chengdu Hi-tech Zone\n", 1), encoding="utf-8")
    deyang = region / "data" / "facts" / "synth-deyang-gxq.yaml"
    lines = deyang.read_text(encoding="utf-8").splitlines()
    declared = lines.index("- id: chengdu-gxq")
    label_line = declared + 1 + lines[declared:].index("  label:")
    capsys.readouterr()
    assert main(["--root", str(region), "build"]) != 0
    assert read == ["synth-chengdu-gxq.yaml"]
    problems = capsys.readouterr().err
    assert (f"synth-deyang-gxq.yaml:{label_line}: chengdu-gxq.label.en: 'Chengdu High-tech Zone' differs from "
            "'Chengdu Hi-tech Zone' given earlier") in problems


def test_a_kept_record_follows_the_sources_it_quotes(region, capsys, monkeypatch):
    """A facts file is read again when the text of a source it quotes changed, though its own
    bytes did not: a quote gone from the text is refused with the facts file's line and field."""
    build(region, capsys)
    text = region / "data" / "sources" / "synth-deyang-gxq.txt"
    facts = (region / "data" / "facts" / "synth-deyang-gxq.yaml").read_text(encoding="utf-8").splitlines()
    declared = facts.index("- id: deyang-gxq-cooperation")
    first = declared + 1 + next(n for n, line in enumerate(facts[declared:]) if line.startswith("  quote: "))
    quote = facts[first - 1].removeprefix("  quote: ")  # the cooperation between the two zones
    assert quote in text.read_text(encoding="utf-8")
    text.write_text(text.read_text(encoding="utf-8").replace(quote, "德阳高新区与成都高新区开展合作"),
                    encoding="utf-8")
    read = _read_yaml_calls(monkeypatch)
    capsys.readouterr()
    assert main(["--root", str(region), "build"]) != 0
    assert "synth-deyang-gxq.yaml" in read and "synth-chengdu-gxq.yaml" not in read
    problems = capsys.readouterr().err
    assert f"synth-deyang-gxq.yaml:{first}: deyang-gxq-cooperation.quote: quote not found in source" in problems


def test_a_record_read_back_is_the_record_read_from_yaml():
    """The JSON a build keeps for a facts file gives back every step, problem and dependency."""
    import json

    from chaingraph.core.project import find_project
    from chaingraph.facts.loader import read_record
    from chaingraph.facts.records import from_json, to_json
    from chaingraph.facts.vocabulary import load_vocabulary
    from chaingraph.sources.captures import load_sources

    project = find_project(Path(__file__).resolve().parents[1])
    vocabulary = load_vocabulary(project.ontology)
    sources = {sid: s.normalized for sid, s in load_sources(project.sources).items()}
    files = [(p, False) for p in sorted(project.facts.glob("*.yaml"))]
    files += [(p, True) for p in sorted(project.reference.glob("*.yaml"))]
    for path, is_reference in files:
        record = read_record(path, is_reference, vocabulary, sources)
        assert any(step[0] == "statement" for step in record.steps)
        assert from_json(json.loads(json.dumps(to_json(record), ensure_ascii=False))) == record
