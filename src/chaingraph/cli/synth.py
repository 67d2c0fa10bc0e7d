"""`chaingraph synth`: generate a deterministic multi-zone region for tests and benchmarks."""

from __future__ import annotations

from pathlib import Path

from chaingraph.cli.common import project_from
from chaingraph.core.problems import UsageError


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
    counts = generate(args.zones, args.companies, args.seed, target, project_from(args).root)
    print(f"wrote {counts['articles']} articles with {counts['statements']} statements "
          f"({counts['zones']} zones, {counts['companies']} companies) to {target}")
    print(f"build it with: chaingraph --root {target} build")
    return 0
