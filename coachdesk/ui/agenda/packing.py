"""Side-by-side placement of overlapping appointments within one day column.

Also the small records the time grid keeps per drawn block and per drag in progress.

The classic calendar layout: appointments that overlap (directly or through a chain) form a
cluster; each takes the leftmost lane free at its start, and every member of the cluster gets
the cluster's lane count as its width. Pure Python, so it is tested without a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from PySide6.QtCore import QPointF

from coachdesk.domain.agenda import Occurrence

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Placed(Generic[T]):
    item: T
    lane: int
    lanes: int


def pack(items: Sequence[tuple[T, datetime, datetime]]) -> list[Placed[T]]:
    """Lanes for (item, start, end) triples; zero-length items count as one minute long."""
    ordered = sorted(items, key=lambda t: (t[1], -(t[2] - t[1]).total_seconds()))
    placed: list[Placed[T]] = []
    cluster: list[tuple[T, int]] = []
    lane_ends: list[datetime] = []
    cluster_end: datetime | None = None

    def close_cluster() -> None:
        width = len(lane_ends)
        placed.extend(Placed(item, lane, width) for item, lane in cluster)
        cluster.clear()
        lane_ends.clear()

    for item, start, end in ordered:
        if end <= start:
            end = start + timedelta(minutes=1)
        if cluster_end is not None and start >= cluster_end:
            close_cluster()
            cluster_end = None
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        cluster.append((item, lane))
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    close_cluster()
    return placed


@dataclass(frozen=True, slots=True)
class Block:
    """One appointment's rectangle on one day (an appointment past midnight has two)."""

    occ: Occurrence
    column: int
    start: datetime
    end: datetime
    lane: int
    lanes: int


@dataclass(slots=True)
class Drag:
    mode: str  # "create", "move" or "resize"
    press: QPointF
    occ: Occurrence | None = None
    start: datetime | None = None
    end: datetime | None = None
    active: bool = False
