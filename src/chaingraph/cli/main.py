"""The `chaingraph` command line: a thin layer over the pipeline and the stage modules.

Each command lives in a module beside this one that exposes `register(subparsers)` and keeps
its heavy imports inside `run`, so `chaingraph --help` stays quick.
"""

from __future__ import annotations

import argparse
import os
import sys

from chaingraph.cli import (
    build,
    export,
    extract,
    ingest,
    normalize,
    paths,
    publish,
    query,
    report,
    review,
    serve,
    synth,
)
from chaingraph.core.atomic import OutputError
from chaingraph.core.problems import InputError, UsageError
from chaingraph.dataset.build import ValidationError

# The commands in the order `chaingraph --help` lists them: a new command is a module beside
# this one with register(subparsers), and one line here.
COMMANDS = (build, normalize, export, query, serve, publish, report, paths, ingest, extract, review, synth)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="chaingraph", description="Industrial-chain knowledge graphs from articles.")
    root.add_argument("--root", help="project folder (holds ontology/ and data/); default: the working folder")
    root.add_argument("--base", help="base IRI for the data (default https://w3id.org/chaingraph/id/)")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args) or 0
    except InputError as err:
        print(f"chaingraph: {len(err.problems)} problem(s) in the inputs; nothing was written:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except ValidationError as err:
        print(f"chaingraph: the graph does not conform to the SHACL shapes ({err.shapes}); nothing was written:",
              file=sys.stderr)
        for violation in err.violations:
            print(f"  {violation}", file=sys.stderr)
        return 1
    except (OutputError, UsageError) as err:
        print(f"chaingraph: {err}", file=sys.stderr)
        return 1 if isinstance(err, OutputError) else 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as err:  # a bug: say so in one line; the traceback only when asked for
        if os.environ.get("CHAINGRAPH_DEBUG"):
            raise
        print(f"chaingraph: internal error ({type(err).__name__}: {err}); nothing was written. "
              "Run with CHAINGRAPH_DEBUG=1 to see the traceback, and please report it.", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
