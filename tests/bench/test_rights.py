"""Client rights on L: the export package and the erasure of the client with 300 notes and 20
attachments, through the service calls the window's workers and the CLI make.

Export baseline: reading the same client's notes and attachments from the vault (what any export
must at least do). Erase baseline: the plain DELETE of the client in one transaction, without
the clean-up that makes the data unrecoverable (FTS optimize, checkpoint, vacuum).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

from coachdesk.paths import DataPaths
from coachdesk.services.export.service import export_by_number
from coachdesk.services.privacy import erase_client
from coachdesk.vault.vault import Vault
from tests.bench.conftest import unlock
from tests.bench.practices import working_copy
from tests.bench.report import Figure, Recorder, Series

RUNS = 5


def _long_client(vault: Vault) -> tuple[int, str, int, int]:
    with vault.session() as db:
        cid, number = db.one(
            "SELECT c.id, c.number FROM clients c JOIN notes n ON n.client_id = c.id"
            " GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        )
        notes = db.scalar("SELECT count(*) FROM notes WHERE client_id = ?", (cid,))
        docs = db.scalar("SELECT count(*) FROM documents WHERE client_id = ?", (cid,))
    return int(cid), str(number), int(notes), int(docs)


def test_export_long_client_l(practice_l: DataPaths, tmp_path: Path, recorder: Recorder) -> None:
    vault = unlock(practice_l)
    cid, number, notes, docs = _long_client(vault)
    assert notes >= 300 and docs >= 20
    samples, baseline = [], []
    with vault.session() as db:
        for run in range(RUNS):
            target = tmp_path / f"run{run}"
            target.mkdir()
            started = time.perf_counter()
            package = export_by_number(db, number, target, language="nl", now=datetime.now(UTC))
            samples.append(time.perf_counter() - started)
            assert (package / "data.json").exists()
            started = time.perf_counter()
            db.all("SELECT * FROM notes WHERE client_id = ?", (cid,))
            db.all("SELECT content FROM documents WHERE client_id = ?", (cid,))
            baseline.append(time.perf_counter() - started)
    vault.lock()
    recorder.add(Figure(
        "7a-export", f"export package of a client with {notes} notes and {docs} attachments, L",
        "s", 2.0, Series("export", samples), Series("read the rows and files", baseline),
        method="export_by_number (as `coachdesk client export` and the dossier's worker):"
        " inzage.pdf, data.json, portability.json, csv/, attachments/, manifest.json.",
    ))  # fmt: skip


def test_erase_long_client_l(practice_l: DataPaths, tmp_path: Path, recorder: Recorder) -> None:
    samples, baseline, vacuum = [], [], []
    notes = docs = 0
    for run in range(RUNS):
        paths = working_copy(practice_l, tmp_path / f"erase{run}")
        vault = unlock(paths)
        cid, _number, notes, docs = _long_client(vault)
        started = time.perf_counter()
        report = erase_client(vault, cid)
        samples.append(time.perf_counter() - started)
        assert report.maintenance_complete
        vault.lock()
        paths = working_copy(practice_l, tmp_path / f"erase{run}")
        vault = unlock(paths)
        with vault.session() as db:
            started = time.perf_counter()
            with db.transaction():
                db.execute("DELETE FROM clients WHERE id = ?", (cid,))
            baseline.append(time.perf_counter() - started)
            started = time.perf_counter()
            db.execute("VACUUM")
            vacuum.append(time.perf_counter() - started)
        vault.lock()
    size = practice_l.vault_db.stat().st_size / 1_048_576
    recorder.add(Figure(
        "8-erase", f"erase a client with {notes} notes and {docs} attachments, incl. clean-up,"
        f" L ({size:.0f} MB vault)", "s", 2.0,
        Series("erase_client", samples), Series("plain DELETE", baseline),
        method="erase_client on a fresh copy of L each run: delete, ledger, sidecar, then the"
        f" clean-up. A full VACUUM of the same file alone took {min(vacuum):.2f}–"
        f"{max(vacuum):.2f} s.",
    ))  # fmt: skip
