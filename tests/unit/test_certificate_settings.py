"""Where the printed QR points, and the reason shown for it on the Pengaturan screen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from golonline_desktop.services.certificate_settings import (
    ENV_VERIFY_BASE_URL,
    FALLBACK_VERIFY_BASE_URL,
    BaseUrlSource,
    default_base_url,
    verification_base,
)
from golonline_desktop.storage.sync_state import DeviceEnrollment


def test_default_then_environment_then_enrolled_server(
    app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VERIFY_BASE_URL, raising=False)
    base = verification_base(app.store)
    assert (base.url, base.source) == (FALLBACK_VERIFY_BASE_URL, BaseUrlSource.DEFAULT)
    assert base.url == "https://goonline.invalid" == default_base_url()

    monkeypatch.setenv(ENV_VERIFY_BASE_URL, "  https://verifikasi.example.id ")
    base = verification_base(app.store)
    assert (base.url, base.source) == ("https://verifikasi.example.id", BaseUrlSource.ENVIRONMENT)
    assert default_base_url() == "https://verifikasi.example.id"

    with app.store.write() as session:
        session.add(DeviceEnrollment(
            device_id="d1", server_url="https://pusat.example.id", device_code="A7K2Q9",
            office_code="JKT01", officer_name="Sri", device_name="Laptop 1",
            enrolled_at=datetime(2026, 11, 27, tzinfo=UTC),
        ))  # fmt: skip
    base = verification_base(app.store)
    assert (base.url, base.source) == ("https://pusat.example.id", BaseUrlSource.ENROLLED_SERVER)
