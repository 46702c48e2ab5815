"""Content-addressed photo files: every photo is stored once, under its SHA-256.

Crash safety comes from the write order, not from luck: bytes go to a temporary file in
the destination folder, are fsynced, renamed onto the final name and the folder is
fsynced. A file under its final name is therefore always complete, and a kill or power
cut leaves at most a ``.tmp-*`` file behind, which :meth:`PhotoStore.clean_temp_files`
removes once it is old enough that no live writer can own it.

Layout (``root`` is the data folder's ``photos/``)::

    ab/cd/abcd…ef.jpg          the normalised photo, named by the SHA-256 of its bytes
    thumbs/ab/cd/abcd…ef.jpg   its thumbnail, named by the *photo's* hash (derived data)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
TEMP_PREFIX = ".tmp-"
SUFFIX = ".jpg"
THUMBS = "thumbs"


class PhotoStoreError(OSError):
    """A store operation failed; the store itself is still consistent."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_sha(sha: str) -> str:
    if not SHA256_PATTERN.match(sha):
        raise ValueError(f"not a lowercase SHA-256 hex digest: {sha!r}")
    return sha


def _fsync_dir(folder: Path) -> None:
    """Make a rename or a new entry in ``folder`` durable (no-op where unsupported: Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _ensure_dir(folder: Path) -> None:
    """Create ``folder`` and its missing parents, fsyncing each parent that gained an entry."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir()
        _fsync_dir(path.parent)


def atomic_write(destination: Path, data: bytes) -> None:
    """Write ``data`` so that ``destination`` is either absent/old or complete, never partial."""
    folder = destination.parent
    _ensure_dir(folder)
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_dir(folder)


def _file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class PhotoStore:
    """Photos by SHA-256 under ``root``; safe against kills, idempotent, self-verifying."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- names -------------------------------------------------------------------------

    def path_for(self, sha: str) -> Path:
        _check_sha(sha)
        return self.root / sha[:2] / sha[2:4] / f"{sha}{SUFFIX}"

    def thumb_path(self, sha: str) -> Path:
        _check_sha(sha)
        return self.root / THUMBS / sha[:2] / sha[2:4] / f"{sha}{SUFFIX}"

    def has(self, sha: str) -> bool:
        return self.path_for(sha).is_file()

    def has_thumbnail(self, sha: str) -> bool:
        return self.thumb_path(sha).is_file()

    def open(self, sha: str) -> BinaryIO:
        return self.path_for(sha).open("rb")

    def read_bytes(self, sha: str) -> bytes:
        return self.path_for(sha).read_bytes()

    # -- writing -----------------------------------------------------------------------

    def put_bytes(self, data: bytes) -> str:
        """Store ``data`` and return its SHA-256; storing the same bytes again is a no-op.

        An existing file is re-hashed before it is trusted (a damaged copy is replaced)
        and its modification time refreshed, so a photo re-added just now is protected
        by the garbage collector's grace period.
        """
        sha = sha256_hex(data)
        destination = self.path_for(sha)
        if destination.is_file() and self.verify(sha):
            try:
                os.utime(destination)
                return sha
            except FileNotFoundError:
                pass  # the collector took it just now: write it again below
            except OSError:
                return sha  # a read-only medium: the file is there and sound
        atomic_write(destination, data)
        return sha

    def put_thumbnail(self, photo_sha: str, data: bytes) -> Path:
        destination = self.thumb_path(photo_sha)
        atomic_write(destination, data)
        return destination

    # -- checking ----------------------------------------------------------------------

    def verify(self, sha: str) -> bool:
        """True when the stored file exists and its bytes hash to ``sha``."""
        path = self.path_for(sha)
        try:
            return _file_sha256(path) == sha
        except OSError:
            return False

    def iter_shas(self) -> Iterator[str]:
        """The hashes of files stored under their final names (temp files are skipped)."""
        for path in self._final_files():
            yield path.name[: -len(SUFFIX)]

    def _final_files(self) -> Iterator[Path]:
        if not self.root.is_dir():
            return
        for first in sorted(self.root.iterdir()):
            if len(first.name) != 2 or not first.is_dir():
                continue
            for second in sorted(first.iterdir()):
                if not second.is_dir():
                    continue
                for path in sorted(second.iterdir()):
                    if path.name.endswith(SUFFIX) and not path.name.startswith(TEMP_PREFIX):
                        yield path

    def verify_all(self) -> list[str]:
        """Names of files whose bytes do not match their name or that sit in the wrong folder."""
        bad: list[str] = []
        for path in self._final_files():
            name = path.name[: -len(SUFFIX)]
            if not SHA256_PATTERN.match(name) or path != self.path_for(name):
                bad.append(name)
                continue
            try:
                if _file_sha256(path) != name:
                    bad.append(name)
            except OSError:
                bad.append(name)
        return bad

    # -- cleaning ----------------------------------------------------------------------

    def clean_temp_files(self, now: datetime, older_than: timedelta) -> list[Path]:
        """Remove leftovers of interrupted writes that are older than ``older_than``.

        The age guard keeps a writer in another process (the CLI beside the GUI) safe:
        its temp file is seconds old, a crash leftover is not.
        """
        removed: list[Path] = []
        if not self.root.is_dir():
            return removed
        cutoff = (now - older_than).timestamp()
        for path in self.root.rglob(f"{TEMP_PREFIX}*"):
            try:
                if path.is_file() and path.stat().st_mtime <= cutoff:
                    path.unlink()
                    removed.append(path)
            except FileNotFoundError:
                continue
        return removed

    def collect_garbage(
        self, referenced: set[str], synced: set[str], grace: timedelta, now: datetime
    ) -> list[str]:
        """Delete photos that nothing references, the server already has, and that are old.

        All three conditions must hold: an unsynced photo may be the only copy, and a
        young one may belong to a record being saved right now. Safe beside
        :meth:`put_bytes` in another thread or process (see :meth:`_remove_if_old`).
        """
        cutoff = (now - grace).timestamp()
        removed: list[str] = []
        for sha in list(self.iter_shas()):
            if sha in referenced or sha not in synced:
                continue
            if self._remove_if_old(sha, cutoff):
                with contextlib.suppress(FileNotFoundError):
                    self.thumb_path(sha).unlink()
                removed.append(sha)
        self.clean_temp_files(now, grace)
        return removed

    def _remove_if_old(self, sha: str, cutoff: float) -> bool:
        """Delete the photo unless it was stored or re-added after ``cutoff``.

        A :meth:`put_bytes` of the same bytes may run meanwhile: it refreshes the file's
        time, and writes the file again when it is gone. So the file is first renamed
        aside (atomic: from then on ``put_bytes`` writes a new copy), its time checked
        once more on the renamed file, and only then deleted; a refreshed file is put
        back. A crash in between leaves a ``.tmp-`` file that :meth:`clean_temp_files`
        removes.
        """
        path = self.path_for(sha)
        aside = path.with_name(f"{TEMP_PREFIX}gc-{path.name}")
        try:
            if path.stat().st_mtime > cutoff:
                return False
            os.replace(path, aside)
        except OSError:  # gone already, or open elsewhere (Windows): try again next time
            return False
        try:
            if aside.stat().st_mtime > cutoff:
                os.replace(aside, path)  # re-added meanwhile: same bytes, keep it
                return False
            aside.unlink()
        except OSError:
            return False
        _fsync_dir(path.parent)
        return not path.exists()  # written again meanwhile: it stays, with its thumbnail
