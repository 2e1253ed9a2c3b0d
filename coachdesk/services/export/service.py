"""Use cases of the export for the CLI and the UI (which may not import ``coachdesk.vault``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from coachdesk.services.export.writer import export_client
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as _clients


def export_by_number(
    db: Db, number: str, target_dir: Path, *, language: str, now: datetime, as_zip: bool = False
) -> Path:
    """Export the client with *number* into *target_dir*; returns the package folder or ZIP."""
    client = _clients.get_by_number(db, number)
    return export_client(db, client.id, target_dir, language=language, now=now, as_zip=as_zip)
