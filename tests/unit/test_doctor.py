"""The doctor looks at a data folder and changes nothing: no new database, no migration."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from golonline_desktop.paths import DataPaths
from golonline_desktop.services.doctor import SchemaState, run_doctor
from golonline_desktop.storage.migrate import head_revision, known_revisions
from tests.factories import business_input


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_revision(database: Path, revision: str) -> None:
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_a_missing_data_folder_is_reported_not_created(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "nowhere")

    report = run_doctor(paths)

    assert report.schema is SchemaState.MISSING and report.ok
    assert [f.code for f in report.findings] == ["doctor.no_data_dir"]
    assert not paths.root.exists()


def test_a_folder_without_database_gets_none_created(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()

    report = run_doctor(paths)

    assert [f.code for f in report.findings] == ["doctor.no_database"]
    assert list(paths.root.iterdir()) == []


def test_a_healthy_database_is_counted(app: Any) -> None:
    first = app.registration.register(business_input(1)).business_id
    assert app.registration.register(business_input(2), duplicate_reason="two shops").saved
    app.registration.delete(first)
    app.paths.backups.mkdir(exist_ok=True)
    (app.paths.backups / "golonline-20261127-rev0001.sqlite3").write_bytes(b"x" * 2048)

    report = run_doctor(app.paths)

    assert report.ok and report.findings == ()
    assert report.schema is SchemaState.CURRENT and report.revision == head_revision()
    assert report.integrity == ("ok",) and report.journal_mode == "wal"
    assert report.counts["businesses_live"] == 1 and report.counts["businesses_deleted"] == 1
    assert report.counts["drives"] == 0 and report.counts["audit_events"] >= 3
    assert report.outbox == {"pending": 3}
    assert [(b.path.name, b.size_bytes) for b in report.backups] == [
        ("golonline-20261127-rev0001.sqlite3", 2048)
    ]
    assert report.database_bytes and report.database_bytes > 0


def test_a_newer_schema_is_an_error_and_the_file_is_untouched(app: Any) -> None:
    app.close()
    set_revision(app.paths.database, "ffff")
    before = digest(app.paths.database)

    report = run_doctor(app.paths)

    assert report.schema is SchemaState.NEWER and not report.ok
    assert "doctor.newer_schema" in {f.code for f in report.findings}
    assert digest(app.paths.database) == before


def test_an_older_schema_is_not_migrated(app: Any) -> None:
    older = sorted(known_revisions() - {head_revision()})
    app.close()
    if not older:  # only one revision exists yet: nothing older to report
        return
    set_revision(app.paths.database, older[0])

    report = run_doctor(app.paths)

    assert report.schema is SchemaState.OLDER and report.ok
    assert [f.code for f in report.findings] == ["doctor.older_schema"]
    assert run_doctor(app.paths).revision == older[0]


def test_a_file_that_is_not_a_database(data_paths: DataPaths) -> None:
    data_paths.database.write_bytes(b"this is a spreadsheet, not a database" * 200)

    report = run_doctor(data_paths)

    assert report.schema is SchemaState.NOT_A_DATABASE and not report.ok
    assert [f.code for f in report.findings] == ["doctor.not_a_database"]
