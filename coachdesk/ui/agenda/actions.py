"""Storing what the coach did in the agenda: one place that asks the scope, calls the service,
reports errors in words and broadcasts ``Changes(appointments=True)``.

The dialog and the drag-and-drop in the views both come through here, so a move by mouse and
a change in the dialog ask the same question and fail the same way. Functions return a false
value when nothing was stored (the coach said Cancel, or the service refused).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk.domain.agenda import AppointmentDraft, EditScope, Occurrence
from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP
from coachdesk.domain.models import Appointment
from coachdesk.services import agenda as service
from coachdesk.services.access import Db
from coachdesk.ui.agenda import scope_dialog
from coachdesk.ui.agenda.scope_dialog import ScopeAction
from coachdesk.ui.clients import widgets
from coachdesk.ui.i18n import tr_field_error
from coachdesk.ui.session import AppSession, Changes

MSG_NO_CLIENT = QT_TRANSLATE_NOOP("Validation", "Choose a client to write a note for.")


def _report(parent: QWidget, error: CoachDeskError) -> None:
    if isinstance(error, ValidationError):
        text = " ".join(tr_field_error(m) for m in error.fields.values())
    else:
        text = widgets.error_text(error)
    show = getattr(parent, "show_error", None)
    if show is not None:
        show(text)
    else:
        widgets.show_error(
            parent,
            QCoreApplication.translate("AgendaActions", "The appointment was not changed"),
            error,
        )


def _scope(parent: QWidget, occ: Occurrence, action: ScopeAction) -> EditScope | None:
    if not occ.is_recurring:
        return EditScope.ONE
    return scope_dialog.ask_scope(parent, action)


def _notify(session: AppSession, parent: QWidget, *client_ids: int | None) -> None:
    ids = set(client_ids)
    session.notify(
        Changes(appointments=True, client_id=ids.pop() if len(ids) == 1 else None), parent
    )


def overlapping(db: Db, start: datetime, end: datetime, occ: Occurrence | None) -> list[Occurrence]:
    found = service.overlapping(db, start, end, exclude_key=occ.key if occ else None)
    return [o for o in found if occ is None or o.key != occ.key]


def save(
    parent: QWidget, session: AppSession, occ: Occurrence | None, draft: AppointmentDraft
) -> Appointment | bool | None:
    """Create, or change with the scope the coach picks; the stored row when one was made."""
    scope = EditScope.ONE if occ is None else _scope(parent, occ, ScopeAction.CHANGE)
    if scope is None:
        return None
    try:
        if occ is None:
            stored: Appointment | bool | None = service.create(session.db, draft)
        else:
            stored = service.update(session.db, occ, draft, scope) or True
    except CoachDeskError as error:
        _report(parent, error)
        return None
    _notify(session, parent, draft.client_id, occ.source.client_id if occ else draft.client_id)
    return stored


def move(
    parent: QWidget, session: AppSession, occ: Occurrence, start: datetime, end: datetime
) -> bool:
    """A drag in a view: a single appointment just moves; for a series, ask which ones."""
    scope = _scope(parent, occ, ScopeAction.MOVE)
    if scope is None:
        return False
    try:
        service.move(session.db, occ, start, end, scope)
    except CoachDeskError as error:
        _report(parent, error)
        return False
    _notify(session, parent, occ.source.client_id)
    return True


def cancel(parent: QWidget, session: AppSession, occ: Occurrence) -> bool:
    scope = _scope(parent, occ, ScopeAction.CANCEL)
    if scope is None:
        return False
    try:
        service.cancel(session.db, occ, scope)
    except CoachDeskError as error:
        _report(parent, error)
        return False
    _notify(session, parent, occ.source.client_id)
    return True


def delete(parent: QWidget, session: AppSession, occ: Occurrence) -> bool:
    if occ.is_recurring:
        scope = scope_dialog.ask_scope(parent, ScopeAction.DELETE)
    elif widgets.confirm(
        parent,
        QCoreApplication.translate("AgendaActions", "Delete appointment"),
        QCoreApplication.translate("AgendaActions", "Delete “%1”? This cannot be undone.").replace(
            "%1", occ.source.title
        ),
        QCoreApplication.translate("AgendaActions", "Delete"),
    ):
        scope = EditScope.ONE
    else:
        scope = None
    if scope is None:
        return False
    try:
        service.delete(session.db, occ, scope)
    except CoachDeskError as error:
        _report(parent, error)
        return False
    _notify(session, parent, occ.source.client_id)
    return True


def note_target(
    parent: QWidget, session: AppSession, occ: Occurrence | None, draft: AppointmentDraft
) -> tuple[int, int] | None:
    """(client id, appointment id) to write a session note for, storing what is needed first.

    A new appointment is saved first; an occurrence of a series gets a stored row of its own
    (``materialise``) so the note can point at exactly that meeting.
    """
    if draft.client_id is None:
        _report(parent, ValidationError({"client": MSG_NO_CLIENT}))
        return None
    if occ is None:
        stored = save(parent, session, None, draft)
        if not isinstance(stored, Appointment):
            return None
        if not stored.rrule:
            return draft.client_id, stored.id
        occ = _find(session.db, stored.id, draft.start, draft.end)
        if occ is None:
            return None
    elif _changed(occ, draft):
        if not save(parent, session, occ, draft):
            return None
        occ = _find(session.db, occ.key[0], draft.start, draft.end) or occ
    try:
        appointment = service.materialise(session.db, occ)
    except CoachDeskError as error:
        _report(parent, error)
        return None
    _notify(session, parent, draft.client_id)
    return draft.client_id, appointment.id


def _changed(occ: Occurrence, draft: AppointmentDraft) -> bool:
    s = occ.source
    before = (s.title, occ.start, occ.end, s.kind, s.status, s.all_day, s.client_id, s.location,
              s.notes)  # fmt: skip
    after = (draft.title, draft.start, draft.end, draft.kind, draft.status, draft.all_day,
             draft.client_id, draft.location, draft.notes)  # fmt: skip
    return before != after


def _find(db: Db, ident: int, start: datetime, end: datetime) -> Occurrence | None:
    """The occurrence of appointment or series *ident* at *start* (after a save)."""
    minute = timedelta(minutes=1)
    for occ in service.occurrences(db, start - minute, end + minute):
        if occ.key[0] == ident and occ.start == start:
            return occ
    return None
