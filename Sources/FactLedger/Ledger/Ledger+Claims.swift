import GRDB

/// A claim as `claims` lists it, with its sentence, speaker and article.
public struct ClaimListing: Hashable, Sendable {
    public var id: Int64
    public var text: String
    public var sentence: String
    public var value: Double
    public var lower: Double?
    public var upper: Double?
    public var lowerInclusive: Bool
    public var upperInclusive: Bool
    public var qualifier: String?
    public var kind: String
    public var unit: String?
    public var subject: String?
    public var context: String?
    public var speakerId: Int64?
    public var speaker: String?
    public var speakerAsWritten: String?
    /// The resolved speaker's kind (`person`, `organisation`), when there is one.
    public var speakerKind: String? = nil
    public var quoteId: Int64?
    public var eventDate: String?
    public var eventDateBasis: String?
    public var articleId: Int64
    public var file: String
    public var outlet: String?
    public var published: String?
    public var title: String?
    /// The title was read from the text (`TextTitle`), not given by the metadata.
    public var titleFromText: Bool = false
    public var url: String?
    public var start: Int
    public var end: Int
    public var sentenceStart: Int
    public var sentenceEnd: Int
    public var convertsClaimId: Int64?
    /// What the figure measures.
    public var frame = ClaimFrame()
    /// The article's language (ISO 639-1).
    public var language: String?

    /// The `claims --json` object; its keys are a contract.
    public var json: JSONValue {
        .object(
            [
                ("id", .int(id)), ("text", .string(text)), ("sentence", .string(sentence)), ("value", .double(value)),
                ("lower", .from(lower)), ("upper", .from(upper)), ("lower_inclusive", .bool(lowerInclusive)),
                ("upper_inclusive", .bool(upperInclusive)), ("qualifier", .from(qualifier)), ("kind", .string(kind)),
                ("unit", .from(unit)),
                ("subject", .from(subject)), ("context", .from(context)), ("speaker", .from(speaker)),
                ("speaker_id", .from(speakerId)),
                ("speaker_as_written", .from(speakerAsWritten)), ("quote_id", .from(quoteId)), ("event_date", .from(eventDate)),
                ("event_date_basis", .from(eventDateBasis)), ("article_id", .int(articleId)), ("file", .string(file)),
                ("outlet", .from(outlet)), ("published", .from(published)), ("title", .from(title)), ("url", .from(url)),
                ("start", .int(Int64(start))), ("end", .int(Int64(end))), ("sentence_start", .int(Int64(sentenceStart))),
                ("sentence_end", .int(Int64(sentenceEnd))), ("converts_claim_id", .from(convertsClaimId)),
            ] + ExtractionReport.frameJSON(frame) + [("language", .from(language))])
    }
}

/// What to list with `claims`.
public struct ClaimFilter: Sendable {
    public var about: String?
    public var articleId: Int64?
    public var speaker: String?
    public var unit: String?
    /// One measure's claims (`ClaimFrame.measureKey`, as `claims --json` prints it).
    public var measure: String?
    public var limit: Int?

    public init(
        about: String? = nil, articleId: Int64? = nil, speaker: String? = nil, unit: String? = nil, measure: String? = nil,
        limit: Int? = nil
    ) {
        self.about = about
        self.articleId = articleId
        self.speaker = speaker
        self.unit = unit
        self.measure = measure
        self.limit = limit
    }
}

extension Ledger {
    /// Claims matching the filter, in article order; `about` searches subjects and context words (FTS5).
    public func claims(_ filter: ClaimFilter = ClaimFilter()) throws -> [ClaimListing] {
        try read { db in
            guard let (sql, arguments) = try Self.claimQuery(filter, db: db) else { return [] }
            return try Self.claimListings(db, sql: sql, arguments: arguments)
        }
    }

