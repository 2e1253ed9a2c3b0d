"""Global full-text search over client names and note text (FTS5, diacritics folded)."""

from __future__ import annotations

from coachdesk.domain.models import SearchHit
from coachdesk.vault.connection import Db
from coachdesk.vault.repos.clients import fts_prefix_query

SNIPPET_TOKENS = 12
# Notes matching a word more often than this come newest first instead of by relevance: bm25
# needs the statistics of every match, and a common word (half of 400,000 notes) took 0.5 s.
BROAD = 5_000


def search(db: Db, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Clients first (name, number, e-mail, organisation), then notes by relevance."""
    match = fts_prefix_query(text)
    if match is None:
        return []
    hits: list[SearchHit] = []
    for row in db.all(
        "SELECT c.id, c.number, c.first_name, c.tussenvoegsel, c.last_name, c.organisation"
        " FROM clients_fts JOIN clients c ON c.id = clients_fts.rowid"
        " WHERE clients_fts MATCH :m ORDER BY rank LIMIT :limit",
        {"m": match, "limit": limit},
    ):
        name = " ".join(p for p in (row[2], row[3], row[4]) if p)
        hits.append(SearchHit("client", row[0], row[1], name, None, name, row[5]))
    broad = db.scalar(
        "SELECT count(*) FROM (SELECT 1 FROM notes_fts WHERE notes_fts MATCH :m LIMIT :cap)",
        {"m": match, "cap": BROAD + 1},
    )
    rank, order = ("0.0", "notes_fts.rowid DESC") if broad > BROAD else ("rank", "rank")
    for row in db.all(
        "SELECT n.id, n.client_id, c.number, c.first_name, c.tussenvoegsel, c.last_name,"
        f" n.title, snippet(notes_fts, 1, '[', ']', '…', :tokens), {rank}"
        " FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid"
        " JOIN clients c ON c.id = n.client_id"
        f" WHERE notes_fts MATCH :m ORDER BY {order} LIMIT :limit",
        {"m": match, "limit": limit, "tokens": SNIPPET_TOKENS},
    ):
        name = " ".join(p for p in (row[3], row[4], row[5]) if p)
        hits.append(SearchHit("note", row[1], row[2], name, row[0], row[6], row[7], row[8]))
    return hits
