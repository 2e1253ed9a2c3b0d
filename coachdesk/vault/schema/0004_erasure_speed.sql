-- Schema 4: an erasure that need not rewrite the whole vault (issue 7, benchmarks).

-- Deleting a trajectory (an erasure deletes all of the client's) sets trajectory_id to NULL in
-- notes and appointments; without these indexes each one scanned every note and appointment.
CREATE INDEX notes_trajectory ON notes (trajectory_id) WHERE trajectory_id IS NOT NULL;
CREATE INDEX appointments_trajectory ON appointments (trajectory_id)
    WHERE trajectory_id IS NOT NULL;

-- FTS5 secure-delete: a deleted row's terms are removed from the index's leaf pages at once
-- instead of leaving a tombstone until the next merge, so an erasure no longer has to rewrite
-- the whole index with 'optimize' (with secure_delete=ON the old pages are zeroed). The
-- optimize below removes what deletions before this migration may have left in old segments.
INSERT INTO clients_fts (clients_fts) VALUES ('optimize');
INSERT INTO notes_fts (notes_fts) VALUES ('optimize');
INSERT INTO clients_fts (clients_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);
