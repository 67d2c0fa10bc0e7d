"""Authoring: help for curators turning a new article into facts (extraction, gazetteer) and
synthetic regions for testing at scale.
"""
