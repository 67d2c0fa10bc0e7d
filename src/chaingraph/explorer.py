"""The planners' explorer: outputs/chaingraph.html, one self-contained page over the dataset.

The page works offline from file://: vis-network's script and styles (shipped inside the pyvis
package) and the page's own script are inlined, and a Content-Security-Policy forbids every
network request. The data goes in as JSON inside a <script type="application/json"> element
(with `<`, `>`, `&`, U+2028 and U+2029 escaped) and the page's script puts every label, quote and
value into the DOM as text, never as HTML.

Two stages, kept apart so that other views (e.g. an aggregated view for large graphs) can reuse
the data: `explorer_data` turns the BuildResult into plain, sorted data; `render_page` turns
that data into HTML.

What is a node: every subject typed with a chaingraph class, outside the ontology graph, except
provenance (cg:Source, cg:Sentence, cg:Evidence) and cg:Position. A position is folded into its
holder as a fact ("position: role at organisation") and drawn as one edge from the person to
the organisation labelled with the role title.

>>> from chaingraph.pipeline import build_dataset
>>> data = explorer_data(build_dataset())
>>> node = next(n for n in data["nodes"] if n["id"] == "jiana-energy")
>>> node["cls"], node["labels"]["zh"]
('Company', '自贡珈钠能源科技有限公司')
>>> "jiananengyuan" in node["pinyin"]
True
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import defaultdict
from decimal import Decimal
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from chaingraph.namespaces import CG, ONTOLOGY_IRI

PAGE_NAME = "chaingraph.html"
LANGUAGES = ("zh", "en")
# Instances of these classes are provenance or folded into other nodes, never nodes themselves.
NOT_NODES = frozenset({CG.Evidence, CG.Sentence, CG.Source, CG.Position})
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", '
              '"Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif')

# Colour and vis-network shape by class, in legend order; classes not listed take their nearest
# styled superclass, else a colour derived from the class name.
CLASS_STYLES = {
    "HighTechZone": ("#d62728", "star"),
    "IndustrialPark": ("#ff7f0e", "hexagon"),
    "AdministrativeRegion": ("#8c564b", "hexagon"),
    "EconomicRegion": ("#c49c94", "hexagon"),
    "Place": ("#c49c94", "hexagon"),
    "Company": ("#1f77b4", "dot"),
    "ResearchInstitute": ("#17becf", "dot"),
    "University": ("#6baed6", "dot"),
    "Platform": ("#2ca02c", "dot"),
    "Incubator": ("#74c476", "dot"),
    "Fund": ("#9ecae1", "dot"),
    "Organization": ("#9ecae1", "dot"),
    "GovernmentBody": ("#7f7f7f", "square"),
    "Publisher": ("#b8b8b8", "square"),
    "Person": ("#e377c2", "triangle"),
    "Industry": ("#9467bd", "diamond"),
    "ChainSegment": ("#b39ddb", "diamond"),
    "Product": ("#bcbd22", "square"),
    "Material": ("#8c8c00", "square"),
    "Project": ("#393b79", "triangleDown"),
    "Capacity": ("#e7ba52", "dot"),
    "Quantity": ("#d6a76c", "dot"),
    "Reform": ("#843c39", "triangle"),
    "SupportItem": ("#ad494a", "triangle"),
    "Measure": ("#d6616b", "triangle"),
    "Policy": ("#d6616b", "triangle"),
    "Model": ("#7b4173", "diamond"),
    "Cooperation": ("#f46d9b", "star"),
    "CooperationMode": ("#de9ed6", "diamond"),
}

# Attraction by relation for the seed layout: places, their parts, bodies and partners are pulled
# close to each other; policies, indicators and industries ring them further out.
LAYOUT_WEIGHTS = {"partOf": 4, "locatedIn": 4, "partner": 4, "governs": 3, "operatedBy": 2,
                  "appliesMeasure": 0.3, "pilots": 0.3, "usesModel": 0.3, "supportsIndustry": 0.5,
                  "hasIndicator": 0.5, "hasCapacity": 0.5, "issuedBy": 0.5}
LAYOUT_SCALE = 1300  # seed layout units to vis-network pixels
SETTLE_ITERATIONS = 0  # browser physics steps after the build's layout (vis-network's forces undo its rings)

# UN/CEFACT codes used for quantities: (zh, en) unit names, periods and qualifiers.
UNITS = {
    "TNE": ("吨", "t"), "KGM": ("千克", "kg"), "GWH": ("GWh", "GWh"), "MWH": ("MWh", "MWh"),
    "KWH": ("千瓦时", "kWh"), "A90": ("GW", "GW"), "MAW": ("MW", "MW"), "C62": ("件", "pieces"),
    "CNY": ("元", "yuan"), "USD": ("美元", "US dollars"), "MTK": ("平方米", "m²"), "HAR": ("公顷", "ha"),
}
PERIODS = {"ANN": ("/年", " per year"), "MON": ("/月", " per month"), "DAY": ("/日", " per day")}
QUALIFIERS = {"more-than": ("超过", "more than "), "at-least": ("至少", "at least "),
              "about": ("约", "about "), "up-to": ("最多", "up to "), "exact": ("", "")}

_SOURCE_GRAPH = re.compile(r"/graph/source-([^/]+)$")
_REFERENCE_GRAPH = re.compile(r"/graph/reference-([^/]+)$")


def output_files(result) -> dict[Path, bytes]:
    """The explorer page, for `chaingraph build`."""
    return {result.project.output_dir / PAGE_NAME: render_explorer(result).encode("utf-8")}


def render_explorer(result) -> str:
    """The explorer page for a BuildResult, as one HTML string (byte-identical across builds)."""
    return render_page(explorer_data(result))


# ----------------------------------------------------------------------------- data

def explorer_data(result) -> dict:
    """Everything the page shows, as plain JSON-ready data, sorted for deterministic output."""
    vocab = result.vocabulary
    index = _QuadIndex(result.quads, result.project.base)
    nodes = _nodes(index, vocab)
    edges = _edges(nodes, index)
    degree = defaultdict(int)
    for edge in edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    centre = _centre(nodes, degree, vocab)
    classes = _classes(nodes, vocab)
    chain = _chain(nodes)
    used_props = sorted({f["p"] for n in nodes for f in n["facts"]})
    return {
        "title": _title(nodes, centre),
        "font": FONT_STACK,
        "centre": centre,
        "nodes": nodes,
        "edges": edges,
        "classes": classes,
        "properties": {p: _term_labels(vocab, _property_iri(p)) for p in used_props},
        "terms": index.term_labels(vocab),
        "evidence": index.evidence_table,
        "sources": index.sources,
        "sentences": index.sentence_texts,
        "graph": _graph_view(nodes, edges, classes, degree, centre),
        "chain": chain,
    }


class _QuadIndex:
    """The dataset's quads, grouped for the page: by subject, evidence by triple, sources."""

    def __init__(self, quads, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.by_subject: dict[URIRef, list[tuple]] = defaultdict(list)
        self.types: dict[URIRef, set[URIRef]] = defaultdict(set)
        self.ontology_terms: set[URIRef] = set()
        for s, p, o, g in quads:
            if str(g) == ONTOLOGY_IRI:
                self.ontology_terms.add(s)
                continue
            self.by_subject[s].append((p, o, g))
            if p == RDF.type and isinstance(o, URIRef) and o.startswith(str(CG)):
                self.types[s].add(o)
        self.sources = self._sources()
        self.sentence_texts: dict[str, str] = {}
        self._evidence_keys: dict[str, int] = {}
        self.evidence_table: list[dict] = []
        self.evidence = self._evidence()
        self.used_terms: set[URIRef] = set()

    def slug(self, iri: URIRef) -> str:
        text = str(iri)
        return text[len(self.base):] if text.startswith(self.base) else text

    def values(self, subject: URIRef, predicate: URIRef) -> list:
        return [o for p, o, _ in self.by_subject.get(subject, ()) if p == predicate]

    def texts(self, subject: URIRef, predicate: URIRef) -> dict[str, str]:
        found = {}
        for value in sorted(self.values(subject, predicate), key=str):
            if isinstance(value, Literal) and value.language in LANGUAGES:
                found.setdefault(value.language, str(value))
        return found

    def _sources(self) -> dict[str, dict]:
        sources = {}
        for subject, types in self.types.items():
            if CG.Source not in types:
                continue
            ident = next((str(v) for v in self.values(subject, DCTERMS.identifier)), self.slug(subject))
            publisher = next(iter(sorted(self.values(subject, DCTERMS.publisher), key=str)), None)
            sources[ident] = {
                "title": self.texts(subject, DCTERMS.title),
                "publisher": self.texts(publisher, RDFS.label) if publisher is not None else {},
                "issued": _first_text(self.values(subject, DCTERMS.issued)),
                "visited": _first_text(self.values(subject, DCTERMS.date)),
                "iri": str(subject),
            }
        return dict(sorted(sources.items()))

    def _evidence(self) -> dict[tuple, list[int]]:
        """(s, p, o) -> indices into the evidence table (quote with its sentence and source, or basis)."""
        records = []
        for node, types in self.types.items():
            if CG.Evidence not in types:
                continue
            triple = tuple(next(iter(self.values(node, p)), None) for p in (RDF.subject, RDF.predicate, RDF.object))
            graph = next((g for _, _, g in self.by_subject[node]), None)
            quote = _first_text(self.values(node, CG.quote))
            if quote is not None:
                source_iri = next(iter(self.values(node, CG.evidenceSource)), None)
                record = {"quote": quote, "source": self._source_id(source_iri)}
                sentence = next(iter(self.values(node, CG.sentence)), None)
                if sentence is not None:
                    record["sentence"] = self._sentence(sentence, record["source"])
            else:
                match = _REFERENCE_GRAPH.search(str(graph)) if graph is not None else None
                record = {"basis": _first_text(self.values(node, SKOS.note)) or "",
                          "reference": match.group(1) if match else self.slug(graph)}
            records.append((triple, record))
        table_keys = sorted({json.dumps(r, sort_keys=True, ensure_ascii=False) for _, r in records})
        self.evidence_table = [json.loads(k) for k in table_keys]
        position = {k: i for i, k in enumerate(table_keys)}
        by_triple: dict[tuple, set[int]] = defaultdict(set)
        for triple, record in records:
            by_triple[triple].add(position[json.dumps(record, sort_keys=True, ensure_ascii=False)])
        return {t: sorted(ids) for t, ids in by_triple.items()}

    def _source_id(self, source_iri) -> str | None:
        if source_iri is None:
            return None
        return next((str(v) for v in self.values(source_iri, DCTERMS.identifier)), self.slug(source_iri))

    def _sentence(self, sentence: URIRef, source_id: str | None) -> str:
        sentence_id = _first_text(self.values(sentence, CG.sentenceId)) or self.slug(sentence)
        key = f"{source_id}#{sentence_id}"
        text = _first_text(self.values(sentence, CG.text))
        if text is not None:
            self.sentence_texts[key] = text
        return key

    def evidence_for(self, s, p, o) -> list[int]:
        return self.evidence.get((s, p, o), [])

    def term_labels(self, vocab) -> dict[str, dict[str, str]]:
        return {str(t).split("#")[-1]: _term_labels(vocab, t) for t in sorted(self.used_terms)}


def _nodes(index: _QuadIndex, vocab) -> list[dict]:
    entities = {s for s, types in index.types.items() if not types & NOT_NODES and s not in index.ontology_terms}
    nodes = {}
    for subject in sorted(entities, key=str):
        cls = _most_specific(index.types[subject] - NOT_NODES, vocab)
        nodes[subject] = {
            "id": index.slug(subject),
            "iri": str(subject),
            "cls": cls,
            "labels": index.texts(subject, RDFS.label) or {"en": index.slug(subject)},
            "aliases": _aliases(index, subject),
            "description": index.texts(subject, CG.description),
            "facts": _facts(index, subject, entities),
            "reference": _reference_only(index, subject),
        }
        quantity = _quantity(index, subject)
        if quantity:
            nodes[subject]["quantity"] = quantity
    _fold_positions(index, nodes)
    for node in nodes.values():
        node["pinyin"] = _pinyin([node["labels"].get("zh", "")] + node["aliases"].get("zh", []))
        node["facts"].sort(key=_fact_sort_key)
    return list(nodes.values())


def _aliases(index: _QuadIndex, subject: URIRef) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for value in index.values(subject, SKOS.altLabel):
        if isinstance(value, Literal) and value.language:
            found.setdefault(value.language, []).append(str(value))
    return {lang: sorted(set(names)) for lang, names in sorted(found.items())}


def _facts(index: _QuadIndex, subject: URIRef, entities: set[URIRef]) -> list[dict]:
    """Every sourced statement about `subject`; language variants of one property are merged."""
    facts: dict[tuple, dict] = {}
    for p, o, _ in index.by_subject[subject]:
        evidence = index.evidence_for(subject, p, o)
        if p == RDF.type:
            if o in NOT_NODES or not o.startswith(str(CG)):
                continue
            key, value = ("type", str(o)), {"cls": str(o).split("#")[-1]}
        elif not str(p).startswith(str(CG)):
            continue
        elif p == CG.description and not evidence:
            continue  # an entity's own description is shown with its labels
        elif isinstance(o, URIRef):
            if o in entities:
                value = {"node": index.slug(o)}
            elif o in index.ontology_terms:
                index.used_terms.add(o)
                value = {"term": str(o).split("#")[-1]}
            else:
                value = {"iri": str(o)}
            key = (p, str(o))
        elif isinstance(o, Literal) and o.language:
            key, value = (p, "@text"), {"texts": {o.language: str(o)}}
        else:
            key, value = (p, str(o)), _literal_value(o)
        name = "type" if p == RDF.type else str(p).split("#")[-1]
        fact = facts.setdefault(key, {"p": name, "o": value, "ev": []})
        if "texts" in value:
            fact["o"]["texts"].update(value["texts"])
        fact["ev"] = sorted(set(fact["ev"]) | set(evidence))
    return list(facts.values())


def _literal_value(o: Literal) -> dict:
    datatype = str(o.datatype).split("#")[-1] if o.datatype else "string"
    value = {"text": str(o), "datatype": datatype}
    if datatype in ("decimal", "integer"):
        value["display"] = {"zh": _number_zh(Decimal(str(o))), "en": _number_en(Decimal(str(o)))}
    return value


def _fact_sort_key(fact: dict) -> tuple:
    order = 0 if fact["p"] == "type" else 1 if fact["p"] == "position" else 2
    return order, fact["p"], json.dumps(fact["o"], sort_keys=True, ensure_ascii=False)


def _reference_only(index: _QuadIndex, subject: URIRef) -> bool:
    """Declared only by reference knowledge (no article names it)."""
    graphs = {str(g) for p, _, g in index.by_subject[subject] if p == RDF.type}
    return bool(graphs) and all(_REFERENCE_GRAPH.search(g) for g in graphs)


def _quantity(index: _QuadIndex, subject: URIRef) -> dict | None:
    value = _first_text(index.values(subject, CG.value))
    if value is None:
        return None
    unit = _first_text(index.values(subject, CG.unitCode))
    period = _first_text(index.values(subject, CG.perPeriod))
    qualifier = _first_text(index.values(subject, CG.valueQualifier)) or "exact"
    number = Decimal(value)
    if unit == "C62" and not index.values(subject, CG.ofProduct):
        unit = None  # a plain count (of projects, say): the quantity kind names what is counted
    amount = {}
    for i, lang in enumerate(LANGUAGES):
        unit_name = UNITS.get(unit, (unit, unit))[i] if unit else ""
        period_name = PERIODS.get(period, (f"/{period}", f" per {period}"))[i] if period else ""
        qual = QUALIFIERS.get(qualifier, (qualifier + " ", qualifier + " "))[i]
        shown = _number_zh(number) if lang == "zh" else _number_en(number)
        amount[lang] = f"{qual}{shown} {unit_name}{period_name}".strip() if lang == "en" else \
            f"{qual}{shown}{unit_name}{period_name}"
    status = next(iter(index.values(subject, CG.status)), None)
    if isinstance(status, URIRef):
        index.used_terms.add(status)
    return {
        "amount": amount,
        "kind": index.texts(subject, CG.quantityKind),
        "status": str(status).split("#")[-1] if status is not None else None,
        "date": _first_text(index.values(subject, CG.date)),
    }


def _number_zh(number: Decimal) -> str:
    """Chinese grouping by 万 and 亿, as the articles write figures (10万, 5亿)."""
    for size, mark in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
        if abs(number) >= size:
            return f"{_plain_decimal(number / size)}{mark}"
    return _plain_decimal(number)


def _number_en(number: Decimal) -> str:
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number:,f}"


