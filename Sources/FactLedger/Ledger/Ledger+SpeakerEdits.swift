import GRDB

/// Reviewers' corrections to speakers. Each is one transaction, logged in `speaker_edits`, and
/// recorded as reviewer aliases so that re-ingesting articles resolves the same way.
extension Ledger {
    /// Merges `other` into `target`: its quotes and claims move, its names become the target's aliases.
    public func mergeSpeakers(_ targetName: String, _ otherName: String, reviewer: String) throws -> SpeakerListing {
        try write { db in
            let target = try Self.oneSpeaker(targetName, db: db)
            let other = try Self.oneSpeaker(otherName, db: db)
            guard target != other else { throw LedgerError.invalid("'\(targetName)' and '\(otherName)' are already one speaker") }
            let forms =
                try String.fetchAll(
                    db, sql: "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND source <> 'rejected'", arguments: [other]
                )
                + [String.fetchOne(db, sql: "SELECT name FROM speakers WHERE id = ?", arguments: [other]) ?? otherName]
            for form in forms { try Self.addAlias(form, to: target, source: "reviewer", db: db) }
            try db.execute(sql: "UPDATE speakers SET merged_into_id = ? WHERE id = ?", arguments: [target, other])
            try db.execute(sql: "UPDATE speakers SET merged_into_id = ? WHERE merged_into_id = ?", arguments: [target, other])
            try db.execute(sql: "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", arguments: [target, other])
            try db.execute(sql: "UPDATE claims SET speaker_id = ? WHERE speaker_id = ?", arguments: [target, other])
            try Self.log("merge", target, other, "merged '\(otherName)' into '\(targetName)'", reviewer: reviewer, db: db)
            return try Self.listing(target, db: db)
        }
    }

    /// Adds an alias: the form now resolves to this speaker, and quotes written that way move to it.
    public func addSpeakerAlias(_ name: String, _ alias: String, reviewer: String) throws -> SpeakerListing {
        try write { db in
            let id = try Self.oneSpeaker(name, db: db)
            let key = NameKey.fold(alias)
            guard !key.isEmpty else { throw LedgerError.invalid("the alias is empty") }
            try db.execute(
                sql: "DELETE FROM speaker_aliases WHERE key = ? AND speaker_id <> ? AND source = 'reviewer'",
                arguments: [key, id])
            try Self.addAlias(alias, to: id, source: "reviewer", db: db)
            try Self.moveQuotes(writtenAs: [key], to: id, db: db)
            try Self.log("alias", id, nil, "'\(alias)' is '\(name)'", reviewer: reviewer, db: db)
            return try Self.listing(id, db: db)
        }
    }

    /// Renames a speaker; the old name stays as an alias.
    public func renameSpeaker(_ oldName: String, to newName: String, reviewer: String) throws -> SpeakerListing {
        try write { db in
            let id = try Self.oneSpeaker(oldName, db: db)
            let current = try String.fetchOne(db, sql: "SELECT name FROM speakers WHERE id = ?", arguments: [id]) ?? oldName
            guard !NameKey.fold(newName).isEmpty else { throw LedgerError.invalid("the new name is empty") }
            try Self.addAlias(current, to: id, source: "reviewer", db: db)
            try Self.addAlias(newName, to: id, source: "reviewer", db: db)
            try db.execute(
                sql:
                    """
                    UPDATE speakers SET name = ?, key = ?, surname_key = CASE kind WHEN 'person' THEN ? ELSE NULL END,
                        identity_key = CASE kind WHEN 'organisation' THEN ? ELSE NULL END WHERE id = ?
                    """,
                arguments: [
                    newName, NameKey.fold(newName), NameParts(newName).surnameKey, OrganisationName.identity(newName), id,
                ])
            try Self.log("rename", id, nil, "renamed '\(current)' to '\(newName)'", reviewer: reviewer, db: db)
            return try Self.listing(id, db: db)
        }
    }

    /// Splits forms off a speaker into a speaker of their own (reviving one merged earlier under
    /// the first form's name): undoes a wrong merge. Quotes written in those forms move with them.
    public func splitSpeaker(_ name: String, aliases: [String], reviewer: String) throws -> SpeakerListing {
        try write { db in
            let id = try Self.oneSpeaker(name, db: db)
            guard let first = aliases.first else { throw LedgerError.invalid("name at least one alias to split off") }
            let keys = aliases.map(NameKey.fold)
            let kind = try String.fetchOne(db, sql: "SELECT kind FROM speakers WHERE id = ?", arguments: [id]) ?? "person"
            let newId: Int64
            if let revived = try Int64.fetchOne(
                db, sql: "SELECT id FROM speakers WHERE key = ? AND merged_into_id = ?", arguments: [keys[0], id])
            {
                try db.execute(sql: "UPDATE speakers SET merged_into_id = NULL WHERE id = ?", arguments: [revived])
                newId = revived
            } else {
                var record = SpeakerRecord(
                    id: nil, name: first, kind: kind, key: keys[0],
                    surnameKey: kind == "person" ? NameParts(first).surnameKey : nil,
                    role: nil, speaksForId: nil, mergedIntoId: nil, createdAt: Self.now())
                try record.insert(db)
                newId = record.id!
            }
            for (alias, key) in zip(aliases, keys) {
                try db.execute(sql: "DELETE FROM speaker_aliases WHERE speaker_id = ? AND key = ?", arguments: [id, key])
                try Self.addAlias(alias, to: id, source: "rejected", db: db)
                try Self.addAlias(alias, to: newId, source: "reviewer", db: db)
            }
            try Self.moveQuotes(writtenAs: keys, to: newId, from: id, db: db)
            try Self.log(
                "split", id, newId, "split \(aliases.map { "'\($0)'" }.joined(separator: ", ")) off '\(name)'",
                reviewer: reviewer, db: db)
            return try Self.listing(newId, db: db)
        }
    }

