"""Stage 1, sources: captures kept as received, normalized to clean Simplified text split into
sentences with stable ids.
"""
