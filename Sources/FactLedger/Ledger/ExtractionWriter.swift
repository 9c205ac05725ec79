import GRDB

/// Writes one article's extraction: its speakers (resolved against the ledger), role mentions,
/// quotes and claims. Runs inside `Ledger.record(_:)`'s transaction, which defers the FTS inserts.
struct ExtractionWriter {
    let db: Database
    let articleId: Int64
    let published: String?
    var speakers = SpeakerDirectory.Cache()

    func write(_ x: Extraction) throws {
        let directory = SpeakerDirectory(db: db, cache: speakers)
        var speakerIds: [Int: Int64] = [:]
        var needed = Set(x.quotes.compactMap(\.speaker) + x.claims.compactMap(\.speaker))
        for i in needed { if let boss = x.entities[i].speaksFor { needed.insert(boss) } }
        // Whom a spokesperson speaks for is resolved first, so the link can be written.
        for i in needed.sorted(by: {
            (x.entities[$0].speaksFor == nil ? 0 : 1, $0) < (x.entities[$1].speaksFor == nil ? 0 : 1, $1)
        }) {
            let entity = x.entities[i]
            guard entity.name != nil else { continue }
            speakerIds[i] = try directory.resolve(entity, speaksFor: entity.speaksFor.flatMap { speakerIds[$0] })
        }
        for entity in x.entities {
            guard let name = entity.name, entity.kind == .person else { continue }
            for role in entity.roles {
                let key = RoleKey.make(role)
                guard !key.isEmpty else { continue }
                try db.run(
                    "INSERT OR IGNORE INTO role_mentions (article_id, name, role, role_key) VALUES (?, ?, ?, ?)",
                    [articleId, name, role, key])
            }
        }
        // A reviewer's alias for the form as written wins; a form a reviewer rejected for a speaker is not theirs.
        func speakerId(_ entity: Int?, written: String?) throws -> Int64? {
            if let written, let reviewed = try directory.reviewerSpeaker(forWritten: written) { return reviewed }
            guard let entity, let id = speakerIds[entity] else { return nil }
            if let written, try directory.isRejected(Ledger.writtenKey(written), for: id) { return nil }
            return id
        }
        var quoteIds: [Int64] = []
        quoteIds.reserveCapacity(x.quotes.count)
        for (seq, q) in x.quotes.enumerated() {
            var roleKey: String?
            if let i = q.speaker, x.entities[i].name == nil, let role = x.entities[i].roles.first {
                roleKey = RoleKey.make(role)
            }
            try db.run(
                """
                INSERT INTO quotes (article_id, seq, start, "end", kind, cue, speaker_as_written, speaker_start, speaker_end,
                    speaker_id, speaker_role_key, utterance, clause_start, clause_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    articleId, seq, q.range.start, q.range.end, q.kind.rawValue, q.cue, q.speakerAsWritten,
                    q.speakerRange?.start, q.speakerRange?.end, try speakerId(q.speaker, written: q.speakerAsWritten), roleKey,
                    q.utterance, q.clause?.start, q.clause?.end,
                ])
            quoteIds.append(db.lastInsertedRowID)
            // The text for the batch's one FTS insert (see `record(_:)`), bound here: slicing it
            // back out of the article in SQL costs the article's length per quote.
            try db.run("INSERT INTO temp.quote_fts_pending (id, text) VALUES (?, ?)", [db.lastInsertedRowID, q.text])
        }
        var claimIds: [Int64] = []
        claimIds.reserveCapacity(x.claims.count)
        for (seq, c) in x.claims.enumerated() {
            try db.run(
                """
                INSERT INTO claims (article_id, seq, text, start, "end", sentence_start, sentence_end, sentence_hash, value, lower,
                    upper, lower_inclusive, upper_inclusive, qualifier, kind, unit, subject, subject_key, context,
                    speaker_as_written, speaker_id, quote_id, event_date, event_date_basis, entity, event, modifiers, place,
                    actors, scope, counted, measure_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                StatementArguments(
                    [
                        articleId, seq, c.text, c.range.start, c.range.end, c.sentence.start, c.sentence.end, c.sentenceHash,
                        c.value, c.lower, c.upper, c.lowerInclusive, c.upperInclusive, c.qualifier, c.kind.rawValue, c.unit,
                        c.subject, SubjectKey.make(frame: c.frame, kind: c.kind, unit: c.unit), c.context, c.speakerAsWritten,
                        try speakerId(c.speaker, written: c.speakerAsWritten), c.quote.map { quoteIds[$0] }, c.eventDate,
                        c.eventDateBasis.rawValue,
                    ] + Self.frameColumns(c)))
            claimIds.append(db.lastInsertedRowID)
        }
        for (seq, c) in x.claims.enumerated() {
            if let target = c.converts, target < claimIds.count {
                try db.run("UPDATE claims SET converts_claim_id = ? WHERE id = ?", [claimIds[target], claimIds[seq]])
            }
        }
    }

    /// A claim's frame as the columns `entity, event, modifiers, place, actors, scope, counted,
    /// measure_key` store it (lists joined; NULL when empty).
    static func frameColumns(_ c: Claim) -> [(any DatabaseValueConvertible)?] {
        [
            c.frame.entity, c.frame.event, c.frame.modifiers.isEmpty ? nil : c.frame.modifiers.joined(separator: ","),
            c.frame.place,
            c.frame.actors.isEmpty ? nil : c.frame.actors.joined(separator: "; "), c.frame.scope, c.frame.counted,
            c.frame.measureKey,
        ]
    }
}
