/// The extraction stage of the pipeline: `Article` → `Extraction`.
///
/// Scans the text once, finds quotations and their speakers, then the figures and the claims
/// they make (a figure inside a quote is its speaker's). Stateless and safe to call from many
/// threads at once.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> Extraction {
        let scanned = TokenizedText(article.text)
        var run = QuotationExtractor().run(scanned)
        let numbers = NumberRecognizer(scanned).numbers()
        let claims = ClaimExtractor(t: scanned).claims(numbers, run: &run, published: article.metadata.published)
        return Extraction(quotes: run.quotes, claims: claims, entities: run.entities.entities, diagnostics: run.diagnostics)
    }
}
