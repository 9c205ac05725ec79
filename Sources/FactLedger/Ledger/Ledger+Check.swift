import Foundation
import GRDB

/// What a `check` run did.
public struct CheckSummary: Hashable, Sendable {
    public var runId: Int64
    public var claimsCompared: Int
    public var pairsCompared: Int
    public var conflicts: Int
    public var updates: Int
    public var flagsNew: Int
    public var flagsChanged: Int
    public var flagsStale: Int
    /// Claims about attacks or tolls with no date from the article or its text, left out of the comparison.
    public var undatedEvents = 0
}

extension Ledger {
    /// Compares the claims and writes flags. Re-running is idempotent: flags keep their ids and review
    /// history; a claim joining a reviewed flag is linked as new evidence without reopening it; a flag
    /// whose claims vanished (a corrected article re-ingested) or no longer conflict is marked stale.
    ///
    /// The comparison reads a snapshot, so other processes keep writing; the results are written in
    /// one short transaction.
    @discardableResult
    ///
    /// - Parameter eventWindowDays: how far apart (by publication date) two reports of an attack or toll may be.
    public func check(eventWindowDays: Int = 8) throws -> CheckSummary {
        let started = Self.now()
        var checker = CrossChecker()
        checker.eventWindowDays = Int32(clamping: max(0, eventWindowDays))
        // Every pair in every block: slow, for measuring what the index misses (scripts/bench.py).
        if ProcessInfo.processInfo.environment["FACTLEDGER_CHECK_EXHAUSTIVE"] == "1" { checker.exhaustiveLimit = .max }
        let result = try read { db in try checker.run(db) }
        return try write { db in
            var run = CheckRunRecord(
                id: nil, startedAt: started, finishedAt: nil, claimsCompared: result.claimsCompared, flagsNew: 0, flagsUpdated: 0)
            try run.insert(db)
            var summary = try FlagWriter(db: db, runId: run.id!, at: Self.now()).apply(result.findings)
            summary.claimsCompared = result.claimsCompared
            summary.pairsCompared = result.pairsCompared
            summary.undatedEvents = result.undatedEvents
            try db.execute(
                sql: "UPDATE check_runs SET finished_at = ?, flags_new = ?, flags_updated = ? WHERE id = ?",
                arguments: [Self.now(), summary.flagsNew, summary.flagsChanged, run.id!])
            return summary
        }
    }
}

/// Writes one check run's findings over the flags already in the ledger.
struct FlagWriter {
    let db: Database
    let runId: Int64
    let at: String

    func apply(_ findings: [CrossChecker.Finding]) throws -> CheckSummary {
        var summary = CheckSummary(
            runId: runId, claimsCompared: 0, pairsCompared: 0, conflicts: 0, updates: 0, flagsNew: 0, flagsChanged: 0,
            flagsStale: 0)
        // Which flag each linked claim belongs to, and the identity of every claim ever linked, so a
        // corrected version of an article finds the flag its old version was in.
        var flagOfClaim: [Int64: Int64] = [:]
        var flagOfIdentity: [String: Int64] = [:]
        let links = try Row.fetchAll(
            db,
            sql: """
                SELECT fc.flag_id, fc.claim_id, fc.removed_run_id, a.source_key, c.subject_key, c.value
                FROM flag_claims fc JOIN claims c ON c.id = fc.claim_id JOIN articles a ON a.id = c.article_id
                """)
        for row in links {
            let flag: Int64 = row["flag_id"]
            if (row["removed_run_id"] as Int64?) == nil { flagOfClaim[row["claim_id"]] = flag }
            flagOfIdentity[Self.identity(row["source_key"], row["subject_key"], row["value"])] = flag
        }
        var touched = Set<Int64>()
        for finding in findings {
            let text = FlagExplanation.make(finding)
            let known = finding.claims.compactMap {
                flagOfClaim[$0.id] ?? flagOfIdentity[Self.identity($0.sourceKey, finding.blockKey, $0.value)]
            }
            let flagId: Int64
            if let existing = known.filter({ !touched.contains($0) }).min() ?? known.min() {
                flagId = existing
                try db.run(
                    """
                    UPDATE flags SET title = ?, kind = ?, explanation = ?, gap = ?, relative_gap = ?, date_relation = ?, stale = 0,
                    updated_run_id = ? WHERE id = ?
                    """,
                    [
                        text.title, finding.kind.rawValue, text.explanation, text.gap, text.relativeGap, text.dateRelation, runId,
                        flagId,
                    ])
            } else {
                // One claim can be in a conflict and an update of the same measure: the kind is part of the key.
                var key = "\(finding.kind.rawValue)|\(finding.blockKey)#\(finding.claims.map(\.id).min()!)"
                if try db.one(Bool.self, "SELECT 1 FROM flags WHERE key = ?", [key]) != nil { key += "@\(runId)" }
                try db.run(
                    """
                    INSERT INTO flags (key, title, kind, explanation, gap, relative_gap, date_relation, stale, created_run_id,
                        updated_run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """,
                    [
                        key, text.title, finding.kind.rawValue, text.explanation, text.gap, text.relativeGap, text.dateRelation,
                        runId, runId,
                    ])
                flagId = db.lastInsertedRowID
                summary.flagsNew += 1
            }
            touched.insert(flagId)
            if finding.kind == .conflict { summary.conflicts += 1 } else { summary.updates += 1 }
            // Link the members; unlink those no longer in it.
            let members = Set(finding.claims.map(\.id))
            var changed = false
            for id in members {
                try db.run(
                    """
                    INSERT INTO flag_claims (flag_id, claim_id, added_run_id, removed_run_id, added_at) VALUES (?, ?, ?, NULL, ?)
                    ON CONFLICT (flag_id, claim_id) DO UPDATE SET removed_run_id = NULL WHERE removed_run_id IS NOT NULL
                    """, [flagId, id, runId, at])
                if db.changesCount > 0, flagOfClaim[id] != flagId { changed = true }
            }
            let active = try db.all(
                Int64.self, "SELECT claim_id FROM flag_claims WHERE flag_id = ? AND removed_run_id IS NULL", [flagId])
            for id in active where !members.contains(id) {
                try db.run("UPDATE flag_claims SET removed_run_id = ? WHERE flag_id = ? AND claim_id = ?", [runId, flagId, id])
                changed = true
            }
            if changed, !known.isEmpty { summary.flagsChanged += 1 }
        }
        // Flags this run did not find again: their claims vanished or no longer conflict.
        let untouched = try db.all(Int64.self, "SELECT id FROM flags WHERE stale = 0").filter { !touched.contains($0) }
        for id in untouched {
            try db.run("UPDATE flag_claims SET removed_run_id = ? WHERE flag_id = ? AND removed_run_id IS NULL", [runId, id])
            try db.run("UPDATE flags SET stale = 1, updated_run_id = ? WHERE id = ?", [runId, id])
            summary.flagsStale += 1
        }
        return summary
    }

    static func identity(_ sourceKey: String, _ subjectKey: String?, _ value: Double) -> String {
        "\(sourceKey)|\(subjectKey ?? "")|\(value)"
    }
}
