"""Photo garbage collection: only a file nobody needs, that the server has, and that is old.

Each rule is tested on its own against real saves, drafts and outbox states: the photo a
live product shows, the one a change not yet synced names, the one an unsaved draft holds
and a young one all stay; only the eligible ones go. ``doctor`` still verifies what is
left, and the same collection runs from ``doctor --collect-photos`` and after a sync pass.
"""

from __future__ import annotations

import io
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from golonline_desktop.cli import main as cli_main
from golonline_desktop.domain.products import PhotoFacts
from golonline_desktop.services.doctor import run_doctor
from golonline_desktop.services.drafts import DraftService
from golonline_desktop.services.photo_blobs import (
    DEFAULT_PHOTO_GRACE,
    collect_after_sync,
    collect_photos,
)
from golonline_desktop.services.products import ProductServices, build_product_services
from golonline_desktop.services.sync_blobs import FileBlobSource
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.services.sync_transport import ServerUnavailableError
from golonline_desktop.storage.models import OutboxEntry
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.sync_state import mark_done
from tests.factories import business_input
from tests.fake_sync_server import FakeSyncServer
from tests.product_factories import photo_bytes, product_input


@pytest.fixture
def services(app) -> ProductServices:
    return build_product_services(app)


@pytest.fixture
def business_id(app) -> str:
    outcome = app.registration.register(business_input(0), confirm_warnings=True)
    assert outcome.saved
    return outcome.business_id


def stored(services: ProductServices, seed: int) -> PhotoFacts:
    return services.pipeline.process_bytes(photo_bytes(seed), f"{seed}.jpg").facts


def age(services: ProductServices, photo: PhotoFacts, when: datetime) -> None:
    os.utime(services.photos.path_for(photo.sha256), (when.timestamp(), when.timestamp()))


def all_synced(app) -> None:
    """What a sync pass records once the server confirmed every entry."""
    with app.store.write() as session:
        seqs = list(session.scalars(select(OutboxEntry.seq)))
        mark_done(session, seqs, app.clock.now())


def on_disk(services: ProductServices, photo: PhotoFacts) -> bool:
    return services.photos.has(photo.sha256)


def test_each_rule_keeps_its_file_and_only_the_eligible_ones_go(
    app, services: ProductServices, business_id: str
) -> None:
    now = app.clock.now()
    old = now - DEFAULT_PHOTO_GRACE - timedelta(days=1)
    shown, dropped, unsent, drafted, young, never_saved = (stored(services, n) for n in range(6))

    # A synced product that shows one photo and showed another before an edit.
    created = services.products.create(business_id, product_input(0, (shown, dropped)))
    assert created.saved and created.product_id is not None
    edited = services.products.update(
        created.product_id, product_input(0, (shown,)), expected_version=1
    )
    assert edited.saved
    all_synced(app)
    # A second product saved since: its change has not reached the server yet.
    pending = services.products.create(business_id, product_input(1, (unsent,)))
    assert pending.saved and pending.product_id is not None
    services.products.delete(pending.product_id)  # tombstoned, but the tombstone is unsent
    # An unsaved product in the editor, autosaved as a draft.
    DraftService(app.store, app.clock, app.actor).save(
        "product",
        "draft-product",
        None,
        {"name": "Kopi", "photos": [{"sha256": drafted.sha256, "width": 800}]},
    )
    for photo in (shown, dropped, unsent, drafted, never_saved):
        age(services, photo, old)
    age(services, young, now - DEFAULT_PHOTO_GRACE + timedelta(hours=1))

    done = collect_photos(app.store, services.photos, app.clock)

    assert set(done.removed) == {dropped.sha256, never_saved.sha256}
    assert not on_disk(services, dropped) and not on_disk(services, never_saved)
    assert not services.photos.has_thumbnail(dropped.sha256)
    for kept in (shown, unsent, drafted, young):
        assert on_disk(services, kept) and services.photos.has_thumbnail(kept.sha256)
    assert (done.stored, done.kept_live, done.kept_draft, done.kept_unsent, done.kept_young) == (
        6,
        1,
        1,
        1,
        1,
    )
    report = run_doctor(app.paths)
    assert report.ok and report.photo_files == 4
    assert report.damaged_photos == () and report.missing_photos == ()


@pytest.mark.parametrize(
    "state", [OutboxState.PENDING, OutboxState.QUARANTINED, OutboxState.CONFLICT]
)
def test_a_change_the_server_has_not_confirmed_keeps_its_photos(
    app, services: ProductServices, business_id: str, state: OutboxState
) -> None:
    photo = stored(services, 1)
    created = services.products.create(business_id, product_input(0, (photo,)))
    assert created.product_id is not None
    services.products.update(created.product_id, product_input(0, ()), expected_version=1)
    with app.store.write() as session:
        for entry in session.scalars(select(OutboxEntry)):
            entry.state = state.value
    age(services, photo, app.clock.now() - timedelta(days=365))

    assert collect_photos(app.store, services.photos, app.clock).removed == ()
    assert on_disk(services, photo)

    all_synced(app)
    assert collect_photos(app.store, services.photos, app.clock).removed == (photo.sha256,)


