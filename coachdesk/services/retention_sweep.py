"""The retention sweep: what is past its retention period today, and acting on it.

``sweep(db, rules, today)`` works per client:

- dossier (notes, intake, goals, tasks, documents): due when *today* is on or after the end of
  the last trajectory plus the dossier period. A client with an open trajectory (no end date)
  is never due;
- prospects (clients without any trajectory): due when the last contact (the client's last
  change or last appointment, whichever is later) plus the prospect period has passed;
- agenda items of clients that are otherwise kept: appointments whose date plus the agenda
  period has passed are listed as their own item; applying it deletes just those appointments.

Clients under a legal hold are never due; they are listed separately with the hold's review
date. The erasure itself belongs to ``services.privacy`` (``erase_client`` and
``anonymise_client``); this module only decides *what* and calls it. *today* is always passed
in, so the tests pin the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from coachdesk.domain.dates import parse_date, parse_stamp
from coachdesk.domain.requests import add_months
from coachdesk.domain.retention import Action, Category, RetentionRule
from coachdesk.services.tasks import clear_system_task, ensure_system_task
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import tasks as _tasks

RETENTION = "retention"  # system task kind
DEFAULT_THEME = "overig"
RETENTION_LEGAL_BASIS = "retention"  # storage limitation, GDPR Art. 5(1)(e)


@dataclass(frozen=True, slots=True)
class DueItem:
    """One client's data past its retention period (or, for ``Category.AGENDA``, some of it)."""

    client_id: int
    number: str
    name: str
    category: Category
    due_since: date
    action: Action
    client_uuid: str = ""
    appointments: int = 0  # for the agenda category: how many appointments are past it


@dataclass(frozen=True, slots=True)
class HeldItem:
    """A client that would be due but is under a legal hold."""

    client_id: int
    number: str
    name: str
    category: Category
    due_since: date
    hold_reason: str
    review_on: date | None


@dataclass(frozen=True, slots=True)
class Sweep:
    due: tuple[DueItem, ...]
    on_hold: tuple[HeldItem, ...]


@dataclass(slots=True)
class ApplyReport:
    erased: list[str] = field(default_factory=list)  # client numbers
    anonymised: list[str] = field(default_factory=list)
    appointments_removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (number, why)
    reports: list[Any] = field(default_factory=list)  # privacy.ErasureReport values

    @property
    def clients_done(self) -> int:
        return len(self.erased) + len(self.anonymised)


def task_key(client_uuid: str) -> str:
    return f"{RETENTION}:{client_uuid}"


def task_title(number: str) -> str:
    """The stored (English) fallback title of the system task."""
    return f"Retention period ended for {number}"


def _name(first: str, tussenvoegsel: str, last: str) -> str:
    return " ".join(p for p in (first, tussenvoegsel, last) if p)


def _rules(rules: Iterable[RetentionRule]) -> dict[Category, RetentionRule]:
    return {rule.category: rule for rule in rules}


def _agenda_cutoff(today: date, months: int) -> str:
    """Appointments starting before this local time are past the agenda period on *today*."""
    return (add_months(today, -months) + timedelta(days=1)).isoformat()


_OLD_APPOINTMENTS = (
    " FROM appointments WHERE client_id = :client AND ("
    "(rrule = '' AND series_id IS NULL AND starts_at < :cutoff)"
    " OR (rrule != '' AND series_until IS NOT NULL AND series_until < :cutoff))"
)


def sweep(db: Db, rules: Iterable[RetentionRule], today: date) -> Sweep:
    """Everything past its retention period on *today*, and what a legal hold keeps."""
    by_category = _rules(rules)
    dossier = by_category[Category.DOSSIER]
    prospects = by_category[Category.PROSPECTS]
    agenda = by_category.get(Category.AGENDA)
    holds = {
        r[0]: (r[1], parse_date(r[2]))
        for r in db.all("SELECT client_id, reason, review_on FROM legal_holds")
    }
    rows = db.all(
        "SELECT c.id, c.uuid, c.number, c.first_name, c.tussenvoegsel, c.last_name,"
        " c.updated_at, (SELECT count(*) FROM trajectories t WHERE t.client_id = c.id),"
        " (SELECT count(*) FROM trajectories t WHERE t.client_id = c.id AND t.end_date IS NULL),"
        " (SELECT max(end_date) FROM trajectories t WHERE t.client_id = c.id),"
        " (SELECT max(CASE WHEN rrule != '' THEN coalesce(series_until, '9999-12-31')"
        "  ELSE starts_at END) FROM appointments a WHERE a.client_id = c.id)"
        " FROM clients c ORDER BY c.number"
    )
    due: list[DueItem] = []
    held: list[HeldItem] = []
    for r in rows:
        cid, cuuid, number = r[0], r[1], r[2]
        name = _name(r[3], r[4], r[5])
        trajectories, open_trajectories, last_end = r[7], r[8], parse_date(r[9])
        item: DueItem | None = None
        if trajectories:
            if not open_trajectories and last_end is not None:
                since = add_months(last_end, dossier.period_months)
                if today >= since:
                    item = DueItem(
                        cid, number, name, Category.DOSSIER, since, dossier.action, cuuid
                    )
        else:
            last_contact = parse_stamp(r[6]).astimezone().date()
            if r[10]:
                last_contact = max(last_contact, datetime.fromisoformat(r[10][:10]).date())
            since = add_months(last_contact, prospects.period_months)
            if today >= since:
                item = DueItem(
                    cid, number, name, Category.PROSPECTS, since, prospects.action, cuuid
                )
        if cid in holds:
            if item is not None:
                reason, review_on = holds[cid]
                held.append(
                    HeldItem(cid, number, name, item.category, item.due_since, reason, review_on)
                )
            continue
        if item is not None:
            due.append(item)
            continue
        if agenda is not None:
            params = {"client": cid, "cutoff": _agenda_cutoff(today, agenda.period_months)}
            count, oldest = db.one(
                "SELECT count(*), min(CASE WHEN rrule != '' THEN series_until ELSE starts_at"
                " END)" + _OLD_APPOINTMENTS,
                params,
            )
            if count:
                since = add_months(datetime.fromisoformat(oldest).date(), agenda.period_months)
                due.append(
                    DueItem(cid, number, name, Category.AGENDA, since, agenda.action, cuuid, count)
                )
    # Whole clients first (the decisions that matter), then old appointments; oldest first.
    due.sort(key=lambda i: (i.category is Category.AGENDA, i.due_since, i.number))
    return Sweep(tuple(due), tuple(held))


