"""Client use cases: validated create and update, each recorded in the audit log."""

from __future__ import annotations

from datetime import date

from coachdesk.domain.dates import stamp
from coachdesk.domain.models import Client, ClientDraft, ClientStatus, SearchHit
from coachdesk.domain.validation import validate_client
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as repo
from coachdesk.vault.repos import search as search_repo
from coachdesk.vault.repos import trajectories as trajectory_repo


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


def client_to_json(client: Client) -> dict[str, object]:
    """The client as plain JSON values (the UUID stays internal and is never shown)."""
    return {
        "number": client.number,
        "name": client.full_name,
        "first_name": client.first_name,
        "tussenvoegsel": client.tussenvoegsel,
        "last_name": client.last_name,
        "preferred_name": client.preferred_name,
        "date_of_birth": client.date_of_birth.isoformat() if client.date_of_birth else None,
        "email": client.email,
        "phone": client.phone,
        "street": client.street,
        "postcode": client.postcode,
        "city": client.city,
        "country": client.country,
        "organisation": client.organisation,
        "referral_source": client.referral_source,
        "status": client.status.value,
        "tags": list(client.tags),
        "created_at": stamp(client.created_at),
        "updated_at": stamp(client.updated_at),
    }


def client_details(db: Db, number: str) -> dict[str, object]:
    """Everything ``coachdesk client show`` prints: the client, trajectories and counts."""
    client = repo.get_by_number(db, number)
    trajectories = [
        {
            "title": t.title,
            "goal": t.goal,
            "start_date": t.start_date.isoformat() if t.start_date else None,
            "end_date": t.end_date.isoformat() if t.end_date else None,
            "agreed_sessions": t.agreed_sessions,
            "sponsor": t.sponsor,
        }
        for t in trajectory_repo.for_client(db, client.id)
    ]
    counts = {
        table: int(
            db.scalar(f"SELECT count(*) FROM {table} WHERE client_id = :c", {"c": client.id})
        )
        for table in ("notes", "documents", "appointments", "tasks", "consents", "disclosures")
    }
    return client_to_json(client) | {"trajectories": trajectories, "counts": counts}


def find_clients(
    db: Db, search: str = "", statuses: tuple[ClientStatus, ...] = (), limit: int = -1
) -> list[Client]:
    """Clients matching *search* (prefix per word over name, number, e-mail, organisation)."""
    return repo.list_clients(db, repo.ClientQuery(search=search, statuses=statuses), limit=limit)


def global_search(db: Db, text: str, limit: int = 50) -> list[SearchHit]:
    """Clients and note text, for ``coachdesk search`` (the window has its own dialog)."""
    return search_repo.search(db, text, limit=limit)
