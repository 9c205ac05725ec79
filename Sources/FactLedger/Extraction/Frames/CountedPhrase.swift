/// The phrase a figure counts, written right after it: `75 Iranian-made Shahed drones`, `600,000
/// (troops`, `90% of disputes`, `hundreds of thousands of soldiers`, `1,800 residential units`.
///
/// Reason: English puts the counted noun after the number; adjectives, nouns and participles that
/// modify it come in between. The phrase ends at a verb (as tagged, and as the lexicon agrees:
/// `plan` in `a peace plan to…` is a noun), a preposition, an adverb, a calendar word or a clause
/// word; hyphenated words stay one word (`full-scale`).
struct CountedPhrase: Hashable {
    /// Tokens of the phrase, `first...last`; `head` is its last noun (or the last word when it has none).
    var first: Int
    var last: Int
    var head: Int

    /// The phrase after the figure ending at token `figureLast`, if one follows it.
    static func after(_ figureLast: Int, in s: FrameSentence) -> CountedPhrase? {
        var j = figureLast + 1
        // `600,000 (troops — ed.)`, `1 million-plus strong`
        if s.isPunct(j, 0x28) || (s.isPunct(j, 0x2D) && !s.spaceBefore(j)) { j += 1 }
        // `90% of disputes`, `hundreds of thousands of soldiers`
        if s.isWord(j), s.lower(j) == "of", !s.t.isCapitalised(j + 1) || s.tag(j + 1) == .propn { j += 1 }
        if s.isWord(j), s.lower(j) == "the" { j += 1 }
        return starting(at: j, in: s)
    }

    /// The phrase that starts at token `start`: up to five words that name a thing.
    static func starting(at start: Int, in s: FrameSentence) -> CountedPhrase? {
        var j = start
        if s.isWord(j), possessives.contains(s.lower(j)), let next = s.tag(j + 1),
            role(next, at: j + 1, afterNoun: false, in: s) != nil
        {
            j += 1
        }
        let first = j
        var last: Int?
        var head: Int?
        var words = 0
        while s.isWord(j), words < 5 {
            guard let tag = s.tag(j), let part = role(tag, at: j, afterNoun: head != nil, in: s), !stops(j, in: s) else { break }
            if part == .noun { head = j }
            last = j
            words += 1
            j += 1
            // `Iranian-made`, `nine-storey`: a hyphen with no space joins two words.
            if s.isPunct(j, 0x2D), !s.spaceBefore(j), s.isWord(j + 1), !s.spaceBefore(j + 1) {
                last = j + 1
                if s.tag(j + 1)?.isNominal == true { head = j + 1 }
                j += 2
            }
            // `Russia's foreign currency reserves`: the possessor's phrase gives way to what it owns.
            if s.contains(j), s.kind(j) == .possessive, let next = s.tag(j + 1),
                role(next, at: j + 1, afterNoun: false, in: s) != nil,
                let owned = starting(at: j + 1, in: s)
            {
                return CountedPhrase(first: first, last: owned.last, head: owned.head)
            }
        }
        guard let last else { return nil }
        return CountedPhrase(first: first, last: last, head: head ?? last)
    }

    /// What a word does in a counted phrase.
    enum Role { case noun, modifier }

    /// Whether a word tagged `tag` can stand in a counted phrase, and as what: nouns and numbers
    /// (which may head it), adjectives, a participle before the phrase's noun (`frozen Russian
    /// assets`; after a noun a verb is the clause's own: `households lost power`), and a word tagged
    /// as a verb that can be a noun and is no past form, as a noun (the tagger errs on such words:
    /// `a peace plan to…`).
    static func role(_ tag: PartOfSpeech, at j: Int, afterNoun: Bool, in s: FrameSentence) -> Role? {
        switch tag {
        case .noun, .propn, .num, .x: return .noun
        case .adj, .sym: return .modifier
        case .verb:
            if s.readsAsNoun(j) { return .noun }
            if !afterNoun, let next = s.tag(j + 1), next.isNominal || next == .adj { return .modifier }
            return nil
        default: return nil
        }
    }

    /// Words that end a counted phrase whatever their tag: calendar and time words.
    static func stops(_ j: Int, in s: FrameSentence) -> Bool {
        let h = s.t.hash(j)
        return NameLexicon.calendarWords.contains(h) || timeWords.contains(h)
    }

    static let possessives: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]
    static let timeWords = WordHash.set(["overnight", "today", "yesterday", "tonight", "tomorrow", "morning", "evening"])
}
