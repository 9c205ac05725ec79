/// Figures that count what an earlier phrase named: `N others`, `N more`, `N of them`, `of
/// which N`, and `respectively` lists (`troops and reservists will rise to 120,000 and 30,000,
/// respectively`).
///
/// Reason: English does not repeat the counted noun when it is clear from before: `others` and
/// `more` add to a count of the same things (people unless the sentence counted something else),
/// `of them` and `of which` take a part of the phrase they point back to, and `respectively`
/// pairs the figures with the nouns in the order written.
enum Antecedent {
    /// `29 others`, `three more`: true when the figure is followed by such a word standing for
    /// the noun (`two other officials` names its noun).
    static func isOthersOrMore(after figureLast: Int, in s: FrameSentence) -> Bool {
        let j = figureLast + 1
        guard s.isWord(j), ["others", "other", "more"].contains(s.lower(j)) else { return false }
        return !(s.tag(j + 1)?.isNominal == true || s.tag(j + 1) == .adj)
    }

    /// `74 of them`, `of which 74`.
    static func isPartOfEarlier(_ figure: ClosedRange<Int>, in s: FrameSentence) -> Bool {
        let after = figure.upperBound + 1
        if s.isWord(after), s.lower(after) == "of", s.isWord(after + 1),
            ["them", "those", "these", "which"].contains(s.lower(after + 1))
        {
            return true
        }
        let before = figure.lowerBound - 1
        return s.isWord(before) && s.lower(before) == "which" && s.isWord(before - 1) && s.lower(before - 1) == "of"
    }

    /// The noun phrase a `respectively` list pairs with the figure at `figure`, among `figures`
    /// of the sentence (token ranges, in order).
    static func respectively(_ figure: ClosedRange<Int>, figures: [ClosedRange<Int>], in s: FrameSentence) -> CountedPhrase? {
        guard let r = s.range.first(where: { s.isWord($0) && s.lower($0) == "respectively" }), figure.upperBound < r else {
            return nil
        }
        // The coordinated figures before `respectively`, in a row: `120,000 and 30,000`.
        func joins(_ range: Range<Int>) -> Bool {
            range.allSatisfy { s.isPunct($0, 0x2C) || (s.isWord($0) && ["and", "or"].contains(s.lower($0))) }
        }
        var list: [ClosedRange<Int>] = []
        for f in figures.reversed() where f.upperBound < r {
            if let next = list.first {
                guard f.upperBound < next.lowerBound, joins((f.upperBound + 1)..<next.lowerBound) else { break }
            } else {
                guard f.upperBound < r, joins((f.upperBound + 1)..<r) else { break }
            }
            list.insert(f, at: 0)
        }
        guard list.count >= 2, let position = list.firstIndex(of: figure) else { return nil }
        // The coordinated nouns before the list: `troops and reservists`.
        var heads: [CountedPhrase] = []
        var i = list[0].lowerBound - 1
        while i >= s.range.lowerBound, heads.count < list.count {
            // `will number 95,000 and 12,000`: a word after an auxiliary is a verb, whatever its tag.
            if let tag = s.tag(i), tag.isNominal, s.tag(i - 1) != .aux {
                var start = i
                while start > s.range.lowerBound, let t = s.tag(start - 1), t == .adj || t.isNominal { start -= 1 }
                if let p = CountedPhrase.starting(at: start, in: s) { heads.insert(p, at: 0) }
                i = start - 1
                // Coordinated: `and`, `or` or a comma before the next noun.
                guard i >= s.range.lowerBound, s.isWord(i) && ["and", "or"].contains(s.lower(i)) || s.isPunct(i, 0x2C) else {
                    break
                }
                i -= 1
                continue
            }
            i -= 1
        }
        guard heads.count == list.count else { return nil }
        return heads[position]
    }
}
