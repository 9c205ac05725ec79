/// A base noun phrase: a determiner or possessor, modifiers and a head noun, as token indexes
/// into a `TokenizedText` (`first...last`, `head` among them).
public struct NounPhrase: Hashable, Sendable {
    public var first: Int
    public var last: Int
    /// The head: the phrase's last noun, proper noun or pronoun (`officials` in `the two senior
    /// Ukrainian officials`).
    public var head: Int
    /// Where the phrase's own words start after a possessor (`invasion` in `Russia’s full-scale
    /// invasion`); equal to `first` when there is none.
    public var afterPossessor: Int
}

/// Finds base noun phrases in tagged sentences: an optional determiner or possessor (`the`,
/// `their`, `Russia’s`), then numbers, adjectives, participles and nouns, ending at the last noun:
/// `the two senior Ukrainian officials`, `Russia’s full-scale invasion`, `1,800 residential units`.
///
/// Words joined by a hyphen with no space (`full-scale`, `nine-storey`) stay in one phrase. A
/// pronoun (`he`, `they`) is a phrase of its own. Phrases do not cross prepositions, verbs (other
/// than a participle before a noun: `frozen Russian assets`) or punctuation.
enum NounPhraseChunker {
    /// The noun phrases of `sentence` in `text`, in order.
    static func chunks(in text: TokenizedText, sentence: Range<Int>) -> [NounPhrase] {
        var out: [NounPhrase] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if let np = phrase(in: text, at: i, end: sentence.upperBound) {
                out.append(np)
                i = np.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// The noun phrase that starts at token `start`, if one does.
    static func phrase(in t: TokenizedText, at start: Int, end: Int) -> NounPhrase? {
        guard let first = t.tag(start) else { return nil }
        var i = start
        if first == .pron {
            // `her` before a noun is a possessor (`her husband`); otherwise a pronoun is a phrase.
            guard isPossessivePronoun(t, start), let next = t.tag(start + 1), next == .adj || next == .num || next.isNominal
            else {
                return NounPhrase(first: start, last: start, head: start, afterPossessor: start)
            }
            i += 1
        } else if first == .det {
            i += 1
        }
        var afterPossessor = start
        var head: Int?
        while i < end, let tag = t.tag(i), tag.isNominal || isModifier(t, i, tag) {
            head = tag.isNominal ? i : nil
            i += 1
            // `full-scale`, `Okafor-Bello`: a hyphen with no space around it joins two words.
            if i + 1 < end, t.isPunct(i, 0x2D), !t.spaceBefore(i), !t.spaceBefore(i + 1), t.tag(i + 1) != nil,
                t.isWord(i + 1) || t.kind(i + 1) == .number
            {
                i += 1
                continue
            }
            // `Russia’s full-scale invasion`: a possessor and the phrase it owns.
            if head != nil, i + 1 < end, t.kind(i) == .possessive, let next = t.tag(i + 1),
                next == .adj || next == .num || next.isNominal
            {
                afterPossessor = i + 1
                head = nil
                i += 1
            }
        }
        // The phrase ends at its last noun: `troops deployed` stops at `troops`.
        guard let head = head ?? lastNominal(t, from: afterPossessor, before: i) else { return nil }
        return NounPhrase(first: start, last: head, head: head, afterPossessor: afterPossessor)
    }

    private static func lastNominal(_ t: TokenizedText, from a: Int, before b: Int) -> Int? {
        stride(from: b - 1, through: a, by: -1).first { t.tag($0)?.isNominal == true }
    }

    /// Numbers, adjectives and participles before a noun (`75`, `senior`, `frozen`, `residential`).
    private static func isModifier(_ t: TokenizedText, _ i: Int, _ tag: PartOfSpeech) -> Bool {
        switch tag {
        case .adj, .num: return true
        case .verb:
            // `frozen assets`, `the wounded soldiers`: a participle right before a noun or adjective.
            guard t.isWord(i), let next = t.tag(i + 1), next.isNominal || next == .adj else { return false }
            let w = t.text(i).lowercased()
            return w.hasSuffix("ed") || w.hasSuffix("en") || w.hasSuffix("ing")
        default: return false
        }
    }

    private static let possessivePronouns = WordHash.set(["his", "her", "its", "their", "our", "my", "your", "whose"])

    private static func isPossessivePronoun(_ t: TokenizedText, _ i: Int) -> Bool {
        t.isWord(i) && possessivePronouns.contains(t.hash(i))
    }
}
