"""The six RDF files written by a forked child while the views are made: the same bytes as the
one-core build's, and a failure anywhere (the child, a writer, a view) changes no output."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os

import pytest
from support import ROOT

from chaingraph.cli.build import extra_outputs
from chaingraph.cli.main import main
from chaingraph.core import filesinchild, twocores
from chaingraph.core.atomic import TEMP_PREFIX
from chaingraph.core.outputnames import DATASET_STEM
from chaingraph.core.project import Project
from chaingraph.dataset import build as build_module
from chaingraph.dataset.build import build_dataset, rdf_files_in_child, write_outputs
from chaingraph.dataset.formats import FORMATS


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(twocores, "cores", lambda: 2)  # the child's path even on a one-core machine


@pytest.fixture(scope="module")
def built():
    return build_dataset(Project(root=ROOT))


def _at(result, folder):
    """The same built dataset, writing into `folder`."""
    return dataclasses.replace(result, project=Project(root=ROOT, outputs=folder))


def _files(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if not path.name.startswith(".")}


def _writers_recorded(monkeypatch, log):
    """Record, in `log`, the process that writes each RDF file (a child's list would stay its own)."""
    write_parts_to = build_module.write_parts_to

    def recorded(output, name, *args):
        with open(log, "a", encoding="ascii") as handle:
            handle.write(f"{os.getpid()} {name}\n")
        write_parts_to(output, name, *args)
    monkeypatch.setattr(build_module, "write_parts_to", recorded)


def test_the_child_writes_the_same_bytes_as_a_build_on_one_core_or_without_the_option(tmp_path, monkeypatch):
    log = tmp_path / "writers.log"
    _writers_recorded(monkeypatch, log)
    runs = ((2, "two", ["--parallel-write"]), (1, "one", ["--parallel-write"]), (2, "default", []))
    for cores, name, flags in runs:
        monkeypatch.setattr(twocores, "cores", lambda cores=cores: cores)
        assert main(["--root", str(ROOT), "build", "--clean", *flags, "--outputs", str(tmp_path / name)]) == 0
    two, one, default = (_files(tmp_path / name) for _, name, _ in runs)
    assert two == one == default
    assert {f"{DATASET_STEM}{fmt.extension}" for fmt in FORMATS.values()} < set(two)
    writers = [line.split() for line in log.read_text().splitlines()]
    assert len(writers) == 3 * len(FORMATS)
    assert {pid for pid, _ in writers[:len(FORMATS)]} != {str(os.getpid())}  # two cores: another process
    assert {pid for pid, _ in writers[len(FORMATS):]} == {str(os.getpid())}  # one core, or not asked: this one
    assert not list((tmp_path / "two").glob(f"{TEMP_PREFIX}*"))


def test_a_child_that_fails_leaves_its_files_to_the_parent(tmp_path, monkeypatch, built, two_cores):
    parent, write_parts_to = os.getpid(), build_module.write_parts_to

    def fails_in_the_child(output, name, *args):
        if os.getpid() != parent:
            raise MemoryError("the child ran short")
        write_parts_to(output, name, *args)
    monkeypatch.setattr(build_module, "write_parts_to", fails_in_the_child)
    result = _at(built, tmp_path / "child")
    with rdf_files_in_child(result) as rdf_files:
        assert rdf_files.child is not None
        write_outputs(result, rdf_files=rdf_files)
    monkeypatch.setattr(build_module, "write_parts_to", write_parts_to)
    alone = _at(built, tmp_path / "alone")
    write_outputs(alone)
    assert _files(tmp_path / "child") == _files(tmp_path / "alone")
    assert not list((tmp_path / "child").glob(f"{TEMP_PREFIX}*"))


def _previous_build(built, folder) -> dict[str, bytes]:
    """A build's outputs in `folder`, made unlike the next one's, so a change would show."""
    write_outputs(_at(built, folder))
    for path in folder.iterdir():
        if not path.name.startswith("."):
            path.write_bytes(b"the previous build's " + path.name.encode() + b"\n")
    return _files(folder)


def test_a_writer_that_fails_in_child_and_parent_changes_no_output(tmp_path, monkeypatch, built, two_cores):
    previous = _previous_build(built, tmp_path)
    write_parts_to = build_module.write_parts_to

    def fails_for_rdfxml(output, name, *args):
        if name == "rdfxml":
            output.write(b"<?xml half a file")
            raise ValueError("a term RDF/XML cannot write")
        write_parts_to(output, name, *args)
    monkeypatch.setattr(build_module, "write_parts_to", fails_for_rdfxml)
    result = _at(built, tmp_path)
    with pytest.raises(ValueError, match="RDF/XML"), rdf_files_in_child(result) as rdf_files:
        assert rdf_files.child is not None
        write_outputs(result, {tmp_path / "report.md": b"new report\n"}, rdf_files)
    assert _files(tmp_path) == previous
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))
    assert multiprocessing.active_children() == []


def test_a_view_that_fails_while_the_child_writes_changes_no_output(tmp_path, built, two_cores):
    previous = _previous_build(built, tmp_path)
    result = _at(built, tmp_path)
    with pytest.raises(KeyboardInterrupt), rdf_files_in_child(result) as rdf_files:  # Ctrl-C during the views
        assert rdf_files.child is not None
        extra_outputs(result)
        raise KeyboardInterrupt
    assert _files(tmp_path) == previous
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))
    assert multiprocessing.active_children() == []


def test_without_the_memory_for_a_child_the_parent_writes_the_files(tmp_path, monkeypatch, built, two_cores):
    needed = built.quad_count * filesinchild.CHILD_BYTES_PER_ITEM
    monkeypatch.setattr(filesinchild, "available_memory", lambda: needed - 1)
    result = _at(built, tmp_path / "short")
    with rdf_files_in_child(result) as rdf_files:
        assert rdf_files.child is None
        write_outputs(result, rdf_files=rdf_files)
    monkeypatch.setattr(filesinchild, "available_memory", lambda: needed)
    result = _at(built, tmp_path / "enough")
    with rdf_files_in_child(result) as rdf_files:
        assert rdf_files.child is not None
        write_outputs(result, rdf_files=rdf_files)
    assert _files(tmp_path / "short") == _files(tmp_path / "enough")
