"""The real ``coachdesk`` command as a subprocess with a temporary data dir.

The child processes get ``PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring``: the situation
on a headless machine, and a guarantee that tests never touch a developer's real keychain.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_DAMAGED, EXIT_UNLOCK, EXIT_USAGE, EXIT_USER
from coachdesk.services.access import format_recovery_key

PASSPHRASE = "een lange zin als wachtwoord"

pytestmark = pytest.mark.slow


def run(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, check: int | None = 0
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONIOENCODING": "utf-8",
        **(env or {}),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=180,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if check is not None:
        assert proc.returncode == check, (proc.returncode, proc.stdout, proc.stderr)
    return proc


def unlocked(*args: str, data_dir: Path, check: int | None = 0) -> subprocess.CompletedProcess[str]:
    return run(*args, "--data-dir", str(data_dir), "--passphrase-stdin",
               stdin=PASSPHRASE + "\n", check=check)  # fmt: skip


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault with a small demo practice, shared by the read-only tests of this module."""
    data_dir = tmp_path_factory.mktemp("cli") / "vault"
    proc = run("init", "--data-dir", str(data_dir), "--passphrase-stdin", "--json",
               stdin=PASSPHRASE + "\n")  # fmt: skip
    created = json.loads(proc.stdout)
    assert created["key_slots"] == {"passphrase": True, "keychain": False}
    unlocked("demo", "--clients", "40", "--seed", "7", data_dir=data_dir)
    return data_dir, created["recovery_key"]


def test_version() -> None:
    assert run("--version").stdout.startswith("CoachDesk ")


def test_init_prints_recovery_key_once_and_refuses_a_second_vault(tmp_path: Path) -> None:
    data_dir = tmp_path / "v"
    proc = run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert "RECOVERY KEY" in proc.stdout and "paper" in proc.stdout
    key_line = next(line for line in proc.stdout.splitlines() if "AGE-SECRET-KEY-1" in line)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    again = run("init", "--data-dir", str(data_dir), "--passphrase-stdin",
                stdin=PASSPHRASE + "\n", check=EXIT_USER)  # fmt: skip
    assert "already exists" in again.stderr
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(key_line.strip() + "\n")
    status = run("status", "--data-dir", str(data_dir), "--recovery-key-file", str(key_file))
    assert "recovery key, passphrase" in status.stdout
    assert key_line.strip() not in status.stdout


def test_init_without_keychain_requires_a_passphrase(tmp_path: Path) -> None:
    proc = run("init", "--data-dir", str(tmp_path / "v"), check=EXIT_USER)
    assert "passphrase is required" in proc.stderr
    assert not (tmp_path / "v" / "vault.db").exists()


def test_init_refuses_a_short_passphrase(tmp_path: Path) -> None:
    proc = run("init", "--data-dir", str(tmp_path / "v"), "--passphrase-stdin", stdin="short\n",
               check=EXIT_USER)  # fmt: skip
    assert "at least 10 characters" in proc.stderr


def test_status_shows_counts_and_slots_but_no_secret(practice: tuple[Path, str]) -> None:
    data_dir, recovery = practice
    status = json.loads(unlocked("status", "--json", data_dir=data_dir).stdout)
    assert status["counts"]["clients"] == 40
    assert status["counts"]["notes"] > 40
    assert status["key_slots"] == {"recovery_key": True, "passphrase": True, "keychain": False}
    text = json.dumps(status)
    assert recovery not in text and PASSPHRASE not in text
    assert status["cipher_version"].startswith("4.")


def test_client_list_search_and_show(practice: tuple[Path, str]) -> None:
    data_dir, _ = practice
    rows = json.loads(unlocked("client", "list", "--json", data_dir=data_dir).stdout)
    assert len(rows) == 40
    assert "uuid" not in rows[0]
    found = json.loads(
        unlocked("client", "list", "--search", "berg", "--json", data_dir=data_dir).stdout
    )
    names = [r["name"] for r in found]
    assert "Şükrü van den Berg-Øberg" in names
    assert all("berg" in json.dumps(r, ensure_ascii=False).lower() for r in found)
    table = unlocked("client", "list", "--search", "sükrü", data_dir=data_dir).stdout
    assert "Şükrü van den Berg-Øberg" in table
    number = next(r["number"] for r in found if r["name"] == "Şükrü van den Berg-Øberg")
    shown = unlocked("client", "show", number, data_dir=data_dir).stdout
    assert "Şükrü van den Berg-Øberg" in shown and number in shown
    details = json.loads(unlocked("client", "show", number, "--json", data_dir=data_dir).stdout)
    assert details["counts"]["notes"] > 0


