"""The planners' explorer: outputs/chaingraph.html, one self-contained page over the dataset.

The page works offline from file://: vis-network's script and styles (shipped inside the pyvis
package) and the page's own script are inlined, and a Content-Security-Policy forbids every
network request. The data goes in as JSON inside a <script type="application/json"> element
(with `<`, `>`, `&`, U+2028 and U+2029 escaped) and the page's script puts every label, quote and
value into the DOM as text, never as HTML.

Two stages: `explorer_data` turns the BuildResult into plain, sorted data (read once from the
build's pyoxigraph quads, never through rdflib); `render_page` turns that data into HTML.

At scale (more than AGGREGATE_ABOVE entities) the page opens on groups (zones, parks, chain
segments, classes) that expand into their members on demand; positions come from a linear
ring-and-cluster layout computed here, so expanding a group never moves anything else.

What is a node: every subject typed with a chaingraph class, outside the ontology graph, except
provenance (cg:Source, cg:Sentence, cg:Evidence) and cg:Position. A position is folded into its
holder as a fact ("position: role at organisation") and drawn as one edge from the person to
the organisation labelled with the role title.

>>> from chaingraph.dataset.build import build_dataset
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
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from chaingraph.core.namespaces import CG, ONTOLOGY_IRI
from chaingraph.core.outputnames import EXPLORER_PAGE
from chaingraph.dataset.iris import graph_kind, is_reference_graph

LANGUAGES = ("zh", "en")
CG_NS = str(CG)
# The index works on plain strings (IRIs, "_:" blank nodes) and _Lit literals read once from the
# build's pyoxigraph quads: no rdflib terms, so a million quads index in seconds.
RDF_TYPE, RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (str(RDF.type), str(RDF.subject), str(RDF.predicate),
                                                    str(RDF.object))
RDFS_LABEL, SKOS_ALT_LABEL, SKOS_NOTE = str(RDFS.label), str(SKOS.altLabel), str(SKOS.note)
DCT_IDENTIFIER, DCT_PUBLISHER, DCT_TITLE, DCT_ISSUED, DCT_DATE = (
    str(DCTERMS.identifier), str(DCTERMS.publisher), str(DCTERMS.title), str(DCTERMS.issued), str(DCTERMS.date))
# Instances of these classes are provenance or folded into other nodes, never nodes themselves.
NOT_NODES = frozenset(CG_NS + name for name in ("Evidence", "Sentence", "Source", "Position"))
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
# Above this many entities the page opens on groups (zones, parks, chain segments, classes) that
# expand on demand: vis-network stays interactive, and a planner starts from an overview.
AGGREGATE_ABOVE = 1500
# networkx's spring layout is quadratic and needs scipy above 500 nodes; larger graphs get the
# linear ring-and-cluster layout.
SPRING_LAYOUT_LIMIT = 400
RING_SPACING = 70  # pixels between rings of members around their group's centre
GROUP_GAP = 120  # pixels between neighbouring groups
GROUP_CLASSES = (("zone", CG.HighTechZone), ("park", CG.IndustrialPark), ("segment", CG.ChainSegment))
PLACEMENT = ("locatedIn", "partOf")  # relations that put an entity in a park or zone
# How an entity without a place of its own joins a group: (direction, relation), in order of preference.
FOLLOW = (("in", "hasCapacity"), ("in", "hasIndicator"), ("out", "operatedBy"), ("out", "partner"),
          ("out", "position"), ("out", "governs"), ("out", "subOrganizationOf"), ("in", "operatedBy"))
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



def output_files(result) -> dict[Path, bytes]:
    """The explorer page, for `chaingraph build`."""
    return {result.project.output_dir / EXPLORER_PAGE: render_explorer(result).encode("utf-8")}


def render_explorer(result, aggregate_above: int = AGGREGATE_ABOVE) -> str:
    """The explorer page for a BuildResult, as one HTML string (byte-identical across builds)."""
    return render_page(explorer_data(result, aggregate_above))


# ----------------------------------------------------------------------------- data

def explorer_data(result, aggregate_above: int = AGGREGATE_ABOVE) -> dict:
    """Everything the page shows, as plain JSON-ready data, sorted for deterministic output.

    Above `aggregate_above` entities the page opens on the aggregated view (zones, parks, chain
    segments, classes) and draws members only when their group is expanded."""
    vocab = result.vocabulary
    index = _QuadIndex(result.oxigraph_quads, result.project.base)
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
        "graph": _graph_view(nodes, edges, classes, centre, chain, vocab, aggregate_above),
        "chain": chain,
    }


class _Lit(NamedTuple):
    value: str
    language: str | None
    datatype: str | None


def _plain(term):
    """A pyoxigraph term as a plain value: IRI -> str, blank node -> "_:id", literal -> _Lit."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.Literal):
        language = term.language
        return _Lit(term.value, language, None if language else term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return ""  # the default graph


def _text(value) -> str:
    return value.value if isinstance(value, _Lit) else value


class _QuadIndex:
    """The dataset's quads, grouped for the page: by subject, evidence by triple, sources.

    Reads the build's pyoxigraph quads once (no rdflib conversion)."""

    def __init__(self, quads, base: str):
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.by_subject: dict[str, list[tuple]] = defaultdict(list)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.ontology_terms: set[str] = set()
        terms: dict = {}  # one plain value per distinct term: fewer objects, faster lookups
        for quad in quads:
            s, p, o, g = (terms.get(t) or terms.setdefault(t, _plain(t))
                          for t in (quad.subject, quad.predicate, quad.object, quad.graph_name))
            if g == ONTOLOGY_IRI:
                self.ontology_terms.add(s)
                continue
            self.by_subject[s].append((p, o, g))
            if p == RDF_TYPE and isinstance(o, str) and o.startswith(CG_NS):
                self.types[s].add(o)
        self.sources = self._sources()
        self.sentence_texts: dict[str, str] = {}
        self._evidence_keys: dict[str, int] = {}
        self.evidence_table: list[dict] = []
        self.evidence = self._evidence()
        self.used_terms: set[str] = set()

    def slug(self, iri: str) -> str:
        return iri[len(self.base):] if iri.startswith(self.base) else iri

    def values(self, subject, predicate: str) -> list:
        return [o for p, o, _ in self.by_subject.get(subject, ()) if p == predicate]

    def texts(self, subject, predicate: str) -> dict[str, str]:
        found = {}
        for value in sorted(self.values(subject, predicate), key=str):
            if isinstance(value, _Lit) and value.language in LANGUAGES:
                found.setdefault(value.language, value.value)
        return found

    def _sources(self) -> dict[str, dict]:
        sources = {}
        for subject, types in self.types.items():
            if _cg("Source") not in types:
                continue
            ident = next((_text(v) for v in self.values(subject, DCT_IDENTIFIER)), self.slug(subject))
            publisher = next(iter(sorted(self.values(subject, DCT_PUBLISHER), key=str)), None)
            sources[ident] = {
                "title": self.texts(subject, DCT_TITLE),
                "publisher": self.texts(publisher, RDFS_LABEL) if publisher is not None else {},
                "issued": _first_text(self.values(subject, DCT_ISSUED)),
                "visited": _first_text(self.values(subject, DCT_DATE)),
                "iri": subject,
            }
        return dict(sorted(sources.items()))

    def _evidence(self) -> dict[tuple, list[int]]:
        """(s, p, o) -> indices into the evidence table (quote with its sentence and source, or basis)."""
        records = []
        evidence_class = _cg("Evidence")
        for node, types in self.types.items():
            if evidence_class not in types:
                continue
            triple = tuple(next(iter(self.values(node, p)), None) for p in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT))
            graph = next((g for _, _, g in self.by_subject[node]), None)
            quote = _first_text(self.values(node, _cg("quote")))
            if quote is not None:
                source_iri = next(iter(self.values(node, _cg("evidenceSource"))), None)
                record = {"quote": quote, "source": self._source_id(source_iri)}
                sentence = next(iter(self.values(node, _cg("sentence"))), None)
                if sentence is not None:
                    record["sentence"] = self._sentence(sentence, record["source"])
            else:
                kind = graph_kind(graph)
                record = {"basis": _first_text(self.values(node, SKOS_NOTE)) or "",
                          "reference": kind[1] if kind and kind[0] == "reference" else self.slug(graph)}
            records.append((triple, json.dumps(record, sort_keys=True, ensure_ascii=False)))
        table_keys = sorted({key for _, key in records})
        self.evidence_table = [json.loads(k) for k in table_keys]
        position = {k: i for i, k in enumerate(table_keys)}
        by_triple: dict[tuple, set[int]] = defaultdict(set)
        for triple, key in records:
            by_triple[triple].add(position[key])
        return {t: sorted(ids) for t, ids in by_triple.items()}

    def _source_id(self, source_iri) -> str | None:
        if source_iri is None:
            return None
        return next((_text(v) for v in self.values(source_iri, DCT_IDENTIFIER)), self.slug(source_iri))

    def _sentence(self, sentence, source_id: str | None) -> str:
        sentence_id = _first_text(self.values(sentence, _cg("sentenceId"))) or self.slug(sentence)
        key = f"{source_id}#{sentence_id}"
        text = _first_text(self.values(sentence, _cg("text")))
        if text is not None:
            self.sentence_texts[key] = text
        return key

    def evidence_for(self, s, p, o) -> list[int]:
        return self.evidence.get((s, p, o), [])

    def term_labels(self, vocab) -> dict[str, dict[str, str]]:
        return {t.split("#")[-1]: _term_labels(vocab, URIRef(t)) for t in sorted(self.used_terms)}


