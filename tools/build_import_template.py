#!/usr/bin/env python3
"""Build the business import template from the importer's own column table.

    .venv/bin/python tools/build_import_template.py [--check]

Writes ``resources/templates/template_impor_umkm.xlsx`` (sheet "Data" with the headers,
identity-number columns formatted as Text so Excel keeps every digit, drop-down lists;
sheet "Petunjuk" explaining each column in Bahasa Indonesia) and
``template_impor_umkm.csv`` (the header line, UTF-8 with BOM).

The output is byte-for-byte deterministic (fixed document dates and zip timestamps), so
running it again gives no diff; ``--check`` exits 1 when the committed files are stale.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

from golonline_desktop.services.import_columns import COLUMNS, CellKind  # noqa: E402
from golonline_desktop.services.spreadsheet_reader import GUIDE_SHEET  # noqa: E402

TEMPLATES = ROOT / "resources" / "templates"
XLSX_NAME = "template_impor_umkm.xlsx"
CSV_NAME = "template_impor_umkm.csv"
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
DATA_ROWS = 2000  # rows pre-formatted as Text in the identity-number columns
TEXT_KINDS = (CellKind.IDENTIFIER, CellKind.REGION)

GENERAL_NOTES = (
    'Isi satu usaha per baris pada sheet "Data", mulai dari baris 2. Jangan mengubah '
    "nama kolom pada baris 1; urutan kolom boleh berbeda dan kolom yang tidak wajib boleh "
    "dihapus.",
    "Kolom bertanda Wajib harus diisi. Baris yang salah tidak diimpor; laporan impor "
    "menyebut nomor baris, kolom, dan alasannya. Baris yang benar tetap diimpor.",
    "Jangan memakai rumus (=...). Jika data disalin dari sheet lain, tempel sebagai nilai "
    "(Paste Special > Values).",
    "NIK, NPWP, NITKU, NIB, No HP, KBLI, Kode Pos dan Kode Wilayah Desa harus berformat "
    "Teks. Excel hanya menyimpan 15 angka dari sebuah bilangan: NIK yang diketik sebagai "
    "bilangan kehilangan angka terakhirnya dan ditolak saat impor.",
    "Usaha yang NIK, NIB, No HP, atau namanya (di desa yang sama) sudah terdaftar tidak "
    "diimpor; daftarkan lewat formulir pendaftaran.",
    "Simpan sebagai Excel Workbook (.xlsx) atau CSV UTF-8. Paling banyak 200.000 baris dan "
    "50 MB per berkas; setiap sel paling banyak 1.000 huruf.",
)
LISTS = {"owner_sex": '"L,P"', "consent": '"Ya,Tidak"', "kbli_version": '"2020,2025"'}


def build_workbook() -> Workbook:
    workbook = Workbook()
    data = workbook.active
    data.title = "Data"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    required_fill = PatternFill("solid", fgColor="FCE4D6")
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        cell = data.cell(row=1, column=index, value=column.header)
        cell.font = bold
        cell.fill = required_fill if column.required else fill
        data.column_dimensions[letter].width = max(14, len(column.header) + 4)
        if column.kind in TEXT_KINDS:
            for row in range(2, DATA_ROWS + 2):
                data.cell(row=row, column=index).number_format = "@"
        if column.field in LISTS:
            validation = DataValidation(type="list", formula1=LISTS[column.field], allow_blank=True)
            validation.add(f"{letter}2:{letter}{DATA_ROWS + 1}")
            data.add_data_validation(validation)
    data.freeze_panes = "A2"

    guide = workbook.create_sheet(GUIDE_SHEET)
    guide["A1"] = "Petunjuk pengisian template impor UMKM"
    guide["A1"].font = Font(bold=True, size=14)
    row = 3
    for note in GENERAL_NOTES:
        guide.cell(row=row, column=1, value=f"• {note}")
        guide.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        guide.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        guide.row_dimensions[row].height = 45
        row += 1
    row += 1
    for col, title in enumerate(("Kolom", "Wajib", "Keterangan", "Contoh"), start=1):
        guide.cell(row=row, column=col, value=title).font = bold
    for column in COLUMNS:
        row += 1
        guide.cell(row=row, column=1, value=column.header)
        guide.cell(row=row, column=2, value="Wajib" if column.required else "")
        guide.cell(row=row, column=3, value=column.guide).alignment = Alignment(wrap_text=True)
        example = guide.cell(row=row, column=4, value=column.example)
        example.number_format = "@"
        example.data_type = "s"
    for letter, width in zip("ABCD", (22, 8, 80, 26), strict=True):
        guide.column_dimensions[letter].width = width
    props = workbook.properties
    props.creator = "GoOnline Desktop"
    props.title = "Template impor UMKM"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    return workbook


def xlsx_bytes() -> bytes:
    """The workbook with fixed dates and zip timestamps, so each build is identical."""
    raw = io.BytesIO()
    build_workbook().save(raw)  # openpyxl stamps "modified" with the current time
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + stamp.encode() + rb"\g<2>",
                    content,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dest.writestr(fixed, content)
    return out.getvalue()


def csv_bytes() -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerow(c.header for c in COLUMNS)
    return text.getvalue().encode("utf-8-sig")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    parser.add_argument("--out", type=Path, default=TEMPLATES)
    args = parser.parse_args(argv)
    wanted = {XLSX_NAME: xlsx_bytes(), CSV_NAME: csv_bytes()}
    stale = [
        n
        for n, b in wanted.items()
        if not (args.out / n).is_file() or (args.out / n).read_bytes() != b
    ]
    if args.check:
        for name in stale:
            print(f"stale: {args.out / name} (run tools/build_import_template.py)")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in wanted.items():
        (args.out / name).write_bytes(content)
        print(f"wrote {args.out / name} ({len(content)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
