"""Per-computer preferences that must be known before the vault is unlocked.

Language and window geometry live here (QSettings, in the user's config folder). Nothing here
is secret or about a client; practice settings such as auto-lock live inside the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from coachdesk.paths import DataPaths


class Prefs:
    """Typed access with defaults. One INI file per data dir, so tests never share state."""

    def __init__(self, paths: DataPaths) -> None:
        self._settings = QSettings(str(paths.root / "preferences.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """'' means: follow the system."""
        return str(self._settings.value("ui/language", "", str))

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("ui/language", code)
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray:
        value = self._settings.value("ui/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("ui/geometry", value)
        self._settings.sync()

    def sync(self) -> None:
        self._settings.sync()