    /// Removes an alias: the form no longer resolves to this speaker, now or on re-ingest.
    /// Quotes written that way lose their speaker.
    public func removeSpeakerAlias(_ name: String, _ alias: String, reviewer: String) throws -> SpeakerListing {
        try write { db in
            let id = try Self.oneSpeaker(name, db: db)
            let key = NameKey.fold(alias)
            try db.execute(sql: "DELETE FROM speaker_aliases WHERE speaker_id = ? AND key = ?", arguments: [id, key])
            try Self.addAlias(alias, to: id, source: "rejected", db: db)
            let quoteIds = try Int64.fetchAll(db, sql: "SELECT id FROM quotes WHERE speaker_id = ?", arguments: [id]).filter {
                _ in true
            }
            for q in quoteIds {
                let written =
                    try String.fetchOne(db, sql: "SELECT speaker_as_written FROM quotes WHERE id = ?", arguments: [q]) ?? ""
                if Self.writtenKey(written) == key {
                    try db.execute(sql: "UPDATE quotes SET speaker_id = NULL WHERE id = ?", arguments: [q])
                    try db.execute(sql: "UPDATE claims SET speaker_id = NULL WHERE quote_id = ?", arguments: [q])
                }
            }
            try Self.log("unalias", id, nil, "'\(alias)' is not '\(name)'", reviewer: reviewer, db: db)
            return try Self.listing(id, db: db)
        }
    }

    /// One speaker with its quotes and the corrections made to it.
    public func speaker(named name: String) throws -> (SpeakerListing, [QuoteListing], [String]) {
        let (listing, edits): (SpeakerListing, [String]) = try read { db in
            let id = try Self.oneSpeaker(name, db: db)
            let edits = try Row.fetchAll(
                db, sql: "SELECT at, reviewer, detail FROM speaker_edits WHERE speaker_id = ? OR other_id = ? ORDER BY id",
                arguments: [id, id]
            ).map { "\($0["at"] as String) \($0["reviewer"] as String): \($0["detail"] as String)" }
            return (try Self.listing(id, db: db), edits)
        }
        return (listing, try quotes(QuoteFilter(speaker: listing.name)), edits)
    }

    // MARK: - Helpers

    /// The one current speaker a name denotes; an error when none or several do.
    static func oneSpeaker(_ name: String, db: Database) throws -> Int64 {
        let ids = try speakerIds(matching: name, db: db)
        if ids.isEmpty { throw LedgerError.notFound("no speaker named '\(name)'") }
        if ids.count > 1 {
            let names = try ids.map {
                try String.fetchOne(db, sql: "SELECT name FROM speakers WHERE id = ?", arguments: [$0]) ?? "?"
            }
            throw LedgerError.invalid("'\(name)' could be \(names.joined(separator: " or ")); use the full name")
        }
        return ids[0]
    }

    static func addAlias(_ alias: String, to id: Int64, source: String, db: Database) throws {
        let key = NameKey.fold(alias)
        guard !key.isEmpty else { return }
        try db.execute(
            sql: """
                INSERT INTO speaker_aliases (speaker_id, alias, key, source) VALUES (?, ?, ?, ?)
                ON CONFLICT (speaker_id, key) DO UPDATE SET source = excluded.source
                """, arguments: [id, alias, key, source])
    }

    /// The folded name of a speaker as written, without a leading determiner or title.
    static func writtenKey(_ written: String) -> String {
        NameKey.fold(NameParts(ArticleEntities.stripDeterminer(written)).words.joined(separator: " "))
    }

    private static func moveQuotes(writtenAs keys: [String], to id: Int64, from source: Int64? = nil, db: Database) throws {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT id, speaker_as_written FROM quotes WHERE speaker_as_written IS NOT NULL"
                + (source == nil ? "" : " AND speaker_id = \(source!)"))
        let wanted = Set(keys)
        for row in rows {
            let written: String = row["speaker_as_written"]
            guard wanted.contains(writtenKey(written)) || wanted.contains(NameKey.fold(written)) else { continue }
            let q: Int64 = row["id"]
            try db.execute(sql: "UPDATE quotes SET speaker_id = ? WHERE id = ?", arguments: [id, q])
            try db.execute(sql: "UPDATE claims SET speaker_id = ? WHERE quote_id = ?", arguments: [id, q])
        }
    }

    private static func log(_ action: String, _ id: Int64, _ other: Int64?, _ detail: String, reviewer: String, db: Database)
        throws
    {
        var record = SpeakerEditRecord(
            id: nil, at: now(), reviewer: reviewer, action: action, speakerId: id, otherId: other, detail: detail)
        try record.insert(db)
    }

    static func listing(_ id: Int64, db: Database) throws -> SpeakerListing {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT s.id, s.name, s.kind, s.role, b.name AS boss,
                  (SELECT count(*) FROM quotes q JOIN current_articles a ON a.id = q.article_id WHERE q.speaker_id = s.id) AS quotes,
                  (SELECT count(*) FROM claims c JOIN current_articles a ON a.id = c.article_id WHERE c.speaker_id = s.id) AS claims
                FROM speakers s LEFT JOIN speakers b ON b.id = s.speaks_for_id WHERE s.id = ?
                """, arguments: [id])!
        let name: String = row["name"]
        let aliases = try String.fetchAll(
            db, sql: "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND source <> 'rejected' ORDER BY id",
            arguments: [id]
        ).filter { $0 != name }
        return SpeakerListing(
            id: id, name: name, kind: row["kind"], role: row["role"], speaksFor: row["boss"], aliases: aliases,
            quotes: row["quotes"], claims: row["claims"])
    }
}