def test_the_grace_period_follows_the_clock_and_the_setting(app, services: ProductServices) -> None:
    photo = stored(services, 3)  # imported, never saved: sync never needed it
    age(services, photo, app.clock.now() - timedelta(days=2))
    assert collect_photos(app.store, services.photos, app.clock).removed == ()
    assert collect_photos(app.store, services.photos, app.clock, timedelta(days=3)).removed == ()
    app.clock.advance(timedelta(days=6))  # 8 days old now
    assert collect_photos(app.store, services.photos, app.clock).removed == (photo.sha256,)


@pytest.mark.parametrize("moment", ["before the move aside", "after the move aside"])
def test_a_photo_added_again_during_collection_survives(
    app, services: ProductServices, monkeypatch: pytest.MonkeyPatch, moment: str
) -> None:
    """The officer imports the same picture just as the collector judges it old."""
    photo = stored(services, 4)
    data = services.photos.read_bytes(photo.sha256)
    age(services, photo, app.clock.now() - timedelta(days=30))
    real_replace = os.replace
    readded: list[str] = []

    def replace_with_a_import(source: str, target: str) -> None:
        if not readded and Path(target).name.startswith(".tmp-gc-"):
            readded.append(moment)
            if moment == "before the move aside":
                services.photos.put_bytes(data)  # refreshes the old file's time
                real_replace(source, target)
            else:
                real_replace(source, target)
                services.photos.put_bytes(data)  # finds no file: writes it again
            return
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_with_a_import)
    done = collect_photos(app.store, services.photos, app.clock)
    monkeypatch.undo()

    assert readded == [moment] and done.removed == ()
    assert services.photos.verify(photo.sha256) and services.photos.has_thumbnail(photo.sha256)
    assert list(services.photos.root.rglob(".tmp-*")) == []


def test_doctor_finds_damaged_and_missing_photos(
    app, services: ProductServices, business_id: str
) -> None:
    first, second = stored(services, 5), stored(services, 6)
    services.products.create(business_id, product_input(0, (first, second)))
    services.photos.path_for(first.sha256).write_bytes(b"not the photo any more")
    services.photos.path_for(second.sha256).unlink()

    report = run_doctor(app.paths)

    assert report.damaged_photos == (first.sha256,)
    assert report.missing_photos == (second.sha256,)
    assert {f.code for f in report.findings} >= {"doctor.photo_damaged", "doctor.photo_missing"}
    assert not report.ok


def test_doctor_collect_photos_from_the_command_line(
    app, services: ProductServices, business_id: str
) -> None:
    kept, gone = stored(services, 7), stored(services, 8)
    services.products.create(business_id, product_input(0, (kept,)))
    for photo in (kept, gone):
        age(services, photo, datetime.now().astimezone() - timedelta(days=10))
    app.close()  # the CLI opens the folder itself (system clock)
    out, err = io.StringIO(), io.StringIO()

    code = cli_main(
        ["doctor", "--collect-photos", "--language", "en", "--data-dir", str(app.paths.root)],
        out=out,
        err=err,
    )

    text = out.getvalue()
    assert code == 0, text + err.getvalue()
    assert "Photo files removed: 1 of 2. Kept: 1 used by products" in text
    assert "Photo files: 1 (0 damaged, 0 missing)" in text  # doctor ran on what is left
    assert services.photos.has(kept.sha256) and not services.photos.has(gone.sha256)


def test_doctor_refuses_a_negative_grace(app) -> None:
    err = io.StringIO()
    code = cli_main(
        ["doctor", "--collect-photos", "--grace-days", "-1", "--language", "en"],
        out=io.StringIO(),
        err=err,
    )
    assert code == 2 and "--grace-days cannot be negative." in err.getvalue()


def test_a_successful_sync_pass_collects_what_the_server_now_has(
    app, services: ProductServices, business_id: str
) -> None:
    first, second = stored(services, 9), stored(services, 10)
    created = services.products.create(business_id, product_input(0, (first, second)))
    assert created.product_id is not None
    for photo in (first, second):
        age(services, photo, app.clock.now() - timedelta(days=30))
    server = FakeSyncServer()
    blobs = FileBlobSource(services.photos.path_for)
    with SyncEngine(app.store, server, blobs, app.clock) as engine:
        assert engine.run_once().ok
        assert on_disk(services, first) and on_disk(services, second)  # both still shown
        services.products.update(created.product_id, product_input(0, (first,)), expected_version=1)
        server.fail("push", ServerUnavailableError("link down"))
        assert not engine.run_once().ok  # the edit that drops the photo is still unsent
        assert on_disk(services, second)
        assert engine.run_once().ok
    assert server.complete >= {first.sha256, second.sha256}
    assert on_disk(services, first) and not on_disk(services, second)


def test_collect_after_sync_needs_a_data_folder(app, tmp_path: Path) -> None:
    from golonline_desktop.storage.engine import Store

    memory = Store.open(Path(":memory:"))
    try:
        assert collect_after_sync(memory, app.clock) is None
    finally:
        memory.close()
