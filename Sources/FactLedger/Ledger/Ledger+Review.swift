import Foundation
import GRDB

/// What a decision says beyond its action: the figure it is about, the verdict, and whether its
/// note may be published.
public struct DecisionDetail: Hashable, Sendable {
    /// The figure a `rate` or `remove-claim` is about (a claim id of the flag).
    public var claim: Int64?
    public var verdict: Verdict?
    /// The note may be published (ClaimReview's `ratingExplanation`); notes are internal otherwise.
    public var publicNote: Bool

    public init(claim: Int64? = nil, verdict: Verdict? = nil, publicNote: Bool = false) {
        self.claim = claim
        self.verdict = verdict
        self.publicNote = publicNote
    }
}

extension Ledger {
    /// Appends one reviewer's decision about a flag. Nothing is updated in place: the flag's status
    /// is derived from its events (`flag_status`), its figures from `flag_members`.
    ///
    /// - `dismiss` and `remove-claim` need a reason; `note` needs a note; `rate` a claim and a verdict.
    /// - `undo` cancels the reviewer's own latest event of the flag that is still in force (a
    ///   decision, a note, a verdict, a removal or a split), or the event `undoEvent` names; both
    ///   stay in the history. Another reviewer's decision is never undone by accident (two
    ///   reviewers undoing at once).
    /// - `reopen` needs a flag that is confirmed or dismissed.
    /// - `seen` maps a flag to the `FlagListing.stateEvent` the reviewer decided on. Inside the
    ///   transaction the flag's state is read again, and a decision made on a view another reviewer
    ///   changed meanwhile (confirmed, dismissed, reopened or undone since) is refused unless `force`.
    @discardableResult
    public func decide(
        _ action: ReviewAction, flag: Int64, reason: DismissReason? = nil, note: String? = nil, reviewer: String,
        undoEvent: Int64? = nil, detail: DecisionDetail = DecisionDetail(), seen: [Int64: Int64]? = nil, force: Bool = false
    ) throws -> ReviewEvent {
        try decide(
            action, flags: [flag], reason: reason, note: note, reviewer: reviewer, undoEvent: undoEvent, detail: detail,
            seen: seen, force: force)[0]
    }

    /// The same decision about several flags, in one transaction: all are recorded or none.
    @discardableResult
    public func decide(
        _ action: ReviewAction, flags: [Int64], reason: DismissReason? = nil, note: String? = nil, reviewer: String,
        undoEvent: Int64? = nil, detail: DecisionDetail = DecisionDetail(), seen: [Int64: Int64]? = nil, force: Bool = false
    ) throws -> [ReviewEvent] {
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let reviewer = try Self.checkedReviewer(reviewer)
        try Self.validate(action, reason: reason, note: note, detail: detail)
        let at = Self.now()
        return try write { db in
            try flags.map { flag in
                let status = try Self.status(of: flag, db: db)
                if let seen, let expected = seen[flag], !force {
                    try Self.checkUnchanged(flag: flag, since: expected, db: db)
                }
                var undoes: Int64?
                switch action {
                case .reopen where status == FlagStatus.open.rawValue:
                    throw LedgerError.invalid("flag #\(flag) is already open")
                case .undo:
                    undoes = try Self.eventToUndo(flag: flag, reviewer: reviewer, named: undoEvent, db: db)
                case .rate, .removeClaim:
                    let claim = detail.claim ?? 0
                    if try Bool.fetchOne(
                        db, sql: "SELECT 1 FROM flag_members WHERE flag_id = ? AND claim_id = ?", arguments: [flag, claim]) == nil
                    {
                        throw LedgerError.invalid("claim #\(claim) is not a figure of flag #\(flag) (see `flag \(flag) --json`)")
                    }
                default:
                    break
                }
                return try Self.insertEvent(
                    ReviewEvent(
                        id: 0, flagId: flag, at: at, reviewer: reviewer, action: action.rawValue, reason: reason?.rawValue,
                        note: note, undoesId: undoes, undone: false, claimId: detail.claim, verdict: detail.verdict?.rawValue,
                        isPublic: detail.publicNote && note != nil), db: db)
            }
        }
    }

