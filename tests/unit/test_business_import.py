"""Business imports: every bad row reported, only valid rows saved, all or nothing on a crash."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from golonline_desktop.resources import resource_path
from golonline_desktop.services import business_import, spreadsheet_reader
from golonline_desktop.services.business_import import (
    BusinessImportService,
    DriveNotFoundError,
    ImportReport,
)
from golonline_desktop.services.import_columns import HEADERS
from golonline_desktop.services.registration import business_payload
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry
from golonline_desktop.storage.outbox import canonical_json, payload_hash
from tests.factories import VILLAGE, business_input

Row = dict[str, object]


def row_for(n: int, **overrides: object) -> Row:
    """The n-th valid business as the cells of a template row."""
    data = business_input(n)
    row: Row = {
        "Nama Usaha": data.business_name,
        "Nama Pemilik": data.owner_name,
        "NIK": data.nik,
        "Tanggal Lahir": "15-05-1990",
        "Jenis Kelamin": "P",
        "No HP": data.phone,
        "Email": data.email,
        "KBLI": "10794",
        "Versi KBLI": "2020",
        "Sektor": data.sector,
        "Alamat": data.address_line,
        "Kode Wilayah Desa": VILLAGE,
        "Kode Pos": "12810",
        "Modal Usaha": "Rp15.000.000",
        "Omzet Tahunan": "Rp120.000.000",
        "Jumlah Karyawan": "2",
        "Persetujuan": "Ya",
    }
    row.update({k.replace("_", " "): v for k, v in overrides.items()})
    return row


def write_csv(
    path: Path,
    rows: Sequence[Row | None],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
    headers: Sequence[str] = HEADERS,
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([] if row is None else [row.get(h, "") for h in headers])
    return path


def write_xlsx(path: Path, rows: Sequence[Row | None], headers: Sequence[str] = HEADERS) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append([] if row is None else [row.get(h) for h in headers])
    workbook.save(path)
    return path


@pytest.fixture
def importer(app: Any) -> BusinessImportService:
    return BusinessImportService(app.store, app.clock, app.actor, app.registration.validate)


def count(app: Any, model: type) -> int:
    with app.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def errors_by_row(report: ImportReport) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for problem in report.row_errors:
        found.setdefault(problem.row, set()).add(problem.finding.code)
    return found


def test_valid_csv_rows_are_saved_with_outbox_and_audit_like_the_form(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "umkm.csv", [row_for(1), row_for(2), row_for(3)])

    report = importer.import_file(path)

    assert report.ok and report.rows_read == 3 and report.rows_imported == 3
    with app.store.read() as session:
        rows = list(session.scalars(select(Business).order_by(Business.business_name)))
        outbox = {o.entity_id: o for o in session.scalars(select(OutboxEntry))}
        audit = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        assert [r.nik for r in rows] == [business_input(n).nik for n in (1, 2, 3)]
        for row in rows:
            entry = outbox[row.id]
            # The same payload a form save would queue for this row, byte for byte.
            assert entry.payload == canonical_json(business_payload(row))
            assert entry.payload_hash == payload_hash(entry.payload)
            assert (entry.version, entry.base_version, entry.state) == (1, 0, "pending")
            assert row.phone is not None and row.phone.startswith("+62812")
            assert row.owner_birth_date == date(1990, 5, 15) and row.capital_rupiah == 15_000_000
            assert row.consent_text_version == business_import.IMPORTED_CONSENT_VERSION
            assert row.created_by == app.actor.officer_id and row.scale == "mikro"
        actions = [a.action for a in audit]
        assert actions.count("business.create") == 3 and actions.count("business.import") == 1
        summary = next(a for a in audit if a.action == "business.import")
        assert json.loads(summary.details)["rows"] == 3
        per_row = [json.loads(a.details) for a in audit if a.action == "business.create"]
        assert sorted(d["row"] for d in per_row) == [2, 3, 4]
        assert {d["import_event"] for d in per_row} == {summary.id}


def test_semicolon_delimited_windows_text_from_excel(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        [row_for(1, Nama_Pemilik="Séna Açaí")],
        delimiter=";",
        encoding="cp1252",
    )

    report = importer.import_file(path)

    assert report.rows_imported == 1
    assert "import.encoding_guessed" in {f.code for f in report.file_findings}
    with app.store.read() as session:
        assert session.scalar(select(Business.owner_name)) == "Séna Açaí"


def test_headers_match_loosely_and_unknown_columns_are_reported(
    importer: BusinessImportService, tmp_path: Path
) -> None:
    loose = {h: f"  {h.upper().replace(' ', '_')} " for h in HEADERS}
    loose["No HP"] = "No. HP"
    headers = [*loose.values(), "Catatan Petugas"]
    row = {loose[k]: v for k, v in row_for(1).items()}
    path = write_csv(tmp_path / "loose.csv", [row], headers=headers)

    report = importer.dry_run(path)

    assert report.ok and report.rows_valid == 1
    assert report.unknown_columns == ("Catatan Petugas",)


def test_missing_required_columns_stop_the_whole_file(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    headers = [h for h in HEADERS if h not in ("NIK", "Persetujuan")]
    path = write_csv(tmp_path / "no_nik.csv", [row_for(1)], headers=headers)

    report = importer.import_file(path)

    [finding] = report.file_errors
    assert finding.code == "import.missing_columns"
    assert finding.params["columns"] == "NIK, Persetujuan"
    assert report.rows_imported == 0 and count(app, Business) == 0


def hostile_rows() -> list[Row | None]:
    """Row 2 onwards of a workbook an officer received from who knows where."""
    return [
        row_for(1),  # 2: fine
        row_for(2, Nama_Usaha='=HYPERLINK("http://evil.example/x","Klik")'),  # 3
        row_for(3, Nama_Pemilik="=cmd|' /C calc'!A0"),  # 4
        row_for(4, Alamat="x" * 10_000),  # 5
        row_for(5, NIK=3.174015505900001e15),  # 6: a NIK typed into a General cell
        None,  # 7: empty, skipped silently
        row_for(6, NIK=business_input(1).nik),  # 8: the NIK of row 2 again
        row_for(7, Tanggal_Lahir="31-02-1990", Jenis_Kelamin=1),  # 9
        row_for(  # 10: typed cells, all usable
            8,
            Tanggal_Lahir=datetime(1990, 5, 15),
            No_HP=81200000008,
            KBLI=1111,
            Jumlah_Karyawan=3.0,
            Modal_Usaha=15_000_000,
        ),
        row_for(9, NIK="abc"),  # 11
        row_for(10),  # 12: fine
        row_for(11, Kode_Wilayah_Desa=datetime(2024, 1, 1)),  # 13
        row_for(12, Email="#REF!"),  # 14
        row_for(13, Persetujuan="Tidak"),  # 15
        row_for(14, NIK="3174********0015"),  # 16
    ]


def test_hostile_workbook_gives_row_errors_and_imports_only_valid_rows(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "hostile.xlsx", hostile_rows())

    report = importer.import_file(path)

    errors = errors_by_row(report)
    assert errors == {
        3: {"import.formula"},
        4: {"import.formula"},
        5: {"import.cell_too_long"},
        6: {"import.number_precision"},
        8: {"import.duplicate_nik"},
        9: {"import.date_format", "import.cell_type"},
        11: {"nik.not_digits"},
        13: {"import.cell_type"},
        14: {"import.cell_error"},
        15: {"consent.required"},
        16: {"import.nik_masked"},
    }
    columns = {(p.row, p.column) for p in report.row_errors}
    assert {(3, "Nama Usaha"), (5, "Alamat"), (6, "NIK"), (9, "Jenis Kelamin")} <= columns
    duplicate = next(p for p in report.row_errors if p.row == 8)
    assert duplicate.finding.params["first_row"] == 2
    assert report.rows_read == 14 and report.rows_imported == 3
    with app.store.read() as session:
        saved = {
            name: (phone, kbli, employees)
            for name, phone, kbli, employees in session.execute(
                select(
                    Business.business_name, Business.phone, Business.kbli_code, Business.employees
                )
            )
        }
    assert set(saved) == {business_input(n).business_name for n in (1, 8, 10)}
    assert saved[business_input(8).business_name] == ("+6281200000008", "01111", 3)
    assert count(app, OutboxEntry) == 3


def test_every_message_of_the_hostile_workbook_renders(
    importer: BusinessImportService, tmp_path: Path
) -> None:
    report = importer.dry_run(write_xlsx(tmp_path / "hostile.xlsx", hostile_rows()))

    for problem in report.problems:
        text = problem.finding.render()
        assert text and "{" not in text, problem.finding.code


def test_a_crash_half_way_leaves_nothing_imported(
    app: Any, importer: BusinessImportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "umkm.csv", [row_for(n) for n in range(6)])
    real_insert = business_import._insert_chunk
    calls = []

    def insert_then_crash(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        real_insert(*args)

    monkeypatch.setattr(business_import, "INSERT_CHUNK", 3)
    monkeypatch.setattr(business_import, "_insert_chunk", insert_then_crash)
    audit_before = count(app, AuditEvent)

    with pytest.raises(RuntimeError, match="power cut"):
        importer.import_file(path)

    assert len(calls) == 2  # the first half really was inserted before the crash
    assert count(app, Business) == 0 and count(app, OutboxEntry) == 0
    assert count(app, AuditEvent) == audit_before


def test_businesses_already_registered_are_not_imported_again(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    assert app.registration.register(business_input(0)).saved
    path = write_csv(tmp_path / "umkm.csv", [row_for(0), row_for(1)])

    report = importer.import_file(path)

    assert errors_by_row(report) == {
        2: {"import.registered_nik", "import.registered_phone", "import.registered_name"}
    }
    assert report.rows_imported == 1 and count(app, Business) == 2
    same_phone = write_csv(tmp_path / "phone.csv", [row_for(5, No_HP=business_input(0).phone)])
    assert errors_by_row(importer.dry_run(same_phone)) == {2: {"import.registered_phone"}}


def test_a_second_row_with_the_same_phone_or_name_is_refused(
    importer: BusinessImportService, tmp_path: Path
) -> None:
    rows = [
        row_for(1),
        row_for(2, No_HP=business_input(1).phone),
        row_for(3, Nama_Usaha="Warung " + business_input(1).business_name),
    ]
    report = importer.dry_run(write_csv(tmp_path / "u.csv", rows))
    assert errors_by_row(report) == {3: {"import.duplicate_phone"}, 4: {"import.duplicate_name"}}


def test_a_deleted_business_does_not_block_an_import(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    outcome = app.registration.register(business_input(0))
    app.registration.delete(outcome.business_id)

    report = importer.import_file(write_csv(tmp_path / "umkm.csv", [row_for(0)]))

    assert report.ok and report.rows_imported == 1


def test_dry_run_reports_but_writes_nothing(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "umkm.csv", [row_for(1), row_for(2, NIK="123")])
    audit_before = count(app, AuditEvent)

    report = importer.dry_run(path)

    assert report.dry_run and report.rows_valid == 1 and report.bad_rows == (3,)
    assert count(app, Business) == 0 and count(app, AuditEvent) == audit_before


def test_too_many_rows_or_too_big_a_file_is_refused_whole(
    app: Any, importer: BusinessImportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "umkm.csv", [row_for(n) for n in range(4)])
    monkeypatch.setattr(business_import, "MAX_DATA_ROWS", 3)
    assert [f.code for f in importer.import_file(path).file_errors] == ["import.too_many_rows"]
    monkeypatch.setattr(business_import, "MAX_DATA_ROWS", 10)
    monkeypatch.setattr(spreadsheet_reader, "MAX_FILE_BYTES", 100)
    assert [f.code for f in importer.import_file(path).file_errors] == ["import.file_too_large"]
    assert count(app, Business) == 0


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "import.file_unreadable"),
        ("old.xls", b"\xd0\xcf\x11\xe0 an Excel 97 file", "import.file_format"),
        ("binary.csv", b"Nama Usaha,NIK\n\x81\x8d\x8f\x90\x9d\xff", "import.file_unreadable"),
        ("utf16.csv", b"\xff\xfeN\x00\x00\xd8A\x00", "import.file_unreadable"),
    ],
)
def test_files_that_are_not_spreadsheets_are_reported(
    importer: BusinessImportService, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert [f.code for f in importer.dry_run(path).file_errors] == [code]


def test_csv_scientific_notation_and_masked_values_are_explained(
    importer: BusinessImportService, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        [row_for(1, NIK="3,17402E+15"), row_for(2, Kode_Wilayah_Desa="31.74.01")],
        delimiter=";",
    )
    errors = errors_by_row(importer.dry_run(path))
    assert errors == {2: {"import.number_precision"}, 3: {"import.village_code"}}


def test_rows_go_to_the_chosen_drive(
    app: Any, importer: BusinessImportService, tmp_path: Path
) -> None:
    drive = app.drives.create("Pasar Tebet", date(2026, 11, 27), VILLAGE)
    path = write_csv(tmp_path / "umkm.csv", [row_for(1)])
    with pytest.raises(DriveNotFoundError):
        importer.import_file(path, drive_id="no-such-drive")

    importer.import_file(path, drive_id=drive.id)

    with app.store.read() as session:
        assert session.scalar(select(Business.drive_id)) == drive.id


def test_the_shipped_templates_import_cleanly(importer: BusinessImportService) -> None:
    for name in ("template_impor_umkm.xlsx", "template_impor_umkm.csv"):
        report = importer.dry_run(resource_path("templates", name))
        assert not report.file_errors and not report.problems, name
        assert [f.code for f in report.file_findings] == ["import.no_rows"]


def test_progress_is_reported_while_reading(
    importer: BusinessImportService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(business_import, "PROGRESS_EVERY", 2)
    seen: list[int] = []
    importer.dry_run(
        write_csv(tmp_path / "u.csv", [row_for(n) for n in range(5)]), progress=seen.append
    )
    assert seen == [2, 4]


@pytest.mark.parametrize(
    ("header", "value", "expected"),
    [
        ("Tanggal Lahir", "15/05/1990", date(1990, 5, 15)),
        ("Tanggal Lahir", "1990-05-15", date(1990, 5, 15)),
        ("Tanggal Lahir", "15.05.1990", date(1990, 5, 15)),
        ("Tanggal Lahir", 33008, date(1990, 5, 15)),  # an Excel serial date
        ("Jenis Kelamin", "Perempuan", "P"),
        ("Jenis Kelamin", " laki-laki ", "L"),
        ("Persetujuan", True, True),
        ("Persetujuan", "setuju", True),
        ("Persetujuan", "Tidak", False),
        ("KBLI", 1111, "01111"),
        ("NIK", 317401550590001, "317401550590001"),  # 15 digits: kept, the NIK check decides
        ("No HP", "'081234567890", "081234567890"),  # the apostrophe Excel users type
        ("Nama Usaha", "'-Keripik-", "-Keripik-"),  # the apostrophe our CSV export adds
        ("Kode Wilayah Desa", 3174011001, "31.74.01.1001"),
        ("Modal Usaha", 15000000.0, 15_000_000),
    ],
)
def test_cells_as_spreadsheets_store_them(header: str, value: object, expected: object) -> None:
    from golonline_desktop.services.import_cells import convert_cell
    from golonline_desktop.services.import_columns import column_for_header

    column = column_for_header(header)
    assert column is not None
    assert convert_cell(column, value, date(2026, 11, 27)) == (expected, None)


@pytest.mark.parametrize(
    ("header", "value", "code"),
    [
        ("Tanggal Lahir", "15-05-90", "import.date_format"),  # two-digit years are ambiguous
        ("Tanggal Lahir", "01-01-2030", "import.date_range"),
        ("Modal Usaha", 1500.5, "import.not_whole"),
        ("NIK", 3174015505900001, "import.number_precision"),
        ("NPWP", -5, "import.cell_type"),
        ("Persetujuan", "mungkin", "import.consent_value"),
        ("Nama Usaha", "=1+1", "import.formula"),
        ("Email", "#N/A", "import.cell_error"),
    ],
)
def test_cells_spreadsheets_mangled_are_findings(header: str, value: object, code: str) -> None:
    from golonline_desktop.services.import_cells import convert_cell
    from golonline_desktop.services.import_columns import column_for_header

    column = column_for_header(header)
    assert column is not None
    value_out, finding = convert_cell(column, value, date(2026, 11, 27))
    assert value_out is None and finding is not None and finding.code == code
    assert finding.params["column"] == header


def test_an_unknown_village_code_is_a_row_error(
    importer: BusinessImportService, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "u.csv", [row_for(1, Kode_Wilayah_Desa="31.74.01.1999")])
    assert errors_by_row(importer.dry_run(path)) == {2: {"village.unknown"}}
