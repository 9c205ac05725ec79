import GRDB
import Testing

@testable import FactLedger

/// The listing queries use the indexes and stop at their limit: no scan of every quote or claim
/// and no sort of every match. (README, "Benchmarks", shows these plans and the timings on 1.8M quotes.)
struct QueryPlanTests {
    static func plan(_ ledger: Ledger, _ query: (String, StatementArguments)?) throws -> [String] {
        let (sql, arguments) = try #require(query)
        return try ledger.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    static func seedLedger() throws -> Ledger {
        let ledger = try Ledger.inMemory()
        try ingest(try seedPaths(), into: ledger)
        return ledger
    }

    @Test func quoteListings() throws {
        let ledger = try Self.seedLedger()
        let bySpeaker = try Self.plan(
            ledger, try ledger.read { try Ledger.quoteQuery(QuoteFilter(speaker: "Rutte", limit: 50), db: $0) })
        let bySearch = try Self.plan(
            ledger, try ledger.read { try Ledger.quoteQuery(QuoteFilter(search: "war", limit: 50), db: $0) })
        let all = try Self.plan(ledger, try ledger.read { try Ledger.quoteQuery(QuoteFilter(limit: 50), db: $0) })
        #expect(bySpeaker.first?.hasPrefix("SEARCH q USING INDEX quotes_speaker (speaker_id=?)") == true, "\(bySpeaker)")
        // 64: FTS5 returns rowids in order, so the join stops after 50 matches.
        #expect(bySearch.first?.hasPrefix("SCAN f VIRTUAL TABLE INDEX 64:") == true, "\(bySearch)")
        #expect(bySearch.contains("SEARCH q USING INTEGER PRIMARY KEY (rowid=?)"), "\(bySearch)")
        #expect(all.first == "SCAN q", "\(all)")
        for plan in [bySpeaker, bySearch, all] { #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)") }
    }

    @Test func claimListings() throws {
        let ledger = try Self.seedLedger()
        let about = try Self.plan(
            ledger, try ledger.read { try Ledger.claimQuery(ClaimFilter(about: "drones", limit: 50), db: $0) })
        let bySpeaker = try Self.plan(
            ledger, try ledger.read { try Ledger.claimQuery(ClaimFilter(speaker: "Zelensky", limit: 50), db: $0) })
        #expect(about.first?.hasPrefix("SCAN f VIRTUAL TABLE INDEX 64:") == true, "\(about)")
        #expect(about.contains("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"), "\(about)")
        #expect(bySpeaker.first?.hasPrefix("SEARCH c USING INDEX claims_speaker (speaker_id=?)") == true, "\(bySpeaker)")
        for plan in [about, bySpeaker] { #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)") }
    }
}