    /// Moves `claims` of a flag into a new flag of their own (they measure something else, or
    /// another event), as one review event on the parent: undoing it brings them back and
    /// withdraws the new flag. Returns the event and the new flag's id. Re-checks keep the split:
    /// the parent's figures stay out of it, and the new flag is the reviewer's, not the checker's.
    @discardableResult
    public func split(flag: Int64, claims: [Int64], note: String? = nil, reviewer: String) throws -> (
        event: ReviewEvent, newFlag: Int64
    ) {
        let reviewer = try Self.checkedReviewer(reviewer)
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let moved = Array(Set(claims)).sorted()
        guard !moved.isEmpty else { throw LedgerError.invalid("name the claims to split off (--claims ID,ID)") }
        let at = Self.now()
        return try write { db in
            _ = try Self.status(of: flag, db: db)
            let members = Set(
                try Int64.fetchAll(db, sql: "SELECT claim_id FROM flag_members WHERE flag_id = ?", arguments: [flag]))
            if let stranger = moved.first(where: { !members.contains($0) }) {
                throw LedgerError.invalid("claim #\(stranger) is not a figure of flag #\(flag) (see `flag \(flag) --json`)")
            }
            guard moved.count < members.count else {
                throw LedgerError.invalid("a split leaves at least one figure in flag #\(flag)")
            }
            guard let parent = try Row.fetchOne(db, sql: "SELECT * FROM flags WHERE id = ?", arguments: [flag]) else {
                throw LedgerError.notFound("no flag #\(flag)")
            }
            let parentKey: String = parent["key"]
            let children = try Int.fetchOne(db, sql: "SELECT count(*) FROM flags WHERE split_from_id = ?", arguments: [flag]) ?? 0
            let run: Int64 = parent["updated_run_id"]
            try db.execute(
                sql: """
                    INSERT INTO flags (key, title, kind, explanation, gap, relative_gap, date_relation, stale, created_run_id,
                        updated_run_id, confidence, evidence, split_from_id)
                    VALUES (?, ?, ?, ?, NULL, NULL, ?, 0, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    "\(parentKey)/split-\(children + 1)", parent["title"] as String, parent["kind"] as String,
                    "Split off flag #\(flag) by \(reviewer): these figures are checked apart from the others.",
                    parent["date_relation"] as String, run, run, parent["confidence"] as Double, parent["evidence"] as String?,
                    flag,
                ])
            let child = db.lastInsertedRowID
            for claim in moved {
                try db.execute(
                    sql:
                        "INSERT INTO flag_claims (flag_id, claim_id, added_run_id, removed_run_id, added_at) VALUES (?, ?, ?, NULL, ?)",
                    arguments: [child, claim, run, at])
            }
            let event = try Self.insertEvent(
                ReviewEvent(
                    id: 0, flagId: flag, at: at, reviewer: reviewer, action: ReviewAction.split.rawValue, reason: nil, note: note,
                    undoesId: nil, undone: false, splitFlagId: child), db: db)
            return (event, child)
        }
    }

    /// Every event of a flag, oldest first, each marked when a later undo cancelled it.
    public func history(flag: Int64) throws -> [ReviewEvent] {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM flags WHERE id = ?", arguments: [flag]) != nil else {
                throw LedgerError.notFound("no flag #\(flag)")
            }
            return try Self.reviewEvents(flagIds: [flag], db: db)[flag] ?? []
        }
    }

    // MARK: - Parts of a decision

    private static func checkedReviewer(_ reviewer: String) throws -> String {
        let reviewer = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reviewer.isEmpty else { throw LedgerError.invalid("the reviewer's name is empty") }
        return reviewer
    }

    private static func validate(_ action: ReviewAction, reason: DismissReason?, note: String?, detail: DecisionDetail) throws {
        let reasons = DismissReason.allCases.map(\.rawValue).joined(separator: ", ")
        switch action {
        case .dismiss, .removeClaim:
            if reason == nil { throw LedgerError.invalid("\(action.rawValue) needs a reason: \(reasons)") }
        case .split:
            throw LedgerError.invalid("a split names its claims: use `split`")
        default:
            if reason != nil { throw LedgerError.invalid("only dismiss and remove-claim take a reason") }
        }
        if action == .note, note == nil { throw LedgerError.invalid("a note needs some text") }
        if detail.publicNote, note == nil { throw LedgerError.invalid("a public note needs some text") }
        switch action {
        case .rate:
            if detail.claim == nil || detail.verdict == nil { throw LedgerError.invalid("rate needs a claim and a verdict") }
        case .removeClaim:
            if detail.claim == nil { throw LedgerError.invalid("remove-claim needs a claim") }
            if detail.verdict != nil { throw LedgerError.invalid("only rate takes a verdict") }
        default:
            if detail.claim != nil || detail.verdict != nil {
                throw LedgerError.invalid("only rate and remove-claim name a claim")
            }
        }
    }

    /// The flag's status, or an error when there is no such flag or it was withdrawn.
    private static func status(of flag: Int64, db: Database) throws -> String {
        guard let status = try String.fetchOne(db, sql: "SELECT status FROM flag_status WHERE flag_id = ?", arguments: [flag])
        else { throw LedgerError.notFound("no flag #\(flag)") }
        if status == "withdrawn" {
            let parent = try Int64.fetchOne(db, sql: "SELECT split_from_id FROM flags WHERE id = ?", arguments: [flag]) ?? 0
            throw LedgerError.invalid(
                "flag #\(flag) was withdrawn: its split was undone and its figures are back in flag #\(parent)")
        }
        return status
    }

    /// Each flag's state: the id of its latest event that changed its status (a confirm, dismiss
    /// or reopen, or the undo of one); a flag no such event changed is absent (its state is 0).
    /// Notes, verdicts and removals by others do not make a view stale.
    static func stateEvents(flagIds: [Int64], db: Database) throws -> [Int64: Int64] {
        guard !flagIds.isEmpty else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT e.flag_id, max(e.id) FROM review_events e
                WHERE e.flag_id IN (\(flagIds.map(String.init).joined(separator: ",")))
                  AND (e.action IN ('confirm', 'dismiss', 'reopen')
                   OR (e.action = 'undo' AND EXISTS (SELECT 1 FROM review_events d WHERE d.id = e.undoes_id
                        AND d.action IN ('confirm', 'dismiss', 'reopen'))))
                GROUP BY e.flag_id
                """)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as Int64, $0[1] as Int64) })
    }

    private static func checkUnchanged(flag: Int64, since expected: Int64, db: Database) throws {
        let current = try stateEvents(flagIds: [flag], db: db)[flag] ?? 0
        guard current != expected else { return }
        let what =
            try Row.fetchOne(db, sql: "SELECT action, reviewer, at FROM review_events WHERE id = ?", arguments: [current]).map {
                row -> String in
                let action: String = row["action"]
                return
                    "\(row["reviewer"] as String) \(action == "undo" ? "undid a decision" : action + "ed") it at \(row["at"] as String)"
            } ?? "a decision on it was undone"
        throw LedgerError.changedMeanwhile(
            "flag #\(flag) changed since you looked (\(what)): look again, or add --force to decide anyway")
    }

    private static func eventToUndo(flag: Int64, reviewer: String, named undoEvent: Int64?, db: Database) throws -> Int64 {
        let inForce = """
            SELECT e.id FROM review_events e
            WHERE e.flag_id = ? AND e.action <> 'undo'
              AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id)
            """
        if let undoEvent {
            guard let id = try Int64.fetchOne(db, sql: inForce + " AND e.id = ?", arguments: [flag, undoEvent]) else {
                throw LedgerError.invalid("event #\(undoEvent) is not a decision in force on flag #\(flag)")
            }
            return id
        }
        guard
            let id = try Int64.fetchOne(
                db, sql: inForce + " AND e.reviewer = ? ORDER BY e.id DESC LIMIT 1", arguments: [flag, reviewer])
        else {
            throw LedgerError.invalid("flag #\(flag) has no decision by \(reviewer) to undo (name another's with --event ID)")
        }
        return id
    }

    private static func insertEvent(_ event: ReviewEvent, db: Database) throws -> ReviewEvent {
        try db.execute(
            sql: """
                INSERT INTO review_events (flag_id, at, reviewer, action, reason, note, undoes_id, claim_id, verdict,
                    split_flag_id, public)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                event.flagId, event.at, event.reviewer, event.action, event.reason, event.note, event.undoesId, event.claimId,
                event.verdict, event.splitFlagId, event.isPublic,
            ])
        var stored = event
        stored.id = db.lastInsertedRowID
        return stored
    }
}

extension Ledger {
    /// The flag a reviewer was last shown in the interactive queue.
    public func reviewPosition(reviewer: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT flag_id FROM review_positions WHERE reviewer = ?", arguments: [reviewer])
        }
    }

    public func setReviewPosition(reviewer: String, flag: Int64) throws {
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO review_positions (reviewer, flag_id, at) VALUES (?, ?, ?)",
                arguments: [reviewer, flag, Self.now()])
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
