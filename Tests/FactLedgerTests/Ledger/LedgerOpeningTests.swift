import Foundation
import GRDB
import Testing

@testable import FactLedger

struct LedgerOpeningTests {
    @Test func migratesANewFileAndAnEmptyFile() throws {
        let folder = try temporaryFolder()
        let path = (folder as NSString).appendingPathComponent("new.sqlite")
        _ = try Ledger.open(path: path, mode: .create)
        let empty = (folder as NSString).appendingPathComponent("empty.sqlite")
        FileManager.default.createFile(atPath: empty, contents: Data())
        let ledger = try Ledger.open(path: empty, mode: .create)
        #expect(try ledger.integrityCheck() == ["ok"])
        let tables = try ledger.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        for table in [
            "articles", "speakers", "speaker_aliases", "quotes", "claims", "flags", "flag_claims", "review_events", "quotes_fts",
        ] {
            #expect(tables.contains(table), "\(table)")
        }
        let journal = try ledger.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test func upgradingALedgerFillsTheFramesOfItsStoredClaims() throws {
        // A ledger written before frames existed: one article and the claim at its figure.
        let path = (try temporaryFolder() as NSString).appendingPathComponent("old.sqlite")
        let text =
            "Rescuers said 14 people were killed in the flood. The river rose through the night and the town was cut off from the road."
        do {
            let queue = try DatabaseQueue(path: path)
            try Ledger.migrator.migrate(queue, upTo: "001_initial")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO articles (id, file, source_key, format, encoding, content_hash, text, chars, ingested_at)
                        VALUES (1, 'a.txt', 'a.txt', 'text', 'utf-8', ?, ?, ?, '2025-01-01T00:00:00Z');
                        INSERT INTO claims (article_id, seq, text, start, "end", sentence_start, sentence_end, sentence_hash, value,
                            kind, subject) VALUES (1, 0, '14', 14, 16, 0, 49, 0, 14, 'count', 'people');
                        """, arguments: [String(repeating: "0", count: 64), text, text.unicodeScalars.count])
            }
        }
        let ledger = try Ledger.open(path: path, mode: .write)
        let row = try #require(
            try ledger.read { db in try Row.fetchOne(db, sql: "SELECT entity, event, measure_key FROM claims") })
        #expect(row["entity"] as String? == "people")
        #expect(row["event"] as String? == "killed")
        #expect(row["measure_key"] as String? == "people|killed||")
        let language = try ledger.read { db in try String.fetchOne(db, sql: "SELECT language FROM articles") }
        #expect(language == "en")
        #expect(try ledger.integrityCheck() == ["ok"])
    }

    @Test func refusesALedgerFromANewerSchema() throws {
        let path = (try temporaryFolder() as NSString).appendingPathComponent("l.sqlite")
        let ledger = try Ledger.open(path: path, mode: .create)
        try ledger.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_future')") }
        #expect(throws: LedgerError.newerSchema(path, ["999_future"])) { try Ledger.open(path: path, mode: .write) }
        #expect(throws: LedgerError.newerSchema(path, ["999_future"])) { try Ledger.open(path: path, mode: .read) }
    }

    @Test func refusesAForeignDatabaseAndLeavesItUntouched() throws {
        let path = (try temporaryFolder() as NSString).appendingPathComponent("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LedgerError.foreign(path)) { try Ledger.open(path: path, mode: .create) }
        // Byte for byte: not even switched to WAL.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let count = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        #expect(count == 1)
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try temporaryFolder()
        let path = try write("just some text, not SQLite", to: "notes.sqlite", in: folder)
        #expect(throws: LedgerError.notADatabase(path)) { try Ledger.open(path: path, mode: .create) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some text, not SQLite")
    }

    @Test func explainsAMissingLedgerOrFolder() throws {
        let folder = try temporaryFolder()
        let path = (folder as NSString).appendingPathComponent("none.sqlite")
        #expect(throws: LedgerError.missing(path)) { try Ledger.open(path: path, mode: .read) }
        let deep = (folder as NSString).appendingPathComponent("no/such/dir/l.sqlite")
        #expect(throws: LedgerError.folderMissing(deep)) { try Ledger.open(path: deep, mode: .create) }
    }

    @Test func messagesAreOneActionableLine() {
        let message = LedgerError.notADatabase("x.sqlite").description
        #expect(message == "cannot open ledger at 'x.sqlite': file is not a database")
        #expect(!message.contains("\n"))
    }

    @Test func refusesAFIFOAsTheLedgerInsteadOfWaiting() throws {
        let folder = try temporaryFolder("fifo")
        let path = folder + "/ledger.fifo"
        mkfifo(path, 0o600)
        #expect(throws: LedgerError.self) { try Ledger.open(path: path, mode: .read) }
    }
}
