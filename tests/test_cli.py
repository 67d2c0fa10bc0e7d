"""The command line outside a project folder: each command says what it needs in one line, and
commands that read only a built outputs folder work anywhere."""

from __future__ import annotations

import shutil

import pytest

from chaingraph.cli.main import main
from chaingraph.core.outputnames import DATASET_FILE, REPORT_MARKDOWN

NEEDS_A_PROJECT = [
    ["build"], ["build", "--check"], ["normalize", "some-source"], ["extract", "some-source"],
    ["ingest", "capture.txt", "--id", "some-source"],
]
NEEDS_A_BUILD = [
    ["export"], ["query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["serve", "--port", "0"], ["report"],
    ["path", "a", "b"], ["neighbours", "a"], ["publish", "--endpoint", "http://127.0.0.1:9/store"],
]


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """An empty working folder with no project above it and no CHAINGRAPH_ROOT."""
    monkeypatch.delenv("CHAINGRAPH_ROOT", raising=False)
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize("command", NEEDS_A_PROJECT, ids=lambda c: c[0])
def test_a_command_that_reads_the_inputs_says_it_needs_a_project(elsewhere, capsys, command):
    assert main(command) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "no chaingraph project" in err and "--root" in err
    assert list(elsewhere.iterdir()) == []  # nothing written


@pytest.mark.parametrize("command", NEEDS_A_BUILD, ids=lambda c: c[0])
def test_a_command_that_reads_a_build_says_where_it_looked(elsewhere, capsys, command):
    assert main(command) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and f"no built dataset at outputs/{DATASET_FILE}" in err and "--outputs" in err
    assert list(elsewhere.iterdir()) == []


def test_commands_that_read_a_build_work_outside_a_project(elsewhere, built_outputs, capsys):
    outputs = elsewhere / "copy"
    outputs.mkdir()
    shutil.copy(built_outputs / DATASET_FILE, outputs / DATASET_FILE)
    assert main(["query", "ASK { ?s a ?c }", "--outputs", str(outputs)]) == 0
    assert main(["neighbours", "jiana-energy", "--outputs", str(outputs)]) == 0
    assert main(["report", "--outputs", str(outputs)]) == 0
    assert (outputs / REPORT_MARKDOWN).read_bytes() == (built_outputs / REPORT_MARKDOWN).read_bytes()


def test_root_wins_over_the_environment(tmp_path, monkeypatch, capsys):
    from support import ROOT

    monkeypatch.setenv("CHAINGRAPH_ROOT", str(tmp_path))  # not a project
    assert main(["--root", str(ROOT), "build", "--check"]) == 0
