"""Which backups of this vault to keep in a folder: the newest, and per day, week and month.

Like ``restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12``: walking from new to
old, the newest backup of each of the last N days (weeks, months) that have one is kept. Only
files named like a backup of *this* vault whose header says so are ever considered; anything
else in the folder, and any backup whose header cannot be read, is left alone.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backup.container import SUFFIX, read_header
from coachdesk.vault.fsutil import fsync_dir

NAME = re.compile(r"coachdesk-backup-(\d{8})-(\d{6})-([0-9a-f]{8})(?:-(\d+))?" + re.escape(SUFFIX))


def backups_of_vault(folder: Path, vault_id: str) -> list[tuple[datetime, Path]]:
    """This vault's backups in *folder*, newest first, each confirmed by its header."""
    found: list[tuple[datetime, int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = NAME.fullmatch(path.name)
        if not match or match.group(3) != vault_id[:8] or not path.is_file():
            continue
        try:
            header = read_header(path)
        except CoachDeskError:
            continue
        if header.vault_id == vault_id:
            found.append((header.created, int(match.group(4) or 1), path))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)  # -2 is newer than its twin
    return [(created, path) for created, _n, path in found]


def to_keep(created: list[datetime], daily: int, weekly: int, monthly: int) -> set[int]:
    """Indexes (into *created*, newest first) of the backups the rotation keeps."""
    keep = {0} if created else set()
    rules = (
        (daily, lambda d: d.date()),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    )
    for count, bucket in rules:
        seen: list[object] = []
        for index, moment in enumerate(created):
            key = bucket(moment)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(index)
    return keep


def rotate(
    folder: Path, vault_id: str, daily: int, weekly: int, monthly: int, *, newest: Path
) -> list[Path]:
    """Delete this vault's backups the rotation does not keep (never *newest*); return them."""
    found = backups_of_vault(folder, vault_id)
    keep = to_keep([c for c, _p in found], daily, weekly, monthly)
    removed = []
    for index, (_created, path) in enumerate(found):
        if index not in keep and path != newest:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return removed
