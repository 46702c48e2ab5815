"""A revoked laptop locks and wipes what the server holds; unsent work is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from golonline_desktop import wire
from golonline_desktop.services.products import build_product_services
from golonline_desktop.services.revocation import (
    REVOKED_FILE,
    WIPED_NIK,
    RevocationService,
    is_revoked,
    revocation_hook,
)
from golonline_desktop.services.sync_command import EXIT_NOT_ENROLLED, photo_blobs, run_sync
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_progress import FailureKind
from golonline_desktop.services.sync_transport import (
    DEVICE_REVOKED,
    HttpTransport,
    NotAuthorizedError,
)
from golonline_desktop.storage.audit import verify_chain
from golonline_desktop.storage.migrate import backup_database
from golonline_desktop.storage.models import AuditEvent, Business, OutboxEntry
from golonline_desktop.storage.photo_store import PhotoStore
from tests.factories import business_input
from tests.fake_sync_server import FakeSyncServer
from tests.product_factories import photo_bytes, product_input


def _register(app: Any, n: int) -> str:
    outcome = app.registration.register(
        business_input(n), confirm_warnings=True, duplicate_reason="uji"
    )
    assert outcome.saved and outcome.business_id
    return outcome.business_id


def _with_product(app: Any, business_id: str, n: int, seed: int) -> str:
    services = build_product_services(app)
    facts = services.pipeline.process_bytes(photo_bytes(seed), f"{seed}.jpg").facts
    assert services.products.create(business_id, product_input(n, (facts,))).saved
    return facts.sha256


def _engine(app: Any, server: FakeSyncServer) -> SyncEngine:
    hook = revocation_hook(app.store, app.paths, app.clock)
    return SyncEngine(app.store, server, photo_blobs(app), app.clock, on_not_authorized=hook)


def _file_bytes(database: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in database.parent.iterdir() if p.name.startswith(database.name)
    )


@pytest.fixture
def drive(app: Any) -> dict[str, Any]:
    """Two businesses on the server (A, B), then one typed since (C) sharing A's photo."""
    a, b = _register(app, 1), _register(app, 2)
    photo_a, photo_b = _with_product(app, a, 1, seed=1), _with_product(app, b, 2, seed=2)
    server = FakeSyncServer()
    assert _engine(app, server).run_once().ok
    c = _register(app, 3)
    assert _with_product(app, c, 3, seed=1) == photo_a  # the same picture, not yet sent
    photo_c = _with_product(app, c, 4, seed=3)
    return {"ids": (a, b, c), "photos": (photo_a, photo_b, photo_c), "server": server}


def test_device_revoked_locks_and_wipes_only_what_the_server_holds(
    app: Any, drive: dict[str, Any]
) -> None:
    a, b, c = drive["ids"]
    photo_a, photo_b, photo_c = drive["photos"]
    server: FakeSyncServer = drive["server"]
    old_a = app.registration.get(a).fields
    assert is_revoked(app.paths) is None
    server.fail("blobs_missing", NotAuthorizedError("revoked by the office", DEVICE_REVOKED))

    result = _engine(app, server).run_once()

    assert result.failure is FailureKind.NOT_AUTHORIZED
    state = is_revoked(app.paths)
    assert state is not None and state.wipe_complete and state.revoked_at == app.clock.now()
    assert (state.wiped_businesses, state.kept_businesses, state.removed_photos) == (2, 1, 1)
    assert state.kept_changes == 3  # C and its two products
    with app.store.read() as session:
        for business_id in (a, b):
            row = session.get(Business, business_id)
            assert row is not None and row.nik == WIPED_NIK and row.owner_name == "(dihapus)"
            assert (row.phone, row.email, row.owner_birth_date, row.address_line) == (
                None, None, None, None,
            )  # fmt: skip
        kept = session.get(Business, c)
        assert kept is not None and kept.nik == business_input(3).nik and kept.phone
        states = {e.entity_id: (e.state, e.payload) for e in session.scalars(select(OutboxEntry))}
        assert states[a] == ("done", "{}") and states[b] == ("done", "{}")
        assert states[c][0] == "pending" and business_input(3).nik in states[c][1]
        assert verify_chain(session).ok
        actions = session.scalars(select(AuditEvent.action)).all()
        assert actions.count("device.revoked") == 1
    store = PhotoStore(app.paths.photos)
    assert not store.has(photo_b)  # only B's product used it, and the server has it
    assert store.has(photo_a) and store.has(photo_c)  # C (unsent) still needs them
    app.store.close()
    on_disk = _file_bytes(app.paths.database)
    assert business_input(3).nik.encode() in on_disk  # the search below can find a NIK
    for gone in (old_a.nik, old_a.phone, business_input(2).nik, old_a.email):
        assert gone is not None and gone.encode() not in on_disk, gone


