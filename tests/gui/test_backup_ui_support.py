"""Helpers the backup GUI tests share: a backup that pauses after its first progress report.

Cancelling must be tested mid-stream without racing a fast backup: the real service runs, but
its progress callback waits (on an event, not a timer) until the test has pressed Cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from coachdesk.ui.backup import runner


@dataclass
class Pause:
    reported: threading.Event = field(default_factory=threading.Event)
    go_on: threading.Event = field(default_factory=threading.Event)


def pause_backups(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    """For a fixture: ``yield from pause_backups(monkeypatch)``."""
    pause = Pause()
    real = runner._back_up

    def gated(vault: object, report: Callable[[int, int], None], cancel: object, now: object):  # type: ignore[no-untyped-def]
        def slow(done: int, total: int) -> None:
            report(done, total)
            pause.reported.set()
            pause.go_on.wait(30)

        return real(vault, slow, cancel, now)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "_back_up", gated)
    yield pause
    pause.go_on.set()


@pytest.fixture
def paused_backup(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pause]:
    yield from pause_backups(monkeypatch)


def test_the_pause_lets_a_backup_through_once_released(paused_backup: Pause) -> None:
    paused_backup.go_on.set()
    assert paused_backup.go_on.is_set() and not paused_backup.reported.is_set()
