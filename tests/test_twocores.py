"""Facts files read on two cores give what reading them one after the other gives."""

from __future__ import annotations

import os

import pytest
from support import ROOT

from chaingraph.authoring.synth import generate
from chaingraph.core import twocores
from chaingraph.core.problems import InputError
from chaingraph.core.project import Project
from chaingraph.core.twocores import map_on_two_cores
from chaingraph.facts.loader import load_facts
from chaingraph.facts.vocabulary import load_vocabulary
from chaingraph.sources.captures import load_sources


def _load(project: Project):
    """The facts, or the problems reported, as text."""
    try:
        facts = load_facts(sorted(project.facts.glob("*.yaml")), sorted(project.reference.glob("*.yaml")),
                           load_vocabulary(project.ontology), load_sources(project.sources))
    except InputError as err:
        return [str(problem) for problem in err.problems]
    return facts


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(twocores, "cores", lambda: 2)  # the parallel path even on a one-core machine


def test_a_region_read_on_two_cores_gives_the_same_facts(tmp_path, two_cores, monkeypatch):
    generate(zones=5, companies=25, seed=3, target=tmp_path, project_root=ROOT)
    project = Project(root=tmp_path)
    assert len(list(project.facts.glob("*.yaml"))) >= twocores.PARALLEL_FROM
    both = _load(project)
    monkeypatch.setattr(twocores, "PARALLEL_FROM", 10**6)
    alone = _load(project)
    assert both.statements == alone.statements and len(both.statements) > 100
    assert both.entities == alone.entities


def test_problems_in_files_read_by_either_core_are_reported_in_file_order(tmp_path, two_cores, monkeypatch):
    generate(zones=5, companies=25, seed=4, target=tmp_path, project_root=ROOT)
    project = Project(root=tmp_path)
    files = sorted(project.facts.glob("*.yaml"))
    for path in (files[0], files[-1]):  # split by size, these two need not go to the same core
        text = path.read_text(encoding="utf-8")
        text = text.replace("  quote: ", "  quote: 不在原文里的话", 1).replace("  - partOf:", "  - partOff:", 1)
        path.write_text(text, encoding="utf-8")
    both = _load(project)
    monkeypatch.setattr(twocores, "PARALLEL_FROM", 10**6)
    alone = _load(project)
    assert both == alone
    assert any(files[0].name in problem and "quote" in problem for problem in both)
    assert any(files[-1].name in problem and "partOff" in problem for problem in both)


def _square_here_only(parent: int):
    def square(number: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return number * number
    return square


def test_jobs_of_a_failed_child_are_done_by_the_parent(two_cores):
    jobs = list(range(10))
    assert map_on_two_cores(_square_here_only(os.getpid()), jobs, jobs) == [n * n for n in jobs]
    assert map_on_two_cores(lambda n: -n, jobs, [1] * 10) == [-n for n in jobs]