def due_items(db: Db, rules: Iterable[RetentionRule], today: date) -> list[DueItem]:
    """What is due on *today* (legal holds excluded), oldest first."""
    return list(sweep(db, rules, today).due)


def held_items(db: Db, rules: Iterable[RetentionRule], today: date) -> list[HeldItem]:
    return list(sweep(db, rules, today).on_hold)


# --- acting on it -----------------------------------------------------------------------------


def remove_old_appointments(db: Db, item: DueItem, today: date, months: int) -> int:
    """Delete the appointments of *item*'s client that are past the agenda period."""
    params = {"client": item.client_id, "cutoff": _agenda_cutoff(today, months)}
    with db.transaction():
        ids = [r[0] for r in db.all("SELECT id" + _OLD_APPOINTMENTS, params)]
        if not ids:
            return 0
        marks = ", ".join("?" * len(ids))
        db.execute(f"DELETE FROM appointments WHERE id IN ({marks})", ids)
        uuid = item.client_uuid or str(
            db.scalar("SELECT uuid FROM clients WHERE id = :id", {"id": item.client_id}) or ""
        )
        append_audit(db, "retention.appointments_removed", subject_kind="client",
                     subject_uuid=uuid, client_uuid=uuid)  # fmt: skip
    return len(ids)


def _privacy() -> Any:
    try:
        from coachdesk.services import privacy
    except ImportError:
        return None
    return privacy


def privacy_available() -> bool:
    privacy = _privacy()
    return privacy is not None and hasattr(privacy, "erase_client")


def _on_hold(db: Db, client_id: int) -> bool:
    return (
        db.scalar("SELECT 1 FROM legal_holds WHERE client_id = :id", {"id": client_id}) is not None
    )


def apply(
    vault: Any,
    items: Sequence[DueItem],
    *,
    today: date,
    rules: Iterable[RetentionRule] | None = None,
    theme: str = DEFAULT_THEME,
    action: Action | None = None,
    progress: Callable[[int, int], None] | None = None,
    defer_maintenance: bool = False,
) -> ApplyReport:
    """Carry out *items*: erase or anonymise the client (``action`` overrides the rule's), or
    for the agenda category delete the old appointments. A client placed under a legal hold or
    removed meanwhile is skipped. *vault* is an unlocked ``Vault``; this opens its own
    connection, so it may run in a worker. ``defer_maintenance`` runs the clean-up (VACUUM)
    once after the last client instead of after each one."""
    report = ApplyReport()
    privacy = _privacy()
    agenda_months = 12
    if rules is not None:
        agenda_rule = _rules(rules).get(Category.AGENDA)
        agenda_months = agenda_rule.period_months if agenda_rule else agenda_months
    total = len(items)
    for done, item in enumerate(items):
        if progress is not None:
            progress(done, total)
        with vault.session() as db:
            exists = db.scalar("SELECT 1 FROM clients WHERE id = :id", {"id": item.client_id})
            if exists is None:
                report.skipped.append((item.number, "gone"))
                continue
            if _on_hold(db, item.client_id):
                report.skipped.append((item.number, "legal hold"))
                continue
            if item.category is Category.AGENDA and action is None:
                report.appointments_removed += remove_old_appointments(
                    db, item, today, agenda_months
                )
                continue
        if privacy is None or not hasattr(privacy, "erase_client"):
            report.skipped.append((item.number, "erasure not available"))
            continue
        chosen = action or item.action
        if chosen is Action.ANONYMISE:
            result = privacy.anonymise_client(
                vault, item.client_id, theme=theme, legal_basis=RETENTION_LEGAL_BASIS, today=today,
                defer_maintenance=defer_maintenance,
            )  # fmt: skip
            report.anonymised.append(item.number)
        else:
            result = privacy.erase_client(
                vault, item.client_id, legal_basis=RETENTION_LEGAL_BASIS, today=today,
                defer_maintenance=defer_maintenance,
            )  # fmt: skip
            report.erased.append(item.number)
        report.reports.append(result)
    if defer_maintenance and report.clients_done:
        privacy.finish_pending_maintenance(vault)
    if progress is not None:
        progress(total, total)
    return report


# --- system tasks -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskRefresh:
    created: int
    cleared: int


def refresh_retention_tasks(db: Db, rules: Iterable[RetentionRule], today: date) -> TaskRefresh:
    """One system task per client with something due; cleared when nothing is due any more."""
    wanted: dict[str, DueItem] = {}
    for item in due_items(db, rules, today):
        wanted.setdefault(task_key(item.client_uuid), item)
    created = cleared = 0
    with db.transaction():
        for key, item in wanted.items():
            _task, made = ensure_system_task(
                db, key, task_title(item.number), client_id=item.client_id, due=today
            )
            created += made
        for key in _tasks.open_system_keys(db, f"{RETENTION}:"):
            if key not in wanted and clear_system_task(db, key):
                cleared += 1
    return TaskRefresh(created, cleared)
