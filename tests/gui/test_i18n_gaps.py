"""Texts that used to stay English (or Dutch) whatever the language: repeat-rule and calendar
skip reasons, spin-box units, "No client found", and the kinds in exported event titles.

A small translator with a few Dutch texts stands in for the .qm file (the real translations are
merged later); what is checked is that the code asks Qt for a translation with the right
context, fields and plural count.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from test_clients_support import fast_vault, session

import coachdesk
from coachdesk.domain.errors import NOT_FOUND_NOUNS, NotFound
from coachdesk.domain.models import Appointment, AppointmentKind, AppointmentStatus, ClientDraft
from coachdesk.domain.phrases import Phrase
from coachdesk.domain.recurrence import RecurrenceError, normalise_rrule
from coachdesk.domain.retention import Category
from coachdesk.services.calendar_ics import event_title
from coachdesk.services.calendar_ics_event import Unusable
from coachdesk.services.clients import create_client
from coachdesk.services.retention_auto import AutoRun
from coachdesk.ui.i18n import tr_error
from coachdesk.ui.i18n_phrases import minutes_suffix, months_suffix, tr_phrase
from coachdesk.ui.pages.retention_settings import RetentionSettings
from coachdesk.ui.retention_auto import run_summary
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]  # fixtures used by name

DUTCH = {
    ("Errors", "No {what} found for {key}."): "Geen {what} gevonden voor {key}.",
    ("Errors", "client"): "cliënt",
    ("Errors", "The repeat rule is not supported: {reason}."): (
        "De herhaalregel wordt niet ondersteund: {reason}."
    ),
    ("Recurrence", "{part} is not supported"): "{part} wordt niet ondersteund",
    ("IcsImport", "its repeat rule is not supported ({reason})"): (
        "de herhaalregel wordt niet ondersteund ({reason})"
    ),
    ("IcsImport", "its {what} is in the year {year}"): "het {what} ligt in het jaar {year}",
    ("IcsImport", "start"): "begin",
    ("IcsImport", "it ends before it starts"): "{broken} field",  # a slip in a translation
}
PLURALS = {
    ("SpinBoxUnits", "%n month(s)"): ("%n maand", "%n maanden"),
    ("SpinBoxUnits", "%n minute(s)"): ("%n minuut", "%n minuten"),
    ("RunWords", "%n client(s) erased"): ("%n cliënt gewist", "%n cliënten gewist"),
}


class SomeDutch(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # type: ignore[override]
        if (context, source) in PLURALS:
            one, more = PLURALS[(context, source)]
            return one if n == 1 else more
        return DUTCH.get((context, source))  # None: not in this translator, Qt asks the next

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def dutch(qapp: QCoreApplication) -> Iterator[None]:
    translator = SomeDutch()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_not_found_nouns_are_translated(dutch: None) -> None:
    error = NotFound(what="client", key="C-0042")
    assert error.message == "No client found for C-0042."
    assert tr_error(error) == "Geen cliënt gevonden voor C-0042."


def test_every_not_found_noun_in_the_code_is_marked() -> None:
    root = Path(coachdesk.__file__).parent
    used = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "NotFound":
                for keyword in node.keywords:
                    if keyword.arg == "what" and isinstance(keyword.value, ast.Constant):
                        used.add(keyword.value.value)
    assert used and used <= set(NOT_FOUND_NOUNS)


def test_repeat_rule_reasons_stay_english_for_scripts_and_translate_in_the_window(
    dutch: None,
) -> None:
    with pytest.raises(RecurrenceError) as caught:
        normalise_rrule("FREQ=SECONDLY", datetime(2026, 1, 5, 10), tzid="Europe/Amsterdam")
    error = caught.value
    assert error.message == "The repeat rule is not supported: FREQ=SECONDLY is not supported."
    assert tr_error(error) == (
        "De herhaalregel wordt niet ondersteund: FREQ=SECONDLY wordt niet ondersteund."
    )
    skipped = Unusable("its repeat rule is not supported ({reason})", reason=error.reason).reason
    assert skipped == "its repeat rule is not supported (FREQ=SECONDLY is not supported)"
    assert tr_phrase(skipped) == (
        "de herhaalregel wordt niet ondersteund (FREQ=SECONDLY wordt niet ondersteund)"
    )


def test_calendar_skip_reasons_translate_with_their_words(dutch: None) -> None:
    year = Phrase(
        "IcsImport", "its {what} is in the year {year}", what=Phrase("IcsImport", "start"),
        year=9999,
    )  # fmt: skip
    assert year == "its start is in the year 9999"
    assert tr_phrase(year) == "het begin ligt in het jaar 9999"
    broken = Phrase("IcsImport", "it ends before it starts")
    assert tr_phrase(broken) == "it ends before it starts"  # a bad translation: the English
    assert tr_phrase("plain text") == "plain text"


def test_spin_box_units_follow_the_number(dutch: None) -> None:
    assert (months_suffix(1), months_suffix(6)) == (" maand", " maanden")
    assert (minutes_suffix(1), minutes_suffix(10)) == (" minuut", " minuten")


def test_automatic_run_words_use_plural_forms(dutch: None) -> None:
    assert run_summary(AutoRun(at="2030-06-01T07:00:00Z", erased=1)) == "1 cliënt gewist"
    assert run_summary(AutoRun(at="2030-06-01T07:00:00Z", erased=3)) == "3 cliënten gewist"


def test_spin_box_units_in_the_settings_follow_the_value(
    dutch: None, qtbot: QtBot, session: AppSession
) -> None:
    box = RetentionSettings(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    spin = box.spins[Category.PROSPECTS]
    spin.setValue(1)
    assert spin.suffix() == " maand"
    spin.setValue(3)
    assert spin.suffix() == " maanden"


def test_event_titles_use_the_labels_given(session: AppSession) -> None:
    client = create_client(session.db, ClientDraft(first_name="Anna", last_name="Jansen"))
    appt = Appointment(
        id=1, uuid="u", title="", kind=AppointmentKind.SESSION,
        status=AppointmentStatus.PLANNED, starts_at=datetime(2026, 1, 5, 10),
        ends_at=datetime(2026, 1, 5, 11), all_day=False, tzid="Europe/Amsterdam",
        client_id=client.id, trajectory_id=None, location="", notes="", rrule="",
    )  # fmt: skip
    assert event_title(appt, client, "initials") == "Sessie — A.J."
    english = {AppointmentKind.SESSION: "Session"}
    assert event_title(appt, client, "code", english) == f"Session — {client.number}"
