import GRDB

/// A flag with its claims, as `flags` and `flag ID` show it.
public struct FlagListing: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public var claim: ClaimListing
        /// The claim no longer belongs (its article was corrected, or it no longer conflicts).
        public var removed: Bool
        public var addedAt: String
        /// Linked after the flag's latest decision: new evidence a reviewer has not seen.
        public var isNew: Bool
    }

    public var id: Int64
    public var title: String
    public var kind: String
    public var status: String
    public var explanation: String
    public var gap: Double?
    public var relativeGap: Double?
    public var dateRelation: String
    public var stale: Bool
    /// How sure the checker is that this is a real discrepancy, in [0, 1] (see `Confidence`).
    public var confidence: Double
    /// What produced the flag (JSON: frame parts matched, date gap, sources, confidence factors).
    public var evidence: JSONValue
    public var members: [Member]
    /// The latest decision that counts (not undone), if any.
    public var lastDecision: ReviewEvent?

    public var claims: [ClaimListing] { members.filter { !$0.removed }.map(\.claim) }

    /// `strong`, `moderate` or `weak` for a confidence (see `Confidence`).
    public static func strength(_ confidence: Double) -> String { Confidence.label(confidence) }

    /// The `flags --json` object; its keys are a contract.
    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("status", .string(status)), ("kind", .string(kind)), ("subject", .string(title)),
            ("explanation", .string(explanation)), ("date_relation", .string(dateRelation)), ("gap", .from(gap)),
            ("relative_gap", .from(relativeGap)), ("stale", .bool(stale)), ("confidence", .double(confidence)),
            ("strength", .string(Confidence.label(confidence))), ("evidence", evidence),
            ("new_evidence", .array(members.filter { $0.isNew && !$0.removed }.map { .int($0.claim.id) })),
            ("last_decision", lastDecision.map(\.json) ?? .null),
            ("claims", .array(members.filter { !$0.removed }.map { Self.claimJSON($0.claim) })),
            ("removed_claims", .array(members.filter(\.removed).map { Self.claimJSON($0.claim) })),
        ])
    }

    static func claimJSON(_ c: ClaimListing) -> JSONValue {
        .object([
            ("claim_id", .int(c.id)), ("value", .double(c.value)), ("lower", .from(c.lower)), ("upper", .from(c.upper)),
            ("unit", .from(c.unit)), ("text", .string(c.text)), ("sentence", .string(c.sentence)),
            ("article_id", .int(c.articleId)),
            ("file", .string(c.file)), ("outlet", .from(c.outlet)), ("published", .from(c.published)),
            ("speaker", .from(c.speaker ?? c.speakerAsWritten)), ("event_date", .from(c.eventDate)),
            ("qualifier", .from(c.qualifier)),
            ("start", .int(Int64(c.start))), ("end", .int(Int64(c.end))), ("sentence_start", .int(Int64(c.sentenceStart))),
            ("sentence_end", .int(Int64(c.sentenceEnd))), ("url", .from(c.url)), ("title", .from(c.title)),
        ])
    }
}

/// A reviewer's decision about a flag, from `review_events`.
public struct ReviewEvent: Hashable, Sendable {
    public var id: Int64
    public var flagId: Int64
    public var at: String
    public var reviewer: String
    public var action: String
    public var reason: String?
    public var note: String?
    public var undoesId: Int64?
    /// A later undo cancelled this event.
    public var undone: Bool

    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("flag_id", .int(flagId)), ("at", .string(at)), ("reviewer", .string(reviewer)),
            ("action", .string(action)),
            ("reason", .from(reason)), ("note", .from(note)), ("undoes_id", .from(undoesId)), ("undone", .bool(undone)),
        ])
    }
}

