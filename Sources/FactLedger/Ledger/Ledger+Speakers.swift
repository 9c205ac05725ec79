import GRDB

/// A speaker as `speakers` lists it.
public struct SpeakerListing: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var kind: String
    public var role: String?
    public var speaksFor: String?
    public var aliases: [String]
    public var quotes: Int
    public var claims: Int

    /// The `speakers --json` object; its keys are a contract.
    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("name", .string(name)), ("kind", .string(kind)), ("role", .from(role)),
            ("speaks_for", .from(speaksFor)), ("aliases", .array(aliases.map(JSONValue.string))),
            ("quotes", .int(Int64(quotes))), ("claims", .int(Int64(claims))),
        ])
    }
}

extension Ledger {
    /// Speakers (merged ones excluded), most quoted first.
    public func speakers(matching name: String? = nil) throws -> [SpeakerListing] {
        try read { db in
            var condition = "s.merged_into_id IS NULL"
            if let name {
                let ids = try Self.speakerIds(matching: name, db: db)
                condition += " AND s.id IN (\(ids.isEmpty ? "NULL" : ids.map(String.init).joined(separator: ",")))"
            }
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM speakers s WHERE \(condition)
                    ORDER BY (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) DESC, s.name
                    """)
            return try ids.map { try Self.listing($0, db: db) }
        }
    }
}
