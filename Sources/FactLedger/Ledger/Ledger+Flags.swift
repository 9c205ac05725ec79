import GRDB

/// A flag with its claims, as `flags` and `flag ID` show it.
public struct FlagListing: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public var claim: ClaimListing
        /// The claim no longer belongs (its article was corrected, it no longer conflicts, or a
        /// reviewer removed it or split it off).
        public var removed: Bool
        public var addedAt: String
        /// Linked after the flag's latest decision: new evidence a reviewer has not seen.
        public var isNew: Bool
        /// The reviewer's verdict on this figure in force, if any.
        public var verdict: Verdict? = nil
        /// The review event that took it out of the flag (`remove-claim` or `split`), if one did.
        public var removedBy: ReviewEvent? = nil

        /// The `flags --json` object of a figure: the claim's keys, its verdict and why it is out.
        var json: JSONValue {
            guard case .object(var pairs) = FlagListing.claimJSON(claim) else { return .null }
            pairs.append(("verdict", .from(verdict?.rawValue)))
            if let removedBy {
                pairs.append(("removed_by_event", .int(removedBy.id)))
                pairs.append(("removed_reason", .from(removedBy.reason)))
                pairs.append(("moved_to_flag", .from(removedBy.splitFlagId)))
            }
            return .object(pairs)
        }
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
    /// The id of the flag's latest event that changed its status (0: none): the view a decision is
    /// made on (`Ledger.decide(seen:)`).
    public var stateEvent: Int64 = 0
    /// The flag this one was split off, and the flags split off this one (splits in force).
    public var splitFrom: Int64? = nil
    public var splitInto: [Int64] = []

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
            ("claims", .array(members.filter { !$0.removed }.map(\.json))),
            ("removed_claims", .array(members.filter(\.removed).map(\.json))),
            ("split_from", .from(splitFrom)), ("split_into", .array(splitInto.map { .int($0) })),
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
    /// The figure a `rate` or `remove-claim` is about, and a `rate`'s verdict.
    public var claimId: Int64? = nil
    public var verdict: String? = nil
    /// The flag a `split` made.
    public var splitFlagId: Int64? = nil
    /// The note may be published (ClaimReview); otherwise it is internal.
    public var isPublic: Bool = false

    public var json: JSONValue {
        .object([
            ("id", .int(id)), ("flag_id", .int(flagId)), ("at", .string(at)), ("reviewer", .string(reviewer)),
            ("action", .string(action)),
            ("reason", .from(reason)), ("note", .from(note)), ("undoes_id", .from(undoesId)), ("undone", .bool(undone)),
            ("claim_id", .from(claimId)), ("verdict", .from(verdict)), ("split_flag_id", .from(splitFlagId)),
            ("public_note", .bool(isPublic)),
        ])
    }
}

extension Ledger {
    /// Flags by status (`open`, `confirmed`, `dismissed`, or nil for all), kinds (nil: all; by
    /// default the discrepancies, conflicts and disputed figures, not updates), measure text and
    /// least confidence, and outlet of one of its figures; strongest first (highest confidence,
    /// then the oldest flag). A withdrawn flag (its split undone) is never listed.
    public func flags(
        status: FlagStatus? = .open, kinds: Set<FlagKind>? = FlagKind.discrepancies, subject: String? = nil,
        minConfidence: Double = 0, outlet: String? = nil
    ) throws -> [FlagListing] {
        try read { db in
            var conditions: [String] = ["st.status <> 'withdrawn'"]
            var arguments: StatementArguments = []
            if let status {
                conditions.append("st.status = ?")
                arguments += [status.rawValue]
            }
            if let outlet {
                conditions.append(
                    """
                    EXISTS (SELECT 1 FROM flag_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
                            WHERE m.flag_id = f.id AND a.outlet LIKE ? ESCAPE '\\')
                    """)
                arguments += [SQLPattern.contains(outlet)]
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
            let whereClause = "WHERE " + conditions.joined(separator: " AND ")
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
        let events = try reviewEvents(flagIds: ids, db: db)
        let states = try stateEvents(flagIds: ids, db: db)
        // The figures each split in force moved out of these flags.
        let splits = events.values.joined().filter { $0.action == ReviewAction.split.rawValue && !$0.undone }
        var movedBySplit: [Int64: Set<Int64>] = [:]
        for split in splits {
            guard let child = split.splitFlagId else { continue }
            movedBySplit[child] = Set(
                try Int64.fetchAll(db, sql: "SELECT claim_id FROM flag_claims WHERE flag_id = ?", arguments: [child]))
        }
        let claimIds = Set(memberRows.map { $0[1] as Int64 })
        let claims =
            claimIds.isEmpty
            ? [] : try claimListings(db, sql: claimSQL(where: ["c.id IN (\(claimIds.map(String.init).joined(separator: ",")))"]))
        let claimById = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0) })
        let flagRows = try Row.fetchAll(
            db, sql: "SELECT f.*, st.status FROM flags f JOIN flag_status st ON st.flag_id = f.id WHERE f.id IN (\(list))")
        let rowById = Dictionary(uniqueKeysWithValues: flagRows.map { ($0["id"] as Int64, $0) })
        for id in ids {
            guard let row = rowById[id] else { continue }
            let flagEvents = events[id] ?? []
            let decision = flagEvents.last { !$0.undone && ["confirm", "dismiss", "reopen"].contains($0.action) }
            let inForce = flagEvents.filter { !$0.undone && $0.action != ReviewAction.undo.rawValue }
            let members: [FlagListing.Member] = (rowsByFlag[id] ?? []).compactMap { m in
                guard let claim = claimById[m[1]] else { return nil }
                let addedAt: String = m[3]
                let removedBy = inForce.last {
                    ($0.action == ReviewAction.removeClaim.rawValue && $0.claimId == claim.id)
                        || ($0.action == ReviewAction.split.rawValue
                            && movedBySplit[$0.splitFlagId ?? 0]?.contains(claim.id) == true)
                }
                let verdict = inForce.last { $0.action == ReviewAction.rate.rawValue && $0.claimId == claim.id }
                return FlagListing.Member(
                    claim: claim, removed: (m[2] as Int64?) != nil || removedBy != nil, addedAt: addedAt,
                    isNew: decision.map { addedAt > $0.at } ?? false,
                    verdict: verdict.flatMap { $0.verdict.flatMap(Verdict.init(rawValue:)) }, removedBy: removedBy)
            }.sorted { ($0.claim.published ?? "", $0.claim.id) < ($1.claim.published ?? "", $1.claim.id) }
            result.append(
                FlagListing(
                    id: id, title: row["title"], kind: row["kind"], status: row["status"], explanation: row["explanation"],
                    gap: row["gap"],
                    relativeGap: row["relative_gap"], dateRelation: row["date_relation"], stale: row["stale"],
                    confidence: row["confidence"], evidence: (row["evidence"] as String?).flatMap(JSONValue.parse) ?? .null,
                    members: members,
                    lastDecision: decision,
                    stateEvent: states[id] ?? 0,
                    splitFrom: row["split_from_id"],
                    splitInto: inForce.filter { $0.action == ReviewAction.split.rawValue }.compactMap(\.splitFlagId)))
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
                note: r["note"], undoesId: r["undoes_id"], undone: r["undone"], claimId: r["claim_id"], verdict: r["verdict"],
                splitFlagId: r["split_flag_id"], isPublic: r["public"])
            byFlag[event.flagId, default: []].append(event)
        }
        return byFlag
    }
}
