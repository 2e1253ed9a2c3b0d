"""The outer ZIP of a backup: opened strictly, members read with their CRC checked.

The framing (local headers, directory, end records) must be byte for byte what the writer
writes for these members, CRCs and sizes: fixed versions, flags and attributes, one timestamp
(the header's ``created``, checked by ``container.read_header``), no extra fields or comments,
members back to back in a fixed order, nothing before, between or after. The members' own bytes
are covered by their CRC, by hashes in the authenticated manifest, or by age itself. What
cannot be read is told apart: a file that still shows a backup's marks is *damaged*, anything
else is *not a backup*.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

from coachdesk.domain.backup_errors import BackupDamaged, NotABackup
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

README_NAME = "README.txt"
HEADER_NAME = "backup.json"
SLOT_NAME = "passphrase-slot.json"
PASSPHRASE_NAME = "passphrase-identity.bin"
PAYLOAD_NAME = "payload.age"
README_MARK = b"CoachDesk backup"
HEADER_LIMIT = 1 << 20
_EOCD = b"PK\x05\x06"


def damaged(file: Path, detail: str) -> BackupDamaged:
    return BackupDamaged(name=file.name, detail=detail)


def _looks_like_ours(file: Path) -> bool:
    """Whether an unreadable file still shows the marks of a CoachDesk backup."""
    try:
        with open(file, "rb") as fh:
            head = fh.read(4096)
            fh.seek(max(0, os.fstat(fh.fileno()).st_size - 4096))
            tail = fh.read()
    except OSError:
        return False
    return README_MARK in head or HEADER_NAME.encode() in head or PAYLOAD_NAME.encode() in tail


_MEMBERS = (
    (README_NAME, HEADER_NAME, PAYLOAD_NAME),
    (README_NAME, HEADER_NAME, SLOT_NAME, PASSPHRASE_NAME, PAYLOAD_NAME),
)
_ATTR = 0o100600 << 16  # a regular file, 0600, made on Unix (system 3)


def dos_time(date_time: tuple[int, ...]) -> tuple[int, int]:
    """(time, date) as a ZIP header stores *date_time* (two-second steps)."""
    year, month, day, hour, minute, second = date_time[:6]
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


def _frames(infos: list[zipfile.ZipInfo], when: tuple[int, int]) -> tuple[list[bytes], bytes]:
    """Every local header and the tail (directory and end records) exactly as the writer
    makes them (``zipfile`` with ``writer._info``; the payload written with force_zip64), for
    these names, CRCs and sizes. Anything else in a backup's framing is damage."""
    limit = zipfile.ZIP64_LIMIT
    locals_: list[bytes] = []
    central = b""
    offset = 0
    for info in infos:
        name, crc, size = info.filename.encode("ascii"), info.CRC, info.file_size
        big = info.filename == PAYLOAD_NAME or size * 1.05 > limit  # as zipfile decides
        extra = struct.pack("<HHQQ", 1, 16, size, size) if big else b""
        sizes = 0xFFFFFFFF if big else size
        local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 45 if big else 20, 0, 0, 0, *when,
                            crc, sizes, sizes, len(name), len(extra)) + name + extra  # fmt: skip
        wide = [size, size] if size > limit else []
        if offset > limit:
            wide.append(offset)
        cextra = struct.pack("<HH" + "Q" * len(wide), 1, 8 * len(wide), *wide) if wide else b""
        version = 45 if big or wide else 20
        csize = 0xFFFFFFFF if size > limit else size
        at = offset if offset <= limit else 0xFFFFFFFF
        central += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", version, 3, version, 0, 0, 0,
                               *when, crc, csize, csize, len(name), len(cextra), 0, 0, 0, _ATTR,
                               at) + name + cextra  # fmt: skip
        locals_.append(local)
        offset += len(local) + size
    count, cd_size = len(infos), len(central)
    tail = central
    if cd_size > limit or offset > limit:
        end64 = offset + cd_size
        tail += struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count,
                            cd_size, offset)  # fmt: skip
        tail += struct.pack("<4sLQL", b"PK\x06\x07", 0, end64, 1)
    tail += struct.pack("<4s4H2LH", _EOCD, 0, 0, count, count, min(cd_size, 0xFFFFFFFF),
                        min(offset, 0xFFFFFFFF), 0)  # fmt: skip
    return locals_, tail


