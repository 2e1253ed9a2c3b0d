"""Screenshots of the main screens, for the README and for looking at the app as a coach would.

Run through ``make screenshots``, which starts this under Xvfb. It builds a fresh demo practice
in a temporary folder (nothing of the developer's own data is touched), drives the real widgets
in Dutch (or ``--lang en``), and writes PNGs into ``docs/screenshots/``.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtCore import QEventLoop, QSize
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from coachdesk.domain.retention import Action
from coachdesk.paths import data_paths
from coachdesk.services import breaches
from coachdesk.services.access import Passphrase, create_vault, unlock_vault
from coachdesk.services.backup import (
    BackupSettings,
    create_backup,
    restore_drill,
    save_backup_settings,
)
from coachdesk.services.demo import generate_demo
from coachdesk.services.retention import load_rules
from coachdesk.services.retention_sweep import apply, due_items
from coachdesk.ui import i18n
from coachdesk.ui.agenda.common import ViewMode
from coachdesk.ui.backup.restore_wizard import RestorePageId, RestoreWizard
from coachdesk.ui.clients.table_model import ClientIdRole
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages import Page
from coachdesk.ui.prefs import Prefs
from coachdesk.ui.session import AppSession, Changes
from coachdesk.ui.setup_wizard import SetupWizard
from coachdesk.ui.unlock import UnlockScreen
from coachdesk.ui.wizard.common import PageId

PASSPHRASE = "zeven groene appels op een rij"
ROOT = Path(__file__).resolve().parent.parent
SIZE = QSize(1200, 780)


def settle(until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
    """Let Qt work (workers, paints) until *until* holds; a loop instance avoids static calls."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    while True:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if until() and time.monotonic() > deadline - timeout + 0.4:
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        time.sleep(0.02)


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"  {path}")


def wizard_shots(base: Path, out: Path) -> None:
    paths = data_paths(base / "new")
    wizard = SetupWizard(paths, Prefs(paths))
    wizard.show()
    settle(lambda: wizard.keyring_available is not None)
    shoot(wizard, out, "01-wizard-welcome")
    wizard.next()
    practice = {
        "name": "Praktijk De Kompasroos",
        "coach_name": "Anne de Vries",
        "street": "Oudegracht 112",
        "postcode": "3511 AX",
        "city": "Utrecht",
        "kvk": "12345678",
        "email": "anne@kompasroos.nl",
        "phone": "06 1234 5678",
    }
    for field, value in practice.items():
        wizard.practice_page.edits[field].setText(value)
        wizard.practice_page.edits[field].editingFinished.emit()
    shoot(wizard, out, "02-wizard-practice")
    wizard.next()
    page = wizard.security_page
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    shoot(wizard, out, "03-wizard-security")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    settle(lambda: wizard.currentId() == PageId.RECOVERY)
    shoot(wizard, out, "04-wizard-recovery-key")
    recovery = wizard.recovery_page
    groups = [label.text() for label in recovery.group_labels if label.text()]
    recovery.check_edit.setText(groups[recovery.requested_group - 1])
    wizard.next()
    settle(lambda: wizard.currentId() == PageId.RETENTION)
    shoot(wizard, out, "05-wizard-retention")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(lambda: not wizard.isVisible())


def demo_vault(base: Path) -> Path:
    paths = data_paths(base / "demo")
    vault, _ = create_vault(paths, passphrase=PASSPHRASE, use_keyring=False)
    with vault.session() as db:
        generate_demo(db, clients=200, seed=3, today=date.today())
    return paths.root


def app_shots(base: Path, out: Path) -> None:
    paths = data_paths(demo_vault(base))
    prefs = Prefs(paths)
    unlock = UnlockScreen(paths, try_keychain=False)
    unlock.resize(SIZE)
    unlock.show()
    shoot(unlock, out, "06-unlock")
    unlock.close()
    session = AppSession(unlock_vault(paths, Passphrase(PASSPHRASE)))
    window = MainWindow(session, paths, prefs)
    window.resize(SIZE)
    window.show()
    settle()
    shoot(window, out, "07-today")
    window.show_page(Page.CLIENTS)
    shoot(window, out, "08-clients")
    clients = window.pages[Page.CLIENTS]
    clients.filter_edit.setText("berg")
    settle(lambda: clients.model.rowCount() > 0)
    shoot(window, out, "09-clients-search")
    client_id = clients.model.index(0, 0).data(ClientIdRole)
    window.open_client(client_id)
    dossier = clients.dossier
    tabs = ("overview", "notes", "documents", "appointments", "consents", "activity")
    for index, name in enumerate(tabs):
        dossier.tabs.setCurrentWidget(getattr(dossier, name))
        if name == "notes":
            dossier.notes.list.selectRow(0)
        shoot(window, out, f"{10 + index}-dossier-{name}")
    window.show_page(Page.AGENDA)
    agenda = window.pages[Page.AGENDA]
    agenda.set_mode(ViewMode.WEEK)
    shoot(window, out, "18-agenda-week")
    agenda.set_mode(ViewMode.MONTH)
    shoot(window, out, "19-agenda-month")
    window.show_page(Page.TASKS)
    shoot(window, out, "20-tasks")
    privacy_shots(window, session, out)
    window.show_page(Page.SETTINGS)
    shoot(window, out, "16-settings")
    backup_shots(window, session, base, out)
    window.show_page(Page.CLIENTS)
    dialog = window.open_search()
    if dialog is not None:
        dialog.query.setText("doel")  # type: ignore[attr-defined]
        settle()
        settle()
        shoot(dialog, out, "17-search")
        dialog.close()
    window.save_pending()
    window.close()
    session.close()


