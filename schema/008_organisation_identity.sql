-- 008: speakers of a third kind, `group` (`Smith and Jones wrote`, `organizers said`), and an
-- organisation's identity (`Extraction/OrganisationName.swift`): `Ukraine's air force` and `the
-- Ukrainian Air Force` are one speaker across articles. The identity is filled for existing
-- organisations by the migration's Swift step.
--
-- SQLite cannot change a CHECK constraint, so `speakers` is rebuilt with the same ids (quotes,
-- claims, aliases, edits and role mentions point at them); the view over it is dropped first and
-- made again after. The migrator turns foreign-key enforcement off meanwhile and checks the keys
-- at the end.
DROP VIEW quotes_with_speaker;

CREATE TABLE speakers_new (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,               -- canonical name
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'group')),
    key TEXT NOT NULL,                -- name folded for matching (lower case, no diacritics)
    surname_key TEXT,                 -- a person's surname folded across transliterations
    role TEXT,                        -- a role the articles give, e.g. 'Nato secretary general'
    speaks_for_id INTEGER REFERENCES speakers(id),   -- spokespeople: whom they speak for
    merged_into_id INTEGER REFERENCES speakers(id),  -- set by a reviewer's merge
    created_at TEXT NOT NULL,
    identity_key TEXT,                -- an organisation's identity: its owner written either way
    CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
INSERT INTO speakers_new (id, name, kind, key, surname_key, role, speaks_for_id, merged_into_id, created_at)
SELECT id, name, kind, key, surname_key, role, speaks_for_id, merged_into_id, created_at FROM speakers;
DROP TABLE speakers;
ALTER TABLE speakers_new RENAME TO speakers;
CREATE INDEX speakers_key ON speakers(key);
CREATE INDEX speakers_surname_key ON speakers(surname_key);
CREATE INDEX speakers_merged_into ON speakers(merged_into_id) WHERE merged_into_id IS NOT NULL;
CREATE INDEX speakers_identity ON speakers(identity_key) WHERE identity_key IS NOT NULL;

CREATE VIEW quotes_with_speaker AS
SELECT q.id, substr(a.text, q.start + 1, q."end" - q.start) AS text, COALESCE(s.name, q.speaker_as_written) AS speaker,
       q.speaker_as_written,
       q.kind, q.cue, a.outlet, a.published, a.title AS article_title, q.article_id, q.start, q.end
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id;
