"""``coachdesk retention …`` and ``coachdesk request …`` as a coach's scripts would run them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_USAGE, EXIT_USER
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("retention") / "vault"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    unlocked("demo", "--clients", "12", "--no-attachments", data_dir=data_dir)
    return data_dir


def test_request_add_and_list(vault_dir: Path) -> None:
    clients = json.loads(unlocked("client", "list", "--json", data_dir=vault_dir).stdout)
    number = clients[0]["number"]
    made = json.loads(
        unlocked("request", "add", number, "--kind", "access", "--received", "2026-01-31",
                 "--json", data_dir=vault_dir).stdout
    )  # fmt: skip
    assert made["due"] == "2026-02-28" and made["client"] == number
    listed = json.loads(unlocked("request", "list", "--json", data_dir=vault_dir).stdout)
    assert [r["client"] for r in listed] == [number]
    assert "1 request" in unlocked("request", "list", data_dir=vault_dir).stdout
    missing = unlocked("request", "add", "X-999", data_dir=vault_dir, check=None)
    assert missing.returncode == EXIT_USER


def test_retention_due_and_apply_needs_yes(vault_dir: Path) -> None:
    due = json.loads(unlocked("retention", "due", "--json", data_dir=vault_dir).stdout)
    assert due["date"] == date.today().isoformat()
    assert set(due) == {"date", "due", "on_hold"}
    refused = unlocked("retention", "apply", data_dir=vault_dir, check=None)
    assert refused.returncode == EXIT_USAGE and "--yes" in refused.stderr
    done = json.loads(unlocked("retention", "apply", "--yes", "--json", data_dir=vault_dir).stdout)
    assert len(done["erased"]) + len(done["anonymised"]) + done["appointments_removed"] >= 0
    after = json.loads(unlocked("retention", "due", "--json", data_dir=vault_dir).stdout)
    assert after["due"] == []
