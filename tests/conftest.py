"""Shared fixtures: the real Zigong project, built once, and disposable copies of it."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright
from support import CHROMIUM, CHROMIUM_ARGS, ROOT, copy_project

from chaingraph.core.project import Project
from chaingraph.dataset.build import build_dataset, write_outputs

# Markers by what a test drives, so `pytest -m "not slow"` is the quick loop (docs/contributing.md).
# Browser and server tests start processes and are slow by nature; the other slow ones are
# whole modules of long runs (fuzzing, killed builds, subprocess builds, synthetic regions, the
# rdflib and pyshacl engines compared with pyoxigraph's); single slow tests carry the mark themselves.
BROWSER_FIXTURES = {"browser"}
SERVER_MODULES = {"test_serve", "test_serve_cache", "test_hostile_http", "test_publish", "test_protocol"}
SLOW_MODULES = {"test_fuzz", "test_faults", "test_progress", "test_explorer_scale", "test_engine_parity",
                "test_shaclfast"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = getattr(item, "module", None)
        module = module.__name__.rsplit(".", 1)[-1] if module else ""
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
        if module in SERVER_MODULES:
            item.add_marker(pytest.mark.server)
        if module in SLOW_MODULES or item.get_closest_marker("browser") or item.get_closest_marker("server"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def zigong():
    """The Zigong dataset built from the project's own data (validated)."""
    return build_dataset(Project(root=ROOT))


@pytest.fixture(scope="session")
def built_outputs(tmp_path_factory, zigong):
    """outputs/ of a full build of the real data, written to a temporary folder."""
    from chaingraph.cli.build import extra_outputs

    out = tmp_path_factory.mktemp("outputs")
    result = build_dataset(Project(root=ROOT, outputs=out))
    write_outputs(result, extra_outputs(result))
    return out


@pytest.fixture
def project_copy(tmp_path) -> Project:
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, shared by every browser test of the session."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
