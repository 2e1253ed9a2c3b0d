#!/usr/bin/env bash
# Installs CoachDesk for you alone (no administrator rights needed):
#   the program  -> ~/.local/lib/coachdesk/       the command -> ~/.local/bin/coachdesk
#   the menu entry, icons and software-centre data -> ~/.local/share/
# For everyone on the computer: sudo PREFIX=/usr/local ./install.sh
# Installing again (a newer version) replaces the program; your vault is never touched.
set -euo pipefail

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
TARGET="$PREFIX/lib/coachdesk"

[[ -x "$SRC/coachdesk" && -d "$SRC/share" ]] || { echo "install.sh: run it from the unpacked coachdesk folder" >&2; exit 1; }

if [[ "$SRC" != "$TARGET" ]]; then
    rm -rf "$TARGET.new"
    mkdir -p "$PREFIX/lib"
    cp -a "$SRC" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
fi

mkdir -p "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
ln -sfn "$TARGET/coachdesk" "$PREFIX/bin/coachdesk"
sed -e "s|^Exec=.*|Exec=\"$TARGET/coachdesk\"|" -e "s|^TryExec=.*|TryExec=$TARGET/coachdesk|" \
    "$TARGET/share/applications/coachdesk.desktop" >"$PREFIX/share/applications/coachdesk.desktop"
cp "$TARGET/share/metainfo/nl.coachdesk.CoachDesk.metainfo.xml" "$PREFIX/share/metainfo/"
for icon in "$TARGET"/share/icons/hicolor/*/apps/coachdesk.png; do
    size="$(basename "$(dirname "$(dirname "$icon")")")"
    install -Dm644 "$icon" "$PREFIX/share/icons/hicolor/$size/apps/coachdesk.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true

echo "CoachDesk $("$TARGET/coachdesk" --version | awk '{print $2}') is installed in $TARGET."
echo "Start it from the applications menu, or type: coachdesk"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "(Add $PREFIX/bin to your PATH to type 'coachdesk'.)" ;; esac
echo "Remove it again with: $TARGET/uninstall.sh  (your vault and backups stay)"
