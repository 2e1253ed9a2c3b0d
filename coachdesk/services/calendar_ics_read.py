"""Reading an ICS file defensively, before anything touches the vault.

``decode`` and ``check_structure`` look at the raw bytes and text (size, binary data, BEGIN/END
nesting, event count), so a hostile or broken file is refused with a sentence naming the problem
and the line; only then does icalendar ``parse`` it. Turning each VEVENT into CoachDesk's terms
is ``calendar_ics_event``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from icalendar import Calendar

from coachdesk.domain.errors import UserError
from coachdesk.domain.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 50 * 1024 * 1024
MAX_EVENTS = 100_000
MAX_DEPTH = 6  # VCALENDAR > VEVENT > VALARM is 3; VTIMEZONE > STANDARD is 3
_LINE = re.compile(r"^([A-Za-z0-9-]+)[;:]")


MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is too large ({size} MB; CoachDesk reads up to 50 MB). Export a "
    "shorter period from your calendar program. Nothing was imported.",
)
MSG_BINARY = QT_TRANSLATE_NOOP(
    "Errors",
    "This is not a calendar file (iCalendar, .ics): it holds binary data. Choose the .ics "
    "file your calendar program exported. Nothing was imported.",
)
MSG_NOT_ICS = QT_TRANSLATE_NOOP(
    "Errors",
    "This is not a calendar file (iCalendar, .ics): it does not start with BEGIN:VCALENDAR. "
    "Choose the .ics file your calendar program exported. Nothing was imported.",
)
MSG_BAD_LINE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is damaged: line {line} is not a calendar line. Export it again from "
    "your calendar program. Nothing was imported.",
)
MSG_DEEP = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is damaged: its parts are nested too deeply (line {line}). Export it "
    "again from your calendar program. Nothing was imported.",
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file has more than 100,000 events. Export a shorter period from your "
    "calendar program. Nothing was imported.",
)
MSG_END_ALONE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is damaged: END:{kind} on line {line} closes nothing. Export it again "
    "from your calendar program. Nothing was imported.",
)
MSG_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is damaged: BEGIN:{open} on line {start} is closed by END:{kind} on "
    "line {line}. Export it again from your calendar program. Nothing was imported.",
)
MSG_OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is damaged: line {line} stands outside the calendar. Export it again "
    "from your calendar program. Nothing was imported.",
)
MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file is incomplete: BEGIN:{kind} on line {line} is never closed, so the "
    "file was probably cut off. Export or download it again. Nothing was imported.",
)
MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar file cannot be read ({reason}). Export it again from your calendar program. "
    "Nothing was imported.",
)


def decode(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise UserError(MSG_TOO_LARGE, size=len(data) // (1024 * 1024))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte order mark (Windows tools)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UserError(MSG_BINARY) from None
    if b"\x00" in data:
        raise UserError(MSG_BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Outlook exports


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of their first physical line."""
    number, current = 0, None
    for physical, line in enumerate(text.splitlines(), start=1):
        if line[:1] in (" ", "\t") and current is not None:
            current += line[1:]
            continue
        if current is not None:
            yield number, current
        number, current = physical, line
    if current is not None:
        yield number, current


def check_structure(text: str) -> None:
    """Refuse what is not a complete, sanely nested iCalendar file (before parsing it)."""
    stack: list[tuple[str, int]] = []
    events = calendars = 0
    for number, line in _logical_lines(text):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match is None or ":" not in line:
            if not stack and not calendars:
                break
            raise UserError(MSG_BAD_LINE, line=number)
        prop, value = match.group(1).upper(), line.rpartition(":")[2].strip().upper()
        if prop == "BEGIN":
            if not stack and value != "VCALENDAR":
                break
            stack.append((value, number))
            if len(stack) > MAX_DEPTH:
                raise UserError(MSG_DEEP, line=number)
            if value == "VEVENT":
                events += 1
                if events > MAX_EVENTS:
                    raise UserError(MSG_TOO_MANY)
        elif prop == "END":
            if not stack:
                raise UserError(MSG_END_ALONE, kind=value[:20], line=number)
            if stack[-1][0] != value:
                raise UserError(
                    MSG_MISMATCH,
                    open=stack[-1][0][:20],
                    start=stack[-1][1],
                    kind=value[:20],
                    line=number,
                )
            stack.pop()
            calendars += not stack
        elif not stack:
            if not calendars:
                break
            raise UserError(MSG_OUTSIDE, line=number)
    else:
        if stack:
            kind, number = stack[-1]
            raise UserError(MSG_INCOMPLETE, kind=kind[:20], line=number)
        if calendars:
            return
    raise UserError(MSG_NOT_ICS)


def parse(text: str) -> list[Calendar]:
    """The calendars in *text*. icalendar's warnings about guessed time zones are silenced:
    we resolve TZIDs ourselves (``calendar_ics_event.resolve_tzid``)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(Calendar.from_ical(text, multiple=True))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
        raise UserError(MSG_UNREADABLE, reason=type(exc).__name__) from None
