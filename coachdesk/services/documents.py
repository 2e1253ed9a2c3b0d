"""Documents in a dossier: stored as BLOBs inside the vault, opened through a private folder.

"Open" must hand the file to another program, which needs a real file: it is written to
``DataPaths.private_tmp`` (folder 0700, file 0600) and that folder is wiped when the vault locks
and when the app exits. "Save as" writes where the coach chose; that is an export they asked for.
Reading a large file or BLOB can take longer than a frame, so the UI calls the functions that
take a ``Db`` from a worker with the worker's own connection.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from coachdesk.domain.errors import StorageError, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import DocumentInfo
from coachdesk.paths import DataPaths
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import documents as _documents
from coachdesk.vault.repos.documents import MAX_DOCUMENT_BYTES

__all__ = ["MAX_DOCUMENT_BYTES", "DocumentInfo"]

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def list_documents(db: Db, client_id: int) -> list[DocumentInfo]:
    return _documents.for_client(db, client_id)


def read_import_file(path: Path) -> bytes:
    """The bytes of a file the coach picked, or a ``UserError`` saying why not."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{name} is larger than {limit} MB and was not added."),
                name=path.name,
                limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be read: {reason}."),
            name=path.name,
            reason=exc.strerror or type(exc).__name__,
        ) from exc


def add_document(db: Db, client_id: int, name: str, content: bytes) -> DocumentInfo:
    with db.transaction():
        info = _documents.insert(db, client_id, name, content)
        _audit(db, "document.added", info)
    return info


def add_document_from_file(db: Db, client_id: int, path: Path) -> DocumentInfo:
    """What the file dialog and drag and drop both do (in a worker)."""
    return add_document(db, client_id, path.name, read_import_file(path))


def document_content(db: Db, document_id: int) -> bytes:
    return _documents.content(db, document_id)


def get_document(db: Db, document_id: int) -> DocumentInfo:
    return _documents.get(db, document_id)


def remove_document(db: Db, document_id: int) -> None:
    with db.transaction():
        info = _documents.get(db, document_id)
        _documents.delete(db, document_id)
        _audit(db, "document.removed", info)


def safe_file_name(name: str) -> str:
    """A stored name made safe as one path component on every platform."""
    cleaned = _UNSAFE.sub("_", name).strip().lstrip(".")
    return cleaned[:150] or "document"


def open_copy_path(paths: DataPaths, doc: DocumentInfo) -> Path:
    """Where the opened copy of *doc* goes; creates its private folders (0700).

    Each document gets its own subfolder so two files with one name never collide and the
    other program still shows the document's real name in its title bar.
    """
    folder = paths.private_tmp / doc.uuid
    for directory in (paths.private_tmp, folder):
        directory.mkdir(mode=0o700, exist_ok=True)
        os.chmod(directory, 0o700)  # also when it already existed with wider rights
    return folder / safe_file_name(doc.name)


def _write_private(target: Path, content: bytes) -> None:
    """Write *content* to *target* as 0600 through a temporary name, then rename."""
    temp = target.with_name(f".{secrets.token_hex(8)}.partial")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def open_document(db: Db, paths: DataPaths, document_id: int) -> Path:
    """Write a private copy for another program to open; returns its path."""
    info = _documents.get(db, document_id)
    target = open_copy_path(paths, info)
    try:
        _write_private(target, _documents.content(db, document_id))
    except OSError as exc:
        raise StorageError(reason=exc.strerror or type(exc).__name__) from exc
    with db.transaction():
        _audit(db, "document.opened", info)
    return target


def export_document(db: Db, document_id: int, target: Path) -> None:
    """Save a copy where the coach chose (their explicit export)."""
    info = _documents.get(db, document_id)
    content = _documents.content(db, document_id)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        temp.write_bytes(content)
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(reason=exc.strerror or type(exc).__name__) from exc
    with db.transaction():
        _audit(db, "document.exported", info)


def wipe_private_tmp(paths: DataPaths) -> list[Path]:
    """Delete every opened copy; returns what could not be removed (e.g. still open on Windows).

    No overwriting first: on SSDs, copy-on-write and journaling filesystems an overwrite lands
    in new blocks and leaves the old ones as they were, so it would only suggest a safety that
    is not there. Unlinking removes the files from view; full-disk encryption protects the rest.
    """
    root = paths.private_tmp
    left: list[Path] = []
    if not root.exists():
        return left
    for directory, subdirs, files in os.walk(root, topdown=False):
        for name in files:
            path = Path(directory, name)
            try:
                path.unlink()
            except OSError:
                left.append(path)
        for name in subdirs:
            with contextlib.suppress(OSError):
                Path(directory, name).rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()
    return left


def _audit(db: Db, action: str, info: DocumentInfo) -> None:
    append_audit(
        db,
        action,
        subject_kind="document",
        subject_uuid=info.uuid,
        client_uuid=_clients.get(db, info.client_id).uuid,
    )
