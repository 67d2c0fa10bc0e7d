"""GraphML and GEXF text written line by line from the graph-tools copy of the entity graph.

networkx's writers build an ElementTree of the whole graph, indent it and serialize it: at a
province's hundreds of thousands of nodes and edges that takes tens of seconds and a tree in
memory. These writers go through the graph once and join the lines. They write the layout
networkx writes (the same key and attribute ids in the same order, the same indentation and
escaping), so the files stay byte for byte what graph tools and earlier builds saw;
tests/test_exports.py compares them with networkx's output.
"""

from __future__ import annotations

import networkx as nx

XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
GRAPHML = "http://graphml.graphdrawing.org/xmlns"
GEXF = "http://www.gexf.net/1.2draft"
# The attribute types each format declares for a Python value (both check the exact type: a bool
# is "boolean", not a number).
TYPES = {str: "string", bool: "boolean", int: "long", float: "double"}
# Attribute names GEXF gives a meaning of its own (time, hierarchy, drawing): the entity graph
# never carries them, and a graph that does is refused rather than written differently.
GEXF_RESERVED = {"start", "end", "pid", "viz", "parents", "spells"}


def graphml_text(H: nx.MultiDiGraph) -> str:
    """GraphML of H: keys numbered d0, d1... in the order first used (graph, nodes, edges) and
    declared newest first, each element's data in its attributes' order."""
    keys: dict[tuple[str, str, str], str] = {}

    def data(scope: str, attrs: dict, indent: str) -> list[str]:
        lines = []
        for name, value in attrs.items():
            key = keys.setdefault((str(name), _type(value), scope), f"d{len(keys)}")
            lines.append(f'{indent}<data key="{key}">{_text(str(value))}</data>')
        return lines

    graph_data = data("graph", {k: v for k, v in H.graph.items() if k not in ("node_default", "edge_default")},
                      "    ")
    body = []
    for node, attrs in H.nodes(data=True):
        body += _element(f'    <node id="{_attribute(str(node))}"', data("node", attrs, "      "), "    </node>")
    for u, v, key, attrs in H.edges(keys=True, data=True):
        opening = f'    <edge source="{_attribute(str(u))}" target="{_attribute(str(v))}" id="{_attribute(str(key))}"'
        body += _element(opening, data("edge", attrs, "      "), "    </edge>")
    declared = [f'  <key id="{key}" for="{scope}" attr.name="{_attribute(name)}" attr.type="{kind}" />'
                for (name, kind, scope), key in reversed(keys.items())]
    head = (f'<graphml xmlns="{GRAPHML}" xmlns:xsi="{XSI}" '
            f'xsi:schemaLocation="{GRAPHML} {GRAPHML}/1.0/graphml.xsd">')
    graph = _element('  <graph edgedefault="directed"', body + graph_data, "  </graph>")
    return "\n".join([XML_DECLARATION, head, *declared, *graph, "</graphml>"]) + "\n"


def gexf_text(H: nx.MultiDiGraph, date: str | None) -> str:
    """GEXF 1.2 of H: nodes keyed by their `id` attribute and labelled by `label`, edges numbered
    0, 1... with their networkx key kept as `networkx_key`; attribute ids numbered in the order
    first used, the edges' declarations before the nodes'."""
    declared: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}  # class -> title -> (id, type)
    counter = iter(range(1 << 62))

    def attvalues(cls: str, attrs: dict, indent: str) -> list[str]:
        lines = []
        for title, value in attrs.items():
            found = declared[cls].get(title)
            if found is None:
                found = declared[cls][title] = (str(next(counter)), _type(value))
            lines.append(f'{indent}  <attvalue for="{found[0]}" value="{_attribute(_gexf_value(value))}" />')
        return [f"{indent}<attvalues>", *lines, f"{indent}</attvalues>"] if lines else []

    nodes = []
    for node, attrs in H.nodes(data=True):
        rest = _without_reserved(attrs)
        node_id, label = str(rest.pop("id", node)), str(rest.pop("label", node))
        opening = f'      <node id="{_attribute(node_id)}" label="{_attribute(label)}"'
        nodes += _element(opening, attvalues("node", rest, "        "), "      </node>")
    edges = []
    for number, (u, v, key, attrs) in enumerate(H.edges(keys=True, data=True)):
        rest = _without_reserved(attrs, also={"id"})  # an edge's own id would replace the numbering
        rest["networkx_key"] = key
        shown = "".join(f' {name}="{_attribute(str(rest.pop(name)))}"' for name in ("label", "weight", "type")
                        if name in rest)
        opening = (f'      <edge source="{_attribute(str(H.nodes[u].get("id", u)))}" '
                   f'target="{_attribute(str(H.nodes[v].get("id", v)))}" id="{number}"{shown}')
        edges += _element(opening, attvalues("edge", rest, "        "), "      </edge>")
    graph: list[str] = []
    for cls in ("edge", "node"):  # networkx puts each new <attributes> first: the edges' end up above
        if declared[cls]:
            graph += [f'    <attributes mode="static" class="{cls}">',
                      *(f'      <attribute id="{i}" title="{_attribute(t)}" type="{kind}" />'
                        for t, (i, kind) in declared[cls].items()),
                      "    </attributes>"]
    graph += _element("    <nodes", nodes, "    </nodes>") + _element("    <edges", edges, "    </edges>")
    name = _attribute(str(H.graph.get("name", "")))
    return "\n".join([
        XML_DECLARATION,
        f'<gexf xmlns="{GEXF}" xmlns:xsi="{XSI}" xsi:schemaLocation="{GEXF} {GEXF}/gexf.xsd" version="1.2">',
        f'  <meta lastmodifieddate="{_attribute(date)}">' if date else "  <meta>",
        "    <creator>chaingraph</creator>",
        "  </meta>",
        *_element(f'  <graph defaultedgetype="directed" mode="static" name="{name}"', graph, "  </graph>"),
        "</gexf>",
    ]) + "\n"


def _element(opening: str, children: list[str], closing: str) -> list[str]:
    """An element's lines: its children between its tags, or one empty tag."""
    return [f"{opening}>", *children, closing] if children else [f"{opening} />"]


def _without_reserved(attrs: dict, also: set[str] = frozenset()) -> dict:
    reserved = (GEXF_RESERVED | also) & set(attrs)
    if reserved:
        raise ValueError(f"GEXF gives {sorted(reserved)} a meaning of its own: rename the attribute")
    return dict(attrs)


def _type(value) -> str:
    kind = TYPES.get(type(value))
    if kind is None:
        raise TypeError(f"graph files carry strings, numbers and booleans, not {type(value).__name__}")
    return kind


def _gexf_value(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text) if isinstance(value, float) else text


def _text(text: str) -> str:
    """Character data escaped as ElementTree escapes it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    return (_text(text).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
            .replace("\t", "&#09;"))
