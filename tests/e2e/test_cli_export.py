"""``coachdesk client export`` and ``coachdesk client import`` as a coach would run them."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from coachdesk.domain.errors import EXIT_USAGE, EXIT_USER
from coachdesk.paths import resources_dir
from tests.e2e.test_cli import PASSPHRASE, run, unlocked

jsonschema = pytest.importorskip("jsonschema")

pytestmark = pytest.mark.slow


def new_vault(folder: Path) -> Path:
    run("init", "--data-dir", str(folder), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    return folder


def test_export_then_import_into_another_vault(tmp_path: Path) -> None:
    source = new_vault(tmp_path / "source")
    unlocked("demo", "--clients", "3", "--seed", "5", data_dir=source)
    number = json.loads(unlocked("client", "list", "--json", data_dir=source).stdout)[0]["number"]
    target = tmp_path / "to"
    target.mkdir()

    proc = unlocked("client", "export", number, "--to", str(target), "--lang", "en",
                    data_dir=source)  # fmt: skip
    package = Path(proc.stdout.strip())
    assert package.parent == target and package.name.startswith(f"access-{number}-")
    assert [p.name for p in target.iterdir()] == [package.name]
    data = json.loads((package / "data.json").read_text("utf-8"))
    schema = json.loads(
        (resources_dir() / "schema" / "client-export-1.schema.json").read_text("utf-8")
    )
    jsonschema.Draft202012Validator(schema).validate(data)
    manifest = json.loads((package / "manifest.json").read_text("utf-8"))
    for entry in manifest["files"]:
        content = (package / entry["path"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]

    again = unlocked("client", "export", number, "--to", str(target), data_dir=source)
    assert Path(again.stdout.strip()).name.startswith(f"inzage-{number}-")
    zipped = Path(unlocked("client", "export", number, "--to", str(target), "--zip",
                           data_dir=source).stdout.strip())  # fmt: skip
    assert zipped.parent == target and zipped.suffix == ".zip" and zipfile.is_zipfile(zipped)

    other = new_vault(tmp_path / "other")
    imported = unlocked("client", "import", str(package / "data.json"), data_dir=other)
    assert f"Client {number} imported: {len(data['notes'])} notes" in imported.stdout
    shown = json.loads(unlocked("client", "show", number, "--json", data_dir=other).stdout)
    assert shown["email"] == data["client"]["email"]


def test_export_refusals(tmp_path: Path) -> None:
    vault = new_vault(tmp_path / "v")
    proc = unlocked("client", "export", "2099-001", "--to", str(tmp_path), data_dir=vault,
                    check=EXIT_USER)  # fmt: skip
    assert "No client found" in proc.stderr
    missing = tmp_path / "nope"
    proc = unlocked("client", "export", "2099-001", "--to", str(missing), data_dir=vault,
                    check=EXIT_USER)  # fmt: skip
    assert not missing.exists()
    unlocked("client", "export", "2099-001", data_dir=vault, check=EXIT_USAGE)
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    proc = unlocked("client", "import", str(bad), data_dir=vault, check=EXIT_USER)
    assert "not a CoachDesk client export" in proc.stderr