extension Ledger {
    /// Flags by status (`open`, `confirmed`, `dismissed`, or nil for all), kinds (nil: all; by
    /// default the discrepancies, conflicts and disputed figures, not updates), measure text and
    /// least confidence; strongest first (highest confidence, then the oldest flag).
    public func flags(
        status: FlagStatus? = .open, kinds: Set<FlagKind>? = FlagKind.discrepancies, subject: String? = nil,
        minConfidence: Double = 0
    ) throws -> [FlagListing] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let status {
                conditions.append("st.status = ?")
                arguments += [status.rawValue]
            }
            if let kinds {
                let sorted = kinds.map(\.rawValue).sorted()
                conditions.append("f.kind IN (\(sorted.map { _ in "?" }.joined(separator: ",")))")
                arguments += StatementArguments(sorted)
            }
            if let subject {
                conditions.append("f.title LIKE ? ESCAPE '\\'")
                arguments += [SQLPattern.contains(subject)]
            }
            if minConfidence > 0 {
                conditions.append("f.confidence >= ?")
                arguments += [minConfidence]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT f.id FROM flags f JOIN flag_status st ON st.flag_id = f.id \(whereClause)
                    ORDER BY f.stale, f.confidence DESC, f.id
                    """, arguments: arguments)
            return try Self.flagListings(ids, db: db)
        }
    }

    /// One flag with all its claims, or nil.
    public func flag(id: Int64) throws -> FlagListing? {
        try read { db in try Self.flagListings([id], db: db).first }
    }

    static func flagListings(_ ids: [Int64], db: Database) throws -> [FlagListing] {
        guard !ids.isEmpty else { return [] }
        var result: [FlagListing] = []
        // Claims of all the flags in one query.
        let list = ids.map(String.init).joined(separator: ",")
        let memberRows = try Row.fetchAll(
            db, sql: "SELECT flag_id, claim_id, removed_run_id, added_at FROM flag_claims WHERE flag_id IN (\(list))")
        let rowsByFlag = Dictionary(grouping: memberRows) { $0[0] as Int64 }
        let claimIds = Set(memberRows.map { $0[1] as Int64 })
        let claims =
            claimIds.isEmpty
            ? [] : try claimListings(db, sql: claimSQL(where: ["c.id IN (\(claimIds.map(String.init).joined(separator: ",")))"]))
        let claimById = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) })
        let events = try reviewEvents(flagIds: ids, db: db)
        let flagRows = try Row.fetchAll(
            db, sql: "SELECT f.*, st.status FROM flags f JOIN flag_status st ON st.flag_id = f.id WHERE f.id IN (\(list))")
        let rowById = Dictionary(uniqueKeysWithValues: flagRows.map { ($0["id"] as Int64, $0) })
        for id in ids {
            guard let row = rowById[id] else { continue }
            let flagEvents = events[id] ?? []
            let decision = flagEvents.last { !$0.undone && ["confirm", "dismiss", "reopen"].contains($0.action) }
            let members: [FlagListing.Member] = (rowsByFlag[id] ?? []).compactMap { m in
                guard let claim = claimById[m[1]] else { return nil }
                let addedAt: String = m[3]
                return FlagListing.Member(
                    claim: claim, removed: (m[2] as Int64?) != nil, addedAt: addedAt,
                    isNew: decision.map { addedAt > $0.at } ?? false)
            }.sorted { ($0.claim.published ?? "", $0.claim.id) < ($1.claim.published ?? "", $1.claim.id) }
            result.append(
                FlagListing(
                    id: id, title: row["title"], kind: row["kind"], status: row["status"], explanation: row["explanation"],
                    gap: row["gap"],
                    relativeGap: row["relative_gap"], dateRelation: row["date_relation"], stale: row["stale"],
                    confidence: row["confidence"], evidence: (row["evidence"] as String?).flatMap(JSONValue.parse) ?? .null,
                    members: members,
                    lastDecision: decision))
        }
        return result
    }

    /// Review events by flag, oldest first, each marked when a later undo cancelled it.
    static func reviewEvents(flagIds: [Int64], db: Database) throws -> [Int64: [ReviewEvent]] {
        let list = flagIds.map(String.init).joined(separator: ",")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.*, EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id) AS undone
                FROM review_events e WHERE e.flag_id IN (\(list)) ORDER BY e.id
                """)
        var byFlag: [Int64: [ReviewEvent]] = [:]
        for r in rows {
            let event = ReviewEvent(
                id: r["id"], flagId: r["flag_id"], at: r["at"], reviewer: r["reviewer"], action: r["action"], reason: r["reason"],
                note: r["note"], undoesId: r["undoes_id"], undone: r["undone"])
            byFlag[event.flagId, default: []].append(event)
        }
        return byFlag
    }
}
