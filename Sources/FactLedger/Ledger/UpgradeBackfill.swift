import GRDB

/// Work migrations 007 and 008 do in Swift after their SQL: columns whose values a rule of the
/// extractor computes, filled for the rows an older ledger already holds.
enum UpgradeBackfill {
    /// Migration 007: the title read from the text, for every article whose metadata has none.
    static func fillTextTitles(_ db: Database) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM articles WHERE title IS NULL")
        var titles: [(Int64, String)] = []
        while let row = try rows.next() {
            if let title = TextTitle.from(row["text"]) { titles.append((row["id"], title)) }
        }
        for (id, title) in titles {
            try db.execute(sql: "UPDATE articles SET text_title = ? WHERE id = ?", arguments: [title, id])
        }
    }

    /// Migration 008: the identity of every organisation speaker (`OrganisationName.identity`).
    static func fillOrganisationIdentities(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM speakers WHERE kind = 'organisation'")
        for row in rows {
            try db.execute(
                sql: "UPDATE speakers SET identity_key = ? WHERE id = ?",
                arguments: [OrganisationName.identity(row["name"]), row["id"] as Int64])
        }
    }
}
