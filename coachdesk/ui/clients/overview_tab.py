"""The Overview tab: the client's personal details (read view, Edit opens the form) and the
trajectories of their coaching."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.models import Client, Trajectory
from coachdesk.services.dossier import get_client, list_trajectories
from coachdesk.ui.clients.labels import fmt_date, fmt_datetime, status_label
from coachdesk.ui.clients.rows_model import ColumnSpec, RowsModel, configure_table
from coachdesk.ui.clients.trajectory_dialog import TrajectoryDialog
from coachdesk.ui.session import AppSession

_DETAILS = (
    "name",
    "preferred_name",
    "date_of_birth",
    "email",
    "phone",
    "address",
    "organisation",
    "referral_source",
    "status",
    "tags",
    "since",
)


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class OverviewTab(QWidget):
    """Details to read (the dossier header has the Edit button) and the trajectories."""

    def __init__(self, session: AppSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._client: Client | None = None
        self._dialog: TrajectoryDialog | None = None
        self.model = RowsModel(
            (
                ColumnSpec(
                    lambda: self.tr("Trajectory"),
                    lambda t: t.title or t.goal,
                    tooltip=lambda t: t.goal,
                ),
                ColumnSpec(
                    lambda: self.tr("Start"),
                    lambda t: fmt_date(t.start_date),
                    sort=lambda t: t.start_date or date.min,
                ),
                ColumnSpec(
                    lambda: self.tr("End"),
                    lambda t: fmt_date(t.end_date),
                    sort=lambda t: t.end_date or date.max,
                ),
                ColumnSpec(
                    lambda: self.tr("Sessions"),
                    lambda t: "" if t.agreed_sessions is None else str(t.agreed_sessions),
                    sort=lambda t: t.agreed_sessions or 0,
                    align_right=True,
                ),
                ColumnSpec(lambda: self.tr("Sponsor"), lambda t: t.sponsor),
            ),
            self,
        )
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.details_box = QGroupBox(self)
        form = QFormLayout(self.details_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for name in _DETAILS:
            caption, value = QLabel(self.details_box), QLabel(self.details_box)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setWordWrap(True)
            caption.setBuddy(value)
            self._captions[name], self.values[name] = caption, value
            form.addRow(caption, value)

        self.trajectories_box = QGroupBox(self)
        self.trajectories = QTableView(self.trajectories_box)
        configure_table(self.trajectories)
        self.trajectories.setModel(self.model)
        header = self.trajectories.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 86), (2, 86), (3, 70), (4, 150)):
            header.resizeSection(column, width)
        self.trajectories.activated.connect(lambda _i: self.edit_trajectory())
        self.add_button = QPushButton(self.trajectories_box)
        self.add_button.clicked.connect(lambda: self._open_dialog(None))
        self.edit_trajectory_button = QPushButton(self.trajectories_box)
        self.edit_trajectory_button.clicked.connect(self.edit_trajectory)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_trajectory_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.trajectories_box)
        box.addWidget(self.trajectories, 1)
        box.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addWidget(self.details_box, 2)
        layout.addWidget(self.trajectories_box, 3)

    def retranslate(self) -> None:
        self.details_box.setTitle(self.tr("Personal details"))
        captions = {
            "name": self.tr("Name"),
            "preferred_name": self.tr("Preferred name"),
            "date_of_birth": self.tr("Date of birth"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "organisation": self.tr("Organisation / sponsor"),
            "referral_source": self.tr("Referred by"),
            "status": self.tr("Status"),
            "tags": self.tr("Tags"),
            "since": self.tr("Client since"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
            self.values[name].setAccessibleName(text)
        self.trajectories_box.setTitle(self.tr("Trajectories"))
        self.trajectories.setAccessibleName(self.tr("Trajectories"))
        self.add_button.setText(self.tr("Add trajectory…"))
        self.edit_trajectory_button.setText(self.tr("Edit…"))
        self.edit_trajectory_button.setAccessibleName(self.tr("Edit trajectory"))
        self.model.retranslate()
        self._show_client()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_client(self, client_id: int) -> None:
        self._client = get_client(self._session.db, client_id)
        self._show_client()
        self.model.set_rows(list_trajectories(self._session.db, client_id))

    def _show_client(self) -> None:
        c = self._client
        if c is None:
            return
        address = "\n".join(
            p
            for p in (
                c.street,
                " ".join(p for p in (c.postcode, c.city) if p),
                "" if c.country == "NL" else c.country,
            )
            if p
        )
        birth = ""
        if c.date_of_birth:
            age = _age(c.date_of_birth, date.today())
            birth = (
                self.tr("%1 (age %2)")
                .replace("%1", fmt_date(c.date_of_birth))
                .replace("%2", str(age))
            )
        values = {
            "name": c.full_name,
            "preferred_name": c.preferred_name,
            "date_of_birth": birth,
            "email": c.email,
            "phone": c.phone,
            "address": address,
            "organisation": c.organisation,
            "referral_source": c.referral_source,
            "status": status_label(c.status),
            "tags": ", ".join(c.tags),
            "since": fmt_datetime(c.created_at),
        }
        for name, text in values.items():
            self.values[name].setText(text or "—")

    def selected_trajectory(self) -> Trajectory | None:
        index = self.trajectories.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def edit_trajectory(self) -> None:
        trajectory = self.selected_trajectory()
        if trajectory is not None:
            self._open_dialog(trajectory)

    def _open_dialog(self, trajectory: Trajectory | None) -> None:
        if self._client is None:
            return
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = TrajectoryDialog(self._session, self._client.id, trajectory, self)
        self._dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog.destroyed.connect(self._forget_dialog)
        self._dialog.open()

    def _forget_dialog(self) -> None:
        self._dialog = None
