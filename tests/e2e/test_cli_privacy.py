"""``coachdesk client erase|anonymise|hold`` and ``coachdesk audit verify`` as subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_DAMAGED, EXIT_USAGE, EXIT_USER
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow


@pytest.fixture
def practice(tmp_path: Path) -> tuple[Path, list[str]]:
    data_dir = tmp_path / "vault"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    unlocked("demo", "--clients", "6", "--no-attachments", data_dir=data_dir)
    rows = json.loads(unlocked("client", "list", "--json", data_dir=data_dir).stdout)
    return data_dir, [r["number"] for r in rows]


def numbers(data_dir: Path) -> set[str]:
    rows = json.loads(unlocked("client", "list", "--json", data_dir=data_dir).stdout)
    return {r["number"] for r in rows}


def test_erase_needs_yes_then_erases(practice: tuple[Path, list[str]]) -> None:
    data_dir, nums = practice
    refused = unlocked("client", "erase", nums[0], data_dir=data_dir, check=EXIT_USAGE)
    assert "add --yes to confirm" in refused.stderr
    assert nums[0] in numbers(data_dir)
    done = unlocked("client", "erase", nums[0], "--yes", data_dir=data_dir)
    assert f"Client {nums[0]} erased" in done.stdout and "Deleted: 1 clients" in done.stdout
    assert nums[0] not in numbers(data_dir)
    again = unlocked("client", "erase", nums[0], "--yes", data_dir=data_dir, check=EXIT_USER)
    assert "No client found" in again.stderr
    assert (data_dir / "erasure-ledger.json").exists()
    verify = unlocked("audit", "verify", data_dir=data_dir)
    assert "Erasure ledger: 1 entries, intact." in verify.stdout


def test_anonymise_json(practice: tuple[Path, list[str]]) -> None:
    data_dir, nums = practice
    unlocked("client", "anonymise", nums[1], data_dir=data_dir, check=EXIT_USAGE)
    out = unlocked("client", "anonymise", nums[1], "--yes", "--theme", "leiderschap", "--json",
                   data_dir=data_dir).stdout  # fmt: skip
    report = json.loads(out)
    assert report["action"] == "anonymise" and report["statistics"]["theme"] == "leiderschap"
    assert report["deleted"]["clients"] == 1 and report["maintenance_complete"] is True
    assert nums[1] not in numbers(data_dir)
    bad = unlocked("client", "anonymise", nums[2], "--yes", "--theme", "x", data_dir=data_dir,
                   check=EXIT_USAGE)  # fmt: skip
    assert "Traceback" not in bad.stderr


def test_legal_hold_blocks_erase_until_lifted(practice: tuple[Path, list[str]]) -> None:
    data_dir, nums = practice
    unlocked("client", "hold", nums[2], "--reason", "klacht", data_dir=data_dir, check=EXIT_USAGE)
    held = unlocked("client", "hold", nums[2], "--reason", "Klachtprocedure", "--until",
                    "1-6-2027", data_dir=data_dir)  # fmt: skip
    assert "2027-06-01" in held.stdout
    blocked = unlocked("client", "erase", nums[2], "--yes", data_dir=data_dir, check=EXIT_USER)
    assert "legal hold" in blocked.stderr
    assert nums[2] in numbers(data_dir)
    assert "lifted" in unlocked("client", "hold", nums[2], "--lift", data_dir=data_dir).stdout
    unlocked("client", "erase", nums[2], "--yes", data_dir=data_dir)


def test_audit_verify_reports_a_tampered_sidecar(practice: tuple[Path, list[str]]) -> None:
    data_dir, nums = practice
    ok = json.loads(unlocked("audit", "verify", "--json", data_dir=data_dir).stdout)
    assert ok["intact"] and ok["ledger_entries"] == 0 and ok["audit_entries"] > 0
    unlocked("client", "erase", nums[3], "--yes", data_dir=data_dir)
    sidecar = data_dir / "erasure-ledger.json"
    sidecar.write_text(sidecar.read_text().replace('"art17"', '"consent"'))
    broken = unlocked("audit", "verify", data_dir=data_dir, check=EXIT_DAMAGED)
    assert "changed without the key" in broken.stdout
    sidecar.unlink()
    missing = unlocked("audit", "verify", "--json", data_dir=data_dir, check=EXIT_DAMAGED)
    assert "missing" in json.loads(missing.stdout)["sidecar_problem"]


def test_processing_register_is_written_where_asked(
    practice: tuple[Path, list[str]], tmp_path: Path
) -> None:
    data_dir, _ = practice
    out = tmp_path / "registers"
    out.mkdir()
    proc = unlocked("register", "processing", "--to", str(out), "--lang", "en", data_dir=data_dir)
    written = Path(proc.stdout.strip())
    assert written == out / "processing-register.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    missing = unlocked("register", "processing", "--to", str(tmp_path / "nope" / "r.pdf"),
                       data_dir=data_dir, check=EXIT_USER)  # fmt: skip
    assert missing.returncode == EXIT_USER and "does not exist" in missing.stderr
