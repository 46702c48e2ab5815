"""Content-addressed blob storage with resumable, hash-verified uploads.

``BlobStore`` is the interface the API uses; ``FilesystemBlobStore`` keeps one partial
file per blob being uploaded (``partial/<sha256>.part``), appends each chunk at the offset
the client names, fsyncs it, and when the last byte arrives verifies the SHA-256 and
renames the file into ``objects/ab/cd/<sha256>``: a blob is either absent or whole and
correct. An S3-compatible store can implement the same interface later (multipart upload
as the partial state).

``ingest`` takes a blob out of a received pack (``uploads.py``): it copies the byte range
into a temporary file, hashing as it goes, and renames it into place only when the hash
matches, so a pack never leaves half a blob or a wrong one behind.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_READ_CHUNK = 1024 * 1024


class BlobError(Exception):
    pass


class OffsetMismatchError(BlobError):
    def __init__(self, expected: int) -> None:
        super().__init__(f"upload resumes at byte {expected}")
        self.expected = expected


class HashMismatchError(BlobError):
    pass


class LengthExceededError(BlobError):
    pass


class UploadBusyError(BlobError):
    pass


@dataclass(frozen=True)
class Progress:
    have_bytes: int
    complete: bool


class BlobStore(Protocol):
    def progress(self, sha256: str, size: int) -> Progress: ...

    def write_chunk(self, sha256: str, offset: int, total: int, data: bytes) -> Progress: ...

    def exists(self, sha256: str) -> bool: ...

    def ingest(self, sha256: str, fd: int, offset: int, size: int) -> None:
        """Store bytes ``offset..offset+size`` of the open file ``fd`` as the blob ``sha256``.

        Raises ``HashMismatchError`` (storing nothing) when they are not that blob.
        """
        ...


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FilesystemBlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._objects = self.root / "objects"
        self._partial = self.root / "partial"
        self._objects.mkdir(parents=True, exist_ok=True)
        self._partial.mkdir(parents=True, exist_ok=True)

    def final_path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        return self._objects / sha256[:2] / sha256[2:4] / sha256

    def _partial_path(self, sha256: str) -> Path:
        self.final_path(sha256)  # validates
        return self._partial / f"{sha256}.part"

    def exists(self, sha256: str) -> bool:
        return self.final_path(sha256).is_file()

    def progress(self, sha256: str, size: int) -> Progress:
        if self.exists(sha256):
            return Progress(size, True)
        partial = self._partial_path(sha256)
        try:
            have = partial.stat().st_size
        except FileNotFoundError:
            return Progress(0, False)
        if have > size:
            # Left by a client that declared another size: it cannot be this blob.
            partial.unlink(missing_ok=True)
            have = 0
        return Progress(have, False)

    def write_chunk(self, sha256: str, offset: int, total: int, data: bytes) -> Progress:
        final = self.final_path(sha256)
        if final.is_file():
            return Progress(final.stat().st_size, True)
        partial = self._partial_path(sha256)
        fd = os.open(partial, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                    raise UploadBusyError("another upload of this blob is in progress") from exc
                raise
            have = os.fstat(fd).st_size
            if offset != have:
                raise OffsetMismatchError(have)
            received = offset + len(data)
            if received > total:
                raise LengthExceededError(f"{received} bytes exceed the declared {total}")
            if data:
                os.pwrite(fd, data, offset)
                os.fsync(fd)
            if received < total:
                return Progress(received, False)
            if self._hash(fd) != sha256:
                os.ftruncate(fd, 0)
                partial.unlink(missing_ok=True)
                raise HashMismatchError("the uploaded bytes do not match the SHA-256")
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial, final)
            _fsync_dir(final.parent)
            _fsync_dir(self._partial)
            return Progress(received, True)
        finally:
            os.close(fd)

    def ingest(self, sha256: str, fd: int, offset: int, size: int) -> None:
        final = self.final_path(sha256)
        if final.is_file():
            return
        temp = self._partial / f"{sha256}.{uuid.uuid4().hex}.ingest"
        digest = hashlib.sha256()
        out = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            position, end = offset, offset + size
            while position < end:
                block = os.pread(fd, min(_READ_CHUNK, end - position), position)
                if not block:
                    raise HashMismatchError("the pack is shorter than its manifest")
                digest.update(block)
                os.write(out, block)
                position += len(block)
            if digest.hexdigest() != sha256:
                raise HashMismatchError("the uploaded bytes do not match the SHA-256")
            os.fsync(out)
        except BaseException:
            os.close(out)
            temp.unlink(missing_ok=True)
            raise
        os.close(out)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temp, final)
        _fsync_dir(final.parent)

    @staticmethod
    def _hash(fd: int) -> str:
        digest = hashlib.sha256()
        position = 0
        while chunk := os.pread(fd, _READ_CHUNK, position):
            digest.update(chunk)
            position += len(chunk)
        return digest.hexdigest()
