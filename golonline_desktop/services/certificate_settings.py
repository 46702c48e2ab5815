"""Where a certificate's QR points: the verification page's base URL, and why that one.

The QR holds ``<base>/v/<number>?...`` (``certificate_signing.verification_url``). The
base is, in order:

1. the server this laptop was enrolled with (``DeviceEnrollment.server_url``): once
   enrolled, the server that knows the device key is the one that can verify;
2. the environment variable ``GOLONLINE_VERIFY_BASE_URL``, for a programme that runs
   its verification page elsewhere, or before enrollment;
3. ``https://goonline.invalid``: a reserved name (RFC 2606) that never resolves, so a
   certificate printed on an unconfigured laptop can never send a phone to a stranger's
   site. Such certificates still verify offline in the app, and the number and signature
   stay valid: only the printed address needs the real server.

Kept free of reportlab so the Pengaturan screen can show it at start-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import select

from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.sync_state import DeviceEnrollment

ENV_VERIFY_BASE_URL = "GOLONLINE_VERIFY_BASE_URL"
FALLBACK_VERIFY_BASE_URL = "https://goonline.invalid"


class BaseUrlSource(Enum):
    ENROLLED_SERVER = "enrolled"
    ENVIRONMENT = "environment"
    DEFAULT = "default"


SOURCE_LABELS: dict[BaseUrlSource, str] = {
    BaseUrlSource.ENROLLED_SERVER: QT_TRANSLATE_NOOP(
        "CertificateSettings", "the server this laptop is enrolled with"
    ),
    BaseUrlSource.ENVIRONMENT: QT_TRANSLATE_NOOP(
        "CertificateSettings", "set by GOLONLINE_VERIFY_BASE_URL"
    ),
    BaseUrlSource.DEFAULT: QT_TRANSLATE_NOOP(
        "CertificateSettings",
        "default, not a real address: enroll this laptop or set GOLONLINE_VERIFY_BASE_URL",
    ),
}


@dataclass(frozen=True)
class VerificationBase:
    url: str
    source: BaseUrlSource


def default_base_url() -> str:
    """The base before enrollment: the environment's, else the never-resolving default."""
    return os.environ.get(ENV_VERIFY_BASE_URL, "").strip() or FALLBACK_VERIFY_BASE_URL


def verification_base(store: Store) -> VerificationBase:
    """The base a certificate issued now would print, and where it comes from."""
    with store.read() as session:
        enrolled = session.scalars(select(DeviceEnrollment.server_url).limit(1)).first()
    if enrolled:
        return VerificationBase(enrolled, BaseUrlSource.ENROLLED_SERVER)
    if os.environ.get(ENV_VERIFY_BASE_URL, "").strip():
        return VerificationBase(default_base_url(), BaseUrlSource.ENVIRONMENT)
    return VerificationBase(FALLBACK_VERIFY_BASE_URL, BaseUrlSource.DEFAULT)
