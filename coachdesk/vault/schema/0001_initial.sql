-- CoachDesk schema 1. Every table that holds data about a client references clients(id) with
-- ON DELETE CASCADE, so erasing a client is one DELETE followed by the clean-up maintenance.
-- Dates are ISO 8601 text: 'YYYY-MM-DD' for dates, 'YYYY-MM-DDTHH:MM:SS' local wall time for
-- appointments (with their tzid), and UTC 'YYYY-MM-DDTHH:MM:SSZ' for created/modified stamps.

CREATE TABLE practice (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL DEFAULT '',
    coach_name  TEXT NOT NULL DEFAULT '',
    street      TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT 'NL',
    kvk         TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    logo        BLOB,
    updated_at  TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE clients (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    number          TEXT NOT NULL UNIQUE,
    first_name      TEXT NOT NULL DEFAULT '',
    tussenvoegsel   TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    preferred_name  TEXT NOT NULL DEFAULT '',
    sort_name       TEXT NOT NULL DEFAULT '',
    date_of_birth   TEXT,
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    street          TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT 'NL',
    organisation    TEXT NOT NULL DEFAULT '',
    referral_source TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'prospect'
                    CHECK (status IN ('prospect', 'active', 'closed', 'archived')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX clients_sort ON clients (sort_name COLLATE NOCASE, id);
CREATE INDEX clients_status ON clients (status, sort_name COLLATE NOCASE);

CREATE TABLE client_tags (
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (client_id, tag)
) WITHOUT ROWID;
CREATE INDEX client_tags_tag ON client_tags (tag);

CREATE TABLE trajectories (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    client_id       INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    title           TEXT NOT NULL DEFAULT '',
    goal            TEXT NOT NULL DEFAULT '',
    start_date      TEXT,
    end_date        TEXT,
    agreed_sessions INTEGER CHECK (agreed_sessions IS NULL OR agreed_sessions >= 0),
    sponsor         TEXT NOT NULL DEFAULT '',
    payer           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX trajectories_client ON trajectories (client_id, start_date);

CREATE TABLE appointments (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    client_id      INTEGER REFERENCES clients (id) ON DELETE CASCADE,
    trajectory_id  INTEGER REFERENCES trajectories (id) ON DELETE SET NULL,
    title          TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT 'session'
                   CHECK (kind IN ('intake', 'session', 'evaluation', 'other', 'blocked')),
    status         TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'done', 'cancelled', 'no_show')),
    starts_at      TEXT NOT NULL,
    ends_at        TEXT NOT NULL,
    all_day        INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    tzid           TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    location       TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    rrule          TEXT NOT NULL DEFAULT '',
    exdates        TEXT NOT NULL DEFAULT '[]',
    series_until   TEXT,
    series_id      INTEGER REFERENCES appointments (id) ON DELETE CASCADE,
    recurrence_id  TEXT,
    ical_uid       TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX appointments_start ON appointments (starts_at);
CREATE INDEX appointments_series ON appointments (rrule != '', series_until) WHERE rrule != '';
CREATE INDEX appointments_client ON appointments (client_id, starts_at);
CREATE INDEX appointments_series_id ON appointments (series_id);
CREATE INDEX appointments_uid ON appointments (ical_uid) WHERE ical_uid != '';

CREATE TABLE notes (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    client_id        INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    trajectory_id    INTEGER REFERENCES trajectories (id) ON DELETE SET NULL,
    appointment_id   INTEGER REFERENCES appointments (id) ON DELETE SET NULL,
    note_date        TEXT NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    origin           TEXT NOT NULL DEFAULT 'coach'
                     CHECK (origin IN ('provided', 'observed', 'coach', 'system')),
    special_category INTEGER NOT NULL DEFAULT 0 CHECK (special_category IN (0, 1)),
    template         TEXT NOT NULL DEFAULT 'free',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX notes_client ON notes (client_id, note_date DESC, id DESC);
CREATE INDEX notes_appointment ON notes (appointment_id) WHERE appointment_id IS NOT NULL;

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
    size       INTEGER NOT NULL CHECK (size >= 0),
    sha256     TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT 'provided'
               CHECK (origin IN ('provided', 'observed', 'coach', 'system')),
    content    BLOB NOT NULL,
    added_at   TEXT NOT NULL
);
CREATE INDEX documents_client ON documents (client_id, added_at);

-- Consent is append-only: a withdrawal is a new row with action 'withdrawn'.
CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    action       TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    purpose      TEXT NOT NULL,
    scope        TEXT NOT NULL DEFAULT '',
    text_version TEXT NOT NULL DEFAULT '',
    method       TEXT NOT NULL CHECK (method IN ('signed', 'email', 'oral')),
    given_on     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX consents_client ON consents (client_id, recorded_at);
CREATE TRIGGER consents_append_only BEFORE UPDATE ON consents
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only');
END;

CREATE TABLE disclosures (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    recipient           TEXT NOT NULL,
    what                TEXT NOT NULL,
    disclosed_on        TEXT NOT NULL,
    legal_basis         TEXT NOT NULL,
    note                TEXT NOT NULL DEFAULT '',
    recorded_at         TEXT NOT NULL
);
CREATE INDEX disclosures_client ON disclosures (client_id, disclosed_on);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    due_date    TEXT,
    priority    INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    client_id   INTEGER REFERENCES clients (id) ON DELETE CASCADE,
    done_at     TEXT,
    source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'system')),
    system_key  TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX tasks_open ON tasks (done_at, due_date);
CREATE INDEX tasks_client ON tasks (client_id) WHERE client_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_system_key ON tasks (system_key) WHERE system_key != '';

-- Hash-chained logs. No client data: ids (random UUIDs) and action names only.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject_kind TEXT NOT NULL DEFAULT '',
    subject_uuid TEXT NOT NULL DEFAULT '',
    client_uuid  TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_client ON audit_log (client_uuid, seq) WHERE client_uuid != '';

CREATE TABLE erasure_ledger (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    client_uuid  TEXT NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('erase', 'anonymise')),
    scope        TEXT NOT NULL,
    legal_basis  TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER ledger_append_only BEFORE UPDATE ON erasure_ledger
BEGIN
    SELECT RAISE(ABORT, 'the erasure ledger is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON erasure_ledger
BEGIN
    SELECT RAISE(ABORT, 'the erasure ledger is append-only');
END;

-- Full-text search over client names and note text. External-content FTS5 tables keep no second
-- copy of the text; triggers keep them in step, including the 'delete' entries erasure needs.
CREATE VIRTUAL TABLE clients_fts USING fts5 (
    number, first_name, tussenvoegsel, last_name, preferred_name, email, organisation,
    content = 'clients', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
    INSERT INTO clients_fts (rowid, number, first_name, tussenvoegsel, last_name, preferred_name,
                             email, organisation)
    VALUES (new.id, new.number, new.first_name, new.tussenvoegsel, new.last_name,
            new.preferred_name, new.email, new.organisation);
END;
CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, number, first_name, tussenvoegsel, last_name,
                             preferred_name, email, organisation)
    VALUES ('delete', old.id, old.number, old.first_name, old.tussenvoegsel, old.last_name,
            old.preferred_name, old.email, old.organisation);
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF number, first_name, tussenvoegsel, last_name,
    preferred_name, email, organisation ON clients BEGIN
    INSERT INTO clients_fts (clients_fts, rowid, number, first_name, tussenvoegsel, last_name,
                             preferred_name, email, organisation)
    VALUES ('delete', old.id, old.number, old.first_name, old.tussenvoegsel, old.last_name,
            old.preferred_name, old.email, old.organisation);
    INSERT INTO clients_fts (rowid, number, first_name, tussenvoegsel, last_name, preferred_name,
                             email, organisation)
    VALUES (new.id, new.number, new.first_name, new.tussenvoegsel, new.last_name,
            new.preferred_name, new.email, new.organisation);
END;

CREATE VIRTUAL TABLE notes_fts USING fts5 (
    title, body,
    content = 'notes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, body ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO notes_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
