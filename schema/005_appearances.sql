-- Every place a text appeared: its own source, and each copy of the same text under another URL,
-- outlet or file (a wire story). The cross-checker still reads one article; reports and
-- ClaimReview list every appearance.
CREATE TABLE article_appearances (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    source_key TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    published TEXT,
    author TEXT,
    title TEXT,
    file TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    UNIQUE (article_id, source_key)
);
CREATE INDEX article_appearances_article ON article_appearances (article_id);

INSERT INTO article_appearances (article_id, source_key, url, outlet, published, author, title, file, seen_at)
SELECT id, source_key, url, outlet, published, author, title, file, ingested_at FROM articles;
