import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct ArticleShow: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "article", abstract: "Show one article: its metadata and text; correct its metadata.",
            discussion: """
                With --set-published, --set-outlet, --set-title or --set-author the article gets a new version \
                with the corrected fields (the old one keeps the old values), without its file.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ObjectOutputOptions
        @Argument(help: "The article's id.") var id: Int64
        @Option(help: "Correct the published date (YYYY-MM-DD).") var setPublished: String?
        @Option(help: "Correct the outlet.") var setOutlet: String?
        @Option(help: "Correct the title.") var setTitle: String?
        @Option(help: "Correct the author.") var setAuthor: String?

        func run() async throws {
            if setPublished != nil || setOutlet != nil || setTitle != nil || setAuthor != nil {
                let outcome = try global.open(.write).correct(
                    articleId: id, outlet: setOutlet, title: setTitle, author: setAuthor, published: setPublished)
                if outcome.status == .unchanged { return print("article \(id): nothing to change") }
                return print(
                    "article \(id): corrected as version article \(outcome.articleId); run `factledger check` to re-check it")
            }
            let ledger = try global.open(.read)
            guard let a = try ledger.article(id: id) else { throw LedgerError.notFound("no article with id \(id)") }
            if output.json { return Output.json(a.json) }
            let l = a.listing
            let fields: [(String, String?)] = [
                ("title", l.title), ("outlet", l.outlet), ("author", l.author),
                ("published", l.published.map { $0 + (l.publishedSource.map { " (from \($0))" } ?? "") }),
                ("url", l.url), ("file", l.file),
                ("version", l.version > 1 ? "\(l.version), replaces article \(l.replacesId ?? 0)" : nil),
                ("encoding", a.encoding == "utf-8" ? nil : a.encoding), ("counts", "\(l.quotes) quotes, \(l.claims) claims"),
            ]
            for (name, value) in fields { if let value { print("\(name.padded(to: 10)) \(Terminal.sanitise(value))") } }
            for warning in a.warnings { print("warning    \(Terminal.sanitise(warning))") }
            print("")
            print(Terminal.sanitise(a.text, keepNewlines: true))
        }
    }
}
