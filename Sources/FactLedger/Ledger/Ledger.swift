import Foundation
import GRDB

/// The SQLite ledger: articles, speakers, quotes, claims, flags and review events.
///
/// Every intent-named method runs in one transaction. Files are opened in WAL mode with a busy
/// timeout, so a second process reading or writing waits instead of failing.
public struct Ledger: Sendable {
    let writer: any DatabaseWriter
    /// The file path, or `:memory:`.
    public let path: String
    /// Opened as an immutable snapshot: the ledger's folder is read-only, so SQLite could not
    /// create the files it shares with other readers (`-shm`); changes made meanwhile are not seen.
    public private(set) var isImmutableSnapshot = false

    /// How long a write waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    /// SQLite `application_id` of FactLedger ledgers ('FLDG').
    static let applicationID: Int32 = 1_179_403_335

    public enum OpenMode: Sendable {
        /// Create the file if needed and apply migrations.
        case create
        /// The file must exist; migrations are applied.
        case write
        /// The file must exist; nothing is written.
        case read
    }

    /// Opens the ledger at `path`.
    public static func open(path: String, mode: OpenMode) throws -> Ledger {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard mode == .create else { throw LedgerError.missing(path) }
            let folder = (path as NSString).deletingLastPathComponent
            var isDir: ObjCBool = false
            if !folder.isEmpty, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) && isDir.boolValue) {
                throw LedgerError.folderMissing(path)
            }
        } else {
            try checkHeader(path)
            if mode != .read, access(path, W_OK) != 0 { throw LedgerError.readOnly(path) }
        }
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.readonly = mode == .read
        config.label = "factledger"
        // Savepoint journals and temporary tables in memory: each article's savepoint would
        // otherwise spill its rollback data to a temporary file (about 150 KB an article).
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        do {
            let writer: any DatabaseWriter
            var immutable = false
            if mode == .read {
                do {
                    let queue = try DatabaseQueue(path: path, configuration: config)
                    _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
                    writer = queue
                } catch let error as DatabaseError where Self.needsImmutable(error) {
                    // A read-only mount or folder: a WAL ledger cannot make its `-shm` file there.
                    writer = try DatabaseQueue(path: Self.immutableURI(path), configuration: config)
                    immutable = true
                }
            } else {
                // A foreign or newer file is refused before anything opens it for writing
                // (opening a pool switches the file to WAL, which changes its header).
                if exists {
                    var readConfig = config
                    readConfig.readonly = true
                    _ = try Ledger(writer: DatabaseQueue(path: path, configuration: readConfig), path: path).validate()
                }
                writer = try DatabasePool(path: path, configuration: config)
            }
            var ledger = Ledger(writer: writer, path: path)
            ledger.isImmutableSnapshot = immutable
            try ledger.prepare(migrate: mode != .read)
            return ledger
        } catch {
            throw LedgerError.from(error, path: path)
        }
    }

    /// Errors of a read-only open that an immutable open avoids: SQLite cannot create or lock the
    /// shared-memory file of a WAL database in a folder it cannot write.
    static func needsImmutable(_ error: DatabaseError) -> Bool {
        [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR].contains(error.resultCode)
    }

    /// `file:PATH?immutable=1` (SQLite reads the file without locks or `-shm`); the path is
    /// percent-encoded so `?` and `#` in it stay part of the name.
    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    /// A ledger in memory, for tests and previews.
    public static func inMemory() throws -> Ledger {
        let ledger = Ledger(writer: try DatabaseQueue(), path: ":memory:")
        try ledger.prepare(migrate: true)
        return ledger
    }

    init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    // MARK: - Migrations

    /// Identifiers of the embedded migrations (`001_initial`), in order.
    public static var migrationIdentifiers: [String] {
        EmbeddedResources.paths(under: "schema").filter { $0.hasSuffix(".sql") }.map {
            String(($0 as NSString).lastPathComponent.dropLast(4))
        }
    }

    /// Work a migration does in Swift after its SQL, in the same transaction.
    static let afterMigration: [String: @Sendable (Database) throws -> Void] = [
        "002_claim_frames": FrameBackfill.fill,
        "003_flag_confidence": FrameBackfill.refreshBlockKeys,
        "007_text_titles": UpgradeBackfill.fillTextTitles,
        "008_organisation_identity": UpgradeBackfill.fillOrganisationIdentities,
    ]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for path in EmbeddedResources.paths(under: "schema") where path.hasSuffix(".sql") {
            let identifier = String((path as NSString).lastPathComponent.dropLast(4))
            let sql = String(decoding: EmbeddedResources.data(path) ?? Data(), as: UTF8.self)
            let after = afterMigration[identifier]
            migrator.registerMigration(identifier) { db in
                try db.execute(sql: sql)
                try after?(db)
            }
        }
        return migrator
    }

    private func prepare(migrate: Bool) throws {
        let applied = try validate()
        if migrate {
            try Self.migrator.migrate(writer)
        } else if Set(applied) != Set(Self.migrationIdentifiers) {
            throw LedgerError.olderSchema(path)
        }
    }

    /// Refuses a database that is not a ledger or was written by a newer schema; returns the
    /// migrations applied to it.
    private func validate() throws -> [String] {
        let known = Set(Self.migrationIdentifiers)
        let (hasTables, appID, applied) = try writer.read { db -> (Bool, Int32, [String]) in
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            var applied: [String] = []
            if try db.tableExists("grdb_migrations") {
                applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
            return (tables > 0, appID, applied)
        }
        if hasTables, appID != Self.applicationID { throw LedgerError.foreign(path) }
        let unknown = applied.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty { throw LedgerError.newerSchema(path, unknown) }
        return applied
    }

    private static func checkHeader(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw LedgerError.notADatabase(path)
        }
        // A FIFO or a device would block the read below (or never be a database): refused.
        var st = stat()
        if stat(path, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            throw LedgerError.notADatabase(path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LedgerError.sqlite(path, "cannot read the file (permission denied?)")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // an empty file becomes a new ledger
        if header != Data("SQLite format 3\0".utf8) { throw LedgerError.notADatabase(path) }
    }

    // MARK: - Helpers

    /// Runs a write transaction, translating SQLite errors into `LedgerError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.write(body) } catch { throw LedgerError.from(error, path: path) }
    }

    /// Runs a read, translating SQLite errors into `LedgerError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch { throw LedgerError.from(error, path: path) }
    }

    /// `PRAGMA integrity_check`: "ok" or the problems found.
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Current UTC time as ISO-8601 with a trailing Z.
    static func now() -> String { ISOTime.string(from: Date()) }
}

/// ISO-8601 UTC timestamps with a trailing Z and millisecond precision.
public enum ISOTime {
    public static func string(from date: Date) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&t, &parts)
        let ms = Int((date.timeIntervalSince1970 - Double(t)) * 1000)
        func pad(_ n: Int32, _ w: Int = 2) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return
            "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))T\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec)).\(pad(Int32(ms), 3))Z"
    }
}
