"""Business exports: masked NIKs, no formula injection, atomic files, re-importable."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from golonline_desktop.domain.business import BusinessFields
from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.paths import DataPaths
from golonline_desktop.services import business_export
from golonline_desktop.services.actor import Role
from golonline_desktop.services.app import open_app
from golonline_desktop.services.business_export import BusinessExportService, ExportFormat
from golonline_desktop.services.business_import import BusinessImportService, DriveNotFoundError
from golonline_desktop.services.import_columns import HEADERS
from golonline_desktop.storage.models import AuditEvent, Business
from tests.factories import VILLAGE, business_input

HOSTILE_TEXT = {
    "business_name": "=cmd|' /C calc'!A0",
    "owner_name": "+SUM(A1:A9)",
    "address_line": "@IMPORTXML(1)",
    "sector": "-2+3",
}


def exporter(app: Any, role: Role | None = None) -> BusinessExportService:
    actor = app.actor if role is None else replace(app.actor, role=role)
    return BusinessExportService(app.store, app.clock, actor)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_xlsx(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def register(app: Any, n: int, drive_id: str | None = None, **overrides: object) -> str:
    outcome = app.registration.register(
        business_input(n, **overrides),
        drive_id=drive_id,
        confirm_warnings=True,
        duplicate_reason="similar names in tests",
    )
    assert outcome.saved, outcome
    return outcome.business_id


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_nik_is_masked_unless_a_supervisor_unmasks_it(app: Any, tmp_path: Path, fmt: str) -> None:
    register(app, 1)
    nik = business_input(1).nik
    read = read_csv if fmt == "csv" else read_xlsx

    masked = exporter(app).export(tmp_path / f"masked.{fmt}")
    full = exporter(app, Role.SUPERVISOR).export(tmp_path / f"full.{fmt}", unmask=True)

    assert masked.nik_masked and masked.format is ExportFormat(fmt) and masked.rows == 1
    assert [r["NIK"] for r in read(masked.path)] == [mask_nik(nik)]
    assert [r["NIK"] for r in read(full.path)] == [nik]
    assert list(read(full.path)[0]) == list(HEADERS)


def test_an_officer_may_not_unmask(app: Any, tmp_path: Path) -> None:
    register(app, 1)
    with pytest.raises(PermissionError):
        exporter(app, Role.PETUGAS).export(tmp_path / "out" / "full.csv", unmask=True)
    assert not (tmp_path / "out").exists()


def test_formulas_are_neutralised_in_csv(app: Any, tmp_path: Path) -> None:
    register(app, 1, **HOSTILE_TEXT)

    [row] = read_csv(exporter(app).export(tmp_path / "out.csv").path)

    assert row["Nama Usaha"] == "'=cmd|' /C calc'!A0"
    assert row["Nama Pemilik"] == "'+SUM(A1:A9)"
    assert row["Alamat"] == "'@IMPORTXML(1)"
    assert row["Sektor"] == "'-2+3"


def test_formulas_are_plain_text_in_xlsx(app: Any, tmp_path: Path) -> None:
    register(app, 1, **HOSTILE_TEXT)

    path = exporter(app).export(tmp_path / "out.xlsx").path

    sheet = openpyxl.load_workbook(path).active
    cells = {sheet.cell(1, c.column).value: c for c in sheet[2]}
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    for field, header in (
        ("business_name", "Nama Usaha"),
        ("owner_name", "Nama Pemilik"),
        ("address_line", "Alamat"),
        ("sector", "Sektor"),
    ):
        cell = cells[header]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (HOSTILE_TEXT[field], "s", True)
    assert cells["Kode Wilayah Desa"].quotePrefix is False


def _fields_without_consent(fields: BusinessFields) -> dict[str, object]:
    values = fields.as_dict()
    values.pop("consent_text_version")
    return values


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_imports_again_unchanged(
    app: Any, regions: Any, clock: Any, tmp_path: Path, fmt: str
) -> None:
    register(app, 1)
    register(
        app,
        2,
        nib="1234567890123",
        npwp="01.312.166.0-091.000",
        email="",
        business_name="-Keripik- @Tebet",
        employees="",
        capital="",
        kbli_code="",
    )
    register(app, 3, owner_birth_date=None, owner_sex=None, annual_sales="Rp2.000.000.000")
    with app.store.read() as session:
        before = {
            r.nik: _fields_without_consent(app.registration.get(r.id).fields)
            for r in session.scalars(select(Business))
        }
    path = exporter(app).export(tmp_path / f"all.{fmt}", unmask=True).path

    other = open_app(DataPaths(tmp_path / "other").ensure(), clock, regions)
    try:
        report = BusinessImportService(
            other.store, other.clock, other.actor, other.registration.validate
        ).import_file(path)
        assert report.ok and report.rows_imported == 3, report.problems
        with other.store.read() as session:
            after = {
                r.nik: _fields_without_consent(other.registration.get(r.id).fields)
                for r in session.scalars(select(Business))
            }
    finally:
        other.close()
    assert after == before


def test_one_drive_only_and_never_deleted_businesses(app: Any, tmp_path: Path) -> None:
    pasar = app.drives.create("Pasar Tebet", date(2026, 11, 27), VILLAGE)
    register(app, 1, drive_id=pasar.id)
    register(app, 2, drive_id=pasar.id)
    register(app, 3)
    app.registration.delete(register(app, 4, drive_id=pasar.id))

    result = exporter(app).export(tmp_path / "pasar.csv", drive_id=pasar.id)

    assert result.rows == 2
    names = [r["Nama Usaha"] for r in read_csv(result.path)]
    assert names == [business_input(n).business_name for n in (1, 2)]
    with pytest.raises(DriveNotFoundError):
        exporter(app).export(tmp_path / "x.csv", drive_id="nope")


def test_a_failed_export_leaves_the_old_file_and_no_leftovers(
    app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        register(app, n)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.xlsx"
    target.write_bytes(b"yesterday's export")
    real = business_export._plain_values
    seen: list[int] = []

    def fail_on_third(row: Any, unmask: bool) -> list[object]:
        seen.append(1)
        if len(seen) == 3:
            raise OSError("disk full")
        return real(row, unmask)

    monkeypatch.setattr(business_export, "_plain_values", fail_on_third)
    with pytest.raises(OSError, match="disk full"):
        exporter(app).export(target)

    assert target.read_bytes() == b"yesterday's export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.xlsx"]


def test_every_export_is_audited(app: Any, tmp_path: Path) -> None:
    register(app, 1)
    exporter(app).export(tmp_path / "a.csv")
    exporter(app).export(tmp_path / "b.xlsx", unmask=True)

    with app.store.read() as session:
        events = [
            json.loads(e.details)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "business.export")
            )
        ]
    assert [(e["file"], e["format"], e["rows"], e["nik_unmasked"]) for e in events] == [
        ("a.csv", "csv", 1, False),
        ("b.xlsx", "xlsx", 1, True),
    ]
