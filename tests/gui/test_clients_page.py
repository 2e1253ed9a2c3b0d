"""The client list: lazy model, search-as-you-type, status filter, SQL sorting, the form."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_clients_support import (
    OFFSCREEN_NOISE,
    activate,
    add_people,
    fast_vault,
    make_page,
    names_shown,
    session,
)

from coachdesk.domain.models import Client, ClientDraft, ClientStatus
from coachdesk.services.clients import create_client
from coachdesk.ui.clients.table_model import ClientRole, ClientTableModel, Column, SortRole
from coachdesk.ui.session import AppSession

__all__ = ["fast_vault", "session"]  # fixtures used by name
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_model_passes_qtmodeltester(qtmodeltester, session: AppSession) -> None:  # type: ignore[no-untyped-def]
    add_people(session)
    model = ClientTableModel(session.db)
    qtmodeltester.check(model)
    model.set_filter("berg", ())
    qtmodeltester.check(model)
    model.sort(Column.EMAIL, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily_in_pages(session: AppSession) -> None:
    for i in range(450):
        create_client(session.db, ClientDraft(first_name=f"Klant{i:03d}", last_name="Test"))
    model = ClientTableModel(session.db)
    assert model.rowCount() == 450
    assert not model._cache
    model.index(430, 1).data()
    assert len(model._cache) == 450 - 400  # only the last page was read
    client = model.index(430, 0).data(ClientRole)
    assert isinstance(client, Client)
    assert model.index(430, 0).data(SortRole) == client.number


def test_names_show_in_full_and_sort_by_last_name(qtbot: QtBot, session: AppSession) -> None:
    add_people(session)
    page = make_page(qtbot, session)
    # Archived Henk van Dijk is hidden by default; Dutch order ignores the tussenvoegsel.
    assert names_shown(page) == [
        "Zoë Aalders",
        "Lotte Bakker",
        "Şükrü van den Berg-Øberg",
        "Anna Jansen",
        "Pieter de Vries",
    ]
    assert page.model.index(2, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == (
        "Berg-Øberg, Şükrü van den"
    )
    assert page.model.index(0, Column.STATUS).data() == "Active"
    assert page.model.headerData(Column.EMAIL, Qt.Orientation.Horizontal) == "E-mail"


def test_typing_filters_as_you_type(qtbot: QtBot, session: AppSession) -> None:
    add_people(session)
    page = make_page(qtbot, session)
    qtbot.keyClicks(page.filter_edit, "berg")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    # "Berg-Øberg" by name and "Bergman Advies" by organisation
    assert set(names_shown(page)) == {"Şükrü van den Berg-Øberg", "Pieter de Vries"}
    assert "2 of 6" in page.count_label.text()
    page.filter_edit.setText("sükrü")  # diacritics need not match
    page.apply_filter()
    assert names_shown(page) == ["Şükrü van den Berg-Øberg"]
    page.filter_edit.setText("sukru@exa")  # e-mail prefix
    page.apply_filter()
    assert names_shown(page) == ["Şükrü van den Berg-Øberg"]
    page.filter_edit.setText(page.model.index(0, Column.NUMBER).data())  # client number
    page.apply_filter()
    assert page.model.rowCount() == 1
    page.filter_edit.clear()
    page.apply_filter()
    assert page.model.rowCount() == 5


def test_status_filter(qtbot: QtBot, session: AppSession) -> None:
    add_people(session)
    page = make_page(qtbot, session)
    assert page.status_combo.currentText() == "All but archived"
    assert "Henk van Dijk" not in names_shown(page)
    page.status_combo.setCurrentIndex(page.status_combo.findData("archived"))
    assert names_shown(page) == ["Henk van Dijk"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("active"))
    assert len(names_shown(page)) == 3
    page.status_combo.setCurrentIndex(page.status_combo.findData("all"))
    assert len(names_shown(page)) == 6
    assert page.count_label.text() == "Clients: 6"


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, session: AppSession) -> None:
    add_people(session)
    page = make_page(qtbot, session)
    header = page.table.horizontalHeader()
    page.table.selectRow(0)
    selected_id = page.model.client_id_at(0)  # Zoë Aalders
    header.setSortIndicator(Column.EMAIL, Qt.SortOrder.AscendingOrder)
    assert page.model.query.sort == "email"
    emails = [page.model.index(r, Column.EMAIL).data() for r in range(page.model.rowCount())]
    assert emails == sorted(emails)
    # The selection follows the client, not the row number.
    assert page.model.client_id_at(page.table.currentIndex().row()) == selected_id
    header.setSortIndicator(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names_shown(page)[0] == "Pieter de Vries"
    before = names_shown(page)
    header.setSortIndicator(Column.PHONE, Qt.SortOrder.AscendingOrder)  # no SQL order: ignored
    assert names_shown(page) == before
    assert header.sortIndicatorSection() == Column.NAME


def test_new_client_with_inline_validation(qtbot: QtBot, session: AppSession) -> None:
    page = make_page(qtbot, session)
    page.new_client()
    form = page._form
    assert form is not None
    form.edits["email"].setText("not-an-address")
    form.edits["postcode"].setText("12345")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert form.isVisible()
    assert form.errors["first_name"].text() == "Enter a first or last name."
    assert "e-mail address" in form.errors["email"].text()
    assert "postcode" in form.errors["postcode"].text()
    assert not form.errors["phone"].isVisibleTo(form)

    form.edits["first_name"].setText("Şükrü")
    form.edits["tussenvoegsel"].setText("van den")
    form.edits["last_name"].setText("Berg-Øberg")
    form.edits["email"].setText("sukru@Example.NL")
    form.edits["postcode"].setText("3511ab")
    form.edits["tags"].setText("loopbaan, stress")
    form.birth.setDate(form.birth.date().addYears(100).addDays(1))
    activate(qtbot, form)
    qtbot.keyClick(form.edits["tags"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.dossier)
    assert page.dossier.name_label.text() == "Şükrü van den Berg-Øberg"
    overview = page.dossier.overview
    assert overview.values["email"].text() == "sukru@example.nl"
    assert "3511 AB" in overview.values["address"].text()
    assert overview.values["tags"].text() == "loopbaan, stress"
    assert names_shown(page) == ["Şükrü van den Berg-Øberg"]


def test_editing_a_client_updates_list_and_dossier(qtbot: QtBot, session: AppSession) -> None:
    people = add_people(session)
    page = make_page(qtbot, session)
    anna = people["Jansen"]
    page.open_client(anna.id)
    page.dossier.edit_button.click()
    form = page._form
    assert form is not None and form.edits["first_name"].text() == "Anna"
    form.edits["last_name"].setText("Jansen-Smit")
    form.edits["phone"].setText("06-1234")  # too short: shown when leaving the field
    form.edits["phone"].editingFinished.emit()
    assert "8 to 15 digits" in form.errors["phone"].text()
    form.edits["phone"].setText("06 1234 5678")
    form.status.setCurrentIndex(list(ClientStatus).index(ClientStatus.CLOSED))
    form.save()
    assert page.dossier.name_label.text() == "Anna Jansen-Smit"
    assert "Closed" in page.dossier.info_label.text()
    page.show_list()
    row = page.model.row_of(anna.id)
    assert row is not None
    assert page.model.index(row, Column.NAME).data() == "Anna Jansen-Smit"
    assert page.model.index(row, Column.PHONE).data() == "06 1234 5678"
    assert page.model.client_id_at(page.table.currentIndex().row()) == anna.id


def test_enter_in_the_filter_opens_the_first_match(qtbot: QtBot, session: AppSession) -> None:
    add_people(session)
    page = make_page(qtbot, session)
    page.focus_filter()
    qtbot.keyClicks(page.filter_edit, "jans")
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.dossier
    assert page.dossier.name_label.text() == "Anna Jansen"
    activate(qtbot, page)
    qtbot.keyClick(page.dossier, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.stack.currentWidget() is page.list_page
    assert page.model.client_id_at(page.table.currentIndex().row()) == (page.model.client_id_at(0))


def test_switching_language_retranslates_in_place(
    qtbot: QtBot, session: AppSession, tmp_path: Path
) -> None:
    """Installing a translator re-labels the page, its model and the dossier without a restart."""
    messages = {
        "ClientsPage": [
            ("New client", "Nieuwe cliënt"),
            ("All but archived", "Alle behalve archief"),
        ],
        "ClientTableModel": [("Name", "Naam")],
        "Labels": [("Active", "Actief")],
        "DossierView": [("&Notes", "&Notities")],
    }
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(
            f"<message><source>{html.escape(src)}</source>"
            f"<translation>{html.escape(dst)}</translation></message>"
            for src, dst in pairs
        )
        + "</context>"
        for name, pairs in messages.items()
    )
    ts = tmp_path / "test_nl.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_NL">'
        f"{contexts}</TS>",
        "utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "t.qm")], check=True)
    add_people(session)
    page = make_page(qtbot, session)
    page.open_client(page.model.client_id_at(0))
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)  # Qt posts LanguageChange to every window
    try:
        qtbot.waitUntil(lambda: page.new_button.text() == "Nieuwe cliënt")
        assert page.status_combo.currentText() == "Alle behalve archief"
        assert page.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Naam"
        assert page.model.index(0, Column.STATUS).data() == "Actief"
        assert page.dossier.tabs.tabText(1) == "&Notities"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.new_button.text() == "New client")
