/// How an ingest run is reported: one summary line, or JSON for scripts.
public enum IngestReport {
    /// `5 articles: 5 new, 0 unchanged, 0 updated, 0 failed; 62 quotes, 41 claims`.
    public static func line(_ s: IngestSummary) -> String {
        let total = s.new + s.unchanged + s.updated + s.failed
        var line =
            "\(total) article\(total == 1 ? "" : "s"): \(s.new) new, \(s.unchanged) unchanged, \(s.updated) updated, \(s.failed) failed"
        line += "; \(s.quotes) quote\(s.quotes == 1 ? "" : "s"), \(s.claims) claim\(s.claims == 1 ? "" : "s")"
        if s.unchanged > 0, s.new == 0, s.updated == 0, s.failed == 0 { line += " (nothing changed)" }
        return line
    }

    public static func json(_ s: IngestSummary) -> JSONValue {
        .object([
            ("new", .int(Int64(s.new))), ("unchanged", .int(Int64(s.unchanged))), ("updated", .int(Int64(s.updated))),
            ("failed", .int(Int64(s.failed))), ("quotes", .int(Int64(s.quotes))), ("claims", .int(Int64(s.claims))),
            (
                "articles",
                .array(
                    s.outcomes.map { o in
                        .object([
                            ("id", .int(o.articleId)), ("file", .string(o.file)), ("status", .string(o.status.rawValue)),
                            ("quotes", .int(Int64(o.quotes))), ("claims", .int(Int64(o.claims))),
                            ("related_id", .from(o.relatedArticleId)),
                            ("warnings", .array(o.warnings.map(JSONValue.string))),
                        ])
                    })
            ),
            ("errors", .array(s.failures.map(JSONValue.string))),
            ("warnings", .array(s.warnings.map(JSONValue.string))),
        ])
    }
}
