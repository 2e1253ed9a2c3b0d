"""Durable, atomic file writes and the mapping of OS errors to messages a coach understands."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from coachdesk.domain.errors import StorageError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Errors", "the file would become too large for this disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission was denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "permission was denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "a file or folder vanished"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the disk reported an input/output error"),
}


def os_error_reason(exc: OSError) -> str:
    return _REASONS.get(
        exc.errno or 0, exc.strerror or QT_TRANSLATE_NOOP("Errors", "the disk refused the write")
    )


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn OS write failures into ``StorageError`` with a plain reason."""
    try:
        yield
    except OSError as exc:
        raise StorageError(reason=os_error_reason(exc)) from exc


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in *path* survive power loss (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write *data* to *path* so that readers see the old or the new file, never a mix."""
    tmp = path.with_name(f".{path.name}.tmp")
    with storage_errors():
        try:
            # A temp file left by a killed writer would keep its own permissions (and could be
            # a link elsewhere); start from a new file so *mode* holds.
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise


def copy_durably(src: Path, dst: Path) -> None:
    """Copy a file byte for byte and fsync it (used for pre-migration copies)."""
    with storage_errors():
        with open(src, "rb") as fin, open(dst, "wb") as fout:
            while chunk := fin.read(1 << 20):
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        os.chmod(dst, 0o600)
        fsync_dir(dst.parent)


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
