"""Demo practices at benchmark scale: L (a long career) and XL (a stress test for lists).

``generate_sized_demo`` runs the ordinary generator (``demo.py``) for the size's client count
and then adds what only a large practice has:

- scanned attachments (PDF pages of grey noise, so they do not compress, like real scans) until
  the size's megabytes are stored, spread over the clients in a fixed order;
- one long dossier: the client with the most notes gets follow-up session reports up to
  ``LONG_NOTES`` and scans up to ``LONG_DOCUMENTS`` (the export and erasure benchmarks use it).

Everything comes from ``random.Random`` seeded with the seed, so a seed and ``today`` give the
same practice byte for byte.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from coachdesk.services import demo_words as W
from coachdesk.services.demo import DemoSummary, generate_demo
from coachdesk.vault.connection import Db

LONG_NOTES = 300
LONG_DOCUMENTS = 20
SCAN_WIDTH = 1000  # pixels per row of a scanned page; a page of height h holds 1000 * h bytes
_SCAN_KB = (60, 440)  # sizes of a scan, uniformly drawn: about 250 KB on average
_NOTE_SQL = (
    "INSERT INTO notes (uuid, client_id, trajectory_id, note_date, title, body, origin,"
    " special_category, template, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, 'coach', 0, 'grow', ?, ?)"
)
_DOC_SQL = (
    "INSERT INTO documents (uuid, client_id, name, mime_type, size, sha256, origin, content,"
    " added_at) VALUES (?, ?, ?, 'application/pdf', ?, ?, 'provided', ?, ?)"
)
_SCAN_NAMES = ("Scan getekende overeenkomst", "Scan verslag bedrijfsarts", "Scan reflectieverslag",
               "Scan werkopdracht", "Scan evaluatieformulier")  # fmt: skip


@dataclass(frozen=True, slots=True)
class DemoSize:
    clients: int
    attachment_mb: int  # scans added on top of the generator's small PDFs


SIZES = {"L": DemoSize(2_000, 300), "XL": DemoSize(20_000, 0)}


def generate_sized_demo(
    db: Db,
    size: str,
    *,
    seed: int = 1,
    today: date | None = None,
    attachments: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """The practice of *size* ("L" or "XL") in an empty vault; see the module docstring."""
    spec = SIZES[size]
    today = today or date.today()
    summary = generate_demo(db, clients=spec.clients, seed=seed, today=today,
                            attachments=attachments, progress=progress)  # fmt: skip
    rng = random.Random(f"{seed}-{size}-scale")
    long_id, notes = _long_dossier(db, rng, today, attachments)
    documents = notes[1] + (
        _scans(db, rng, today, spec.attachment_mb, long_id) if attachments else 0
    )
    counts = {f: getattr(summary, f) for f in DemoSummary.__dataclass_fields__}
    counts["notes"] += notes[0]
    counts["documents"] += documents
    return DemoSummary(**counts)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def scan_pdf(rng: random.Random, kilobytes: int) -> bytes:
    """A valid one-page PDF holding a grey-noise image of about *kilobytes* KB."""
    height = max(1, kilobytes * 1024 // SCAN_WIDTH)
    pixels = rng.randbytes(SCAN_WIDTH * height)
    page = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length %d >>\nstream\n%b\nendstream"
        % (SCAN_WIDTH, height, len(pixels), pixels),
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(page), page),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)  # fmt: skip
    return bytes(out)


def _add_scan(db: Db, rng: random.Random, client_id: int, day: date) -> int:
    content = scan_pdf(rng, rng.randint(*_SCAN_KB))
    name = f"{rng.choice(_SCAN_NAMES)} {day:%Y-%m-%d}.pdf"
    db.execute(_DOC_SQL, (_uuid(rng), client_id, name, len(content),
                          hashlib.sha256(content).hexdigest(), content,
                          f"{day}T10:00:00Z"))  # fmt: skip
    return len(content)


def _scans(db: Db, rng: random.Random, today: date, megabytes: int, skip: int | None) -> int:
    """Scans for clients (but *skip*) in a fixed shuffled order until *megabytes* are stored."""
    rows = db.all("SELECT id, substr(created_at, 1, 10) FROM clients WHERE id IS NOT ? ORDER BY id",
                  (skip,))  # fmt: skip
    rng.shuffle(rows)
    added, stored, goal = 0, 0, megabytes * 1_048_576
    while stored < goal and rows:
        with db.transaction():
            for client_id, created in rows:
                if stored >= goal:
                    break
                day = min(today, date.fromisoformat(created) + timedelta(days=rng.randint(0, 60)))
                stored += _add_scan(db, rng, client_id, day)
                added += 1
    return added


def _long_dossier(
    db: Db, rng: random.Random, today: date, attachments: bool
) -> tuple[int | None, tuple[int, int]]:
    """Follow-up reports and scans for the client with most notes: its id, (notes, documents)
    added."""
    row = db.one(
        "SELECT client_id, count(*) FROM notes GROUP BY client_id ORDER BY 2 DESC, 1 LIMIT 1"
    )
    if row is None:
        return None, (0, 0)
    client_id, have = int(row[0]), int(row[1])
    first_name, tid = db.one(
        "SELECT coalesce(nullif(c.preferred_name, ''), c.first_name), t.id FROM clients c"
        " JOIN trajectories t ON t.client_id = c.id WHERE c.id = ? ORDER BY t.start_date DESC"
        " LIMIT 1",
        (client_id,),
    )
    subjects = next(iter(W.THEMES.values()))[5]
    subs = {"{n}": first_name, "{hij}": "zij", "{zijn}": "haar", "{goal}": "het eigen werk"}
    notes = max(0, LONG_NOTES - have)
    docs = int(db.scalar("SELECT count(*) FROM documents WHERE client_id = ?", (client_id,)))
    docs = max(0, LONG_DOCUMENTS - docs) if attachments else 0
    with db.transaction():
        for number in range(notes):
            day = today - timedelta(days=7 * (notes - number) + 1)
            subject, body, _, _ = W.session_report(rng, subjects, 0.0)
            at = f"{day}T17:{number % 60:02d}:00Z"
            body = W.fill(body, subs | {"{subject}": subject, "{score}": str(rng.randint(3, 8))})
            title = f"Vervolgsessie {number + 1}: {subject}"
            db.execute(
                _NOTE_SQL, (_uuid(rng), client_id, tid, day.isoformat(), title, body, at, at)
            )
        for k in range(docs):
            _add_scan(db, rng, client_id, today - timedelta(days=30 * (docs - k)))
    return client_id, (notes, docs)
