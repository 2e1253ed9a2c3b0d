-- Schema 5: the breach register (datalekregister, Art. 33(5) GDPR).

-- Every personal-data breach, reported or not, with the facts, its effects and the measures
-- taken. No client is linked: the description is the coach's own text. Times are ISO 8601 UTC
-- stamps; reported_to_ap_at and subjects_informed_at stay NULL until that happened. A breach
-- that is not reported (no risk, or decided otherwise) says why in reason_not_reported.
CREATE TABLE breaches (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    discovered_at        TEXT NOT NULL,
    description          TEXT NOT NULL,
    data_categories      TEXT NOT NULL DEFAULT '',
    people_affected      INTEGER CHECK (people_affected IS NULL OR people_affected >= 0),
    encrypted            INTEGER NOT NULL DEFAULT 0 CHECK (encrypted IN (0, 1)),
    risk                 TEXT NOT NULL CHECK (risk IN ('none', 'risk', 'high')),
    consequences         TEXT NOT NULL DEFAULT '',
    measures             TEXT NOT NULL DEFAULT '',
    reported_to_ap_at    TEXT,
    ap_reference         TEXT NOT NULL DEFAULT '',
    subjects_informed_at TEXT,
    reason_not_reported  TEXT NOT NULL DEFAULT '',
    recorded_at          TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX breaches_discovered ON breaches (discovered_at);
