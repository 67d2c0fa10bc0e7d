"""chaingraph: a region's industrial chain, from news articles to a sourced RDF knowledge graph.

The public Python API for scripts:

>>> from chaingraph import build_dataset
>>> result = build_dataset()            # doctest: +SKIP
>>> result.dataset                      # an rdflib.Dataset, one named graph per source  # doctest: +SKIP
"""

from chaingraph.dataset.build import BuildResult, build_dataset

__all__ = ["BuildResult", "build_dataset"]
__version__ = "0.1.0"
