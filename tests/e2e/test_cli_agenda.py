"""``coachdesk agenda …`` and ``coachdesk task …`` as a coach's scripts would run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from coachdesk.domain.errors import EXIT_USAGE, EXIT_USER
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("agenda") / "vault"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    return data_dir


def appointment_count(data_dir: Path) -> int:
    status = json.loads(unlocked("status", "--json", data_dir=data_dir).stdout)
    return int(status["counts"]["appointments"])


def test_import_list_and_reimport(vault_dir: Path) -> None:
    google = str(FIXTURES / "google.ics")
    first = unlocked("agenda", "import", google, data_dir=vault_dir)
    assert first.stdout.startswith("Imported 5, updated 0, unchanged 0, skipped 0.")
    again = json.loads(unlocked("agenda", "import", google, "--json", data_dir=vault_dir).stdout)
    assert again == {"imported": 0, "updated": 0, "unchanged": 5, "skipped": []}
    listed = json.loads(
        unlocked("agenda", "list", "--from", "2025-03-24", "--to", "2025-04-06", "--json",
                 data_dir=vault_dir).stdout
    )  # fmt: skip
    assert [(r["start"], r["title"]) for r in listed] == [
        ("2025-03-27T14:00", "Supervisie (verplaatst)"),
        ("2025-04-02T10:00", "Supervisie"),
    ]
    assert listed[1]["recurring"] and listed[1]["client"] is None
    table = unlocked("agenda", "list", "--from", "26-4-2025", "--to", "2025-04-26",
                     data_dir=vault_dir).stdout  # fmt: skip
    assert "Koningsdag" in table and "all day" in table
    assert table.rstrip().endswith("1 appointment from 2025-04-26 to 2025-04-26")
    assert "appointments from" in unlocked("agenda", "list", data_dir=vault_dir).stdout


def test_partly_bad_file_reports_what_it_skipped(vault_dir: Path) -> None:
    proc = unlocked("agenda", "import", str(FIXTURES / "partly_bad.ics"), data_dir=vault_dir)
    assert "Imported 2" in proc.stdout and "skipped 2." in proc.stdout
    assert "skipped no-start@example.nl: it has no start (DTSTART)" in proc.stdout
    assert "FREQ=SECONDLY" in proc.stdout


def test_broken_and_missing_files_change_nothing(vault_dir: Path, tmp_path: Path) -> None:
    before = appointment_count(vault_dir)
    proc = unlocked("agenda", "import", str(FIXTURES / "broken.ics"), data_dir=vault_dir,
                    check=EXIT_USER)  # fmt: skip
    assert proc.stderr.startswith("coachdesk: The calendar file is incomplete")
    assert proc.stderr.count("\n") == 1
    junk = tmp_path / "photo.ics"
    junk.write_bytes(bytes(range(256)) * 4)
    proc = unlocked("agenda", "import", str(junk), data_dir=vault_dir, check=EXIT_USER)
    assert "binary data" in proc.stderr
    proc = run("agenda", "import", str(tmp_path / "nothing.ics"), "--data-dir", str(vault_dir),
               check=EXIT_USER)  # fmt: skip
    assert "nothing.ics cannot be read" in proc.stderr
    assert appointment_count(vault_dir) == before


def test_export_with_range_and_titles(vault_dir: Path, tmp_path: Path) -> None:
    unlocked("agenda", "import", str(FIXTURES / "thunderbird.ics"), data_dir=vault_dir)
    target = tmp_path / "agenda.ics"
    proc = unlocked("agenda", "export", str(target), "--from", "2025-03-01", "--to",
                    "2025-03-31", "--titles", "code", data_dir=vault_dir)  # fmt: skip
    assert proc.stdout.startswith("Exported ") and str(target) in proc.stdout
    parsed = Calendar.from_ical(target.read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in parsed.walk("VEVENT"))
    assert "Evaluatie coachgroep" in summaries and "Supervisie" in summaries
    assert "Koningsdag" not in summaries  # outside the range
    assert target.stat().st_mode & 0o077 == 0
    proc = unlocked("agenda", "export", str(tmp_path / "no" / "a.ics"), data_dir=vault_dir,
                    check=EXIT_USER)  # fmt: skip
    assert "does not exist" in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("agenda", "list", "--from", "2025-02-30"),
        ("agenda", "export", "x.ics", "--to", "morgen"),
        ("task", "add", "Bellen", "--due", "31-31-2025"),
        ("agenda", "export", "x.ics", "--titles", "everything"),
        ("task", "add", "Bellen", "--priority", "urgent"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], tmp_path: Path) -> None:
    proc = run(*args, "--data-dir", str(tmp_path / "v"), check=EXIT_USAGE)
    assert "error:" in proc.stderr
    if "--from" in args or "--to" in args or "--due" in args:
        assert "is not a date; write it as YYYY-MM-DD" in proc.stderr


def test_to_before_from_is_a_usage_error(vault_dir: Path) -> None:
    proc = unlocked("agenda", "list", "--from", "2025-03-10", "--to", "2025-03-01",
                    data_dir=vault_dir, check=EXIT_USAGE)  # fmt: skip
    assert proc.stderr.strip() == (
        "coachdesk: The --to date lies before the start of the period (--from, or today)."
    )


def test_tasks_add_and_list(tmp_path: Path) -> None:
    data_dir = tmp_path / "v"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    unlocked("demo", "--clients", "3", "--seed", "2", "--no-attachments", data_dir=data_dir)
    number = json.loads(unlocked("client", "list", "--json", data_dir=data_dir).stdout)[0]["number"]
    before = json.loads(unlocked("task", "list", "--json", data_dir=data_dir).stdout)
    proc = unlocked("task", "add", "Offerte sturen", "--due", "2030-01-15", "--client", number,
                    "--priority", "high", data_dir=data_dir)  # fmt: skip
    assert proc.stdout.strip() == "Task added: Offerte sturen, due 2030-01-15."
    unlocked("task", "add", "Zonder datum", data_dir=data_dir)
    after = json.loads(unlocked("task", "list", "--json", data_dir=data_dir).stdout)
    assert len(after) == len(before) + 2
    added = next(t for t in after if t["title"] == "Offerte sturen")
    assert added == {"title": "Offerte sturen", "due": "2030-01-15", "priority": "high",
                     "client": number, "source": "manual", "done": False}  # fmt: skip
    assert after[-1]["title"] == "Zonder datum" and after[-1]["due"] is None
    table = unlocked("task", "list", data_dir=data_dir).stdout
    assert "Offerte sturen" in table and table.rstrip().endswith(f"{len(after)} open tasks")
    proc = unlocked("task", "add", "X", "--client", "1999-999", data_dir=data_dir,
                    check=EXIT_USER)  # fmt: skip
    assert proc.stderr.strip() == "coachdesk: No client found for 1999-999."
    proc = unlocked("task", "add", "   ", data_dir=data_dir, check=EXIT_USER)
    assert "title" in proc.stderr
