"""The access package (PRIVACY.md, Access): completeness, schema, manifest, Art. 20 subset,
attachments, atomic writing, and the export -> import -> export round trip."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coachdesk.domain.errors import NotFound, StorageError, UserError
from coachdesk.domain.models import (
    ClientDraft,
    ConsentAction,
    ConsentMethod,
    LegalBasis,
    Origin,
    TaskSource,
)
from coachdesk.paths import data_paths, resources_dir
from coachdesk.services.dossier import create_note
from coachdesk.services.export import collect, writer
from coachdesk.services.export.collect import (
    COVERED_TABLES,
    EXPORTED_COLUMNS,
    NOT_EXPORTED,
    attachment_file_names,
    collect_client,
)
from coachdesk.services.export.csv_files import CSV_COLUMNS
from coachdesk.services.export.importer import NotAnExport, import_client
from coachdesk.services.export.writer import export_client
from coachdesk.vault.audit import audit_entries
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import appointments, clients, consents, documents, notes, tasks
from coachdesk.vault.repos import trajectories as trajs
from coachdesk.vault.vault import Vault

jsonschema = pytest.importorskip("jsonschema")

NOW = datetime(2026, 11, 25, 16, 30, tzinfo=UTC)
SCHEMA = json.loads((resources_dir() / "schema" / "client-export-1.schema.json").read_text("utf-8"))
PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def validate(data: dict[str, object]) -> None:
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(data)


def make_client(db: Db) -> int:
    """A client with something in every table that can hold client data."""
    draft = ClientDraft(
        first_name="Ayşe", last_name="Łukasiewicz-Gönül", tussenvoegsel="van der",
        preferred_name="Ay", date_of_birth=date(1984, 2, 29), email="ayse@example.nl",
        phone="+31 6 1234 5678", street="Ørstedlaan 1", postcode="1234 AB", city="Utrecht",
        organisation="Gemeente Ő", referral_source="huisarts", tags=("leiderschap", "burn-out"),
    )  # fmt: skip
    c = clients.insert(db, draft, today=date(2026, 3, 1), at="2026-03-01T09:00:00Z")
    t = trajs.insert(db, c.id, title="Leiderschap", goal="Rust vinden",
                     start_date=date(2026, 3, 1), agreed_sessions=6, sponsor="Werkgever BV",
                     at="2026-03-01T09:05:00Z")  # fmt: skip
    master = appointments.insert(
        db, title="Sessie", starts_at=datetime(2026, 3, 9, 10), ends_at=datetime(2026, 3, 9, 11),
        client_id=c.id, trajectory_id=t.id, rrule="FREQ=WEEKLY;COUNT=4",
        series_until=datetime(2026, 3, 30, 10), exdates=[datetime(2026, 3, 23, 10)],
        at="2026-03-01T09:10:00Z",
    )  # fmt: skip
    appointments.insert(
        db, title="Sessie (verzet)", starts_at=datetime(2026, 3, 17, 14),
        ends_at=datetime(2026, 3, 17, 15), client_id=c.id, series_id=master,
        recurrence_id=datetime(2026, 3, 16, 10), at="2026-03-02T09:10:00Z",
    )  # fmt: skip
    notes.insert(db, c.id, note_date=date(2026, 3, 9), title="Eerste sessie",
                 body="Verbatim:\n  ş ł ő ø ğ \"quotes\", commas; and\r\nCRLF", trajectory_id=t.id,
                 appointment_id=master, at="2026-03-09T12:00:00Z")  # fmt: skip
    notes.insert(db, c.id, note_date=date(2026, 3, 10), title="Intakeformulier",
                 body="Wat de cliënt zelf invulde", origin=Origin.PROVIDED,
                 at="2026-03-10T12:00:00Z")  # fmt: skip
    notes.insert(db, c.id, note_date=date(2026, 3, 11), title="Aanwezigheid", body="Aanwezig",
                 origin=Origin.OBSERVED, special_category=True,
                 at="2026-03-11T12:00:00Z")  # fmt: skip
    create_note(db, c.id, note_date=date(2026, 3, 12), title="Via de dienst", body="Audit")
    tasks.insert(db, "Verslag sturen", due_date=date(2026, 3, 20), client_id=c.id,
                 at="2026-03-09T13:00:00Z")  # fmt: skip
    tasks.insert(db, "Bewaartermijn", client_id=c.id, source=TaskSource.SYSTEM,
                 system_key=f"retention:{c.uuid}", at="2026-03-09T13:01:00Z")  # fmt: skip
    consents.record(db, c.id, action=ConsentAction.GIVEN, purpose="special_category_data",
                    method=ConsentMethod.SIGNED, given_on=date(2026, 3, 1),
                    at="2026-03-01T09:20:00Z")  # fmt: skip
    consents.disclose(db, c.id, recipient="Werkgever BV", what="Voortgang",
                      disclosed_on=date(2026, 3, 30), legal_basis=LegalBasis.CONSENT,
                      at="2026-03-30T09:00:00Z")  # fmt: skip
    for name in ("verslag.pdf", "verslag.pdf", "Verslag.PDF", "../../etc/passwd", "CON.txt"):
        documents.insert(db, c.id, name, PDF_BYTES + name.encode(), at="2026-03-05T10:00:00Z")
    documents.insert(db, c.id, "notitie.txt", b"eigen notitie", origin=Origin.COACH,
                     at="2026-03-06T10:00:00Z")  # fmt: skip
    db.execute(
        "INSERT INTO data_requests (uuid, client_id, kind, received_on, due_on, note, created_at)"
        " VALUES ('r1', :c, 'access', '2026-11-01', '2026-12-01', 'per e-mail',"
        " '2026-11-01T08:00:00Z')",
        {"c": c.id},
    )
    db.execute(
        "INSERT INTO legal_holds (client_id, reason, review_on, placed_at)"
        " VALUES (:c, 'geschil', '2027-06-01', '2026-10-01T08:00:00Z')",
        {"c": c.id},
    )
    return c.id


@pytest.fixture
def db(vault: Vault):
    with vault.session() as session:
        yield session


@pytest.fixture
def client_id(db: Db) -> int:
    return make_client(db)


class FakePdf:
    """Stands in for access_pdf.write_access_pdf (tested on its own), recording its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, dict[str, object], dict[str, object]]] = []

    def __call__(self, path: Path, data: dict[str, object], **kwargs: object) -> None:
        self.calls.append((path, data, kwargs))
        path.write_bytes(b"%PDF-1.4 fake\n")


