-- 007: a title read from the text for an article whose metadata has none (`Article/TextTitle.swift`),
-- kept apart from `title`, so a re-ingest never reads it as a metadata correction. Filled for
-- existing articles by the migration's Swift step.
ALTER TABLE articles ADD COLUMN text_title TEXT;
