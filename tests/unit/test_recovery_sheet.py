"""The Recovery Sheet PDF: one A4 page with the name, date, every key group and a QR code."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from coachdesk.domain.errors import MalformedRecoveryKey, StorageError
from coachdesk.services.access import format_recovery_key, recovery_groups
from coachdesk.services.recovery_sheet import (
    format_sheet_date,
    text_fonts,
    write_recovery_sheet,
)
from coachdesk.vault.keys import new_recovery_identity

CREATED = date(2026, 3, 9)


@pytest.fixture
def identity() -> str:
    return new_recovery_identity()[0]


def _read(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    return reader, " ".join(text.split())


def _form_xobjects(reader: PdfReader) -> list[object]:
    resources = reader.pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    found = []
    for ref in xobjects.values():
        obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if obj.get("/Subtype") == "/Form":
            found.append(obj)
    return found


@pytest.mark.parametrize(
    ("language", "title", "day"),
    [("en", "Recovery Sheet", "9 March 2026"), ("nl", "Herstelblad", "9 maart 2026")],
)
def test_sheet_has_everything_a_coach_needs(
    tmp_path: Path, identity: str, language: str, title: str, day: str
) -> None:
    path = tmp_path / "sheet.pdf"
    name = "Praktijk De Vlinder & Co"
    write_recovery_sheet(path, practice_name=name, identity=identity, created=CREATED,
                         language=language)  # fmt: skip
    reader, text = _read(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (595.3, 841.9)
    assert title in text
    assert name in text
    assert day in text
    assert "AGE-SECRET-KEY-1" in text
    groups = recovery_groups(identity)
    assert len(groups) == 10
    for number, group in enumerate(groups, start=1):
        assert group in text, f"group {number} missing"
    assert "recovery key" in text.lower() or "herstelsleutel" in text.lower()
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_instructions_differ_per_language(tmp_path: Path, identity: str) -> None:
    texts = {}
    for language in ("nl", "en"):
        path = tmp_path / f"{language}.pdf"
        write_recovery_sheet(path, practice_name="P", identity=identity, created=CREATED,
                             language=language)  # fmt: skip
        texts[language] = _read(path)[1]
    assert "Use recovery key" in texts["en"]
    assert "away from the computer" in texts["en"]
    assert "Herstelsleutel gebruiken" in texts["nl"]
    assert "niet bij de computer" in texts["nl"]
    assert "Anyone holding it" in texts["en"] and "Wie dit blad heeft" in texts["nl"]


def test_qr_code_is_a_form_xobject_with_modules(tmp_path: Path, identity: str) -> None:
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(path, practice_name="P", identity=identity, created=CREATED)
    forms = _form_xobjects(PdfReader(path))
    assert len(forms) == 1
    content = forms[0].get_data().decode("latin-1")
    # a QR code of a 74-character key (version 4+) has hundreds of dark modules
    assert content.count(" re") > 150


@pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="needs zbar-tools and poppler-utils to decode the QR code",
)
def test_qr_code_decodes_to_the_key(tmp_path: Path, identity: str) -> None:
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(path, practice_name="P", identity=identity, created=CREATED)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")],
                   check=True, timeout=60)  # fmt: skip
    image = next(tmp_path.glob("page*.png"))
    result = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True,
                            text=True, timeout=60, check=True)  # fmt: skip
    assert result.stdout.strip() == identity


def test_groups_are_printed_in_order_after_the_prefix(tmp_path: Path, identity: str) -> None:
    """Typing the groups in the order printed after the prefix gives back the key."""
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(path, practice_name="P", identity=identity, created=CREATED)
    text = _read(path)[1]
    groups = recovery_groups(identity)
    assert "".join(format_recovery_key(identity).split()) == "AGE-SECRET-KEY-1" + "".join(groups)
    positions = [text.index("AGE-SECRET-KEY-1")]
    for group in groups:
        positions.append(text.index(group, positions[-1]))
    assert positions == sorted(positions)


def test_european_names_survive(tmp_path: Path, identity: str) -> None:
    name = "Coaching Şükrü Łucja Øre Ærø"
    path = tmp_path / "sheet.pdf"
    write_recovery_sheet(path, practice_name=name, identity=identity, created=CREATED)
    text = _read(path)[1]
    regular, _bold = text_fonts(name)
    if regular.startswith("CoachDeskSans"):
        assert name in text
    else:  # no TrueType font on this machine: accents dropped, never a crash
        assert "Coaching" in text


def test_malformed_key_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    with pytest.raises(MalformedRecoveryKey):
        write_recovery_sheet(path, practice_name="P", identity="AGE-SECRET-KEY-1NOPE",
                             created=CREATED)  # fmt: skip
    assert not path.exists()


def test_disk_failure_leaves_nothing_half_written(
    tmp_path: Path, identity: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"old sheet")
    real_replace = os.replace

    def full_disk(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(StorageError) as info:
        write_recovery_sheet(path, practice_name="P", identity=identity, created=CREATED)
    monkeypatch.setattr(os, "replace", real_replace)
    assert "disk is full" in info.value.message
    assert path.read_bytes() == b"old sheet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_missing_folder_is_a_storage_error(tmp_path: Path, identity: str) -> None:
    with pytest.raises(StorageError):
        write_recovery_sheet(tmp_path / "gone" / "sheet.pdf", practice_name="P",
                             identity=identity, created=CREATED)  # fmt: skip


def test_dates_do_not_depend_on_the_locale() -> None:
    assert format_sheet_date(date(2026, 12, 1), "nl") == "1 december 2026"
    assert format_sheet_date(date(2026, 5, 31), "en") == "31 May 2026"
    assert format_sheet_date(date(2026, 5, 31), "de") == "31 May 2026"
