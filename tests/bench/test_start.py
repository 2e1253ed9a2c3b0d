"""Start-up and memory, measured on ``coachdesk`` started as a new process (start_probe.py).

Start: from just before the process is spawned to the end of the main window's first repaint,
through the lock screen and the keychain unlock (the benchmark keychain file, see
file_keyring.py). Baseline: a bare PySide6 window started the same way, alternating with the
app, so both see the same disk cache and CPU. Memory: VmRSS after visiting every page.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.paths import DataPaths
from tests.bench.file_keyring import ENV_FILE
from tests.bench.practices import ROOT, keyring_file
from tests.bench.report import Figure, Recorder, Series

PROBE = Path(__file__).with_name("start_probe.py")
RUNS = 7


def _run(*args: str) -> tuple[float, dict[str, int]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               PYTHON_KEYRING_BACKEND="tests.bench.file_keyring.FileKeyring")  # fmt: skip
    env[ENV_FILE] = str(keyring_file())
    started = time.time()
    done = subprocess.run([sys.executable, str(PROBE), *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    values = dict(line.split() for line in done.stdout.splitlines() if line.strip())
    assert "painted" in values, done.stdout + done.stderr[-2000:]
    return float(values["painted"]) - started, {k: int(v) for k, v in values.items()
                                                if k.endswith(("_kb", "_ms"))}  # fmt: skip


@pytest.mark.qt_log_ignore(".*")
def test_start_to_unlocked_window_l(practice_l: DataPaths, recorder: Recorder) -> None:
    app, bare = [], []
    _run("bare")  # warm the disk cache for both
    _run("app", str(practice_l.root))
    app_cpu, bare_cpu = [], []
    for _ in range(RUNS):
        wall, values = _run("app", str(practice_l.root))
        app.append(wall)
        app_cpu.append(values["cpu_ms"] / 1000)
        wall, values = _run("bare")
        bare.append(wall)
        bare_cpu.append(values["cpu_ms"] / 1000)
    recorder.add(Figure(
        "0-start", "start to unlocked main window, keychain unlock, L", "s", 1.5,
        Series("coachdesk", app), Series("bare PySide6 window", bare), baseline_factor=3.0,
        method="`coachdesk --data-dir` as a new process (offscreen), spawn to the end of the"
        " main window's first repaint; lock screen, keychain unlock in a worker, main window."
        " Warm disk cache (one unmeasured run of each first).",
        cpu=Series("process CPU", app_cpu), baseline_cpu=Series("process CPU", bare_cpu),
    ))  # fmt: skip


def test_memory_with_l_open(practice_l: DataPaths, recorder: Recorder) -> None:
    rss, hwm, base = [], [], []
    for _ in range(3):
        values = _run("app", str(practice_l.root), "--visit")[1]
        rss.append(values["rss_kb"] / 1024)
        hwm.append(values["hwm_kb"] / 1024)
        base.append(_run("bare")[1]["rss_kb"] / 1024)
    recorder.add(Figure(
        "9-memory", "memory with L open in the GUI (resident)", "MB", 300,
        Series("VmRSS", rss), Series("bare PySide6 window", base),
        method="VmRSS of the coachdesk process after showing every page, the dossier with the"
        f" most notes on its Notes tab and the month view (peak VmHWM: {max(hwm):.0f} MB).",
    ))  # fmt: skip
