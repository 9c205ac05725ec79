-- FactLedger ledger, schema 1.
-- Offsets (start, end, *_start, *_end) count Unicode scalar values (code points) in
-- articles.text, end exclusive, so SQLite's substr(text, start + 1, end - start) slices them.
-- Dates are ISO-8601 text; timestamps are UTC with a trailing Z.

PRAGMA application_id = 1179403335; -- 'FLDG'

-- MARK: - Articles

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT,
    outlet TEXT,
    url TEXT,
    author TEXT,
    published TEXT,                   -- ISO-8601 date or date-time
    published_raw TEXT,               -- the date as written or given
    published_source TEXT CHECK (published_source IN
        ('explicit', 'sources_json', 'front_matter', 'json_ld', 'html_meta', 'text')),
    modified TEXT,
    file TEXT NOT NULL,               -- the path as given to ingest, '-' for stdin
    source_key TEXT NOT NULL,         -- what versions share: the URL, else the file's absolute path
    format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    encoding TEXT NOT NULL CHECK (encoding IN ('utf-8', 'utf-16', 'windows-1252')),
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),  -- SHA-256 of text
    text TEXT NOT NULL,
    chars INTEGER NOT NULL CHECK (chars >= 0),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    replaces_id INTEGER UNIQUE REFERENCES articles(id),
    ingested_at TEXT NOT NULL,
    CHECK ((version = 1) = (replaces_id IS NULL))
);
CREATE INDEX articles_source_key ON articles(source_key);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_url ON articles(url);

CREATE TABLE article_warnings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    message TEXT NOT NULL
);
CREATE INDEX article_warnings_article ON article_warnings(article_id);

-- MARK: - Speakers

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,               -- canonical name
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    key TEXT NOT NULL,                -- name folded for matching (lower case, no diacritics)
    surname_key TEXT,                 -- a person's surname folded across transliterations
    role TEXT,                        -- a role the articles give, e.g. 'Nato secretary general'
    speaks_for_id INTEGER REFERENCES speakers(id),   -- spokespeople: whom they speak for
    merged_into_id INTEGER REFERENCES speakers(id),  -- set by a reviewer's merge
    created_at TEXT NOT NULL,
    CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
CREATE INDEX speakers_key ON speakers(key);
CREATE INDEX speakers_surname_key ON speakers(surname_key);
CREATE INDEX speakers_merged_into ON speakers(merged_into_id) WHERE merged_into_id IS NOT NULL;

CREATE TABLE speaker_aliases (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    key TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('extracted', 'reviewer', 'rejected')),  -- rejected: a reviewer said this form is not this speaker
    UNIQUE (speaker_id, key)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases(key);

-- Reviewers' corrections to speakers, kept for the record.
CREATE TABLE speaker_edits (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('merge', 'alias', 'unalias', 'rename', 'split')),
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    other_id INTEGER REFERENCES speakers(id),
    detail TEXT NOT NULL
);

-- People an article names with a role (`Russian President Vladimir Putin`), speakers or not:
-- what lets `the Russian leader` in another article find its person.
CREATE TABLE role_mentions (
    role_key TEXT NOT NULL,           -- normalised: 'russia president'
    name TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    role TEXT NOT NULL,               -- as written
    PRIMARY KEY (role_key, name, article_id)
) WITHOUT ROWID;

-- MARK: - Quotes

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    seq INTEGER NOT NULL,
    -- The quote's text is not stored twice: it is substr(articles.text, start + 1, end - start)
    -- (offsets count code points, as SQLite's substr does); see the view quote_texts.
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end > start),
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'colon', 'reported')),
    cue TEXT,
    speaker_as_written TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_role_key TEXT,            -- a role (`the Russian leader`) still to be resolved to a person
    utterance INTEGER NOT NULL,       -- pieces of one utterance (split by attribution) share it
    clause_start INTEGER,             -- the reported clause around a partial quote
    clause_end INTEGER,
    UNIQUE (article_id, seq)          -- also the index for lookups by article
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

