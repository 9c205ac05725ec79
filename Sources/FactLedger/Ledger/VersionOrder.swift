import GRDB

/// How a new text under a URL that already has one takes its place among the versions.
///
/// - **Stated time first, then ingest order.** A version's stated time is its modification date,
///   else its publication date, as its source gives them. A text stated older than the current
///   version (an old copy re-ingested after a correction) is stored as the version before it, so
///   the correction stays current; without stated times the one ingested last is current.
///   Example: `a-corrected.md` (modified 2025-11-26) then `a-old.md` (modified 2025-11-25), same URL:
///   the corrected one stays current.
/// - **A known earlier text is not added again.** Re-ingesting a folder with two files giving the
///   same URL would otherwise add two versions on every run; the earlier text is `unchanged`
///   unless it is stated newer than the current version (a correction withdrawn).
/// - **Another outlet's URL is not a replacement.** A different text with a different outlet under
///   a URL already stored is a separate article, with a warning: a file cannot replace another
///   outlet's story by naming its URL. (The same text with a new outlet is a correction.)
enum VersionOrder {
    /// `modified`, else `published` (ISO-8601 text, so strings compare as times).
    static func statedTime(_ m: ArticleMetadata) -> String? { m.modified ?? m.published }

    /// The incoming text is stated strictly older than the stored one; false when either lacks a time.
    static func isStatedOlder(_ incoming: String?, than stored: String?) -> Bool {
        guard let incoming, let stored else { return false }
        return incoming < stored
    }

    /// The incoming text is stated strictly newer than the stored one; false when either lacks a time.
    static func isStatedNewer(_ incoming: String?, than stored: String?) -> Bool {
        guard let incoming, let stored else { return false }
        return incoming > stored
    }

    /// Two outlet names that say different outlets (both given, different once folded).
    static func areDifferentOutlets(_ stored: String?, _ incoming: String?) -> Bool {
        guard let stored, let incoming else { return false }
        let (a, b) = (NameKey.fold(stored), NameKey.fold(incoming))
        return !a.isEmpty && !b.isEmpty && a != b
    }

    /// The source key of an article from another outlet that names a stored URL.
    static func separateKey(_ key: String, outlet: String) -> String { key + "|outlet:" + NameKey.fold(outlet) }

    /// Moves the just-inserted current version `newest` before `previous` (which it replaced):
    /// `previous` is current again. Version numbers follow the new order.
    static func moveBefore(_ newest: Int64, previous: Int64, db: Database) throws {
        let p = try Int64.fetchOne(db, sql: "SELECT replaces_id FROM articles WHERE id = ?", arguments: [previous])
        let pVersion = try p.map { try Int.fetchOne(db, sql: "SELECT version FROM articles WHERE id = ?", arguments: [$0]) ?? 0 }
        // In steps that keep `replaces_id` unique and `version = 1` exactly for a first version.
        try db.execute(sql: "UPDATE articles SET replaces_id = NULL, version = 1 WHERE id = ?", arguments: [newest])
        try db.execute(
            sql: "UPDATE articles SET replaces_id = ?, version = version + 1 WHERE id = ?", arguments: [newest, previous])
        try db.execute(
            sql: "UPDATE articles SET replaces_id = ?, version = ? WHERE id = ?", arguments: [p, (pVersion ?? 0) + 1, newest])
        try db.execute(sql: "UPDATE articles SET version = ? WHERE id = ?", arguments: [(pVersion ?? 0) + 2, previous])
    }
}
