"""Faults during `chaingraph build`: killed builds, concurrent builds, a full disk, unwritable outputs.

Each build runs as a real `chaingraph build` process on a private copy of the project. After every
fault, each file in outputs/ must be complete: byte-identical to the previous build's version or to
the new build's, both of which were parsed by independent readers (pyoxigraph for RDF, an XML
parser for SVG/GraphML/GEXF, Pillow for PNG).

Not covered here: a read-only file system or a permission-denied folder. The tests run as root,
for whom chmod does not stop writes, and a read-only bind mount needs privileges the test machine
does not grant; an outputs path that is a file, or lies under a file, is the unwritable case
tested instead.
"""

from __future__ import annotations

import io
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from PIL import Image
from support import ZIGONG, copy_project

from chaingraph.cli.main import main
from chaingraph.core.atomic import TEMP_PREFIX, build_lock
from chaingraph.core.outputnames import CHAIN_PNG, DATASET_FILE, DATASET_STEM, EXPLORER_PAGE
from chaingraph.core.project import Project
from chaingraph.dataset.formats import FORMATS

BUILD_TIMEOUT = 120
LOCK_MESSAGE = "another chaingraph build is writing"
OLD_LABEL = 'Zigong Jiana Energy Technology Co., Ltd."}'
NEW_LABEL = 'Zigong Jiana Energy Technology Co., Ltd. (renamed)"}'
RDF_FORMATS = {fmt.extension: fmt.engine for fmt in FORMATS.values()}


def build_command(project: Project, outputs: Path | None = None) -> list[str]:
    command = [sys.executable, "-m", "chaingraph", "--root", str(project.root), "build"]
    return command + (["--outputs", str(outputs)] if outputs else [])


def run_build(project: Project, outputs: Path | None = None, **popen) -> subprocess.CompletedProcess:
    return subprocess.run(build_command(project, outputs), capture_output=True, text=True, timeout=BUILD_TIMEOUT,
                          env=_env(), **popen)


def _env() -> dict:
    return {**os.environ, "CI": "1"}  # no progress bar