-- Each quote's text, sliced out of its article.
CREATE VIEW quote_texts AS
SELECT q.id, substr(a.text, q.start + 1, q."end" - q.start) AS text
FROM quotes q JOIN articles a ON a.id = q.article_id;
CREATE INDEX quotes_pending_role ON quotes(speaker_role_key) WHERE speaker_id IS NULL AND speaker_role_key IS NOT NULL;

-- MARK: - Claims

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,               -- the figure as written, qualifier included
    start INTEGER NOT NULL CHECK (start >= 0),
    end INTEGER NOT NULL CHECK (end > start),
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL CHECK (sentence_end >= sentence_start),
    sentence_hash INTEGER NOT NULL,   -- of the sentence's words, to recognise syndicated copies
    value REAL NOT NULL,              -- the figure as stated
    lower REAL,                       -- interval; NULL where open
    upper REAL,
    lower_inclusive INTEGER NOT NULL DEFAULT 1 CHECK (lower_inclusive IN (0, 1)),
    upper_inclusive INTEGER NOT NULL DEFAULT 1 CHECK (upper_inclusive IN (0, 1)),
    qualifier TEXT,                   -- as written: 'at least', 'nearly', ...
    kind TEXT NOT NULL CHECK (kind IN
        ('count', 'money', 'percent', 'ratio', 'duration', 'age', 'year', 'date', 'document', 'measure')),
    unit TEXT,                        -- ISO 4217 code, '%', 'year', 'hour', 'km', ...
    subject TEXT,                     -- what is counted or measured, normalised
    subject_key TEXT,                 -- blocking key for the cross-checker
    context TEXT,                     -- words of the event or subject it belongs to
    speaker_as_written TEXT,
    speaker_id INTEGER REFERENCES speakers(id),
    quote_id INTEGER REFERENCES quotes(id),
    event_date TEXT,                  -- ISO-8601 date the figure is about, as far as it is anchored
    event_date_basis TEXT CHECK (event_date_basis IN ('explicit', 'relative', 'published', 'unknown')),
    converts_claim_id INTEGER REFERENCES claims(id),  -- a bracketed conversion of another figure
    CHECK (lower IS NULL OR upper IS NULL OR lower <= upper),
    UNIQUE (article_id, seq)
);
-- Partial indexes where most rows have no value: `x = ?` still uses them, at a fraction of the size.
CREATE INDEX claims_subject_key ON claims(subject_key) WHERE subject_key IS NOT NULL;
CREATE INDEX claims_speaker ON claims(speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX claims_unit ON claims(unit) WHERE unit IS NOT NULL;
CREATE INDEX claims_quote ON claims(quote_id) WHERE quote_id IS NOT NULL;

-- MARK: - Flags and review

CREATE TABLE check_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    claims_compared INTEGER NOT NULL DEFAULT 0,
    flags_new INTEGER NOT NULL DEFAULT 0,
    flags_updated INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE flags (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,         -- stable identity of the measure, so re-checks find it again
    title TEXT NOT NULL,              -- the measure in words
    kind TEXT NOT NULL CHECK (kind IN ('conflict', 'update')),
    explanation TEXT NOT NULL,
    gap REAL,                         -- smallest distance between incompatible intervals
    relative_gap REAL,
    date_relation TEXT NOT NULL CHECK (date_relation IN ('same', 'different', 'unknown')),
    stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1)),  -- its claims vanished
    created_run_id INTEGER NOT NULL REFERENCES check_runs(id),
    updated_run_id INTEGER NOT NULL REFERENCES check_runs(id)
);
CREATE INDEX flags_kind ON flags(kind);

