"""Settings → Retention periods: the periods confirmed at setup can be changed later."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.domain.retention import Category
from coachdesk.services.access import Vault
from coachdesk.services.retention import load_rules
from coachdesk.ui.pages.retention_settings import RetentionSettings
from coachdesk.ui.session import AppSession

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_changing_a_period_is_saved_and_audited(qtbot: QtBot, vault: Vault) -> None:
    session = AppSession(vault)
    box = RetentionSettings(session, None)  # type: ignore[arg-type]
    qtbot.addWidget(box)
    spin = box.spins[Category.DOSSIER]
    spin.setValue(18)
    spin.setValue(spin.maximum() + 50)  # a spin box never leaves the allowed range
    assert spin.value() == spin.maximum()
    spin.setValue(18)
    box.save()
    rules = {rule.category: rule for rule in load_rules(session.db)}
    assert rules[Category.DOSSIER].period_months == 18
    assert box.status.text() == "Saved."
    actions = [r[0] for r in session.db.all("SELECT action FROM audit_log")]
    assert "retention.rules_changed" in actions or "retention.rules_confirmed" in actions
    session.close()
