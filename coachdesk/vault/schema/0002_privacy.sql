-- Schema 2: what the GDPR chores need. No personal data in the statistics or the ledger.

-- When the coach last handed a client their data (Art. 15), shown in the dossier.
ALTER TABLE clients ADD COLUMN last_exported_at TEXT;

-- A legal hold suspends automatic erasure of one client until it is lifted or reviewed.
CREATE TABLE legal_holds (
    client_id   INTEGER PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    review_on   TEXT NOT NULL,
    placed_at   TEXT NOT NULL
);

-- Requests from data subjects (access, rectification, erasure, restriction, objection,
-- portability): received, due one calendar month later, optionally extended by two months.
CREATE TABLE data_requests (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    client_id        INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure',
                     'restriction', 'objection', 'portability')),
    received_on      TEXT NOT NULL,
    due_on           TEXT NOT NULL,
    extended_to      TEXT,
    extension_reason TEXT NOT NULL DEFAULT '',
    completed_on     TEXT,
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
);
CREATE INDEX data_requests_open ON data_requests (completed_on, due_on);
CREATE INDEX data_requests_client ON data_requests (client_id);

-- Aggregate practice statistics kept after anonymising: counts only, never a link back.
-- theme from a closed list, age band of ten years, sessions band (1-3, 4-6, 7-10, >10).
CREATE TABLE practice_statistics (
    year          INTEGER NOT NULL,
    theme         TEXT NOT NULL,
    age_band      TEXT NOT NULL,
    sessions_band TEXT NOT NULL,
    clients       INTEGER NOT NULL CHECK (clients >= 0),
    PRIMARY KEY (year, theme, age_band, sessions_band)
) WITHOUT ROWID;
