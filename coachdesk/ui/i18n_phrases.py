"""Showing a ``coachdesk.domain.phrases.Phrase`` in the current language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from coachdesk.domain.phrases import Phrase


def tr_phrase(text: str) -> str:
    """*text* translated when it is a ``Phrase`` (fields too); plain text comes back as it is.

    A translation whose fields do not match the template falls back to the English text, so a
    slip in a translation file never hides the reason."""
    if not isinstance(text, Phrase):
        return str(text)
    template = QCoreApplication.translate(text.context, text.template)
    fields = {
        name: tr_phrase(value) if isinstance(value, Phrase) else value
        for name, value in text.fields.items()
    }
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return str(text)


def plural_s(text: str, n: int) -> str:
    """English "%n month(s)" read as "1 month" / "2 months".

    The English catalogue repeats the source text in every plural form, so "(s)" would reach
    the screen; a translation (Dutch) never contains it and comes back unchanged."""
    return text.replace("(s)", "" if n == 1 else "s")


def without_number(translated: str, n: int) -> str:
    """A spin box suffix from a plural-aware "%n unit(s)" translation: the text minus *n*.

    Qt picks the plural form for *n* (Dutch "1 maand", "2 maanden"); the spin box shows the
    number itself, so only the words remain. Call again when the value changes."""
    return plural_s(translated, n).replace(str(n), "", 1)


class SpinBoxUnits(QObject):
    """Units with plural forms. A QObject so that ``self.tr(text, "", n)`` is recorded by
    lupdate as a plural message (``QCoreApplication.translate`` with a count is not)."""

    def months(self, n: int) -> str:
        return without_number(self.tr("%n month(s)", "", n), n)

    def minutes(self, n: int) -> str:
        return without_number(self.tr("%n minute(s)", "", n), n)


_units: SpinBoxUnits | None = None


def _spin_box_units() -> SpinBoxUnits:
    global _units
    if _units is None:
        _units = SpinBoxUnits()
    return _units


def months_suffix(months: int) -> str:
    return _spin_box_units().months(months)


def minutes_suffix(minutes: int) -> str:
    return _spin_box_units().minutes(minutes)
