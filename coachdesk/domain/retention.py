"""Retention rules as data (GDPR Art. 5(1)(e)): how long each kind of data stays, and why.

The defaults follow the table in PRIVACY.md; the coach confirms or changes them at setup and the
vault records the decision. Only the period is the coach's to change, and only within the range
given here: the start event, the action and the rationale belong to the category. Texts shown
to the coach are marked for translation in context ``Retention``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Any

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP


class Category(enum.StrEnum):
    DOSSIER = "dossier"  # session notes, intake, goals, tasks, documents
    AGENDA = "agenda"
    PROSPECTS = "prospects"
    CONSENTS = "consents"
    INVOICES = "invoices"


class StartEvent(enum.StrEnum):
    END_OF_LAST_TRAJECTORY = "end_of_last_trajectory"
    APPOINTMENT = "appointment"
    LAST_CONTACT = "last_contact"
    END_OF_TRAJECTORY = "end_of_trajectory"
    END_OF_FINANCIAL_YEAR = "end_of_financial_year"


class Action(enum.StrEnum):
    ERASE = "erase"
    ANONYMISE = "anonymise"


CATEGORY_LABELS: dict[Category, str] = {
    Category.DOSSIER: QT_TRANSLATE_NOOP(
        "Retention", "Session notes, intake, goals, tasks and documents"
    ),
    Category.AGENDA: QT_TRANSLATE_NOOP("Retention", "Agenda items"),
    Category.PROSPECTS: QT_TRANSLATE_NOOP("Retention", "Prospects without a trajectory"),
    Category.CONSENTS: QT_TRANSLATE_NOOP("Retention", "Consent records"),
    Category.INVOICES: QT_TRANSLATE_NOOP("Retention", "Invoices (if invoicing is used)"),
}

START_EVENT_LABELS: dict[StartEvent, str] = {
    StartEvent.END_OF_LAST_TRAJECTORY: QT_TRANSLATE_NOOP(
        "Retention", "after the end of the last trajectory"
    ),
    StartEvent.APPOINTMENT: QT_TRANSLATE_NOOP("Retention", "after the appointment"),
    StartEvent.LAST_CONTACT: QT_TRANSLATE_NOOP("Retention", "after the last contact"),
    StartEvent.END_OF_TRAJECTORY: QT_TRANSLATE_NOOP("Retention", "after the end of the trajectory"),
    StartEvent.END_OF_FINANCIAL_YEAR: QT_TRANSLATE_NOOP(
        "Retention", "after the end of that financial year"
    ),
}

ACTION_LABELS: dict[Action, str] = {
    Action.ERASE: QT_TRANSLATE_NOOP("Retention", "Erase"),
    Action.ANONYMISE: QT_TRANSLATE_NOOP("Retention", "Anonymise"),
}


class RetentionPeriodOutOfRange(UserError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "A retention period must lie between {minimum} and {maximum} months."
    )


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """One category's rule. ``follows`` names a category whose erasure also ends this one."""

    category: Category
    period_months: int
    start_event: StartEvent
    action: Action
    min_months: int
    max_months: int
    rationale: str
    follows: Category | None = None

    @property
    def adjustable(self) -> bool:
        return self.min_months < self.max_months

    def with_period(self, months: int) -> RetentionRule:
        """The same rule with another period, refused outside the category's range."""
        if not isinstance(months, int) or not self.min_months <= months <= self.max_months:
            raise RetentionPeriodOutOfRange(minimum=self.min_months, maximum=self.max_months)
        return replace(self, period_months=months)

    def to_json(self) -> dict[str, Any]:
        """What the vault stores: the coach's choice only; texts and ranges stay in the code."""
        return {
            "category": self.category.value,
            "period_months": self.period_months,
            "action": self.action.value,
        }


DEFAULT_RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        category=Category.DOSSIER,
        period_months=12,
        start_event=StartEvent.END_OF_LAST_TRAJECTORY,
        action=Action.ANONYMISE,
        min_months=6,
        max_months=24,
        rationale=QT_TRANSLATE_NOOP(
            "Retention",
            "Continuity if the client returns, and the window in which a complaint can still be "
            "made. The professional code for psychologists (NIP) uses one year.",
        ),
    ),
    RetentionRule(
        category=Category.AGENDA,
        period_months=12,
        start_event=StartEvent.APPOINTMENT,
        action=Action.ERASE,
        min_months=6,
        max_months=24,
        rationale=QT_TRANSLATE_NOOP(
            "Retention", "To settle questions about appointments that were made."
        ),
    ),
    RetentionRule(
        category=Category.PROSPECTS,
        period_months=6,
        start_event=StartEvent.LAST_CONTACT,
        action=Action.ERASE,
        min_months=1,
        max_months=12,
        rationale=QT_TRANSLATE_NOOP(
            "Retention", "To follow up an enquiry that did not (yet) lead to coaching."
        ),
    ),
    # Kept while the data it covers exists (``follows``), never longer than the period. The
    # minimum equals the longest dossier period, so proof of consent cannot vanish before the
    # notes it covers.
    RetentionRule(
        category=Category.CONSENTS,
        period_months=60,
        start_event=StartEvent.END_OF_TRAJECTORY,
        action=Action.ERASE,
        min_months=24,
        max_months=60,
        rationale=QT_TRANSLATE_NOOP(
            "Retention",
            "Proof that the client gave consent (GDPR Art. 7(1)). Kept until the data it covers "
            "is erased, and never longer than this maximum.",
        ),
        follows=Category.DOSSIER,
    ),
    RetentionRule(
        category=Category.INVOICES,
        period_months=84,
        start_event=StartEvent.END_OF_FINANCIAL_YEAR,
        action=Action.ERASE,
        min_months=84,
        max_months=84,
        rationale=QT_TRANSLATE_NOOP(
            "Retention",
            "Dutch tax law requires you to keep your records for seven years (art. 52 AWR).",
        ),
    ),
)

DEFAULTS_BY_CATEGORY: dict[Category, RetentionRule] = {r.category: r for r in DEFAULT_RULES}


def rules_with_periods(periods: dict[Category, int]) -> tuple[RetentionRule, ...]:
    """The default rules with the coach's periods applied (each checked against its range)."""
    return tuple(
        rule.with_period(periods[rule.category]) if rule.category in periods else rule
        for rule in DEFAULT_RULES
    )


def rules_from_json(items: list[dict[str, Any]]) -> tuple[RetentionRule, ...]:
    """Stored choices over the defaults. Unknown categories and bad values fall back quietly:
    a stored period is advice from an older version, never a reason to refuse to start."""
    periods: dict[Category, int] = {}
    for item in items:
        try:
            category = Category(item["category"])
            months = int(item["period_months"])
        except (KeyError, TypeError, ValueError):
            continue
        rule = DEFAULTS_BY_CATEGORY[category]
        if rule.min_months <= months <= rule.max_months:
            periods[category] = months
    return rules_with_periods(periods)