def test_other_refusals_do_not_wipe(app: Any, drive: dict[str, Any]) -> None:
    server: FakeSyncServer = drive["server"]
    server.fail("blobs_missing", NotAuthorizedError("Unknown device token", "unauthorized"))
    assert _engine(app, server).run_once().failure is FailureKind.NOT_AUTHORIZED
    assert is_revoked(app.paths) is None
    assert app.registration.get(drive["ids"][0]).fields.nik == business_input(1).nik


def test_handling_twice_keeps_the_first_date(app: Any, drive: dict[str, Any]) -> None:
    service = RevocationService(app.store, app.paths, app.clock)
    first = service.handle_revocation("revoked")
    again = service.handle_revocation("revoked")
    assert again.revoked_at == first.revoked_at and again.wiped_businesses == 0
    assert again.kept_businesses == 1


def test_a_damaged_marker_still_counts_as_revoked(app: Any) -> None:
    (app.paths.root / REVOKED_FILE).write_text("{not json", encoding="utf-8")
    state = is_revoked(app.paths)
    assert state is not None and state.revoked_at is None and not state.wipe_complete


def test_a_revoked_laptop_does_not_sync(app: Any, tmp_path: Path) -> None:
    RevocationService(app.store, app.paths, app.clock).handle_revocation("revoked")
    out = tmp_path / "out.txt"
    with out.open("w") as handle:
        code = run_sync(app, watch=False, server_url=None, out=handle)
    assert code == EXIT_NOT_ENROLLED and "revoked" in out.read_text()


def test_the_http_transport_passes_the_server_code_on() -> None:
    body = wire.ErrorBody(code=DEVICE_REVOKED, message="This device has been revoked.")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, content=body.model_dump_json().encode())

    client = httpx.Client(transport=httpx.MockTransport(answer), base_url="http://server")
    transport = HttpTransport("http://server", "token", client=client)
    with pytest.raises(NotAuthorizedError) as refused:
        transport.changes(None, 10)
    assert refused.value.code == DEVICE_REVOKED
    transport.close()
    assert json.loads(body.model_dump_json())["code"] == "device_revoked"


def test_revocation_removes_backups_and_exports_of_the_data_folder(
    app: Any, drive: dict[str, Any], tmp_path: Path
) -> None:
    """Every migration backup (a full copy: every NIK) and every export goes; a link out of
    the data folder is removed without touching what it points to; unsent work stays in
    the database."""
    c = drive["ids"][2]
    backup = backup_database(app.paths.database, app.paths.backups, app.clock.now(), "rev0007")
    assert business_input(1).nik.encode() in backup.read_bytes()  # plain test database
    app.exporter.export(app.paths.exports / "bisnis.csv", unmask=True)
    listing = app.paths.exports / "tokopedia-2026-11-28"
    listing.mkdir()
    (listing / "produk.csv").write_text(business_input(2).nik, encoding="utf-8")
    outside = tmp_path / "flashdisk"
    outside.mkdir()
    (outside / "milik-petugas.txt").write_text("catatan", encoding="utf-8")
    (app.paths.exports / "ke-flashdisk").symlink_to(outside, target_is_directory=True)
    assert business_input(1).nik.encode() in (app.paths.exports / "bisnis.csv").read_bytes()

    state = RevocationService(app.store, app.paths, app.clock).handle_revocation("revoked")

    assert (state.removed_backups, state.removed_exports, state.unremoved_files) == (1, 3, 0)
    assert state.wipe_complete and is_revoked(app.paths) == state
    assert app.paths.backups.is_dir() and not any(app.paths.backups.iterdir())
    assert app.paths.exports.is_dir() and not any(app.paths.exports.iterdir())
    assert (outside / "milik-petugas.txt").read_text(encoding="utf-8") == "catatan"
    assert app.registration.get(c).fields.nik == business_input(3).nik  # unsent: kept
    app.store.close()
    everything = b"".join(p.read_bytes() for p in app.paths.root.rglob("*") if p.is_file())
    for gone in (business_input(1).nik, business_input(2).nik, business_input(1).phone):
        assert gone.encode() not in everything, gone


def test_a_file_that_cannot_be_removed_leaves_the_wipe_incomplete(
    app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck = app.paths.exports / "terbuka-di-excel.xlsx"
    stuck.write_bytes(b"PK")
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == stuck:
            raise PermissionError("in use by another program")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    service = RevocationService(app.store, app.paths, app.clock)
    state = service.handle_revocation("revoked")
    assert state.unremoved_files == 1 and not state.wipe_complete and stuck.exists()
    monkeypatch.setattr(Path, "unlink", real_unlink)
    again = service.handle_revocation("revoked")  # the next contact tries again
    assert again.wipe_complete and again.removed_exports == 1 and not stuck.exists()
