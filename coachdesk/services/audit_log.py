"""The whole audit log for the Privacy page, one page of rows at a time.

A practice collects tens of thousands of entries over the years, so the view asks for a count
and then for slices (``LIMIT``/``OFFSET``), newest first. The filter matches the stored action
name (``note.created``) or any of the action names the caller passes (the UI maps the coach's
words in their language to action names), and a date range on the UTC stamp.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from coachdesk.vault.audit import AuditEntry
from coachdesk.vault.connection import Db

__all__ = ["AuditEntry", "AuditFilter", "audit_count", "audit_page"]


@dataclass(frozen=True, slots=True)
class AuditFilter:
    text: str = ""
    actions: tuple[str, ...] = ()  # action names whose label matched the text
    since: date | None = None
    until: date | None = None  # inclusive

    def where(self) -> tuple[str, list[Any]]:
        terms: list[str] = []
        params: list[Any] = []
        text = self.text.strip()
        if text:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            term = "action LIKE ? ESCAPE '\\'"
            params.append(f"%{escaped}%")
            if self.actions:
                term += f" OR action IN ({', '.join('?' * len(self.actions))})"
                params.extend(self.actions)
            terms.append(f"({term})")
        if self.since is not None:
            terms.append("at >= ?")
            params.append(self.since.isoformat())
        if self.until is not None:
            terms.append("at < ?")
            params.append((self.until + timedelta(days=1)).isoformat())
        return (" WHERE " + " AND ".join(terms) if terms else ""), params


def audit_count(db: Db, flt: AuditFilter = AuditFilter()) -> int:
    where, params = flt.where()
    return int(db.scalar("SELECT count(*) FROM audit_log" + where, params))


def audit_page(
    db: Db,
    flt: AuditFilter = AuditFilter(),
    *,
    offset: int = 0,
    limit: int = 200,
) -> list[AuditEntry]:
    """Entries *offset* … *offset + limit* of the filtered log, newest first."""
    where, params = flt.where()
    rows = db.all(
        "SELECT seq, at, action, subject_kind, subject_uuid, client_uuid FROM audit_log"
        + where
        + " ORDER BY seq DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [AuditEntry(*row) for row in rows]


def known_actions(db: Db) -> Sequence[str]:
    """The distinct action names in the log (a few dozen)."""
    return [r[0] for r in db.all("SELECT DISTINCT action FROM audit_log ORDER BY action")]
