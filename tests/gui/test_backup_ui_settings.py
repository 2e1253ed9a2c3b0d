"""Settings → Backups, driven as a coach would: real vault, real backups in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths
from coachdesk.services.backup import (
    BackupSettings,
    backup_history,
    last_verified_restore,
    load_backup_settings,
    save_backup_settings,
)
from coachdesk.services.clients import create_client
from coachdesk.ui import background, i18n
from coachdesk.ui.backup.history_model import BackupHistoryModel
from coachdesk.ui.backup.section import BackupSection
from coachdesk.ui.session import AppSession, Changes
from coachdesk.vault.vault import Vault
from tests.gui.test_backup_ui_support import Pause, pause_backups

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SLOW = 30_000


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def session(vault: Vault) -> Iterator[AppSession]:
    with vault.session() as db:
        create_client(db, ClientDraft(first_name="Anna", last_name="Bakker"))
    s = AppSession(vault)
    yield s
    background.wait_for_background()
    if not vault.is_locked:
        s.db.close()


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    yield from pause_backups(monkeypatch)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def make_section(
    qtbot: QtBot, session: AppSession, paths: DataPaths, chosen: list[str]
) -> BackupSection:
    section = BackupSection(
        session,
        paths,
        None,  # type: ignore[arg-type]
        chooser=lambda _w: chosen.pop(0) if chosen else None,
    )
    qtbot.addWidget(section)
    section.resize(800, 900)
    section.show()
    qtbot.waitUntil(lambda: not section.actions.loading and not section.targets.checking)
    return section


def backups_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def test_targets_schedule_and_rotation_are_saved(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    section = make_section(qtbot, session, paths, [str(usb)])
    panel = section.targets
    assert panel.empty_hint.isVisible()
    assert [s.value() for s in panel.rotation.values()] == [7, 4, 12]
    panel.add_button.click()
    assert load_backup_settings(session.db).targets == (str(usb),)
    qtbot.waitUntil(lambda: not panel.checking)
    assert panel.targets.count() == 1 and panel.targets.item(0).text() == str(usb)
    assert not panel.empty_hint.isVisible()
    panel.schedule.setCurrentIndex(panel.schedule.findData("weekly"))
    panel.rotation["keep_monthly"].setValue(24)
    panel.save_rotation()
    stored = load_backup_settings(session.db)
    assert (stored.schedule, stored.keep_monthly, stored.keep_daily) == ("weekly", 24, 7)
    assert panel.status.text() == "Backup settings saved."
    panel.targets.setCurrentRow(0)
    panel.remove_button.click()
    assert load_backup_settings(session.db).targets == ()
    actions = [r[0] for r in session.db.all("SELECT action FROM audit_log")]
    assert "backup.settings_changed" in actions


def test_inside_vault_and_missing_targets_show_warnings(
    qtbot: QtBot, session: AppSession, paths: DataPaths, tmp_path: Path
) -> None:
    inside = paths.root / "backups"
    inside.mkdir()
    missing = tmp_path / "unplugged-disk"
    section = make_section(qtbot, session, paths, [str(inside), str(missing)])
    panel = section.targets
    panel.add_button.click()
    panel.add_button.click()
    qtbot.waitUntil(lambda: not panel.checking and panel.targets.count() == 2)
    texts = [panel.targets.item(i).text() for i in range(2)]
    assert "inside CoachDesk's own data folder" in texts[0]
    assert "cannot be found" in texts[1]
    assert str(panel.problem_for(str(missing))).endswith("MISSING")


def test_back_up_now_writes_a_file_and_the_history_shows_it(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    section = make_section(qtbot, session, paths, [])
    actions = section.actions
    assert actions.history_empty.isVisible()
    with qtbot.waitSignal(actions.runner.finished, timeout=SLOW) as blocker:
        assert actions.back_up_now()
        assert actions.progress.isVisible() and actions.cancel_button.isVisible()
        assert not actions.backup_button.isEnabled()
    assert blocker.args[0].ok
    files = backups_in(usb)
    assert len(files) == 1 and files[0].suffix == ".cdbackup"
    assert not files[0].read_bytes().startswith(b"SQLite format 3")
    qtbot.waitUntil(lambda: actions.model.rowCount() == 1)
    assert not actions.progress.isVisible() and actions.backup_button.isEnabled()
    assert actions.table.isVisible()
    assert actions.backup_status.text().startswith("Backup written and checked")
    model = actions.model
    assert model.index(0, 2).data() == str(usb)
    assert model.index(0, 3).data() == "Yes"
    assert model.index(0, 1).data().endswith("B")  # "12.3 kB", "1.2 MB"
    assert backup_history(session.db)[0].path == str(files[0])


def test_cancel_leaves_no_file(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path, paused: Pause
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    section = make_section(qtbot, session, paths, [])
    actions = section.actions
    with qtbot.waitSignal(actions.runner.finished, timeout=SLOW) as blocker:
        actions.back_up_now()
        qtbot.waitUntil(paused.reported.is_set, timeout=SLOW)  # mid-stream
        qtbot.waitUntil(lambda: actions.progress.value() > 0 or actions.progress.format() != "")
        actions.cancel_button.click()
        paused.go_on.set()
    assert blocker.args[0].cancelled
    assert backups_in(usb) == [] and not list(usb.glob("*.partial"))
    assert actions.backup_status.text() == "Backup cancelled. No new backup was written."
    assert backup_history(session.db) == []
    assert actions.backup_button.isEnabled()


def test_restore_drill_updates_last_verified_restore(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    section = make_section(qtbot, session, paths, [])
    actions = section.actions
    assert actions.verified_label.text().startswith("Last verified restore: never")
    with qtbot.waitSignal(actions.runner.finished, timeout=SLOW):
        actions.back_up_now()
    actions.run_drill()
    qtbot.waitUntil(lambda: actions.drill_task is None, timeout=SLOW)
    assert actions.drill_report.ok
    assert actions.drill_status.text().startswith("Restore drill passed")
    qtbot.waitUntil(lambda: "never" not in actions.verified_label.text())
    assert last_verified_restore(session.db) is not None
    scratch = [p for p in paths.root.rglob("*") if p.is_file() and "staging" in str(p)]
    assert [p for p in scratch if not p.name.endswith(".lock")] == []


def test_drill_without_a_backup_says_so(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    section = make_section(qtbot, session, paths, [])
    actions = section.actions
    actions.run_drill()
    qtbot.waitUntil(lambda: actions.drill_task is None, timeout=SLOW)
    assert actions.drill_status.text().startswith("Restore drill failed")
    assert last_verified_restore(session.db) is None


def test_history_model_passes_the_model_tester(
    qtmodeltester: object, session: AppSession, paths: DataPaths, usb: Path, qtbot: QtBot
) -> None:
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),)))
    section = make_section(qtbot, session, paths, [])
    with qtbot.waitSignal(section.actions.runner.finished, timeout=SLOW):
        section.actions.back_up_now()
    model = BackupHistoryModel()
    model.set_records(backup_history(session.db))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_settings_changed_elsewhere_are_shown(
    qtbot: QtBot, session: AppSession, paths: DataPaths, usb: Path
) -> None:
    section = make_section(qtbot, session, paths, [])
    save_backup_settings(session.db, BackupSettings(targets=(str(usb),), schedule="on_close"))
    session.notify(Changes(settings=True))
    panel = section.targets
    assert panel.targets.count() == 1
    assert panel.schedule.currentData() == "on_close"
    assert panel.schedule.currentText() == "Every time I close CoachDesk"
