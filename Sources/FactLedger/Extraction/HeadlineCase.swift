/// Headlines capitalise every word: `Mayor Said Budget “Will Not Survive The Winter”`.
///
/// In such a line a capitalised `Said` or `Says` is the verb, not a name, and a quotation in title
/// case is what was said, not the title of a work. A line is in headline case when it has at
/// least four words and every word but the small ones (`of`, `the`, `to`…) is capitalised.
enum HeadlineCase {
    /// The verbs a headline attributes with (`Mayor Says …`); others (`Rejects`, `Slams`) are read
    /// as in any other line.
    static let speechVerbs = Lexicon.set([
        "says", "said", "say", "tells", "told", "warns", "warned", "asks", "asked", "insists", "insisted", "vows", "vowed",
    ])

    static let smallWords = Lexicon.set([
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "as", "from", "vs",
    ])

    static func isHeadline(_ t: TokenizedText, sentence: Range<Int>) -> Bool {
        let words = sentence.filter { t.isWord($0) && !t.text($0).first!.isNumber }
        guard words.count >= 4 else { return false }
        return words.allSatisfy { t.isCapitalised($0) || smallWords.contains(t.hash($0)) }
            && words.filter({ t.isCapitalised($0) }).count >= words.count - 2
    }
}
