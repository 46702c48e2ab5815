"""A revoked laptop's unsent work: handed over to another laptop of the office, or erased."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from golonline_desktop.paths import DataPaths
from golonline_desktop.services.actor import Role
from golonline_desktop.services.app import App, open_app
from golonline_desktop.services.handover import (
    MAGIC,
    HandoverError,
    erase_data_folder,
    export_handover,
    import_handover,
)
from golonline_desktop.services.permissions import PermissionDeniedError
from golonline_desktop.services.revocation import RevocationService, is_revoked, revocation_hook
from golonline_desktop.services.sync_command import photo_blobs
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.storage.audit import verify_chain
from golonline_desktop.storage.models import AuditEvent, Office, OutboxEntry
from golonline_desktop.storage.photo_store import PhotoStore
from golonline_desktop.storage.vault import KdfParams
from tests.fake_sync_server import FakeSyncServer
from tests.unit.test_revocation import _register, _with_product

FAST = KdfParams(time_cost=1, memory_kib=64, parallelism=1)
PASSPHRASE = "serah-terima-kantor-jkp01"


def _engine(app: App, server: FakeSyncServer) -> SyncEngine:
    hook = revocation_hook(app.store, app.paths, app.clock)
    return SyncEngine(app.store, server, photo_blobs(app), app.clock, on_not_authorized=hook)


def _outbox(app: App) -> list[tuple[str, str, int, str, str]]:
    with app.store.read() as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        return [(r.entity, r.entity_id, r.version, r.payload_hash, r.state) for r in rows]


@pytest.fixture
def revoked(app: App) -> dict[str, Any]:
    """A laptop that sent business A, then registered B with a photographed product, and
    was revoked before sending B."""
    server = FakeSyncServer()
    a = _register(app, 1)
    assert _engine(app, server).run_once().ok
    b = _register(app, 2)
    photo = _with_product(app, b, 2, seed=7)
    RevocationService(app.store, app.paths, app.clock).handle_revocation("revoked")
    unsent = [row for row in _outbox(app) if row[4] == "pending"]
    assert {row[1] for row in unsent} >= {b} and a not in {row[1] for row in unsent}
    return {"server": server, "a": a, "b": b, "photo": photo, "unsent": unsent}


@pytest.fixture
def other_laptop(tmp_path: Path, clock, regions) -> Any:
    """A second laptop of the same office (the same office code)."""
    services = open_app(DataPaths(tmp_path / "laptop-b").ensure(), clock, regions)
    yield services
    services.close()


def test_unsent_work_reaches_the_server_once_through_another_laptop(
    app: App, revoked: dict[str, Any], other_laptop: App, tmp_path: Path
) -> None:
    target = tmp_path / "serah-terima.golonline"
    exported = export_handover(app, target, PASSPHRASE, kdf=FAST)
    assert (exported.changes, exported.photos) == (len(revoked["unsent"]), 1)
    assert target.read_bytes().startswith(MAGIC)
    assert b"Keripik" not in target.read_bytes()  # encrypted, not just packed

    imported = import_handover(other_laptop, target, PASSPHRASE)
    assert (imported.changes, imported.photos, imported.skipped) == (exported.changes, 1, 0)
    queued = [(e, i, v, h) for e, i, v, h, state in _outbox(other_laptop) if state == "pending"]
    assert queued == [row[:4] for row in revoked["unsent"]]  # same ids, versions, hashes
    assert PhotoStore(other_laptop.paths.photos).has(revoked["photo"])

    server = revoked["server"]
    result = _engine(other_laptop, server).run_once()
    assert result.ok and result.applied == exported.changes
    assert server.records[("business", revoked["b"])] == 1
    assert revoked["photo"] in server.complete

    again = import_handover(other_laptop, target, PASSPHRASE)  # a second read changes nothing
    assert (again.changes, again.skipped) == (0, exported.changes)
    with other_laptop.store.read() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        assert actions.count("handover.import") == 2
        assert verify_chain(session).ok
    with app.store.read() as session:
        assert "handover.export" in session.scalars(select(AuditEvent.action)).all()


def test_a_wrong_passphrase_or_a_changed_byte_imports_nothing(
    app: App, revoked: dict[str, Any], other_laptop: App, tmp_path: Path
) -> None:
    target = tmp_path / "serah-terima.golonline"
    export_handover(app, target, PASSPHRASE, kdf=FAST)
    before = _outbox(other_laptop)

    with pytest.raises(HandoverError, match="Wrong passphrase"):
        import_handover(other_laptop, target, "bukan-kata-sandinya")
    data = bytearray(target.read_bytes())
    data[-40] ^= 0x01
    changed = tmp_path / "diubah.golonline"
    changed.write_bytes(bytes(data))
    with pytest.raises(HandoverError, match="changed after it was written"):
        import_handover(other_laptop, changed, PASSPHRASE)
    truncated = tmp_path / "terpotong.golonline"
    truncated.write_bytes(bytes(data[: len(MAGIC) + 2]))
    with pytest.raises(HandoverError, match="damaged"):
        import_handover(other_laptop, truncated, PASSPHRASE)
    not_ours = tmp_path / "foto.jpg"
    not_ours.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    with pytest.raises(HandoverError, match="not a handover file"):
        import_handover(other_laptop, not_ours, PASSPHRASE)
    assert _outbox(other_laptop) == before


def test_a_file_asking_for_gibibytes_of_key_derivation_is_refused(
    app: App, revoked: dict[str, Any], other_laptop: App, tmp_path: Path
) -> None:
    target = tmp_path / "serah-terima.golonline"
    export_handover(app, target, PASSPHRASE, kdf=FAST)
    data = target.read_bytes()
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + size])
    header["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB
    hostile_header = json.dumps(header).encode()
    hostile = tmp_path / "rakus.golonline"
    hostile.write_bytes(
        MAGIC
        + len(hostile_header).to_bytes(4, "big")
        + hostile_header
        + data[len(MAGIC) + 4 + size :]
    )
    with pytest.raises(HandoverError, match="damaged"):
        import_handover(other_laptop, hostile, PASSPHRASE)


def test_another_offices_file_is_refused(
    app: App, revoked: dict[str, Any], other_laptop: App, tmp_path: Path
) -> None:
    target = tmp_path / "serah-terima.golonline"
    export_handover(app, target, PASSPHRASE, kdf=FAST)
    with other_laptop.store.write() as session:
        session.scalar(select(Office)).code = "SBY02"
    with pytest.raises(HandoverError, match="another office"):
        import_handover(other_laptop, target, PASSPHRASE)


def test_a_short_passphrase_is_refused(app: App, revoked: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(HandoverError, match="at least 10"):
        export_handover(app, tmp_path / "x.golonline", "pendek", kdf=FAST)
    assert not (tmp_path / "x.golonline").exists()


def test_a_petugas_may_neither_hand_over_nor_erase(
    app: App, revoked: dict[str, Any], tmp_path: Path
) -> None:
    petugas = dataclasses.replace(app.actor, role=Role.PETUGAS)
    as_petugas = dataclasses.replace(app, actor=petugas)
    with pytest.raises(PermissionDeniedError):
        export_handover(as_petugas, tmp_path / "x.golonline", PASSPHRASE, kdf=FAST)
    with pytest.raises(PermissionDeniedError):
        import_handover(as_petugas, tmp_path / "x.golonline", PASSPHRASE)
    with pytest.raises(PermissionDeniedError):
        erase_data_folder(app.paths, petugas, app.clock.now())
    assert app.paths.database.exists() and not (tmp_path / "x.golonline").exists()


def test_erasing_keeps_only_the_revocation_marker_and_the_logs(
    app: App, revoked: dict[str, Any]
) -> None:
    paths = app.paths
    (paths.logs).mkdir(exist_ok=True)
    (paths.logs / "golonline.log").write_text("redacted\n")
    app.close()

    removed = erase_data_folder(paths, app.actor, app.clock.now())

    assert "golonline.sqlite3" in removed and "photos" in removed
    assert sorted(p.name for p in paths.root.iterdir()) == ["REVOKED.json", "logs"]
    state = is_revoked(paths)
    assert state is not None  # the app still says the laptop is revoked
    assert "erased_at" in json.loads((paths.root / "REVOKED.json").read_text())
