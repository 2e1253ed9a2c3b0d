"""Aggregate practice statistics kept after anonymising (PRIVACY.md, Recital 26).

Only coarse categories are kept: a year, a theme from a closed list, an age band of ten years
and a sessions band. Nothing may link back to a person, so no ids, exact dates or amounts; and
cells with fewer than ``MIN_CELL`` clients are shown as "<5".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

MIN_CELL = 5
SMALL_CELL = "<5"

# Closed list of broad themes (stored as these keys; the UI translates the labels).
THEMES: dict[str, str] = {
    "loopbaan": QT_TRANSLATE_NOOP("Statistics", "Career"),
    "re-integratie": QT_TRANSLATE_NOOP("Statistics", "Return to work"),
    "werkstress/burn-out": QT_TRANSLATE_NOOP("Statistics", "Work stress / burn-out"),
    "leiderschap": QT_TRANSLATE_NOOP("Statistics", "Leadership"),
    "persoonlijke ontwikkeling": QT_TRANSLATE_NOOP("Statistics", "Personal development"),
    "team/relaties": QT_TRANSLATE_NOOP("Statistics", "Team / relationships"),
    "overig": QT_TRANSLATE_NOOP("Statistics", "Other"),
}
DEFAULT_THEME = "overig"
UNKNOWN_AGE = "unknown"
SESSIONS_BANDS = ("0", "1-3", "4-6", "7-10", ">10")


@dataclass(frozen=True, slots=True)
class StatisticsKey:
    """One cell of the practice statistics."""

    year: int
    theme: str
    age_band: str
    sessions_band: str


@dataclass(frozen=True, slots=True)
class StatisticsRow:
    """One cell as displayed: the count, or "<5" when it is too small to show."""

    year: int
    theme: str
    age_band: str
    sessions_band: str
    clients: str


def check_theme(theme: str) -> str:
    value = theme.strip().lower()
    if value not in THEMES:
        raise ValidationError(
            {
                "theme": QT_TRANSLATE_NOOP("Errors", "choose one of: {themes}").format(
                    themes=", ".join(THEMES)
                )
            }
        )
    return value


def age_band(date_of_birth: date | None, on: date) -> str:
    """Ten-year band such as "30-39", or "unknown"."""
    if date_of_birth is None or date_of_birth > on:
        return UNKNOWN_AGE
    age = (
        on.year
        - date_of_birth.year
        - ((on.month, on.day) < (date_of_birth.month, date_of_birth.day))
    )
    low = (age // 10) * 10
    return f"{low}-{low + 9}"


def sessions_band(sessions: int) -> str:
    if sessions <= 0:
        return "0"
    if sessions <= 3:
        return "1-3"
    if sessions <= 6:
        return "4-6"
    if sessions <= 10:
        return "7-10"
    return ">10"


def shown_count(clients: int) -> str:
    """The count as the statistics view shows it."""
    return SMALL_CELL if clients < MIN_CELL else str(clients)