def _plain_decimal(number: Decimal) -> str:
    text = f"{number.normalize():f}"
    return text


def _fold_positions(index: _QuadIndex, nodes: dict[URIRef, dict]) -> None:
    """Attach each cg:Position to its holder (or, without one, to its organisation) as a fact."""
    for position, types in sorted(index.types.items(), key=lambda item: str(item[0])):
        if CG.Position not in types:
            continue
        holder = next((h for h in index.values(position, CG.holder) if h in nodes), None)
        organisation = next((o for o in index.values(position, CG.positionIn) if o in nodes), None)
        evidence = sorted({e for p, o, _ in index.by_subject[position] for e in index.evidence_for(position, p, o)})
        role = index.texts(position, CG.roleTitle) or index.texts(position, RDFS.label)
        fact = {"p": "position", "o": {"node": index.slug(organisation)} if organisation is not None else None,
                "role": role, "ev": evidence}
        if holder is not None:
            nodes[holder]["facts"].append(fact)
        elif organisation is not None:
            fact["o"] = None
            fact["holderless"] = True
            nodes[organisation]["facts"].append(fact)


def _edges(nodes: list[dict], index: _QuadIndex) -> list[dict]:
    reference_only = {i for i, record in enumerate(index.evidence_table) if "basis" in record}
    edges = {}
    for node in nodes:
        for fact in node["facts"]:
            target = (fact.get("o") or {}).get("node")
            if target is None:
                continue
            key = (node["id"], target, fact["p"], json.dumps(fact.get("role"), sort_keys=True, ensure_ascii=False))
            edge = {"from": node["id"], "to": target, "p": fact["p"],
                    "reference": bool(fact["ev"]) and set(fact["ev"]) <= reference_only}
            if fact.get("role"):
                edge["role"] = fact["role"]
            edges[key] = edge
    return [edges[k] for k in sorted(edges)]


