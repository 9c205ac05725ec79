/// Groups tokens into paragraphs (line breaks) and sentences (terminal punctuation before a
/// capital, a number or an opening quote; abbreviations and initials excepted; live-blog
/// timestamps; at most `maxSentenceTokens` tokens).
enum SentenceSegmenter {
    /// Turns line breaks inside a sentence (`hundreds of\n\nthousands`) into plain spaces.
    static func joinSoftLineBreaks(_ tokens: inout [Token], bytes: [UInt8]) {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            if token.kind == .lineBreak, let previous = out.last, i + 1 < tokens.count {
                let next = tokens[i + 1]
                let previousEndsClause =
                    previous.kind == .punct || previous.kind == .quote || previous.kind == .lineBreak
                    || previous.flags.contains(.timestamp)
                let nextContinues = next.kind == .word && !next.flags.contains(.capitalised) && !next.flags.contains(.hasDigit)
                if !previousEndsClause, nextContinues, previous.kind == .word || previous.kind == .number {
                    var joined = next
                    joined.flags.insert(.spaceBefore)
                    tokens[i + 1] = joined
                    continue
                }
            }
            out.append(token)
        }
        tokens = out
    }

    static let abbreviations: Set<UInt64> = Set(
        [
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
            "vs", "etc", "no", "nos", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "vol", "fig", "dept", "univ", "rev", "hon", "adm",
            "maj", "cpl", "pvt", "supt", "insp", "det", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "al", "op", "ed",
        ].map(WordHash.of))

    /// Longer runs without a sentence end are cut here: the work per figure is bounded by its
    /// sentence, and real sentences stay far below this (a 100-word sentence is about 120 tokens).
    static let maxSentenceTokens = 400

    /// Paragraphs end at line breaks; sentences at . ! ? … (with closing quotes or brackets after them)
    /// followed by a capital, a number or an opening quote, and around live-blog timestamps.
    static func segment(_ tokens: [Token], bytes: [UInt8]) -> ([Range<Int>], [Range<Int>]) {
        var paragraphs: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var paragraphStart = 0
        var sentenceStart = 0
        func endSentence(_ end: Int) {
            if end > sentenceStart { sentences.append(sentenceStart..<end) }
            sentenceStart = end
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i - sentenceStart >= maxSentenceTokens { endSentence(i) }
            if t.kind == .lineBreak {
                endSentence(i)
                if i > paragraphStart { paragraphs.append(paragraphStart..<i) }
                paragraphStart = i + 1
                sentenceStart = i + 1
                i += 1
                continue
            }
            // A timestamp opening a live-blog entry is a sentence of its own.
            if t.flags.contains(.timestamp), i == sentenceStart || !tokens[i - 1].flags.contains(.timestamp) {
                if i > sentenceStart, !(i > 0 && isWord(tokens[i - 1], bytes, "at")) { endSentence(i) }
                var j = i
                while j < tokens.count, tokens[j].flags.contains(.timestamp) { j += 1 }
                if i == sentenceStart { endSentence(j) }
                i = j
                continue
            }
            if t.kind == .punct, isTerminal(t, bytes) {
                var j = i + 1
                while j < tokens.count, !tokens[j].flags.contains(.spaceBefore),
                    tokens[j].kind == .quote || (tokens[j].kind == .punct && isClosingBracket(tokens[j], bytes))
                        || (tokens[j].kind == .punct && isTerminal(tokens[j], bytes))
                {
                    j += 1
                }
                if j < tokens.count, tokens[j].kind != .lineBreak, tokens[j].flags.contains(.spaceBefore),
                    startsSentence(tokens[j]), !isAbbreviation(tokens, i, bytes)
                {
                    endSentence(j)
                }
                i = j
                continue
            }
            i += 1
        }
        endSentence(tokens.count)
        if tokens.count > paragraphStart { paragraphs.append(paragraphStart..<tokens.count) }
        return (paragraphs, sentences)
    }

    private static func isTerminal(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let b = bytes[Int(t.start)]
        if t.end - t.start == 1 { return b == 0x2E || b == 0x21 || b == 0x3F }
        return t.end - t.start == 3 && b == 0xE2 && bytes[Int(t.start) + 1] == 0x80 && bytes[Int(t.start) + 2] == 0xA6  // …
    }

    private static func isClosingBracket(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let b = bytes[Int(t.start)]
        return t.end - t.start == 1 && (b == 0x29 || b == 0x5D)
    }

    private static func isWord(_ t: Token, _ bytes: [UInt8], _ word: String) -> Bool {
        t.kind == .word && t.hash == WordHash.of(word)
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.flags.contains(.capitalised)
        case .number: return true
        case .quote: return !t.flags.contains(.closes) || t.flags.contains(.opens)
        case .punct: return true
        default: return false
        }
    }

    /// `Mr.`, `U.S.`, an initial (`Donald J. Trump`): a full stop that does not end the sentence.
    private static func isAbbreviation(_ tokens: [Token], _ dot: Int, _ bytes: [UInt8]) -> Bool {
        guard bytes[Int(tokens[dot].start)] == 0x2E, dot > 0 else { return false }
        let previous = tokens[dot - 1]
        guard previous.kind == .word, !tokens[dot].flags.contains(.spaceBefore) else { return false }
        if abbreviations.contains(previous.hash) { return true }
        // A single capital letter: an initial.
        if previous.end - previous.start == 1, previous.flags.contains(.capitalised) { return true }
        // U.S. / U.K.: letter, dot, letter, dot
        if dot >= 3, tokens[dot - 2].kind == .punct, bytes[Int(tokens[dot - 2].start)] == 0x2E, previous.end - previous.start == 1
        {
            return true
        }
        return false
    }
}
