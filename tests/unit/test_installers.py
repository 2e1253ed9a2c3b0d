"""The installers' inputs agree with the app and with each other (the build itself runs in
``make dist && installers/smoke-test.sh``, which takes a minute and needs PyInstaller).

Each check guards a mistake that would only show on a coach's machine: an icon size missing,
a menu entry that does not match the window (no icon in the dock), release metadata with an
old version, an uninstaller that deletes the vault.
"""

from __future__ import annotations

import configparser
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from coachdesk import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "icons"
DESKTOP_ID = "coachdesk"  # coachdesk/ui/app.py: app.setDesktopFileName("coachdesk")


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_every_png_size_is_square_and_has_transparent_corners(size: int) -> None:
    with Image.open(ICONS / f"coachdesk-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] < 64  # rounded tile: the corner shows the desktop


def test_the_window_icon_is_the_256_px_drawing() -> None:
    assert (ICONS / "coachdesk.png").read_bytes() == (ICONS / "coachdesk-256.png").read_bytes()


def test_windows_icon_holds_each_size_from_16_to_256() -> None:
    with Image.open(ICONS / "coachdesk.ico") as ico:
        assert {16, 24, 32, 48, 64, 128, 256} <= {w for w, _h in ico.info["sizes"]}


def test_macos_icon_holds_the_retina_sizes() -> None:
    with Image.open(ICONS / "coachdesk.icns") as icns:
        sizes = {(w * scale) for w, _h, scale in icns.info["sizes"]}
        assert {32, 64, 256, 512, 1024} <= sizes


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(INSTALLERS / "linux" / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_matches_the_running_window() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "coachdesk"  # install.sh replaces it with the installed path
    assert entry["Icon"] == DESKTOP_ID
    assert entry["StartupWMClass"] == APP_NAME  # X11 class = the application name
    assert entry["Name"] == APP_NAME
    assert "Comment[nl]" in entry


def test_metainfo_launches_the_desktop_entry_and_names_this_version() -> None:
    tree = ET.parse(INSTALLERS / "linux" / "nl.coachdesk.CoachDesk.metainfo.xml")
    root = tree.getroot()
    assert root.findtext("id") == "nl.coachdesk.CoachDesk"
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == __version__, "add a <release> for the new version"


def test_the_bundle_identifiers_agree() -> None:
    spec = (INSTALLERS / "coachdesk.spec").read_text(encoding="utf-8")
    assert 'BUNDLE_ID = "nl.coachdesk.CoachDesk"' in spec


def test_windows_uninstaller_leaves_the_vault_alone() -> None:
    script = (INSTALLERS / "windows" / "coachdesk.iss").read_text(encoding="utf-8")
    section = re.search(r"^\[UninstallDelete\](.*?)^\[", script, re.S | re.M)
    assert section is not None
    deletes = [ln for ln in section.group(1).splitlines() if ln and not ln.startswith(";")]
    assert deletes == ['Type: dirifempty; Name: "{app}"']
    assert "{userappdata}" not in section.group(1)


def test_linux_uninstaller_removes_no_data_folder() -> None:
    script = (INSTALLERS / "linux" / "uninstall.sh").read_text(encoding="utf-8")
    removals = [ln for ln in script.splitlines() if "rm -" in ln and not ln.startswith("#")]
    assert removals
    assert not any(".local/share/CoachDesk" in ln or "XDG_DATA_HOME" in ln for ln in removals)


@pytest.mark.parametrize(
    "script",
    ["smoke-test.sh", "linux/package.sh", "linux/install.sh", "linux/uninstall.sh",
     "macos/build.sh"],
)  # fmt: skip
def test_shell_scripts_are_executable_and_parse(script: str) -> None:
    path = INSTALLERS / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