def _most_specific(types: set[URIRef], vocab) -> str:
    candidates = sorted(types, key=str)
    specific = [t for t in candidates if not any(t != o and t in vocab.superclasses(o) for o in candidates)]
    return str((specific or candidates)[0]).split("#")[-1]


def _centre(nodes: list[dict], degree: dict[str, int], vocab) -> str | None:
    """The high-tech zone with most links: the page pins it at the centre of the graph."""
    zones = [n["id"] for n in nodes if vocab.is_a(CG[n["cls"]], CG.HighTechZone)]
    if not zones:
        return None
    return min(zones, key=lambda z: (-degree[z], z))


def _title(nodes: list[dict], centre: str | None) -> dict[str, str]:
    if centre is None:
        return {"zh": "产业链图谱", "en": "Industrial chain explorer"}
    labels = next(n["labels"] for n in nodes if n["id"] == centre)
    return {"zh": f"{labels.get('zh', centre)} · 产业链图谱", "en": f"{labels.get('en', centre)} · industrial chain"}


def _classes(nodes: list[dict], vocab) -> list[dict]:
    counts = defaultdict(int)
    for node in nodes:
        counts[node["cls"]] += 1
    order = list(CLASS_STYLES)
    classes = []
    for cls in sorted(counts, key=lambda c: (order.index(c) if c in order else len(order), c)):
        colour, shape = _style(cls, vocab)
        classes.append({"key": cls, "labels": _term_labels(vocab, CG[cls]), "color": colour, "shape": shape,
                        "count": counts[cls]})
    return classes


