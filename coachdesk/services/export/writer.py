"""The access package (PRIVACY.md, Access): one folder with everything about one client.

Layout of ``<target>/inzage-<number>-<date>/`` (English: ``access-…``)::

    inzage.pdf | access.pdf   human-readable (written by access_pdf when that module exists)
    data.json                 complete copy, valid against client-export-1.schema.json
    portability.json          Art. 20 subset: provided and observed items only
    csv/<entity>.csv          one per entity, header row, UTF-8 with BOM
    attachments/<files>       the stored documents, byte-identical
    manifest.json             every other file with size and SHA-256

With ``as_zip`` the same tree goes into one ``<name>.zip`` (PRIVACY.md: "a folder or ZIP the
coach chooses"): the folder is built as above, packed into ``.<name>.zip.partial`` beside it and
renamed; the folder is then removed, so the target holds only the ZIP.

Everything is written into ``<target>/.<name>.partial`` and renamed when complete; on any
failure that folder is removed, so the target holds the finished package or nothing. No byte is
written outside *target_dir* (no temp files elsewhere). The vault records the export
(``clients.last_exported_at`` and an audit entry ``client.exported``) in a transaction that
commits only after the rename, and the package is removed if that commit fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from coachdesk.domain.dates import stamp
from coachdesk.domain.errors import StorageError, UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.services.export.collect import (
    LANGUAGES,
    SCHEMA_VERSION,
    attachment_file_names,
    collect_client,
    portability_subset,
)
from coachdesk.services.export.csv_files import csv_files
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.fsutil import fsync_dir, os_error_reason
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import documents as _documents
from coachdesk.vault.repos import practice as _practice

PACKAGE_PREFIX = {"nl": "inzage", "en": "access"}
PDF_NAME = {"nl": "inzage.pdf", "en": "access.pdf"}
MANIFEST_FORMAT = "coachdesk-client-export"
_LOCAL = ZoneInfo("Europe/Amsterdam")


class ExportFailed(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The export could not be written: {reason}. Nothing was left behind."
    )


def package_name(number: str, now: datetime, language: str) -> str:
    day = now.astimezone(_LOCAL).date().isoformat()
    return f"{PACKAGE_PREFIX[language]}-{number}-{day}"


def _free_name(target_dir: Path, base: str) -> str:
    """*base*, or base-2, base-3, … : the first name not yet used in *target_dir*."""
    name, n = base, 2
    while any(
        (target_dir / taken).exists() or (target_dir / taken).is_symlink()
        for taken in (name, f"{name}.zip")
    ):
        name, n = f"{base}-{n}", n + 1
    return name


def _json_bytes(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class _Package:
    """Writes files below one folder and remembers their hashes for the manifest."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, tuple[int, str]] = {}

    def write(self, relative: str, data: bytes) -> None:
        path = self.root / relative
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        self.files[relative] = (len(data), hashlib.sha256(data).hexdigest())

    def add_existing(self, relative: str) -> None:
        """A file someone else wrote (the PDF): hash it from disk."""
        digest = hashlib.sha256()
        size = 0
        with open(self.root / relative, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        self.files[relative] = (size, digest.hexdigest())

    def sync_dirs(self) -> None:
        for directory in {self.root, *((self.root / f).parent for f in self.files)}:
            fsync_dir(directory)


def _pdf_writer() -> object | None:
    """``access_pdf.write_access_pdf``, or None while that module does not exist."""
    name = "coachdesk.services.export.access_pdf"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None
    return module.write_access_pdf


def export_client(
    db: Db,
    client_id: int,
    target_dir: Path,
    *,
    language: str,
    now: datetime,
    with_pdf: bool = True,
    as_zip: bool = False,
) -> Path:
    """Write the access package for one client into *target_dir*; returns the package folder
    (or the ``.zip`` file with *as_zip*).

    Raises ``NotFound`` for an unknown client, ``UserError`` if *target_dir* is not a folder,
    ``ExportFailed`` (a ``StorageError``) when the disk refuses.
    """
    if language not in LANGUAGES:
        raise UserError("Unknown export language {language}.", language=language)
    target_dir = Path(target_dir)
    if not target_dir.is_dir():
        raise UserError("The folder {path} does not exist.", path=str(target_dir))
    client = _clients.get(db, client_id)
    at = stamp(now)
    final: Path | None = None
    try:
        with db.transaction():
            docs = db.all(
                "SELECT id, name FROM documents WHERE client_id = :c ORDER BY added_at, id",
                {"c": client_id},
            )
            names = attachment_file_names([(r["id"], r["name"]) for r in docs])
            data = collect_client(db, client_id, now=now, language=language,
                                  attachment_names=names)  # fmt: skip
            final = _write_package(db, target_dir, client.number, data, names, language, now,
                                   with_pdf)  # fmt: skip
            if as_zip:
                final = _zip_package(final)
            # Recorded after the rename, in the same transaction: both or neither.
            db.execute("UPDATE clients SET last_exported_at = :at WHERE id = :id",
                       {"at": at, "id": client_id})  # fmt: skip
            append_audit(db, "client.exported", subject_kind="client", subject_uuid=client.uuid,
                         client_uuid=client.uuid, at=at)  # fmt: skip
            # The transaction commits when this block ends.
    except BaseException:
        if final is not None:  # recording or commit failed: no package without its record
            with contextlib.suppress(OSError):
                if final.is_dir():
                    shutil.rmtree(final)
                else:
                    final.unlink()
        raise
    return final


def _write_package(
    db: Db,
    target_dir: Path,
    number: str,
    data: dict[str, object],
    names: dict[int, str],
    language: str,
    now: datetime,
    with_pdf: bool,
) -> Path:
    name = _free_name(target_dir, package_name(number, now, language))
    partial = target_dir / f".{name}.partial"
    final = target_dir / name
    try:
        if partial.is_symlink() or partial.is_file():
            partial.unlink()
        elif partial.exists():
            shutil.rmtree(partial)  # left by an export that was killed: client data, remove
        partial.mkdir(mode=0o700)
        package = _Package(partial)
        for doc_id, file_name in names.items():
            package.write(f"attachments/{file_name}", _documents.content(db, doc_id))
        package.write("data.json", _json_bytes(data))
        package.write("portability.json", _json_bytes(portability_subset(data)))
        for file_name, content in csv_files(data).items():
            package.write(f"csv/{file_name}", content)
        pdf = _pdf_writer() if with_pdf else None
        if pdf is not None:
            from coachdesk.services.retention import load_rules

            pdf(  # type: ignore[operator]
                partial / PDF_NAME[language],
                data,
                practice=_practice.get(db),
                rules=list(load_rules(db)),
                language=language,
            )
            package.add_existing(PDF_NAME[language])
        package.write("manifest.json", _json_bytes(_manifest(package, data, pdf is not None)))
        package.sync_dirs()
        os.rename(partial, final)
        fsync_dir(target_dir)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(partial)
        if isinstance(exc, OSError):
            raise ExportFailed(reason=os_error_reason(exc)) from exc
        raise
    return final


def _zip_package(folder: Path) -> Path:
    """Pack the finished *folder* into ``<folder>.zip`` beside it, then remove the folder.

    The archive is written under a hidden ``.partial`` name and renamed when complete; on
    failure both the partial archive and the folder are removed (nothing is left behind).
    """
    final = folder.with_name(f"{folder.name}.zip")
    partial = folder.with_name(f".{folder.name}.zip.partial")
    try:
        with zipfile.ZipFile(partial, "x", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.rename(partial, final)
        fsync_dir(folder.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise ExportFailed(reason=os_error_reason(exc)) from exc
        raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return final


def _manifest(package: _Package, data: dict[str, object], has_pdf: bool) -> dict[str, object]:
    return {
        "format": MANIFEST_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "schema": f"client-export-{SCHEMA_VERSION}.schema.json",
        "exported_at": data["exported_at"],
        "language": data["language"],
        "pdf_included": has_pdf,
        "files": [
            {"path": path, "size": size, "sha256": digest}
            for path, (size, digest) in sorted(package.files.items())
        ],
    }