@pytest.fixture(autouse=True)
def fake_pdf(monkeypatch: pytest.MonkeyPatch) -> FakePdf:
    fake = FakePdf()
    monkeypatch.setattr(writer, "_pdf_writer", lambda: fake)
    return fake


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The chosen folder (tmp_path itself also holds the vault's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def tables_with_column(db: Db, column: str) -> set[str]:
    names = [r[0] for r in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n for n in names if any(r[1] == column for r in db.all(f"PRAGMA table_info('{n}')"))}


# --- completeness ----------------------------------------------------------------------------


def test_every_table_with_a_client_reference_is_covered(db: Db) -> None:
    with_client_id = tables_with_column(db, "client_id")
    assert with_client_id, "the scan must find tables (else this test passes vacuously)"
    assert with_client_id - set(COVERED_TABLES) == set(), "exporter misses these tables"
    with_uuid = tables_with_column(db, "client_uuid")
    assert with_uuid - set(COVERED_TABLES) - set(NOT_EXPORTED) == set()
    assert "clients" in COVERED_TABLES


@pytest.mark.parametrize("table", sorted(COVERED_TABLES))
def test_every_column_of_a_covered_table_is_exported_or_left_out_on_purpose(
    db: Db, table: str
) -> None:
    columns = {r[1] for r in db.all(f"PRAGMA table_info('{table}')")}
    declared = EXPORTED_COLUMNS[table] | COVERED_TABLES[table].omitted
    assert columns == declared


def test_the_completeness_check_would_catch_a_new_table(db: Db) -> None:
    db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, client_id INTEGER)")
    assert tables_with_column(db, "client_id") - set(COVERED_TABLES) == {"invoices"}