def _style(cls: str, vocab) -> tuple[str, str]:
    if cls in CLASS_STYLES:
        return CLASS_STYLES[cls]
    for ancestor in sorted(vocab.superclasses(CG[cls]), key=str):
        name = str(ancestor).split("#")[-1]
        if ancestor.startswith(str(CG)) and name in CLASS_STYLES:
            return CLASS_STYLES[name]
    digest = hashlib.sha1(cls.encode()).hexdigest()
    return f"#{digest[:6]}", "dot"


def _term_labels(vocab, term: URIRef) -> dict[str, str]:
    if term == RDF.type:
        return {"zh": "类别", "en": "class"}
    if term == CG.position:  # folded positions are labelled with the class they come from
        term = CG.Position
    return {lang: vocab.label(term, lang) for lang in LANGUAGES}


def _property_iri(name: str) -> URIRef:
    return RDF.type if name == "type" else CG[name]


def _pinyin(names: list[str]) -> list[str]:
    """Full pinyin without tones (joined and spaced) and initials, for the search box."""
    from pypinyin import Style, lazy_pinyin

    keys = set()
    for name in names:
        if not name or not re.search(r"[\u4e00-\u9fff]", name):
            continue
        full = [s.lower() for s in lazy_pinyin(name) if s.strip()]
        initials = [s.lower() for s in lazy_pinyin(name, style=Style.FIRST_LETTER) if s.strip()]
        keys.update({"".join(full), " ".join(full), "".join(initials)})
    return sorted(keys)


