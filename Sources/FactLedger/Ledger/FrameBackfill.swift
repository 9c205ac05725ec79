import GRDB

/// Fills the frames (schema 002) of claims a ledger stored before frames existed, as part of the
/// migration that adds their columns, so an upgraded ledger is cross-checked like a new one.
///
/// Each article's stored text is extracted again and a stored claim takes the frame (and the
/// subject) of the claim read at the same offsets; the article gets its language. A stored claim
/// the current extractor no longer reads at that place keeps no frame (its figure stays listed;
/// `check` passes it over), and figures it reads now that were not stored are not added: claim
/// ids stay stable, so flags and their review history are untouched. Schema 003 recomputes the
/// blocking keys from the stored frames (`refreshBlockKeys`).
enum FrameBackfill {
    static func fill(_ db: Database) throws {
        let extractor = Extractor()
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text, published FROM articles WHERE chars > 0")
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            var metadata = ArticleMetadata()
            metadata.published = row["published"]
            let x = extractor.extract(Article(file: "", metadata: metadata, text: row["text"]))
            try db.run("UPDATE articles SET language = ? WHERE id = ?", [x.language, id])
            let byRange = Dictionary(x.claims.map { ("\($0.range.start):\($0.range.end)", $0) }, uniquingKeysWith: { a, _ in a })
            let stored = try Row.fetchAll(db, sql: #"SELECT id, start, "end" FROM claims WHERE article_id = ?"#, arguments: [id])
            for claim in stored {
                let start: Int = claim["start"], end: Int = claim["end"]
                guard let c = byRange["\(start):\(end)"] else { continue }
                try db.run(
                    """
                    UPDATE claims SET subject = ?, subject_key = ?, entity = ?, event = ?, modifiers = ?, place = ?, actors = ?,
                        scope = ?, counted = ?, measure_key = ? WHERE id = ?
                    """,
                    StatementArguments(
                        [c.subject, SubjectKey.make(frame: c.frame, kind: c.kind, unit: c.unit)]
                            + ExtractionWriter.frameColumns(c)
                            + [claim["id"] as Int64]))
            }
        }
    }

    /// Recomputes every claim's blocking key from its stored frame (schema 003: nationalities
    /// left out of the key, see `SubjectKey`).
    static func refreshBlockKeys(_ db: Database) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, kind, unit, entity, event, modifiers, scope FROM claims WHERE entity IS NOT NULL")
        for row in rows {
            let modifiers: String? = row["modifiers"]
            let frame = ClaimFrame(
                entity: row["entity"], event: row["event"], modifiers: (modifiers ?? "").split(separator: ",").map(String.init),
                scope: row["scope"])
            let key = SubjectKey.make(frame: frame, kind: ClaimKind(rawValue: row["kind"]) ?? .count, unit: row["unit"])
            try db.run("UPDATE claims SET subject_key = ? WHERE id = ?", [key, row["id"] as Int64])
        }
    }
}
