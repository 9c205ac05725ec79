import GRDB

// One record type per table; columns are snake_case in SQL and camelCase here.

/// A row of `articles`.
public struct ArticleRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var author: String?
    public var published: String?
    public var publishedRaw: String?
    public var publishedSource: String?
    public var modified: String?
    public var file: String
    public var sourceKey: String
    public var format: String
    public var encoding: String
    public var contentHash: String
    public var text: String
    public var chars: Int
    public var version: Int
    public var replacesId: Int64?
    public var ingestedAt: String

    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let sourceKey = Column(CodingKeys.sourceKey)
        static let contentHash = Column(CodingKeys.contentHash)
        static let replacesId = Column(CodingKeys.replacesId)
    }
}

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

/// A row of `speaker_aliases`.
public struct SpeakerAliasRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var speakerId: Int64
    public var alias: String
    public var key: String
    public var source: String
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

/// A row of `quotes`.
public struct QuoteRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var articleId: Int64
    public var seq: Int
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: String
    public var cue: String?
    public var speakerAsWritten: String?
    public var speakerStart: Int?
    public var speakerEnd: Int?
    public var speakerId: Int64?
    public var speakerRoleKey: String?
    public var utterance: Int
    public var clauseStart: Int?
    public var clauseEnd: Int?
}

/// A row of `claims`.
public struct ClaimRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var articleId: Int64
    public var seq: Int
    public var text: String
    public var start: Int
    public var end: Int
    public var sentenceStart: Int
    public var sentenceEnd: Int
    public var sentenceHash: Int64
    public var value: Double
    public var lower: Double?
    public var upper: Double?
    public var lowerInclusive: Bool
    public var upperInclusive: Bool
    public var qualifier: String?
    public var kind: String
    public var unit: String?
    public var subject: String?
    public var subjectKey: String?
    public var context: String?
    public var speakerAsWritten: String?
    public var speakerId: Int64?
    public var quoteId: Int64?
    public var eventDate: String?
    public var eventDateBasis: String?
    public var convertsClaimId: Int64?
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

/// A row of `flag_claims`.
public struct FlagClaimRecord: Hashable, Sendable, Codable {
    public var flagId: Int64
    public var claimId: Int64
    public var addedRunId: Int64
    public var removedRunId: Int64?
    public var addedAt: String
}

/// A row of `review_events`.
public struct ReviewEventRecord: Hashable, Sendable, Codable {
    public var id: Int64?
    public var flagId: Int64
    public var at: String
    public var reviewer: String
    public var action: String
    public var reason: String?
    public var note: String?
    public var undoesId: Int64?
}

// MARK: - GRDB conformances

private protocol SnakeCaseRecord: FetchableRecord, MutablePersistableRecord, Codable {}

extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

extension ArticleRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "articles"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension SpeakerRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "speakers"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension SpeakerAliasRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "speaker_aliases"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension SpeakerEditRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "speaker_edits"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension QuoteRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "quotes"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ClaimRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "claims"
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

extension FlagClaimRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "flag_claims"
}

extension ReviewEventRecord: FetchableRecord, MutablePersistableRecord, SnakeCaseRecord {
    public static let databaseTableName = "review_events"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
