"""chaingraph: a region's industrial chain, from news articles to a sourced RDF knowledge graph.

The subpackages are the stages data flows through, each importing only from those below it
(the contract in pyproject.toml, checked by `lint-imports`):

    core        project layout, problems, atomic writes, output names, the safe YAML reader
    sources     captures kept as received -> normalized text split into sentences
    facts       the ontology's vocabulary; curated facts checked against it and their sources
    dataset     one RDF dataset of named graphs, SHACL-validated, queried, written in every format
    analysis    the networkx projection: chain coverage, gaps, hubs, paths
    views       the files people read: explorer page, report, chain figure, GraphML/GEXF
    web         the SPARQL endpoint with the explorer, and upload to a Graph Store
    authoring   help for curators: draft facts from a new article; synthetic regions
    cli         the `chaingraph` command, one module per command

The public Python API for scripts:

>>> from chaingraph import build_dataset
>>> result = build_dataset()            # doctest: +SKIP
>>> result.dataset                      # an rdflib.Dataset, one named graph per source  # doctest: +SKIP
"""

from chaingraph.dataset.build import BuildResult, build_dataset
from chaingraph.dataset.built import BuiltDataset, read_built

__all__ = ["BuildResult", "BuiltDataset", "build_dataset", "read_built"]
__version__ = "0.1.0"
