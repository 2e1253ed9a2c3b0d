"""The snapshot a backup carries: ``VACUUM INTO`` a staging file inside the data folder.

The copy stays SQLCipher-encrypted under the vault key and is compacted (no free pages, so no
remnants of erased clients). It is checked with ``integrity_check`` and
``cipher_integrity_check`` before it is encrypted into a backup, and again after a restore
extracts it. It is made in a private, locked staging area (``cleanup.staging_area``) that is deleted
when the backup ends; ``cleanup.clean_up_leftovers`` clears what a killed process left.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from coachdesk.domain.backup_errors import BackupSnapshotFailed
from coachdesk.domain.errors import Cancelled, CoachDeskError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.vault.connection import DatabaseError, Db, NotADatabase, open_readonly
from coachdesk.vault.fsutil import os_error_reason
from coachdesk.vault.vault import Vault

SNAPSHOT_NAME = "vault.db"


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def check_snapshot(path: Path, key: bytes) -> str | None:
    """None if *path* opens with *key* and passes both integrity checks, else what failed."""
    check = SnapshotCheck(path, key)
    check.run()
    return check.problem


class SnapshotCheck(threading.Thread):
    """``integrity_check`` + ``cipher_integrity_check`` of a snapshot, in a thread if wanted.

    The checks read every page (SQLite releases the GIL meanwhile), so ``create_backup`` runs
    them while it encrypts the same copy on the other core; only the rename waits for them.
    ``interrupt`` stops them early when the backup fails or is cancelled.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        super().__init__(name="backup-snapshot-check", daemon=True)
        self._path = path
        self._key = key
        self._db: Db | None = None
        self._lock = threading.Lock()
        self.problem: str | None = QT_TRANSLATE_NOOP("Errors", "the vault copy cannot be opened")

    def run(self) -> None:
        try:
            db = open_readonly(self._path, self._key)
        except NotADatabase:
            self.problem = QT_TRANSLATE_NOOP("Errors", "the vault copy cannot be read with its key")
            return
        except (CoachDeskError, DatabaseError):
            return
        with self._lock:
            self._db = db
        try:
            self.problem = _check(db)
        finally:
            with self._lock:
                self._db = None
            db.close()

    def interrupt(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.raw.interrupt()

    def result(self) -> str | None:
        self.join()
        return self.problem


def _check(db: Db) -> str | None:
    try:
        if [tuple(r) for r in db.raw.execute("PRAGMA integrity_check").fetchall()] != [("ok",)]:
            return QT_TRANSLATE_NOOP("Errors", "the vault copy fails its integrity check")
        if db.raw.execute("PRAGMA cipher_integrity_check").fetchall():
            return QT_TRANSLATE_NOOP("Errors", "the vault copy fails its encryption check")
    except DatabaseError:
        return QT_TRANSLATE_NOOP("Errors", "the vault copy cannot be read with its key")
    return None


@contextlib.contextmanager
def _interrupt_on(db: Db, cancel: threading.Event | None) -> Iterator[None]:
    """Interrupt *db*'s running statement as soon as *cancel* is set."""
    if cancel is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            if cancel.is_set():
                db.raw.interrupt()
                return

    watcher = threading.Thread(target=watch, name="backup-snapshot-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def make_snapshot(
    vault: Vault, folder: Path, *, check: bool = True, cancel: threading.Event | None = None
) -> Path:
    """A compacted, encrypted copy of the vault in *folder* (a private staging area).

    With *check* False the caller runs ``SnapshotCheck`` itself (and must not use the copy
    before it passed). Setting *cancel* interrupts the copy (``Cancelled``).
    """
    target = folder / SNAPSHOT_NAME
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # empty, 0600
        with vault.session() as db, _interrupt_on(db, cancel):
            try:
                db.raw.execute("VACUUM INTO ?", (str(target),))
            except DatabaseError:
                if cancel is not None and cancel.is_set():
                    raise Cancelled() from None
                raise
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        problem = check_snapshot(target, vault.key_for_backup()) if check else None
        if problem is not None:
            raise BackupSnapshotFailed(reason=problem)
    except BaseException as exc:
        _remove(target)
        if isinstance(exc, CoachDeskError):
            raise
        if isinstance(exc, OSError):
            raise BackupSnapshotFailed(reason=os_error_reason(exc)) from exc
        if isinstance(exc, DatabaseError):
            text = str(exc).lower()
            if "full" in text:
                reason = QT_TRANSLATE_NOOP("Errors", "the disk is full")
            elif "i/o" in text:
                reason = QT_TRANSLATE_NOOP(
                    "Errors", "the disk refused the write (full, or the file grew too large)"
                )
            else:
                reason = QT_TRANSLATE_NOOP("Errors", "the database refused the copy")
            raise BackupSnapshotFailed(reason=reason) from exc
        raise
    return target


def remove_snapshot(path: Path) -> None:
    _remove(path)
