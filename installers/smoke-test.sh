#!/usr/bin/env bash
# Runs the frozen CoachDesk from dist/ as a coach's machine would, and stops with a clear line
# at the first thing that is wrong. It proves the bundle really encrypts: the SQLCipher it
# carries reports version 4, no file it writes starts with "SQLite format 3", and a demo
# client's e-mail address is found in none of them.
#
#   installers/smoke-test.sh                      # the Linux bundle that `make dist` built
#   installers/smoke-test.sh --timings            # also the median start time of 5 runs
#   installers/smoke-test.sh PATH/TO/coachdesk    # another build of the program
#
# Everything happens in a temporary folder (data, backups, HOME); nothing of the user's own
# CoachDesk is touched, and no keychain is used. SMOKE_KEEP=1 keeps that folder for a look.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP="$ROOT/dist/coachdesk/coachdesk"
TIMINGS=0
for arg in "$@"; do
    case "$arg" in
        --timings) TIMINGS=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) APP="$arg" ;;
    esac
done

PASSPHRASE="smoke test: correct horse battery staple"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/coachdesk-smoke.XXXXXX")"
DATA="$WORK/data"
BACKUPS="$WORK/backups"
EXPORT="$WORK/export"
if [[ "${SMOKE_KEEP:-0}" == 1 ]]; then
    trap 'echo "smoke-test: left everything in $WORK" >&2' EXIT
else
    trap 'rm -rf "$WORK"' EXIT
fi

fail() {
    echo "smoke-test FAILED: $*" >&2
    if [[ -s "$WORK/stderr" ]]; then
        echo "--- the program's last error output:" >&2
        tail -n 20 "$WORK/stderr" >&2
    fi
    exit 1
}
ok() { echo "smoke-test: ok  $*"; }

[[ -x "$APP" ]] || fail "no program at $APP (run 'make dist' first)"
APP="$(cd "$(dirname "$APP")" && pwd)/$(basename "$APP")"
BUNDLE="$(dirname "$APP")"

# A clean, realistic environment: no venv, no keychain, a throw-away HOME, not the source tree.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV COACHDESK_DATA_DIR
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$BACKUPS" "$EXPORT" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$WORK"

# run ARGS…  — the program with the passphrase on stdin; stdout in $WORK/stdout.
run() {
    printf '%s\n' "$PASSPHRASE" | "$APP" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
}
json_field() {  # json_field NAME < file: the first non-empty "NAME": "value" string
    sed -n "s/.*\"$1\": *\"\([^\"][^\"]*\)\".*/\1/p" | head -n 1
}

# --- the bundle itself ------------------------------------------------------------------------
if [[ -d "$BUNDLE/_internal" ]]; then
    INTERNAL="$BUNDLE/_internal"           # Linux and Windows one-folder apps
elif [[ -d "$BUNDLE/../Frameworks" ]]; then
    INTERNAL="$BUNDLE/../Frameworks"       # CoachDesk.app/Contents/MacOS/CoachDesk
else
    INTERNAL="$BUNDLE"
fi
for res in resources/translations/coachdesk_nl.qm resources/fonts/DejaVuSans.ttf \
    resources/schema/client-export-1.schema.json resources/icons/coachdesk.png \
    coachdesk/vault/schema/0001_initial.sql; do
    [[ -f "$INTERNAL/$res" ]] || fail "the bundle lacks $res"
done
ok "the bundle carries translations, fonts, schema, icons and migrations"

ext="$(find -L "$INTERNAL/sqlcipher3" -name '_sqlite3*' \( -name '*.so' -o -name '*.pyd' \) | head -n 1)"
[[ -n "$ext" ]] || fail "the bundle lacks sqlcipher3's extension module"
links() {  # the shared libraries a binary loads, one a line (not the binary's own name)
    if command -v otool >/dev/null; then otool -L "$1" | tail -n +2; else ldd "$1"; fi
}
if command -v otool >/dev/null || command -v ldd >/dev/null; then
    if links "$ext" | grep -Eiq 'sqlite3|sqlcipher'; then
        fail "sqlcipher3 in the bundle links a shared sqlite library instead of its own SQLCipher:
$(links "$ext" | grep -Ei 'sqlite3|sqlcipher')"
    fi
    ok "sqlcipher3 carries its own SQLCipher (links no shared sqlite library)"
fi

# --- the command line -------------------------------------------------------------------------
"$APP" --version >"$WORK/stdout" 2>"$WORK/stderr" || fail "'coachdesk --version' exited $?"
grep -q '^CoachDesk [0-9]' "$WORK/stdout" || fail "'--version' printed: $(cat "$WORK/stdout")"
ok "--version: $(cat "$WORK/stdout")"

run init --data-dir "$DATA" --passphrase-stdin --no-keyring --json || fail "'init' exited $?"
RECOVERY="$(json_field recovery_key <"$WORK/stdout")"
[[ "$RECOVERY" == AGE-SECRET-KEY-* ]] || fail "'init --json' showed no recovery key"
printf '%s\n' "$RECOVERY" >"$WORK/recovery-key.txt"
ok "init: a vault with a passphrase and a recovery key in $DATA"

