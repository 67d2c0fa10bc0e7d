"""Shared fixtures: the real Zigong project, built once, and disposable copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset, write_outputs

ROOT = Path(__file__).resolve().parents[1]
ZIGONG = "zigong-gaoxinqu-2024-08"


def copy_project(target: Path) -> Project:
    """A private copy of the project's inputs (ontology, data, queries) that a test may break."""
    for name in ("ontology", "data", "queries"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, target / name)
    return Project(root=target)


@pytest.fixture(scope="session")
def zigong():
    """The Zigong dataset built from the project's own data (validated)."""
    return build_dataset(Project(root=ROOT))


@pytest.fixture(scope="session")
def built_outputs(tmp_path_factory, zigong):
    """outputs/ of a full build of the real data, written to a temporary folder."""
    from chaingraph.cli.build import extra_outputs

    out = tmp_path_factory.mktemp("outputs")
    result = build_dataset(Project(root=ROOT, outputs=out))
    write_outputs(result, extra_outputs(result))
    return out


@pytest.fixture
def project_copy(tmp_path) -> Project:
    return copy_project(tmp_path)
