"""Clients: numbering, create/update, lookup, and the list query the UI pages through.

Sorting and filtering happen in SQL so the client list stays instant with thousands of rows;
search-as-you-type uses the FTS5 index (prefix match per word, diacritics folded).
"""

from __future__ import annotations

import re
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date

from coachdesk.domain.dates import iso_date, parse_date, parse_stamp, stamp
from coachdesk.domain.errors import NotFound
from coachdesk.domain.models import Client, ClientDraft, ClientStatus
from coachdesk.vault.connection import Db, Row

_COLUMNS = (
    "id, uuid, number, first_name, last_name, tussenvoegsel, preferred_name, date_of_birth,"
    " email, phone, street, postcode, city, country, organisation, referral_source, status,"
    " created_at, updated_at"
)

SORT_COLUMNS = {
    "name": "sort_name COLLATE NOCASE",
    "number": "number",
    # Lifecycle order rather than alphabetical.
    "status": "CASE status WHEN 'prospect' THEN 0 WHEN 'active' THEN 1 WHEN 'closed' THEN 2"
    " ELSE 3 END",
    "phone": "phone",
    "email": "email COLLATE NOCASE",
    "organisation": "organisation COLLATE NOCASE",
    "created": "created_at",
    "updated": "updated_at",
}

_WORD = re.compile(r"\w+", re.UNICODE)


def sort_key_name(draft: ClientDraft) -> str:
    tail = " ".join(p for p in (draft.first_name, draft.tussenvoegsel) if p)
    return f"{draft.last_name}, {tail}" if draft.last_name else tail