# --- data.json -------------------------------------------------------------------------------


def test_data_json_is_complete_valid_and_without_internal_ids(db: Db, client_id: int) -> None:
    data = collect_client(db, client_id, now=NOW, language="nl")
    validate(data)
    assert data["exported_at"] == "2026-11-25T16:30:00Z"
    client = data["client"]
    assert client["first_name"] == "Ayşe" and client["origin"] == "provided"
    assert client["tags"] == ["burn-out", "leiderschap"]
    assert len(data["notes"]) == 4 and len(data["documents"]) == 6
    first = data["notes"][0]
    assert first["body"] == 'Verbatim:\n  ş ł ő ø ğ "quotes", commas; and\r\nCRLF'
    assert first["appointment"] == "A1" and first["trajectory"] == "T1"
    assert data["appointments"][1]["series"] == "A1"
    assert data["appointments"][0]["excluded_dates"] == ["2026-03-23T10:00:00"]
    assert {t["origin"] for t in data["tasks"]} == {"coach", "system"}
    assert data["legal_hold"]["reason"] == "geschil"
    assert data["data_requests"][0]["kind"] == "access"
    assert data["audit"] and data["audit"][0]["action"] == "note.created"
    text = json.dumps(data)
    c = clients.get(db, client_id)
    assert c.uuid not in text and "r1" not in json.dumps(data["data_requests"])
    assert '"id"' not in text and "system_key" not in text and "retention:" not in text


def every_item(data: dict[str, object]):
    yield data["client"]
    for section in collect.SECTIONS:
        yield from data[section]
    if data["legal_hold"]:
        yield data["legal_hold"]


def test_every_item_carries_an_origin(db: Db, client_id: int) -> None:
    data = collect_client(db, client_id, now=NOW)
    assert all(item["origin"] in {o.value for o in Origin} for item in every_item(data))


def test_attachment_names_are_safe_and_unique() -> None:
    names = attachment_file_names(
        [(1, "a.pdf"), (2, "a.pdf"), (3, "A.PDF"), (4, "../../x"), (5, "con.txt"), (6, "")]
    )
    assert names == {1: "a.pdf", 2: "a (2).pdf", 3: "A (3).PDF", 4: "_.._x", 5: "_con.txt",
                     6: "document"}  # fmt: skip
    assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in names.values())


# --- the package -----------------------------------------------------------------------------


def read_json(path: Path) -> dict[str, object]:
    return json.loads(path.read_text("utf-8"))


def listing(*roots: Path) -> set[str]:
    found = set()
    for root in roots:
        if root.exists():
            found |= {str(p) for p in root.rglob("*")}
    return found


