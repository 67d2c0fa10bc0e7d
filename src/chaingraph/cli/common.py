"""What every command shares: finding the project its arguments name."""

from __future__ import annotations

from pathlib import Path

from chaingraph.core.problems import UsageError
from chaingraph.core.project import Project, find_project


def project_from(args, needs_inputs: bool = True) -> Project:
    """The project named by --root/--base (and --outputs where a command has it).

    A command that reads the project's inputs (ontology/, data/) says in one line that it needs a
    project when none is found; commands that read only a built outputs folder pass
    needs_inputs=False and work anywhere.
    """
    outputs = getattr(args, "outputs", None)
    project = find_project(Path(args.root) if args.root else None, args.base, Path(outputs) if outputs else None)
    if needs_inputs and not project.has_inputs:
        raise UsageError(f"no chaingraph project in {project.root} or any folder above it (a project holds "
                         "ontology/chaingraph.ttl and data/): run the command inside one, or pass --root DIR")
    return project
