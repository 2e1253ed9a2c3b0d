"""Dossier use cases without Qt: audit entries, consent rules, trajectories, documents."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.models import Client, ClientDraft, ConsentAction, ConsentMethod
from coachdesk.domain.note_templates import TEMPLATES, template
from coachdesk.paths import DataPaths
from coachdesk.services import dossier
from coachdesk.services.access import Db, Vault
from coachdesk.services.clients import create_client
from coachdesk.services.documents import (
    add_document,
    add_document_from_file,
    document_content,
    open_copy_path,
    open_document,
    read_import_file,
    safe_file_name,
    wipe_private_tmp,
)
from coachdesk.services.search import ClientQuery, global_search, list_client_ids


@pytest.fixture
def db(paths: DataPaths) -> Db:
    vault, _ = Vault.create(paths, passphrase=None, use_keyring=True)
    return vault.connect()


@pytest.fixture
def client(db: Db) -> Client:
    return create_client(
        db, ClientDraft(first_name="Şükrü", tussenvoegsel="van den", last_name="Berg-Øberg")
    )


def actions(db: Db, client: Client) -> list[str]:
    return [e.action for e in dossier.client_activity(db, client.uuid)]


def test_autosaves_of_one_note_share_one_audit_entry(db: Db, client: Client) -> None:
    note = dossier.create_note(db, client.id, note_date=date(2026, 1, 1), title="Intake")
    for text in ("a", "ab", "abc"):
        dossier.update_note(
            db, note.id, title="Intake", body=text, note_date=note.note_date, special_category=False
        )
    assert actions(db, client) == ["note.created", "client.created"]
    other = dossier.create_note(db, client.id, note_date=date(2026, 1, 2), title="Twee")
    dossier.update_note(
        db, note.id, title="Intake", body="x", note_date=note.note_date, special_category=False
    )
    assert actions(db, client)[:2] == ["note.updated", "note.created"]
    assert other.id != note.id


def test_an_edit_after_a_pause_is_audited_again(
    db: Db, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = dossier.create_note(db, client.id, note_date=date(2026, 1, 1))
    later = datetime.now(UTC) + dossier.NOTE_AUDIT_COALESCE + timedelta(seconds=5)
    monkeypatch.setattr(dossier, "datetime", type("D", (), {"now": staticmethod(lambda tz: later)}))
    dossier.update_note(
        db, note.id, title="", body="later", note_date=note.note_date, special_category=False
    )
    assert actions(db, client)[0] == "note.updated"


def test_consent_in_force_and_withdrawal(db: Db, client: Client) -> None:
    purpose = dossier.SPECIAL_CATEGORY_PURPOSE
    assert not dossier.has_special_category_consent(db, client.id)
    with pytest.raises(ValidationError) as refused:
        dossier.record_consent(
            db,
            client.id,
            action=ConsentAction.WITHDRAWN,
            purpose=purpose,
            method=ConsentMethod.ORAL,
            given_on=date(2026, 1, 1),
        )
    assert "purpose" in refused.value.fields
    dossier.record_consent(
        db,
        client.id,
        action=ConsentAction.GIVEN,
        purpose=purpose,
        method=ConsentMethod.SIGNED,
        given_on=date(2026, 1, 1),
    )
    assert dossier.has_special_category_consent(db, client.id)
    dossier.record_consent(
        db,
        client.id,
        action=ConsentAction.WITHDRAWN,
        purpose=purpose,
        method=ConsentMethod.EMAIL,
        given_on=date(2026, 2, 1),
    )
    assert not dossier.has_special_category_consent(db, client.id)
    assert len(dossier.consent_history(db, client.id)) == 2
    assert actions(db, client)[:2] == ["consent.withdrawn", "consent.recorded"]


def test_trajectory_rules(db: Db, client: Client) -> None:
    with pytest.raises(ValidationError) as refused:
        dossier.save_trajectory(
            db,
            client.id,
            None,
            title=" ",
            goal="",
            start_date=None,
            end_date=None,
            agreed_sessions=None,
            sponsor="",
        )
    assert set(refused.value.fields) == {"title"}
    made = dossier.save_trajectory(
        db,
        client.id,
        None,
        title="Loopbaan",
        goal="",
        sponsor="",
        start_date=date(2026, 1, 1),
        end_date=None,
        agreed_sessions=6,
    )
    changed = dossier.save_trajectory(
        db,
        client.id,
        made.id,
        title="Loopbaan 2",
        goal="",
        sponsor="X",
        start_date=made.start_date,
        end_date=date(2026, 6, 1),
        agreed_sessions=6,
    )
    assert changed.id == made.id and changed.end_date == date(2026, 6, 1)
    assert actions(db, client)[:2] == ["trajectory.updated", "trajectory.created"]
    labels = dossier.subject_labels(db, client.id)
    assert labels[made.uuid] == "Loopbaan 2"


def test_documents_open_through_a_private_folder(
    db: Db, client: Client, paths: DataPaths, tmp_path: Path
) -> None:
    content = bytes(range(256)) * 10
    doc = add_document(db, client.id, "../../etc/pass:wd?.pdf", content)
    assert safe_file_name(doc.name) == "_.._etc_pass_wd_.pdf"
    copy = open_document(db, paths, doc.id)
    assert copy.parent.parent == paths.private_tmp
    assert copy.read_bytes() == content
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.private_tmp.stat().st_mode) == 0o700
    again = open_document(db, paths, doc.id)  # opening twice replaces the copy
    assert again == copy == open_copy_path(paths, doc)
    assert wipe_private_tmp(paths) == []
    assert not paths.private_tmp.exists()
    assert wipe_private_tmp(paths) == []  # nothing to do is fine


def test_importing_a_file(db: Db, client: Client, tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.7 test")
    doc = add_document_from_file(db, client.id, source)
    assert doc.name == "scan.pdf" and doc.mime_type == "application/pdf"
    assert document_content(db, doc.id) == b"%PDF-1.7 test"
    with pytest.raises(Exception, match="could not be read"):
        read_import_file(tmp_path / "missing.pdf")


def test_client_list_and_search_reexports(db: Db, client: Client) -> None:
    assert list_client_ids(db, ClientQuery(search="berg")) == [client.id]
    note = dossier.create_note(db, client.id, note_date=date(2026, 1, 1), body="burn-out klachten")
    hits = global_search(db, "burn")
    assert [(h.kind, h.note_id) for h in hits] == [("note", note.id)]


def test_every_template_has_a_name_and_unknown_keys_are_free() -> None:
    assert [t.key for t in TEMPLATES] == ["free", "intake", "grow", "evaluation", "closing"]
    assert "Goal" in template("grow").body and "Way forward" in template("grow").body
    assert template("from-a-newer-version").key == "free"
