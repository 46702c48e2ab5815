"""The sync engine reads the next batch while a push is in flight, and stays as strict.

A batch read ahead was read before the answer to the current one: a record refused in
that answer must still hold back its later versions, as the outbox query would have.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import select

from golonline_desktop import wire
from golonline_desktop.services.app import App
from golonline_desktop.services.sync_blobs import NoBlobs
from golonline_desktop.services.sync_engine import SyncEngine
from golonline_desktop.storage import sync_state
from golonline_desktop.storage.models import OutboxEntry
from tests.factories import business_input
from tests.fake_sync_server import FakeSyncServer


def register(app: App, n: int) -> str:
    outcome = app.registration.register(
        business_input(n), confirm_warnings=True, duplicate_reason="uji"
    )
    assert outcome.business_id is not None
    return outcome.business_id


def edit(app: App, record: str, n: int) -> None:
    app.registration.update(
        record,
        business_input(n, owner_name="Sri R."),
        expected_version=1,
        confirm_warnings=True,
        duplicate_reason="uji",
    )


def states(app: App) -> list[tuple[str, int, str]]:
    with app.store.read() as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        return [(r.entity_id, r.version, r.state) for r in rows]


def engine(app: App, server: FakeSyncServer, **options: int) -> SyncEngine:
    return SyncEngine(app.store, server, NoBlobs(), app.clock, **options)  # type: ignore[arg-type]


def test_the_next_batch_is_read_while_a_push_is_in_flight(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        register(app, n)
    reads: list[int] = []
    read_done = threading.Condition()
    real_next_pending = sync_state.next_pending

    def counting(*args: object, **kwargs: object) -> list[sync_state.PendingItem]:
        found = real_next_pending(*args, **kwargs)  # type: ignore[arg-type]
        with read_done:
            reads.append(len(found))
            read_done.notify_all()
        return found

    monkeypatch.setattr(sync_state, "next_pending", counting)
    overlapped: list[bool] = []
    server = FakeSyncServer()

    def on_call(name: str) -> None:
        if name == "push":
            pushes = sum(1 for call, _ in server.calls if call == "push")
            with read_done:  # the read of the following batch finishes during this push
                overlapped.append(read_done.wait_for(lambda: len(reads) > pushes, timeout=5))

    server.on_call = on_call
    result = engine(app, server, batch_items=1).run_once()
    assert result.ok and result.applied == 3
    assert overlapped == [True, True, True]
    assert reads == [1, 1, 1, 0]


@pytest.mark.parametrize("refusal", ["rejected", "conflict"])
def test_a_record_refused_in_a_push_holds_back_its_version_read_ahead(
    app: App, refusal: str
) -> None:
    held = register(app, 0)
    edit(app, held, 0)  # version 2 follows version 1 directly: read ahead with batch size 1
    other = register(app, 1)
    server = FakeSyncServer()
    if refusal == "rejected":
        server.reject = lambda c: "bad NIB" if c.entity_id == held else None
    else:  # another laptop's version 1 got there first
        server.seen[("business", held, 1)] = "0" * 64
        server.records[("business", held)] = 1
    result = engine(app, server, batch_items=1).run_once()
    assert server.pushed_ids() == [[held], [other]]
    first = "quarantined" if refusal == "rejected" else "conflict"
    assert states(app) == [(held, 1, first), (held, 2, "pending"), (other, 1, "done")]
    assert result.applied == 1 and result.remaining == 0


class OwnChangesFirst(FakeSyncServer):
    """A feed whose first pages are empty: the device's own changes, scanned by the server."""

    def __init__(self, empty_pages: int, on_changes: Callable[[str | None], None]) -> None:
        super().__init__()
        self.empty_pages = empty_pages
        self.on_changes = on_changes

    def changes(self, since: str | None, limit: int) -> wire.ChangesResponse:
        self.on_changes(since)
        position = int(since or 0)
        if position < self.empty_pages:
            return wire.ChangesResponse(changes=[], next_cursor=str(position + 1), more=True)
        return wire.ChangesResponse(changes=[], next_cursor=str(position + 1), more=False)


def test_empty_pull_pages_save_the_cursor_once_at_the_end(app: App) -> None:
    cursors: list[str | None] = []

    def saved_cursor(_since: str | None) -> None:
        with app.store.read() as session:
            found = sync_state.read_checkpoint(session)
            cursors.append(found.pull_cursor if found else None)

    server = OwnChangesFirst(3, saved_cursor)
    assert engine(app, server).run_once().ok
    assert cursors == [None, None, None, None]  # nothing written page by page
    with app.store.read() as session:
        checkpoint = sync_state.read_checkpoint(session)
        assert checkpoint is not None and checkpoint.pull_cursor == "4"
    # The next pass starts from there.
    cursors.clear()
    assert engine(app, server).run_once().ok
    assert cursors == ["4"]


def test_answers_are_committed_before_the_pass_ends_and_a_failed_write_surfaces(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        register(app, n)
    server = FakeSyncServer()
    result = engine(app, server, batch_items=2).run_once()
    assert result.applied == 5 and result.remaining == 0
    assert {s for _, _, s in states(app)} == {"done"}

    register(app, 9)

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(sync_state, "mark_done", broken)
    with pytest.raises(OSError, match="disk full"):
        engine(app, server, batch_items=2).run_once()
    assert states(app)[-1][2] == "pending"  # applied on the server; replayed next time
