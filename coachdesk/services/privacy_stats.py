"""Practice statistics for anonymising: the one row a client leaves behind, and the table view.

The row is computed from the client's data *before* erasure and holds only coarse categories
(see ``coachdesk.domain.statistics``). The view shows cells below five as "<5".
"""

from __future__ import annotations

from datetime import date

from coachdesk.domain.dates import parse_date
from coachdesk.domain.statistics import (
    StatisticsKey,
    StatisticsRow,
    age_band,
    check_theme,
    sessions_band,
    shown_count,
)
from coachdesk.vault.connection import Db

SESSION_KINDS = ("intake", "session", "evaluation")


def session_count(db: Db, client_id: int) -> int:
    """Sessions held: done intake/session/evaluation appointments, or the days with a note when
    the agenda was not used (whichever is larger)."""
    appointments = int(
        db.scalar(
            "SELECT count(*) FROM appointments WHERE client_id = :id AND status = 'done'"
            " AND kind IN ('intake', 'session', 'evaluation')",
            {"id": client_id},
        )
    )
    note_days = int(
        db.scalar(
            "SELECT count(DISTINCT note_date) FROM notes WHERE client_id = :id", {"id": client_id}
        )
    )
    return max(appointments, note_days)


def statistics_key(db: Db, client_id: int, theme: str, today: date) -> StatisticsKey:
    """The statistics cell this client counts in: year of the last trajectory end (or this
    year), theme, ten-year age band, sessions band."""
    theme = check_theme(theme)
    last_end = parse_date(
        db.scalar("SELECT max(end_date) FROM trajectories WHERE client_id = :id", {"id": client_id})
    )
    year = min(last_end, today).year if last_end else today.year
    born = parse_date(
        db.scalar("SELECT date_of_birth FROM clients WHERE id = :id", {"id": client_id})
    )
    return StatisticsKey(
        year=year,
        theme=theme,
        age_band=age_band(born, today),
        sessions_band=sessions_band(session_count(db, client_id)),
    )


def add_to_statistics(db: Db, key: StatisticsKey) -> None:
    """Count one more client in *key*'s cell; call in the erasing transaction."""
    db.execute(
        "INSERT INTO practice_statistics (year, theme, age_band, sessions_band, clients)"
        " VALUES (:year, :theme, :age, :sessions, 1)"
        " ON CONFLICT (year, theme, age_band, sessions_band)"
        " DO UPDATE SET clients = clients + 1",
        {"year": key.year, "theme": key.theme, "age": key.age_band, "sessions": key.sessions_band},
    )


def statistics_table(db: Db) -> list[StatisticsRow]:
    """Every cell, newest year first; counts below five are shown as "<5"."""
    rows = db.all(
        "SELECT year, theme, age_band, sessions_band, clients FROM practice_statistics"
        " WHERE clients > 0 ORDER BY year DESC, theme, age_band, sessions_band"
    )
    return [StatisticsRow(r[0], r[1], r[2], r[3], shown_count(int(r[4]))) for r in rows]


def statistics_totals(db: Db) -> list[tuple[int, str]]:
    """(year, anonymised clients that year) with small totals shown as "<5"."""
    rows = db.all(
        "SELECT year, sum(clients) FROM practice_statistics GROUP BY year ORDER BY year DESC"
    )
    return [(int(r[0]), shown_count(int(r[1]))) for r in rows]
