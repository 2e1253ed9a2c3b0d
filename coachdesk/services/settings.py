"""Typed practice settings kept inside the vault, and the practice profile.

Settings are declared once with their default and their allowed range; the ``settings`` table
holds JSON values by key. A missing, unreadable or out-of-range value falls back to the default
(a damaged setting must never stop the coach from working). Secrets are never stored here, and
per-computer choices (language, window size) live in the UI's ``Prefs``, not in the vault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Practice
from coachdesk.domain.validation import (
    MSG_EMAIL,
    MSG_PHONE,
    MSG_POSTCODE,
    TEXT_LIMIT,
    clean_text,
    normalise_email,
    normalise_phone,
    normalise_postcode,
)
from coachdesk.vault.audit import append_audit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import practice as practice_repo

AUTO_LOCK_MIN = 1
AUTO_LOCK_MAX = 240

MSG_AUTO_LOCK = QT_TRANSLATE_NOOP("Validation", "Auto-lock must lie between 1 and 240 minutes.")
MSG_KVK = QT_TRANSLATE_NOOP("Validation", "A KvK number has 8 digits.")
MSG_PRACTICE_NAME = QT_TRANSLATE_NOOP("Validation", "Enter the name of your practice.")
MSG_TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This is too long.")


@dataclass(frozen=True, slots=True)
class VaultSettings:
    """Every setting with its default. Add a field here and it is loaded and saved."""

    auto_lock_minutes: int = 10
    retention_auto: bool = False  # automatic retention mode (services.retention_auto)


_RANGES: dict[str, tuple[int, int]] = {"auto_lock_minutes": (AUTO_LOCK_MIN, AUTO_LOCK_MAX)}
_MESSAGES: dict[str, str] = {"auto_lock_minutes": MSG_AUTO_LOCK}


def _valid(name: str, value: object, default: object) -> bool:
    if type(value) is not type(default):
        return False
    low_high = _RANGES.get(name)
    return low_high is None or low_high[0] <= value <= low_high[1]  # type: ignore[operator]


def load_settings(db: Db) -> VaultSettings:
    """The stored settings, with the default for anything missing or unusable."""
    stored = {row[0]: row[1] for row in db.all("SELECT key, value FROM settings")}
    defaults = VaultSettings()
    values: dict[str, object] = {}
    for f in fields(VaultSettings):
        default = getattr(defaults, f.name)
        raw = stored.get(f.name)
        if raw is None:
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            continue
        if _valid(f.name, value, default):
            values[f.name] = value
    return replace(defaults, **values)


def validate_settings(settings: VaultSettings) -> None:
    defaults = VaultSettings()
    errors = {
        f.name: _MESSAGES.get(f.name, MSG_TEXT_TOO_LONG)
        for f in fields(VaultSettings)
        if not _valid(f.name, getattr(settings, f.name), getattr(defaults, f.name))
    }
    if errors:
        raise ValidationError(errors)


def save_settings(db: Db, settings: VaultSettings) -> None:
    """Store every setting that differs from what is stored; one transaction, audited."""
    validate_settings(settings)
    current = load_settings(db)
    changed = [
        f.name
        for f in fields(VaultSettings)
        if getattr(settings, f.name) != getattr(current, f.name)
    ]
    if not changed:
        return
    with db.transaction():
        for name in changed:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (:key, :value)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                {"key": name, "value": json.dumps(getattr(settings, name))},
            )
        append_audit(db, "settings.changed")


# --- practice profile ---------------------------------------------------------------------


def get_practice(db: Db) -> Practice:
    return practice_repo.get(db)


def validate_practice(practice: Practice) -> Practice:
    """Return the profile in normal form, or raise ``ValidationError`` naming each bad field."""
    errors: dict[str, str] = {}
    text = {f.name: clean_text(getattr(practice, f.name)) for f in fields(Practice)}
    for name, value in text.items():
        if len(value) > TEXT_LIMIT:
            errors[name] = MSG_TEXT_TOO_LONG
    if not text["name"]:
        errors["name"] = MSG_PRACTICE_NAME
    country = text["country"].upper() or "NL"
    email = normalise_email(text["email"])
    if email is None:
        errors["email"] = MSG_EMAIL
    postcode = normalise_postcode(text["postcode"], country)
    if postcode is None:
        errors["postcode"] = MSG_POSTCODE
    phone = normalise_phone(text["phone"])
    if phone is None:
        errors["phone"] = MSG_PHONE
    kvk = text["kvk"].replace(" ", "")
    if kvk and not (kvk.isdigit() and len(kvk) == 8):
        errors["kvk"] = MSG_KVK
    if errors:
        raise ValidationError(errors)
    return Practice(
        **(
            text
            | {
                "country": country,
                "email": email or "",
                "postcode": postcode or "",
                "phone": phone or "",
                "kvk": kvk,
            }
        )
    )


def save_practice(db: Db, practice: Practice) -> Practice:
    """Validate and store the practice profile; returns what was stored."""
    clean = validate_practice(practice)
    with db.transaction():
        practice_repo.save(db, clean)
        append_audit(db, "practice.updated")
    return clean
