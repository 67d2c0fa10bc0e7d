"""`chaingraph path A B` and `chaingraph neighbours A [--depth N]`: how entities are connected.

Names may be ids, Chinese or English labels, aliases, the start or part of one, or pinyin
(`analysis.resolve`, ranked as the explorer's search ranks them); statements are
followed in either direction, and each step prints the relation in its stated direction. Both
read the dataset the last build wrote (outputs/chaingraph.nq, or the folder given by --outputs).
"""

from __future__ import annotations

from chaingraph.cli.common import project_from


def register(commands) -> None:
    path = commands.add_parser("path", help="the shortest chain of statements between two entities")
    path.add_argument("source", help="id, label, alias, part of a name, or pinyin")
    path.add_argument("target", help="id, label, alias, part of a name, or pinyin")
    path.add_argument("--outputs", help="folder of the built dataset (default: outputs/ in the project)")
    path.set_defaults(run=run_path)
    near = commands.add_parser("neighbours", aliases=["neighbors"], help="entities within N statements of one")
    near.add_argument("entity", help="id, label, alias, part of a name, or pinyin")
    near.add_argument("--depth", type=int, default=1, help="how many statements away (default 1)")
    near.add_argument("--outputs", help="folder of the built dataset (default: outputs/ in the project)")
    near.set_defaults(run=run_neighbours)


def run_path(args) -> int:
    import networkx as nx

    from chaingraph.analysis import chain as analysis

    G = _graph(args)
    source, target = _resolve(G, args.source), _resolve(G, args.target)
    try:
        steps = analysis.shortest_path(G, source, target)
    except nx.NetworkXNoPath:
        print(f"no path between {_name(G, source)} and {_name(G, target)}")
        return 1
    print(_name(G, source))
    for step in steps:
        print(f"  {_relation(G, step)} {_name(G, step.target)}")
    print(f"# {len(steps)} step(s)")
    return 0


def run_neighbours(args) -> int:
    from chaingraph.analysis import chain as analysis
    from chaingraph.core.problems import UsageError

    if args.depth < 1:
        raise UsageError("--depth must be 1 or more")
    G = _graph(args)
    node = _resolve(G, args.entity)
    print(_name(G, node))
    found = analysis.neighbourhood(G, node, args.depth)
    for distance, step in found:
        print(f"{'  ' * distance}{_relation(G, step)} {_name(G, step.target)}")
    print(f"# {len(found)} entit{'y' if len(found) == 1 else 'ies'} within {args.depth} step(s)")
    return 0


def _graph(args):
    from chaingraph.analysis.projection import to_networkx
    from chaingraph.dataset.built import read_built

    # The dataset the last build wrote and validated, as query and report read it.
    return to_networkx(read_built(project_from(args, needs_inputs=False)))


def _resolve(G, name: str) -> str:
    import sys

    from chaingraph.analysis.resolve import NameNotFound, candidates_from_graph, resolve
    from chaingraph.core.problems import UsageError

    try:
        match = resolve(name, candidates_from_graph(G))
    except NameNotFound as err:
        raise UsageError(str(err)) from None
    if not match.exact:
        print(f"note: {match.matched!r} ({match.rank}) -> {match.candidate.describe()}", file=sys.stderr)
    return match.iri


def _name(G, node: str) -> str:
    data = G.nodes[node]
    return f"{data['label_zh']} ({data['label_en']}) [{data['id']}, {data['cls']}]"


def _relation(G, step) -> str:
    edge = G.edges[step.source, step.target, step.predicate] if step.forward else \
        G.edges[step.target, step.source, step.predicate]
    words = f"{edge['label_zh']} {step.predicate}"
    return f"—{words}→" if step.forward else f"←{words}—"