def _first_text(values) -> str | None:
    texts = sorted(str(v) for v in values)
    return texts[0] if texts else None


# ----------------------------------------------------------------------------- views

def _graph_view(nodes, edges, classes, degree, centre) -> dict:
    """vis-network node and edge options for the graph view, built with pyvis."""
    from pyvis.network import Network

    styles = {c["key"]: c for c in classes}
    seed = _seed_layout(nodes, edges, centre)
    net = Network(directed=True)
    for node in nodes:
        style = styles[node["cls"]]
        x, y = seed[node["id"]]
        options = {"value": 1 + degree[node["id"]], "widthConstraint": {"maximum": 190}, "x": x, "y": y}
        if node["id"] == centre:
            options.update(fixed={"x": True, "y": True}, font={"size": 30, "strokeWidth": 5})
        if node["reference"]:
            options["shapeProperties"] = {"borderDashes": [4, 3]}
            options["borderWidth"] = 2
        net.add_node(node["id"], label=node["labels"].get("zh") or node["id"], shape=style["shape"],
                     color=style["color"], **options)
    for edge in edges:
        options = {"dashes": True, "color": {"color": "#c2b5de", "highlight": "#7b61c4"}} if edge["reference"] else {}
        net.add_edge(edge["from"], edge["to"], **options)
    # Edge ids are positions in `edges`, so the page finds each edge's relation and role.
    vis_edges = [dict(options, id=index) for index, options in enumerate(net.edges)]
    # No data goes into `title`: vis-network shows titles as HTML tooltips.
    vis_nodes = [{k: v for k, v in n.items() if k != "title"} for n in net.nodes]
    return {"nodes": vis_nodes, "edges": vis_edges, "settle": SETTLE_ITERATIONS}


