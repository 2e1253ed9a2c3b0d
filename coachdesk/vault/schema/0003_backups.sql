-- Schema 3: backups. Keys that encrypt backups, the history of backups made, and restore checks.

-- 'verify': an age identity the app uses to check its own backups and run restore drills
-- without the recovery key (it lives only inside this encrypted vault). Backups of a vault
-- with a passphrase carry it sealed under the vault key (docs/backup-format.md). A key
-- rotation retires it; the retired ones still open older backups.
CREATE TABLE backup_keys (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('verify')),
    recipient   TEXT NOT NULL,
    secret      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    retired_at  TEXT
);
CREATE UNIQUE INDEX backup_keys_current ON backup_keys (kind) WHERE retired_at IS NULL;

-- One row per backup written and verified (no client data: paths and sizes).
CREATE TABLE backup_history (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    path        TEXT NOT NULL,
    target      TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    verified    INTEGER NOT NULL CHECK (verified IN (0, 1)),
    seconds     REAL NOT NULL
);
CREATE INDEX backup_history_created ON backup_history (created_at);

-- A backup decrypted and fully checked (restore drill or restore).
CREATE TABLE restore_checks (
    id           INTEGER PRIMARY KEY,
    verified_at  TEXT NOT NULL,
    backup_path  TEXT NOT NULL
);
