#!/usr/bin/env bash
# Completes the frozen Linux app that PyInstaller wrote (dist/coachdesk) with what a desktop
# needs — desktop entry, AppStream metainfo, hicolor icons, install.sh and uninstall.sh — and
# packs it as dist/coachdesk-VERSION-linux-ARCH.tar.gz. `make dist` runs it after PyInstaller.
#
#   installers/linux/package.sh dist/coachdesk
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APPDIR="${1:?usage: package.sh DIST/coachdesk}"
[[ -x "$APPDIR/coachdesk" ]] || { echo "package.sh: no frozen program in $APPDIR" >&2; exit 1; }

VERSION="$("$APPDIR/coachdesk" --version | awk '{print $2}')"
ARCH="$(uname -m)"
SHARE="$APPDIR/share"

rm -rf "$SHARE"
install -Dm644 "$HERE/coachdesk.desktop" "$SHARE/applications/coachdesk.desktop"
install -Dm644 "$HERE/nl.coachdesk.CoachDesk.metainfo.xml" \
    "$SHARE/metainfo/nl.coachdesk.CoachDesk.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "$ROOT/resources/icons/coachdesk-$size.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/coachdesk.png"
done
install -m755 "$HERE/install.sh" "$HERE/uninstall.sh" "$APPDIR/"
install -m644 "$HERE/README-coach.txt" "$APPDIR/README.txt"

TARBALL="$(dirname "$APPDIR")/coachdesk-$VERSION-linux-$ARCH.tar.gz"
tar -C "$(dirname "$APPDIR")" --owner=0 --group=0 -czf "$TARBALL" "$(basename "$APPDIR")"
echo "package.sh: $(du -sh "$APPDIR" | cut -f1) in $APPDIR, $(du -h "$TARBALL" | cut -f1) in $TARBALL"
