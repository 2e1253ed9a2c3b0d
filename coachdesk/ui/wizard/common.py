"""Pieces the setup wizard's pages share: page ids, a field hint, small label helpers."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.i18n import tr_error

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1e6b35"
MUTED_COLOUR = "#5b6775"


class PageId(enum.IntEnum):
    WELCOME = 0
    PRACTICE = 1
    SECURITY = 2
    RECOVERY = 3
    RETENTION = 4


class FieldHint(QLabel):
    """A short message under a field (red for a problem), hidden while empty.

    It keeps how to produce the text (English source and context, or the error), not the
    translated text, so a language switch while the hint is visible shows it in the new language.
    """

    def __init__(self, parent: QWidget, *, ok: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._produce: Callable[[], str] | None = None
        self.set_ok(ok)
        self.hide()

    def set_ok(self, ok: bool) -> None:
        self.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")

    def show_message(self, context: str, source: str, **args: object) -> None:
        """Show *source* (English, translated in *context*, then formatted with *args*)."""

        def produce() -> str:
            text = QCoreApplication.translate(context, source)
            return text.format(**args) if args else text

        self._show(produce)

    def show_error(self, error: CoachDeskError) -> None:
        self._show(lambda: tr_error(error))

    def clear(self) -> None:
        self._show(None)

    @property
    def has_message(self) -> bool:
        return self._produce is not None

    def _show(self, produce: Callable[[], str] | None) -> None:
        self._produce = produce
        self._apply()

    def _apply(self) -> None:
        text = self._produce() if self._produce is not None else ""
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._apply()
        super().changeEvent(event)


def key_font(point_size: int) -> QFont:
    """A monospaced bold font, so the recovery key's characters line up and read clearly."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def muted(label: QLabel) -> QLabel:
    """Secondary text: word-wrapped and grey."""
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED_COLOUR};")
    return label


def wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label
