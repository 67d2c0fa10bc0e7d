"""One module per command; each exposes register(subparsers) and sets `run` on its parser."""

from __future__ import annotations

from pathlib import Path

from chaingraph.core.project import Project, find_project


def project_from(args) -> Project:
    """The project named by --root/--base (and --outputs where a command has it)."""
    outputs = getattr(args, "outputs", None)
    return find_project(Path(args.root) if args.root else None, args.base, Path(outputs) if outputs else None)