def outputs_of(folder: Path) -> dict[str, bytes]:
    """The build's files (dot files, i.e. the lock and temporaries, aside)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(f"{TEMP_PREFIX}*"))


def assert_loadable(files: dict[str, bytes]) -> None:
    """Every output parses with an independent reader: a truncated file would not."""
    for name, data in files.items():
        suffix = Path(name).suffix
        if suffix in RDF_FORMATS:
            assert list(ox.parse(data, format=RDF_FORMATS[suffix])), name
        elif suffix in (".svg", ".graphml", ".gexf"):
            ET.fromstring(data)
        elif suffix == ".png":
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                assert image.width > 100 and image.height > 100
        elif suffix == ".html":
            assert data.rstrip().endswith(b"</html>"), name
        elif suffix == ".md":
            assert data.decode("utf-8").strip(), name
        elif suffix == ".json":
            json.loads(data)
        else:
            pytest.fail(f"no reader for {name}: add one so that a truncated {suffix} file is caught")


def assert_each_file_old_or_new(folder: Path, old: dict[str, bytes], new: dict[str, bytes], when: str) -> None:
    now = outputs_of(folder)
    assert set(now) == set(old), f"after {when}: files appeared or vanished: {set(now) ^ set(old)}"
    for name, data in now.items():
        assert data in (old[name], new[name]), f"after {when}: {name} is neither the old nor the new version"


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    """A project built once (the "old" outputs), then edited; the edited project's complete build
    goes to a separate folder (the "new" outputs), timed for choosing kill points."""
    root = tmp_path_factory.mktemp("faults")
    project = copy_project(root / "project")
    first = run_build(project)
    assert first.returncode == 0, first.stderr
    old = outputs_of(project.output_dir)
    facts = project.facts / f"{ZIGONG}.yaml"
    text = facts.read_text(encoding="utf-8")
    assert text.count(OLD_LABEL) == 1
    facts.write_text(text.replace(OLD_LABEL, NEW_LABEL), encoding="utf-8")
    started = time.monotonic()
    second = run_build(project, root / "reference")
    duration = time.monotonic() - started
    assert second.returncode == 0, second.stderr
    new = outputs_of(root / "reference")
    assert_loadable(old)
    assert_loadable(new)
    assert set(old) == set(new)
    changed = {name for name in old if old[name] != new[name]}
    assert {DATASET_FILE, f"{DATASET_STEM}.ttl", EXPLORER_PAGE} <= changed
    return project, old, new, duration


def kill_after(project: Project, delay: float) -> int | None:
    """Start a build and SIGKILL it after `delay` seconds; its return code if it finished first."""
    process = subprocess.Popen(build_command(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=_env())
    try:
        process.wait(delay)
        return process.returncode
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        return None


def kill_while_writing(project: Project, extra_delay: float) -> str:
    """Start a build and SIGKILL it `extra_delay` seconds after its first temporary file appears."""
    folder = project.output_dir
    before = set(temporaries(folder))
    process = subprocess.Popen(build_command(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=_env())
    deadline = time.monotonic() + BUILD_TIMEOUT
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if set(temporaries(folder)) - before:
                time.sleep(extra_delay)
                break
            time.sleep(0.001)
        if process.poll() is not None:
            return "finished before the kill"
        process.send_signal(signal.SIGKILL)
        return "killed while writing"
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(30)


def test_a_build_killed_at_random_points_leaves_complete_outputs(two_versions):
    project, old, new, duration = two_versions
    rng = random.Random(20240805)
    delays = sorted(rng.uniform(0.05, 1.05) * duration for _ in range(5))
    outcomes = []
    for delay in delays:
        code = kill_after(project, delay)
        outcomes.append("killed" if code is None else f"finished ({code})")
        assert_each_file_old_or_new(project.output_dir, old, new, f"a kill at {delay:.2f} s")
    # the write phase is short: aim kills at it too, from the moment the first temporary file appears
    for extra in (0.0, 0.02):
        outcomes.append(kill_while_writing(project, extra))
        assert_each_file_old_or_new(project.output_dir, old, new, f"a kill {extra} s into writing")
    assert outcomes.count("killed") + outcomes.count("killed while writing") >= 4, outcomes
    print(f"kill points over a {duration:.1f} s build: {[f'{d:.2f}' for d in delays]}; outcomes: {outcomes}")

    # the next build cleans up what killed builds left, but not a live writer's temporary file
    folder = project.output_dir
    dead = folder / f"{TEMP_PREFIX}999999999-left-by-a-killed-build"
    dead.write_bytes(b"partial")
    live = folder / f"{TEMP_PREFIX}{os.getpid()}-still-being-written"
    live.write_bytes(b"in progress")
    try:
        finished = run_build(project)
        assert finished.returncode == 0, finished.stderr
        assert temporaries(folder) == [live.name]
        assert outputs_of(folder) == new
    finally:
        live.unlink()


def test_a_build_while_another_holds_the_lock_exits_with_a_message(two_versions):
    project, _, new, _ = two_versions
    before = outputs_of(project.output_dir)
    with build_lock(project.output_dir):
        blocked = run_build(project)
    assert blocked.returncode == 1
    assert LOCK_MESSAGE in blocked.stderr and "Traceback" not in blocked.stderr
    assert outputs_of(project.output_dir) == before
    assert temporaries(project.output_dir) == []


def test_two_builds_started_together_never_interleave(two_versions):
    project, _, new, _ = two_versions
    processes = [subprocess.Popen(build_command(project), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env=_env()) for _ in range(2)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=BUILD_TIMEOUT)
        results.append((process.returncode, err))
    for code, err in results:
        assert code == 0 or (code == 1 and LOCK_MESSAGE in err), err
        assert "Traceback" not in err
    assert 0 in [code for code, _ in results]
    assert outputs_of(project.output_dir) == new  # one build's complete set (builds are deterministic)
    assert temporaries(project.output_dir) == []
    print(f"two builds at once: exit codes {[code for code, _ in results]}")


def _small_file_size_limit(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_fails_clearly_and_changes_nothing(two_versions):
    """RLIMIT_FSIZE makes every write past 200 kB fail with EFBIG, as a full disk fails with ENOSPC."""
    project, old, new, _ = two_versions
    before = outputs_of(project.output_dir)
    assert max(len(data) for data in before.values()) > 200_000
    failed = run_build(project, preexec_fn=_small_file_size_limit(200_000))
    assert failed.returncode == 1, failed.stderr
    assert "cannot write" in failed.stderr and "File too large" in failed.stderr
    assert "no output was changed" in failed.stderr and "Traceback" not in failed.stderr
    assert outputs_of(project.output_dir) == before
    assert temporaries(project.output_dir) == []


def run_build_here(project: Project, outputs: Path, capsys) -> tuple[int, str]:
    """`chaingraph build` in this process (faster than a new interpreter): exit code and stderr."""
    code = main(["--root", str(project.root), "build", "--outputs", str(outputs)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("layout", ["outputs is a file", "outputs is under a file"])
def test_unwritable_outputs_fail_clearly(tmp_path, two_versions, layout, capsys):
    project = two_versions[0]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the outputs folder should be\n")
    outputs = blocker if layout == "outputs is a file" else blocker / "outputs"
    code, err = run_build_here(project, outputs, capsys)
    assert code == 1
    assert f"cannot use {outputs}" in err and "Traceback" not in err
    assert blocker.read_text() == "a file where the outputs folder should be\n"


def test_a_folder_in_place_of_an_output_fails_before_any_output_changes(tmp_path, two_versions, capsys):
    project = two_versions[0]
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    (outputs / f"{DATASET_STEM}.ttl").mkdir()
    (outputs / CHAIN_PNG).write_bytes(b"an older figure")
    code, err = run_build_here(project, outputs, capsys)
    assert code == 1
    assert f"{DATASET_STEM}.ttl" in err and "no output was changed" in err and "Traceback" not in err
    assert (outputs / CHAIN_PNG).read_bytes() == b"an older figure"
    assert temporaries(outputs) == []


def test_outputs_are_readable_as_the_umask_allows(two_versions):
    """Temporary files are private (0600); the published outputs get the mode open() would give."""
    project = two_versions[0]
    probe = project.output_dir / "probe"
    probe.write_text("")
    expected = probe.stat().st_mode & 0o777
    probe.unlink()
    modes = {path.name: path.stat().st_mode & 0o777 for path in project.output_dir.iterdir()
             if not path.name.startswith(".")}
    assert modes and set(modes.values()) == {expected}, modes
