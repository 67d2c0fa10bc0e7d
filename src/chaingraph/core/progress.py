"""Progress for long builds: a bar on a terminal, silence in CI, in pipes and in scripts.

`stages(names)` returns a context-manager factory: `with stage("facts"): ...` advances the bar
once the stage is done. The bar (tqdm) goes to stderr and only when stderr is a terminal and CI
is not set, so logs and piped output stay clean.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator

Stage = Callable[[str], contextlib.AbstractContextManager[None]]


def interactive() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


@contextlib.contextmanager
def _silent(name: str) -> Iterator[None]:
    yield


def no_progress() -> Stage:
    return _silent


def stages(names: list[str], enabled: bool | None = None) -> Stage:
    """A stage reporter for the given stage names (shown as the bar advances)."""
    if not (interactive() if enabled is None else enabled):
        return _silent
    from tqdm import tqdm

    bar = tqdm(total=len(names), desc="chaingraph build", unit="stage", file=sys.stderr, leave=False,
               bar_format="{desc}: {n_fmt}/{total_fmt} {bar} {elapsed} {postfix}")

    @contextlib.contextmanager
    def stage(name: str) -> Iterator[None]:
        bar.set_postfix_str(name)
        try:
            yield
        finally:
            bar.update(1)
            if bar.n >= bar.total:
                bar.close()

    return stage
