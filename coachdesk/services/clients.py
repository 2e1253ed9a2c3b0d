"""Client use cases: validated create and update, each recorded in the audit log."""

from __future__ import annotations

from datetime import date

from coachdesk.domain.models import Client, ClientDraft
from coachdesk.domain.validation import validate_client
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as repo


def create_client(db: Db, draft: ClientDraft, *, today: date | None = None) -> Client:
    today = today or date.today()
    clean = validate_client(draft, today)
    with db.transaction():
        client = repo.insert(db, clean, today=today)
        append_audit(db, "client.created", subject_kind="client", subject_uuid=client.uuid,
                     client_uuid=client.uuid)  # fmt: skip
    return client


def update_client(db: Db, client_id: int, draft: ClientDraft) -> Client:
    clean = validate_client(draft, date.today())
    with db.transaction():
        client = repo.update(db, client_id, clean)
        append_audit(db, "client.updated", subject_kind="client", subject_uuid=client.uuid,
                     client_uuid=client.uuid)  # fmt: skip
    return client
