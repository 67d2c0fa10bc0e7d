"""Where a project's inputs and outputs live, and its base IRI."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from chaingraph.core.namespaces import DEFAULT_BASE


@dataclass(frozen=True)
class Project:
    root: Path
    base: str = DEFAULT_BASE
    outputs: Path | None = None

    @property
    def ontology(self) -> Path:
        return self.root / "ontology" / "chaingraph.ttl"

    @property
    def shapes(self) -> Path:
        return self.root / "ontology" / "shapes.ttl"

    @property
    def sources(self) -> Path:
        return self.root / "data" / "sources"

    @property
    def facts(self) -> Path:
        return self.root / "data" / "facts"

    @property
    def reference(self) -> Path:
        return self.root / "data" / "reference"

    @property
    def queries(self) -> Path:
        return self.root / "queries"

    @property
    def output_dir(self) -> Path:
        return self.outputs or self.root / "outputs"

    @property
    def has_inputs(self) -> bool:
        """Whether `root` is a project folder: it holds the ontology and data/."""
        return is_project_root(self.root)


def is_project_root(folder: Path) -> bool:
    return (folder / "ontology" / "chaingraph.ttl").exists() and (folder / "data").is_dir()


def find_project(start: Path | None = None, base: str | None = None, outputs: Path | None = None) -> Project:
    """The project whose root holds ontology/ and data/, looked for from `start` (--root), else
    CHAINGRAPH_ROOT, else the working directory, and up.

    When no folder qualifies, the project is rooted at the start folder and `has_inputs` is False:
    commands that read only outputs (given with --outputs) still work there.
    """
    env_root = os.environ.get("CHAINGRAPH_ROOT")
    here = start or (Path(env_root) if env_root else Path.cwd())  # --root wins over the environment
    here = here.resolve()
    for candidate in (here, *here.parents):
        if is_project_root(candidate):
            root = candidate
            break
    else:
        root = here
    return Project(root=root, base=base or os.environ.get("CHAINGRAPH_BASE") or DEFAULT_BASE, outputs=outputs)