def _seed_layout(nodes, edges, centre) -> dict[str, tuple[int, int]]:
    """Node positions: a spring layout weighted by relation with the centre zone pinned at (0, 0),
    so that its places and partners sit around it. Components not connected to the centre are
    laid out on their own and stacked to the right of the main one."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(sorted(n["id"] for n in nodes))
    for edge in edges:
        weight = LAYOUT_WEIGHTS.get(edge["p"], 1)
        known = graph.get_edge_data(edge["from"], edge["to"], {}).get("weight", 0)
        graph.add_edge(edge["from"], edge["to"], weight=max(weight, known))
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c))
    if centre is not None:
        components.sort(key=lambda c: centre not in c)
    positions: dict[str, tuple[float, float]] = {}
    right, top = 0.0, 0.0
    for index, members in enumerate(components):
        # A fresh graph, not a subgraph view: a view may iterate its nodes in set order, and the
        # layout depends on node order.
        sub = nx.Graph()
        sub.add_nodes_from(members)
        sub.add_edges_from(graph.edges(members, data=True))
        if index == 0 and centre in members:
            layout = nx.spring_layout(sub, pos={centre: (0.0, 0.0)}, fixed=[centre], seed=7, weight="weight",
                                      iterations=300)
        elif len(members) == 1:
            layout = {members[0]: (0.0, 0.0)}
        else:
            size = math.sqrt(len(members)) / 8
            layout = nx.spring_layout(sub, seed=7, weight="weight", iterations=300, scale=size)
        xs = [float(x) for x, _ in layout.values()]
        ys = [float(y) for _, y in layout.values()]
        if index == 0:
            dx, dy = 0.0, 0.0
            right, top = max(xs) + 0.25, min(ys)
        else:
            dx, dy = right - min(xs), top - min(ys)
            top += max(ys) - min(ys) + 0.2
        positions.update({n: (float(x) + dx, float(y) + dy) for n, (x, y) in layout.items()})
    pixels = {n: (x * LAYOUT_SCALE, y * LAYOUT_SCALE) for n, (x, y) in positions.items()}
    _spread(pixels, {n["id"]: _label_box(n["labels"]) for n in nodes}, fixed=centre)
    return {n: (round(x), round(y)) for n, (x, y) in sorted(pixels.items())}


def _spread(pixels: dict[str, tuple[float, float]], boxes: dict[str, tuple[float, float]], fixed: str | None,
            rounds: int = 40) -> None:
    """Push apart nodes whose label boxes (width, height) overlap, along the shorter overlap;
    `fixed` stays in place. Only nodes in neighbouring grid cells are compared."""
    cell_w = max((w for w, _ in boxes.values()), default=1.0)
    cell_h = max((h for _, h in boxes.values()), default=1.0)
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[str]] = defaultdict(list)
        for name in sorted(pixels):
            x, y = pixels[name]
            grid[(math.floor(x / cell_w), math.floor(y / cell_h))].append(name)
        moved = False
        for (cx, cy), here in sorted(grid.items()):
            near = [n for dx in (-1, 0, 1) for dy in (-1, 0, 1) for n in grid.get((cx + dx, cy + dy), ())]
            for a in here:
                for b in near:
                    if b <= a:
                        continue
                    moved |= _separate(pixels, boxes, a, b, fixed)
        if not moved:
            break


def _separate(pixels, boxes, a: str, b: str, fixed: str | None) -> bool:
    (ax, ay), (bx, by) = pixels[a], pixels[b]
    dx, dy = bx - ax, by - ay
    over_x = (boxes[a][0] + boxes[b][0]) / 2 - abs(dx)
    over_y = (boxes[a][1] + boxes[b][1]) / 2 - abs(dy)
    if over_x <= 0 or over_y <= 0:
        return False
    if over_x < over_y:
        shift = (math.copysign(over_x / 2 + 1, dx or 1), 0.0)
    else:
        shift = (0.0, math.copysign(over_y / 2 + 1, dy or 1))
    share_a = 0 if a == fixed else (2 if b == fixed else 1)
    share_b = 0 if b == fixed else (2 if a == fixed else 1)
    pixels[a] = (ax - shift[0] * share_a, ay - shift[1] * share_a)
    pixels[b] = (bx + shift[0] * share_b, by + shift[1] * share_b)
    return True


def _label_box(labels: dict[str, str], size: int = 21, width: int = 190) -> tuple[float, float]:
    """Approximate room a node and its wrapped label take on the canvas, in pixels."""
    text_width = max(sum(size if ord(c) > 0x2e80 else size * 0.55 for c in text) for text in labels.values())
    lines = max(1, math.ceil(text_width / width))
    return min(text_width, width) + 16, 34 + lines * (size + 4)


def _chain(nodes: list[dict]) -> dict:
    """The chain view: segments in columns from upstream (left) to downstream (right), each with
    its sub-segments, the products in it and the companies, projects and capacities of each."""
    import networkx as nx

    by_id = {n["id"]: n for n in nodes}
    links = defaultdict(list)  # property -> [(subject, object)]
    for node in nodes:
        for fact in node["facts"]:
            target = (fact.get("o") or {}).get("node")
            if target is not None:
                links[fact["p"]].append((node["id"], target))
    segments = sorted(n["id"] for n in nodes if n["cls"] == "ChainSegment")
    parent = {a: b for a, b in links["subSegmentOf"] if a in by_id and b in by_id}

    def root(segment: str) -> str:
        seen = {segment}
        while segment in parent and parent[segment] not in seen:
            segment = parent[segment]
            seen.add(segment)
        return segment

    segment_of = {}
    for item, segment in sorted(links["inSegment"]):
        if segment in segments:
            segment_of.setdefault(item, segment)
    products = sorted(n["id"] for n in nodes if n["cls"] in ("Product", "Material") or n["id"] in segment_of)
    products = [p for p in products if p not in segments]
    items = {s: root(s) for s in segments} | {p: root(segment_of[p]) if p in segment_of else p for p in products}

    dag = nx.DiGraph()
    dag.add_nodes_from(sorted(set(items.values())))
    for a, b in links["upstreamOf"] + links["inputTo"]:
        if a in items and b in items and items[a] != items[b]:
            dag.add_edge(items[a], items[b])
    ranks = _longest_path_ranks(dag)
    placed = {i for i in dag if dag.degree(i) > 0 or i in segments}
    unplaced = sorted(p for p in products if items[p] == p and p not in placed)

    attachments = defaultdict(set)
    for subject, target in links["produces"] + links["inSegment"]:
        if subject not in products and subject not in segments:
            attachments[target].add(subject)
    for subject, target in links["ofProduct"]:
        attachments[target].add(subject)

    builder = _ChainBuilder(by_id)
    columns = defaultdict(list)
    for group in sorted(g for g in dag if g in placed):
        columns[ranks[group]].append(group)
    y_of: dict[str, float] = {}
    for rank in sorted(columns):
        upstream = {g: [y_of[p] for p in dag.predecessors(g) if p in y_of] for g in columns[rank]}
        order = sorted(columns[rank], key=lambda g: (sum(upstream[g]) / len(upstream[g]) if upstream[g] else 1e9, g))
        y = 0.0
        for group in order:
            y_of[group] = y
            y = builder.block(group, rank, y, parent, segment_of, attachments, segments)
            y += 24
    if unplaced:
        rank = max(columns, default=-1) + 1
        y = builder.heading({"zh": "未归入产业链环节的产品", "en": "products outside the chain segments"}, rank, -60)
        y = 0.0
        for product in unplaced:
            y = builder.item(product, "product", rank, 1, y, attachments)
    order = sorted(segments, key=lambda s: (ranks.get(items[s], 0), s))
    members = _segment_members(segments, parent, segment_of, links, products)
    upstream_edges = sorted((a, b) for a, b in links["upstreamOf"] if a in segments and b in segments)
    return {
        "nodes": builder.nodes,
        "edges": [{"from": builder.first[a], "to": builder.first[b], "arrows": "to", "id": i}
                  for i, (a, b) in enumerate(upstream_edges) if a in builder.first and b in builder.first],
        "segments": order,
        "ranks": {s: ranks.get(items[s], 0) for s in order},
        "members": members,
    }


def _longest_path_ranks(dag) -> dict[str, int]:
    """Column of each item: the length of the longest upstream path to it (cycles share a column);
    sources move right to just before their first successor."""
    import networkx as nx

    condensed = nx.condensation(dag)
    rank_of_component = {}
    for component in nx.topological_sort(condensed):
        preds = [rank_of_component[p] + 1 for p in condensed.predecessors(component)]
        rank_of_component[component] = max(preds, default=0)
    # A segment that nothing feeds sits just before the first segment it feeds (BMS next to packs),
    # not in the first column with the raw materials.
    for component in condensed:
        successors = [rank_of_component[s] for s in condensed.successors(component)]
        if not any(True for _ in condensed.predecessors(component)) and successors:
            rank_of_component[component] = min(successors) - 1
    mapping = condensed.graph["mapping"]
    return {item: rank_of_component[mapping[item]] for item in dag}


class _ChainBuilder:
    """Places chain-view boxes: one column per rank, each segment followed by what belongs to it."""

    COLUMN = 300
    WIDTHS = {"segment": 210, "subsegment": 196, "product": 182, "attachment": 168}
    INDENT = 7

    def __init__(self, by_id):
        self.by_id = by_id
        self.nodes: list[dict] = []
        self.first: dict[str, str] = {}  # entity id -> its first box (for upstream arrows)

    def add(self, entity: str | None, kind: str, rank: int, depth: int, y: float, labels=None) -> float:
        node = self.by_id.get(entity) if entity else None
        labels = labels or node["labels"]
        width = self.WIDTHS.get(kind, 168)
        height = _box_height(labels, width)
        box_id = f"chain-{len(self.nodes)}"
        self.nodes.append({"id": box_id, "entity": entity, "kind": kind, "labels": labels,
                           "cls": node["cls"] if node else None, "x": rank * self.COLUMN + depth * self.INDENT * 2,
                           "y": y + height / 2, "width": width,
                           "quantity": node.get("quantity") if node else None})
        if entity and entity not in self.first:
            self.first[entity] = box_id
        return y + height + 6

    def heading(self, labels, rank, y) -> float:
        return self.add(None, "heading", rank, 0, y, labels)

    def item(self, entity, kind, rank, depth, y, attachments) -> float:
        y = self.add(entity, kind, rank, depth, y)
        for attached in sorted(attachments.get(entity, ())):
            y = self.add(attached, "attachment", rank, depth + 1, y)
        return y

    def block(self, group, rank, y, parent, segment_of, attachments, segments) -> float:
        y = self.item(group, "segment" if group in segments else "product", rank, 0, y, attachments)
        for product in sorted(p for p, s in segment_of.items() if s == group and p not in segments):
            y = self.item(product, "product", rank, 1, y, attachments)
        for child in sorted(c for c, p in parent.items() if p == group):
            y = self.item(child, "subsegment", rank, 1, y, attachments)
            for product in sorted(p for p, s in segment_of.items() if s == child and p not in segments):
                y = self.item(product, "product", rank, 2, y, attachments)
        return y


def _box_height(labels: dict[str, str], width: int) -> float:
    """A box's height in the chain view, from the longer of its two labels wrapped to `width`."""
    lines = 1
    for text in labels.values():
        text_width = sum(14 if ord(c) > 0x2e80 else 7.5 for c in text)
        lines = max(lines, math.ceil(text_width / (width - 16)))
    return 14 + 17 * lines


