"""`chaingraph build` shows a progress bar on a terminal and stays quiet in CI or when piped."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

from support import ROOT, copy_project


def _run(args, env, terminal: bool) -> tuple[int, bytes]:
    command = [sys.executable, "-m", "chaingraph", *args]
    if not terminal:
        done = subprocess.run(command, env=env, capture_output=True, timeout=300, check=False)
        return done.returncode, done.stderr
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a real terminal has a size
    process = subprocess.Popen(command, env=env, stdin=slave, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closes when the build exits
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return process.wait(timeout=300), b"".join(chunks)


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(TERM="xterm", **extra)
    return env


def test_a_terminal_sees_the_build_stages(tmp_path):
    project = copy_project(tmp_path)
    code, stderr = _run(["--root", str(project.root), "build"], _env(), terminal=True)
    assert code == 0
    assert b"chaingraph build:" in stderr
    for stage in (b"facts", b"SHACL", b"explorer", b"writing"):
        assert stage in stderr


def test_piped_output_has_no_progress(tmp_path):
    project = copy_project(tmp_path)
    code, stderr = _run(["--root", str(project.root), "build"], _env(), terminal=False)
    assert code == 0
    assert b"chaingraph build:" not in stderr and b"\r" not in stderr


def test_ci_has_no_progress_even_on_a_terminal(tmp_path):
    project = copy_project(tmp_path)
    code, stderr = _run(["--root", str(project.root), "build"], _env(CI="true"), terminal=True)
    assert code == 0
    assert b"chaingraph build:" not in stderr


def test_the_bar_never_reaches_stdout(tmp_path):
    project = copy_project(tmp_path)
    done = subprocess.run([sys.executable, "-m", "chaingraph", "--root", str(project.root), "build", "--check"],
                          env=_env(), capture_output=True, timeout=300, check=False, cwd=ROOT)
    assert done.returncode == 0
    assert done.stdout.decode().startswith("1 source(s)")
