"""Stage 2, facts: the vocabulary read from the ontology, and the curated facts checked against it
and against their sources.
"""
