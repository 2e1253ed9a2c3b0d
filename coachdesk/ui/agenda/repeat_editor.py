"""The "Repeat" part of the appointment dialog: what the coach can choose, as a RecurrenceRule.

Choices: does not repeat, weekly, every N weeks, monthly on the same date, monthly on the same
weekday ("every second Tuesday"); ending never, on a date, or after N times. Imported rules
the dialog cannot express are shown as "Custom (kept as imported)" and left untouched.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QWidget

from coachdesk.domain.agenda import Frequency, RecurrenceRule
from coachdesk.ui.clients.labels import date_format, from_qdate, to_qdate

_NONE, _WEEKLY, _EVERY_N, _BY_DATE, _BY_WEEKDAY, _CUSTOM = range(6)
_NEVER, _UNTIL, _COUNT = range(3)


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._start = date.today()
        self._custom = False
        self.frequency = QComboBox(self)
        self.interval = QSpinBox(self)
        self.interval.setRange(2, 52)
        self.ending = QComboBox(self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.count = QSpinBox(self)
        self.count.setRange(2, 500)
        self.count.setValue(10)
        for combo, n in ((self.frequency, 5), (self.ending, 3)):
            for _ in range(n):
                combo.addItem("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.frequency, self.interval, self.ending, self.until, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.frequency.currentIndexChanged.connect(self._update)
        self.ending.currentIndexChanged.connect(self._update)
        for signal in (self.interval.valueChanged, self.until.dateChanged, self.count.valueChanged):
            signal.connect(lambda *_a: self.changed.emit())
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        weekday = QLocale().dayName(self._start.isoweekday())
        nth = (self._start.day - 1) // 7
        ordinals = (
            self.tr("first"),
            self.tr("second"),
            self.tr("third"),
            self.tr("fourth"),
            self.tr("last"),
        )
        texts = (
            self.tr("Does not repeat"),
            self.tr("Every week"),
            self.tr("Every … weeks"),
            self.tr("Monthly on day %1").replace("%1", str(self._start.day)),
            self.tr("Monthly on the %1 %2").replace("%1", ordinals[nth]).replace("%2", weekday),
        )
        for index, text in enumerate(texts):
            self.frequency.setItemText(index, text)
        if self._custom:
            self.frequency.setItemText(_CUSTOM, self.tr("Custom (kept as imported)"))
        for index, text in enumerate((self.tr("no end"), self.tr("until"), self.tr("times:"))):
            self.ending.setItemText(index, text)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" weeks"))
        self.until.setDisplayFormat(date_format())
        self.frequency.setAccessibleName(self.tr("Repeat"))
        self.ending.setAccessibleName(self.tr("Repeat ends"))
        self.count.setAccessibleName(self.tr("Number of times"))
        self.until.setAccessibleName(self.tr("Repeat until"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_start(self, start: date) -> None:
        """The first day anchors "day 14" and "second Tuesday"; the texts follow it."""
        self._start = start
        self.until.setMinimumDate(to_qdate(start))
        if self.until.date() <= to_qdate(start):
            self.until.setDate(to_qdate(start).addMonths(3))
        self.retranslate()

    def set_rule(self, rule: RecurrenceRule | None, *, custom: bool = False) -> None:
        if custom:
            self._custom = True
            self.frequency.addItem("")
            self.retranslate()
            self.frequency.setCurrentIndex(_CUSTOM)
            return
        if rule is None:
            self.frequency.setCurrentIndex(_NONE)
            return
        if rule.frequency is Frequency.WEEKLY:
            index = _WEEKLY if rule.interval == 1 else _EVERY_N
        else:
            index = _BY_DATE if rule.frequency is Frequency.MONTHLY_BY_DATE else _BY_WEEKDAY
        self.frequency.setCurrentIndex(index)
        self.interval.setValue(max(2, rule.interval))
        if rule.count is not None:
            self.ending.setCurrentIndex(_COUNT)
            self.count.setValue(rule.count)
        elif rule.until is not None:
            self.ending.setCurrentIndex(_UNTIL)
            self.until.setDate(QDate(rule.until.year, rule.until.month, rule.until.day))
        else:
            self.ending.setCurrentIndex(_NEVER)

    @property
    def is_custom(self) -> bool:
        return self.frequency.currentIndex() == _CUSTOM

    def rule(self) -> RecurrenceRule | None:
        index = self.frequency.currentIndex()
        if index in (_NONE, _CUSTOM):
            return None
        frequency = {
            _WEEKLY: Frequency.WEEKLY,
            _EVERY_N: Frequency.WEEKLY,
            _BY_DATE: Frequency.MONTHLY_BY_DATE,
            _BY_WEEKDAY: Frequency.MONTHLY_BY_WEEKDAY,
        }[index]
        interval = self.interval.value() if index == _EVERY_N else 1
        ending = self.ending.currentIndex()
        until = from_qdate(self.until.date()) if ending == _UNTIL else None
        count = self.count.value() if ending == _COUNT else None
        return RecurrenceRule(frequency, interval, until, count)

    def _update(self) -> None:
        index = self.frequency.currentIndex()
        repeats = index not in (_NONE, _CUSTOM)
        self.interval.setVisible(index == _EVERY_N)
        self.ending.setVisible(repeats)
        self.until.setVisible(repeats and self.ending.currentIndex() == _UNTIL)
        self.count.setVisible(repeats and self.ending.currentIndex() == _COUNT)
        self.changed.emit()
