"""Loading Qt translations and switching language at run time.

The language follows the system unless the coach chose one (stored in ``Prefs``). Widgets set
their texts in a ``retranslate()`` method that they call from ``__init__`` and again when they
receive ``QEvent.LanguageChange``, so switching language needs no restart. Error messages from
the non-Qt layers are translated here in context ``Errors``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.phrases import Phrase
from coachdesk.paths import resources_dir
from coachdesk.ui.i18n_phrases import tr_phrase

SUPPORTED = ("nl", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2].lower()
    return name if name in SUPPORTED else "en"


def current_language() -> str:
    return QCoreApplication.instance().property("coachdesk_language") or "en"  # type: ignore[union-attr]


def set_language(code: str) -> str:
    """Install the translators for *code* ('nl' or 'en'); returns the language in force."""
    app = QCoreApplication.instance()
    assert app is not None
    code = code if code in SUPPORTED else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "translations" / f"coachdesk_{code}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    if code == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.setProperty("coachdesk_language", code)
    return code


def tr_error(error: CoachDeskError) -> str:
    """The error's sentence in the current language (templates are marked in the domain)."""
    if isinstance(error, ValidationError):
        parts = [
            QCoreApplication.translate("Validation", message) for message in error.fields.values()
        ]
        return " ".join(parts)
    template = QCoreApplication.translate("Errors", error.template)
    args = {
        k: tr_phrase(v)
        if isinstance(v, Phrase)
        else QCoreApplication.translate("Errors", v)
        if isinstance(v, str)
        else v
        for k, v in error.args_map.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError):
        return error.message


def tr_field_error(message: str) -> str:
    """A per-field validation message from ``ValidationError.fields``."""
    return QCoreApplication.translate("Validation", message)
