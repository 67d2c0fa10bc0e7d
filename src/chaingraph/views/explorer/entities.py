"""What the explorer shows of each entity: its node (class, labels, aliases, facts with their
evidence, quantity in words), the edges between nodes, and the legend.

What is a node: every subject typed with a chaingraph class, outside the ontology graph, except
provenance (cg:Source, cg:Sentence, cg:Evidence) and cg:Position. A position is folded into its
holder as a fact ("position: role at organisation") and drawn as one edge from the person to
the organisation labelled with the role title.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter, defaultdict
from decimal import Decimal

from rdflib import URIRef
from rdflib.namespace import RDF

from chaingraph.core.namespaces import CG
from chaingraph.dataset.iris import is_reference_graph
from chaingraph.facts.wording import LANGUAGES, number_en, number_zh, quantity_words
from chaingraph.views.explorer.index import (
    CG_NS,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT_LABEL,
    Lit,
    QuadIndex,
    cg,
    first_text,
)

DESCRIPTION = cg("description")
QUANTITY = {name: cg(name) for name in ("value", "unitCode", "perPeriod", "valueQualifier", "ofProduct", "status",
                                        "quantityKind", "date")}
# What a node reads of its statements besides its facts: labels, types (for their graphs),
# description and quantity.
NODE_READS = frozenset((RDFS_LABEL, SKOS_ALT_LABEL, RDF_TYPE, DESCRIPTION, *QUANTITY.values()))
# Instances of these classes are provenance or folded into other nodes, never nodes themselves.
NOT_NODES = frozenset(CG_NS + name for name in ("Evidence", "Sentence", "Source", "Position"))

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
    "Association": ("#c6dbef", "dot"),
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


def nodes(index: QuadIndex, vocab) -> tuple[list[dict], list[str], list[tuple]]:
    """Every entity as a node, in IRI order; the names of the properties their facts use, sorted;
    and the links between nodes, one per fact relating two nodes, as (source position, target
    position, property name, None; for a position, its role as JSON), in the order the facts are
    made (not sorted), gathered here so that what needs only the relations (the centre, the
    segments' order) does not walk every node's facts again.

    Each fact is made as the page carries it (`packing.py`): `[property, object, evidence...]`,
    the property by its position in the returned names, a related entity by its node's position,
    a class by its name, anything else as a record (a term, an IRI, a literal, a position).

    One pass over each entity's statements makes its node: what it shows besides its facts
    (labels, aliases, description, quantity, the graphs of its types) and its facts, each with
    the key it is sorted by (see `_fact_order`). At 20,000 entities this runs for 300,000
    statements, so the common case (a relation to another entity) takes the fewest steps."""
    types_of = index.types
    ontology_terms = index.ontology_terms
    entities = sorted(s for s, types in types_of.items() if not types & NOT_NODES and s not in ontology_terms)
    slug = index.slug
    ids = {s: slug(s) for s in entities}  # made once: every fact pointing at an entity reads it
    position_of = {s: i for i, s in enumerate(entities)}  # a related entity is written as its node's position
    roles: dict[str, object] = {}  # a predicate's role in a node (see `_role`), once each
    evidence_about, renumbered, used_terms = index.evidence.get, index.renumbered, index.used_terms
    used: set[str] = set()  # the properties facts use
    found = {}
    order_keys: dict[str, list] = {}  # each node's facts' sort keys, in the order of its facts
    specific: dict[frozenset, str] = {}  # most specific class by set of types, computed once per set
    graph_kinds: dict[str, bool] = {}  # whether a graph is reference knowledge, once per graph
    # A literal's value as the page carries it, once per distinct literal (dates and figures
    # repeat across entities): shared by the facts stating it, never changed.
    literal_values: dict[Lit, dict] = {}
    links: list[tuple] = []
    for here, subject in enumerate(entities):
        types = frozenset(types_of[subject])  # an entity has none of NOT_NODES
        cls = specific.get(types)
        if cls is None:
            cls = specific[types] = _most_specific(types, vocab)
        values: dict[str, list] = {}  # what the node reads besides its facts, by property
        reference = None  # whether every graph typing it is reference knowledge (None: no type)
        facts: dict[tuple, list] = {}  # language variants of one property merge into one fact
        keys = []
        for p, o, g in index.by_subject[subject]:
            role = roles.get(p)
            if role is None:
                role = roles[p] = _role(p)
            if role.__class__ is not str:  # read besides (or instead of) being a fact, or a type
                role = role[0]
                if role == "type":
                    if p == RDF_TYPE and reference is not False:
                        kind = graph_kinds.get(g)
                        if kind is None:
                            kind = graph_kinds[g] = is_reference_graph(g)
                        reference = kind
                    if o.__class__ is not str or o in NOT_NODES or not o.startswith(CG_NS):
                        continue
                    simple = _local_name(o)
                    key, value, rank, kind = ("type", o), simple, 0, "cls"
                else:
                    if p in values:
                        values[p].append(o)
                    else:
                        values[p] = [o]
                    if role is None or (p == DESCRIPTION and not _evidenced(evidence_about(subject, ()), p, o)):
                        continue  # not a fact; or an entity's own description, shown with its labels
            elif not role:
                continue
            if role == "type":
                pass  # the type's key and value are made above
            elif o.__class__ is str:
                key, rank = (p, o), 2
                value = position_of.get(o)
                if value is not None:
                    kind, simple = "node", ids[o]
                elif o in ontology_terms:
                    used_terms.add(o)
                    simple = o.split("#")[-1]
                    value, kind = {"term": simple}, "term"
                else:
                    value, kind, simple = {"iri": o}, "iri", o
            elif o.language:
                key, value, rank, kind, simple = (p, "@text"), {"texts": {o.language: o.value}}, 2, "~", None
            else:
                value = literal_values.get(o)
                if value is None:
                    value = literal_values[o] = _literal_value(o)
                key, rank, kind, simple = (p, o.value), 2, "~", None
            fact = facts.get(key)
            if fact is None:
                facts[key] = [role, value]
                keys.append((rank, role, kind, simple if kind != "~" else value))
                used.add(role)
                if kind == "node":
                    links.append((here, value, role, None))
            elif kind == "~" and "texts" in value:
                fact[1]["texts"].update(value["texts"])
        evidence = evidence_about(subject)
        if evidence:
            _attach_evidence(facts, evidence, renumbered)
        # Only what the page reads, and nothing empty: at 20,000 entities every key costs 20,000 times.
        # (The IRI is the page's base and the id; an absent key means no aliases, no description,
        # not reference-only.)
        node = {"id": ids[subject], "cls": cls,
                "labels": texts(values.get(RDFS_LABEL, ())) or {"en": ids[subject]},
                "facts": list(facts.values())}
        if SKOS_ALT_LABEL in values:
            aliases = _aliases(values[SKOS_ALT_LABEL])
            if aliases:
                node["aliases"] = aliases
        if DESCRIPTION in values:
            description = texts(values[DESCRIPTION])
            if description:
                node["description"] = description
        if reference:  # declared only by reference knowledge: no article names it
            node["reference"] = True
        if QUANTITY["value"] in values:
            node["quantity"] = _quantity(index, values)
        found[subject] = node
        order_keys[subject] = keys
    if _fold_positions(index, found, order_keys, position_of, links):
        used.add("position")
    properties = sorted(used)
    number = {p: i for i, p in enumerate(properties)}
    for subject, node in found.items():
        node_facts = node["facts"]
        if len(node_facts) > 1:
            node_facts = node["facts"] = _fact_order(node_facts, order_keys[subject])
        for fact in node_facts:
            fact[0] = number[fact[0]]
    return list(found.values()), properties, links


def _role(p: str):
    """What a predicate is in a node: a fact's property name (a str); "" if neither a fact nor
    read; or, for a type and what a node reads besides its facts (NODE_READS), a tuple of its
    fact name or None (labels are not facts)."""
    name = "type" if p == RDF_TYPE else _local_name(p) if p.startswith(CG_NS) else None
    if p in NODE_READS or name == "type":  # a type is a fact of its own kind
        return (name,)
    return name or ""


def _attach_evidence(facts: dict[tuple, list], evidence: list[tuple], renumbered: list[int]) -> None:
    """Append to each fact the evidence (table positions, sorted, each once) of the statements it
    was made from, from the subject's own list of (predicate, object, number): a fact's key is
    made from each piece of evidence as from the statement (`nodes`), in a node's small dict."""
    crowded = False
    for p, o, number in evidence:
        if o.__class__ is str:
            fact = facts.get(("type", o) if p == RDF_TYPE else (p, o))
        else:
            fact = facts.get((p, "@text") if o.language else (p, o.value))
        if fact is not None:
            crowded = crowded or len(fact) > 2
            fact.append(renumbered[number])
    if crowded:  # a fact with several pieces of evidence (or statements): in order, each once
        for fact in facts.values():
            if len(fact) > 3:
                fact[2:] = sorted(set(fact[2:]))


def _evidenced(evidence, p: str, o) -> bool:
    """Whether the statement (p, o) of a subject has evidence (its description, say)."""
    return any(ep == p and eo == o for ep, eo, _ in evidence)


def texts(values: list) -> dict[str, str]:
    """The first text in each of the page's languages (first in the order of `str`). Values are
    put in that order only where a language has more than one (`str` of a literal is slow)."""
    found, crowded = {}, False
    for value in values:
        if isinstance(value, Lit) and value.language in LANGUAGES:
            if value.language in found:
                crowded = True
                break
            found[value.language] = value.value
    if not crowded:
        return found
    found = {}
    for value in sorted(values, key=str):
        if isinstance(value, Lit) and value.language in LANGUAGES:
            found.setdefault(value.language, value.value)
    return found


def _aliases(values: list) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for value in values:
        if isinstance(value, Lit) and value.language:
            found.setdefault(value.language, []).append(value.value)
    return {lang: sorted(set(names)) for lang, names in sorted(found.items())}


@functools.cache
def _local_name(iri: str) -> str:
    return iri.split("#")[-1]


def _literal_value(o: Lit) -> dict:
    datatype = o.datatype.split("#")[-1] if o.datatype else "string"
    value = {"text": o.value, "datatype": datatype}
    if datatype in ("decimal", "integer"):
        value["display"] = {"zh": number_zh(Decimal(o.value)), "en": number_en(Decimal(o.value))}
    return value


def _fact_order(facts: list[list], keys: list[tuple]) -> list[list]:
    """Type first, then positions, then by property and value: a related entity, class or term by
    its id; any other value (its key holds the value, marked "~") by its JSON, which is written only
    where two such values of one property need it to tell their order (few nodes have any). Where
    no two do, the sort never reaches a value: keys differ before it."""
    tilde = [key[:2] for key in keys if key[2] == "~"]
    if len(tilde) > 1 and len(set(tilde)) < len(tilde):
        crowded = Counter(tilde)
        keys = [key[:3] + (json.dumps(key[3] or {}, sort_keys=True, ensure_ascii=False)
                           if crowded[key[:2]] > 1 else "",) if key[2] == "~" else key for key in keys]
    order = sorted(range(len(facts)), key=keys.__getitem__)
    return [facts[i] for i in order]


def _quantity(index: QuadIndex, values: dict[str, list]) -> dict | None:
    value = first_text(values.get(QUANTITY["value"], ()))
    if value is None:
        return None
    unit = first_text(values.get(QUANTITY["unitCode"], ()))
    period = first_text(values.get(QUANTITY["perPeriod"], ()))
    qualifier = first_text(values.get(QUANTITY["valueQualifier"], ())) or "exact"
    if unit == "C62" and not values.get(QUANTITY["ofProduct"]):
        unit = None  # a plain count (of projects, say): the quantity kind names what is counted
    status = next(iter(values.get(QUANTITY["status"], ())), None)
    if isinstance(status, str):
        index.used_terms.add(status)  # the page words it with the ontology's labels
    return {
        "amount": _amount_words(value, unit, period, qualifier),
        "kind": texts(values.get(QUANTITY["quantityKind"], [])),
        "status": status.split("#")[-1] if isinstance(status, str) else None,
        "date": first_text(values.get(QUANTITY["date"], ())),
    }


@functools.lru_cache(maxsize=4096)
def _amount_words(value: str, unit: str | None, period: str | None, qualifier: str) -> dict[str, str]:
    """A figure in words, once per distinct figure (a region's capacities repeat their figures):
    shared by the nodes showing it, never changed."""
    return quantity_words(Decimal(value), unit, period, qualifier)


def _fold_positions(index: QuadIndex, found: dict[str, dict], order_keys: dict[str, list],
                    position_of: dict[str, int], links: list[tuple]) -> bool:
    """Attach each cg:Position to its holder (or, without one, to its organisation) as a fact,
    `["position", {role, node or holderless}, evidence...]`, with its sort key (see `_fact_order`),
    and a link from the holder to the organisation. Whether any was attached."""
    position_class = cg("Position")
    attached = False
    for position, types in sorted(index.types.items()):
        if position_class not in types:
            continue
        holder = next((h for h in index.values(position, cg("holder")) if h in found), None)
        organisation = next((o for o in index.values(position, cg("positionIn")) if o in found), None)
        if holder is None and organisation is None:
            continue
        evidence = index.evidence_of(position, index.by_subject[position])
        role = index.texts(position, cg("roleTitle")) or index.texts(position, RDFS_LABEL)
        value = {"role": role} if role else {}
        if holder is not None:
            owner = holder
            if organisation is not None:
                value["node"] = position_of[organisation]
        else:
            value["holderless"] = True
            owner = organisation
        found[owner]["facts"].append(["position", value, *evidence])
        order_keys[owner].append((1, "position", "node", index.slug(organisation)) if "node" in value
                                 else (1, "position", "~", None))
        if "node" in value:
            links.append((position_of[owner], value["node"], "position",
                          json.dumps(value.get("role", {}), sort_keys=True)))
        attached = True
    return attached


def edges(nodes: list[dict], properties: list[str]) -> list[tuple[str, str, str, str]]:
    """One edge per relation between two nodes (and per role, for positions), sorted, as
    (from, to, property, role as JSON or "null")."""
    ids = [node["id"] for node in nodes]
    position = properties.index("position") if "position" in properties else -1
    found = set()
    for source, node in zip(ids, nodes, strict=True):
        for fact in node["facts"]:
            target = fact[1]
            if target.__class__ is int:
                found.add((source, ids[target], properties[fact[0]], "null"))
            elif fact[0] == position and "node" in target:  # only positions have a role: no JSON for the rest
                role = json.dumps(target.get("role", {}), sort_keys=True, ensure_ascii=False)
                found.add((source, ids[target["node"]], "position", role))
    return sorted(found)


def _most_specific(types, vocab) -> str:
    candidates = sorted(types)
    above = {o: {str(c) for c in vocab.superclasses(URIRef(o))} for o in candidates}
    specific = [t for t in candidates if not any(t != o and t in above[o] for o in candidates)]
    return (specific or candidates)[0].split("#")[-1]


def centre(nodes: list[dict], links: list[tuple], vocab) -> str | None:
    """The high-tech zone with most links (relations, as `edges` counts them, to or from it): the
    page pins it at the centre of the graph. Only the zones' links are counted, not every edge's."""
    zone_classes = {c for c in {n["cls"] for n in nodes} if vocab.is_a(CG[c], CG.HighTechZone)}  # once per class
    zones = {i for i, n in enumerate(nodes) if n["cls"] in zone_classes}
    if not zones:
        return None
    # the zones' edges, each once, as `edges` makes them (a link is a fact: one per relation,
    # except positions, which are one per role)
    found = {link for link in links if link[0] in zones or link[1] in zones}
    degree = dict.fromkeys(zones, 0)
    for source, target, _, _ in found:
        for end in (source, target):
            if end in degree:
                degree[end] += 1
    return min((-degree[z], nodes[z]["id"]) for z in zones)[1]


def title(nodes: list[dict], centre: str | None) -> dict[str, str]:
    if centre is None:
        return {"zh": "产业链图谱", "en": "Industrial chain explorer"}
    labels = next(n["labels"] for n in nodes if n["id"] == centre)
    return {"zh": f"{labels.get('zh', centre)} · 产业链图谱", "en": f"{labels.get('en', centre)} · industrial chain"}


def classes(nodes: list[dict], vocab) -> list[dict]:
    """The legend: each class present, in CLASS_STYLES order, with its labels, style and count."""
    counts = defaultdict(int)
    for node in nodes:
        counts[node["cls"]] += 1
    order = list(CLASS_STYLES)
    found = []
    for cls in sorted(counts, key=lambda c: (order.index(c) if c in order else len(order), c)):
        colour, shape = _style(cls, vocab)
        found.append({"key": cls, "labels": term_labels(vocab, CG[cls]), "color": colour, "shape": shape,
                      "count": counts[cls]})
    return found


def _style(cls: str, vocab) -> tuple[str, str]:
    if cls in CLASS_STYLES:
        return CLASS_STYLES[cls]
    for ancestor in sorted(vocab.superclasses(CG[cls]), key=str):
        name = str(ancestor).split("#")[-1]
        if ancestor.startswith(str(CG)) and name in CLASS_STYLES:
            return CLASS_STYLES[name]
    digest = hashlib.sha1(cls.encode()).hexdigest()
    return f"#{digest[:6]}", "dot"


def term_labels(vocab, term: URIRef) -> dict[str, str]:
    """A class's, property's or individual's labels in the page's languages, from the ontology."""
    if term == RDF.type:
        return {"zh": "类别", "en": "class"}
    if term == CG.position:  # folded positions are labelled with the class they come from
        term = CG.Position
    return {lang: vocab.label(term, lang) for lang in LANGUAGES}


def property_labels(properties: list[str], vocab) -> dict[str, dict[str, str]]:
    """Labels of every property the nodes' facts use, by local name."""
    return {p: term_labels(vocab, RDF.type if p == "type" else CG[p]) for p in properties}


def used_term_labels(index: QuadIndex, vocab) -> dict[str, dict[str, str]]:
    """Labels of the ontology individuals the facts name (statuses, say), by local name."""
    return {t.split("#")[-1]: term_labels(vocab, URIRef(t)) for t in sorted(index.used_terms)}
