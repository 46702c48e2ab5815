"""The content-addressed store: layout, idempotence, verification, crash leftovers, GC."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from golonline_desktop.storage import photo_store
from golonline_desktop.storage.photo_store import PhotoStore

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _age(path: Path, when: datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "photos")


def test_put_names_files_by_sha256_in_two_levels(store: PhotoStore) -> None:
    data = b"photo bytes"
    sha = store.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.path_for(sha) == store.root / sha[:2] / sha[2:4] / f"{sha}.jpg"
    assert store.has(sha) and store.read_bytes(sha) == data
    with store.open(sha) as handle:
        assert handle.read() == data
    assert store.thumb_path(sha) == store.root / "thumbs" / sha[:2] / sha[2:4] / f"{sha}.jpg"


def test_put_is_idempotent_and_refreshes_age(store: PhotoStore) -> None:
    sha = store.put_bytes(b"same")
    _age(store.path_for(sha), NOW - timedelta(days=30))
    assert store.put_bytes(b"same") == sha
    assert store.path_for(sha).stat().st_mtime > (NOW - timedelta(days=1)).timestamp()
    assert list(store.iter_shas()) == [sha]


def test_put_replaces_a_damaged_copy(store: PhotoStore) -> None:
    sha = store.put_bytes(b"original")
    store.path_for(sha).write_bytes(b"bit rot")
    assert not store.verify(sha)
    store.put_bytes(b"original")
    assert store.verify(sha) and store.read_bytes(sha) == b"original"


def test_invalid_hashes_are_refused(store: PhotoStore) -> None:
    for bad in ("", "abc", "G" * 64, "A" * 64, "../" + "a" * 61):
        with pytest.raises(ValueError):
            store.path_for(bad)


def test_verify_and_verify_all(store: PhotoStore) -> None:
    good = store.put_bytes(b"good")
    damaged = store.put_bytes(b"will be damaged")
    store.path_for(damaged).write_bytes(b"changed")
    misplaced_sha = hashlib.sha256(b"misplaced").hexdigest()
    wrong_folder = store.root / "00" / "00"
    wrong_folder.mkdir(parents=True)
    (wrong_folder / f"{misplaced_sha}.jpg").write_bytes(b"misplaced")
    (store.path_for(good).parent / ".tmp-crash.part").write_bytes(b"partial")

    assert store.verify(good)
    assert not store.verify(damaged)
    assert not store.verify("f" * 64)
    assert sorted(store.verify_all()) == sorted([damaged, misplaced_sha])


def test_failed_write_leaves_nothing(store: PhotoStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(photo_store.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.put_bytes(b"never stored")
    assert [p for p in store.root.rglob("*") if p.is_file()] == []


def test_clean_temp_files_only_removes_old_leftovers(store: PhotoStore) -> None:
    sha = store.put_bytes(b"x")
    folder = store.path_for(sha).parent
    old = folder / ".tmp-old.part"
    young = folder / ".tmp-young.part"
    old.write_bytes(b"a")
    young.write_bytes(b"b")
    _age(old, NOW - timedelta(hours=2))
    _age(young, NOW - timedelta(seconds=5))
    removed = store.clean_temp_files(NOW, timedelta(hours=1))
    assert removed == [old]
    assert young.exists() and store.has(sha)


def test_garbage_needs_unreferenced_synced_and_old(store: PhotoStore) -> None:
    old = NOW - timedelta(days=10)
    shas = {}
    for label in ("referenced", "unsynced", "young", "garbage"):
        shas[label] = store.put_bytes(label.encode())
        store.put_thumbnail(shas[label], b"thumb " + label.encode())
        _age(store.path_for(shas[label]), old)
    _age(store.path_for(shas["young"]), NOW - timedelta(hours=1))

    removed = store.collect_garbage(
        referenced={shas["referenced"]},
        synced={shas["referenced"], shas["young"], shas["garbage"]},
        grace=timedelta(days=7),
        now=NOW,
    )

    assert removed == [shas["garbage"]]
    assert not store.has(shas["garbage"]) and not store.has_thumbnail(shas["garbage"])
    for label in ("referenced", "unsynced", "young"):
        assert store.has(shas[label]) and store.has_thumbnail(shas[label])


def test_re_added_photo_survives_gc(store: PhotoStore) -> None:
    sha = store.put_bytes(b"deleted then added again")
    _age(store.path_for(sha), datetime.now(UTC) - timedelta(days=30))
    store.put_bytes(b"deleted then added again")
    removed = store.collect_garbage(set(), {sha}, timedelta(days=7), datetime.now(UTC))
    assert removed == [] and store.has(sha)


def test_empty_store_is_consistent(tmp_path: Path) -> None:
    store = PhotoStore(tmp_path / "nothing-yet")
    assert store.verify_all() == []
    assert store.collect_garbage(set(), set(), timedelta(0), NOW) == []
