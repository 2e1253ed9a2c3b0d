"""Decrypt every page of a SQLCipher 4 vault file and every frame of its WAL, for proof.

Erasure promises that nothing of a client survives in *any* page, not only in the live rows.
A query cannot show that (free pages, FTS segments and stale WAL frames are invisible to SQL),
so the tests read the files directly: with the raw vault key, each page is decrypted the way
SQLCipher 4 encrypts it, and the plaintext is searched byte by byte.

SQLCipher 4 defaults, used by every vault: 4096-byte pages, AES-256-CBC, a reserve of 80 bytes
at the end of each page (16 bytes IV, then a 64-byte HMAC-SHA512). Page 1 starts with the
16-byte salt instead of the SQLite header. A raw key (``x'…'``) is the AES key itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


@dataclass(frozen=True, slots=True)
class Page:
    """One decrypted page: where it came from and its plaintext (without salt or reserve)."""

    source: str  # "db" or "wal"
    index: int  # page number in the db file, or frame number in the WAL (1-based)
    page_no: int  # database page number
    plaintext: bytes


def decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    """The plaintext of one encrypted page (page 1 without its salt)."""
    if len(page) != PAGE_SIZE:
        raise ValueError(f"a page is {PAGE_SIZE} bytes, got {len(page)}")
    start = SALT_SIZE if first else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end : end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:end]) + decryptor.finalize()


def db_pages(path: Path, key: bytes) -> Iterator[Page]:
    """Every page of the main database file, decrypted."""
    data = path.read_bytes() if path.exists() else b""
    for i in range(len(data) // PAGE_SIZE):
        raw = data[i * PAGE_SIZE : (i + 1) * PAGE_SIZE]
        yield Page("db", i + 1, i + 1, decrypt_page(raw, key, first=i == 0))


def wal_pages(path: Path, key: bytes) -> Iterator[Page]:
    """Every frame in the WAL file, valid or stale, decrypted (the salt check is skipped on
    purpose: an old frame past the last commit still holds bytes on disk)."""
    data = path.read_bytes() if path.exists() else b""
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    count = max(0, (len(data) - WAL_HEADER) // frame)
    for i in range(count):
        offset = WAL_HEADER + i * frame
        page_no = int.from_bytes(data[offset : offset + 4], "big")
        raw = data[offset + WAL_FRAME_HEADER : offset + frame]
        yield Page("wal", i + 1, page_no, decrypt_page(raw, key, first=page_no == 1))


def all_pages(db_path: Path, key: bytes) -> Iterator[Page]:
    """The database pages, then the WAL frames (``<db>-wal``)."""
    yield from db_pages(db_path, key)
    yield from wal_pages(Path(f"{db_path}-wal"), key)


def find_in_pages(db_path: Path, key: bytes, needles: list[bytes]) -> list[tuple[str, int, bytes]]:
    """(source, page or frame index, needle) for every needle found in decrypted pages."""
    hits = []
    for page in all_pages(db_path, key):
        for needle in needles:
            if needle in page.plaintext:
                hits.append((page.source, page.index, needle))
    return hits
