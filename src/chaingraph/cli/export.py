"""`chaingraph export`: the built dataset in one RDF format, to a file (atomically) or to standard output.

Exports read the last build (outputs/chaingraph.nq) instead of rebuilding from YAML, so an export
is fast and is exactly the dataset that was validated; with no build there is a clear error.
"""

from __future__ import annotations

import sys
from pathlib import Path

from chaingraph.cli.common import project_from
from chaingraph.dataset.formats import FORMATS


def register(commands) -> None:
    cmd = commands.add_parser(
        "export", help="write the built dataset in one RDF format",
        description="Serialize the last build (outputs/chaingraph.nq) as Turtle, N-Triples, N-Quads, TriG, "
                    "JSON-LD (with an inline context) or RDF/XML. Named graphs are kept in nq, trig and jsonld.")
    cmd.add_argument("--format", choices=sorted(FORMATS),
                     help="output format (default: from the -o file's extension, else ttl)")
    cmd.add_argument("-o", "--output", metavar="FILE", help="write to FILE atomically (default: standard output)")
    cmd.add_argument("--outputs", help="folder of the built dataset (default: outputs/ in the project)")
    cmd.set_defaults(run=run)


def run(args) -> int:
    from chaingraph.core.atomic import OutputError, write_atomic
    from chaingraph.core.problems import display_path

    project = project_from(args, needs_inputs=False)
    format_name = args.format or format_for(args.output)
    data = export_built(project, format_name)
    if not args.output:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    path = Path(args.output)
    try:
        write_atomic(path, data)
    except OSError as err:
        raise OutputError(f"cannot write {display_path(path)}: {err.strerror}") from None
    print(f"wrote {display_path(path)} ({format_name})", file=sys.stderr)
    return 0


def format_for(output: str | None) -> str:
    """The format whose extension the output file has (chaingraph.rdf -> rdfxml); ttl otherwise."""
    if output:
        suffix = Path(output).suffix.lower()
        for name, fmt in FORMATS.items():
            if fmt.extension == suffix:
                return name
    return "ttl"


def export_built(project, format_name: str) -> bytes:
    """The built dataset of `project` serialized in `format_name`, byte-identical to the build's own file.

    The built dataset is read back in the build's own quad order, so the writers get the same
    input as during the build, hence write the same bytes."""
    from chaingraph.dataset.built import read_built
    from chaingraph.dataset.formats import serialize

    built = read_built(project)
    return serialize(built.oxigraph_quads, format_name, built.prefixes)
