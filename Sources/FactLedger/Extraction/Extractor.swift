/// The extraction stage of the pipeline: `Article` → `Extraction`.
///
/// Scans the text once, finds quotations and their speakers, then the figures and the claims
/// they make (a figure inside a quote is its speaker's). Stateless and safe to call from many
/// threads at once.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> Extraction {
        let scanned = TokenizedText(article.text, tagging: Self.needsTags)
        var run = QuotationExtractor().run(scanned)
        let language = LanguageDetector.language(of: scanned)
        let numbers = NumberRecognizer(scanned, language: language).numbers()
        let claims = ClaimExtractor(t: scanned, foreign: ForeignNumbers.table(for: language)).claims(
            numbers, run: &run, published: article.metadata.published, language: language)
        return Extraction(
            quotes: run.quotes, claims: claims, entities: run.entities.entities, diagnostics: run.diagnostics, language: language)
    }

    /// The share of the sentences of `texts` that extraction tags (`needsTags`), for `factledger-bench --tagger`.
    public static func taggedSentenceShare(_ texts: [String]) -> Double {
        var all = 0, tagged = 0
        for text in texts {
            let t = TokenizedText(text, tagger: nil)
            all += t.sentences.count
            tagged += t.sentences.filter { needsTags(t, $0) }.count
        }
        return Double(tagged) / Double(max(1, all))
    }

    /// The sentences the extractors read tags in: those with a figure (digits, number words or a
    /// month, which dates start with), a quotation mark or a speech verb. Others are not tagged.
    static func needsTags(_ t: TokenizedText, _ sentence: Range<Int>) -> Bool {
        sentence.contains { i in
            switch t.kind(i) {
            case .number, .quote: return true
            case .word:
                let h = t.hash(i)
                return NumberWord.table[h] != nil || Lexicon.cueVerbs.contains(h) || Lexicon.cueParticiples.contains(h)
                    || h == Lexicon.according || NameLexicon.calendarWords.contains(h)
            default: return t.isPunct(i, 0x3A)
            }
        }
    }
}
