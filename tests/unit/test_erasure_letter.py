"""The erasure confirmation letter (Art. 17, 19): made from memory after the erase, read back
with pypdf in both languages; the Art. 19 tasks; written only where the coach chose."""

from __future__ import annotations

import io
import re
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.domain.errors import NotFound, StorageError
from coachdesk.domain.models import (
    AppointmentKind,
    AppointmentStatus,
    ClientDraft,
    LegalBasis,
    Practice,
)
from coachdesk.domain.requests import add_months
from coachdesk.domain.validation import validate_client
from coachdesk.services import erasure_letter as el
from coachdesk.services.recovery_sheet import format_sheet_date
from coachdesk.services.tasks import list_tasks
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import appointments, clients, consents, notes, practice, tasks
from coachdesk.vault.vault import Vault

TODAY = date(2026, 11, 25)
NAME = "Ştefan Łukasz Öztürk-Nørgaard"
PRACTICE = Practice(
    name="Praktijk Zeeşan Coaching",
    coach_name="Małgorzata de Vries",
    street="Oudegracht 12",
    postcode="3511 AB",
    city="Utrecht",
    email="info@zeesan.nl",
    kvk="12345678",
)
ARBO, GP = "Bedrijfsarts Arbo Unie", "Huisarts De Brug"


def add_client(db: Db) -> int:
    draft = validate_client(
        ClientDraft(first_name="Ştefan Łukasz", last_name="Öztürk-Nørgaard",
                    email="stefan@example.org", street="Lange Nieuwstraat 3",
                    postcode="3512 PA", city="Utrecht", date_of_birth=date(1981, 4, 2)),
        TODAY,
    )  # fmt: skip
    cid = clients.insert(db, draft, today=TODAY).id
    for i in range(3):
        notes.insert(db, cid, note_date=date(2026, 2, 3 + i), title=f"Sessie {i}", body="Tekst")
    for i in range(2):
        appointments.insert(
            db, title="Sessie", starts_at=datetime(2026, 2, 3 + i, 10),
            ends_at=datetime(2026, 2, 3 + i, 11), kind=AppointmentKind.SESSION,
            status=AppointmentStatus.DONE, client_id=cid,
        )  # fmt: skip
    tasks.insert(db, "Bellen", client_id=cid, due_date=TODAY)
    for recipient in (ARBO, GP, ARBO):
        consents.disclose(db, cid, recipient=recipient, what="verslag", disclosed_on=TODAY,
                          legal_basis=LegalBasis.CONSENT)  # fmt: skip
    return cid


@pytest.fixture
def client_id(vault: Vault) -> int:
    with vault.session() as db:
        practice.save(db, PRACTICE)
        return add_client(db)


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))


def test_details_are_captured_before_the_erase(vault: Vault, client_id: int) -> None:
    with vault.session() as db:
        details = el.capture_letter_details(db, client_id)
        assert el.disclosure_recipients(db, client_id) == [ARBO, GP]
    assert details.addressee.name == NAME and details.addressee.salutation == "Ştefan Łukasz"
    assert details.addressee.lines() == [NAME, "Lange Nieuwstraat 3", "3512 PA  Utrecht"]
    assert details.recipients == (ARBO, GP)
    assert details.rotation == el.BackupRotation()  # no backup settings yet: 12 months
    assert details.practice == PRACTICE


@pytest.mark.parametrize("anonymise", [False, True])
def test_erase_with_letter_renders_after_the_client_is_gone(
    vault: Vault, client_id: int, anonymise: bool
) -> None:
    outcome = el.erase_with_letter(
        vault,
        client_id,
        anonymise=anonymise,
        theme="loopbaan",
        informed=[" bedrijfsarts ARBO unie"],
    )
    letter = outcome.letter
    with vault.session() as db:
        assert db.scalar("SELECT count(*) FROM clients") == 0
        ledger = db.one("SELECT seq, hash FROM erasure_ledger")
        stored = [t.title for t in list_tasks(db)]
    assert ledger is not None
    assert letter.reference == f"{ledger[0]:04d}-{ledger[1][:8]}"
    assert outcome.report.client_number not in letter.reference
    # Art. 19: the uninformed recipient becomes a task without the client's name
    assert letter.recipients == (el.RecipientNotice(ARBO, True), el.RecipientNotice(GP, False))
    assert [t.title for t in outcome.tasks] == [
        f"Inform {GP} of an erasure (reference {letter.reference})"
    ]
    assert stored == [outcome.tasks[0].title]
    assert all(t.client_id is None for t in outcome.tasks)
    assert not any("Ştefan" in t.title + t.notes for t in outcome.tasks)
    assert letter.backups_until == add_months(letter.erased_on, 12)

    nl = text_of(letter.pdf("nl"))
    en = text_of(letter.pdf("en"))
    for text in (nl, en):
        assert NAME in text and PRACTICE.name in text and letter.reference in text
        assert ARBO in text and GP in text
    assert "Beste Ştefan Łukasz," in nl and "Dear Ştefan Łukasz," in en
    for needle in ("3 gespreksverslagen", "2 afspraken", "1 taak", "3 vastgelegde verstrekkingen",
                   "1 dossier met je persoons- en contactgegevens", "register van gewiste dossiers",
                   "in het logboek van mijn praktijksoftware", f"{ARBO} ✓ ingelicht",
                   f"{GP} → wordt door mij ingelicht", "artikel 17 AVG",
                   f"uiterlijk tot {format_sheet_date(letter.backups_until, 'nl')}",
                   "wist CoachDesk je gegevens automatisch opnieuw",
                   "Autoriteit Persoonsgegevens"):  # fmt: skip
        assert needle in nl, needle
    for needle in ("3 session notes", "2 appointments", "1 task", "3 records of disclosures",
                   "register of erased files", "in the activity log of my practice software",
                   f"{ARBO} ✓ informed", f"{GP} → I will inform them",
                   f"until {format_sheet_date(letter.backups_until, 'en')} at the latest",
                   "erases your data again automatically", "Article 17 GDPR"):  # fmt: skip
        assert needle in en, needle
    assert ("praktijkstatistiek" in nl) == anonymise
    assert ("thema ‘loopbaan’, leeftijd 40–49 jaar" in nl) == anonymise
    assert ("theme ‘career’, aged 40–49, 1–3 sessions" in en) == anonymise
    assert ("geanonimiseerd" in nl) == anonymise


