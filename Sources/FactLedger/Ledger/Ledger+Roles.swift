import GRDB

extension Ledger {
    /// Resolves quotes whose speaker is only a role (`the Russian leader`) that their own article
    /// does not tie to a name, using the people other articles in the ledger name in that role.
    ///
    /// A role resolves when one person clearly dominates its mentions (at least twice as many
    /// articles as the next); otherwise the quotes keep the role as written and no speaker.
    /// Returns how many quotes were resolved.
    @discardableResult
    public func resolvePendingRoleSpeakers() throws -> Int {
        try write { db in
            let keys = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT speaker_role_key FROM quotes WHERE speaker_id IS NULL AND speaker_role_key IS NOT NULL
                    """)
            var resolved = 0
            for key in keys {
                guard let name = try Self.person(forRole: key, db: db) else { continue }
                let id = try SpeakerDirectory(db: db).resolve(Entity(name: name, kind: .person), speaksFor: nil)
                try db.execute(
                    sql: """
                        UPDATE claims SET speaker_id = ? WHERE speaker_id IS NULL AND quote_id IN
                          (SELECT id FROM quotes WHERE speaker_id IS NULL AND speaker_role_key = ?)
                        """, arguments: [id, key])
                try db.execute(
                    sql: "UPDATE quotes SET speaker_id = ? WHERE speaker_id IS NULL AND speaker_role_key = ?",
                    arguments: [id, key])
                resolved += db.changesCount
            }
            return resolved
        }
    }

    /// The person the ledger's articles name in a role; `leader` stands for any head of state or government.
    static func person(forRole key: String, db: Database) throws -> String? {
        var keys = [key]
        if key.hasSuffix(" leader") {
            let country = String(key.dropLast(" leader".count))
            keys += ["president", "prime-minister", "chancellor", "head of state"].map { country + " " + $0 }
        }
        let placeholders = keys.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT name, count(DISTINCT article_id) AS n FROM role_mentions WHERE role_key IN (\(placeholders))
                GROUP BY name
                """, arguments: StatementArguments(keys))
        // Spellings of one person count together.
        var people: [(name: String, count: Int, parts: NameParts)] = []
        for row in rows {
            let name: String = row["name"]
            let n: Int = row["n"]
            let parts = NameParts(name)
            if let i = people.firstIndex(where: {
                $0.parts.surnameKey == parts.surnameKey && $0.parts.firstNameCompatible(with: parts)
            }) {
                people[i].count += n
                if name.count > people[i].name.count { people[i].name = name }
            } else {
                people.append((name, n, parts))
            }
        }
        people.sort { $0.count > $1.count }
        guard let top = people.first else { return nil }
        if people.count > 1, top.count < 2 * people[1].count { return nil }
        return top.name
    }
}
