#!/usr/bin/env bash
# Removes the CoachDesk program that install.sh put in place — and nothing else. Your vault
# (~/.local/share/CoachDesk, or the folder you chose) and your backups are NOT removed: a
# reinstall opens them again. Use the same PREFIX as for install.sh.
set -euo pipefail

PREFIX="${PREFIX:-$HOME/.local}"
TARGET="$PREFIX/lib/coachdesk"

rm -f "$PREFIX/share/applications/coachdesk.desktop" \
    "$PREFIX/share/metainfo/nl.coachdesk.CoachDesk.metainfo.xml"
rm -f "$PREFIX"/share/icons/hicolor/*/apps/coachdesk.png
if [[ -L "$PREFIX/bin/coachdesk" ]]; then rm -f "$PREFIX/bin/coachdesk"; fi
# Only a folder that is really ours (it holds the frozen program and its _internal folder).
if [[ -x "$TARGET/coachdesk" && -d "$TARGET/_internal" ]]; then rm -rf "$TARGET"; fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true

echo "CoachDesk is removed. Your vault, if you made one, stays in ${XDG_DATA_HOME:-$HOME/.local/share}/CoachDesk"
echo "(it holds your practice, encrypted; delete that folder yourself only if you are sure)."
