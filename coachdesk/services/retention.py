"""The coach's retention rules, kept in the vault's ``settings`` table.

Only the coach's choices are stored (period per category); the ranges, start events and
rationale live in ``coachdesk.domain.retention`` so they stay translatable and cannot be widened
by editing the vault. Confirming the rules at setup records when the coach decided, for the
processing register and the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from coachdesk.domain.dates import stamp
from coachdesk.domain.retention import (
    DEFAULT_RULES,
    DEFAULTS_BY_CATEGORY,
    RetentionRule,
    rules_from_json,
)
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db

SETTINGS_KEY = "retention.rules"
FORMAT_VERSION = 1


def _stored(db: Db) -> dict[str, object] | None:
    text = db.scalar("SELECT value FROM settings WHERE key = :key", {"key": SETTINGS_KEY})
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def load_rules(db: Db) -> tuple[RetentionRule, ...]:
    """The rules in force: the stored periods over the defaults (the defaults if none stored)."""
    data = _stored(db)
    items = data.get("rules") if data else None
    if not isinstance(items, list):
        return DEFAULT_RULES
    return rules_from_json([i for i in items if isinstance(i, dict)])


def rules_confirmed_at(db: Db) -> str | None:
    """UTC stamp of the coach's confirmation, or None if the defaults were never confirmed."""
    data = _stored(db)
    value = data.get("confirmed_at") if data else None
    return value if isinstance(value, str) else None


def save_rules(db: Db, rules: Iterable[RetentionRule], *, confirmed: bool = False) -> None:
    """Store *rules* (each period checked against its category's range) and audit the change.

    ``confirmed=True`` is the coach's explicit confirmation (setup, or "Confirm" in Settings):
    it records the moment. A plain change keeps the earlier confirmation stamp.
    """
    periods = {}
    for rule in rules:
        default = DEFAULTS_BY_CATEGORY[rule.category]  # unknown category: a bug, KeyError
        periods[rule.category] = default.with_period(rule.period_months)
    checked = [periods.get(d.category, d) for d in DEFAULT_RULES]
    with db.transaction():
        confirmed_at = stamp() if confirmed else rules_confirmed_at(db)
        value = {
            "version": FORMAT_VERSION,
            "confirmed_at": confirmed_at,
            "rules": [rule.to_json() for rule in checked],
        }
        db.execute(
            "INSERT INTO settings (key, value) VALUES (:key, :value)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            {"key": SETTINGS_KEY, "value": json.dumps(value, separators=(",", ":"))},
        )
        append_audit(db, "retention.rules_confirmed" if confirmed else "retention.rules_changed")
