"""The practice statistics as a pivot: one dimension (theme, age band or sessions band) by year.

Counts are summed per cell in SQL and only then masked: a cell or total under five shows "<5"
(``domain.statistics.shown_count``), so a small group is never shown exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.domain.statistics import shown_count
from coachdesk.vault.connection import Db

DIMENSIONS = ("theme", "age_band", "sessions_band")


@dataclass(frozen=True, slots=True)
class Pivot:
    dimension: str
    years: tuple[int, ...]  # newest first
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # (value, shown count per year)
    totals: tuple[str, ...]  # per year


def statistics_pivot(db: Db, dimension: str = "theme") -> Pivot:
    if dimension not in DIMENSIONS:
        raise ValueError(dimension)
    cells = db.all(
        f"SELECT {dimension}, year, sum(clients) FROM practice_statistics"
        f" WHERE clients > 0 GROUP BY {dimension}, year"
    )
    years = tuple(sorted({int(c[1]) for c in cells}, reverse=True))
    counts: dict[str, dict[int, int]] = {}
    for value, year, total in cells:
        counts.setdefault(str(value), {})[int(year)] = int(total)
    rows = tuple(
        (value, tuple(shown_count(per_year.get(y, 0)) if per_year.get(y) else "" for y in years))
        for value, per_year in sorted(counts.items())
    )
    totals = tuple(shown_count(sum(c.get(y, 0) for c in counts.values())) for y in years)
    return Pivot(dimension, years, rows, totals)
