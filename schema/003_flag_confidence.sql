-- 003: flags of a third kind (`disputed`: two estimates of one quantity in one article), and each
-- flag's confidence with the evidence behind it.

-- SQLite cannot change a CHECK constraint, so the table is rebuilt with the same ids (flag_claims,
-- review_events and review_positions point at them); the views over it are dropped first and
-- made again after. The migrator turns foreign-key enforcement off meanwhile and checks the keys
-- at the end.
DROP VIEW flags_with_status;
DROP VIEW flag_status;

CREATE TABLE flags_new (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,         -- kind, measure and founding claim when created; never changes
    title TEXT NOT NULL,              -- the measure in words
    kind TEXT NOT NULL CHECK (kind IN ('conflict', 'update', 'disputed')),
    explanation TEXT NOT NULL,
    gap REAL,                         -- smallest distance between incompatible intervals
    relative_gap REAL,
    date_relation TEXT NOT NULL CHECK (date_relation IN ('same', 'different', 'unknown')),
    stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),  -- its claims vanished
    created_run_id INTEGER NOT NULL REFERENCES check_runs(id),
    updated_run_id INTEGER NOT NULL REFERENCES check_runs(id),
    confidence REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),  -- see CrossCheck/Confidence.swift
    evidence TEXT                     -- JSON: which frame parts matched, the date gap, the sources
);
INSERT INTO flags_new (id, key, title, kind, explanation, gap, relative_gap, date_relation, stale, created_run_id,
    updated_run_id)
SELECT id, key, title, kind, explanation, gap, relative_gap, date_relation, stale, created_run_id, updated_run_id
FROM flags;
DROP TABLE flags;
ALTER TABLE flags_new RENAME TO flags;
CREATE INDEX flags_kind ON flags(kind);
CREATE INDEX flags_confidence ON flags(confidence);

CREATE VIEW flag_status AS
SELECT f.id AS flag_id,
       COALESCE((
           SELECT CASE e.action WHEN 'confirm' THEN 'confirmed' WHEN 'dismiss' THEN 'dismissed' ELSE 'open' END
           FROM review_events e
           WHERE e.flag_id = f.id AND e.action IN ('confirm', 'dismiss', 'reopen')
             AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id)
           ORDER BY e.id DESC LIMIT 1), 'open') AS status
FROM flags f;
CREATE VIEW flags_with_status AS
SELECT f.id, f.title, f.kind, st.status, f.confidence, f.explanation, f.date_relation, f.stale,
       (SELECT count(*) FROM flag_claims fc WHERE fc.flag_id = f.id AND fc.removed_run_id IS NULL) AS claims
FROM flags f JOIN flag_status st ON st.flag_id = f.id;