def _segment_members(segments, parent, segment_of, links, products) -> dict[str, list[str]]:
    """For the segment filter: a segment, its sub-segments, their products and whoever makes them."""
    children = defaultdict(set)
    for child, par in parent.items():
        children[par].add(child)
    members = {}
    for segment in segments:
        scope, stack = set(), [segment]
        while stack:
            current = stack.pop()
            if current not in scope:
                scope.add(current)
                stack.extend(children[current])
        items = set(scope) | {p for p, s in segment_of.items() if s in scope}
        related = {a for a, b in links["produces"] + links["ofProduct"] + links["inSegment"] if b in items}
        related |= {a for a, b in links["hasCapacity"] if b in related}
        members[segment] = sorted(items | related)
    return members


# ----------------------------------------------------------------------------- HTML

def render_page(data: dict) -> str:
    """The HTML page for explorer data: template, vis-network, page script and escaped data."""
    template = _resource("templates/explorer.html")
    vis_js, vis_css = _vis_network()
    page_js = _resource("static/explorer.js")
    page_css = _resource("static/explorer.css")
    for name, text, closing in (("vis-network.min.js", vis_js, "</script"), ("explorer.js", page_js, "</script"),
                                ("vis-network.css", vis_css, "</style"), ("explorer.css", page_css, "</style")):
        if closing in text.lower() or "<!--" in text:
            raise ValueError(f"{name} cannot be inlined: it contains {closing} or <!--")
    csp = ("default-src 'none'; "
           f"script-src {_script_hash(vis_js)} {_script_hash(page_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; "
           "connect-src 'none'; form-action 'none'; base-uri 'none'")
    replacements = {
        "@CSP@": csp.replace('"', "&quot;"),
        "@TITLE@": _html_text(data["title"]["zh"]),
        "/*@VIS_CSS@*/": vis_css,
        "/*@PAGE_CSS@*/": page_css,
        "@DATA@": json_for_script(data),
        "/*@VIS_JS@*/": vis_js,
        "/*@PAGE_JS@*/": page_js,
    }
    pattern = re.compile("|".join(re.escape(k) for k in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], template)


def json_for_script(value) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>`, `&`, U+2028 or U+2029 left raw,
    so neither `</script>` nor `<!--` in the data can end or change the element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _vis_network() -> tuple[str, str]:
    """vis-network's standalone script and styles, as shipped inside the pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    folders = sorted(lib.glob("vis-*/vis-network.min.js"),
                     key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)))
    if not folders:
        raise FileNotFoundError(f"vis-network not found in {lib}; reinstall pyvis")
    folder = folders[-1].parent
    return ((folder / "vis-network.min.js").read_text(encoding="utf-8"),
            (folder / "vis-network.css").read_text(encoding="utf-8"))


def _resource(name: str) -> str:
    return resources.files("chaingraph").joinpath(name).read_text(encoding="utf-8")


def _script_hash(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
