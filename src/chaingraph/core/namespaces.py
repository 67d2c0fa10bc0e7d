"""Namespaces and the prefixes every output and query shares."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

CG = Namespace("https://w3id.org/chaingraph/ns#")
ONTOLOGY_IRI = "https://w3id.org/chaingraph/ns"
DEFAULT_BASE = "https://w3id.org/chaingraph/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

STANDARD_PREFIXES = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "void": str(VOID),
    "dcat": str(DCAT),
    "cg": str(CG),
}


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """Every prefix chaingraph declares: the standard ones, `cg:` for the ontology, `id:` for
    entities, and one each for the build's own sources, sentences, evidence and graphs."""
    return {
        **STANDARD_PREFIXES,
        "id": base,
        "source": f"{base}source/",
        "sentence": f"{base}sentence/",
        "evidence": f"{base}evidence/",
        "graph": f"{base}graph/",
    }


def sparql_prologue(base: str = DEFAULT_BASE) -> str:
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes(base).items())
