"""Private staging areas inside the data folder, and settling whatever a killed run left there.

Backups and restores work in ``<data dir>/backup-staging/<name>/`` (0700, same filesystem as
the vault, so renames are atomic). While an operation runs it holds an exclusive lock on
``<name>.lock`` beside its folder; the kernel drops the lock when the process dies, however it
dies. ``clean_up_leftovers`` — called by the CLI and the app before a vault is opened — first
settles an interrupted restore swap (``restore_swap.settle_swap``: roll forward when the new
vault is complete, else back), then deletes every staging folder no live process holds, and
``*.partial`` files in the data folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from coachdesk.paths import DataPaths
from coachdesk.vault.fsutil import storage_errors

STAGING_DIR = "backup-staging"
LOCK_SUFFIX = ".lock"

try:  # POSIX; elsewhere an open file cannot be deleted, which protects it well enough
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def staging_root(paths: DataPaths) -> Path:
    return paths.root / STAGING_DIR


@dataclass(frozen=True, slots=True)
class StagingArea:
    """One operation's private folder; ``lock_handle`` keeps it ours until closed."""

    path: Path
    lock_handle: IO[bytes]

    def release(self) -> None:
        with contextlib.suppress(OSError):
            self.lock_handle.close()


def _make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, exist_ok=True)
    os.chmod(path, 0o700)  # also when it existed with wider rights, or umask widened it


def _try_lock(handle: IO[bytes]) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def open_staging(paths: DataPaths, prefix: str) -> StagingArea:
    """Create and lock a fresh folder ``backup-staging/<prefix>-<random>`` (0700)."""
    with storage_errors():
        _make_private_dir(staging_root(paths))
        name = f"{prefix}-{secrets.token_hex(6)}"
        handle = open(staging_root(paths) / (name + LOCK_SUFFIX), "ab")  # noqa: SIM115
        if not _try_lock(handle):  # pragma: no cover - a random name nobody else has
            handle.close()
            raise OSError("staging area in use")
        path = staging_root(paths) / name
        _make_private_dir(path)
    return StagingArea(path, handle)


@contextlib.contextmanager
def staging_area(paths: DataPaths, prefix: str) -> Iterator[Path]:
    """A private, locked staging folder that is deleted (with its lock) on the way out."""
    area = open_staging(paths, prefix)
    try:
        yield area.path
    finally:
        discard_staging(paths, area)


def discard_staging(paths: DataPaths, area: StagingArea) -> None:
    """Delete *area*, its lock file, and ``backup-staging`` itself when nothing else is in it."""
    shutil.rmtree(area.path, ignore_errors=True)
    with contextlib.suppress(OSError):
        area.path.with_name(area.path.name + LOCK_SUFFIX).unlink()
    area.release()
    with contextlib.suppress(OSError):
        staging_root(paths).rmdir()  # only when empty


def in_use(lock_file: Path) -> bool:
    """True while a live process holds *lock_file* (a missing file is not in use)."""
    try:
        handle = open(lock_file, "rb")  # noqa: SIM115
    except OSError:
        return False
    try:
        if fcntl is None:  # pragma: no cover - Windows
            return False
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        return False
    finally:
        handle.close()


def clean_up_leftovers(paths: DataPaths) -> list[str]:
    """Settle an interrupted restore and delete abandoned staging; returns what was done.

    Cheap when there is nothing to do (two ``stat`` calls), so it runs at every start.
    """
    from coachdesk.services.backup.restore_swap import settle_swap

    root = paths.root
    if not root.is_dir():
        return []
    done: list[str] = []
    if (outcome := settle_swap(paths)) is not None:
        done.append(outcome)
    staging = staging_root(paths)
    if staging.is_dir():
        for entry in sorted(staging.iterdir()):
            if entry.name.endswith(LOCK_SUFFIX):
                continue
            lock = entry.with_name(entry.name + LOCK_SUFFIX)
            if in_use(lock):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()
            done.append(f"removed {STAGING_DIR}/{entry.name}")
        for lock in staging.glob("*" + LOCK_SUFFIX):
            if not lock.with_name(lock.name[: -len(LOCK_SUFFIX)]).exists() and not in_use(lock):
                with contextlib.suppress(OSError):
                    lock.unlink()
        with contextlib.suppress(OSError):
            staging.rmdir()
    for partial in root.glob("*.partial"):
        with contextlib.suppress(OSError):
            partial.unlink()
            done.append(f"removed {partial.name}")
    return done
