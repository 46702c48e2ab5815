"""The seller's to-do list that goes with a bulk-upload export, in Bahasa Indonesia.

No marketplace template accepts local image files: photos must first be uploaded to the
marketplace's own media library and their URLs pasted into the sheet. The checklist walks
the seller through that, product by product, because it is where uploads fail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from golonline_desktop.domain.findings import Finding
from golonline_desktop.domain.i18n import Translate, untranslated
from golonline_desktop.domain.marketplaces import MarketplaceProfile


@dataclass(frozen=True)
class ChecklistEntry:
    sku: str
    name: str
    photo_files: tuple[str, ...]
    warnings: tuple[Finding, ...] = ()


def render_checklist(
    profile: MarketplaceProfile,
    *,
    today: date,
    workbook_name: str,
    photo_folder_name: str,
    exported: Sequence[ChecklistEntry],
    skipped: Mapping[str, Sequence[Finding]],
    names: Mapping[str, str],
    translate: Translate = untranslated,
) -> str:
    layout = profile.template
    photo_headers = (
        [c.header for c in layout.columns if c.photo_index is not None] if layout else []
    )
    lines = [
        f"DAFTAR PERIKSA UNGGAH MASSAL - {profile.name}",
        f"Dibuat: {today.isoformat()}",
        f"Aturan {profile.name} terakhir diperiksa: {profile.rules_checked_on.isoformat()} "
        "(aturan marketplace bisa berubah).",
        f"Berkas Excel: {workbook_name}",
        f"Folder foto: {photo_folder_name}/ ({sum(len(e.photo_files) for e in exported)} foto, "
        "persegi, paling besar 1 MB)",
    ]
    if layout:
        lines.append(f"Tata letak kolom: {layout.name}, versi {layout.version}")
    lines += [
        "",
        "LANGKAH",
        f"[ ] 1. Unduh template unggah massal terbaru dari seller centre {profile.name}. "
        "Salin baris produk dari berkas Excel ini ke template tersebut bila kolomnya berbeda.",
        f"[ ] 2. {profile.photo_upload_hint}",
        "[ ] 3. Tempel URL setiap foto ke kolom foto produk yang sesuai "
        "(nama berkas {SKU}_{n}.jpg: n = 1 adalah foto utama).",
        "[ ] 4. Unggah berkas Excel di seller centre, lalu periksa laporan hasil unggah "
        "dan perbaiki baris yang gagal.",
        "",
        f"PRODUK YANG DIEKSPOR ({len(exported)})",
    ]
    for entry in exported:
        lines.append(f"[ ] {entry.sku} - {entry.name}")
        for index, file_name in enumerate(entry.photo_files):
            column = photo_headers[index] if index < len(photo_headers) else "-"
            lines.append(f'      [ ] {file_name} -> URL ke kolom "{column}"')
        if not entry.photo_files:
            lines.append("      (tidak ada foto: tambahkan foto di seller centre)")
        for finding in entry.warnings:
            lines.append(f"      Perhatian: {finding.render(translate)}")
    if skipped:
        lines += ["", f"TIDAK DIEKSPOR - perbaiki dulu di aplikasi ({len(skipped)})"]
        for sku, findings in skipped.items():
            lines.append(f"[ ] {sku} - {names.get(sku, '')}")
            for finding in findings:
                lines.append(f"      - {finding.render(translate)}")
    return "\n".join(lines) + "\n"
