import Foundation
import GRDB

/// What a `check` run did.
public struct CheckSummary: Hashable, Sendable {
    public var runId: Int64
    public var claimsCompared: Int
    public var pairsCompared: Int
    public var conflicts: Int
    public var updates: Int
    public var disputed = 0
    public var flagsNew: Int
    public var flagsChanged: Int
    public var flagsStale: Int
    /// Reviewed flags no finding matched, kept because their claims still exist.
    public var flagsKept = 0
    /// Claims about attacks or tolls whose article and text give no date: compared, with lower confidence.
    public var undatedEvents = 0
    /// Of those, claims that took a date from an agreeing dated report.
    public var datesInferred = 0
}

extension Ledger {
    /// Compares the claims and writes flags (see `CrossChecker`). Re-running is idempotent: flags
    /// keep their ids and review history (`FlagReconciliation`).
    ///
    /// The comparison reads a snapshot, streaming the claims one block (blocking key) at a time,
    /// so other processes keep writing; the flags are written in one short transaction.
    ///
    /// - Parameter eventWindowDays: how far apart (by date) two reports of an attack or toll may be.
    @discardableResult
    public func check(eventWindowDays: Int = 8) throws -> CheckSummary {
        let started = Self.now()
        var checker = CrossChecker()
        checker.sameEvent.window = Int32(clamping: max(0, eventWindowDays))
        // Every pair in every block: slow, for measuring what the candidate order misses (scripts/bench.py).
        if ProcessInfo.processInfo.environment["FACTLEDGER_CHECK_EXHAUSTIVE"] == "1" { checker.exhaustiveLimit = .max }
        // How many neighbours in time a claim of a large block meets: for measuring the trade of speed and recall.
        if let n = ProcessInfo.processInfo.environment["FACTLEDGER_CHECK_NEIGHBOURS"].flatMap(Int.init), n > 0 {
            checker.neighbours = n
        }
        var findings: [FlagReconciliation.Candidate] = []
        var claimsCompared = 0, pairsCompared = 0, undated = 0, inferred = 0
        try read { db in
            var context = CrossChecker.Context(syndicated: try Self.syndicatedArticles(db))
            // First pass: which articles tell the same story (the figures they share).
            let figures = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.article_id, c.subject_key, c.kind, c.value, c.entity, c.event
                    FROM claims c JOIN articles a ON a.id = c.article_id
                    WHERE c.subject_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)
                    """)
            while let row = try figures.next() {
                context.note(
                    CheckClaim(
                        id: 0, articleId: row["article_id"], kind: ClaimKind(rawValue: row["kind"]) ?? .count,
                        value: row["value"],
                        blockKey: row["subject_key"], entity: row["entity"], event: row["event"]))
            }
            context.seal()
            var block: [CheckClaim] = []
            func flush() {
                let result = checker.findings(in: block, context: context)
                findings += result.findings.map(FlagReconciliation.Candidate.init)
                pairsCompared += result.pairsCompared
                inferred += result.datesInferred
                block.removeAll(keepingCapacity: true)
            }
            let rows = try Row.fetchCursor(db, sql: Self.checkClaimsSQL(where: nil) + " ORDER BY c.subject_key, c.id")
            while let row = try rows.next() {
                let claim = Self.checkClaim(row)
                if let last = block.last, last.blockKey != claim.blockKey { flush() }
                claimsCompared += 1
                if claim.eventDay == nil, MeasureKind.of(entity: claim.entity, event: claim.event).isDated { undated += 1 }
                block.append(claim)
            }
            flush()
        }
        return try write { db in
            var run = CheckRunRecord(
                id: nil, startedAt: started, finishedAt: nil, claimsCompared: claimsCompared, flagsNew: 0, flagsUpdated: 0)
            try run.insert(db)
            let plan = FlagReconciliation.plan(findings: findings, flags: try Self.storedFlags(db))
            var summary = try FlagPlanWriter(db: db, runId: run.id!, at: Self.now()).apply(plan)
            summary.claimsCompared = claimsCompared
            summary.pairsCompared = pairsCompared
            summary.undatedEvents = undated
            summary.datesInferred = inferred
            try db.execute(
                sql: "UPDATE check_runs SET finished_at = ?, flags_new = ?, flags_updated = ? WHERE id = ?",
                arguments: [Self.now(), summary.flagsNew, summary.flagsChanged, run.id!])
            return summary
        }
    }

    /// The claims the checker reads, of current article versions, with a blocking key.
    private static func checkClaimsSQL(where condition: String?) -> String {
        """
        SELECT c.id, c.article_id, c.subject_key, c.kind, c.unit, c.value, c.lower, c.upper, c.lower_inclusive,
               c.upper_inclusive, c.qualifier, c.context, c.subject, c.event_date, c.event_date_basis, c.sentence_hash, c.text,
               c.entity, c.event, c.modifiers, c.place, c.actors, COALESCE(s.name, c.speaker_as_written) AS speaker,
               a.published, a.outlet, a.source_key
        FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN speakers s ON s.id = c.speaker_id
        WHERE c.subject_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)
        \(condition.map { "AND " + $0 } ?? "")
        """
    }

    /// A row of `checkClaimsSQL`, read by column name.
    private static func checkClaim(_ row: Row) -> CheckClaim {
        let context: String = row["context"] ?? ""
        let markers = context.split(separator: " ").filter { $0.hasPrefix("@") }.map(String.init)
        let actors: String? = row["actors"]
        let modifiers: String? = row["modifiers"]
        let value: Double = row["value"]
        return CheckClaim(
            id: row["id"], articleId: row["article_id"], sourceKey: row["source_key"], outlet: row["outlet"],
            published: row["published"], kind: ClaimKind(rawValue: row["kind"]) ?? .count, unit: row["unit"], value: value,
            interval: Interval(
                lower: row["lower"], upper: row["upper"], lowerInclusive: row["lower_inclusive"],
                upperInclusive: row["upper_inclusive"]),
            text: row["text"], qualifier: row["qualifier"], blockKey: row["subject_key"], entity: row["entity"],
            event: row["event"],
            place: row["place"], actors: actors.map { $0.components(separatedBy: "; ") } ?? [],
            nationalities: (modifiers ?? "").split(separator: ",").map(String.init).filter(SubjectKey.isNationality),
            subject: row["subject"],
            eventDate: row["event_date"], eventBasis: EventDateBasis(rawValue: row["event_date_basis"] ?? "unknown") ?? .unknown,
            markers: markers, sentenceHash: row["sentence_hash"], speaker: row["speaker"])
    }

    /// Articles that share at least two identical claim sentences: copies of one wire story.
    /// SQLite groups the sentence hashes, so memory holds only the repeated ones.
    private static func syndicatedArticles(_ db: Database) throws -> Set<ArticlePair> {
        var shared: [ArticlePair: Int] = [:]
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT group_concat(article_id) AS articles FROM (
                    SELECT DISTINCT c.sentence_hash, c.article_id FROM claims c JOIN articles a ON a.id = c.article_id
                    WHERE NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id))
                GROUP BY sentence_hash HAVING count(*) BETWEEN 2 AND 20
                """)
        while let row = try cursor.next() {
            let articles = (row["articles"] as String? ?? "").split(separator: ",").compactMap { Int64($0) }
            for x in 0..<articles.count {
                for y in (x + 1)..<articles.count { shared[ArticlePair(articles[x], articles[y]), default: 0] += 1 }
            }
        }
        return Set(shared.filter { $0.value >= 2 }.keys)
    }

    /// Every flag with its claims (linked or not), for `FlagReconciliation`.
    private static func storedFlags(_ db: Database) throws -> [FlagReconciliation.StoredFlag] {
        var members: [Int64: [FlagReconciliation.Member]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT fc.flag_id, fc.claim_id, fc.removed_run_id IS NULL AS linked, a.source_key, c.subject_key, c.value,
                       NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id) AS current
                FROM flag_claims fc JOIN claims c ON c.id = fc.claim_id JOIN articles a ON a.id = c.article_id
                ORDER BY fc.flag_id, fc.claim_id
                """)
        while let row = try rows.next() {
            members[row["flag_id"], default: []].append(
                FlagReconciliation.Member(
                    claimId: row["claim_id"],
                    identity: FlagReconciliation.identity(
                        source: row["source_key"], blockKey: row["subject_key"], value: row["value"]),
                    linked: row["linked"], current: row["current"]))
        }
        return try Row.fetchAll(
            // A flag a reviewer split off is the reviewer's: the checker neither matches nor stales it.
            db,
            sql: """
                SELECT f.id, f.kind, f.stale, st.status FROM flags f JOIN flag_status st ON st.flag_id = f.id
                WHERE f.split_from_id IS NULL ORDER BY f.id
                """
        ).map { row in
            let id: Int64 = row["id"]
            let status: String = row["status"]
            return FlagReconciliation.StoredFlag(
                id: id, kind: row["kind"], stale: row["stale"], reviewed: status != "open", members: members[id] ?? [])
        }
    }
}

/// Applies a reconciliation plan to the flag tables, in the caller's transaction.
struct FlagPlanWriter {
    let db: Database
    let runId: Int64
    let at: String

    func apply(_ plan: FlagReconciliation.Plan) throws -> CheckSummary {
        var summary = CheckSummary(
            runId: runId, claimsCompared: 0, pairsCompared: 0, conflicts: 0, updates: 0, flagsNew: 0, flagsChanged: 0,
            flagsStale: 0)
        for write in plan.writes {
            let text = write.finding.text
            let values: [(any DatabaseValueConvertible)?] = [
                text.title, write.finding.kind.rawValue, text.explanation, text.gap, text.relativeGap, text.dateRelation,
                text.confidence, text.evidence,
            ]
            let flagId: Int64
            if let id = write.flagId {
                flagId = id
                try db.run(
                    """
                    UPDATE flags SET title = ?, kind = ?, explanation = ?, gap = ?, relative_gap = ?, date_relation = ?,
                        confidence = ?, evidence = ?, stale = 0, updated_run_id = ? WHERE id = ?
                    """, StatementArguments(values + [runId, id]))
                if !write.link.isEmpty || !write.unlink.isEmpty { summary.flagsChanged += 1 }
            } else {
                var key = write.newKey
                if try db.one(Bool.self, "SELECT 1 FROM flags WHERE key = ?", [key]) != nil { key += "@\(runId)" }
                try db.run(
                    """
                    INSERT INTO flags (title, kind, explanation, gap, relative_gap, date_relation, confidence, evidence, key, stale,
                        created_run_id, updated_run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """, StatementArguments(values + [key, runId, runId]))
                flagId = db.lastInsertedRowID
                summary.flagsNew += 1
            }
            switch write.finding.kind {
            case .conflict: summary.conflicts += 1
            case .update: summary.updates += 1
            case .disputed: summary.disputed += 1
            }
            for id in write.link {
                try db.run(
                    """
                    INSERT INTO flag_claims (flag_id, claim_id, added_run_id, removed_run_id, added_at) VALUES (?, ?, ?, NULL, ?)
                    ON CONFLICT (flag_id, claim_id) DO UPDATE SET removed_run_id = NULL, added_run_id = excluded.added_run_id,
                        added_at = excluded.added_at
                    """, [flagId, id, runId, at])
            }
            for id in write.unlink {
                try db.run("UPDATE flag_claims SET removed_run_id = ? WHERE flag_id = ? AND claim_id = ?", [runId, flagId, id])
            }
        }
        for id in plan.stale {
            try db.run("UPDATE flag_claims SET removed_run_id = ? WHERE flag_id = ? AND removed_run_id IS NULL", [runId, id])
            try db.run("UPDATE flags SET stale = 1, updated_run_id = ? WHERE id = ?", [runId, id])
            summary.flagsStale += 1
        }
        summary.flagsKept = plan.kept.count
        return summary
    }
}
