"""`chaingraph extract` on every dev test article (tests/articles): what must hold for any article.

Whatever the extractor proposes, its draft is YAML a curator can open, no id in it is declared twice,
and every quote it gives occurs in the normalized text, so the build can cite it. How much it finds
is measured by benchmarks/extract_eval.py, not asserted here.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest
import yaml
from support import ROOT

from chaingraph.authoring.extract import extract
from chaingraph.authoring.extract.draft import draft_yaml
from chaingraph.authoring.gazetteer import build_gazetteer
from chaingraph.sources.normalize import normalize

ARTICLES = ROOT / "tests" / "articles"
DEV = sorted(p.name[: -len(".txt")] for p in ARTICLES.glob("*.txt"))


@cache
def drafted(article: str) -> tuple[str, str]:
    """(normalized text, draft YAML) of one article, with the project's own facts as gazetteer."""
    normalized = normalize((ARTICLES / f"{article}.txt").read_bytes())
    gazetteer = build_gazetteer(sorted((ROOT / "data" / "facts").glob("*.yaml")))
    return normalized.text, draft_yaml(extract(normalized, article, gazetteer))


def quotes(node) -> list[str]:
    """Every `quote:` value anywhere in a parsed draft."""
    if isinstance(node, dict):
        return [str(v) for k, v in node.items() if k == "quote"] + [q for v in node.values() for q in quotes(v)]
    if isinstance(node, list):
        return [q for v in node for q in quotes(v)]
    return []


def test_the_corpus_has_a_dev_set_with_gold():
    assert len(DEV) >= 12
    assert all((ARTICLES / f"{article}.gold.yaml").exists() for article in DEV)


@pytest.mark.parametrize("article", DEV)
def test_the_draft_is_yaml_with_entities(article):
    data = yaml.safe_load(drafted(article)[1])
    assert isinstance(data, dict) and data["source"] == article
    assert isinstance(data["entities"], list) and data["entities"]


@pytest.mark.parametrize("article", DEV)
def test_no_id_is_declared_twice(article):
    data = yaml.safe_load(drafted(article)[1])
    ids = Counter(entity["id"] for entity in data["entities"])
    assert not [entity_id for entity_id, n in ids.items() if n > 1]


@pytest.mark.parametrize("article", DEV)
def test_every_quote_occurs_in_the_normalized_text(article):
    text, draft = drafted(article)
    found = quotes(yaml.safe_load(draft))
    assert found
    assert [quote for quote in found if quote not in text] == []