def _check_structure(file: Path, zf: zipfile.ZipFile, size: int) -> None:
    """Every byte outside the members' data must be what the writer always writes: the
    fixed versions, flags, attributes and one timestamp, no extra fields or comments, members
    back to back in a fixed order, the directory and the end record right after them."""
    infos = zf.infolist()
    if tuple(i.filename for i in infos) not in _MEMBERS:
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its table of contents is wrong"))
    locals_, tail = _frames(infos, dos_time(infos[0].date_time))
    data_size = sum(len(h) + i.file_size for h, i in zip(locals_, infos, strict=True))
    if size != data_size + len(tail):
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its end was cut off or extended"))
    with open(file, "rb") as fh:
        fh.seek(data_size)
        if fh.read(len(tail)) != tail:
            raise damaged(file, QT_TRANSLATE_NOOP("Errors", "its table of contents is wrong"))
        offset = 0
        for header, info in zip(locals_, infos, strict=True):
            fh.seek(offset)
            if fh.read(len(header)) != header:
                raise damaged(file, QT_TRANSLATE_NOOP("Errors", "a member header is wrong"))
            offset += len(header) + info.file_size


def open_zip(file: Path) -> tuple[zipfile.ZipFile, int]:
    """The backup as a zip, structure checked; NotABackup / BackupDamaged otherwise."""
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise NotABackup(
            name=file.name, reason=QT_TRANSLATE_NOOP("Errors", "it does not exist")
        ) from None
    except OSError as exc:
        raise NotABackup(name=file.name, reason=exc.strerror or "unreadable") from exc
    if not file.is_file():
        raise NotABackup(name=file.name, reason=QT_TRANSLATE_NOOP("Errors", "it is not a file"))
    if size == 0:
        raise NotABackup(name=file.name, reason=QT_TRANSLATE_NOOP("Errors", "the file is empty"))
    try:
        zf = zipfile.ZipFile(file)
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        struct.error,
    ) as exc:
        if _looks_like_ours(file):
            raise damaged(
                file, QT_TRANSLATE_NOOP("Errors", "it is truncated or its end was changed")
            ) from exc
        raise NotABackup(
            name=file.name, reason=QT_TRANSLATE_NOOP("Errors", "it is another kind of file")
        ) from exc
    try:
        names = set(zf.namelist())
        if HEADER_NAME not in names or PAYLOAD_NAME not in names:
            if _looks_like_ours(file):
                raise damaged(file, QT_TRANSLATE_NOOP("Errors", "a part is missing"))
            raise NotABackup(
                name=file.name, reason=QT_TRANSLATE_NOOP("Errors", "it is another kind of file")
            )
        _check_structure(file, zf, size)
    except BaseException:
        zf.close()
        raise
    return zf, size


def read_member(file: Path, zf: zipfile.ZipFile, name: str, limit: int = HEADER_LIMIT) -> bytes:
    """A small member, CRC-checked."""
    try:
        info = zf.getinfo(name)
        if info.file_size > limit:
            raise damaged(file, QT_TRANSLATE_NOOP("Errors", "a part is far too large"))
        return zf.read(name)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, NotImplementedError) as exc:
        raise damaged(file, QT_TRANSLATE_NOOP("Errors", "a part does not check out")) from exc


def _data_offset(fh: io.BufferedReader, info: zipfile.ZipInfo) -> int:
    fh.seek(info.header_offset)
    local = fh.read(30)
    return (
        info.header_offset
        + 30
        + int.from_bytes(local[26:28], "little")
        + int.from_bytes(local[28:30], "little")
    )


class MemberReader(io.RawIOBase):
    """A stored member read straight from the file (large reads, CRC-32 checked at the end).

    ``zipfile``'s own member reader costs several Python calls per 8 KiB that pyrage asks
    for; this one costs one.
    """

    def __init__(self, file: Path, zf: zipfile.ZipFile, name: str) -> None:
        super().__init__()
        self._file = file
        self._info = zf.getinfo(name)
        self._fh = open(file, "rb", buffering=1 << 20)  # noqa: SIM115  (closed in close())
        self._fh.seek(_data_offset(self._fh, self._info))
        self._left = self._info.compress_size
        self._crc = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        want = self._left if size < 0 else min(size, self._left)
        data = self._fh.read(want)
        if len(data) != want:
            raise damaged(self._file, QT_TRANSLATE_NOOP("Errors", "it is truncated"))
        self._left -= len(data)
        self._crc = zlib.crc32(data, self._crc)
        return data

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        memoryview(buffer)[: len(data)] = data
        return len(data)

    def check_crc(self) -> None:
        while self._left:
            self.read(1 << 20)
        if self._crc != self._info.CRC:
            raise damaged(self._file, QT_TRANSLATE_NOOP("Errors", "a part does not check out"))

    def close(self) -> None:
        self._fh.close()
        super().close()
