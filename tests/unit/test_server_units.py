"""Pure parts of the sync server: passwords and tokens, blob store, checks, apply on SQLite."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from golonline_desktop.domain.ids import new_id
from golonline_desktop.wire import ItemStatus, Operation
from golonline_server import accounts
from golonline_server.blobs import FilesystemBlobStore, HashMismatchError, OffsetMismatchError
from golonline_server.db import make_engine
from golonline_server.migrate import upgrade
from golonline_server.security import (
    decode_public_key,
    hash_password,
    token_hash,
    verify_password,
)
from golonline_server.sync import apply_push, central_edit, changes_since
from golonline_server.validation import check_envelope
from tests.integration.sync_payloads import business_change, replace_change, with_payload

TODAY = __import__("datetime").date(2026, 11, 27)


def test_passwords_and_tokens() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert verify_password("correct horse", stored)
    assert not verify_password("correct horsE", stored)
    assert not verify_password("x", "garbage")
    assert token_hash("abc") == hashlib.sha256(b"abc").hexdigest()
    assert decode_public_key("A" * 43) == bytes(32)
    assert decode_public_key("A" * 42) is None
    assert decode_public_key("A" * 42 + "=") is None


def test_blob_store_resumes_verifies_and_publishes_atomically(tmp_path: Path) -> None:
    store = FilesystemBlobStore(tmp_path)
    data = b"photo bytes " * 1000
    digest = hashlib.sha256(data).hexdigest()
    assert store.progress(digest, len(data)).have_bytes == 0
    assert not store.write_chunk(digest, 0, len(data), data[:5000]).complete
    assert not store.exists(digest)  # never visible half-written
    with pytest.raises(OffsetMismatchError) as mismatch:
        store.write_chunk(digest, 100, len(data), data[100:200])
    assert mismatch.value.expected == 5000
    assert store.progress(digest, len(data)).have_bytes == 5000
    assert store.write_chunk(digest, 5000, len(data), data[5000:]).complete
    assert store.final_path(digest).read_bytes() == data
    assert list((tmp_path / "partial").iterdir()) == []

    wrong = hashlib.sha256(b"other").hexdigest()
    with pytest.raises(HashMismatchError):
        store.write_chunk(wrong, 0, 5, b"bytes")
    assert not store.exists(wrong) and store.progress(wrong, 5).have_bytes == 0
    with pytest.raises(ValueError):
        store.final_path("../../etc/passwd")


def test_envelope_checks() -> None:
    good = business_change(1)
    assert check_envelope(good).payload["id"] == good.entity_id  # type: ignore[union-attr]
    cases = {
        "payload.hash_mismatch": replace_change(good, payload_hash="0" * 64),
        "envelope.entity": replace_change(good, entity="Device!"),
        "envelope.version": replace_change(good, base_version=1),
        "payload.id_mismatch": with_payload(good, id=new_id()),
        "payload.version_mismatch": with_payload(good, version=7),
    }
    for code, change in cases.items():
        assert check_envelope(change).code == code  # type: ignore[union-attr]


@pytest.fixture
def db(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")
    upgrade(engine)
    with engine.begin() as conn:
        for code in ("A", "B"):
            accounts.create_office(conn, code, code)
            accounts.create_officer(conn, code, f"u{code}", code, "password1")
        accounts.create_officer(conn, "A", "u2", "Two", "password1")
        first = accounts.enroll_device(conn, "uA", "password1", "one", "A" * 43).device
        second = accounts.enroll_device(conn, "u2", "password1", "two", "A" * 43).device
        other = accounts.enroll_device(conn, "uB", "password1", "b", "A" * 43).device
    yield engine, first, second, other
    engine.dispose()


def _push(engine, device, changes):
    with engine.begin() as conn:
        return apply_push(conn, device, changes, today=TODAY, regions=None)


def test_apply_paths_agree(db) -> None:
    engine, first, second, other = db
    one, two = business_change(1), business_change(2)
    edit = business_change(1, one.entity_id, version=2, business_name="Baru")
    # Two versions of one record in a batch take the per-item path; the answers match.
    assert [r.status for r in _push(engine, first, [one, two, edit])] == [ItemStatus.APPLIED] * 3
    assert [r.status for r in _push(engine, first, [one, edit])] == [ItemStatus.REPLAYED] * 2
    rival = business_change(1, one.entity_id, version=2, business_name="Lain")
    stale = business_change(2, two.entity_id, version=3)
    answers = _push(engine, second, [rival, stale])
    assert [(r.status, r.server_version) for r in answers] == [
        (ItemStatus.CONFLICT, 2),
        (ItemStatus.CONFLICT, 1),
    ]
    assert _push(engine, other, [business_change(3, two.entity_id, version=2)])[0].code == (
        "office.forbidden"
    )


def test_changes_feed_pages_and_includes_central_edits(db) -> None:
    engine, first, second, other = db
    pushed = [business_change(n) for n in range(5)]
    _push(engine, first, pushed)
    with engine.begin() as conn:
        version = central_edit(
            conn, first.office_id, "business", pushed[0].entity_id,
            json.dumps({"note": "fixed at the centre"}), Operation.UPSERT,
        )  # fmt: skip
    assert version == 2
    # The central edit took version 2: a device's own version 2 is now a conflict.
    late = business_change(0, pushed[0].entity_id, version=2, business_name="Telat")
    assert _push(engine, first, [late])[0].status is ItemStatus.CONFLICT

    seen, cursor, more = [], 0, True
    with engine.connect() as conn:
        while more:
            page = changes_since(conn, second, cursor, 2)
            seen.extend(page.changes)
            cursor, more = page.next_cursor, page.more
        own = changes_since(conn, first, 0, 100).changes
        foreign = changes_since(conn, other, 0, 100).changes
    business = [(c.entity_id, c.version) for c in seen if c.entity == "business"]
    assert business == [(c.entity_id, 1) for c in pushed] + [(pushed[0].entity_id, 2)]
    # The pusher sees the central edit (and the other device) but not its own pushes.
    assert [(c.entity, c.version) for c in own if c.entity == "business"] == [("business", 2)]
    assert all(c.entity == "device" for c in foreign)


def test_an_anonymised_business_passes_only_without_personal_data(db) -> None:
    """A data subject's anonymisation syncs as an update the owner checks cannot judge."""
    from golonline_desktop.domain.business import ANONYMISED_NAME, ANONYMISED_NIK

    engine, first, _second, _other = db
    original = business_change(40)
    assert _push(engine, first, [original])[0].status.value == "applied"
    blank = {
        "nik": ANONYMISED_NIK,
        "owner_name": ANONYMISED_NAME,
        "owner_birth_date": None,
        "phone": None,
        "email": None,
        "address_line": None,
        "anonymised": True,
    }
    anonymised = with_payload(
        replace_change(original, version=2, base_version=1), version=2, **blank
    )
    assert _push(engine, first, [anonymised])[0].status.value == "applied"
    leaky = with_payload(
        replace_change(original, version=3, base_version=2),
        version=3,
        **{**blank, "phone": "+6281234567890"},
    )
    result = _push(engine, first, [leaky])[0]
    assert result.status.value == "rejected" and result.code == "payload.anonymised"
