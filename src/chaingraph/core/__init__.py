"""Shared ground for every stage: the project layout, input problems, atomic writes, progress,
namespaces, the safe YAML reader.
"""
