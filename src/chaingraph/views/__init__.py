"""Stage 5, views: the files a build writes for people: explorer page, report, chain figure,
GraphML/GEXF, dataset description.
"""
