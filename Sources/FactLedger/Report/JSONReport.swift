/// The discrepancy report as JSON: the same information as the other formats, nested. Each flag is
/// the `flags --json` object with its whole decision trail added.
enum JSONReport {
    static func render(_ data: ReportData, options: ReportOptions) -> String {
        let s = data.summary
        let summary = JSONValue.object([
            ("articles", .int(Int64(s.articles))), ("outlets", .int(Int64(s.outlets))), ("quotes", .int(Int64(s.quotes))),
            ("claims", .int(Int64(s.claims))), ("flags", .int(Int64(s.flags))),
            ("flags_by_status", .object(["open", "confirmed", "dismissed"].map { ($0, .int(Int64(s.flagsByStatus[$0] ?? 0))) })),
        ])
        let flags = data.flags.map { flag -> JSONValue in
            guard case .object(var pairs) = flag.listing.json else { return flag.listing.json }
            pairs.append(("title", .string(flag.listing.title)))
            pairs.append(("decisions", .array(flag.history.map(\.json))))
            // Every place each claim's article text appeared, by article id.
            let ids = Array(Set(flag.listing.members.map(\.claim.articleId))).sorted()
            pairs.append(
                ("appearances", .object(ids.map { (String($0), .array((data.appearances[$0] ?? []).map(\.json))) })))
            return .object(pairs)
        }
        return JSONValue.object([
            ("generated_at", .string(options.generatedAt)), ("status", .string(data.status?.rawValue ?? "all")),
            ("organisation", .from(options.orgName)), ("summary", summary), ("flags", .array(flags)),
        ]).rendered(indent: 2) + "\n"
    }
}
