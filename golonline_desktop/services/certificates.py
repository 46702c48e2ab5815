"""Issue, print, revoke and reissue onboarding certificates; one transaction per act.

* Issuing allocates the next number of this device and year and stores the signed
  certificate, its outbox entry and its audit event in the same write transaction, so a
  crash never loses a number nor hands it out twice.
* A certificate is stored as the canonical JSON that was signed. Prints render from it,
  so a reprint carries the same fields, signature and QR; only "Cetak ulang ke-N" differs.
* Every print (paper or PDF) is counted locally and written to the audit log; the count
  is not synced (it changes nothing on the certificate).
* Revoke and reissue marks the old number revoked (synced, the verification page says so)
  and issues a new number from the business as it is now, in one transaction.

Sync payload of entity ``certificate``: ``certificate`` (the canonical fields), the
``signature`` (base64url), ``revoked`` and its date and reason, ``replaces`` and
``replaced_by`` (numbers), the ``business_id``. The server checks the signature against
the key the device registered before it accepts the record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from golonline_desktop.domain.certificate import (
    CertificateData,
    CertificateNumber,
    canonical_bytes,
    from_canonical_bytes,
)
from golonline_desktop.domain.clock import Clock
from golonline_desktop.domain.device_code import (
    is_provisional_device_code,
    provisional_device_code,
)
from golonline_desktop.domain.i18n import QT_TRANSLATE_NOOP
from golonline_desktop.domain.ids import new_id
from golonline_desktop.storage.audit import record_audit
from golonline_desktop.storage.certificate_models import (
    Certificate,
    CertificateCounter,
    KnownDevice,
    PeerCertificate,
)
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Business
from golonline_desktop.storage.outbox import Operation, record_change
from golonline_desktop.storage.region_directory import RegionDirectory
from golonline_desktop.storage.versioning import next_version

from .actor import Actor
from .certificate_facts import CertificateRefusedError, gather_facts, refused
from .certificate_renderer import CertificatePrint, CertificateRenderer
from .certificate_settings import default_base_url
from .certificate_signing import (
    OfflineVerifier,
    Verdict,
    b64url_decode,
    b64url_encode,
    parse_verification_url,
    verification_url,
)
from .device_identity import DeviceIdentity, current_identity
from .permissions import Permission, require

ENTITY = "certificate"

__all__ = [
    "BusinessCertificate",
    "CertificateRefusedError",
    "CertificateService",
    "CertificateView",
    "IssuedCertificate",
    "RenderedBatch",
    "VerifiedCertificate",
]


@dataclass(frozen=True)
class IssuedCertificate:
    id: str
    number: str
    business_id: str
    verify_url: str
    version: int


@dataclass(frozen=True)
class CertificateView:
    """A stored certificate as screens show it (no ORM object escapes)."""

    id: str
    number: str
    business_id: str
    business_name: str
    issued_on: date
    revoked: bool
    revoked_at: datetime | None
    replaced_by: str | None  # number
    print_count: int
    verify_url: str
    provisional: bool  # numbered before enrollment


@dataclass(frozen=True)
class VerifiedCertificate:
    """What a scan shows: the public fields of the certificate it names (never the NIK).

    ``issued_here`` is False for a certificate another laptop of the office issued (known
    from the server's pull feed); ``device_revoked`` says the issuing device was revoked
    (its key still checks the signature, the officer should be told).
    """

    number: str
    business_name: str
    issued_on: date
    region: str
    office_name: str
    officer_name: str
    marketplaces: tuple[str, ...]
    revoked: bool
    replaced_by: str | None  # number
    device_revoked: bool
    issued_here: bool


@dataclass(frozen=True)
class BusinessCertificate:
    """A business of the list on the certificates screen, with its current certificate."""

    business_id: str
    business_name: str
    owner_name: str
    drive_id: str | None
    certificate: CertificateView | None


@dataclass(frozen=True)
class RenderedBatch:
    """A PDF of one page per certificate, with the reprint mark each page carries."""

    pdf: bytes
    pages: tuple[tuple[str, str, int], ...]  # (certificate id, number, reprint count)


class CertificateService:
    """The one way certificates are created, printed and revoked."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        actor: Actor,
        regions: RegionDirectory,
        data_root: Path,
        *,
        base_url: Callable[[], str] = default_base_url,
        renderer: CertificateRenderer | None = None,
        marketplace_labels: dict[str, str] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._actor = actor
        self._regions = regions
        self._data_root = data_root
        self._base_url = base_url
        self._renderer = renderer
        self._labels = marketplace_labels

    # -- identity --------------------------------------------------------------------------

    def identity(self) -> DeviceIdentity:
        """The key and codes a certificate issued now gets (provisional before enrollment)."""
        return current_identity(self._store, self._data_root, self._actor.office_id)

    def _labels_now(self) -> dict[str, str]:
        if self._labels is None:
            from .marketplace_data import bundled_profiles

            self._labels = {k: p.name for k, p in bundled_profiles().items()}
        return self._labels

    def renderer(self) -> CertificateRenderer:
        if self._renderer is None:
            self._renderer = CertificateRenderer()
        return self._renderer

    # -- issuing ---------------------------------------------------------------------------

    def issue(self, business_id: str) -> IssuedCertificate:
        """Number, sign and store a business's first certificate (``CertificateRefusedError``)."""
        identity = self.identity()
        with self._store.write() as session:
            current = self._active_for(session, business_id)
            if current is not None:
                raise refused(
                    "certificate.exists",
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "This business already has certificate {number}: print it again, "
                        "or revoke it and issue a new one.",
                    ),
                    number=current.number,
                )
            return self._issue(session, business_id, identity, replaces=None)

    def revoke_and_reissue(self, certificate_id: str, reason: str) -> IssuedCertificate:
        """Revoke a certificate and issue its replacement from the business as it is now.

        Supervisors only (``PermissionDeniedError`` otherwise).
        """
        require(self._actor, Permission.REVOKE_CERTIFICATE)
        reason = " ".join(reason.split())
        if not reason:
            raise refused(
                "certificate.reason_missing",
                QT_TRANSLATE_NOOP("Finding", "Say why the certificate is revoked."),
            )
        identity = self.identity()
        with self._store.write() as session:
            old = self._row(session, certificate_id)
            if old.revoked:
                raise refused(
                    "certificate.already_revoked",
                    QT_TRANSLATE_NOOP("Finding", "Certificate {number} is already revoked."),
                    number=old.number,
                )
            new = self._issue(session, old.business_id, identity, replaces=old)
            now = self._clock.now()
            old.revoked = True
            old.revoked_at = now
            old.revoke_reason = reason
            old.replaced_by_id = new.id
            next_version(old, self._actor.officer_id, now)
            self._log(session, old, "certificate.revoke", {"reason": reason, "by": new.number})
            return new

    def _issue(
        self,
        session: Session,
        business_id: str,
        identity: DeviceIdentity,
        replaces: Certificate | None,
    ) -> IssuedCertificate:
        business = session.get(Business, business_id)
        if business is None:
            raise LookupError(f"no business {business_id}")
        facts = gather_facts(
            session,
            business,
            officer_id=self._actor.officer_id,
            regions=self._regions,
            marketplace_labels=self._labels_now(),
        )
        today = self._clock.today()
        number = self._next_number(session, identity, today.year)
        cert = facts.certificate(number, today)
        signature = identity.key.sign(cert)
        url = verification_url(identity.server_url or self._base_url(), number, signature)
        now = self._clock.now()
        row = Certificate(
            id=new_id(),
            business_id=business_id,
            number=number.format(),
            office_code=number.office_code,
            device_code=number.device_code,
            year=number.year,
            sequence=number.sequence,
            issued_on=today,
            canonical=canonical_bytes(cert).decode("utf-8"),
            signature=b64url_encode(signature),
            verify_url=url,
            revoked=False,
            replaces_id=replaces.id if replaces is not None else None,
            print_count=0,
            created_by=self._actor.officer_id,
            created_at=now,
            updated_by=self._actor.officer_id,
            updated_at=now,
            version=1,
        )
        session.add(row)
        details: dict[str, Any] = {"number": row.number, "provisional": identity.provisional}
        if replaces is not None:
            details["replaces"] = replaces.number
        self._log(session, row, "certificate.issue", details)
        return IssuedCertificate(row.id, row.number, business_id, url, row.version)

    @staticmethod
    def _next_number(session: Session, identity: DeviceIdentity, year: int) -> CertificateNumber:
        """The counter moves in the caller's transaction: committed with the certificate."""
        key = (identity.office_code, identity.device_code, year)
        counter = session.get(CertificateCounter, key)
        if counter is None:
            counter = CertificateCounter(
                office_code=identity.office_code,
                device_code=identity.device_code,
                year=year,
                last_sequence=0,
            )
            session.add(counter)
        # Never below a number already stored (e.g. a counter row lost to a restored backup).
        highest = session.scalar(
            select(func.max(Certificate.sequence)).where(
                Certificate.office_code == identity.office_code,
                Certificate.device_code == identity.device_code,
                Certificate.year == year,
            )
        )
        counter.last_sequence = max(counter.last_sequence, highest or 0) + 1
        return CertificateNumber(identity.office_code, identity.device_code, year,
                                 counter.last_sequence)  # fmt: skip

    # -- printing --------------------------------------------------------------------------

    def render_pdf(self, certificate_ids: Sequence[str]) -> RenderedBatch:
        """The PDF a print would produce now (reprint marks included); changes nothing."""
        with self._store.read() as session:
            rows = [self._row(session, cid) for cid in certificate_ids]
            items = [CertificatePrint(self._data(r), r.verify_url, r.print_count) for r in rows]
            pages = tuple((r.id, r.number, r.print_count) for r in rows)
        return RenderedBatch(self.renderer().render_many(items), pages)

    def record_output(
        self, certificate_ids: Sequence[str], *, channel: str, target: str = ""
    ) -> list[int]:
        """Count a print (``channel`` "print" or "pdf") of each; returns the reprint numbers.

        Call after the printer accepted the job or the file was written: a print that
        failed is not a copy in anybody's hands.
        """
        marks = []
        now = self._clock.now()
        with self._store.write() as session:
            for cid in certificate_ids:
                row = self._row(session, cid)
                reprint = row.print_count
                row.print_count += 1
                action = "certificate.reprint" if reprint else "certificate.print"
                record_audit(
                    session, at=now, officer_id=self._actor.officer_id, action=action,
                    entity=ENTITY, entity_id=row.id,
                    details={"number": row.number, "reprint": reprint, "channel": channel,
                             "target": target, "revoked": row.revoked},
                )  # fmt: skip
                marks.append(reprint)
        return marks

    def reprint(self, certificate_id: str, *, channel: str = "pdf", target: str = "") -> bytes:
        """Render one certificate as its next print and count it (for the CLI and saving)."""
        pdf = self.render_pdf([certificate_id]).pdf
        self.record_output([certificate_id], channel=channel, target=target)
        return pdf

    def certificate_data(self, certificate_id: str) -> CertificateData:
        with self._store.read() as session:
            return self._data(self._row(session, certificate_id))

    # -- reading ---------------------------------------------------------------------------

    def list(
        self, *, business_ids: Sequence[str] | None = None, include_revoked: bool = True
    ) -> list[CertificateView]:
        with self._store.read() as session:
            query = (
                select(Certificate, Business.business_name)
                .join(Business, Business.id == Certificate.business_id)
                .order_by(Certificate.year, Certificate.office_code, Certificate.device_code,
                          Certificate.sequence)
            )  # fmt: skip
            if business_ids is not None:
                query = query.where(Certificate.business_id.in_(list(business_ids)))
            if not include_revoked:
                query = query.where(Certificate.revoked.is_(False))
            rows = session.execute(query).all()
            numbers = {r.id: r.number for r, _ in rows}
            missing = {r.replaced_by_id for r, _ in rows if r.replaced_by_id} - set(numbers)
            if missing:
                numbers.update(
                    session.execute(
                        select(Certificate.id, Certificate.number).where(
                            Certificate.id.in_(missing)
                        )
                    ).tuples()
                )
            return [
                CertificateView(
                    id=r.id,
                    number=r.number,
                    business_id=r.business_id,
                    business_name=name,
                    issued_on=r.issued_on,
                    revoked=r.revoked,
                    revoked_at=r.revoked_at,
                    replaced_by=numbers.get(r.replaced_by_id) if r.replaced_by_id else None,
                    print_count=r.print_count,
                    verify_url=r.verify_url,
                    provisional=is_provisional_device_code(r.device_code),
                )
                for r, name in rows
            ]

    def businesses(self, drive_id: str | None = None) -> list[BusinessCertificate]:
        """Live businesses (of one drive, or all) with their current certificate, if any."""
        with self._store.read() as session:
            query = select(Business.id, Business.business_name, Business.owner_name,
                           Business.drive_id).where(Business.deleted.is_(False))  # fmt: skip
            if drive_id is not None:
                query = query.where(Business.drive_id == drive_id)
            rows = session.execute(query.order_by(Business.created_at, Business.id)).all()
        current = {v.business_id: v for v in self.list(include_revoked=False)}
        return [
            BusinessCertificate(r.id, r.business_name, r.owner_name, r.drive_id, current.get(r.id))
            for r in rows
        ]

    def get(self, certificate_id: str) -> CertificateView:
        for view in self.list():
            if view.id == certificate_id:
                return view
        raise LookupError(certificate_id)

    def active_for(self, business_id: str) -> CertificateView | None:
        views = self.list(business_ids=[business_id], include_revoked=False)
        return views[0] if views else None

    # -- offline verification --------------------------------------------------------------

    def verifier(self) -> OfflineVerifier:
        """Keys of this device (under its current and provisional codes) and known devices."""
        return OfflineVerifier(self._device_keys()[0])

    def _device_keys(self) -> tuple[dict[str, bytes], set[str]]:
        """Public keys by device code, and the codes of revoked devices.

        A known device also signs under the provisional code of its key (certificates it
        issued before enrollment), as the server accepts (``golonline_server.certificates``).
        """
        identity = self.identity()
        public = identity.key.public_key_bytes()
        keys = {identity.device_code: public, provisional_device_code(public): public}
        revoked: set[str] = set()
        with self._store.read() as session:
            for known in session.scalars(select(KnownDevice)):
                try:
                    key = b64url_decode(known.public_key)
                    codes = [known.device_code, provisional_device_code(key)]
                except ValueError:
                    continue
                for code in codes:
                    keys.setdefault(code, key)
                    if known.revoked and keys[code] == key:
                        revoked.add(code)
        return keys, revoked

    def verify_url(self, url: str) -> tuple[Verdict, VerifiedCertificate | None]:
        """Check a scanned QR against the certificates and keys this laptop has.

        Certificates issued here are in ``certificate``; those of other laptops of the
        office in ``peer_certificate`` (from the pull feed). A number in neither gives
        ``UNKNOWN_DEVICE``: only the server can tell.
        """
        try:
            link = parse_verification_url(url)
        except ValueError:
            return Verdict.MALFORMED, None
        number = link.number.format()
        with self._store.read() as session:
            row = session.scalars(select(Certificate).where(Certificate.number == number)).first()
            if row is not None:
                replaced_by = (
                    session.scalar(select(Certificate.number).where(
                        Certificate.id == row.replaced_by_id))
                    if row.replaced_by_id else None
                )  # fmt: skip
                found = (row.canonical, row.revoked, replaced_by, True)
            else:
                peer = session.get(PeerCertificate, number)
                if peer is None:
                    return Verdict.UNKNOWN_DEVICE, None
                found = (peer.canonical, peer.revoked, peer.replaced_by, False)
        canonical, revoked, replaced_by, issued_here = found
        cert = from_canonical_bytes(canonical.encode("utf-8"))
        keys, revoked_devices = self._device_keys()
        verdict = OfflineVerifier(keys).check(cert, url)
        if verdict is not Verdict.VALID:
            return verdict, None  # the scan is not this certificate: show none of its fields
        view = VerifiedCertificate(
            number=number,
            business_name=cert.business_name,
            issued_on=cert.issued_on,
            region=cert.region_text,
            office_name=cert.office_name,
            officer_name=cert.officer_name,
            marketplaces=cert.marketplaces,
            revoked=revoked,
            replaced_by=replaced_by,
            device_revoked=cert.number.device_code in revoked_devices,
            issued_here=issued_here,
        )
        return verdict, view

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _data(row: Certificate) -> CertificateData:
        return from_canonical_bytes(row.canonical.encode("utf-8"))

    @staticmethod
    def _row(session: Session, certificate_id: str) -> Certificate:
        row = session.get(Certificate, certificate_id)
        if row is None:
            raise LookupError(f"no certificate {certificate_id}")
        return row

    @staticmethod
    def _active_for(session: Session, business_id: str) -> Certificate | None:
        return session.scalars(
            select(Certificate).where(
                Certificate.business_id == business_id, Certificate.revoked.is_(False)
            )
        ).first()

    def _log(self, session: Session, row: Certificate, action: str, details: dict) -> None:
        session.flush()
        record_change(
            session,
            entity=ENTITY,
            entity_id=row.id,
            version=row.version,
            operation=Operation.UPSERT,
            payload=certificate_payload(session, row),
            at=row.updated_at,
        )
        record_audit(
            session, at=row.updated_at, officer_id=self._actor.officer_id, action=action,
            entity=ENTITY, entity_id=row.id, details={"version": row.version, **details},
        )  # fmt: skip


def certificate_payload(session: Session, row: Certificate) -> dict[str, Any]:
    """What the server stores: the signed fields, the signature and the revocation."""

    def number_of(certificate_id: str | None) -> str | None:
        if certificate_id is None:
            return None
        other = session.get(Certificate, certificate_id)
        return other.number if other is not None else None

    return {
        "id": row.id,
        "version": row.version,
        "business_id": row.business_id,
        "certificate": json.loads(row.canonical),
        "signature": row.signature,
        "revoked": row.revoked,
        "revoked_at": row.revoked_at,
        "revoke_reason": row.revoke_reason,
        "replaces": number_of(row.replaces_id),
        "replaced_by": number_of(row.replaced_by_id),
        "issued_by": row.created_by,
    }
