"""The processing register (Art. 30) read back from a real PDF, in both languages."""

from __future__ import annotations

import errno
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.domain.errors import StorageError, UserError
from coachdesk.domain.models import Practice
from coachdesk.services.backup import BackupSettings, save_backup_settings
from coachdesk.services.demo import generate_demo
from coachdesk.services.processing_register import collect_register, write_register
from coachdesk.services.settings import save_practice
from coachdesk.vault.vault import Vault

TODAY = date(2026, 11, 25)


def text_of(pdf: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


@pytest.fixture
def practice_vault(vault: Vault, tmp_path: Path) -> Vault:
    with vault.session() as db:
        save_practice(db, Practice(name="Praktijk Øresund & Şahin", coach_name="Ilse Łukasik",
                                   city="Utrecht", email="ilse@example.nl"))  # fmt: skip
        generate_demo(db, clients=12, seed=3, today=TODAY, attachments=False)
        db.execute(
            "INSERT INTO disclosures (uuid, client_id, recipient, what, disclosed_on,"
            " legal_basis, recorded_at) SELECT 'd-' || id, id, 'Huisartsenpraktijk De Linde',"
            " 'verslag', '2026-01-05', 'consent', '2026-01-05T10:00:00Z' FROM clients LIMIT 2"
        )
        backups = tmp_path / "usb"
        backups.mkdir()
        save_backup_settings(db, BackupSettings(targets=(str(backups),), schedule="weekly"))
    return vault


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Verwerkingsregister", "artikel 30 AVG", "Ilse Łukasik", "Bewaartermijnen",
                "Huisartsenpraktijk De Linde (2×)", "wekelijks", "SQLCipher", "72 uur",
                "uitdrukkelijke toestemming", "25 november 2026", "nog nooit"]),
        ("en", ["Processing register", "Article 30 GDPR", "Praktijk Øresund & Şahin",
                "Retention periods", "Huisartsenpraktijk De Linde (2×)", "weekly", "Argon2id",
                "72 hours", "explicit consent", "25 November 2026", "intact"]),
    ],
)  # fmt: skip
def test_the_register_states_the_configuration_in_both_languages(
    practice_vault: Vault, tmp_path: Path, language: str, expected: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    pdf = write_register(practice_vault, out, language=language, today=TODAY)
    assert pdf.parent == out and [p.name for p in out.iterdir()] == [pdf.name]
    assert set(Path(tempfile.gettempdir()).iterdir()) - temp_before == set()
    text = text_of(pdf)
    for phrase in expected:
        assert phrase in text, phrase
    with practice_vault.session() as db:
        register = collect_register(practice_vault, db, TODAY)
        for rule in register.rules:  # every configured period is in the register
            months = rule.period_months
            assert (f"{months} maanden" if language == "nl" else f"{months} months") in text or (
                months == 1
            )
        assert sum(register.clients_by_status.values()) == 12
        client_names = [r[0] for r in db.all("SELECT last_name FROM clients")]
    assert not any(name in text for name in client_names)  # no client is named


def test_a_file_name_and_refusals(practice_vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "mijn-register.pdf"
    assert write_register(practice_vault, target, language="nl", today=TODAY) == target
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(UserError):
        write_register(practice_vault, tmp_path / "missing" / "r.pdf", language="nl", today=TODAY)
    with pytest.raises(UserError):
        write_register(practice_vault, tmp_path, language="de", today=TODAY)


def test_a_full_disk_is_a_storage_error_and_leaves_nothing(
    practice_vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError):
        write_register(practice_vault, folder, language="en", today=TODAY)
    assert list(folder.iterdir()) == []
