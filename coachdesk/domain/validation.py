"""Loose but sane checks on what a coach types, with messages fit to show next to a field.

Accept what people really write ("06-12345678", "1234ab", "+31 (0)20 123 4567") and store one
normal form; refuse what is clearly wrong. Every message is marked for translation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import ClientDraft

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_POSTCODE_NL = re.compile(r"^([1-9][0-9]{3})\s*([A-Za-z]{2})$")
_PHONE_CHARS = re.compile(r"^\+?[0-9\s\-().]+$")
_TAG = re.compile(r"^[\w\- ]{1,40}$")

MSG_REQUIRED_NAME = QT_TRANSLATE_NOOP("Validation", "Enter a first or last name.")
MSG_EMAIL = QT_TRANSLATE_NOOP(
    "Validation", "This is not an e-mail address (expected name@example.nl)."
)
MSG_POSTCODE = QT_TRANSLATE_NOOP("Validation", "A Dutch postcode looks like 1234 AB.")
MSG_PHONE = QT_TRANSLATE_NOOP("Validation", "A phone number has 8 to 15 digits, e.g. 06 1234 5678.")
MSG_BIRTH_RANGE = QT_TRANSLATE_NOOP("Validation", "A date of birth lies between 1900 and today.")
MSG_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "A name has at most 100 characters.")
MSG_TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "This field has at most 200 characters.")
MSG_TAG = QT_TRANSLATE_NOOP("Validation", "Tags are short words (letters, digits, spaces, dashes).")

NAME_LIMIT = 100
TEXT_LIMIT = 200


def clean_text(value: str) -> str:
    """NFC-normalise and trim, so "Şükrü" typed two ways compares and sorts as one name."""
    return unicodedata.normalize("NFC", value).strip()


def normalise_email(value: str) -> str | None:
    """Return the address trimmed (domain lower-cased), '' for empty, or None if invalid."""
    value = clean_text(value)
    if not value:
        return ""
    if not _EMAIL.match(value) or len(value) > 254:
        return None
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalise_postcode(value: str, country: str = "NL") -> str | None:
    """Dutch postcodes become "1234 AB"; other countries' are kept as typed."""
    value = clean_text(value)
    if not value or country.upper() != "NL":
        return value
    match = _POSTCODE_NL.match(value)
    if not match:
        return None
    return f"{match.group(1)} {match.group(2).upper()}"


def normalise_phone(value: str) -> str | None:
    """Keep the coach's spacing but check it is a plausible number."""
    value = " ".join(clean_text(value).split())
    if not value:
        return ""
    if not _PHONE_CHARS.match(value):
        return None
    digits = sum(ch.isdigit() for ch in value)
    if not 8 <= digits <= 15:
        return None
    return value


def validate_birth_date(value: date | None, today: date) -> bool:
    return value is None or date(1900, 1, 1) <= value <= today


def validate_client(draft: ClientDraft, today: date) -> ClientDraft:
    """Return the draft in normal form, or raise ``ValidationError`` naming every bad field."""
    errors: dict[str, str] = {}
    names = {
        f: clean_text(getattr(draft, f))
        for f in ("first_name", "tussenvoegsel", "last_name", "preferred_name")
    }
    if not names["first_name"] and not names["last_name"]:
        errors["first_name"] = MSG_REQUIRED_NAME
    for f, v in names.items():
        if len(v) > NAME_LIMIT:
            errors[f] = MSG_NAME_TOO_LONG
    texts = {
        f: clean_text(getattr(draft, f))
        for f in ("street", "city", "organisation", "referral_source")
    }
    for f, v in texts.items():
        if len(v) > TEXT_LIMIT:
            errors[f] = MSG_TEXT_TOO_LONG
    email = normalise_email(draft.email)
    if email is None:
        errors["email"] = MSG_EMAIL
    country = clean_text(draft.country).upper() or "NL"
    postcode = normalise_postcode(draft.postcode, country)
    if postcode is None:
        errors["postcode"] = MSG_POSTCODE
    phone = normalise_phone(draft.phone)
    if phone is None:
        errors["phone"] = MSG_PHONE
    if not validate_birth_date(draft.date_of_birth, today):
        errors["date_of_birth"] = MSG_BIRTH_RANGE
    tags = tuple(dict.fromkeys(clean_text(t) for t in draft.tags if clean_text(t)))
    if any(not _TAG.match(t) for t in tags):
        errors["tags"] = MSG_TAG
    if errors:
        raise ValidationError(errors)
    return replace(
        draft,
        **names,
        **texts,
        email=email or "",
        postcode=postcode or "",
        phone=phone or "",
        country=country,
        tags=tags,
    )