    /// The SQL for `claims(_:)`; nil when the filter names a speaker nobody is.
    static func claimQuery(_ filter: ClaimFilter, db: Database) throws -> (String, StatementArguments)? {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var from = "claims c", order = "c.id"
        if let about = filter.about {
            // As in `quoteQuery`: the FTS index drives the join in id order.
            (from, order) = ("claims_fts f JOIN claims c ON c.id = f.rowid", "f.rowid")
            conditions.append("claims_fts MATCH ?")
            arguments += [FTSQuery.make(about)]
        }
        if filter.articleId == nil { conditions.append("NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)") }
        if let id = filter.articleId {
            conditions.append("c.article_id = ?")
            arguments += [id]
        }
        if let unit = filter.unit {
            conditions.append("(c.unit = ? COLLATE NOCASE OR c.kind = ? COLLATE NOCASE)")
            arguments += [unit, unit]
        }
        if let measure = filter.measure {
            conditions.append("c.measure_key = ?")
            arguments += [measure]
        }
        if let name = filter.speaker {
            let ids = try Self.speakerIds(matching: name, db: db)
            if ids.isEmpty { return nil }
            conditions.append("c.speaker_id IN (\(ids.map(String.init).joined(separator: ",")))")
        }
        return (claimSQL(from: from, where: conditions, order: order, limit: filter.limit), arguments)
    }

    static func claimSQL(from: String = "claims c", where conditions: [String], order: String = "c.id", limit: Int? = nil)
        -> String
    {
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return """
            SELECT c.*, s.name AS speaker_name, s.kind AS speaker_kind, a.file, a.outlet, a.published, COALESCE(a.title, a.text_title) AS title,
                   a.title IS NULL AND a.text_title IS NOT NULL AS title_from_text, a.url, a.language,
                   \(ArticleSlicer.sql(start: "c.sentence_start", end: "c.sentence_end")) AS sentence_text
            FROM \(from) JOIN articles a ON a.id = c.article_id LEFT JOIN speakers s ON s.id = c.speaker_id
            \(whereClause) ORDER BY \(order)\(limit.map { " LIMIT \($0)" } ?? "")
            """
    }

    static func claimListings(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [ClaimListing] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        let slicer = ArticleSlicer(db)
        return try rows.map { try claimListing($0, slicer) }
    }

    static func claimListing(_ row: Row, _ slicer: ArticleSlicer) throws -> ClaimListing {
        var listing = ClaimListing(
            id: row["id"], text: row["text"],
            sentence: try slicer.text(
                row["sentence_text"], article: row["article_id"], start: row["sentence_start"], end: row["sentence_end"]),
            value: row["value"], lower: row["lower"],
            upper: row["upper"], lowerInclusive: row["lower_inclusive"], upperInclusive: row["upper_inclusive"],
            qualifier: row["qualifier"], kind: row["kind"], unit: row["unit"], subject: row["subject"], context: row["context"],
            speakerId: row["speaker_id"], speaker: row["speaker_name"], speakerAsWritten: row["speaker_as_written"],
            quoteId: row["quote_id"], eventDate: row["event_date"], eventDateBasis: row["event_date_basis"],
            articleId: row["article_id"], file: row["file"], outlet: row["outlet"], published: row["published"],
            title: row["title"], titleFromText: row["title_from_text"],
            url: row["url"], start: row["start"], end: row["end"], sentenceStart: row["sentence_start"],
            sentenceEnd: row["sentence_end"], convertsClaimId: row["converts_claim_id"],
            frame: ClaimFrame(
                entity: row["entity"], event: row["event"], modifiers: list(row["modifiers"], ","), place: row["place"],
                actors: list(row["actors"], "; "), scope: row["scope"], counted: row["counted"]),
            language: row["language"])
        listing.speakerKind = row["speaker_kind"]
        return listing
    }

    /// A stored list (`a,b`) as its items.
    private static func list(_ stored: String?, _ separator: String) -> [String] {
        stored.map { $0.components(separatedBy: separator).filter { !$0.isEmpty } } ?? []
    }
}
