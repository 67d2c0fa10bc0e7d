"""Publishing a build's files: a writer that fails while its file is staged changes no output and
leaves no temporary file behind, even in a process that goes on running (a server that builds),
whose temporary files a later build would take for a live writer's and keep."""

from __future__ import annotations

import pytest

from chaingraph.core.atomic import TEMP_PREFIX, Streamed, publish_files


def failing_writer(output) -> None:
    output.write(b"half a serialization")
    raise ValueError("a term the format cannot write")


def test_a_streamed_file_whose_writer_fails_changes_nothing_and_leaves_nothing(tmp_path):
    first, second = tmp_path / "a.nt", tmp_path / "b.ttl"
    first.write_bytes(b"old a\n")
    with pytest.raises(ValueError, match="cannot write"):
        publish_files({first: b"new a\n", second: Streamed(failing_writer)})
    assert first.read_bytes() == b"old a\n"
    assert not second.exists()
    assert list(tmp_path.glob(f"{TEMP_PREFIX}*")) == []


def test_streamed_and_plain_files_are_published_together(tmp_path):
    first, second = tmp_path / "a.nt", tmp_path / "b.ttl"
    publish_files({first: b"a\n", second: Streamed(lambda output: output.write(b"b\n"))})
    assert (first.read_bytes(), second.read_bytes()) == (b"a\n", b"b\n")
    assert list(tmp_path.glob(f"{TEMP_PREFIX}*")) == []
