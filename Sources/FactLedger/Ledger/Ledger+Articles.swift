import Foundation
import GRDB

/// One place a text appeared: its own source, or a copy of it under another URL, outlet or file.
public struct ArticleAppearance: Hashable, Sendable {
    public var url: String?
    public var outlet: String?
    public var published: String?
    public var author: String?
    public var title: String?
    public var file: String
    public var seenAt: String

    public var json: JSONValue {
        .object([
            ("url", .from(url)), ("outlet", .from(outlet)), ("published", .from(published)), ("author", .from(author)),
            ("title", .from(title)), ("file", .string(file)), ("seen_at", .string(seenAt)),
        ])
    }
}

/// An article as `articles` lists it.
public struct ArticleListing: Hashable, Sendable {
    public var id: Int64
    public var file: String
    public var url: String?
    public var outlet: String?
    public var author: String?
    public var title: String?
    public var published: String?
    public var publishedRaw: String?
    public var publishedSource: String?
    public var version: Int
    public var replacesId: Int64?
    public var isCurrent: Bool
    public var chars: Int
    public var quotes: Int
    public var claims: Int
    /// The language detected from the text (ISO 639-1; `und` when it could not be told).
    public var language: String?
    /// Every place this text appeared, first seen first (its own source included).
    public var appearances: [ArticleAppearance] = []
    /// Where `title` comes from: `metadata`, or `text` when it was read from the text (`TextTitle`).
    public var titleSource: String? = nil

    /// The `articles --json` object; its keys are a contract.
    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("file", .string(file)), ("url", .from(url)), ("outlet", .from(outlet)),
            ("author", .from(author)), ("title", .from(title)), ("published", .from(published)),
            ("published_raw", .from(publishedRaw)), ("published_source", .from(publishedSource)),
            ("version", .int(Int64(version))), ("replaces_id", .from(replacesId)), ("current", .bool(isCurrent)),
            ("chars", .int(Int64(chars))), ("quotes", .int(Int64(quotes))), ("claims", .int(Int64(claims))),
            ("language", .from(language)), ("appearances", .array(appearances.map(\.json))),
            ("title_source", .from(titleSource)),
        ])
    }
}

/// One article with its text and the problems met while reading it.
public struct ArticleDetail: Hashable, Sendable {
    public var listing: ArticleListing
    public var text: String
    public var format: String
    public var encoding: String
    public var contentHash: String
    public var ingestedAt: String
    public var modified: String?
    public var warnings: [String]

    public var json: JSONValue {
        guard case .object(var pairs) = listing.json else { return listing.json }
        pairs += [
            ("format", .string(format)), ("encoding", .string(encoding)), ("content_hash", .string(contentHash)),
            ("ingested_at", .string(ingestedAt)), ("modified", .from(modified)),
            ("warnings", .array(warnings.map(JSONValue.string))), ("text", .string(text)),
        ]
        return .object(pairs)
    }
}

extension Ledger {
    /// Articles, newest ingested first; by default only current versions.
    public func articles(outlet: String? = nil, includeOldVersions: Bool = false, limit: Int? = nil) throws -> [ArticleListing] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if !includeOldVersions { conditions.append("NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)") }
            if let outlet {
                conditions.append("a.outlet LIKE ? ESCAPE '\\'")
                arguments += [SQLPattern.contains(outlet)]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let limitClause = limit.map { " LIMIT \($0)" } ?? ""
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.listingColumns) FROM articles a \(whereClause) ORDER BY a.id\(limitClause)
                    """, arguments: arguments)
            var listings = rows.map(Self.listing)
            let appearances = try Self.appearances(of: listings.map(\.id), db: db)
            for k in listings.indices { listings[k].appearances = appearances[listings[k].id] ?? [] }
            return listings
        }
    }

    /// One article, or nil when there is none with that id.
    public func article(id: Int64) throws -> ArticleDetail? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(Self.listingColumns), a.text, a.format, a.encoding, a.content_hash, a.ingested_at, a.modified
                        FROM articles a WHERE a.id = ?
                        """, arguments: [id])
            else { return nil }
            let warnings = try String.fetchAll(
                db, sql: "SELECT message FROM article_warnings WHERE article_id = ? ORDER BY id",
                arguments: [id])
            var listing = Self.listing(row)
            listing.appearances = try Self.appearances(of: [id], db: db)[id] ?? []
            return ArticleDetail(
                listing: listing, text: row["text"], format: row["format"],
                encoding: row["encoding"], contentHash: row["content_hash"],
                ingestedAt: row["ingested_at"], modified: row["modified"], warnings: warnings)
        }
    }

    /// The appearances of each of `ids`, first seen first.
    static func appearances(of ids: [Int64], db: Database) throws -> [Int64: [ArticleAppearance]] {
        var out: [Int64: [ArticleAppearance]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min(ids.count, $0 + 500)]) }) {
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT article_id, url, outlet, published, author, title, file, seen_at FROM article_appearances
                    WHERE article_id IN (\(chunk.map { _ in "?" }.joined(separator: ","))) ORDER BY article_id, seen_at, id
                    """, arguments: StatementArguments(chunk))
            for row in rows {
                out[row["article_id"], default: []].append(
                    ArticleAppearance(
                        url: row["url"], outlet: row["outlet"], published: row["published"], author: row["author"],
                        title: row["title"], file: row["file"], seenAt: row["seen_at"]))
            }
        }
        return out
    }

    /// Counts for summaries: current articles, distinct outlets, quotes and claims in them.
    public func totals() throws -> LedgerTotals {
        try read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM current_articles) AS articles,
                           (SELECT count(DISTINCT outlet) FROM current_articles) AS outlets,
                           (SELECT count(*) FROM quotes q JOIN current_articles a ON a.id = q.article_id) AS quotes,
                           (SELECT count(*) FROM claims c JOIN current_articles a ON a.id = c.article_id) AS claims,
                           (SELECT count(*) FROM speakers WHERE merged_into_id IS NULL) AS speakers
                    """)!
            return LedgerTotals(
                articles: row["articles"], outlets: row["outlets"], quotes: row["quotes"],
                claims: row["claims"], speakers: row["speakers"])
        }
    }

    private static let listingColumns = """
        a.id, a.file, a.url, a.outlet, a.author, COALESCE(a.title, a.text_title) AS title,
        CASE WHEN a.title IS NOT NULL THEN 'metadata' WHEN a.text_title IS NOT NULL THEN 'text' END AS title_source,
        a.published, a.published_raw, a.published_source,
        a.version, a.replaces_id, a.chars, a.language,
        NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id) AS is_current,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
        (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
        """

    private static func listing(_ row: Row) -> ArticleListing {
        ArticleListing(
            id: row["id"], file: row["file"], url: row["url"], outlet: row["outlet"], author: row["author"],
            title: row["title"], published: row["published"], publishedRaw: row["published_raw"],
            publishedSource: row["published_source"], version: row["version"], replacesId: row["replaces_id"],
            isCurrent: row["is_current"], chars: row["chars"], quotes: row["quotes"], claims: row["claims"],
            language: row["language"], titleSource: row["title_source"])
    }
}

/// Ledger-wide counts.
public struct LedgerTotals: Hashable, Sendable {
    public var articles: Int
    public var outlets: Int
    public var quotes: Int
    public var claims: Int
    public var speakers: Int
}

/// LIKE patterns with user text escaped.
enum SQLPattern {
    static func contains(_ text: String) -> String {
        "%" + escape(text) + "%"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