run status --data-dir "$DATA" --passphrase-stdin --json || fail "'status' exited $?"
CIPHER="$(json_field cipher_version <"$WORK/stdout")"
[[ "$CIPHER" == 4.* ]] || fail "the frozen app's PRAGMA cipher_version is '$CIPHER', not SQLCipher 4"
ok "status: SQLCipher $CIPHER inside the frozen app"

run demo --data-dir "$DATA" --passphrase-stdin --clients 50 || fail "'demo --clients 50' exited $?"
ok "demo: $(cat "$WORK/stdout")"

run client list --data-dir "$DATA" --passphrase-stdin --json || fail "'client list' exited $?"
EMAIL="$(json_field email <"$WORK/stdout")"
NUMBER="$(json_field number <"$WORK/stdout")"
[[ -n "$EMAIL" && -n "$NUMBER" ]] || fail "'client list --json' shows no client with an e-mail"

run client export "$NUMBER" --data-dir "$DATA" --passphrase-stdin --to "$EXPORT" --lang nl ||
    fail "'client export $NUMBER --lang nl' exited $?"
[[ -n "$(find "$EXPORT" -name 'inzage.pdf' -size +1k)" ]] || fail "the export has no inzage.pdf"
[[ -n "$(find "$EXPORT" -name 'data.json')" ]] || fail "the export has no data.json"
ok "client export: inzage.pdf and data.json (fonts and schema work in the bundle)"

# --- backups ----------------------------------------------------------------------------------
run backup create --data-dir "$DATA" --passphrase-stdin --to "$BACKUPS" ||
    fail "'backup create --to $BACKUPS' exited $?"
BACKUP="$(head -n 1 "$WORK/stdout")"
[[ -f "$BACKUP" ]] || fail "'backup create' named no file it wrote (printed: $BACKUP)"
ok "backup create: $(basename "$BACKUP") ($(du -h "$BACKUP" | cut -f1))"

run backup verify "$BACKUP" --data-dir "$DATA" --passphrase-stdin ||
    fail "'backup verify --passphrase-stdin' exited $?"
ok "backup verify with the passphrase"
"$APP" backup verify "$BACKUP" --data-dir "$DATA" --recovery-key-file "$WORK/recovery-key.txt" \
    >"$WORK/stdout" 2>"$WORK/stderr" || fail "'backup verify --recovery-key-file' exited $?"
ok "backup verify with the recovery key"

# --- the window -------------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
self_test() { COACHDESK_SELFTEST_PASSPHRASE="$1" "$APP" --self-test --data-dir "$DATA"; }

self_test "$PASSPHRASE" >"$WORK/stdout" 2>"$WORK/stderr" ||
    fail "the window's self-test exited $? instead of 0"
ok "--self-test: the main window opened on the vault and closed"

status=0
self_test "not the passphrase" >"$WORK/stdout" 2>"$WORK/stderr" || status=$?
[[ $status -eq 3 ]] || fail "the self-test with a wrong passphrase exited $status, expected 3"
: >"$WORK/stderr"
ok "--self-test with a wrong passphrase is refused (exit 3)"

# --- nothing readable on disk -----------------------------------------------------------------
checked=0
while IFS= read -r -d '' file; do
    checked=$((checked + 1))
    if head -c 16 "$file" | cmp -s - <(printf 'SQLite format 3\0'); then
        fail "$file is a plain SQLite database (not encrypted)"
    fi
done < <(find "$DATA" "$BACKUPS" -type f -print0)
[[ $checked -gt 0 ]] || fail "found no files to check in $DATA and $BACKUPS"
ok "none of the $checked files in the data and backup folders starts with 'SQLite format 3'"

if grep -rlaF -- "$EMAIL" "$DATA" "$BACKUPS" >"$WORK/leaks"; then
    fail "a client's e-mail address is readable in: $(tr '\n' ' ' <"$WORK/leaks")"
fi
ok "a client's e-mail address appears in none of them"

# --- figures ----------------------------------------------------------------------------------
now_ms() {  # bash 5 has EPOCHREALTIME; macOS's bash 3.2 and BSD date do not, perl does
    if [[ -n "${EPOCHREALTIME:-}" ]]; then
        local t="${EPOCHREALTIME/[.,]/}"
        echo $((10#$t / 1000))
    else
        perl -MTime::HiRes=time -e 'printf "%d\n", time() * 1000'
    fi
}
median_ms() {  # median_ms CMD…: the median wall time of 5 runs, in milliseconds
    local times=() start end
    for _ in 1 2 3 4 5; do
        start=$(now_ms)
        "$@" >/dev/null 2>&1 || fail "'$*' failed while timing it"
        end=$(now_ms)
        times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
echo "smoke-test: bundle $(du -sh "$BUNDLE" | cut -f1) in $BUNDLE"
if [[ $TIMINGS -eq 1 ]]; then
    echo "smoke-test: start to --version: $(median_ms "$APP" --version) ms (median of 5)"
    echo "smoke-test: start to main window and quit (--self-test):" \
        "$(median_ms self_test "$PASSPHRASE") ms (median of 5)"
fi
echo "smoke-test: PASSED"
