"""Attachments live inside the vault as BLOBs, never as plaintext files on disk."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid as uuidlib

from coachdesk.domain.dates import parse_stamp, stamp
from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import DocumentInfo, Origin
from coachdesk.vault.connection import Db, Row

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
_COLUMNS = "id, uuid, client_id, name, mime_type, size, sha256, origin, added_at"


def _from_row(r: Row) -> DocumentInfo:
    return DocumentInfo(
        id=r["id"],
        uuid=r["uuid"],
        client_id=r["client_id"],
        name=r["name"],
        mime_type=r["mime_type"],
        size=r["size"],
        sha256=r["sha256"],
        origin=Origin(r["origin"]),
        added_at=parse_stamp(r["added_at"]),
    )


def guess_mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def insert(
    db: Db,
    client_id: int,
    name: str,
    content: bytes,
    *,
    mime_type: str | None = None,
    origin: Origin = Origin.PROVIDED,
    at: str | None = None,
) -> DocumentInfo:
    with db.transaction():
        cur = db.execute(
            "INSERT INTO documents (uuid, client_id, name, mime_type, size, sha256, origin,"
            " content, added_at) VALUES (:uuid, :client, :name, :mime, :size, :sha, :origin,"
            " :content, :at)",
            {
                "uuid": str(uuidlib.uuid4()),
                "client": client_id,
                "name": name,
                "mime": mime_type or guess_mime(name),
                "size": len(content),
                "sha": hashlib.sha256(content).hexdigest(),
                "origin": origin.value,
                "content": content,
                "at": at or stamp(),
            },
        )
    return get(db, int(cur.lastrowid))


def get(db: Db, document_id: int) -> DocumentInfo:
    row = db.one(f"SELECT {_COLUMNS} FROM documents WHERE id = :id", {"id": document_id})
    if row is None:
        raise NotFound(what="document", key=str(document_id))
    return _from_row(row)


def content(db: Db, document_id: int) -> bytes:
    data = db.scalar("SELECT content FROM documents WHERE id = :id", {"id": document_id})
    if data is None:
        raise NotFound(what="document", key=str(document_id))
    return bytes(data)


def for_client(db: Db, client_id: int) -> list[DocumentInfo]:
    rows = db.all(
        f"SELECT {_COLUMNS} FROM documents WHERE client_id = :c ORDER BY added_at DESC, id DESC",
        {"c": client_id},
    )
    return [_from_row(r) for r in rows]


def delete(db: Db, document_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM documents WHERE id = :id", {"id": document_id})
