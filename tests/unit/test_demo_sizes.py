"""Benchmark-sized demo practices (``coachdesk demo --size``), at a tiny size: scans that are
real PDFs, one long dossier, and the same practice from the same seed."""

from __future__ import annotations

import hashlib
import io
import random
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coachdesk.paths import data_paths
from coachdesk.services import demo_sizes
from coachdesk.services.demo_sizes import DemoSize, generate_sized_demo, scan_pdf
from coachdesk.vault.vault import Vault

TODAY = date(2026, 3, 16)


@pytest.fixture(autouse=True)
def tiny_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(demo_sizes.SIZES, "S", DemoSize(clients=12, attachment_mb=2))


def _practice(tmp_path: Path, name: str) -> tuple[dict[str, int], str]:
    vault = Vault.create(data_paths(tmp_path / name), use_keyring=True)[0]
    with vault.session() as db:
        summary = generate_sized_demo(db, "S", seed=3, today=TODAY)
        cid, notes = db.one("SELECT client_id, count(*) FROM notes GROUP BY 1 ORDER BY 2 DESC")
        docs = db.scalar("SELECT count(*) FROM documents WHERE client_id = ?", (cid,))
        stored = db.scalar("SELECT sum(size) FROM documents")
        digest = hashlib.sha256(
            repr(
                [tuple(r) for r in db.all("SELECT uuid, sha256 FROM documents ORDER BY id")]
            ).encode()
        ).hexdigest()
        assert summary.notes == db.scalar("SELECT count(*) FROM notes")
        assert summary.documents == db.scalar("SELECT count(*) FROM documents")
    return {"notes": int(notes), "docs": int(docs), "stored": int(stored)}, digest


def test_long_dossier_scans_and_determinism(tmp_path: Path) -> None:
    first, digest = _practice(tmp_path, "a")
    assert first["notes"] == demo_sizes.LONG_NOTES
    assert first["docs"] == demo_sizes.LONG_DOCUMENTS
    assert first["stored"] >= 2 * 1_048_576
    assert _practice(tmp_path, "b") == (first, digest)


def test_scan_is_a_readable_pdf() -> None:
    data = scan_pdf(random.Random(1), 100)
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert page.images[0].image.size == (demo_sizes.SCAN_WIDTH, 102)
    assert len(data) > 100_000


def test_unknown_size_is_refused(tmp_path: Path) -> None:
    vault = Vault.create(data_paths(tmp_path / "v"), use_keyring=True)[0]
    with vault.session() as db, pytest.raises(KeyError):
        generate_sized_demo(db, "M")
