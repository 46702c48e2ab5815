"""The sync engine: push the outbox in order, blobs first, then pull; never give up.

One pass (``run_once``) goes through resumable stages, each safe to cut at any byte:

1. take the next batch of pending outbox entries in ``seq`` order, bounded by count and
   by payload bytes (entries of a record with an older version in quarantine or conflict
   wait for the officer; everything else flows). The next batch is read, and its wire
   changes built, on a helper thread while the current one is pushed;
2. ask the server which blobs the batch references it lacks and upload them in packs
   (many blobs in one streaming request, resumed at the server's durable offset), or one
   chunk per request from a server without packs;
3. push the batch; mark an entry done only when the server answers ``applied`` or
   ``replayed``; quarantine ``rejected`` ones with the server's reason; record conflicts;
4. pull server changes page by page, saving the cursor with each page.

At-least-once delivery is safe because the server applies each (entity, id, version)
once and answers a replay with the original result. ``run_forever`` repeats passes with
full-jitter backoff on failures (base 2 s, cap 10 min) and sleeps while idle.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from pydantic import ValidationError
from sqlalchemy.orm import Session

from golonline_desktop import wire
from golonline_desktop.domain.clock import Clock
from golonline_desktop.storage import sync_state as state
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.sync_state import PendingItem

from .sync_blobs import (
    BlobRef,
    BlobRejectedError,
    BlobSource,
    BlobUnavailableError,
    send_in_packs,
    upload_blob,
)
from .sync_progress import Backoff, FailureKind, Stage, SyncProgress, SyncResult, ThroughputMeter
from .sync_pull import PullOutcome, apply_server_change
from .sync_transport import (
    EndpointMissingError,
    NotAuthorizedError,
    RequestRejectedError,
    ServerUnavailableError,
    SyncTransport,
)

ProgressCallback = Callable[[SyncProgress], None]
NotAuthorizedCallback = Callable[[NotAuthorizedError], None]
SleepFunction = Callable[[float, threading.Event], None]


def wait_or_cancel(seconds: float, cancel: threading.Event) -> None:
    cancel.wait(seconds)


@dataclass(frozen=True)
class _Prepared:
    """A pending entry and its wire change, or why the wire contract cannot carry it."""

    item: PendingItem
    change: wire.Change | None
    problem: str | None = None


class SyncEngine:
    def __init__(
        self,
        store: Store,
        transport: SyncTransport,
        blob_source: BlobSource,
        clock: Clock,
        *,
        batch_items: int = 500,
        batch_bytes: int = 1_000_000,
        chunk_bytes: int = 256 * 1024,
        upload_workers: int = 3,
        blob_packs: bool = True,
        pull_limit: int = 500,
        on_progress: ProgressCallback | None = None,
        on_not_authorized: NotAuthorizedCallback | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self._store = store
        self._transport = transport
        self._blobs = blob_source
        self._clock = clock
        self.batch_items = max(1, min(batch_items, wire.MAX_PUSH_ITEMS))
        self.batch_bytes = max(1, min(batch_bytes, wire.MAX_PUSH_BYTES // 2))
        self.chunk_bytes = max(1, min(chunk_bytes, wire.MAX_CHUNK_BYTES))
        self.upload_workers = max(1, upload_workers)
        self.blob_packs = blob_packs  # off: one request per chunk (servers before packs)
        self.pull_limit = pull_limit
        self._on_progress = on_progress
        self._on_not_authorized = on_not_authorized  # e.g. services.revocation's hook
        self._monotonic = monotonic
        self.backoff = Backoff(rng=rng)
        self._meter = ThroughputMeter()
        self._lock = threading.Lock()  # guards the progress counters below (upload threads)
        self._stage = Stage.PREPARE
        self._records_done = self._records_total = 0
        # bytes_total = max(done, planned - skipped); planned is exact once counted.
        self._bytes_done = self._bytes_planned = self._bytes_skipped = 0
        self._planned: Future[None] | None = None
        self._helpers: ThreadPoolExecutor | None = None  # during a pass
        self._writing: Future[None] | None = None
        # Records that went to quarantine or conflict in this pass, with that version:
        # their later versions wait, as ``next_pending`` would have left them out.
        self._blocked: dict[tuple[str, str], int] = {}

    # -- public API ------------------------------------------------------------------------

    def close(self) -> None:
        """Close the transport's connections."""
        self._transport.close()

    def __enter__(self) -> SyncEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run_once(self, cancel: threading.Event | None = None) -> SyncResult:
        cancel = cancel or threading.Event()
        result = SyncResult()
        refused: NotAuthorizedError | None = None
        self._blocked = {}
        # Helpers: one counts the bytes of the whole pass, one reads the next batch, one
        # commits the answers to the last.
        with ThreadPoolExecutor(3, thread_name_prefix="sync-helper") as helpers:
            self._helpers = helpers
            try:
                self._prepare(helpers)
                try:
                    self._push_all(cancel, result, helpers)
                finally:
                    self._await_writes()
                self._await_plan()
                if not cancel.is_set():
                    self._pull_all(cancel, result)
            except NotAuthorizedError as exc:
                result.failure, result.error = FailureKind.NOT_AUTHORIZED, str(exc)
                refused = exc
            except ServerUnavailableError as exc:
                result.failure, result.error = FailureKind.UNAVAILABLE, str(exc)
            finally:
                self._helpers = None
        result.cancelled = cancel.is_set()
        with self._store.read() as session:
            result.remaining = state.pending_totals(session)[0]
        self._finish(result)
        if result.ok and (result.applied or result.replayed):  # photo files nobody needs now
            from .photo_blobs import collect_after_sync  # (services/photo_blobs.py)

            collect_after_sync(self._store, self._clock)
        if refused is not None and self._on_not_authorized is not None:
            self._on_not_authorized(refused)  # e.g. device_revoked: lock and wipe
        return result

    def run_forever(
        self,
        cancel: threading.Event,
        sleep: SleepFunction = wait_or_cancel,
        *,
        idle_seconds: float = 60.0,
        on_result: Callable[[SyncResult], None] | None = None,
    ) -> SyncResult:
        """Pass after pass until ``cancel`` is set; failures back off, never give up."""
        result = SyncResult()
        while not cancel.is_set():
            result = self.run_once(cancel)
            if on_result:
                on_result(result)
            if cancel.is_set():
                break
            if result.failure is not None:
                sleep(self.backoff.next_delay(), cancel)
                continue
            self.backoff.reset()
            if result.remaining == 0:
                sleep(idle_seconds, cancel)
        result.cancelled = True
        return result

    def retry_quarantined(self, entity: str, entity_id: str) -> int:
        """Send a record again after the officer fixed it; returns entries re-queued.

        When the officer saved a newer version, the old quarantined/conflicting versions
        are superseded (a payload is a whole snapshot, the newest carries everything) and
        the newest is rebased on the last version the server confirmed. Otherwise the
        quarantined entry itself goes back to pending (e.g. a server rule was fixed).
        """
        with self._store.write() as session:
            rows = [
                r
                for r in state.entries_in_states(
                    session, [OutboxState.PENDING.value, *state.BLOCKING_STATES]
                )
                if r.entity == entity and r.entity_id == entity_id
            ]
            if not rows:
                return 0
            newest = max(rows, key=lambda r: r.version)
            for row in rows:
                if row is not newest and row.state in state.BLOCKING_STATES:
                    row.state = state.SUPERSEDED
            newest.state = OutboxState.PENDING.value
            newest.base_version = state.last_confirmed_version(session, entity, entity_id)
            state.add_log(
                session,
                at=self._clock.now(),
                level="info",
                code="sync.retry",
                message=f"{entity} {entity_id} queued again as version {newest.version}",
            )
            return 1

    # -- stages ------------------------------------------------------------------------------

    def _prepare(self, helpers: ThreadPoolExecutor) -> None:
        """Start the pass with the count and payload size of what waits (one query).

        The exact bytes (UTF-8 payloads and the blobs they reference) need every entry
        loaded, which takes longer than pushing a batch: a helper counts them meanwhile.
        """
        with self._store.read() as session:
            count, characters = state.pending_totals(session)
        with self._lock:
            self._stage = Stage.PREPARE
            self._records_done, self._records_total = 0, count
            self._bytes_done = self._bytes_skipped = 0
            self._bytes_planned = characters
        self._planned = helpers.submit(self._plan_bytes)
        self._meter.start(self._monotonic())
        self._report(Stage.PUSH)

    def _plan_bytes(self) -> None:
        with self._store.read() as session:
            items = state.all_pending(session)
        refs = self._unique_refs(self._blobs.blobs_for(items).values())
        planned = sum(i.size for i in items) + sum(max(r.size, 0) for r in refs)
        with self._lock:
            self._bytes_planned = planned

    def _await_plan(self) -> None:
        if self._planned is not None:
            self._planned.result()

    def _push_all(
        self, cancel: threading.Event, result: SyncResult, helpers: ThreadPoolExecutor
    ) -> None:
        upcoming = helpers.submit(self._read_batch, 0)
        while not cancel.is_set():
            batch = upcoming.result()
            if not batch:
                return
            # Pipelining: the next batch is read while this one goes out.
            upcoming = helpers.submit(self._read_batch, batch[-1].item.seq)
            batch = [p for p in batch if not self._waits(p.item)]
            batch = self._check_payloads(batch, result)
            batch = self._send_blobs(batch, cancel, result)
            if cancel.is_set():
                return
            if batch:
                self._push(batch, result)

    def _read_batch(self, after: int) -> list[_Prepared]:
        with self._store.read() as session:
            batch = state.next_pending(session, after, self.batch_items, self.batch_bytes)
        prepared = []
        for item in batch:
            try:
                prepared.append(_Prepared(item, self._change(item)))
            except ValidationError as exc:
                reason = exc.errors()[0].get("msg", "invalid") if exc.errors() else "invalid"
                prepared.append(_Prepared(item, None, reason))
        return prepared

    def _waits(self, item: PendingItem) -> bool:
        """Read before an older version of its record was refused in this pass."""
        refused = self._blocked.get((item.entity, item.entity_id))
        return refused is not None and refused < item.version

    def _block(self, item: PendingItem) -> None:
        key = (item.entity, item.entity_id)
        self._blocked[key] = min(self._blocked.get(key, item.version), item.version)

    def _check_payloads(self, batch: list[_Prepared], result: SyncResult) -> list[_Prepared]:
        """Quarantine here what the wire contract cannot carry, so it never blocks a batch."""
        ok = []
        for prepared in batch:
            if prepared.change is None:
                self._quarantine(
                    [prepared.item], "sync.payload_invalid", f"Cannot be sent: {prepared.problem}"
                )
                result.rejected += 1
                continue
            ok.append(prepared)
        return ok

    def _send_blobs(
        self, batch: list[_Prepared], cancel: threading.Event, result: SyncResult
    ) -> list[_Prepared]:
        refs_by_seq = self._blobs.blobs_for([p.item for p in batch])
        if not refs_by_seq:
            return batch
        # Photos take long on a thin link: the honest total first, then the ETA.
        self._await_plan()
        self._report(Stage.BLOBS)
        refs = self._unique_refs(refs_by_seq.values())
        failed: dict[str, tuple[str, str]] = {}
        for ref in refs:
            if ref.size < 0 or ref.size > wire.MAX_BLOB_BYTES:
                failed[ref.sha256] = ("blob.missing", "A photo of this record is missing.")
        wanted = [r for r in refs if r.sha256 not in failed]
        missing: list[tuple[BlobRef, int]] = []
        for start in range(0, len(wanted), 1000):
            group = wanted[start : start + 1000]
            answer = self._transport.blobs_missing(
                wire.BlobsMissingRequest(
                    blobs=[wire.BlobQuery(sha256=r.sha256, size=r.size) for r in group]
                )
            )
            lacking = {b.sha256: b.have_bytes for b in answer.blobs if not b.complete}
            for ref in group:
                have = lacking.get(ref.sha256)
                if have is None:
                    self._count_bytes(0, skipped=ref.size)
                else:
                    missing.append((ref, have))
        if missing and self.blob_packs:
            try:
                lost, stored = send_in_packs(
                    self._transport,
                    self._blobs,
                    [ref for ref, _ in missing],
                    cancel,
                    self._count_up(result),
                    lambda nbytes: self._count_bytes(0, skipped=nbytes),
                )
                failed.update(lost)
                result.blobs_uploaded += stored
                missing = []
            except EndpointMissingError:
                self.blob_packs = False  # a server from before packs: chunk by chunk
        for _, have in missing:
            self._count_bytes(0, skipped=have)

        def send(job: tuple[BlobRef, int]) -> tuple[str, tuple[str, str] | None, bool]:
            ref, have = job
            try:
                done = upload_blob(
                    self._transport,
                    self._blobs,
                    ref,
                    have,
                    self.chunk_bytes,
                    cancel,
                    self._count_up(result),
                )
            except BlobUnavailableError:
                return ref.sha256, ("blob.missing", "A photo of this record is missing."), False
            except BlobRejectedError:
                return ref.sha256, ("blob.corrupt", "A photo of this record is damaged."), False
            except RequestRejectedError as exc:
                return ref.sha256, (exc.code, exc.message), False
            return ref.sha256, None, done

        if missing:
            # Several uploads in flight keep a long, thin link busy while each waits for
            # its answer (one round trip per chunk): 2 gave 83% of 1 Mbit/s at 300 ms RTT,
            # 3 gave 92% (benchmarks/bench_sync.py).
            with ThreadPoolExecutor(min(self.upload_workers, len(missing))) as pool:
                for sha, failure, done in pool.map(send, missing):
                    if failure:
                        failed[sha] = failure
                    result.blobs_uploaded += int(done)
        if cancel.is_set():
            return []
        ready = []
        for prepared in batch:
            refs = refs_by_seq.get(prepared.item.seq, [])
            bad = [failed[r.sha256] for r in refs if r.sha256 in failed]
            if bad:
                self._quarantine([prepared.item], *bad[0])
                result.rejected += 1
            else:
                ready.append(prepared)
        return ready

    def _push(self, batch: Sequence[_Prepared], result: SyncResult) -> None:
        """Push a batch; a batch the server refuses as a whole is split to find the culprit."""
        self._report(Stage.PUSH)
        try:
            answer = self._transport.push(
                wire.PushRequest(changes=[p.change for p in batch if p.change is not None])
            )
        except RequestRejectedError as exc:
            if len(batch) == 1:
                self._quarantine([batch[0].item], exc.code, exc.message)
                result.rejected += 1
                return
            middle = len(batch) // 2
            self._push(batch[:middle], result)
            self._push(batch[middle:], result)
            return
        self._record_results([p.item for p in batch], answer, result)

    def _record_results(
        self, batch: Sequence[PendingItem], answer: wire.PushResponse, result: SyncResult
    ) -> None:
        """Judge the answers now; their states are committed by the writer meanwhile.

        The next batch goes out while the writer stores this one's: a crash in between
        only sends this batch again, and the server answers a replay.
        """
        by_key = {(r.entity, r.entity_id, r.version): r for r in answer.results}
        now = self._clock.now()
        done: list[int] = []
        refused: list[tuple[PendingItem, wire.ItemResult, str, str, str]] = []
        rejected_ids: set[tuple[str, str]] = set()
        for item in batch:
            found = by_key.get((item.entity, item.entity_id, item.version))
            if found is None:
                result.errors.append(f"no answer for {item.entity} {item.entity_id}")
                continue
            key = (item.entity, item.entity_id)
            if found.status in (wire.ItemStatus.APPLIED, wire.ItemStatus.REPLAYED):
                done.append(item.seq)
                if found.status is wire.ItemStatus.APPLIED:
                    result.applied += 1
                else:
                    result.replayed += 1
            elif found.status is wire.ItemStatus.REJECTED:
                rejected_ids.add(key)
                self._block(item)
                code = found.code or "server.rejected"
                message = found.message or "The server refused this record."
                refused.append((item, found, OutboxState.QUARANTINED.value, code, message))
                result.rejected += 1
            elif key in rejected_ids:
                continue  # follows a rejected older version: waits behind it
            else:
                self._block(item)
                code = found.code or "sync.conflict"
                message = found.message or "The server holds a different version."
                refused.append((item, found, OutboxState.CONFLICT.value, code, message))
                result.conflicts += 1

        def store(session: Session) -> None:
            for item, found, new_state, code, message in refused:
                state.set_state(session, item.seq, new_state, code, message)
                if new_state == OutboxState.CONFLICT.value:
                    state.record_conflict(
                        session,
                        at=now,
                        entity=item.entity,
                        entity_id=item.entity_id,
                        local_version=item.version,
                        server_version=found.server_version,
                        server_payload=None,
                        source="push",
                        message=message,
                    )
            state.mark_done(session, done, now)

        self._write_later(store)
        self._count_records(len(batch), sum(i.size for i in batch))

    def _write_later(self, write: Callable[[Session], None]) -> None:
        """Commit ``write`` on a helper thread, after the previous one (one at a time)."""
        self._await_writes()
        if self._helpers is None:
            self._write(write)
        else:
            self._writing = self._helpers.submit(self._write, write)

    def _write(self, write: Callable[[Session], None]) -> None:
        with self._store.write() as session:
            write(session)

    def _await_writes(self) -> None:
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()

    def _pull_all(self, cancel: threading.Event, result: SyncResult) -> None:
        self._report(Stage.PULL)
        with self._store.read() as session:
            found = state.read_checkpoint(session)
            cursor = found.pull_cursor if found else None
        while not cancel.is_set():
            page = self._transport.changes(cursor, self.pull_limit)
            last = not page.more or page.next_cursor == cursor
            # A page may be empty while more follows (the server skips our own changes):
            # its cursor is saved with the next page, one write instead of one per page.
            # Cut before that, the next pass scans those changes of ours again, harmlessly.
            if page.changes or last:
                now = self._clock.now()
                with self._store.write() as session:
                    for change in page.changes:
                        outcome = apply_server_change(session, change, now)
                        result.pulled += 1
                        if outcome == PullOutcome.APPLIED:
                            result.pull_applied += 1
                        elif outcome == PullOutcome.CONFLICT:
                            result.pull_conflicts += 1
                    state.checkpoint(session).pull_cursor = page.next_cursor
            if last:
                return
            cursor = page.next_cursor

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _change(item: PendingItem) -> wire.Change:
        return wire.Change(
            entity=item.entity,
            entity_id=item.entity_id,
            version=item.version,
            base_version=item.base_version,
            operation=item.operation,  # type: ignore[arg-type]  # validated into the enum
            payload=item.payload,
            payload_hash=item.payload_hash,
        )

    @staticmethod
    def _unique_refs(groups: object) -> list[BlobRef]:
        seen: dict[str, BlobRef] = {}
        for group in groups:  # type: ignore[attr-defined]
            for ref in group:
                seen.setdefault(ref.sha256, ref)
        return list(seen.values())

    def _quarantine(self, items: Sequence[PendingItem], code: str, message: str) -> None:
        for item in items:
            self._block(item)

        def store(session: Session) -> None:
            for item in items:
                state.set_state(session, item.seq, OutboxState.QUARANTINED.value, code, message)

        self._write_later(store)
        self._count_records(len(items), sum(i.size for i in items))

    def _count_up(self, result: SyncResult) -> Callable[[int], None]:
        def add(nbytes: int) -> None:
            with self._lock:
                result.bytes_up += nbytes
            self._count_bytes(nbytes)

        return add

    def _count_bytes(self, nbytes: int, skipped: int = 0) -> None:
        with self._lock:
            self._bytes_done += nbytes
            self._bytes_skipped += skipped
        if nbytes:
            self._meter.add(self._monotonic(), nbytes)
        self._report(None)

    def _count_records(self, records: int, nbytes: int) -> None:
        with self._lock:
            self._records_done += records
        self._count_bytes(nbytes)

    def _report(self, stage: Stage | None) -> None:
        with self._lock:
            if stage is not None:
                self._stage = stage
            total = max(self._bytes_done, self._bytes_planned - self._bytes_skipped)
            progress = SyncProgress(
                stage=self._stage,
                records_done=self._records_done,
                records_total=max(self._records_total, self._records_done),
                bytes_done=self._bytes_done,
                bytes_total=total,
                bytes_per_second=self._meter.rate(),
                eta_seconds=self._meter.eta(total - self._bytes_done),
            )
        if self._on_progress:
            self._on_progress(progress)

    def _finish(self, result: SyncResult) -> None:
        now = self._clock.now()
        if result.ok:
            level, code, message = "info", "sync.done", "Sync finished."
            if result.needs_officer:
                level, message = "warning", "Sync finished; some records need your attention."
        elif result.cancelled:
            level, code, message = "info", "sync.cancelled", "Sync was stopped."
        elif result.failure is FailureKind.NOT_AUTHORIZED:
            level, code = "error", "sync.not_authorized"
            message = f"The server refused this laptop ({result.error})."
        else:
            level, code = "warning", "sync.unavailable"
            message = f"The server could not be reached ({result.error})."
        with self._store.write() as session:
            point = state.checkpoint(session)
            point.last_attempt_at = now
            if result.ok:
                point.last_success_at = now
            state.add_log(
                session, at=now, level=level, code=code, message=message, counts=result.counts()
            )
        self._report(Stage.DONE)
