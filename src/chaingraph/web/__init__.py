"""Stage 6, web: the graph over HTTP (a read-only SPARQL endpoint with the explorer) and upload to
a Graph Store.
"""
