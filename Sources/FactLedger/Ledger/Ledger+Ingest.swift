import Foundation
import GRDB

/// What ingest did with one article.
public struct IngestOutcome: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// First time this text is seen.
        case new
        /// The same text is already in the ledger.
        case unchanged
        /// A new version of an article already in the ledger (same URL or path, different text).
        case updated
    }

    public var status: Status
    public var articleId: Int64
    public var file: String
    public var quotes: Int
    public var claims: Int
    /// For unchanged articles found under another name, or updated ones: which article.
    public var relatedArticleId: Int64?
}

extension Ledger {
    /// Records extracted articles: one transaction for the batch, a savepoint per article, so an
    /// article that fails leaves nothing behind and the others are still written.
    ///
    /// A failure of the ledger itself (disk full, locked) aborts the whole batch and is thrown.
    public func record(_ batch: [(Article, Extraction)]) throws -> [Result<IngestOutcome, any Error>] {
        try write { db in
            // Index the batch's text in one statement per FTS table (see `fts_deferred` in the schema).
            let before = try (
                db.one(Int64.self, "SELECT coalesce(max(id), 0) FROM articles") ?? 0,
                db.one(Int64.self, "SELECT coalesce(max(id), 0) FROM claims") ?? 0
            )
            try db.run("INSERT OR IGNORE INTO fts_deferred (id) VALUES (1)")
            try db.run("CREATE TEMP TABLE IF NOT EXISTS quote_fts_pending (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
            defer { try? db.run("DELETE FROM fts_deferred") }
            var results: [Result<IngestOutcome, any Error>] = []
            let speakers = SpeakerDirectory.Cache()
            for (article, extraction) in batch {
                var outcome: IngestOutcome?
                do {
                    try db.inSavepoint {
                        outcome = try Self.record(article, extraction, in: db, speakers: speakers)
                        return .commit
                    }
                    results.append(.success(outcome!))
                } catch let error as DatabaseError where Self.isFatal(error) {
                    throw error
                } catch {
                    // The rolled-back article may have created speakers the cache remembers.
                    speakers.resolved.removeAll()
                    results.append(.failure(LedgerError.from(error, path: path)))
                }
            }
            try db.run(
                "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id > ?", [before.0])
            // Rows of rolled-back articles left with their savepoints.
            try db.run("INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM temp.quote_fts_pending")
            try db.run("DELETE FROM temp.quote_fts_pending")
            try db.run(
                "INSERT INTO claims_fts (rowid, subject, context) SELECT id, subject, context FROM claims WHERE id > ?",
                [before.1])
            try db.run("DELETE FROM fts_deferred")
            return results
        }
    }

    /// Records one extracted article in its own transaction.
    public func record(_ article: Article, _ extraction: Extraction) throws -> IngestOutcome {
        let results = try record([(article, extraction)])
        return try results[0].get()
    }

    private static func isFatal(_ error: DatabaseError) -> Bool {
        [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CORRUPT, .SQLITE_READONLY, .SQLITE_NOMEM]
            .contains(error.resultCode)
    }

    // MARK: - Writes

    static func record(
        _ article: Article, _ extraction: Extraction, in db: Database, speakers: SpeakerDirectory.Cache = .init()
    ) throws -> IngestOutcome {
        let hash = article.contentHash
        let key = sourceKey(for: article, hash: hash)
        struct Version {
            var id: Int64
            var sourceKey: String
            var contentHash: String
            var version: Int
        }
        let current = try db.rows(
            """
            SELECT id, source_key, content_hash, version FROM articles a
            WHERE (content_hash = ? OR source_key = ?) AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)
            ORDER BY id
            """, [hash, key]
        ).map { Version(id: $0[0], sourceKey: $0[1], contentHash: $0[2], version: $0[3]) }
        // Unchanged: this source's current text, or the same text already stored under another name
        // (unless this source has a version of its own, which the new text then replaces).
        let ownVersion = current.first { $0.sourceKey == key }
        let same =
            ownVersion != nil
            ? ownVersion.flatMap { $0.contentHash == hash ? $0 : nil } : current.first { $0.contentHash == hash }
        if let same {
            let counts = try counts(articleId: same.id, db: db)
            return IngestOutcome(
                status: .unchanged, articleId: same.id, file: article.file, quotes: counts.0,
                claims: counts.1, relatedArticleId: same.sourceKey == key ? nil : same.id)
        }
        let previous = ownVersion
        let m = article.metadata
        try db.run(
            """
            INSERT INTO articles (title, outlet, url, author, published, published_raw, published_source, modified, file,
                source_key, format, encoding, content_hash, text, chars, version, replaces_id, ingested_at, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                m.title, m.outlet, m.url, m.author, m.published, m.publishedRaw, m.publishedSource?.rawValue, m.modified,
                article.file, key, article.format.rawValue, article.encoding.rawValue, hash, article.text,
                article.text.unicodeScalars.count, (previous?.version ?? 0) + 1, previous?.id, now(), extraction.language,
            ])
        let articleId = db.lastInsertedRowID
        for warning in article.warnings + extraction.diagnostics.filter({ $0.severity == .warning }).map(\.message) {
            try db.run("INSERT INTO article_warnings (article_id, message) VALUES (?, ?)", [articleId, warning])
        }
        try ExtractionWriter(db: db, articleId: articleId, published: m.published, speakers: speakers).write(extraction)
        return IngestOutcome(
            status: previous == nil ? .new : .updated, articleId: articleId, file: article.file,
            quotes: extraction.quotes.count, claims: extraction.claims.count,
            relatedArticleId: previous?.id)
    }

    static func counts(articleId: Int64, db: Database) throws -> (Int, Int) {
        let q = try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes WHERE article_id = ?", arguments: [articleId]) ?? 0
        let c = try Int.fetchOne(db, sql: "SELECT count(*) FROM claims WHERE article_id = ?", arguments: [articleId]) ?? 0
        return (q, c)
    }

    /// What versions of an article share: its URL (normalised), else its file's absolute path;
    /// text from stdin without a URL is keyed by its hash, so it never replaces anything.
    static func sourceKey(for article: Article, hash: String) -> String {
        if let url = article.metadata.url, let normalised = normaliseURL(url) { return "url:" + normalised }
        if article.file == "-" { return "stdin:" + hash }
        let absolute = URL(fileURLWithPath: article.file).standardizedFileURL.path
        return "file:" + absolute
    }

    /// Lower-cased scheme and host, no fragment, no tracking parameters, no trailing slash.
    static func normaliseURL(_ url: String) -> String? {
        guard var parts = URLComponents(string: url.trimmingCharacters(in: .whitespaces)), parts.host != nil else {
            return url.isEmpty ? nil : url
        }
        parts.scheme = parts.scheme?.lowercased()
        parts.host = parts.host?.lowercased()
        parts.fragment = nil
        if let items = parts.queryItems {
            let kept = items.filter { !$0.name.lowercased().hasPrefix("utm_") && !["fbclid", "gclid"].contains($0.name) }
            parts.queryItems = kept.isEmpty ? nil : kept
        }
        var s = parts.string ?? url
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }
}
