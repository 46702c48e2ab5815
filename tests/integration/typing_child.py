"""Start a child that types into a form, wait until it says its draft is on disk, SIGKILL it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT_S = 60


def kill_once_typed(module: str, folder: Path) -> list[str]:
    """Run ``python -m module folder``; kill it after its ``TYPED ...`` line; the words after."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", module, str(folder)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # the child prints once the draft is on disk
        assert line.startswith("TYPED "), line + (child.stderr.read() if child.poll() else "")
        assert child.poll() is None  # still running, mid-form
        child.send_signal(signal.SIGKILL)
        assert child.wait(CHILD_TIMEOUT_S) == -signal.SIGKILL
        return line.split()[1:]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
