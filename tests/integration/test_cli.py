"""The ``golonline-desktop`` command: exit codes and messages, against real data folders."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from golonline_desktop import cli
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.paths import DataPaths
from golonline_desktop.services.app import open_app
from tests.factories import business_input
from tests.unit.test_business_import import row_for, write_csv

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def english(data: Path, *args: object) -> list[object]:
    return ["--data-dir", data, "--language", "en", *args]


def make_database(data: Path, revision: str | None = None) -> Path:
    application = open_app(DataPaths(data))
    application.close()
    if revision is not None:
        connection = sqlite3.connect(data / "golonline.sqlite3")
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.close()
    return data / "golonline.sqlite3"


def test_import_saves_valid_rows_and_reports_bad_ones(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "umkm.csv", [row_for(1), row_for(2, NIK="12345"), row_for(3)])
    problems = tmp_path / "problems.csv"

    code, out, _ = run(capsys, *english(data, "import", path, "--report", problems))

    assert code == cli.EXIT_PROBLEMS
    assert "Row 3, column NIK: NIK must have 16 digits; 5 were typed." in out
    assert "Imported 2 of 3 rows from umkm.csv; 1 rows have errors" in out
    with problems.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[1][:4] == ["3", "NIK", "error", "nik.length"]
    code, out, _ = run(capsys, *english(data, "import", path, "--dry-run"))
    assert code == cli.EXIT_PROBLEMS and "Nothing was saved (dry run)" in out
    assert "already registered" in out


def test_a_clean_import_exits_zero(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "umkm.csv", [row_for(1)])
    code, out, err = run(capsys, "import", "--data-dir", data, "--language", "en", path)
    assert (code, err) == (cli.EXIT_OK, "")
    assert "Imported 1 of 1 rows" in out


def test_usage_errors_exit_two(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    assert run(capsys, *english(data, "import"))[0] == cli.EXIT_USAGE
    code, _, err = run(capsys, *english(data, "import", tmp_path / "missing.csv"))
    assert code == cli.EXIT_USAGE and "does not exist" in err
    path = write_csv(tmp_path / "umkm.csv", [row_for(1)])
    code, _, err = run(capsys, *english(data, "import", path, "--drive", "nope"))
    assert code == cli.EXIT_USAGE and "There is no registration drive nope." in err
    code, _, err = run(capsys, *english(data, "validate", "nik", "1", "--birth-date", "kemarin"))
    assert code == cli.EXIT_USAGE and "--birth-date kemarin" in err


def test_export_masks_and_unmasks(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    run(capsys, *english(data, "import", write_csv(tmp_path / "in.csv", [row_for(1)])))
    nik = business_input(1).nik

    code, out, _ = run(capsys, *english(data, "export", tmp_path / "out.csv"))
    assert code == cli.EXIT_OK and "Exported 1 businesses" in out and "--unmask" in out
    assert mask_nik(nik) in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")

    code, out, _ = run(
        capsys, *english(data, "export", tmp_path / "o.x", "--format", "xlsx", "--unmask")
    )
    assert code == cli.EXIT_OK and "personal data" in out
    assert (tmp_path / "o.x").read_bytes()[:2] == b"PK"


def test_an_officer_cannot_unmask(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    database = make_database(data)
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE officer SET role = 'petugas'")
    connection.close()

    code, _, err = run(capsys, *english(data, "export", tmp_path / "x.csv", "--unmask"))

    assert code == cli.EXIT_USAGE and "Only a supervisor" in err
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["nik", "3174015505900001"], 0, "First registered in: 31.74.01 Kec. Tebet"),
        (["nik", "3174015505900001", "--birth-date", "1990-05-16"], 0, "typed"),
        (["nik", "31740155059"], 1, "NIK must have 16 digits; 11 were typed."),
        (["npwp", "01.312.166.0-091.000"], 0, "Stored as: 0013121660091000"),
        (["nitku", "123"], 1, "Error: "),
        (["nib", "1234567890123"], 0, "Valid."),
        (["phone", "0812-3456-7890"], 0, "Stored as: +6281234567890"),
        (["email", "sri@gmial.com"], 0, "Did you mean sri@gmail.com?"),
        (["kbli", "10794", "--kbli-version", "2025"], 0, "Stored as: 10794"),
        (["rupiah", "1500000"], 0, "Shown as: Rp1.500.000"),
    ],
)
def test_validate_explains(
    capsys: pytest.CaptureFixture[str], data: Path, args: list[str], code: int, expected: str
) -> None:
    result, out, _ = run(capsys, *english(data, "validate", *args))
    assert result == code and expected in out
    assert not data.exists()  # validating needs no data folder


def test_validate_nik_shows_its_parts(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    _, out, _ = run(capsys, *english(data, "validate", "nik", "3174015505900001"))
    assert "Birth date: 15-05-1990" in out and "Sex: Female" in out
    assert "Serial number: 0001" in out


def test_messages_default_to_indonesian(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    _, indonesian, _ = run(capsys, "--data-dir", data, "validate", "phone", "123")
    _, english_text, _ = run(capsys, *english(data, "validate", "phone", "123"))
    assert "123 is not a valid phone number" in english_text
    assert "123 is not a valid phone number" not in indonesian and "123" in indonesian


def test_doctor(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, *english(data, "doctor"))
    assert code == cli.EXIT_OK and "does not exist yet" in out and not data.exists()
    make_database(data)
    code, out, _ = run(capsys, *english(data, "doctor"))
    assert code == cli.EXIT_OK and "Integrity check: ok" in out and "Journal mode: wal" in out


def test_a_newer_database_is_refused_clearly_and_left_alone(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    database = make_database(data, revision="ffff")
    before = database.read_bytes()
    path = write_csv(tmp_path / "umkm.csv", [row_for(1)])

    code, out, err = run(capsys, *english(data, "import", path))
    assert code == cli.EXIT_DATA_FOLDER
    assert "written by a newer version of GoOnline Desktop (schema ffff)" in err
    assert "Traceback" not in out + err
    code, out, _ = run(capsys, *english(data, "doctor"))
    assert code == cli.EXIT_DATA_FOLDER and "schema ffff" in out
    assert database.read_bytes() == before


def test_a_file_that_is_not_a_database(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    data.mkdir()
    (data / "golonline.sqlite3").write_bytes(b"not a database " * 500)

    code, _, err = run(capsys, *english(data, "export", tmp_path / "x.csv"))

    assert code == cli.EXIT_DATA_FOLDER and "is not a GoOnline Desktop database" in err
    assert "Traceback" not in err


def test_an_unexpected_error_points_to_the_log(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from golonline_desktop.services import business_import

    def broken(*args: Any, **kwargs: Any) -> None:
        raise ZeroDivisionError("surprise")

    monkeypatch.setattr(business_import.BusinessImportService, "dry_run", broken)
    path = write_csv(tmp_path / "umkm.csv", [row_for(1)])

    code, _, err = run(capsys, *english(data, "import", "--dry-run", path))

    log = data / "logs" / cli.ERROR_LOG
    assert code == cli.EXIT_UNEXPECTED and "ZeroDivisionError: surprise" in err
    assert str(log) in err and "Traceback" not in err
    assert "Traceback" in log.read_text()


def test_no_command_starts_the_gui(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from golonline_desktop.gui import app as gui_app

    calls: list[dict[str, object]] = []

    def fake_run(**kwargs: object) -> int:
        calls.append(kwargs)
        return 7

    monkeypatch.setattr(gui_app, "run", fake_run)
    assert cli.main(["--data-dir", str(data), "--smoke"]) == 7
    assert cli.main(["gui", "--language", "en"]) == 7
    assert calls == [
        {"data_dir": str(data), "smoke": True, "language": None},
        {"data_dir": None, "smoke": False, "language": "en"},
    ]


def test_the_module_runs_as_a_program_without_tracebacks(data: Path) -> None:
    make_database(data, revision="ffff")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "golonline_desktop.cli", *map(str, english(data, "doctor"))],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == cli.EXIT_DATA_FOLDER, result.stderr
    assert "schema ffff" in result.stdout and "Traceback" not in result.stderr
