-- 002: what every figure measures (claim frames), each article's language, and published dates
-- found in a URL, a dateline or a byline.

-- MARK: - Articles: `language`, and more sources of a published date

-- SQLite cannot change a CHECK constraint, so the table is rebuilt with the same ids (the FTS
-- index and every reference point at them). Views and triggers that name the table are dropped
-- first and made again after, as the SQLite documentation's procedure for schema changes says;
-- the migrator turns foreign-key enforcement off meanwhile and checks the keys at the end.
DROP VIEW current_articles;
DROP VIEW quotes_with_speaker;
DROP VIEW quote_texts;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;

CREATE TABLE articles_new (
    id INTEGER PRIMARY KEY,
    title TEXT,
    outlet TEXT,
    url TEXT,
    author TEXT,
    published TEXT,                   -- ISO-8601 date or date-time
    published_raw TEXT,               -- the date as written or given
    published_source TEXT CHECK (published_source IN
        ('explicit', 'sources_json', 'front_matter', 'json_ld', 'html_meta', 'text', 'url', 'dateline', 'byline')),
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
    language TEXT,                    -- ISO 639-1 code detected from the text ('und': could not tell)
    CHECK ((version = 1) = (replaces_id IS NULL))
);
INSERT INTO articles_new (id, title, outlet, url, author, published, published_raw, published_source, modified, file,
    source_key, format, encoding, content_hash, text, chars, version, replaces_id, ingested_at)
SELECT id, title, outlet, url, author, published, published_raw, published_source, modified, file,
    source_key, format, encoding, content_hash, text, chars, version, replaces_id, ingested_at
FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;

CREATE INDEX articles_source_key ON articles(source_key);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_url ON articles(url);

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

-- Each quote's text, sliced out of its article.
CREATE VIEW quote_texts AS
SELECT q.id, substr(a.text, q.start + 1, q."end" - q.start) AS text
FROM quotes q JOIN articles a ON a.id = q.article_id;

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
    INSERT INTO quotes_fts(rowid, text)
    SELECT new.id, substr(text, new.start + 1, new."end" - new.start) FROM articles WHERE id = new.article_id;
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text)
    SELECT 'delete', old.id, substr(text, old.start + 1, old."end" - old.start) FROM articles WHERE id = old.article_id;
END;

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

-- MARK: - Claims: frames

-- What each figure measures (see ClaimFrame): the entity counted, what happened to it, the
-- modifiers that narrow it, the period or target, the place and the actors named with it, and
-- the measure key two claims share exactly when they measure the same quantity.
ALTER TABLE claims ADD COLUMN entity TEXT;
ALTER TABLE claims ADD COLUMN event TEXT;
ALTER TABLE claims ADD COLUMN modifiers TEXT;     -- comma-separated, sorted; NULL when none
ALTER TABLE claims ADD COLUMN place TEXT;
ALTER TABLE claims ADD COLUMN actors TEXT;        -- names joined by '; ', in the sentence's order
ALTER TABLE claims ADD COLUMN scope TEXT;
ALTER TABLE claims ADD COLUMN counted TEXT;       -- the words the entity was read from, as written
ALTER TABLE claims ADD COLUMN measure_key TEXT;
CREATE INDEX claims_measure_key ON claims(measure_key) WHERE measure_key IS NOT NULL;
