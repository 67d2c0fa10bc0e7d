"""Stage 4, analysis: the dataset projected onto a networkx graph for chain coverage, gaps, hubs
and paths.
"""
