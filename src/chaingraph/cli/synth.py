"""`chaingraph synth`: generate a deterministic multi-zone region for tests and benchmarks.

synth writes a whole project, so it needs none to run in: it takes the ontology, chain templates
and queries from the project it runs in (or --root), else from the chaingraph checkout it runs
from, whose top-level ontology/ is the one source of the ontology.
"""

from __future__ import annotations

from pathlib import Path

from chaingraph.cli.common import project_from
from chaingraph.core.problems import UsageError
from chaingraph.core.project import is_project_root

# src/chaingraph/cli/synth.py -> the checkout that holds ontology/ and data/ (none in an installed wheel)
CHECKOUT = Path(__file__).resolve().parents[3]


def register(commands) -> None:
    cmd = commands.add_parser("synth", help="generate a synthetic region (sources and facts) into a folder")
    cmd.add_argument("--zones", type=int, default=10, help="number of zones (default 10)")
    cmd.add_argument("--companies", type=int, default=200, help="number of companies in all (default 200)")
    cmd.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same files")
    cmd.add_argument("-o", "--output", required=True, help="folder to write the project into")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.authoring.synth import generate

    if args.zones < 1 or args.companies < 0:
        raise UsageError("--zones must be at least 1 and --companies at least 0")
    target = Path(args.output)
    if (target / "data" / "facts").is_dir() and any((target / "data" / "facts").iterdir()):
        raise UsageError(f"{target} already holds a project; choose an empty folder")
    counts = generate(args.zones, args.companies, args.seed, target, template_root(args))
    print(f"wrote {counts['articles']} articles with {counts['statements']} statements "
          f"({counts['zones']} zones, {counts['companies']} companies) to {target}")
    print(f"build it with: chaingraph --root {target} build")
    return 0


def template_root(args) -> Path:
    """The project whose ontology, chain templates and queries the synthetic one starts from."""
    project = project_from(args, needs_inputs=False)
    if project.has_inputs:
        return project.root
    missing = f"no chaingraph project in {project.root} or any folder above it"
    if args.root:
        raise UsageError(f"{missing}: synth copies a project's ontology and chain templates, so pass --root a "
                         "chaingraph project")
    if is_project_root(CHECKOUT):
        return CHECKOUT
    raise UsageError(f"{missing}, and chaingraph does not run from a checkout that holds one: synth copies a "
                     "project's ontology and chain templates, so run it inside a chaingraph project or pass --root DIR")