def fts_prefix_query(text: str) -> str | None:
    """Turn what the coach typed into an FTS5 query: every word must start a token."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _tags(db: Db, client_id: int) -> tuple[str, ...]:
    rows = db.all(
        "SELECT tag FROM client_tags WHERE client_id = :id ORDER BY tag", {"id": client_id}
    )
    return tuple(r[0] for r in rows)


def _from_row(db: Db, r: Row, tags: tuple[str, ...] | None = None) -> Client:
    return Client(
        id=r["id"],
        uuid=r["uuid"],
        number=r["number"],
        first_name=r["first_name"],
        last_name=r["last_name"],
        tussenvoegsel=r["tussenvoegsel"],
        preferred_name=r["preferred_name"],
        date_of_birth=parse_date(r["date_of_birth"]),
        email=r["email"],
        phone=r["phone"],
        street=r["street"],
        postcode=r["postcode"],
        city=r["city"],
        country=r["country"],
        organisation=r["organisation"],
        referral_source=r["referral_source"],
        status=ClientStatus(r["status"]),
        tags=_tags(db, r["id"]) if tags is None else tags,
        created_at=parse_stamp(r["created_at"]),
        updated_at=parse_stamp(r["updated_at"]),
    )


def next_number(db: Db, year: int) -> str:
    """The next client number of *year*: 2026-001, 2026-002, … (four digits after 999)."""
    prefix = f"{year}-"
    last = db.scalar(
        "SELECT max(CAST(substr(number, 6) AS INTEGER)) FROM clients WHERE number LIKE :p",
        {"p": prefix + "%"},
    )
    return f"{prefix}{(last or 0) + 1:03d}"


def _params(draft: ClientDraft) -> dict[str, object]:
    return {
        "first_name": draft.first_name,
        "last_name": draft.last_name,
        "tussenvoegsel": draft.tussenvoegsel,
        "preferred_name": draft.preferred_name,
        "sort_name": sort_key_name(draft),
        "date_of_birth": iso_date(draft.date_of_birth),
        "email": draft.email,
        "phone": draft.phone,
        "street": draft.street,
        "postcode": draft.postcode,
        "city": draft.city,
        "country": draft.country,
        "organisation": draft.organisation,
        "referral_source": draft.referral_source,
        "status": draft.status.value,
    }


def insert(db: Db, draft: ClientDraft, *, today: date, number: str | None = None,
           at: str | None = None) -> Client:  # fmt: skip
    """Insert a validated draft; the caller wraps this in a transaction with its audit entry."""
    at = at or stamp()
    params = _params(draft) | {
        "uuid": str(uuidlib.uuid4()),
        "number": number or next_number(db, today.year),
        "at": at,
    }
    with db.transaction():
        cur = db.execute(
            "INSERT INTO clients (uuid, number, first_name, last_name, tussenvoegsel,"
            " preferred_name, sort_name, date_of_birth, email, phone, street, postcode, city,"
            " country, organisation, referral_source, status, created_at, updated_at)"
            " VALUES (:uuid, :number, :first_name, :last_name, :tussenvoegsel, :preferred_name,"
            " :sort_name, :date_of_birth, :email, :phone, :street, :postcode, :city, :country,"
            " :organisation, :referral_source, :status, :at, :at)",
            params,
        )
        client_id = int(cur.lastrowid)
        _set_tags(db, client_id, draft.tags)
    return get(db, client_id)


def update(db: Db, client_id: int, draft: ClientDraft, *, at: str | None = None) -> Client:
    params = _params(draft) | {"id": client_id, "at": at or stamp()}
    with db.transaction():
        cur = db.execute(
            "UPDATE clients SET first_name = :first_name, last_name = :last_name,"
            " tussenvoegsel = :tussenvoegsel, preferred_name = :preferred_name,"
            " sort_name = :sort_name, date_of_birth = :date_of_birth, email = :email,"
            " phone = :phone, street = :street, postcode = :postcode, city = :city,"
            " country = :country, organisation = :organisation,"
            " referral_source = :referral_source, status = :status, updated_at = :at"
            " WHERE id = :id",
            params,
        )
        if cur.rowcount != 1:
            raise NotFound(what="client", key=str(client_id))
        _set_tags(db, client_id, draft.tags)
    return get(db, client_id)


def _set_tags(db: Db, client_id: int, tags: tuple[str, ...]) -> None:
    db.execute("DELETE FROM client_tags WHERE client_id = :id", {"id": client_id})
    db.executemany(
        "INSERT INTO client_tags (client_id, tag) VALUES (?, ?)", [(client_id, t) for t in tags]
    )


def get(db: Db, client_id: int) -> Client:
    row = db.one(f"SELECT {_COLUMNS} FROM clients WHERE id = :id", {"id": client_id})
    if row is None:
        raise NotFound(what="client", key=str(client_id))
    return _from_row(db, row)


def get_by_number(db: Db, number: str) -> Client:
    row = db.one(f"SELECT {_COLUMNS} FROM clients WHERE number = :n", {"n": number.strip()})
    if row is None:
        raise NotFound(what="client", key=number)
    return _from_row(db, row)


@dataclass(frozen=True, slots=True)
class ClientQuery:
    """What the client list shows: a search text, a status filter and a sort order."""

    search: str = ""
    statuses: tuple[ClientStatus, ...] = ()
    sort: str = "name"
    descending: bool = False

    def where(self) -> tuple[str, dict[str, object]]:
        clauses: list[str] = []
        params: dict[str, object] = {}
        match = fts_prefix_query(self.search)
        if match:
            clauses.append("id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH :match)")
            params["match"] = match
        if self.statuses:
            marks = ", ".join(f":s{i}" for i in range(len(self.statuses)))
            clauses.append(f"status IN ({marks})")
            params |= {f"s{i}": s.value for i, s in enumerate(self.statuses)}
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def order(self) -> str:
        column = SORT_COLUMNS.get(self.sort, SORT_COLUMNS["name"])
        direction = "DESC" if self.descending else "ASC"
        return f" ORDER BY {column} {direction}, id {direction}"


def list_ids(db: Db, query: ClientQuery) -> list[int]:
    """Ids in display order; the UI keeps these and fetches rows lazily."""
    where, params = query.where()
    return [r[0] for r in db.all(f"SELECT id FROM clients{where}{query.order()}", params)]


def list_clients(db: Db, query: ClientQuery, limit: int = -1, offset: int = 0) -> list[Client]:
    where, params = query.where()
    rows = db.all(
        f"SELECT {_COLUMNS} FROM clients{where}{query.order()} LIMIT :limit OFFSET :offset",
        params | {"limit": limit, "offset": offset},
    )
    return [_from_row(db, r) for r in rows]


def get_many(db: Db, ids: list[int]) -> dict[int, Client]:
    """Fetch a page of clients by id (the UI's row cache)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.all(f"SELECT {_COLUMNS} FROM clients WHERE id IN ({marks})", ids)
    tags: dict[int, list[str]] = {}
    for client_id, tag in db.all(
        f"SELECT client_id, tag FROM client_tags WHERE client_id IN ({marks}) ORDER BY tag", ids
    ):  # one query for the page, not one per client
        tags.setdefault(client_id, []).append(tag)
    return {r["id"]: _from_row(db, r, tuple(tags.get(r["id"], ()))) for r in rows}


def count(db: Db, status: ClientStatus | None = None) -> int:
    if status is None:
        return int(db.scalar("SELECT count(*) FROM clients"))
    return int(db.scalar("SELECT count(*) FROM clients WHERE status = :s", {"s": status.value}))
