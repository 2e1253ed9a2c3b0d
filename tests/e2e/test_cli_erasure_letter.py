"""``coachdesk client erase|anonymise NUMBER --yes --letter FILE --lang nl|en --informed ...``
as subprocesses: the letter is written where asked, the uninformed recipients become tasks."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.domain.errors import EXIT_USAGE, EXIT_USER
from coachdesk.domain.models import LegalBasis
from coachdesk.paths import data_paths
from coachdesk.services.tasks import list_tasks
from coachdesk.vault.repos import clients, consents
from coachdesk.vault.vault import Passphrase, Vault
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow
ARBO, GP = "Bedrijfsarts Arbo Unie", "Huisarts De Brug"


@pytest.fixture
def practice(tmp_path: Path) -> tuple[Path, list[str], list[str]]:
    """A demo practice; the first client has (at least) ARBO and GP as recipients."""
    data_dir = tmp_path / "vault"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    unlocked("demo", "--clients", "4", "--no-attachments", data_dir=data_dir)
    rows = json.loads(unlocked("client", "list", "--json", data_dir=data_dir).stdout)
    vault = Vault.unlock(data_paths(data_dir), Passphrase(PASSPHRASE))
    try:
        with vault.session() as db:
            first = clients.get_by_number(db, rows[0]["number"])
            for recipient in (ARBO, GP):
                consents.disclose(
                    db, first.id, recipient=recipient, what="verslag",
                    disclosed_on=date(2026, 3, 1), legal_basis=LegalBasis.CONSENT,
                )  # fmt: skip
            recipients = sorted({d.recipient for d in consents.disclosures(db, first.id)})
            name = first.full_name
    finally:
        vault.lock()
    return data_dir, [r["number"] for r in rows], [name, *recipients]


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def open_tasks(data_dir: Path) -> list[str]:
    vault = Vault.unlock(data_paths(data_dir), Passphrase(PASSPHRASE))
    try:
        with vault.session() as db:
            return [t.title for t in list_tasks(db)]
    finally:
        vault.lock()


def test_erase_writes_the_letter_and_adds_tasks(
    practice: tuple[Path, list[str], list[str]], tmp_path: Path
) -> None:
    data_dir, nums, (name, *recipients) = practice
    out = tmp_path / "letters"
    out.mkdir()
    letter = out / "wissing.pdf"
    before = set(open_tasks(data_dir))
    done = unlocked("client", "erase", nums[0], "--yes", "--letter", str(letter),
                    "--informed", ARBO, data_dir=data_dir)  # fmt: skip
    assert f"Confirmation letter (nl) written to {letter}" in done.stdout
    assert f"Art. 19 recipient {ARBO}: informed." in done.stdout
    assert f"Art. 19 recipient {GP}: a task reminds you" in done.stdout
    assert [p.name for p in out.iterdir()] == ["wissing.pdf"]
    reference = re.search(r"Reference \(ledger entry\): (\S+)", done.stdout)
    assert reference is not None
    text = pdf_text(letter)
    assert name in text and reference[1] in text and "Wat ik heb gewist" in text
    assert f"{ARBO} ✓ ingelicht" in text and f"{GP} → wordt door mij ingelicht" in text
    added = set(open_tasks(data_dir)) - before
    assert added == {
        f"Inform {r} of an erasure (reference {reference[1]})" for r in recipients if r != ARBO
    }
    assert not any(name in t for t in added)


def test_anonymise_json_into_a_folder_in_english(
    practice: tuple[Path, list[str], list[str]], tmp_path: Path
) -> None:
    data_dir, nums, _ = practice
    report = json.loads(
        unlocked(
            "client",
            "anonymise",
            nums[1],
            "--yes",
            "--json",
            "--lang",
            "en",
            "--letter",
            str(tmp_path),
            data_dir=data_dir,
        ).stdout
    )
    path = Path(report["letter"])
    assert path.parent == tmp_path
    assert path.name == f"erasure-confirmation-{report['reference']}.pdf"
    text = pdf_text(path)
    assert "What I deleted" in text and "anonymous practice statistics" in text


def test_bad_letter_folder_or_recipient_erases_nothing(
    practice: tuple[Path, list[str], list[str]], tmp_path: Path
) -> None:
    data_dir, nums, _ = practice
    nowhere = str(tmp_path / "nope" / "x.pdf")
    missing = unlocked("client", "erase", nums[0], "--yes", "--letter", nowhere,
                       data_dir=data_dir, check=EXIT_USAGE)  # fmt: skip
    assert "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    unknown = unlocked("client", "erase", nums[0], "--yes", "--informed", "Niemand",
                       data_dir=data_dir, check=EXIT_USER)  # fmt: skip
    assert "Niemand did not receive data" in unknown.stderr
    listed = json.loads(unlocked("client", "list", "--json", data_dir=data_dir).stdout)
    assert nums[0] in {r["number"] for r in listed}
