"""The payload's plaintext, a tar stream, produced and consumed without holding it in memory.

``TarSource`` is a readable file object (handed to ``pyrage.encrypt_io``) that yields
``manifest.json`` then ``vault.db`` as a tar stream, reading the snapshot chunk by chunk.
``TarSink`` is a writable one (handed to ``pyrage.decrypt_io``) that parses that stream as it
arrives: it keeps the manifest, and hashes (and optionally writes) the snapshot. Both report
progress and stop at the next chunk when *cancel* is set, by raising from inside pyrage's
loop; pyrage wraps the exception, so the caller re-raises ``.error`` afterwards.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
import threading
from collections.abc import Callable
from typing import BinaryIO

from coachdesk.domain.errors import Cancelled

Progress = Callable[[int, int], None]
MANIFEST_NAME = "manifest.json"
SNAPSHOT_NAME = "vault.db"
MANIFEST_LIMIT = 256 << 20  # a manifest (the ledger) larger than this is not ours
BLOCK = 512
PROGRESS_STEP = 4 << 20


def tar_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    return info.tobuf(tarfile.GNU_FORMAT, "utf-8", "strict")


def _pad(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


class Meter:
    """Counts bytes, reports every few MiB, and raises ``Cancelled`` when asked to stop."""

    def __init__(
        self, total: int, progress: Progress | None, cancel: threading.Event | None, base: int = 0
    ) -> None:
        self.total = total
        self.done = base
        self._progress = progress
        self._cancel = cancel
        self._next = base

    def add(self, n: int) -> None:
        self.done += n
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled()
        if self._progress is not None and self.done >= self._next:
            self._next = self.done + PROGRESS_STEP
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)


class TarSource(io.RawIOBase):
    """manifest.json + vault.db as one tar stream, read on demand."""

    def __init__(self, manifest: bytes, snapshot: BinaryIO, size: int, mtime: int, meter: Meter):
        super().__init__()
        self._parts: list[bytes | BinaryIO] = [
            tar_header(MANIFEST_NAME, len(manifest), mtime) + manifest + _pad(len(manifest)),
            tar_header(SNAPSHOT_NAME, size, mtime),
            snapshot,
            _pad(size) + b"\0" * (2 * BLOCK),
        ]
        self._size = size
        self._read = 0  # bytes taken from the snapshot
        self._meter = meter
        self._buffer = b""
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        memoryview(buffer)[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        """pyrage calls this with its buffer size (8 KiB); one Python call per chunk."""
        try:
            return self._read_some(size if size >= 0 else 1 << 20)
        except BaseException as exc:
            self.error = exc
            raise

    def _read_some(self, size: int) -> bytes:
        while self._parts:
            part = self._parts[0]
            if isinstance(part, bytes):
                if not part:
                    self._parts.pop(0)
                    continue
                self._parts[0] = part[size:]
                return part[:size]
            want = min(size, self._size - self._read)
            data = part.read(want) if want else b""
            if not data:
                if self._read != self._size:
                    raise OSError("the snapshot changed size while it was read")
                self._parts.pop(0)
                continue
            self._read += len(data)
            self._meter.add(len(data))
            return data
        return b""


class StreamEnd(Exception):
    """Raised by ``TarSink`` to stop decryption early (only the manifest was wanted)."""


class BadStream(Exception):
    """The decrypted stream is not the tar this program writes."""


class TarSink(io.RawIOBase):
    """Parses the decrypted tar stream as pyrage writes it."""

    def __init__(
        self, out: BinaryIO | None, meter: Meter | None, *, manifest_only: bool = False
    ) -> None:
        super().__init__()
        self._out = out
        self._meter = meter
        self._manifest_only = manifest_only
        self._expect = [MANIFEST_NAME, SNAPSHOT_NAME]
        self._header = bytearray()
        self._member: str | None = None
        self._left = 0
        self._skip = 0
        self._zeros = 0
        self.manifest = bytearray()
        self.snapshot_size = 0
        self.sha256 = hashlib.sha256()
        self.finished = False
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if self.error is not None:  # pyrage may write again after an error: stay stopped
            raise self.error
        try:
            self._feed(memoryview(data))
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def _feed(self, view: memoryview) -> None:
        while view:
            if self._left:
                n = min(self._left, len(view))
                self._content(view[:n])
                self._left -= n
                view = view[n:]
                if not self._left:
                    self._end_member()
                continue
            if self._skip:
                n = min(self._skip, len(view))
                if any(view[:n]):
                    raise BadStream("padding is not zero")
                self._skip -= n
                view = view[n:]
                continue
            n = min(BLOCK - len(self._header), len(view))
            self._header += view[:n]
            view = view[n:]
            if len(self._header) == BLOCK:
                self._block(bytes(self._header))
                self._header.clear()

    def _block(self, block: bytes) -> None:
        if self.finished:
            raise BadStream("data after the end of the archive")
        if not any(block):
            if self._expect:
                raise BadStream("the archive ends early")
            self._zeros += 1
            self.finished = self._zeros == 2
            return
        if not self._expect or self._zeros:
            raise BadStream("an unexpected member")
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
        except tarfile.TarError as exc:
            raise BadStream("a damaged member header") from exc
        if info.name != self._expect[0] or not info.isfile():
            raise BadStream(f"unexpected member {info.name!r}")
        if info.name == MANIFEST_NAME and info.size > MANIFEST_LIMIT:
            raise BadStream("the manifest is too large")
        self._expect.pop(0)
        self._member = info.name
        self._left = info.size
        self._skip = -info.size % BLOCK
        if not self._left:
            self._end_member()

    def _content(self, chunk: memoryview) -> None:
        if self._member == MANIFEST_NAME:
            self.manifest += chunk
            return
        self.sha256.update(chunk)
        self.snapshot_size += len(chunk)
        if self._out is not None:
            self._out.write(chunk)
        if self._meter is not None:
            self._meter.add(len(chunk))

    def _end_member(self) -> None:
        if self._member == MANIFEST_NAME and self._manifest_only:
            raise StreamEnd()
