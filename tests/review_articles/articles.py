"""The review articles and the metadata `chaingraph ingest` is given for each."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = {
    "zigong-sodium-signing-2025-03": {"publisher": "盐都产经=Yandu Industry News", "date": "2025-03-18"},
    "neijiang-anode-groundbreaking-2025-04": {"publisher": "甜城经济网=Tiancheng Economy", "date": "2025-04-08"},
    "suining-lithium-park-tour-2025-05": {"publisher": "遂州新闻网=Suizhou News", "date": "2025-05-20"},
}


def ingest_all(project) -> None:
    """Add every review article to `project` (a copy of the real one)."""
    from chaingraph.sources.ingest import ingest

    for source_id, meta in ARTICLES.items():
        ingest(project, (HERE / f"{source_id}.txt").read_bytes(), source_id, **meta)
