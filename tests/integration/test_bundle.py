"""The PyInstaller bundle starts: smoke mode on a fresh folder, again on the migrated
folder, and a CLI command. Slow (one build per session, ~30-60 s)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAME = "golonline-desktop"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for this module into a temp folder; the executable's path."""
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("PyInstaller is not installed in this environment (dev extra)")
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    executable = out / "dist" / NAME / (NAME + (".exe" if sys.platform == "win32" else ""))
    assert executable.exists()
    return executable


def start(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "GOLONLINE_"))
    }
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_bundle_starts_migrates_and_runs_the_cli(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(bundle, "--smoke", "--data-dir", str(data), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("smoke ok: schema "), first.stdout
    assert ", 0 businesses, 0 pending" in first.stdout
    assert (data / "golonline.sqlite3").exists()

    again = start(bundle, "--smoke", "--data-dir", str(data), home=tmp_path)
    assert again.returncode == 0, again.stderr
    shown, ready = again.stdout.splitlines()  # figures read from the file, then opened
    assert shown == "smoke shown: the window with its figures"
    assert ready.split(",")[0] == first.stdout.split(",")[0]  # same schema
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())

    cli = start(bundle, "validate", "nik", "3174015505900001", home=tmp_path)
    assert cli.returncode == 0, cli.stdout + cli.stderr
    assert "Traceback" not in cli.stderr