def test_client_show_unknown_number_is_a_user_error(practice: tuple[Path, str]) -> None:
    data_dir, _ = practice
    proc = unlocked("client", "show", "1999-999", data_dir=data_dir, check=EXIT_USER)
    assert "No client found for 1999-999" in proc.stderr


def test_search_finds_names_and_note_text(practice: tuple[Path, str]) -> None:
    data_dir, _ = practice
    hits = json.loads(unlocked("search", "sukru", "--json", data_dir=data_dir).stdout)
    assert any(h["kind"] == "client" and h["name"] == "Şükrü van den Berg-Øberg" for h in hits)
    notes = json.loads(unlocked("search", "doel", "--json", data_dir=data_dir).stdout)
    assert any(h["kind"] == "note" for h in notes)


def test_wrong_passphrase_and_recovery_key_exit_3(
    practice: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, recovery = practice
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    proc = run("status", "--data-dir", str(data_dir), "--passphrase-stdin",
               stdin="not the passphrase\n", check=EXIT_UNLOCK)  # fmt: skip
    assert proc.stderr.strip() == "coachdesk: That passphrase does not open this vault."
    other = tmp_path / "other.txt"
    other.write_text("AGE-SECRET-KEY-1" + "Q" * 58)
    proc = run("status", "--data-dir", str(data_dir), "--recovery-key-file", str(other),
               check=EXIT_UNLOCK)  # fmt: skip
    assert "recovery key" in proc.stderr
    printed = tmp_path / "printed.txt"
    printed.write_text(format_recovery_key(recovery).lower().replace(" ", "\n"))
    run("status", "--data-dir", str(data_dir), "--recovery-key-file", str(printed))
    proc = run("status", "--data-dir", str(data_dir), check=EXIT_UNLOCK)
    assert "--passphrase-stdin" in proc.stderr
    after = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    assert after.keys() == before.keys()
    assert after["vault.meta.json"] == before["vault.meta.json"]


def test_damaged_vault_exits_4_and_is_left_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "v"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    db = data_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[100:200] = bytes(100)
    db.write_bytes(bytes(raw))
    proc = unlocked("status", data_dir=data_dir, check=EXIT_DAMAGED)
    assert "damaged" in proc.stderr and "key is correct" in proc.stderr
    assert db.read_bytes() == bytes(raw)


def test_missing_vault_and_data_dir_that_is_a_file(tmp_path: Path) -> None:
    proc = unlocked("status", data_dir=tmp_path / "nothing", check=EXIT_USER)
    assert "There is no vault" in proc.stderr
    a_file = tmp_path / "file"
    a_file.write_text("x")
    proc = unlocked("status", data_dir=a_file, check=EXIT_USER)
    assert "is a file, not a folder" in proc.stderr
    proc = run("init", "--data-dir", str(a_file), "--passphrase-stdin",
               stdin=PASSPHRASE + "\n", check=EXIT_USER)  # fmt: skip
    assert "is a file, not a folder" in proc.stderr
    assert a_file.read_text() == "x"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("bogus", check=EXIT_USAGE).returncode == EXIT_USAGE
    assert run("demo", "--clients", "0", check=EXIT_USAGE).returncode == EXIT_USAGE
    assert run("client", check=EXIT_USAGE).returncode == EXIT_USAGE


def test_passphrase_stdin_but_empty_input(tmp_path: Path) -> None:
    proc = run("init", "--data-dir", str(tmp_path / "v"), "--passphrase-stdin", check=EXIT_USER)
    assert "standard input" in proc.stderr


def test_change_passphrase_and_rotate_key(tmp_path: Path) -> None:
    data_dir = tmp_path / "v"
    created = json.loads(
        run(
            "init",
            "--data-dir",
            str(data_dir),
            "--passphrase-stdin",
            "--json",
            stdin=PASSPHRASE + "\n",
        ).stdout
    )
    new = "een nog veel langere zin"
    run("key", "passphrase", "--data-dir", str(data_dir), "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{new}\n")  # fmt: skip
    unlocked("status", data_dir=data_dir, check=EXIT_UNLOCK)
    run("key", "rotate", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=new + "\n")
    key_file = tmp_path / "k.txt"
    key_file.write_text(created["recovery_key"])
    run("status", "--data-dir", str(data_dir), "--recovery-key-file", str(key_file))
    run("status", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=new + "\n")


def test_keychain_on_without_a_keychain_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "v"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    proc = unlocked("key", "keychain", "on", data_dir=data_dir, check=EXIT_UNLOCK)
    assert "keychain" in proc.stderr
