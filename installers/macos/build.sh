#!/usr/bin/env bash
# Builds CoachDesk for macOS: dist/CoachDesk.app, the smoke test on it, then
# dist/CoachDesk-VERSION-macos-ARCH.dmg (the app beside an "Applications" link to drag it to).
#
#   installers/macos/build.sh                       # unsigned (ad-hoc), for testing
#   installers/macos/build.sh --sign "Developer ID Application: Name (TEAMID)" \
#                             --notarize PROFILE    # signed, notarised and stapled, for release
#
# Needs: Python 3.11+ (python.org's universal2 installer or Homebrew) and the Xcode command line
# tools (codesign, hdiutil, iconutil; xcrun notarytool for --notarize, with PROFILE stored once
# by `xcrun notarytool store-credentials`). Everything else is installed into .venv. Build on the
# oldest macOS you support, on the architecture you ship (arm64 and x86_64 are two builds).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SIGN_ID=""
NOTARY_PROFILE=""
SMOKE=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sign) SIGN_ID="$2"; shift 2 ;;
        --notarize) NOTARY_PROFILE="$2"; shift 2 ;;
        --skip-smoke-test) SMOKE=0; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -z "$NOTARY_PROFILE" || -n "$SIGN_ID" ]] || { echo "build.sh: --notarize needs --sign" >&2; exit 2; }
[[ "$(uname)" == Darwin ]] || { echo "build.sh: run this on a Mac" >&2; exit 1; }
cd "$ROOT"
step() { printf '==> %s\n' "$*"; }

# --- tools ----------------------------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
    step "Creating .venv"
    "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CoachDesk needs Python 3.11 or newer")'
    "$PYTHON" -m venv .venv
fi
step "Installing CoachDesk with PyInstaller into .venv"
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test,dev,dist]'

step "Building the translations"
for ts in resources/translations/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

# The .icns is committed (tools/make_icons.py writes it with Pillow). Should it be missing,
# Apple's own iconutil builds it from the PNG sizes.
ICNS="resources/icons/coachdesk.icns"
if [[ ! -f "$ICNS" ]]; then
    step "Building $ICNS with iconutil"
    set_dir="$(mktemp -d)/coachdesk.iconset"
    mkdir -p "$set_dir"
    for n in 16 32 128 256 512; do
        cp "resources/icons/coachdesk-$n.png" "$set_dir/icon_${n}x${n}.png"
        cp "resources/icons/coachdesk-$((n * 2)).png" "$set_dir/icon_${n}x${n}@2x.png"
    done
    iconutil -c icns "$set_dir" -o "$ICNS"
fi

# --- the app --------------------------------------------------------------------------------
step "Freezing CoachDesk (PyInstaller)"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
    --workpath build/pyinstaller installers/coachdesk.spec
APP="dist/CoachDesk.app"
EXE="$APP/Contents/MacOS/CoachDesk"
[[ -x "$EXE" ]] || { echo "build.sh: PyInstaller wrote no $EXE" >&2; exit 1; }
VERSION="$("$EXE" --version | awk '{print $2}')"
ARCH="$(uname -m)"

if [[ -n "$SIGN_ID" ]]; then
    step "Signing $APP as $SIGN_ID (hardened runtime)"
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$SIGN_ID" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

if [[ $SMOKE -eq 1 ]]; then
    step "Smoke test"
    installers/smoke-test.sh "$EXE" --timings
fi

# --- the disk image -------------------------------------------------------------------------
step "Building the disk image"
DMG="dist/CoachDesk-$VERSION-macos-$ARCH.dmg"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -quiet -volname "CoachDesk $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"

if [[ -n "$SIGN_ID" ]]; then
    codesign --force --timestamp --sign "$SIGN_ID" "$DMG"
fi
if [[ -n "$NOTARY_PROFILE" ]]; then
    step "Notarising $DMG (this takes a few minutes)"
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
step "Done: $DMG ($(du -h "$DMG" | cut -f1)), app $(du -sh "$APP" | cut -f1)"
