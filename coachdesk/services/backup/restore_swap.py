"""Swapping a restored vault in for the live one, so that a crash at any moment leaves either.

Before the swap, ``<staging>/new/`` holds the complete new vault (``vault.db`` under its new
key, checkpointed, ``vault.meta.json`` and ``erasure-ledger.json``), every file fsynced, and
the new key is in the keychain under the *pending* account. Then:

1. ``restore-journal.json`` is written (atomically): the staging folder, the new file's size
   and key check, the vault id — the commit point: from here on the new vault wins;
2. the live files (``vault.db``, ``-wal``, ``-shm``, meta, sidecar) move to ``<staging>/old/``;
3. the new files move in;
4. the keychain's pending key becomes the key, the journal is deleted, the staging folder
   (old files included) goes.

``settle_swap`` at the next start (or by ``clean_up_leftovers``) finds the journal and redoes
what is missing: each file is in exactly one known place at every step, so rolling forward is
a matter of renames. It rolls back — old files back in, new ones out — only when the new files
are no longer complete (something outside CoachDesk removed them). The decision is written
into the journal before acting, so a crash while settling settles the same way next time.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from coachdesk.domain.errors import KeyringUnavailable
from coachdesk.paths import DataPaths
from coachdesk.services.backup.cleanup import LOCK_SUFFIX, in_use, staging_root
from coachdesk.vault import keyring_slot
from coachdesk.vault.fsutil import atomic_write_bytes, fsync_dir, storage_errors
from coachdesk.vault.keys import key_matches
from coachdesk.vault.meta import load_meta

JOURNAL = "restore-journal.json"
JOURNAL_FORMAT = "coachdesk-restore-journal"
NEW_FILES = ("vault.db", "vault.meta.json", "erasure-ledger.json")
OLD_FILES = ("vault.db", "vault.db-wal", "vault.db-shm", "vault.meta.json", "erasure-ledger.json")
MOVED_MARK = ".all-moved-aside"
StepHook = Callable[[str], None]


def journal_path(paths: DataPaths) -> Path:
    return paths.root / JOURNAL


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_journal(paths: DataPaths, info: dict[str, object]) -> None:
    data = json.dumps({"format": JOURNAL_FORMAT, "version": 1, **info}, indent=1) + "\n"
    atomic_write_bytes(journal_path(paths), data.encode())


def _promote_keyring(vault_id: str, key_check: str) -> None:
    """Make the pending keychain entry the vault's key, if it is the restored one."""
    with contextlib.suppress(KeyringUnavailable):
        key = keyring_slot.load_key(vault_id, pending=True)
        if key is not None and key_matches(key, key_check):
            keyring_slot.store_key(vault_id, key)
            keyring_slot.delete_key(vault_id, pending=True)


def drop_pending_keyring(vault_id: str, key_check: str) -> None:
    """Forget a pending keychain entry a failed or rolled-back restore stored."""
    with contextlib.suppress(KeyringUnavailable):
        key = keyring_slot.load_key(vault_id, pending=True)
        if key is not None and key_matches(key, key_check):
            keyring_slot.delete_key(vault_id, pending=True)


def swap_in(
    paths: DataPaths,
    area: Path,
    *,
    vault_id: str,
    key_check: str,
    keyring: bool,
    on_step: StepHook | None = None,
) -> None:
    """Replace the live vault by ``<area>/new`` (see the module docstring)."""
    step = on_step or (lambda _name: None)
    new = area / "new"
    with storage_errors():
        for name in NEW_FILES:
            fsync_file(new / name)
        fsync_dir(new)
        info = {
            "staging": area.name,
            "vault_id": vault_id,
            "vault_db_size": (new / "vault.db").stat().st_size,
            "vault_db_salt": _salt(new / "vault.db"),
            "key_check": key_check,
            "keyring": keyring,
            "decision": "forward",
        }
        _write_journal(paths, info)
        step("journal")
        _roll_forward(paths, area, info, step)
    step("committed")


