"""Every user-facing string has a Dutch translation, and the .qm files build.

lupdate runs over the current sources into a copy of the committed Dutch .ts file, so a string
added to the code without a translation fails here, not in front of a Dutch coach.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import i18n  # noqa: E402


@pytest.mark.slow
def test_every_source_string_has_a_dutch_translation(tmp_path: Path) -> None:
    ts = tmp_path / "coachdesk_nl.ts"
    shutil.copy(i18n.TS_DIR / "coachdesk_nl.ts", ts)
    i18n.lupdate(ts, "nl_NL")
    missing = i18n.untranslated(ts)
    listing = "\n".join(f"  [{context}] {source}" for context, source in missing[:40])
    assert not missing, (
        f"{len(missing)} strings lack a Dutch translation (run 'python tools/i18n.py update' "
        f"and translate resources/translations/coachdesk_nl.ts):\n{listing}"
    )


def test_dutch_translations_keep_their_placeholders() -> None:
    """A translation that drops {name} or %1 would show the wrong message or crash format()."""
    import re
    import xml.etree.ElementTree as ET

    pattern = re.compile(r"\{\w*\}|%\d|%n")
    problems = []
    for message in ET.parse(i18n.TS_DIR / "coachdesk_nl.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        texts = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in texts:
            if sorted(pattern.findall(source)) != sorted(pattern.findall(text)) and not (
                "%n" in source and message.get("numerus") == "yes"
            ):
                problems.append((source, text))
    assert not problems, problems[:10]


def test_qm_files_build(tmp_path: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    for code in ("nl", "en"):
        out = tmp_path / f"{code}.qm"
        subprocess.run(
            [str(tool), "-silent", str(i18n.TS_DIR / f"coachdesk_{code}.ts"), "-qm", str(out)],
            check=True,
        )
        assert out.stat().st_size > 100
