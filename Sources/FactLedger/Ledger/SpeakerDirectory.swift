import GRDB

/// Finds the ledger's speaker for a person or organisation an article names, or creates one.
///
/// Matching, in order: a reviewer's alias; the same full name or an alias already seen; the same
/// person under a transliteration variant (`Zelensky`/`Zelenskyy`/`Zelenskiy`, `Umerov`/`Umierov`)
/// or a short first name (`Dan`/`Daniel Driscoll`) when exactly one speaker fits. A name that fits
/// two speakers is not merged: it gets a speaker of its own, which a reviewer can merge. Forms a
/// reviewer rejected for a speaker (`speakers unalias`, `split`) never match it.
struct SpeakerDirectory {
    let db: Database
    /// What this transaction already resolved; nothing else writes speakers meanwhile.
    var cache = Cache()

    /// Resolutions and first-name keys seen in one write transaction, and the reviewers' aliases
    /// (few, and never changed by ingest), read once.
    final class Cache {
        var resolved: [Entity: Int64] = [:]
        var firstKeys: [String: String?] = [:]
        /// Reviewer alias key → the speaker it was given to last; nil until read.
        var reviewerAliases: [String: Int64]?
        /// Keys a reviewer rejected, by speaker.
        var rejected: [Int64: Set<String>] = [:]

        func load(_ db: Database) throws {
            guard reviewerAliases == nil else { return }
            var aliases: [String: Int64] = [:]
            for row in try db.rows(
                "SELECT key, speaker_id, source FROM speaker_aliases WHERE source IN ('reviewer', 'rejected') ORDER BY id")
            {
                let key: String = row[0]
                let id: Int64 = row[1]
                let source: String = row[2]
                if source == "reviewer" { aliases[key] = id } else { rejected[id, default: []].insert(key) }
            }
            reviewerAliases = aliases
        }

        func firstKey(_ name: String) -> String? {
            if let known = firstKeys[name] { return known }
            let key = NameParts(name).firstKey
            firstKeys[name] = key
            return key
        }
    }

    func resolve(_ entity: Entity, speaksFor: Int64?) throws -> Int64 {
        guard let name = entity.name else { preconditionFailure("resolve needs a named entity") }
        if let id = cache.resolved[entity], speaksFor == nil { return id }
        let forms = [name] + entity.aliases
        let parts = NameParts(name)
        let id: Int64
        // Only the entity's own name follows a reviewer's alias: one misspelling an article merged into
        // it (`Starner`) must not carry the whole person to the speaker a reviewer split it into.
        if let found = try reviewerAlias([name]) ?? match(name: name, parts: parts, kind: entity.kind) {
            id = found
        } else {
            try db.run(
                """
                INSERT INTO speakers (name, kind, key, surname_key, role, speaks_for_id, merged_into_id, created_at,
                    identity_key)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)
                """,
                [
                    name, entity.kind.rawValue, NameKey.fold(name), entity.kind == .person ? parts.surnameKey : nil,
                    entity.roles.first,
                    speaksFor, Ledger.now(), entity.kind == .organisation ? OrganisationName.identity(name) : nil,
                ])
            id = db.lastInsertedRowID
            // A new speaker can make an earlier surname-only match ambiguous.
            cache.resolved.removeAll()
        }
        // INSERT OR IGNORE keeps a reviewer's or a rejected alias as it is.
        for form in forms { try addAlias(form, to: id) }
        if let speaksFor, speaksFor != id {
            try db.run("UPDATE speakers SET speaks_for_id = ? WHERE id = ? AND speaks_for_id IS NULL", [speaksFor, id])
        }
        if let role = entity.roles.first {
            try db.run("UPDATE speakers SET role = ? WHERE id = ? AND role IS NULL", [role, id])
        }
        cache.resolved[entity] = id
        return id
    }

    /// A reviewer said this form is not this speaker.
    func isRejected(_ key: String, for id: Int64) throws -> Bool {
        try cache.load(db)
        return cache.rejected[id]?.contains(key) ?? false
    }

    /// The speaker a reviewer tied this form to with `speakers alias` or `split`, if any.
    func reviewerSpeaker(forWritten written: String) throws -> Int64? {
        let key = Ledger.writtenKey(written)
        guard !key.isEmpty,
            let id = try reviewerAliasSpeaker(key)
        else { return nil }
        return try canonical(id)
    }

    private func reviewerAliasSpeaker(_ key: String) throws -> Int64? {
        try cache.load(db)
        return cache.reviewerAliases?[key]
    }

    // MARK: - Matching

    /// A speaker a reviewer gave one of these forms as an alias: reviewers' corrections win.
    private func reviewerAlias(_ forms: [String]) throws -> Int64? {
        for form in forms {
            let key = NameKey.fold(form)
            if key.isEmpty { continue }
            if let id = try reviewerAliasSpeaker(key) {
                return try canonical(id)
            }
        }
        return nil
    }

    private func match(name: String, parts: NameParts, kind: SpeakerKind) throws -> Int64? {
        let key = NameKey.fold(name)
        if kind == .organisation || parts.first != nil {
            // A full name (or an organisation) seen before, as a name or an alias.
            let ids =
                try db.all(Int64.self, "SELECT id FROM speakers WHERE key = ? ORDER BY id", [key])
                + db.all(
                    Int64.self, "SELECT speaker_id FROM speaker_aliases WHERE key = ? AND source <> 'rejected' ORDER BY id", [key]
                )
            for id in ids {
                let found = try canonical(id)
                if try !isRejected(key, for: found) { return found }
            }
        }
        if kind == .organisation {
            // The same organisation with its owner written another way (`OrganisationName`).
            let identity = OrganisationName.identity(name)
            for id in try db.all(
                Int64.self, "SELECT id FROM speakers WHERE identity_key = ? AND kind = 'organisation' ORDER BY id", [identity])
            {
                let found = try canonical(id)
                if try !isRejected(key, for: found) { return found }
            }
            return nil
        }
        guard kind == .person, let surname = parts.surnameKey else { return try exactSpeaker(key) }
        let rows = try db.rows(
            "SELECT id, name FROM speakers WHERE surname_key = ? AND kind = 'person' AND merged_into_id IS NULL", [surname])
        let mine = parts.firstKey
        let fits = try rows.filter {
            try NameParts.firstKeysCompatible(mine, cache.firstKey($0["name"])) && !isRejected(key, for: $0["id"])
        }
        let named = fits.filter { cache.firstKey($0["name"]) != nil }
        if parts.first != nil {
            return named.count == 1 ? named[0]["id"] : nil
        }
        // A surname alone: the one person of that name, else its own speaker.
        if named.count == 1 { return named[0]["id"] }
        return try exactSpeaker(key)
    }

    private func exactSpeaker(_ key: String) throws -> Int64? {
        try db.one(Int64.self, "SELECT id FROM speakers WHERE key = ? AND merged_into_id IS NULL ORDER BY id", [key])
    }

    private func canonical(_ id: Int64) throws -> Int64 {
        var current = id
        for _ in 0..<32 {
            guard let next = try db.one(Int64.self, "SELECT merged_into_id FROM speakers WHERE id = ?", [current])
            else {
                return current
            }
            current = next
        }
        return current
    }

    private func addAlias(_ alias: String, to id: Int64) throws {
        let key = NameKey.fold(alias)
        guard !key.isEmpty else { return }
        try db.run(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, key, source) VALUES (?, ?, ?, 'extracted')",
            [id, alias, key])
    }
}
