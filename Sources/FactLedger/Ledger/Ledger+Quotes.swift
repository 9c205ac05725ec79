import GRDB

/// A quote as `quotes` lists it, with its speaker and article.
public struct QuoteListing: Hashable, Sendable {
    public var id: Int64
    public var text: String
    public var kind: String
    public var cue: String?
    public var speakerId: Int64?
    public var speaker: String?
    public var speakerAsWritten: String?
    public var articleId: Int64
    public var file: String
    public var outlet: String?
    public var published: String?
    public var title: String?
    public var url: String?
    public var start: Int
    public var end: Int
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var clauseStart: Int?
    public var clauseEnd: Int?
    public var utterance: Int

    /// The `quotes --json` object; its keys are a contract.
    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("text", .string(text)), ("speaker", .from(speaker)), ("speaker_id", .from(speakerId)),
            ("speaker_as_written", .from(speakerAsWritten)), ("kind", .string(kind)), ("cue", .from(cue)),
            ("article_id", .int(articleId)), ("file", .string(file)), ("outlet", .from(outlet)), ("published", .from(published)),
            ("title", .from(title)), ("url", .from(url)), ("start", .int(Int64(start))), ("end", .int(Int64(end))),
            ("speaker_start", .from(speakerStart)), ("speaker_end", .from(speakerEnd)),
            ("clause_start", .from(clauseStart)), ("clause_end", .from(clauseEnd)), ("utterance", .int(Int64(utterance))),
        ])
    }
}

/// What to list with `quotes`.
public struct QuoteFilter: Sendable {
    public var speaker: String?
    public var articleId: Int64?
    public var outlet: String?
    public var since: String?
    public var search: String?
    public var limit: Int?
    public var includeOldVersions = false

    public init(
        speaker: String? = nil, articleId: Int64? = nil, outlet: String? = nil, since: String? = nil,
        search: String? = nil, limit: Int? = nil
    ) {
        self.speaker = speaker
        self.articleId = articleId
        self.outlet = outlet
        self.since = since
        self.search = search
        self.limit = limit
    }
}

extension Ledger {
    /// Quotes matching the filter, in article order (ids are given in article order, so ordering
    /// by id lets SQLite stop at the limit instead of sorting every match). `speaker` matches
    /// canonical names and aliases ignoring case and diacritics, a surname alone included;
    /// `search` uses the FTS5 index.
    public func quotes(_ filter: QuoteFilter = QuoteFilter()) throws -> [QuoteListing] {
        try read { db in
            guard let (sql, arguments) = try Self.quoteQuery(filter, db: db) else { return [] }
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let slicer = ArticleSlicer(db)
            return try rows.map { row in
                QuoteListing(
                    id: row["id"],
                    text: try slicer.text(row["text"], article: row["article_id"], start: row["start"], end: row["end"]),
                    kind: row["kind"], cue: row["cue"], speakerId: row["speaker_id"],
                    speaker: row["speaker_name"], speakerAsWritten: row["speaker_as_written"], articleId: row["article_id"],
                    file: row["file"], outlet: row["outlet"], published: row["published"], title: row["title"], url: row["url"],
                    start: row["start"], end: row["end"], speakerStart: row["speaker_start"], speakerEnd: row["speaker_end"],
                    clauseStart: row["clause_start"], clauseEnd: row["clause_end"], utterance: row["utterance"])
            }
        }
    }

    /// The SQL for `quotes(_:)`; nil when the filter names a speaker nobody is.
    static func quoteQuery(_ filter: QuoteFilter, db: Database) throws -> (String, StatementArguments)? {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var from = "quotes q", order = "q.id"
        if let search = filter.search {
            // The FTS index drives the join in id order, so SQLite stops at the limit instead
            // of collecting every match first (2 ms instead of 60 on 1.8M quotes).
            (from, order) = ("quotes_fts f JOIN quotes q ON q.id = f.rowid", "f.rowid")
            conditions.append("quotes_fts MATCH ?")
            arguments += [FTSQuery.make(search)]
        }
        if !filter.includeOldVersions, filter.articleId == nil {
            conditions.append("NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)")
        }
        if let name = filter.speaker {
            let ids = try Self.speakerIds(matching: name, db: db)
            if ids.isEmpty { return nil }
            conditions.append("q.speaker_id IN (\(ids.map(String.init).joined(separator: ",")))")
        }
        if let id = filter.articleId {
            conditions.append("q.article_id = ?")
            arguments += [id]
        }
        if let outlet = filter.outlet {
            conditions.append("a.outlet LIKE ? ESCAPE '\\'")
            arguments += [SQLPattern.contains(outlet)]
        }
        if let since = filter.since {
            conditions.append("a.published >= ?")
            arguments += [since]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
        let sql = """
            SELECT q.*, \(ArticleSlicer.sql(start: "q.start", end: "q.\"end\"")) AS text, s.name AS speaker_name, a.file,
                   a.outlet, a.published, COALESCE(a.title, a.text_title) AS title, a.url
            FROM \(from) JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id
            \(whereClause) ORDER BY \(order)\(limit)
            """
        return (sql, arguments)
    }

    /// Ids of speakers a name denotes: by canonical name or alias (folded), else by surname alone.
    static func speakerIds(matching name: String, db: Database) throws -> [Int64] {
        let key = NameKey.fold(name)
        guard !key.isEmpty else { return [] }
        var ids = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM speakers WHERE key = ? UNION SELECT speaker_id FROM speaker_aliases WHERE key = ? AND source <> 'rejected'
                """, arguments: [key, key])
        // `Mr Röttgen`: without the title.
        let untitled = NameKey.fold(NameParts(name).words.joined(separator: " "))
        if ids.isEmpty, untitled != key {
            ids = try Int64.fetchAll(
                db,
                sql:
                    "SELECT id FROM speakers WHERE key = ? UNION SELECT speaker_id FROM speaker_aliases WHERE key = ? AND source <> 'rejected'",
                arguments: [untitled, untitled])
        }
        if ids.isEmpty, !untitled.contains(" ") {
            ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM speakers WHERE surname_key = ? AND merged_into_id IS NULL",
                arguments: [NameParts.transliterationKey(untitled)])
        }
        // Follow merges to the surviving speaker, and include those merged into it.
        var result = Set<Int64>()
        for id in ids {
            var current = id
            while let next = try Int64.fetchOne(db, sql: "SELECT merged_into_id FROM speakers WHERE id = ?", arguments: [current])
            {
                current = next
            }
            result.insert(current)
        }
        return result.sorted()
    }
}

/// User text made safe for an FTS5 MATCH: each word quoted, so punctuation cannot break the query.
enum FTSQuery {
    static func make(_ text: String) -> String {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }.joined(separator: " ")
    }
}
