import Foundation
import GRDB

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

    /// The `articles --json` object; its keys are a contract.
    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("file", .string(file)), ("url", .from(url)), ("outlet", .from(outlet)),
            ("author", .from(author)), ("title", .from(title)), ("published", .from(published)),
            ("published_raw", .from(publishedRaw)), ("published_source", .from(publishedSource)),
            ("version", .int(Int64(version))), ("replaces_id", .from(replacesId)), ("current", .bool(isCurrent)),
            ("chars", .int(Int64(chars))), ("quotes", .int(Int64(quotes))), ("claims", .int(Int64(claims))),
            ("language", .from(language)),
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
            return rows.map(Self.listing)
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
            return ArticleDetail(
                listing: Self.listing(row), text: row["text"], format: row["format"],
                encoding: row["encoding"], contentHash: row["content_hash"],
                ingestedAt: row["ingested_at"], modified: row["modified"], warnings: warnings)
        }
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
        a.id, a.file, a.url, a.outlet, a.author, a.title, a.published, a.published_raw, a.published_source,
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
            language: row["language"])
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
