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
}