def _cg(name: str) -> str:
    return CG_NS + name


def _nodes(index: _QuadIndex, vocab) -> list[dict]:
    entities = {s for s, types in index.types.items() if not types & NOT_NODES and s not in index.ontology_terms}
    nodes = {}
    specific: dict[frozenset, str] = {}  # most specific class by set of types, computed once per set
    for subject in sorted(entities):
        types = frozenset(index.types[subject] - NOT_NODES)
        if types not in specific:
            specific[types] = _most_specific(types, vocab)
        nodes[subject] = {
            "id": index.slug(subject),
            "iri": subject,
            "cls": specific[types],
            "labels": index.texts(subject, RDFS_LABEL) or {"en": index.slug(subject)},
            "aliases": _aliases(index, subject),
            "description": index.texts(subject, _cg("description")),
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


def _aliases(index: _QuadIndex, subject) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for value in index.values(subject, SKOS_ALT_LABEL):
        if isinstance(value, _Lit) and value.language:
            found.setdefault(value.language, []).append(value.value)
    return {lang: sorted(set(names)) for lang, names in sorted(found.items())}


def _facts(index: _QuadIndex, subject, entities: set[str]) -> list[dict]:
    """Every sourced statement about `subject`; language variants of one property are merged."""
    facts: dict[tuple, dict] = {}
    description = _cg("description")
    for p, o, _ in index.by_subject[subject]:
        evidence = index.evidence_for(subject, p, o)
        if p == RDF_TYPE:
            if not isinstance(o, str) or o in NOT_NODES or not o.startswith(CG_NS):
                continue
            key, value = ("type", o), {"cls": o.split("#")[-1]}
        elif not p.startswith(CG_NS):
            continue
        elif p == description and not evidence:
            continue  # an entity's own description is shown with its labels
        elif isinstance(o, str):
            if o in entities:
                value = {"node": index.slug(o)}
            elif o in index.ontology_terms:
                index.used_terms.add(o)
                value = {"term": o.split("#")[-1]}
            else:
                value = {"iri": o}
            key = (p, o)
        elif o.language:
            key, value = (p, "@text"), {"texts": {o.language: o.value}}
        else:
            key, value = (p, o.value), _literal_value(o)
        name = "type" if p == RDF_TYPE else p.split("#")[-1]
        fact = facts.setdefault(key, {"p": name, "o": value, "ev": []})
        if "texts" in value:
            fact["o"]["texts"].update(value["texts"])
        fact["ev"] = sorted(set(fact["ev"]) | set(evidence))
    return list(facts.values())


def _literal_value(o: _Lit) -> dict:
    datatype = o.datatype.split("#")[-1] if o.datatype else "string"
    value = {"text": o.value, "datatype": datatype}
    if datatype in ("decimal", "integer"):
        value["display"] = {"zh": _number_zh(Decimal(o.value)), "en": _number_en(Decimal(o.value))}
    return value


def _fact_sort_key(fact: dict) -> tuple:
    order = 0 if fact["p"] == "type" else 1 if fact["p"] == "position" else 2
    return order, fact["p"], json.dumps(fact["o"], sort_keys=True, ensure_ascii=False)


def _reference_only(index: _QuadIndex, subject) -> bool:
    """Declared only by reference knowledge (no article names it)."""
    graphs = {g for p, _, g in index.by_subject[subject] if p == RDF_TYPE}
    return bool(graphs) and all(is_reference_graph(g) for g in graphs)


def _quantity(index: _QuadIndex, subject) -> dict | None:
    value = _first_text(index.values(subject, _cg("value")))
    if value is None:
        return None
    unit = _first_text(index.values(subject, _cg("unitCode")))
    period = _first_text(index.values(subject, _cg("perPeriod")))
    qualifier = _first_text(index.values(subject, _cg("valueQualifier"))) or "exact"
    number = Decimal(value)
    if unit == "C62" and not index.values(subject, _cg("ofProduct")):
        unit = None  # a plain count (of projects, say): the quantity kind names what is counted
    amount = {}
    for i, lang in enumerate(LANGUAGES):
        unit_name = UNITS.get(unit, (unit, unit))[i] if unit else ""
        period_name = PERIODS.get(period, (f"/{period}", f" per {period}"))[i] if period else ""
        qual = QUALIFIERS.get(qualifier, (qualifier + " ", qualifier + " "))[i]
        shown = _number_zh(number) if lang == "zh" else _number_en(number)
        amount[lang] = f"{qual}{shown} {unit_name}{period_name}".strip() if lang == "en" else \
            f"{qual}{shown}{unit_name}{period_name}"
    status = next(iter(index.values(subject, _cg("status"))), None)
    if isinstance(status, str):
        index.used_terms.add(status)
    return {
        "amount": amount,
        "kind": index.texts(subject, _cg("quantityKind")),
        "status": status.split("#")[-1] if isinstance(status, str) else None,
        "date": _first_text(index.values(subject, _cg("date"))),
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


def _fold_positions(index: _QuadIndex, nodes: dict[str, dict]) -> None:
    """Attach each cg:Position to its holder (or, without one, to its organisation) as a fact."""
    position_class = _cg("Position")
    for position, types in sorted(index.types.items()):
        if position_class not in types:
            continue
        holder = next((h for h in index.values(position, _cg("holder")) if h in nodes), None)
        organisation = next((o for o in index.values(position, _cg("positionIn")) if o in nodes), None)
        evidence = sorted({e for p, o, _ in index.by_subject[position] for e in index.evidence_for(position, p, o)})
        role = index.texts(position, _cg("roleTitle")) or index.texts(position, RDFS_LABEL)
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


def _most_specific(types, vocab) -> str:
    candidates = sorted(types)
    above = {o: {str(c) for c in vocab.superclasses(URIRef(o))} for o in candidates}
    specific = [t for t in candidates if not any(t != o and t in above[o] for o in candidates)]
    return (specific or candidates)[0].split("#")[-1]


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
    texts = sorted(_text(v) for v in values)
    return texts[0] if texts else None


# ----------------------------------------------------------------------------- views

def _graph_view(nodes, edges, classes, centre, chain, vocab, aggregate_above) -> dict:
    """Where the graph view draws each entity, and (for large graphs) the aggregates it opens on.

    vis-network's node and edge objects are built in the page from these positions and the data
    (building them here, or through pyvis, only repeated the data and made the file larger)."""
    aggregated = len(nodes) > aggregate_above
    if aggregated or len(nodes) > SPRING_LAYOUT_LIMIT:
        aggregates, members = _aggregates(nodes, edges, classes, vocab)
        positions = _cluster_layout(nodes, edges, aggregates, members, chain, centre)
        index_of = {n["id"]: i for i, n in enumerate(nodes)}
        member_of = [0] * len(nodes)
        for number, group in enumerate(members):
            for member in group:
                member_of[index_of[member]] = number
    else:
        aggregates, member_of = [], []
        positions = _seed_layout(nodes, edges, centre)
    return {"positions": {k: list(v) for k, v in sorted(positions.items())}, "settle": SETTLE_ITERATIONS,
            "aggregated": aggregated, "aggregates": aggregates, "memberOf": member_of}


def _aggregates(nodes, edges, classes, vocab) -> tuple[list[dict], list[list[str]]]:
    """The aggregated view's groups, and each group's members (every entity is in exactly one).

    Zones, industrial parks and top-level chain segments are groups of their own. An entity
    located in (or part of) a park joins the park, else a zone; a product joins its segment; a
    capacity or indicator joins its holder, a project its operator, a cooperation its first
    partner, a person the organisation of their position, a body the place it governs. Whatever
    is left is grouped by class."""
    by_id = {n["id"]: n for n in nodes}
    kind_of_class = {}
    for cls in sorted({n["cls"] for n in nodes}):
        above = vocab.superclasses(CG[cls])
        kind_of_class[cls] = next((kind for kind, ancestor in GROUP_CLASSES if ancestor in above), None)
    kinds = {n["id"]: kind_of_class[n["cls"]] for n in nodes if kind_of_class[n["cls"]]}
    outgoing, incoming = defaultdict(list), defaultdict(list)
    for edge in edges:
        outgoing[edge["from"]].append((edge["p"], edge["to"]))
        incoming[edge["to"]].append((edge["p"], edge["from"]))
    parent = {}
    for edge in edges:
        if edge["p"] == "subSegmentOf" and kinds.get(edge["to"]) == "segment":
            parent.setdefault(edge["from"], edge["to"])

    def root(segment: str) -> str:
        seen = {segment}
        while segment in parent and parent[segment] not in seen:
            segment = parent[segment]
            seen.add(segment)
        return segment

    group: dict[str, tuple[str, str]] = {}
    for entity, kind in kinds.items():
        group[entity] = (kind, root(entity) if kind == "segment" else entity)
    for node in nodes:
        if node["id"] in group:
            continue
        for wanted, props in (("park", PLACEMENT), ("zone", PLACEMENT), ("segment", ("inSegment",))):
            found = sorted(t for p, t in outgoing[node["id"]] if p in props and kinds.get(t) == wanted)
            if found:
                group[node["id"]] = group[found[0]]
                break
    for _ in range(len(FOLLOW)):  # a chain of followers (capacity -> project -> operator) resolves in a few rounds
        changed = False
        for node in nodes:
            if node["id"] in group:
                continue
            for direction, prop in FOLLOW:
                links = outgoing if direction == "out" else incoming
                found = sorted(t for p, t in links[node["id"]] if p == prop and t in group)
                if found:
                    group[node["id"]] = group[found[0]]
                    changed = True
                    break
        if not changed:
            break
    for node in nodes:
        group.setdefault(node["id"], ("class", node["cls"]))

    class_order = [c["key"] for c in classes]
    kind_order = ["zone", "park", "segment", "class"]
    keys = sorted(set(group.values()), key=lambda k: (kind_order.index(k[0]),
                                                      class_order.index(k[1]) if k[0] == "class" else 0, k[1]))
    number = {key: i for i, key in enumerate(keys)}
    members: list[list[str]] = [[] for _ in keys]
    for node in nodes:
        members[number[group[node["id"]]]].append(node["id"])
    class_labels = {c["key"]: c["labels"] for c in classes}
    aggregates = []
    for i, (kind, key) in enumerate(keys):
        entity = None if kind == "class" else key
        members[i] = _member_order(members[i], entity, outgoing, incoming)
        aggregates.append({"id": f"@group/{i}", "kind": kind, "entity": entity,
                           "cls": by_id[key]["cls"] if entity else key,
                           "labels": by_id[key]["labels"] if entity else class_labels[key],
                           "count": len(members[i])})
    return aggregates, members


def _member_order(members: list[str], first: str | None, outgoing, incoming) -> list[str]:
    """Members in depth-first order over the links between them, starting at the group's own
    place or segment: a company, its project and the project's capacity come out next to each
    other, so that they sit side by side on the rings around the group's centre."""
    inside = set(members)
    neighbours = {m: sorted({t for _, t in outgoing[m] + incoming[m] if t in inside and t != m}) for m in members}
    order, seen = [], set()
    for start in ([first] if first in inside else []) + sorted(members):
        stack = [start]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            order.append(current)
            stack.extend(reversed([n for n in neighbours[current] if n not in seen]))
    return order


def _ring_offsets(count: int) -> list[tuple[float, float]]:
    """Offsets of `count` items from their group's centre: the first at the centre, then rings of
    6, 12, 18, ... items RING_SPACING apart; each ring is turned a little so that spokes do not line up."""
    offsets = [(0.0, 0.0)][:count]
    ring = 1
    while len(offsets) < count:
        size = min(6 * ring, count - len(offsets))
        radius = ring * RING_SPACING
        for j in range(size):
            angle = ring * 0.7 + 2 * math.pi * j / size
            offsets.append((radius * math.cos(angle), radius * math.sin(angle)))
        ring += 1
    return offsets


def _disk_radius(count: int) -> float:
    """Radius of the disk _ring_offsets fills for `count` items, with room for labels."""
    rings = 0
    while 1 + 3 * rings * (rings + 1) < count:
        rings += 1
    return rings * RING_SPACING + RING_SPACING


def _cluster_layout(nodes, edges, aggregates, members, chain, centre) -> dict[str, tuple[int, int]]:
    """Deterministic layout in linear time: each group's members on rings around its centre; the
    parks of a zone around the zone; zones in rows (the centre zone first), then the chain
    segments upstream to downstream, then the groups by class. Groups never overlap, so any
    mix of expanded and collapsed groups is readable without moving anything."""
    radius = [_disk_radius(a["count"]) for a in aggregates]
    zone_group = {a["entity"]: i for i, a in enumerate(aggregates) if a["kind"] == "zone"}
    satellites: dict[int, list[int]] = defaultdict(list)
    loose = []
    part_of = defaultdict(list)
    for edge in edges:
        if edge["p"] in PLACEMENT and edge["to"] in zone_group:
            part_of[edge["from"]].append(edge["to"])
    for i, agg in enumerate(aggregates):
        if agg["kind"] == "park" and part_of.get(agg["entity"]):
            satellites[zone_group[min(part_of[agg["entity"]])]].append(i)
        elif agg["kind"] in ("zone", "park"):
            loose.append(i)
    loose.sort(key=lambda i: (aggregates[i]["entity"] != centre, aggregates[i]["kind"] != "zone", i))

    centres: dict[int, tuple[float, float]] = {}
    clusters = []  # (cluster radius, {group: offset from the cluster's centre})
    for hub in loose:
        around = satellites.get(hub, [])
        offsets = {hub: (0.0, 0.0)}
        extent = radius[hub]
        if around:
            widest = max(radius[s] for s in around)
            circumference = sum(2 * radius[s] + GROUP_GAP for s in around)
            distance = max(radius[hub] + widest + GROUP_GAP, circumference / (2 * math.pi))
            walked = 0.0
            for s in around:
                angle = -math.pi / 2 + 2 * math.pi * (walked + radius[s] + GROUP_GAP / 2) / circumference
                walked += 2 * radius[s] + GROUP_GAP
                offsets[s] = (distance * math.cos(angle), distance * math.sin(angle))
            extent = distance + widest
        clusters.append((extent, offsets))
    rank = chain.get("ranks", {})
    segment_groups = sorted((i for i, a in enumerate(aggregates) if a["kind"] == "segment"),
                            key=lambda i: (rank.get(aggregates[i]["entity"], 0), aggregates[i]["entity"]))
    class_groups = [i for i, a in enumerate(aggregates) if a["kind"] == "class"]
    rows = [clusters, [(radius[i], {i: (0.0, 0.0)}) for i in segment_groups],
            [(radius[i], {i: (0.0, 0.0)}) for i in class_groups]]
    width = max(math.sqrt(sum((2 * extent + GROUP_GAP) ** 2 for row in rows for extent, _ in row)),
                max((2 * extent for row in rows for extent, _ in row), default=0.0))
    top = 0.0
    for row in rows:
        top = _shelf(row, top, width, centres) + GROUP_GAP

    positions = {}
    for i, group in enumerate(members):
        cx, cy = centres[i]
        aggregates[i]["x"], aggregates[i]["y"] = round(cx), round(cy)
        for member, (dx, dy) in zip(group, _ring_offsets(len(group)), strict=True):
            positions[member] = (round(cx + dx), round(cy + dy))
    return positions


def _shelf(items, top: float, width: float, centres: dict) -> float:
    """Place (radius, {group: offset}) items left to right in rows `width` wide from `top`;
    returns the bottom of the last row."""
    x, row_height = 0.0, 0.0
    for extent, offsets in items:
        if x > 0 and x + 2 * extent > width:
            top += row_height + GROUP_GAP
            x, row_height = 0.0, 0.0
        for group, (dx, dy) in offsets.items():
            centres[group] = (x + extent + dx, top + extent + dy)
        x += 2 * extent + GROUP_GAP
        row_height = max(row_height, 2 * extent)
    return top + row_height


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
