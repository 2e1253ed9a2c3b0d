"""Shared set-up for the Clients page tests (imported by test_clients_*, test_dossier_*).

No tests live here. The vault opens with the in-memory keychain only (no Argon2 passphrase
slot), which keeps each test's set-up to a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.domain.models import Client, ClientDraft, ClientStatus
from coachdesk.paths import DataPaths
from coachdesk.services.access import Vault
from coachdesk.services.clients import create_client
from coachdesk.ui.clients.page import ClientsPage
from coachdesk.ui.session import AppSession

#: The offscreen platform plugin warns whenever a shown top-level window gets a minimum size
#: from its layout; it is a limit of the test platform, not something the app does wrong.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"

PEOPLE = (
    ("Şükrü", "van den", "Berg-Øberg", "sukru@example.nl", "Gemeente Utrecht", "active"),
    ("Anna", "", "Jansen", "anna@jansen.nl", "", "active"),
    ("Pieter", "de", "Vries", "p.devries@example.com", "Bergman Advies", "prospect"),
    ("Lotte", "", "Bakker", "lotte@example.nl", "", "closed"),
    ("Henk", "van", "Dijk", "henk@example.nl", "Rijkswaterstaat", "archived"),
    ("Zoë", "", "Aalders", "zoe@aalders.nl", "Achmea", "active"),
)


@pytest.fixture
def fast_vault(paths: DataPaths) -> Vault:
    vault, _recovery = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault


@pytest.fixture
def session(fast_vault: Vault) -> Iterator[AppSession]:
    session = AppSession(fast_vault)
    yield session
    if not fast_vault.is_locked:
        session.db.close()


def add_people(session: AppSession) -> dict[str, Client]:
    """The PEOPLE above, by last name."""
    made = {}
    for first, tussen, last, email, organisation, status in PEOPLE:
        draft = ClientDraft(
            first_name=first,
            tussenvoegsel=tussen,
            last_name=last,
            email=email,
            organisation=organisation,
            status=ClientStatus(status),
        )
        made[last] = create_client(session.db, draft, today=date(2026, 3, 2))
    return made


def make_page(qtbot: QtBot, session: AppSession) -> ClientsPage:
    page = ClientsPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    qtbot.waitExposed(page)
    return page


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make *widget*'s window active: offscreen windows are not activated by show(), and
    window shortcuts (Ctrl+S, Alt+Left) only fire in the active window."""
    window = widget.window().windowHandle()
    assert window is not None
    window.requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)


def names_shown(page: ClientsPage) -> list[str]:
    model = page.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]
