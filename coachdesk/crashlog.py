"""Logging unexpected errors without client data.

An exception's message and the local variables of its frames may contain names or note text, so
the log keeps only the exception's type and the stack's file, line and function names. That is
enough to find the bug and safe to attach to a support request.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from pathlib import Path
from types import TracebackType

from coachdesk import __version__
from coachdesk.domain.dates import stamp

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 512 * 1024


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack frames only: no message, no locals."""
    name = f"{exc_type.__module__}.{exc_type.__qualname__}"
    lines = [f"{stamp()} CoachDesk {__version__}: unexpected {name}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    marker = f"{os.sep}coachdesk{os.sep}"
    index = filename.rfind(marker)
    return "coachdesk/" + filename[index + len(marker) :] if index >= 0 else Path(filename).name


def log_unexpected(
    log_dir: Path, exc_type: type[BaseException], tb: TracebackType | None
) -> Path | None:
    """Append a record to ``errors.log`` (rotated when large); never raises."""
    with contextlib.suppress(OSError):
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = log_dir / LOG_NAME
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_suffix(".log.1"))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(describe(exc_type, tb))
        return path
    return None
