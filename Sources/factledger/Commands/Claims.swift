import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Claims: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List numeric claims: what they count, their interval, who said it and when.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only claims about these words (subject and context, full-text search).") var about: String?
        @Option(help: "Only this article.") var article: Int64?
        @Option(help: "Only claims by this speaker.") var speaker: String?
        @Option(help: "Only this unit or kind (USD, %, km, money, percent, year…).") var unit: String?
        @Option(help: "Only claims of this measure key, as claims --json prints it (drones|launched||).") var measure: String?
        @Option(help: "Show at most this many.") var limit: Int?

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() async throws {
            let claims = try global.open(.read).claims(
                ClaimFilter(about: about, articleId: article, speaker: speaker, unit: unit, measure: measure, limit: limit))
            if output.json { return Output.json(.array(claims.map(\.json))) }
            Output.table(
                ["ID", "FIGURE", "INTERVAL", "MEASURE", "SPEAKER", "OUTLET", "DATE"],
                claims.map { c in
                    [
                        String(c.id), c.text + (c.unit.map { $0 == "%" || c.text.contains($0) ? "" : " \($0)" } ?? ""),
                        ClaimFormat.interval(c),
                        ClaimFormat.measure(c), c.speaker ?? c.speakerAsWritten ?? "-", c.outlet ?? "-", c.eventDate ?? "-",
                    ]
                }, flexible: 3)
        }
    }
}
