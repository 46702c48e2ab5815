"""``golonline-desktop sync`` speaks the officer's language (Bahasa Indonesia by default)."""

from __future__ import annotations

import io

from golonline_desktop.cli import load_translate
from golonline_desktop.domain.i18n import untranslated
from golonline_desktop.services.app import App
from golonline_desktop.services.sync_command import (
    COUNT_NAMES,
    EXIT_NOT_ENROLLED,
    _summary,
    run_sync,
)
from golonline_desktop.services.sync_progress import SyncResult


def test_a_laptop_not_enrolled_is_told_so_in_indonesian(app: App) -> None:
    out = io.StringIO()
    code = run_sync(app, watch=False, server_url=None, out=out, translate=load_translate("id"))
    assert code == EXIT_NOT_ENROLLED
    assert out.getvalue() == (
        "Laptop ini belum terdaftar di server: jalankan `golonline-desktop enroll` "
        "terlebih dahulu.\n"
    )


def test_the_summary_names_every_count_in_both_languages() -> None:
    result = SyncResult(applied=12, replayed=1, blobs_uploaded=3, remaining=4)
    assert _summary(result, load_translate("id")) == (
        "sinkronisasi: 12 diterapkan, 1 sudah ada di server, 3 foto diunggah, 4 belum terkirim"
    )
    assert _summary(result, untranslated) == (
        "sync: 12 applied, 1 already on the server, 3 photos uploaded, 4 still to send"
    )
    assert _summary(SyncResult(), load_translate("id")) == (
        "sinkronisasi: tidak ada yang perlu dikirim"
    )
    assert set(COUNT_NAMES) == set(SyncResult().counts())  # a new count gets a name