def backup_shots(window: MainWindow, session: AppSession, base: Path, out: Path) -> None:
    """Settings → Backups with one real backup, a drill, and an unplugged disk; then the
    restore wizard's "what is in it" page for that backup, on a fresh data folder."""
    usb = base / "USB-stick" / "CoachDesk-backups"
    usb.mkdir(parents=True)
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    record = create_backup(session.vault, usb)
    restore_drill(session.vault)
    unplugged = str(base / "Back-upschijf")  # a disk that is not connected right now
    save_backup_settings(session.db, BackupSettings(targets=(str(usb), unplugged)))
    session.notify(Changes(settings=True))
    backups = window.settings_page.backups
    backups.actions.refresh()
    settle(lambda: not backups.actions.loading and not backups.targets.checking)
    window.show_backup_settings()
    shoot(window, out, "23-settings-backups")
    wizard = RestoreWizard(data_paths(base / "new-laptop"))
    wizard.resize(760, 620)
    wizard.show()
    wizard.file_page.path_edit.setText(record.path)
    wizard.next()
    wizard.key_page.use_passphrase.setChecked(True)
    wizard.key_page.passphrase.setText(PASSPHRASE)
    wizard.next()
    settle(lambda: wizard.currentId() == RestorePageId.CONTENTS)
    shoot(wizard, out, "24-restore-contents")
    wizard.reject()


def privacy_shots(window: MainWindow, session: AppSession, out: Path) -> None:
    """The due list as the demo leaves it; then a dozen due clients anonymised, so the
    statistics tab has something to show (small cells as "<5")."""
    window.show_page(Page.PRIVACY)
    privacy = window.pages[Page.PRIVACY]
    privacy.tabs.setCurrentWidget(privacy.due)  # type: ignore[attr-defined]
    shoot(window, out, "21-privacy-due")
    with session.vault.session() as db:
        rules = load_rules(db)
        due = [i for i in due_items(db, rules, date.today()) if i.category != "agenda"]
    apply(session.vault, due[:12], today=date.today(), rules=rules, action=Action.ANONYMISE)
    session.notify(Changes(clients=True, tasks=True, appointments=True))
    privacy.tabs.setCurrentWidget(privacy.statistics)  # type: ignore[attr-defined]
    shoot(window, out, "22-privacy-statistics")
    breach_shot(window, session, out)


def breach_shot(window: MainWindow, session: AppSession, out: Path) -> None:
    """Two breaches: a lost encrypted laptop (no risk, not reported) and a mis-sent e-mail
    whose 72-hour clock is running."""
    now = datetime.now(UTC)
    with session.vault.session() as db:
        breaches.record(db, breaches.BreachDraft(
            discovered_at=now - timedelta(days=40),
            description="Laptop gestolen uit de auto",
            data_categories="Alle dossiers (versleutelde kluis)", people_affected=180,
            encrypted=True, risk=breaches.Risk.NONE,
            measures="Sleutel vervangen, back-up teruggezet op nieuwe laptop",
            reason_not_reported="Kluis versleuteld; de sleutel stond niet op de laptop",
        ))  # fmt: skip
        breaches.record(db, breaches.BreachDraft(
            discovered_at=now - timedelta(hours=20),
            description="Verslag per ongeluk naar de verkeerde werkgever gemaild",
            data_categories="Naam, sessieverslag", people_affected=1, risk=breaches.Risk.RISK,
            measures="Ontvanger gevraagd de e-mail te verwijderen",
        ))  # fmt: skip
    session.notify(Changes(tasks=True))
    privacy = window.pages[Page.PRIVACY]
    privacy.tabs.setCurrentWidget(privacy.breaches)  # type: ignore[attr-defined]
    shoot(window, out, "25-privacy-breaches")


def main() -> int:
    faulthandler.dump_traceback_later(75, exit=True)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    # The wizard follows the system language, as it does for a coach on first start.
    os.environ["LANG"] = os.environ["LC_ALL"] = (
        "nl_NL.UTF-8" if args.lang == "nl" else "en_GB.UTF-8"
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("CoachDesk")
    i18n.set_language(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="coachdesk-shots-") as tmp:
        wizard_shots(Path(tmp), args.out)
        app_shots(Path(tmp), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