def _roll_forward(paths: DataPaths, area: Path, info: dict[str, object], step: StepHook) -> None:
    new, old = area / "new", area / "old"
    root = paths.root
    old.mkdir(mode=0o700, exist_ok=True)
    db_moved_in = not (new / "vault.db").exists()
    for name in OLD_FILES:
        live = root / name
        belongs_to_old = (new / name).exists() if name in NEW_FILES else not db_moved_in
        if belongs_to_old and live.exists():
            os.replace(live, old / name)
    fsync_dir(root)
    (old / MOVED_MARK).touch()  # from here on, every live file of a NEW_FILES name is new
    fsync_dir(old)
    step("moved-aside")
    for name in NEW_FILES:
        if (new / name).exists():
            os.replace(new / name, root / name)
            step(f"moved-in:{name}")
    fsync_dir(root)
    if info.get("keyring"):
        _promote_keyring(str(info["vault_id"]), str(info["key_check"]))
    step("keyring")
    _finish(paths, area)


def _finish(paths: DataPaths, area: Path) -> None:
    journal_path(paths).unlink()
    fsync_dir(paths.root)
    shutil.rmtree(area, ignore_errors=True)
    with contextlib.suppress(OSError):
        area.with_name(area.name + LOCK_SUFFIX).unlink()
    with contextlib.suppress(OSError):
        area.parent.rmdir()  # only when empty


def _new_vault_complete(paths: DataPaths, area: Path, info: dict[str, object]) -> bool:
    def where(name: str) -> Path:
        staged = area / "new" / name
        return staged if staged.exists() else paths.root / name

    try:
        db = where("vault.db")
        if db.stat().st_size != info["vault_db_size"] or _salt(db) != info["vault_db_salt"]:
            return False
        if not where("erasure-ledger.json").exists():
            return False
        return key_matches_meta(where("vault.meta.json"), str(info["key_check"]))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _salt(db_file: Path) -> str:
    """The first 16 bytes of a SQLCipher file: its random salt, which tells two vaults apart."""
    with open(db_file, "rb") as fh:
        return fh.read(16).hex()


def key_matches_meta(meta_file: Path, key_check: str) -> bool:
    try:
        return load_meta(meta_file).slots.key_check == key_check
    except Exception:  # unreadable or missing: not the new meta
        return False


def _roll_back(paths: DataPaths, area: Path, info: dict[str, object]) -> None:
    new, old = area / "new", area / "old"
    root = paths.root
    new.mkdir(mode=0o700, parents=True, exist_ok=True)
    if (old / MOVED_MARK).exists():
        for name in NEW_FILES:
            if not (new / name).exists() and (root / name).exists():
                os.replace(root / name, new / name)  # moved in: out again
    for name in OLD_FILES:
        if (old / name).exists():
            os.replace(old / name, root / name)
    fsync_dir(root)
    if info.get("keyring"):
        drop_pending_keyring(str(info["vault_id"]), str(info["key_check"]))
    _finish(paths, area)


def settle_swap(paths: DataPaths) -> str | None:
    """Finish or undo an interrupted swap; None when there was none (or its owner still runs)."""
    journal = journal_path(paths)
    if not journal.exists():
        return None
    try:
        info = json.loads(journal.read_bytes())
        if info.get("format") != JOURNAL_FORMAT:
            raise ValueError("not a restore journal")
        area = staging_root(paths) / str(info["staging"])
        if Path(str(info["staging"])).name != str(info["staging"]):
            raise ValueError("staging outside the data folder")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return "restore journal unreadable; left as it was"
    if in_use(area.with_name(area.name + LOCK_SUFFIX)):
        return None  # the restoring process is alive and will finish it itself
    with storage_errors():
        if info.get("decision") == "forward" and not _new_vault_complete(paths, area, info):
            info["decision"] = "back"
            _write_journal(paths, info)
        if info.get("decision") == "back":
            _roll_back(paths, area, info)
            return "interrupted restore rolled back"
        _roll_forward(paths, area, info, lambda _name: None)
    return "interrupted restore completed"
