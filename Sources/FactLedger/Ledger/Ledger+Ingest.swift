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
    /// Where the text was stored as (its URL, else its path), to tell texts under one URL apart.
    public var sourceKey: String = ""
    public var contentHash: String = ""
    /// What the user should know about this file (another outlet's URL, an earlier version).
    public var warnings: [String] = []
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

    /// Corrects an article's metadata without its file (`article ID --set-published …`): a new
    /// version of the same text with the corrected fields, re-extracted so its figures are dated
    /// by them; the old version keeps the old values. Only the current version can be corrected.
    public func correct(
        articleId: Int64, outlet: String? = nil, title: String? = nil, author: String? = nil, published: String? = nil
    ) throws -> IngestOutcome {
        let stored = try read { db -> (Article, Int64?)? in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT a.file, a.format, a.text, a.source_key, a.url, a.outlet, a.author, a.title, a.published,
                               a.published_raw, a.published_source, a.modified,
                               (SELECT n.id FROM articles n WHERE n.replaces_id = a.id) AS newer
                        FROM articles a WHERE a.id = ?
                        """, arguments: [articleId])
            else { return nil }
            let metadata = Self.storedMetadata(row)
            var article = Article(
                file: row["file"], format: ArticleFormat(rawValue: row["format"]) ?? .text, metadata: metadata, text: row["text"])
            article.sourceKey = row["source_key"]
            return (article, row["newer"])
        }
        guard let (original, newer) = stored else { throw LedgerError.notFound("no article with id \(articleId)") }
        if let newer { throw LedgerError.invalid("article \(articleId) has a newer version, \(newer): correct that one") }
        var article = original
        if let outlet { article.metadata.outlet = outlet }
        if let title { article.metadata.title = title }
        if let author { article.metadata.author = author }
        if let published, !article.metadata.setPublished(published, source: .explicit) {
            throw LedgerError.invalid("cannot read the date '\(published)' (use YYYY-MM-DD)")
        }
        let outcome = try record(article, Extractor().extract(article))
        guard outcome.status != .unchanged else { return outcome }
        let fields = [("outlet", outlet), ("title", title), ("author", author), ("published", published)].filter { $0.1 != nil }
            .map(\.0)
        try write { db in
            let before = try db.one(String.self, "SELECT corrected_fields FROM articles WHERE id = ?", [outcome.articleId])
            let all = Set((before ?? "").split(separator: ",").map(String.init)).union(fields).sorted()
            try db.run("UPDATE articles SET corrected_fields = ? WHERE id = ?", [all.joined(separator: ","), outcome.articleId])
        }
        return outcome
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
        var key = sourceKey(for: article, hash: hash)
        var warnings: [String] = []
        struct Version {
            var id: Int64
            var sourceKey: String
            var contentHash: String
            var version: Int
            var outlet: String?
            var stated: String?
        }
        func currentVersions() throws -> [Version] {
            try db.rows(
                """
                SELECT id, source_key, content_hash, version, outlet, coalesce(modified, published) FROM articles a
                WHERE (content_hash = ? OR source_key = ?) AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)
                ORDER BY id
                """, [hash, key]
            ).map { Version(id: $0[0], sourceKey: $0[1], contentHash: $0[2], version: $0[3], outlet: $0[4], stated: $0[5]) }
        }
        var current = try currentVersions()
        // Another outlet's article under this URL: a separate article, never a replacement.
        if let own = current.first(where: { $0.sourceKey == key }), own.contentHash != hash,
            VersionOrder.areDifferentOutlets(own.outlet, article.metadata.outlet), let outlet = article.metadata.outlet
        {
            warnings.append(
                "'\(article.file)' gives the URL of an article from \(own.outlet ?? "another outlet") (article \(own.id)) "
                    + "with another text and outlet (\(outlet)): stored as a separate article")
            key = VersionOrder.separateKey(key, outlet: outlet)
            current = try currentVersions()
        }
        // Unchanged: this source's current text, or the same text already stored under another name
        // (unless this source has a version of its own, which the new text then replaces).
        let ownVersion = current.first { $0.sourceKey == key }
        let stated = VersionOrder.statedTime(article.metadata)
        if let own = ownVersion, own.contentHash != hash,
            let earlier = try db.one(
                Int64.self, "SELECT id FROM articles WHERE source_key = ? AND content_hash = ? ORDER BY id DESC LIMIT 1",
                [key, hash]),
            !VersionOrder.isStatedNewer(stated, than: own.stated)
        {
            // A text this URL had before: not added again (two files giving one URL would otherwise
            // add two versions on every run).
            let counts = try counts(articleId: earlier, db: db)
            return IngestOutcome(
                status: .unchanged, articleId: earlier, file: article.file, quotes: counts.0, claims: counts.1,
                relatedArticleId: own.id, sourceKey: key, contentHash: hash,
                warnings: ["'\(article.file)' is an earlier version (article \(earlier)); article \(own.id) stays current"])
        }
        let same =
            ownVersion != nil
            ? ownVersion.flatMap { $0.contentHash == hash ? $0 : nil } : current.first { $0.contentHash == hash }
        var extraction = extraction
        var m = article.metadata
        if let same {
            // The same text with corrected metadata (a new date, outlet, title or author from front
            // matter, sources.json or --published) is a new version: the old one keeps the old values.
            guard same.sourceKey == key,
                let corrected = try metadataCorrection(
                    of: same.id, by: article.metadata, fromLedger: article.sourceKey != nil, db: db)
            else {
                // A copy of a stored text (a wire story under another URL or outlet): one more appearance.
                if same.sourceKey != key { try recordAppearance(of: same.id, article, key: key, db: db) }
                let counts = try counts(articleId: same.id, db: db)
                return IngestOutcome(
                    status: .unchanged, articleId: same.id, file: article.file, quotes: counts.0,
                    claims: counts.1, relatedArticleId: same.sourceKey == key ? nil : same.id, sourceKey: key,
                    contentHash: hash, warnings: warnings)
            }
            if corrected != article.metadata {
                // Fields the new reading lacks keep their stored values, and figures are dated by them.
                var merged = article
                merged.metadata = corrected
                extraction = Extractor().extract(merged)
            }
            m = corrected
        }
        let previous = ownVersion
        try db.run(
            """
            INSERT INTO articles (title, outlet, url, author, published, published_raw, published_source, modified, file,
                source_key, format, encoding, content_hash, text, chars, version, replaces_id, ingested_at, language,
                corrected_fields, text_title)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                (SELECT corrected_fields FROM articles WHERE id = ?), ?)
            """,
            [
                m.title, m.outlet, m.url, m.author, m.published, m.publishedRaw, m.publishedSource?.rawValue, m.modified,
                article.file, key, article.format.rawValue, article.encoding.rawValue, hash, article.text,
                article.text.unicodeScalars.count, (previous?.version ?? 0) + 1, previous?.id, now(), extraction.language,
                previous?.id, m.title == nil ? TextTitle.from(article.text) : nil,
            ])
        let articleId = db.lastInsertedRowID
        var own = article
        own.metadata = m
        try recordAppearance(of: articleId, own, key: key, db: db)
        for warning in article.warnings + extraction.diagnostics.filter({ $0.severity == .warning }).map(\.message) {
            try db.run("INSERT INTO article_warnings (article_id, message) VALUES (?, ?)", [articleId, warning])
        }
        try ExtractionWriter(db: db, articleId: articleId, published: m.published, speakers: speakers).write(extraction)
        if let previous, VersionOrder.isStatedOlder(VersionOrder.statedTime(m), than: previous.stated) {
            // An old copy read after a correction: stored as the version before it, which stays current.
            try VersionOrder.moveBefore(articleId, previous: previous.id, db: db)
            warnings.append(
                "'\(article.file)' is stated older (\(VersionOrder.statedTime(m) ?? "")) than article \(previous.id) "
                    + "(\(previous.stated ?? "")): stored as its earlier version; article \(previous.id) stays current")
        }
        return IngestOutcome(
            status: previous == nil ? .new : .updated, articleId: articleId, file: article.file,
            quotes: extraction.quotes.count, claims: extraction.claims.count,
            relatedArticleId: previous?.id, sourceKey: key, contentHash: hash, warnings: warnings)
    }

    /// An article row's metadata columns (`url`, `outlet`, `author`, `title`, `published…`, `modified`).
    static func storedMetadata(_ row: Row) -> ArticleMetadata {
        ArticleMetadata(
            url: row["url"], outlet: row["outlet"], author: row["author"], title: row["title"], published: row["published"],
            publishedRaw: row["published_raw"],
            publishedSource: (row["published_source"] as String?).flatMap(MetadataSource.init),
            modified: row["modified"])
    }

    /// Notes that `article`'s text appeared at its source (`key`); once per article and source.
    static func recordAppearance(of articleId: Int64, _ article: Article, key: String, db: Database) throws {
        let m = article.metadata
        try db.run(
            """
            INSERT OR IGNORE INTO article_appearances (article_id, source_key, url, outlet, published, author, title, file, seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [articleId, key, m.url, m.outlet, m.published, m.author, m.title, article.file, now()])
    }

    /// The stored metadata of `articleId` with the fields `metadata` sets taken from it, when that
    /// changes its title, outlet, author or published date; nil when nothing changes. A published
    /// date replaces the stored one only from a source trusted as much (`MetadataSource.rank`), and
    /// a field a reviewer corrected (`corrected_fields`) only by another correction (`fromLedger`).
    static func metadataCorrection(
        of articleId: Int64, by metadata: ArticleMetadata, fromLedger: Bool, db: Database
    ) throws -> ArticleMetadata? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT url, outlet, author, title, published, published_raw, published_source, modified, corrected_fields
                    FROM articles WHERE id = ?
                    """,
                arguments: [articleId])
        else { return nil }
        let stored = storedMetadata(row)
        var given = metadata
        // Fields a reviewer corrected in the ledger are not overridden by the file read again.
        if !fromLedger {
            let protected = Set(((row["corrected_fields"] as String?) ?? "").split(separator: ",").map(String.init))
            if protected.contains("outlet") { given.outlet = nil }
            if protected.contains("title") { given.title = nil }
            if protected.contains("author") { given.author = nil }
            if protected.contains("published") { given.published = nil }
        }
        // A date found in the text does not replace one a user gave (`--published`, sources.json).
        if given.published != nil, let a = stored.publishedSource, (given.publishedSource?.rank ?? 0) < a.rank {
            given.published = nil
        }
        let merged = stored.overridden(by: given)
        let changed =
            merged.outlet != stored.outlet || merged.author != stored.author || merged.title != stored.title
            || merged.published != stored.published
        return changed ? merged : nil
    }

    static func counts(articleId: Int64, db: Database) throws -> (Int, Int) {
        let q = try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes WHERE article_id = ?", arguments: [articleId]) ?? 0
        let c = try Int.fetchOne(db, sql: "SELECT count(*) FROM claims WHERE article_id = ?", arguments: [articleId]) ?? 0
        return (q, c)
    }

    /// What versions of an article share: its URL (normalised), else its file's absolute path;
    /// text from stdin without a URL is keyed by its hash, so it never replaces anything.
    static func sourceKey(for article: Article, hash: String) -> String {
        if let key = article.sourceKey { return key }
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
