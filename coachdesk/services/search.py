"""Read side of the client list and of global search, for the UI (which may not import vault).

The client list holds ids in display order and fetches rows page by page; sorting and
filtering are SQL (``ClientQuery``), so a keystroke in the filter costs a few milliseconds even
with thousands of clients. Global search runs FTS5 over client fields and note text; the UI
calls it from a worker because a short prefix over many notes can take longer than a frame.
"""

from __future__ import annotations

from coachdesk.domain.models import Client, ClientStatus, SearchHit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos import clients as _clients
from coachdesk.vault.repos import search as _search
from coachdesk.vault.repos.clients import SORT_COLUMNS, ClientQuery

__all__ = [
    "SORT_COLUMNS",
    "ClientQuery",
    "SearchHit",
    "count_clients",
    "get_clients",
    "global_search",
    "list_client_ids",
]

#: What the client list shows when the coach has not chosen a status: everyone but archived.
CURRENT_STATUSES: tuple[ClientStatus, ...] = (
    ClientStatus.PROSPECT,
    ClientStatus.ACTIVE,
    ClientStatus.CLOSED,
)


def list_client_ids(db: Db, query: ClientQuery) -> list[int]:
    """Ids in display order (sorted and filtered by SQL)."""
    return _clients.list_ids(db, query)


def get_clients(db: Db, ids: list[int]) -> dict[int, Client]:
    """One page of rows for the list's cache."""
    return _clients.get_many(db, ids)


def count_clients(db: Db, status: ClientStatus | None = None) -> int:
    return _clients.count(db, status)


def global_search(db: Db, text: str, *, limit: int = 30) -> list[SearchHit]:
    """Clients first, then notes by relevance; empty for text without a word in it."""
    return _search.search(db, text, limit=limit)
