"""CoachDesk: encrypted client dossiers, agenda and GDPR tools for independent coaches."""

__version__ = "0.1.0"
APP_NAME = "CoachDesk"
