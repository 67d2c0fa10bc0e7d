"""The name of every file `chaingraph build` writes into the output folder.

Commands, views, the server and the tests read these names from here, so renaming an output is
one edit. The RDF serializations are DATASET_STEM plus each format's extension
(chaingraph.dataset.formats); DATASET_FILE is the N-Quads one that query, serve, export and
publish read back.
"""

DATASET_STEM = "chaingraph"
DATASET_FILE = f"{DATASET_STEM}.nq"
DESCRIPTION = "void.ttl"
EXPLORER_PAGE = "chaingraph.html"
REPORT_MARKDOWN = "report.md"
REPORT_HTML = "report.html"
CHAIN_SVG = "chain.svg"
CHAIN_PNG = "chain.png"
GRAPHML = f"{DATASET_STEM}.graphml"
GEXF = f"{DATASET_STEM}.gexf"
BUILD_LOCK = ".build.lock"
