"""Stage 3, dataset: facts become one RDF dataset (named graphs, stable IRIs), validated by SHACL,
queried with SPARQL, written in every format.
"""
