"""Crash safety with real processes and SIGKILL (design promises 4 and 7, crash-safe rotation).

A child process (``crash_helpers/child.py``) works on a copy of one template vault and is
killed with ``SIGKILL`` at a chosen step or a random moment; this process then reopens what is
left on disk. The only fake is the keychain: a JSON file shared by parent and child
(``crash_helpers/file_keyring.py``), because a real keychain outlives the process that wrote to
it and an in-memory one cannot.

What a process kill proves: every write CoachDesk considers done has reached the kernel, in an
order that a reopen can always make sense of. It does not simulate power loss (the page cache
survives a kill); ``synchronous=FULL`` and the fsyncs in ``fsutil`` cover that part.

Random delays are drawn from a seed printed in every failure message; set
``COACHDESK_CRASH_SEED`` to replay a run.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import keyring
import pytest

from coachdesk.domain.errors import VaultMissing, WrongPassphrase
from coachdesk.domain.models import ClientDraft
from coachdesk.paths import DataPaths, data_paths
from coachdesk.vault import keys
from coachdesk.vault.audit import first_broken_audit_link
from coachdesk.vault.meta import load_meta
from coachdesk.vault.repos import clients, notes
from coachdesk.vault.vault import (
    CREATING,
    Credential,
    Keychain,
    Passphrase,
    RecoveryKey,
    Vault,
    vault_exists,
)

pytestmark = pytest.mark.slow

HELPERS = Path(__file__).parent / "crash_helpers"
CHILD = HELPERS / "child.py"
REPO = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location("crash_file_keyring", HELPERS / "file_keyring.py")
assert _spec is not None and _spec.loader is not None
_file_keyring = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_file_keyring)
FileKeyring = _file_keyring.FileKeyring
KEYRING_ENV = _file_keyring.ENV_VAR

PASSPHRASE = "correct horse battery staple"
KNOWN_TITLE = "Kennismaking"
KNOWN_BODY = "Doel: meer rust in het werk. Afspraak: elke week tien minuten reflectie."
FILLER_NOTES = 1500  # ~6.6 MB, so that PRAGMA rekey takes tens of milliseconds
STEPS = ("pending-saved", "rekeyed", "checkpointed", "verified", "promoted")
SEED = int(os.environ.get("COACHDESK_CRASH_SEED", time.time_ns() % 1_000_000))
STAGING_PREFIX = CREATING  # the staging database of an unfinished Vault.create


# --- template vault and clones --------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    root: Path
    keyring_file: Path
    recovery_key: str
    note_count: int
    key_check: str
    rekey_s: float  # from step "pending-saved" to step "rekeyed"
    rotation_s: float  # from step "pending-saved" to step "promoted"
    create_s: float  # one Vault.create, Argon2 included


@dataclass(frozen=True)
class Clone:
    paths: DataPaths
    keyring_file: Path

    def use_keyring(self) -> None:
        keyring.set_keyring(FileKeyring(self.keyring_file))


def copy_state(src: Clone, dest: Path) -> Clone:
    """Copy a vault folder and its keychain file (as a kill left them) to *dest*."""
    dest.mkdir(parents=True)
    shutil.copytree(src.paths.root, dest / "data")
    if src.keyring_file.exists():
        shutil.copy2(src.keyring_file, dest / "keyring.json")
    return Clone(data_paths(dest / "data"), dest / "keyring.json")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Template]:
    """One vault with a passphrase, a keychain copy, a known note and ~6.6 MB of notes."""
    previous = keyring.get_keyring()
    base = tmp_path_factory.mktemp("crash-template")
    tpl = Clone(data_paths(base / "data"), base / "keyring.json")
    tpl.use_keyring()
    try:
        started = time.perf_counter()
        vault, recovery_key = Vault.create(tpl.paths, passphrase=PASSPHRASE, use_keyring=True)
        create_s = time.perf_counter() - started
        with vault.session() as db:
            client = clients.insert(
                db, ClientDraft(first_name="Anna", last_name="Jansen"), today=date(2024, 5, 1)
            )
            with db.transaction():
                notes.insert(db, client.id, note_date=date(2024, 5, 1), title=KNOWN_TITLE,
                             body=KNOWN_BODY)  # fmt: skip
                filler = random.Random(1).randbytes(1500).hex()
                for i in range(FILLER_NOTES):
                    notes.insert(db, client.id, note_date=date(2024, 5, 2), title=f"filler {i}",
                                 body=filler)  # fmt: skip
            db.checkpoint()
        vault.lock()

        # How long does a rotation of this vault take here? The random kills aim at it.
        probe = copy_state(tpl, base / "timing")
        probe.use_keyring()
        marks: dict[str, float] = {}
        Vault.unlock(probe.paths, Keychain()).rotate_key(
            PASSPHRASE, on_step=lambda step: marks.setdefault(step, time.perf_counter())
        )
        yield Template(
            root=tpl.paths.root,
            keyring_file=tpl.keyring_file,
            recovery_key=recovery_key,
            note_count=FILLER_NOTES + 1,
            key_check=load_meta(tpl.paths.meta).slots.key_check,
            rekey_s=marks["rekeyed"] - marks["pending-saved"],
            rotation_s=marks["promoted"] - marks["pending-saved"],
            create_s=create_s,
        )
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def fresh(template: Template, tmp_path: Path) -> Clone:
    """A private copy of the template vault, its keychain file active in this process."""
    state = copy_state(Clone(data_paths(template.root), template.keyring_file), tmp_path / "run")
    state.use_keyring()
    return state


# --- child processes ------------------------------------------------------------------------


def child_env(state: Clone) -> dict[str, str]:
    env = dict(os.environ)
    env[KEYRING_ENV] = str(state.keyring_file)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_until_killed(state: Clone, *args: str) -> list[str]:
    """Run a child that kills itself; return its stdout lines; insist it died of SIGKILL."""
    proc = subprocess.run(
        [sys.executable, str(CHILD), *args],
        env=child_env(state),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, (
        f"child {args} ended with {proc.returncode}, not SIGKILL:\n{proc.stderr}"
    )
    return proc.stdout.splitlines()


class LiveChild:
    """A child whose stdout is read line by line while it runs; the parent kills it."""

    def __init__(self, state: Clone, *args: str) -> None:
        self.args = args
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), *args],
            env=child_env(state),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                self.ready.set()
        self.ready.set()  # EOF: do not leave the parent waiting

    def kill_after(self, seconds: float) -> list[str]:
        """Wait for READY, then *seconds*, then SIGKILL; return every line the child printed."""
        try:
            assert self.ready.wait(60), "child never became ready"
            time.sleep(seconds)
            if self.proc.poll() is not None:
                assert self.proc.stderr is not None
                pytest.fail(f"child {self.args} died on its own:\n{self.proc.stderr.read()}")
            self.proc.send_signal(signal.SIGKILL)
            assert self.proc.wait(30) == -signal.SIGKILL
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(30)
            self._reader.join(30)
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()
        return self.lines


def acked(lines: list[str], tag: str) -> list[int]:
    return [int(line.split()[1]) for line in lines if line.startswith(tag + " ")]


# --- checks ---------------------------------------------------------------------------------


def assert_sound(vault: Vault, note_count: int | None, context: str) -> None:
    """The database behind *vault* passes every check SQLite and SQLCipher offer."""
    with vault.session() as db:
        assert [tuple(r) for r in db.all("PRAGMA integrity_check")] == [("ok",)], context
        assert db.all("PRAGMA cipher_integrity_check") == [], context
        db.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")
        assert first_broken_audit_link(db) is None, context
        if note_count is not None:
            assert db.scalar("SELECT count(*) FROM notes") == note_count, context
            assert db.scalar("SELECT body FROM notes WHERE title = ?", (KNOWN_TITLE,)) == (
                KNOWN_BODY
            ), context
            assert db.scalar("SELECT last_name FROM clients") == "Jansen", context


def credentials(template: Template) -> dict[str, Credential]:
    return {
        "passphrase": Passphrase(PASSPHRASE),
        "recovery key": RecoveryKey(template.recovery_key),
        "keychain": Keychain(),
    }


def assert_rotation_settles(crashed: Clone, template: Template, tmp: Path, context: str) -> str:
    """Each credential alone opens the crashed vault, settles the rotation, keeps every row.

    Each credential gets its own copy of the crashed state (so none profits from another's
    clean-up); after settling, the other two must open the vault as well, with the same key.
    Returns the key check value the vault ended up with.
    """
    outcomes: set[str] = set()
    creds = credentials(template)
    for name, credential in creds.items():
        where = f"{context}, unlocked with the {name}"
        state = copy_state(crashed, tmp / name.replace(" ", "-"))
        state.use_keyring()
        vault = Vault.unlock(state.paths, credential)
        assert vault.meta.pending is None, where
        on_disk = load_meta(state.paths.meta)
        assert on_disk.pending is None, where
        assert keys.key_matches(vault.key_for_backup(), on_disk.slots.key_check), where
        assert_sound(vault, template.note_count, where)
        for other_name, other in creds.items():
            if other_name != name:
                again = Vault.unlock(state.paths, other)
                assert again.key_for_backup() == vault.key_for_backup(), (
                    f"{where}; then the {other_name} found another key"
                )
        outcomes.add(on_disk.slots.key_check)
    assert len(outcomes) == 1, f"{context}: the credentials settled on different keys"
    return outcomes.pop()


# --- 1. key rotation --------------------------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_rotation_killed_at_each_step_settles_on_unlock(
    step: str, template: Template, fresh: Clone, tmp_path: Path
) -> None:
    lines = run_until_killed(fresh, "rotate", str(fresh.paths.root), PASSPHRASE, "step", step)
    assert lines[-1].startswith(f"STEP {step} ")
    crashed = load_meta(fresh.paths.meta)
    if step == "promoted":
        assert crashed.pending is None and crashed.slots.key_check != template.key_check
    else:
        assert crashed.pending is not None, "the pending slots are written before anything else"

    settled = assert_rotation_settles(fresh, template, tmp_path, f"killed at {step!r}")

    if step == "pending-saved":  # the file still has the old key: roll back
        assert settled == template.key_check
    else:  # the file took the new key: roll forward, never back to a key it no longer has
        assert settled != template.key_check
        if crashed.pending is not None:
            assert settled == crashed.pending.key_check


def test_rotation_killed_at_random_moments_settles_on_unlock(
    template: Template, tmp_path: Path
) -> None:
    runs = 10
    rng = random.Random(SEED)
    window = template.rotation_s * 1.15  # as measured in this process; corrected below
    last_steps: list[str] = []
    for run in range(runs):
        # Stratified: run i dies somewhere in the i-th tenth of the measured rotation.
        delay_ms = (run + rng.random()) * window / runs * 1000
        context = f"seed {SEED}, run {run}, killed {delay_ms:.1f} ms after pending-saved"
        state = copy_state(
            Clone(data_paths(template.root), template.keyring_file), tmp_path / f"run{run}"
        )
        lines = run_until_killed(
            state, "rotate", str(state.paths.root), PASSPHRASE, "delay", f"{delay_ms:.3f}"
        )
        steps = [line.split()[1] for line in lines if line.startswith("STEP ")]
        assert steps and steps[0] == "pending-saved", context
        last_steps.append(steps[-1] if "DONE" not in lines else "done")
        if "DONE" in lines:  # too late: aim the remaining runs at this machine's real pace
            took_s = float(lines[lines.index("DONE") - 1].split()[2]) / 1000
            window = min(window, took_s * 1.15)
        settled = assert_rotation_settles(state, template, tmp_path / f"verify{run}", context)
        if steps[-1] != "pending-saved":  # the rekey had committed: only forward is right
            assert settled != template.key_check, context
        # Otherwise it died inside the rekey (or just after its commit): either key may win,
        # as long as it is the one the meta names and every credential finds (checked above).
        shutil.rmtree(tmp_path / f"run{run}")
        shutil.rmtree(tmp_path / f"verify{run}")
    print(f"seed {SEED}: last step before each kill: {last_steps}")  # shown with -rP or -s
    during_rekey = last_steps.count("pending-saved")
    assert during_rekey >= 1, (
        f"seed {SEED}: no kill landed inside PRAGMA rekey (rekey {template.rekey_s * 1000:.1f} ms"
        f" of {template.rotation_s * 1000:.1f} ms); last steps seen: {last_steps}"
    )


def test_rotation_killed_during_the_checkpoint_settles_on_unlock(
    template: Template, fresh: Clone, tmp_path: Path
) -> None:
    """A checkpoint torn halfway: the main file holds pages under both keys, the WAL all of them.

    Killing inside the few milliseconds of ``wal_checkpoint`` by timer is luck, so the torn
    state is built exactly: kill after the rekey committed, then copy the first half of the
    WAL's pages into the main file, as an interrupted checkpoint leaves it.
    """
    run_until_killed(fresh, "rotate", str(fresh.paths.root), PASSPHRASE, "step", "rekeyed")
    db_file = fresh.paths.vault_db
    wal = db_file.with_name(db_file.name + "-wal").read_bytes()
    page_size = int.from_bytes(wal[8:12], "big")
    frames = (len(wal) - 32) // (24 + page_size)
    assert frames > 100, "the rekey should have written every page to the WAL"
    latest: dict[int, bytes] = {}
    for i in range(frames):
        offset = 32 + i * (24 + page_size)
        pgno = int.from_bytes(wal[offset : offset + 4], "big")
        latest[pgno] = wal[offset + 24 : offset + 24 + page_size]
    with open(db_file, "r+b") as fh:
        for pgno in sorted(latest)[: len(latest) // 2]:
            fh.seek((pgno - 1) * page_size)
            fh.write(latest[pgno])

    settled = assert_rotation_settles(fresh, template, tmp_path, "checkpoint torn halfway")
    assert settled != template.key_check


# --- 2. a writer killed at random moments --------------------------------------------------


def test_writer_killed_at_random_moments_loses_no_acknowledged_commit(
    template: Template, tmp_path: Path
) -> None:
    rng = random.Random(SEED + 1)
    source = Clone(data_paths(template.root), template.keyring_file)
    counts: list[int] = []
    for run in range(10):
        state = copy_state(source, tmp_path / f"run{run}")
        child = LiveChild(state, "write", str(state.paths.root))
        delay = 0.02 + (run + rng.random()) * 0.03
        lines = child.kill_after(delay)
        context = f"seed {SEED}, run {run}, killed {delay * 1000:.0f} ms after READY"
        done = acked(lines, "ACK")
        assert done == list(range(len(done))), context
        counts.append(len(done))

        state.use_keyring()
        vault = Vault.unlock(state.paths, Keychain())
        assert_sound(vault, None, context)
        with vault.session() as db:
            found = [
                int(r[0][4:])
                for r in db.all("SELECT title FROM notes WHERE title LIKE 'seq-%' ORDER BY id")
            ]
            assert db.scalar("SELECT count(*) FROM notes") == template.note_count + len(found)
        # Every acknowledged commit is there; at most the one in flight joins them, in order.
        assert found[: len(done)] == done, f"{context}: acknowledged {len(done)}, found {found}"
        assert len(found) - len(done) in (0, 1), f"{context}: {len(found)} rows, {len(done)} acks"
        assert found == list(range(len(found))), context
        shutil.rmtree(tmp_path / f"run{run}")
    print(f"seed {SEED}: acknowledged commits per run: {counts}")


# --- 3. passphrase change and the meta file --------------------------------------------------


def test_leftover_meta_temp_file_does_not_break_unlock_or_leak_permissions(
    template: Template, fresh: Clone
) -> None:
    """A kill inside the atomic meta write leaves ``.vault.meta.json.tmp`` behind."""
    leftover = fresh.paths.root / ".vault.meta.json.tmp"
    leftover.write_bytes(b'{"format": 1, "vault_id": "trunc')
    leftover.chmod(0o644)
    for name, credential in credentials(template).items():
        vault = Vault.unlock(fresh.paths, credential)
        assert vault.meta.vault_id == load_meta(fresh.paths.meta).vault_id, name

    vault.set_passphrase("a brand new passphrase")
    assert not leftover.exists()
    assert stat.S_IMODE(fresh.paths.meta.stat().st_mode) == 0o600, (
        "the new meta file inherited the leftover temp file's permissions"
    )
    again = Vault.unlock(fresh.paths, Passphrase("a brand new passphrase"))
    assert again.key_for_backup() == vault.key_for_backup()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(fresh.paths, Passphrase(PASSPHRASE))


def test_passphrase_changes_killed_at_random_moments_leave_a_usable_meta(
    template: Template, tmp_path: Path
) -> None:
    rng = random.Random(SEED + 2)
    source = Clone(data_paths(template.root), template.keyring_file)
    prefix = "passphrase number "
    for run in range(3):
        state = copy_state(source, tmp_path / f"run{run}")
        child = LiveChild(state, "passphrases", str(state.paths.root), prefix)
        delay = 0.15 + rng.random() * 0.6
        lines = child.kill_after(delay)
        done = acked(lines, "SET")
        context = f"seed {SEED}, run {run}, killed after {len(done)} changes"
        assert done == list(range(len(done))), context
        meta = load_meta(state.paths.meta)  # parses: never truncated, never torn
        assert meta.slots.passphrase is not None, context

        # The passphrase in force is the last acknowledged one or the one being written.
        last = done[-1] if done else None
        candidates = [f"{prefix}{len(done)}"] + ([f"{prefix}{last}"] if done else [PASSPHRASE])
        opened = []
        for text in candidates:
            with contextlib.suppress(WrongPassphrase):
                opened.append((text, Vault.unlock(state.paths, Passphrase(text))))
        assert len(opened) == 1, f"{context}: {[t for t, _ in opened]} open the vault"
        vault = opened[0][1]
        assert_sound(vault, template.note_count, context)
        state.use_keyring()
        assert Vault.unlock(state.paths, Keychain()).key_for_backup() == vault.key_for_backup()
        vault.set_passphrase("after the crash, once more")  # a leftover temp file is no obstacle
        assert not (state.paths.root / ".vault.meta.json.tmp").exists()
        shutil.rmtree(tmp_path / f"run{run}")


# --- 4. vault creation killed midway -------------------------------------------------------


def test_creation_interrupted_after_the_meta_write_counts_as_no_vault(tmp_path: Path) -> None:
    """The sub-millisecond window between writing the meta and renaming the database, exactly.

    The random kills below land in it only sometimes; this builds the state it leaves.
    """
    paths = data_paths(tmp_path / "data")
    Vault.create(paths, passphrase=PASSPHRASE, use_keyring=True)
    os.replace(paths.vault_db, paths.root / STAGING_PREFIX)
    assert paths.meta.exists()

    assert not vault_exists(paths)
    with pytest.raises(VaultMissing):
        Vault.unlock(paths, Passphrase(PASSPHRASE))
    vault, recovery_key = Vault.create(paths, passphrase=PASSPHRASE, use_keyring=True)
    assert Vault.unlock(paths, RecoveryKey(recovery_key)).vault_id == vault.vault_id
    assert not list(paths.root.glob(STAGING_PREFIX + "*"))


def test_creation_killed_midway_leaves_no_vault_or_a_whole_one(
    template: Template, tmp_path: Path
) -> None:
    rng = random.Random(SEED + 3)
    plan = [
        ("start", rng.random() * template.create_s * 1000),
        ("start", rng.random() * template.create_s * 1000),
        ("staging", rng.random() * 25),
        ("staging", rng.random() * 25),
        ("meta", 0.0),
        ("meta", 0.0),
    ]
    outcomes: list[str] = []
    for run, (trigger, delay_ms) in enumerate(plan):
        state = Clone(data_paths(tmp_path / f"run{run}" / "data"), tmp_path / f"run{run}.json")
        lines = run_until_killed(
            state, "create", str(state.paths.root), PASSPHRASE, trigger, f"{delay_ms:.3f}"
        )
        left = (
            sorted(p.name for p in state.paths.root.iterdir()) if state.paths.root.exists() else []
        )
        context = f"seed {SEED}, run {run}, killed {delay_ms:.1f} ms after {trigger}: {left}"
        state.use_keyring()
        if vault_exists(state.paths):
            outcomes.append("whole")
            vault = Vault.unlock(state.paths, Passphrase(PASSPHRASE))
            assert_sound(vault, None, context)
            assert Vault.unlock(state.paths, Keychain()).key_for_backup() == vault.key_for_backup()
            assert stat.S_IMODE(state.paths.vault_db.stat().st_mode) == 0o600, context
        else:
            outcomes.append("meta only" if "vault.meta.json" in left else "none")
            assert "CREATED" not in lines, context
            with pytest.raises(VaultMissing):
                Vault.unlock(state.paths, Passphrase(PASSPHRASE))
            vault, recovery_key = Vault.create(state.paths, passphrase=PASSPHRASE, use_keyring=True)
            for credential in (Passphrase(PASSPHRASE), RecoveryKey(recovery_key), Keychain()):
                assert Vault.unlock(state.paths, credential).vault_id == vault.vault_id, context
            assert_sound(vault, None, context)
            assert not list(state.paths.root.glob(STAGING_PREFIX + "*")), context
    print(f"seed {SEED}: creation outcomes {outcomes}")
    assert "none" in outcomes or "meta only" in outcomes, f"seed {SEED}: {outcomes}"