def test_unknown_informed_recipient_stops_before_erasing(vault: Vault, client_id: int) -> None:
    with pytest.raises(el.UnknownRecipient) as caught:
        el.erase_with_letter(vault, client_id, informed=["Someone Else"])
    assert ARBO in caught.value.message
    with vault.session() as db:
        assert db.scalar("SELECT count(*) FROM clients") == 1
        assert db.scalar("SELECT count(*) FROM erasure_ledger") == 0


def test_unknown_client(vault: Vault) -> None:
    with pytest.raises(NotFound):
        el.erase_with_letter(vault, 999)


def letter(**changes: object) -> el.ErasureLetter:
    values: dict[str, object] = {
        "addressee": el.Addressee(NAME, "Ştefan", email="s@example.org"),
        "practice": PRACTICE,
        "action": "erase",
        "legal_basis": "retention",
        "reference": "0007-3f2a9c1b",
        "erased_on": TODAY,
        "deleted": {"clients": 1, "notes": 1, "new_table": 2, "client_tags": 3},
        "audit_entries_kept": 1,
        "statistics": None,
        "recipients": (),
        "backups_until": date(2027, 1, 31),
    }
    return el.ErasureLetter(**(values | changes))  # type: ignore[arg-type]


def test_plain_letter_without_recipients_or_address() -> None:
    nl = text_of(letter().pdf("nl"))
    assert "s@example.org" in nl  # no postal address: the e-mail address instead
    assert "1 gespreksverslag " in nl and "2 andere gegevens" in nl and "3 labels" in nl
    assert "Eén regel in het logboek" in nl
    assert "Ik heb je gegevens aan niemand verstrekt" in nl
    assert "De bewaartermijn van je dossier is verstreken" in nl
    assert "31 januari 2027" in nl
    en = text_of(letter(legal_basis="consent-withdrawn").pdf("en"))
    assert "You withdrew your consent" in en and "Article 17(1)(b)" in en
    assert "I did not disclose your data to anyone" in en
    assert "1 session note " in en and "2 other records" in en
    many = text_of(letter(audit_entries_kept=37).pdf("en"))
    assert "37 lines in the activity log" in many
    fallback = text_of(letter(legal_basis="court order", reference="0001-aa").pdf("fr"))
    assert "court order" in fallback and "Dear Ştefan" in fallback


def test_backup_rotation_reaches_the_oldest_generation() -> None:
    assert el.BackupRotation().oldest_copy_until(date(2026, 1, 31)) == date(2027, 1, 31)
    assert el.BackupRotation(0, 4, 7).oldest_copy_until(TODAY) == date(2026, 12, 23)
    assert el.BackupRotation(0, 0, 10).oldest_copy_until(TODAY) == date(2026, 12, 5)
    assert el.BackupRotation(3, 4, 7).oldest_copy_until(date(2026, 11, 30)) == date(2027, 2, 28)


def test_fonts_embedded_and_metadata() -> None:
    reader = PdfReader(io.BytesIO(letter().pdf("nl")))
    assert reader.metadata.author == PRACTICE.name and NAME in reader.metadata.title
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/FontDescriptor" in font:
                assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_written_only_in_the_chosen_folder(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    temp_root = Path(tempfile.gettempdir())
    before = {p.name for p in temp_root.iterdir()}
    made = letter().write(target / letter().file_name("nl"), "nl")
    assert made == target / "bevestiging-wissen-0007-3f2a9c1b.pdf"
    assert [p.name for p in target.iterdir()] == [made.name]
    assert {p.name for p in temp_root.iterdir()} - before == set()
    assert made.read_bytes().startswith(b"%PDF") and made.stat().st_mode & 0o077 == 0
    assert letter().file_name("en") == "erasure-confirmation-0007-3f2a9c1b.pdf"
    with pytest.raises(StorageError):
        letter().write(tmp_path / "missing" / "x.pdf", "en")
    assert [p.name for p in target.iterdir()] == [made.name]
