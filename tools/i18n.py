"""Keep the translation sources in step with the code.

``python tools/i18n.py update`` runs pyside6-lupdate over every module of the package into
``resources/translations/coachdesk_{nl,en}.ts``. English is the source language, so the English
file's translations are filled with the source text; Dutch translations are written by people
(Qt Linguist or any editor). ``python tools/i18n.py check`` lists messages that lack a Dutch
translation and exits 1 if there are any; the test suite does the same.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coachdesk").rglob("*.py"))


def lupdate(ts: Path, language: str, files: list[str] | None = None) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    cmd = [str(tool), *(files or sources()), "-ts", str(ts), "-target-language", language,
           "-no-obsolete", "-locations", "none", "-silent"]  # fmt: skip
    subprocess.run(cmd, check=True, cwd=ROOT)


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            # English has one and many: "%n month(s)" becomes "%n month" and "%n months".
            forms = translation.findall("numerusform")
            english = (source.replace("(s)", ""), source.replace("(s)", "s"))
            for index, form in enumerate(forms):
                if not form.text or form.text == source:
                    form.text = english[min(index, 1)]
        else:
            translation.text = translation.text or source
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing: list[tuple[str, str]] = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts: list[str] = []
            if translation is not None:
                forms = [f.text or "" for f in translation.findall("numerusform")]
                texts = forms or [translation.text or ""]
            unfinished = translation is not None and translation.get("type") in (
                "unfinished", "vanished", "obsolete",
            )  # fmt: skip
            if unfinished or not all(t.strip() for t in texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if command == "update":
        for code, language in LANGUAGES.items():
            lupdate(TS_DIR / f"coachdesk_{code}.ts", language)
        fill_english(TS_DIR / "coachdesk_en.ts")
        missing = untranslated(TS_DIR / "coachdesk_nl.ts")
        print(f"{len(missing)} Dutch translations missing")
        return 0
    if command == "check":
        missing = untranslated(TS_DIR / "coachdesk_nl.ts")
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