def test_package_contents_manifest_and_attachments(
    db: Db, client_id: int, tmp_path: Path, vault: Vault
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    temp_root = Path(tempfile.gettempdir())
    data_dir = vault.paths.root
    outside_before = {p.name for p in temp_root.iterdir()}
    data_before = listing(data_dir)

    package = export_client(db, client_id, target, language="nl", now=NOW)

    assert package == target / f"inzage-{clients.get(db, client_id).number}-2026-11-25"
    assert [p.name for p in target.iterdir()] == [package.name]  # no partial folder left
    assert {p.name for p in temp_root.iterdir()} - outside_before == set()
    assert listing(data_dir) == data_before  # nothing new beside the vault (no temp copies)

    manifest = read_json(package / "manifest.json")
    assert manifest["schema_version"] == 1 and manifest["language"] == "nl"
    assert manifest["exported_at"] == "2026-11-25T16:30:00Z"
    files = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    listed = {f["path"] for f in manifest["files"]}
    assert listed == files - {"manifest.json"}
    for entry in manifest["files"]:
        content = (package / entry["path"]).read_bytes()
        assert len(content) == entry["size"]
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
    assert "inzage.pdf" in files and manifest["pdf_included"] is True

    data = read_json(package / "data.json")
    validate(data)
    stored = {d.name: d for d in documents.for_client(db, client_id)}
    assert len(data["documents"]) == 6 == len(list((package / "attachments").iterdir()))
    for doc in data["documents"]:
        content = (package / doc["file"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == doc["sha256"]
        assert content == documents.content(db, stored[doc["name"]].id) or doc["name"] in (
            "verslag.pdf"  # two documents share this name; each file matches its own hash
        )
    assert {d["sha256"] for d in data["documents"]} == {
        hashlib.sha256(documents.content(db, d.id)).hexdigest() for d in stored.values()
    } | {hashlib.sha256(PDF_BYTES + b"verslag.pdf").hexdigest()}

    # Recorded in the vault.
    assert db.scalar("SELECT last_exported_at FROM clients WHERE id = :i", {"i": client_id}) == (
        "2026-11-25T16:30:00Z"
    )
    uuid = clients.get(db, client_id).uuid
    assert audit_entries(db, client_uuid=uuid, limit=1)[0].action == "client.exported"


def test_portability_json_keeps_only_provided_and_observed(
    db: Db, client_id: int, out: Path
) -> None:
    package = export_client(db, client_id, out, language="en", now=NOW)
    assert package.name.startswith("access-")
    portable = read_json(package / "portability.json")
    validate(portable)
    assert portable["subset"] == "portability"
    origins = {item["origin"] for item in every_item(portable)}
    assert origins <= {"provided", "observed"}
    assert {n["title"] for n in portable["notes"]} == {"Intakeformulier", "Aanwezigheid"}
    assert portable["trajectories"] == [] and portable["audit"] == [] == portable["consents"]
    assert portable["legal_hold"] is None
    assert len(portable["appointments"]) == 2 and len(portable["documents"]) == 5
    assert all(a["trajectory"] is None for a in portable["appointments"])  # T1 was left out


def test_csv_files_have_a_bom_a_header_and_one_row_per_item(
    db: Db, client_id: int, out: Path
) -> None:
    import csv
    import io

    package = export_client(db, client_id, out, language="nl", now=NOW)
    data = read_json(package / "data.json")
    assert sorted(p.name for p in (package / "csv").iterdir()) == sorted(
        f"{e}.csv" for e in CSV_COLUMNS
    )
    for entity, columns in CSV_COLUMNS.items():
        raw = (package / "csv" / f"{entity}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert tuple(rows[0]) == columns
        value = data[entity]
        items = [value] if isinstance(value, dict) else (value or [])
        assert len(rows) - 1 == len(items)
        for item in items:
            assert set(item) == set(columns), entity
    notes_rows = list(csv.DictReader(io.StringIO(
        (package / "csv" / "notes.csv").read_bytes().decode("utf-8-sig"), newline="")))  # fmt: skip
    assert notes_rows[0]["body"] == data["notes"][0]["body"]


def test_the_pdf_gets_exactly_the_data_json_dict(
    db: Db, client_id: int, out: Path, fake_pdf: FakePdf
) -> None:
    package = export_client(db, client_id, out, language="en", now=NOW)
    [(path, data, kwargs)] = fake_pdf.calls
    assert path.name == "access.pdf" and path.parent.name.endswith(".partial")
    assert data == read_json(package / "data.json")
    assert kwargs["language"] == "en" and kwargs["practice"].country == "NL"
    assert {r.category.value for r in kwargs["rules"]} >= {"dossier", "consents"}


def test_without_the_pdf_module_the_package_says_so(
    db: Db, client_id: int, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "_pdf_writer", lambda: None)
    package = export_client(db, client_id, out, language="nl", now=NOW)
    assert not (package / "inzage.pdf").exists()
    assert read_json(package / "manifest.json")["pdf_included"] is False


def test_with_the_real_pdf_module(
    db: Db, client_id: int, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the autouse fake
    if writer._pdf_writer() is None:
        pytest.skip("coachdesk.services.export.access_pdf is not there yet")
    package = export_client(db, client_id, out, language="nl", now=NOW)
    assert (package / "inzage.pdf").read_bytes().startswith(b"%PDF")


def test_an_existing_folder_is_never_overwritten(db: Db, client_id: int, out: Path) -> None:
    first = export_client(db, client_id, out, language="nl", now=NOW)
    (first / "data.json").write_text("mine", "utf-8")
    second = export_client(db, client_id, out, language="nl", now=NOW)
    third = export_client(db, client_id, out, language="nl", now=NOW)
    assert second.name == first.name + "-2" and third.name == first.name + "-3"
    assert (first / "data.json").read_text("utf-8") == "mine"


def test_a_stale_partial_folder_is_replaced(db: Db, client_id: int, out: Path) -> None:
    number = clients.get(db, client_id).number
    stale = out / f".inzage-{number}-2026-11-25.partial"
    (stale / "csv").mkdir(parents=True)
    (stale / "csv" / "notes.csv").write_text("old", "utf-8")
    package = export_client(db, client_id, out, language="nl", now=NOW)
    assert sorted(p.name for p in out.iterdir()) == [package.name]


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space"), RuntimeError("bug")])
def test_a_failure_midway_leaves_nothing(
    db: Db, client_id: int, out: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    written: list[str] = []
    original = writer.csv_files

    def failing(data: dict[str, object]) -> dict[str, bytes]:
        written.extend(p.name for p in out.rglob("*"))
        original(data)
        raise error

    monkeypatch.setattr(writer, "csv_files", failing)
    expected = StorageError if isinstance(error, OSError) else RuntimeError
    with pytest.raises(expected):
        export_client(db, client_id, out, language="nl", now=NOW)
    assert "data.json" in written  # it did fail midway
    assert list(out.iterdir()) == []
    assert db.scalar("SELECT last_exported_at FROM clients WHERE id = :i", {"i": client_id}) is None
    uuid = clients.get(db, client_id).uuid
    assert "client.exported" not in {e.action for e in audit_entries(db, client_uuid=uuid)}


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_target_is_a_storage_error(db: Db, client_id: int, tmp_path: Path) -> None:
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            export_client(db, client_id, target, language="nl", now=NOW)
        assert list(target.iterdir()) == []
    finally:
        target.chmod(0o700)


def test_a_failure_to_record_the_export_removes_the_finished_package(
    db: Db, client_id: int, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []

    def failing_audit(*args: object, **kwargs: object) -> None:
        seen.extend(out.iterdir())  # the package is complete and renamed by now
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(writer, "append_audit", failing_audit)
    with pytest.raises(RuntimeError):
        export_client(db, client_id, out, language="nl", now=NOW)
    assert [p.name for p in seen] == ["inzage-2026-001-2026-11-25"]
    assert list(out.iterdir()) == []
    assert db.scalar("SELECT last_exported_at FROM clients WHERE id = :i", {"i": client_id}) is None


def test_refusals(db: Db, client_id: int, out: Path) -> None:
    with pytest.raises(NotFound):
        export_client(db, 9999, out, language="nl", now=NOW)
    with pytest.raises(UserError):
        export_client(db, client_id, out / "missing", language="nl", now=NOW)
    with pytest.raises(UserError):
        export_client(db, client_id, out, language="de", now=NOW)
    assert list(out.iterdir()) == []


# --- import and the round trip ---------------------------------------------------------------

#: What may differ between an export and the export of its import into a fresh vault: the
#: export's own time, the audit trail (the new vault has its own chain, starting with
#: "client.imported") and the client's "last exported" stamp (an export of the source vault).
VOLATILE_TOP = ("exported_at", "audit")
VOLATILE_CLIENT = ("last_exported_at",)


def comparable(data: dict[str, object]) -> dict[str, object]:
    out = {k: v for k, v in data.items() if k not in VOLATILE_TOP}
    out["client"] = {k: v for k, v in data["client"].items() if k not in VOLATILE_CLIENT}
    return out


def test_export_import_export_gives_the_same_data(db: Db, client_id: int, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    first = export_client(db, client_id, tmp_path / "a", language="en", now=NOW)
    other, _ = Vault.create(data_paths(tmp_path / "other"), passphrase="x" * 20, use_keyring=False)
    (tmp_path / "b").mkdir()
    with other.session() as db2:
        report = import_client(db2, first / "data.json", now=NOW)
        assert report.documents == 6 and report.documents_missing == 0
        second = export_client(db2, report.client_id, tmp_path / "b", language="en", now=NOW)
        audit2 = [e.action for e in audit_entries(db2, client_uuid=clients.get(
            db2, report.client_id).uuid)]  # fmt: skip
    a, b = read_json(first / "data.json"), read_json(second / "data.json")
    assert comparable(a) == comparable(b)
    assert audit2 == ["client.exported", "client.imported"]
    for doc in a["documents"]:
        assert (first / doc["file"]).read_bytes() == (second / doc["file"]).read_bytes()


def test_import_without_attachments_and_into_a_vault_that_has_the_number(
    db: Db, client_id: int, out: Path
) -> None:
    package = export_client(db, client_id, out, language="nl", now=NOW)
    loose = out / "loose.json"
    loose.write_bytes((package / "data.json").read_bytes())
    report = import_client(db, loose, now=NOW)
    assert report.documents == 0 and report.documents_missing == 6
    assert report.number != clients.get(db, client_id).number
    assert notes.count(db, report.client_id) == 4


def test_import_refuses_what_is_not_an_export(db: Db, tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    before = clients.count(db)
    for text in ("not json", '{"schema_version": 2}', '{"schema_version": 1, "client": {}}'):
        bad.write_text(text, "utf-8")
        with pytest.raises(NotAnExport):
            import_client(db, bad, now=NOW)
    assert clients.count(db) == before


def test_import_refuses_a_changed_attachment(db: Db, client_id: int, out: Path) -> None:
    package = export_client(db, client_id, out, language="nl", now=NOW)
    before = clients.count(db)
    victim = next((package / "attachments").iterdir())
    victim.write_bytes(b"changed")
    with pytest.raises(UserError, match="checksum"):
        import_client(db, package / "data.json", now=NOW)
    assert clients.count(db) == before  # one transaction: nothing was kept


def test_zip_export_holds_the_same_package_and_nothing_else_is_left(
    db: Db, client_id: int, tmp_path: Path, vault: Vault
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    temp_root = Path(tempfile.gettempdir())
    outside_before = {p.name for p in temp_root.iterdir()}

    archive = export_client(db, client_id, target, language="en", now=NOW, as_zip=True)

    number = clients.get(db, client_id).number
    assert archive == target / f"access-{number}-2026-11-25.zip"
    assert [p.name for p in target.iterdir()] == [archive.name]  # no folder, no partial
    assert {p.name for p in temp_root.iterdir()} - outside_before == set()
    with zipfile.ZipFile(archive) as zf:
        assert zf.testzip() is None
        root = archive.stem
        manifest = json.loads(zf.read(f"{root}/manifest.json"))
        for entry in manifest["files"]:
            content = zf.read(f"{root}/{entry['path']}")
            assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        validate(json.loads(zf.read(f"{root}/data.json")))
        assert zf.read(f"{root}/access.pdf").startswith(b"%PDF")
    # A second ZIP export the same day gets its own name instead of replacing the first.
    again = export_client(db, client_id, target, language="en", now=NOW, as_zip=True)
    assert again.name == f"access-{number}-2026-11-25-2.zip"


def test_a_zip_that_cannot_be_written_leaves_nothing(
    db: Db, client_id: int, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full_disk)
    with pytest.raises(StorageError):
        export_client(db, client_id, out, language="nl", now=NOW, as_zip=True)
    assert list(out.iterdir()) == []
    assert db.scalar("SELECT last_exported_at FROM clients WHERE id = :i", {"i": client_id}) is None
