"""Child process for the SIGKILL tests: ``python child.py <command> <data_dir> ...``.

The keychain is a ``FileKeyring`` named by ``$COACHDESK_TEST_KEYRING_FILE``. Every line the
child prints is flushed at once, so whatever reached the pipe before the kill is what the
parent reads: a line is only printed after the operation it reports has returned.

Commands:
  rotate <dir> <passphrase> step <name>     SIGKILL itself when rotate_key reaches step <name>
  rotate <dir> <passphrase> delay <ms>      SIGKILL itself <ms> after step "pending-saved"
  write <dir>                               insert notes one transaction each: "ACK <n>"
  passphrases <dir> <prefix>                set_passphrase(prefix + i) forever: "SET <i>"
  create <dir> <passphrase> <trigger> <ms>  Vault.create, killed <ms> after <trigger>
                                            (start | staging | meta: a file appearing)
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from datetime import date
from pathlib import Path

import keyring
from file_keyring import FileKeyring

from coachdesk.paths import data_paths
from coachdesk.vault.repos import notes
from coachdesk.vault.vault import Keychain, Vault

FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 8


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def die_after(seconds: float) -> None:
    def run() -> None:
        time.sleep(seconds)
        die()

    threading.Thread(target=run, daemon=True).start()


def die_when_exists(path: Path, then_seconds: float) -> None:
    def run() -> None:
        while not path.exists():
            time.sleep(0)  # spin, yielding the GIL: the windows worth hitting are sub-millisecond
        if then_seconds:
            time.sleep(then_seconds)
        die()

    threading.Thread(target=run, daemon=True).start()


def rotate(data_dir: str, passphrase: str, mode: str, arg: str) -> None:
    vault = Vault.unlock(data_paths(data_dir), Keychain())

    started: list[float] = []

    def hook(step: str) -> None:
        now = time.perf_counter()
        started.append(started[0] if started else now)
        say(f"STEP {step} {(now - started[0]) * 1000:.3f}")  # ms since "pending-saved"
        if mode == "step" and step == arg:
            die()
        if mode == "delay" and step == "pending-saved":
            die_after(float(arg) / 1000)

    say("READY")
    vault.rotate_key(passphrase, on_step=hook)
    say("DONE")
    time.sleep(30)  # the delayed kill, if it has not struck yet, ends us here


def write(data_dir: str) -> None:
    vault = Vault.unlock(data_paths(data_dir), Keychain())
    db = vault.connect()
    client_id = int(db.scalar("SELECT id FROM clients ORDER BY id LIMIT 1"))
    say("READY")
    n = 0
    while True:
        notes.insert(db, client_id, note_date=date(2024, 5, 1), title=f"seq-{n}", body=FILLER)
        say(f"ACK {n}")  # only after COMMIT returned
        n += 1
        if n % 16 == 0:
            db.checkpoint()  # kills also land in checkpoints and WAL truncation


def passphrases(data_dir: str, prefix: str) -> None:
    vault = Vault.unlock(data_paths(data_dir), Keychain())
    say("READY")
    i = 0
    while True:
        vault.set_passphrase(f"{prefix}{i}")
        say(f"SET {i}")
        i += 1


def create(data_dir: str, passphrase: str, trigger: str, ms: str) -> None:
    paths = data_paths(data_dir)
    delay = float(ms) / 1000
    if trigger == "start":
        die_after(delay)
    elif trigger == "staging":
        die_when_exists(paths.root / ".vault.db.creating", delay)
    elif trigger == "meta":
        die_when_exists(paths.meta, delay)
    else:
        raise SystemExit(f"unknown trigger {trigger}")
    Vault.create(paths, passphrase=passphrase, use_keyring=True)
    say("CREATED")
    time.sleep(30)


def main(argv: list[str]) -> None:
    keyring.set_keyring(FileKeyring())
    command, *args = argv
    {"rotate": rotate, "write": write, "passphrases": passphrases, "create": create}[command](*args)


if __name__ == "__main__":
    main(sys.argv[1:])
