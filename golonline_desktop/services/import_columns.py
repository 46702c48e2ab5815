"""The column template shared by business imports, exports and the template generator.

One table (``COLUMNS``) names every column in Bahasa Indonesia and says which registration
field it fills and what kind of cell it is. Imports, exports and
``tools/build_import_template.py`` all read it, so an export can always be imported again
and the template never drifts from the importer. Reading one cell is ``import_cells``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection)."""


class CellKind(StrEnum):
    TEXT = "text"
    IDENTIFIER = "identifier"  # digits that must stay text: NIK, NIB, phone, codes
    REGION = "region"  # an identifier normalised to the dotted region code
    DATE = "date"
    SEX = "sex"
    AMOUNT = "amount"  # rupiah
    COUNT = "count"
    CONSENT = "consent"


@dataclass(frozen=True)
class ImportColumn:
    header: str  # exactly as in the template and in exports
    field: str  # BusinessInput attribute ("consent" fills consent_text_version)
    kind: CellKind
    required: bool
    guide: str  # the "Petunjuk" sheet's explanation, in Bahasa Indonesia
    example: str
    aliases: tuple[str, ...] = ()
    pad_digits: int = 0  # numbers typed as numbers lost their leading zeros


COLUMNS: tuple[ImportColumn, ...] = (
    ImportColumn(
        "Nama Usaha",
        "business_name",
        CellKind.TEXT,
        True,
        "Nama usaha/toko seperti yang dipakai sehari-hari (paling banyak 200 huruf).",
        "Keripik Singkong Bu Sri",
        ("Nama UMKM", "Nama Toko"),
    ),
    ImportColumn(
        "Nama Pemilik",
        "owner_name",
        CellKind.TEXT,
        True,
        "Nama lengkap pemilik sesuai KTP.",
        "Sri Rahayu",
    ),
    ImportColumn(
        "NIK",
        "nik",
        CellKind.IDENTIFIER,
        True,
        "16 angka NIK pemilik sesuai KTP. Format kolom sebagai Teks: Excel hanya "
        "menyimpan 15 angka dari sebuah bilangan, sehingga angka terakhir NIK hilang.",
        "3174015505900001",
        ("No KTP", "Nomor NIK"),
    ),
    ImportColumn(
        "Tanggal Lahir",
        "owner_birth_date",
        CellKind.DATE,
        False,
        "Tanggal lahir pemilik: HH-BB-TTTT (15-05-1990), HH/BB/TTTT, TTTT-BB-HH "
        "atau sel bertipe tanggal.",
        "15-05-1990",
        ("Tgl Lahir",),
    ),
    ImportColumn(
        "Jenis Kelamin",
        "owner_sex",
        CellKind.SEX,
        False,
        "L (laki-laki) atau P (perempuan).",
        "P",
        ("JK", "L/P"),
    ),
    ImportColumn(
        "No HP",
        "phone",
        CellKind.IDENTIFIER,
        False,
        "Nomor HP pemilik, mis. 0812-3456-7890 atau +6281234567890. Format kolom "
        "sebagai Teks agar angka 0 di depan tidak hilang.",
        "0812-3456-7890",
        ("Nomor HP", "No Telepon", "Telepon", "HP", "No WA"),
    ),
    ImportColumn(
        "Email",
        "email",
        CellKind.TEXT,
        False,
        "Alamat e-mail pemilik (boleh kosong).",
        "sri@gmail.com",
        ("E-mail",),
    ),
    ImportColumn(
        "NIB",
        "nib",
        CellKind.IDENTIFIER,
        False,
        "13 angka Nomor Induk Berusaha dari OSS (boleh kosong).",
        "1234567890123",
    ),
    ImportColumn(
        "NPWP",
        "npwp",
        CellKind.IDENTIFIER,
        False,
        "NPWP 16 angka (atau 15 angka pada kartu lama). Format kolom sebagai Teks.",
        "0013121660091000",
    ),
    ImportColumn(
        "NITKU",
        "nitku",
        CellKind.IDENTIFIER,
        False,
        "22 angka NITKU tempat usaha (boleh kosong). Format kolom sebagai Teks.",
        "0013121660091000000000",
    ),
    ImportColumn(
        "KBLI",
        "kbli_code",
        CellKind.IDENTIFIER,
        False,
        "Kode KBLI 5 angka bidang usaha.",
        "10794",
        ("Kode KBLI",),
        pad_digits=5,
    ),
    ImportColumn(
        "Versi KBLI",
        "kbli_version",
        CellKind.TEXT,
        False,
        "Edisi KBLI: 2020 atau 2025. Kosong berarti 2020.",
        "2020",
    ),
    ImportColumn(
        "Sektor",
        "sector",
        CellKind.TEXT,
        False,
        "Sektor/jenis usaha dengan kata-kata sendiri.",
        "Makanan ringan",
    ),
    ImportColumn(
        "Alamat",
        "address_line",
        CellKind.TEXT,
        False,
        "Jalan, nomor, RT/RW (desa/kelurahan diisi lewat kodenya).",
        "Jl. Tebet Barat Dalam No. 5 RT 01/RW 02",
        ("Alamat Usaha",),
    ),
    ImportColumn(
        "Kode Wilayah Desa",
        "village_code",
        CellKind.REGION,
        True,
        "Kode Kemendagri desa/kelurahan tempat usaha, 10 angka dengan atau tanpa "
        "titik: 31.74.01.1001 atau 3174011001.",
        "31.74.01.1001",
        ("Kode Desa", "Kode Kelurahan", "Kode Wilayah"),
    ),
    ImportColumn(
        "Kode Pos", "postal_code", CellKind.IDENTIFIER, False, "Kode pos 5 angka.", "12810"
    ),
    ImportColumn(
        "Modal Usaha",
        "capital",
        CellKind.AMOUNT,
        False,
        "Modal usaha di luar tanah dan bangunan, dalam rupiah: 15000000 atau Rp15.000.000.",
        "Rp15.000.000",
        ("Modal",),
    ),
    ImportColumn(
        "Omzet Tahunan",
        "annual_sales",
        CellKind.AMOUNT,
        False,
        "Hasil penjualan setahun dalam rupiah.",
        "Rp120.000.000",
        ("Omzet", "Omset Tahunan", "Omset"),
    ),
    ImportColumn(
        "Jumlah Karyawan",
        "employees",
        CellKind.COUNT,
        False,
        "Jumlah tenaga kerja (angka bulat).",
        "2",
        ("Karyawan", "Tenaga Kerja"),
    ),
    ImportColumn(
        "Persetujuan",
        "consent",
        CellKind.CONSENT,
        True,
        "Pemilik telah menyetujui pemrosesan data pribadinya (formulir persetujuan "
        "ditandatangani): Ya atau Tidak. Baris tanpa persetujuan tidak diimpor.",
        "Ya",
        ("Persetujuan Data", "Setuju"),
    ),
)

COLUMN_BY_FIELD: dict[str, ImportColumn] = {c.field: c for c in COLUMNS}
HEADERS: tuple[str, ...] = tuple(c.header for c in COLUMNS)


def header_key(text: object) -> str:
    """``"No. HP "`` and ``"no_hp"`` both become ``"nohp"``: headers match loosely."""
    folded = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


_BY_KEY: dict[str, ImportColumn] = {}
for _column in COLUMNS:
    for _name in (_column.header, *_column.aliases):
        _BY_KEY[header_key(_name)] = _column


def column_for_header(text: object) -> ImportColumn | None:
    return _BY_KEY.get(header_key(text))
