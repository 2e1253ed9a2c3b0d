"""Timestamps and dates as CoachDesk stores them: ISO 8601 text, UTC for stamps."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def stamp(moment: datetime | None = None) -> str:
    """A UTC timestamp like 2026-11-25T16:21:53Z."""
    moment = moment or utc_now()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> datetime:
    if len(text) == 20 and text[10] == "T" and text[-1] == "Z":  # fromisoformat: 10x strptime
        return datetime.fromisoformat(text)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def parse_local(text: str) -> datetime:
    """A naive local wall time ('YYYY-MM-DDTHH:MM:SS'), interpreted with the row's tzid."""
    return datetime.fromisoformat(text)
