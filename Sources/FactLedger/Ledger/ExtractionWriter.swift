import GRDB

/// Writes one article's extraction: its speakers (resolved against the ledger), role mentions,
/// quotes and claims. Runs inside the caller's transaction.
struct ExtractionWriter {
    let db: Database
    let articleId: Int64
    let published: String?

    func write(_ x: Extraction) throws {
        let directory = SpeakerDirectory(db: db)
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
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO role_mentions (article_id, name, role, role_key) VALUES (?, ?, ?, ?)
                        """, arguments: [articleId, name, role, key])
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
            var record = QuoteRecord(
                id: nil, articleId: articleId, seq: seq, text: q.text, start: q.range.start, end: q.range.end,
                kind: q.kind.rawValue, cue: q.cue, speakerAsWritten: q.speakerAsWritten,
                speakerStart: q.speakerRange?.start, speakerEnd: q.speakerRange?.end,
                speakerId: try speakerId(q.speaker, written: q.speakerAsWritten), speakerRoleKey: roleKey, utterance: q.utterance,
                clauseStart: q.clause?.start, clauseEnd: q.clause?.end)
            try record.insert(db)
            quoteIds.append(record.id!)
        }
        var claimIds: [Int64] = []
        claimIds.reserveCapacity(x.claims.count)
        for (seq, c) in x.claims.enumerated() {
            var record = ClaimRecord(
                id: nil, articleId: articleId, seq: seq, text: c.text, start: c.range.start, end: c.range.end,
                sentenceStart: c.sentence.start, sentenceEnd: c.sentence.end, sentenceHash: c.sentenceHash, value: c.value,
                lower: c.lower,
                upper: c.upper, lowerInclusive: c.lowerInclusive, upperInclusive: c.upperInclusive,
                qualifier: c.qualifier, kind: c.kind.rawValue, unit: c.unit, subject: c.subject,
                subjectKey: SubjectKey.make(subject: c.subject, kind: c.kind, unit: c.unit), context: c.context,
                speakerAsWritten: c.speakerAsWritten, speakerId: try speakerId(c.speaker, written: c.speakerAsWritten),
                quoteId: c.quote.map { quoteIds[$0] }, eventDate: c.eventDate, eventDateBasis: c.eventDateBasis.rawValue,
                convertsClaimId: nil)
            try record.insert(db)
            claimIds.append(record.id!)
        }
        for (seq, c) in x.claims.enumerated() {
            if let target = c.converts, target < claimIds.count {
                try db.execute(
                    sql: "UPDATE claims SET converts_claim_id = ? WHERE id = ?", arguments: [claimIds[target], claimIds[seq]])
            }
        }
    }
}
