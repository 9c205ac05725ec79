import GRDB

// One record type per table; columns are snake_case in SQL and camelCase here.

/// A row of `speakers`.
public struct SpeakerRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var name: String
    public var kind: String
    public var key: String
    public var surnameKey: String?
    public var role: String?
    public var speaksForId: Int64?
    public var mergedIntoId: Int64?
    public var createdAt: String
}

/// A row of `speaker_edits`.
public struct SpeakerEditRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var at: String
    public var reviewer: String
    public var action: String
    public var speakerId: Int64
    public var otherId: Int64?
    public var detail: String
}

/// A row of `check_runs`.
public struct CheckRunRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var startedAt: String
    public var finishedAt: String?
    public var claimsCompared: Int
    public var flagsNew: Int
    public var flagsUpdated: Int
}

/// A row of `flags`.
public struct FlagRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var key: String
    public var title: String
    public var kind: String
    public var explanation: String
    public var gap: Double?
    public var relativeGap: Double?
    public var dateRelation: String
    public var stale: Bool
    public var createdRunId: Int64
    public var updatedRunId: Int64
}

// MARK: - GRDB conformances

private protocol SnakeCaseRecord: FetchableRecord, MutablePersistableRecord, Codable {}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

extension SpeakerRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "speakers"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension SpeakerEditRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "speaker_edits"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension CheckRunRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "check_runs"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension FlagRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "flags"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
