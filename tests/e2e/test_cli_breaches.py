"""``coachdesk breach add`` and ``coachdesk register breaches`` as subprocesses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_USAGE, EXIT_USER
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

pytestmark = pytest.mark.slow


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "vault"
    run("init", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    return data_dir


def test_add_and_list_breaches(data_dir: Path) -> None:
    empty = unlocked("register", "breaches", data_dir=data_dir)
    assert "The breach register is empty." in empty.stdout
    discovered = (datetime.now(UTC) - timedelta(hours=80)).replace(microsecond=0)
    added = unlocked("breach", "add", "--description", "E-mail met verslag aan verkeerde klant",
                     "--discovered", discovered.isoformat(), "--people", "1",
                     data_dir=data_dir)  # fmt: skip
    assert added.stdout.startswith("Breach recorded: ")
    assert "OVERDUE by 9 h" in added.stdout or "OVERDUE by 8 h" in added.stdout
    unlocked("breach", "add", "--description", "Laptop verloren", "--discovered",
             "2026-01-05T09:15+01:00", "--risk", "none", "--encrypted", "--reason",
             "Kluis versleuteld, sleutel niet op de laptop", data_dir=data_dir)  # fmt: skip
    listed = unlocked("register", "breaches", data_dir=data_dir).stdout.splitlines()
    assert len(listed) == 2
    assert "E-mail met verslag" in listed[0] and "OVERDUE" in listed[0]
    assert "[none, encrypted]" in listed[1] and "not reported: Kluis versleuteld" in listed[1]
    rows = json.loads(unlocked("register", "breaches", "--json", data_dir=data_dir).stdout)
    assert [r["description"] for r in rows] == ["E-mail met verslag aan verkeerde klant",
                                                "Laptop verloren"]  # fmt: skip
    assert rows[0]["people_affected"] == 1 and rows[0]["risk"] == "risk"
    assert rows[0]["hours_left"] in (-8, -9)
    assert rows[0]["report_deadline"] == (discovered + timedelta(hours=72)).isoformat()
    assert rows[1]["discovered_at"] == "2026-01-05T08:15:00+00:00"
    assert rows[1]["encrypted"] is True and rows[1]["hours_left"] is None
    log = unlocked("audit", "verify", data_dir=data_dir)
    assert "intact" in log.stdout


def test_bad_breach_input_is_refused(data_dir: Path) -> None:
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    later = unlocked("breach", "add", "--description", "x", "--discovered", future,
                     data_dir=data_dir, check=EXIT_USER)  # fmt: skip
    assert "future" in later.stderr and "Traceback" not in later.stderr
    riskless = unlocked("breach", "add", "--description", "x", "--discovered",
                        "2026-01-05T09:15", "--risk", "none", data_dir=data_dir,
                        check=EXIT_USER)  # fmt: skip
    assert "poses no risk" in riskless.stderr
    garbled = unlocked("breach", "add", "--description", "x", "--discovered", "yesterday",
                       data_dir=data_dir, check=EXIT_USAGE)  # fmt: skip
    assert "is not a date and time" in garbled.stderr
    rows = json.loads(unlocked("register", "breaches", "--json", data_dir=data_dir).stdout)
    assert rows == []
