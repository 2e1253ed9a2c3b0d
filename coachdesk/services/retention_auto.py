"""The optional automatic retention mode: at start and once a day, act on what is due.

Off by default (``VaultSettings.retention_auto``). When the coach switches it on, ``run_if_due``
— called in a worker after unlocking and by a daily check while the app is open — erases or
anonymises every client past its retention period as each rule says and removes old
appointments, through the same ``retention_sweep.apply`` as the Privacy page's buttons, so the
erasure ledger and the audit log get the same entries. Clients under a legal hold are never
due, and a hold placed while a run is under way is respected too.

A run happens at most once per calendar day (local time): the time and the counts of the last
run are kept in the ``settings`` table and every run appends ``retention.auto_run`` to the audit
log. Switching the mode on or off is audited as well. *now* is always passed in, so the tests
pin the clock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from coachdesk.domain.dates import parse_stamp, stamp
from coachdesk.services.retention import load_rules
from coachdesk.services.retention_sweep import apply, due_items
from coachdesk.services.settings import load_settings, save_settings
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.vault import Vault

LAST_RUN_KEY = "retention.auto_last_run"


@dataclass(frozen=True, slots=True)
class AutoRun:
    """When an automatic run happened and what it did."""

    at: str  # UTC stamp
    erased: int = 0
    anonymised: int = 0
    appointments_removed: int = 0
    skipped: int = 0  # placed under a legal hold or removed while the run was under way

    @property
    def did_something(self) -> bool:
        return bool(self.erased or self.anonymised or self.appointments_removed)

    @property
    def local_time(self) -> datetime:
        return parse_stamp(self.at).astimezone()

    def to_json(self) -> str:
        return json.dumps(
            {
                "at": self.at,
                "erased": self.erased,
                "anonymised": self.anonymised,
                "appointments_removed": self.appointments_removed,
                "skipped": self.skipped,
            },
            separators=(",", ":"),
        )


def _local_day(moment: datetime) -> date:
    """The local calendar day of *moment* (a naive datetime is taken as local time)."""
    return moment.astimezone().date()


def auto_enabled(db: Db) -> bool:
    return load_settings(db).retention_auto


def set_auto(db: Db, on: bool) -> bool:
    """Switch the automatic mode on or off; audited. Returns False when nothing changed."""
    current = load_settings(db)
    if current.retention_auto == on:
        return False
    with db.transaction():
        save_settings(db, replace(current, retention_auto=on))
        append_audit(db, "retention.auto_on" if on else "retention.auto_off")
    return True


def last_run(db: Db) -> AutoRun | None:
    """The last automatic run, or None if there was none (or what is stored is unreadable)."""
    text = db.scalar("SELECT value FROM settings WHERE key = :key", {"key": LAST_RUN_KEY})
    if text is None:
        return None
    try:
        data = json.loads(text)
        run = AutoRun(
            at=str(data["at"]),
            erased=int(data.get("erased", 0)),
            anonymised=int(data.get("anonymised", 0)),
            appointments_removed=int(data.get("appointments_removed", 0)),
            skipped=int(data.get("skipped", 0)),
        )
        parse_stamp(run.at)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return run


def run_due(db: Db, now: datetime) -> bool:
    """True when the mode is on and no automatic run happened yet on *now*'s day."""
    if not auto_enabled(db):
        return False
    previous = last_run(db)
    return previous is None or previous.local_time.date() < _local_day(now)


def run_if_due(vault: Vault, now: datetime) -> AutoRun | None:
    """Act on everything due on *now*'s day, if the mode is on and today's run has not happened.

    Opens its own connections, so it runs in a worker. Returns what was done, or None when no
    run was due. Stopping half-way (locked meanwhile) records nothing, so the next check runs
    again; what was already erased stays erased and is not due any more.
    """
    today = _local_day(now)
    with vault.session() as db:
        if not run_due(db, now):
            return None
        rules = load_rules(db)
        items = due_items(db, rules, today)
    report = apply(vault, items, today=today, rules=rules, defer_maintenance=True)
    run = AutoRun(
        at=stamp(now),
        erased=len(report.erased),
        anonymised=len(report.anonymised),
        appointments_removed=report.appointments_removed,
        skipped=len(report.skipped),
    )
    with vault.session() as db, db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (:key, :value)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            {"key": LAST_RUN_KEY, "value": run.to_json()},
        )
        append_audit(db, "retention.auto_run")
    return run
