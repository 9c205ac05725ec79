/// The extraction stage of the pipeline: `Article` → `Extraction`.
///
/// Stateless and safe to call from many threads at once.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> Extraction {
        let scanned = ScannedText(article.text)
        let quotes = QuotationExtractor().extract(scanned)
        return Extraction(quotes: quotes.quotes, claims: [], entities: quotes.entities, diagnostics: quotes.diagnostics)
    }
}