CREATE TABLE flag_claims (
    flag_id INTEGER NOT NULL REFERENCES flags(id),
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    added_run_id INTEGER NOT NULL REFERENCES check_runs(id),
    removed_run_id INTEGER REFERENCES check_runs(id),  -- the claim no longer belongs (vanished)
    added_at TEXT NOT NULL,
    PRIMARY KEY (flag_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX flag_claims_claim ON flag_claims(claim_id);

-- Reviewers' decisions: append-only; a flag's status is derived from them.
CREATE TABLE review_events (
    id INTEGER PRIMARY KEY,
    flag_id INTEGER NOT NULL REFERENCES flags(id),
    at TEXT NOT NULL,
    reviewer TEXT NOT NULL CHECK (length(reviewer) > 0),
    action TEXT NOT NULL CHECK (action IN ('confirm', 'dismiss', 'note', 'reopen', 'undo')),
    reason TEXT CHECK (reason IN ('different-events', 'different-measure', 'rounding',
        'revised-figure', 'extraction-error', 'syndicated-copy', 'other')),
    note TEXT,
    undoes_id INTEGER UNIQUE REFERENCES review_events(id),
    CHECK ((action = 'dismiss') = (reason IS NOT NULL)),
    CHECK ((action = 'undo') = (undoes_id IS NOT NULL)),
    CHECK (action <> 'note' OR note IS NOT NULL)
);
CREATE INDEX review_events_flag ON review_events(flag_id, id);
CREATE INDEX review_events_reviewer ON review_events(reviewer);

-- Where each reviewer is in the interactive queue, so `review` resumes there.
CREATE TABLE review_positions (
    reviewer TEXT PRIMARY KEY,
    flag_id INTEGER NOT NULL REFERENCES flags(id),
    at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;

-- MARK: - Full-text search (external content, kept in sync by triggers)

-- Holds its one row only inside an ingest transaction: the insert triggers then leave the FTS
-- tables to one bulk insert at the end of that transaction (FTS5 otherwise writes a segment per
-- statement). Outside ingest the table is empty and every insert is indexed by its trigger.
CREATE TABLE fts_deferred (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content = 'quote_texts', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2', columnsize = 0);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
    INSERT INTO quotes_fts(rowid, text)
    SELECT new.id, substr(text, new.start + 1, new."end" - new.start) FROM articles WHERE id = new.article_id;
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text)
    SELECT 'delete', old.id, substr(text, old.start + 1, old."end" - old.start) FROM articles WHERE id = old.article_id;
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'id', detail = 'column',
    tokenize = 'porter unicode61 remove_diacritics 2', columnsize = 0);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- What a claim is about, for `claims --about`: the subject and its context words.
CREATE VIRTUAL TABLE claims_fts USING fts5(
    subject, context, content = 'claims', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2', columnsize = 0);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
    INSERT INTO claims_fts(rowid, subject, context) VALUES (new.id, new.subject, new.context);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, subject, context) VALUES ('delete', old.id, old.subject, old.context);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF subject, context ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, subject, context) VALUES ('delete', old.id, old.subject, old.context);
    INSERT INTO claims_fts(rowid, subject, context) VALUES (new.id, new.subject, new.context);
END;

-- MARK: - Views for people browsing the file

-- Articles no later version replaces.
CREATE VIEW current_articles AS
SELECT a.* FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id);

CREATE VIEW quotes_with_speaker AS
SELECT q.id, substr(a.text, q.start + 1, q."end" - q.start) AS text, COALESCE(s.name, q.speaker_as_written) AS speaker,
       q.speaker_as_written,
       q.kind, q.cue, a.outlet, a.published, a.title AS article_title, q.article_id, q.start, q.end
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id;

-- A flag's status: its latest confirm, dismiss or reopen that no undo cancelled.
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
SELECT f.id, f.title, f.kind, st.status, f.explanation, f.date_relation, f.stale,
       (SELECT count(*) FROM flag_claims fc WHERE fc.flag_id = f.id AND fc.removed_run_id IS NULL) AS claims
FROM flags f JOIN flag_status st ON st.flag_id = f.id;
