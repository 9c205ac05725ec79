-- 006: verdicts per figure. A reviewer can rate one figure of a flag (correct, wrong, unverified),
-- take a figure out of a flag that it does not belong to, and split a flag in two; a note can be
-- marked public (published in ClaimReview). All of these are review events: appended, undoable,
-- kept in the history, and carried through re-checks (they name the flag and the claim, which
-- re-checks keep).
--
-- SQLite cannot change a CHECK constraint, so review_events is rebuilt with the same ids (undoes_id
-- points at them); the views over it are dropped first and made again after, and its triggers are
-- made again. The migrator turns foreign-key enforcement off meanwhile and checks the keys at the end.
DROP VIEW flags_with_status;
DROP VIEW flag_status;

-- A flag a reviewer split off another: its parent. Such a flag is the reviewer's, not the checker's:
-- re-checks leave it alone.
ALTER TABLE flags ADD COLUMN split_from_id INTEGER REFERENCES flags(id);

CREATE TABLE review_events_new (
    id INTEGER PRIMARY KEY,
    flag_id INTEGER NOT NULL REFERENCES flags(id),
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL CHECK (length(reviewer) > 0),
    action TEXT NOT NULL CHECK (action IN ('confirm', 'dismiss', 'note', 'reopen', 'undo', 'rate', 'remove-claim',
        'split')),
    reason TEXT CHECK (reason IN ('different-events', 'different-measure', 'rounding',
        'revised-figure', 'extraction-error', 'syndicated-copy', 'other')),
    note TEXT,
    undoes_id INTEGER UNIQUE REFERENCES review_events(id),
    claim_id INTEGER REFERENCES claims(id),            -- the figure rated or removed
    verdict TEXT CHECK (verdict IN ('correct', 'wrong', 'unverified')),
    split_flag_id INTEGER REFERENCES flags(id),        -- the flag a split made
    public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1)),  -- the note may be published
    CHECK ((action IN ('dismiss', 'remove-claim')) = (reason IS NOT NULL)),
    CHECK ((action = 'undo') = (undoes_id IS NOT NULL)),
    CHECK ((action IN ('rate', 'remove-claim')) = (claim_id IS NOT NULL)),
    CHECK ((action = 'rate') = (verdict IS NOT NULL)),
    CHECK ((action = 'split') = (split_flag_id IS NOT NULL)),
    CHECK (action <> 'note' OR note IS NOT NULL),
    CHECK (public = 0 OR note IS NOT NULL)
);
INSERT INTO review_events_new (id, flag_id, at, reviewer, action, reason, note, undoes_id)
SELECT id, flag_id, at, reviewer, action, reason, note, undoes_id FROM review_events;
DROP TABLE review_events;
ALTER TABLE review_events_new RENAME TO review_events;
CREATE INDEX review_events_flag ON review_events(flag_id, id);
CREATE INDEX review_events_reviewer ON review_events(reviewer);
CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;

-- A flag's status: its latest confirm, dismiss or reopen that no undo cancelled; `withdrawn` for a
-- flag split off another whose split was undone (its figures are back in the parent).
CREATE VIEW flag_status AS
SELECT f.id AS flag_id,
       CASE WHEN f.split_from_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM review_events s WHERE s.split_flag_id = f.id
                  AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = s.id))
            THEN 'withdrawn'
       ELSE COALESCE((
           SELECT CASE e.action WHEN 'confirm' THEN 'confirmed' WHEN 'dismiss' THEN 'dismissed' ELSE 'open' END
           FROM review_events e
           WHERE e.flag_id = f.id AND e.action IN ('confirm', 'dismiss', 'reopen')
             AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id)
           ORDER BY e.id DESC LIMIT 1), 'open') END AS status
FROM flags f;

-- The figures of each flag that are in it now: linked by the checker, not removed or split off by a
-- review event still in force.
CREATE VIEW flag_members AS
SELECT fc.flag_id, fc.claim_id
FROM flag_claims fc
WHERE fc.removed_run_id IS NULL
  AND NOT EXISTS (
      SELECT 1 FROM review_events e
      WHERE e.flag_id = fc.flag_id AND e.action = 'remove-claim' AND e.claim_id = fc.claim_id
        AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id))
  AND NOT EXISTS (
      SELECT 1 FROM review_events e JOIN flag_claims moved ON moved.flag_id = e.split_flag_id
      WHERE e.flag_id = fc.flag_id AND e.action = 'split' AND moved.claim_id = fc.claim_id
        AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id));

CREATE VIEW flags_with_status AS
SELECT f.id, f.title, f.kind, st.status, f.confidence, f.explanation, f.date_relation, f.stale,
       (SELECT count(*) FROM flag_members m WHERE m.flag_id = f.id) AS claims
FROM flags f JOIN flag_status st ON st.flag_id = f.id;
