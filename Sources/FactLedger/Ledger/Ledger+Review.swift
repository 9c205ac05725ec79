import Foundation
import GRDB

extension Ledger {
    /// Appends one reviewer's decision about a flag. Nothing is updated in place: the flag's status
    /// is derived from its events (`flag_status`).
    ///
    /// - `dismiss` needs a reason; `note` needs a note.
    /// - `undo` cancels the reviewer's own latest event of the flag that is still in force (a
    ///   decision or a note), or the event `undoEvent` names; both stay in the history. Another
    ///   reviewer's decision is never undone by accident (two reviewers undoing at once).
    /// - `reopen` needs a flag that is confirmed or dismissed.
    @discardableResult
    public func decide(
        _ action: ReviewAction, flag: Int64, reason: DismissReason? = nil, note: String? = nil, reviewer: String,
        undoEvent: Int64? = nil
    ) throws -> ReviewEvent {
        try decide(action, flags: [flag], reason: reason, note: note, reviewer: reviewer, undoEvent: undoEvent)[0]
    }

    /// The same decision about several flags, in one transaction: all are recorded or none.
    @discardableResult
    public func decide(
        _ action: ReviewAction, flags: [Int64], reason: DismissReason? = nil, note: String? = nil, reviewer: String,
        undoEvent: Int64? = nil
    ) throws -> [ReviewEvent] {
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let reviewer = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reviewer.isEmpty else { throw LedgerError.invalid("the reviewer's name is empty") }
        switch action {
        case .dismiss where reason == nil:
            throw LedgerError.invalid("dismiss needs a reason: \(DismissReason.allCases.map(\.rawValue).joined(separator: ", "))")
        case .confirm, .note, .reopen, .undo:
            if reason != nil { throw LedgerError.invalid("only dismiss takes a reason") }
            if action == .note, note == nil { throw LedgerError.invalid("a note needs some text") }
        default:
            break
        }
        let at = Self.now()
        return try write { db in
            try flags.map { flag in
                guard
                    let status = try String.fetchOne(
                        db, sql: "SELECT status FROM flag_status WHERE flag_id = ?", arguments: [flag])
                else { throw LedgerError.notFound("no flag #\(flag)") }
                var undoes: Int64?
                switch action {
                case .reopen where status == FlagStatus.open.rawValue:
                    throw LedgerError.invalid("flag #\(flag) is already open")
                case .undo:
                    let inForce = """
                        SELECT e.id FROM review_events e
                        WHERE e.flag_id = ? AND e.action <> 'undo'
                          AND NOT EXISTS (SELECT 1 FROM review_events u WHERE u.undoes_id = e.id)
                        """
                    if let undoEvent {
                        undoes = try Int64.fetchOne(db, sql: inForce + " AND e.id = ?", arguments: [flag, undoEvent])
                        if undoes == nil {
                            throw LedgerError.invalid("event #\(undoEvent) is not a decision in force on flag #\(flag)")
                        }
                    } else {
                        undoes = try Int64.fetchOne(
                            db, sql: inForce + " AND e.reviewer = ? ORDER BY e.id DESC LIMIT 1", arguments: [flag, reviewer])
                        if undoes == nil {
                            throw LedgerError.invalid(
                                "flag #\(flag) has no decision by \(reviewer) to undo (name another's with --event ID)")
                        }
                    }
                default:
                    break
                }
                try db.execute(
                    sql:
                        "INSERT INTO review_events (flag_id, at, reviewer, action, reason, note, undoes_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    arguments: [flag, at, reviewer, action.rawValue, reason?.rawValue, note, undoes])
                return ReviewEvent(
                    id: db.lastInsertedRowID, flagId: flag, at: at, reviewer: reviewer, action: action.rawValue,
                    reason: reason?.rawValue,
                    note: note, undoesId: undoes, undone: false)
            }
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
