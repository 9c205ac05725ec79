/// What a name names.
public enum NameClass: String, Hashable, Sendable, Codable, CaseIterable {
    case person, place, organisation, other
}

/// A name in a text: its tokens, its class, and for a person the role written before it.
public struct NameSpan: Hashable, Sendable {
    /// The name's tokens, `first...last` (titles and roles excluded).
    public var first: Int
    public var last: Int
    public var nameClass: NameClass
    /// Tokens of the role or title before a person's name (`Commissioner of Police` in `Lagos
    /// State Commissioner of Police Adaeze Okafor-Bello`), or nil.
    public var role: ClosedRange<Int>?
}

/// Finds names (runs of proper nouns) and classes them as person, place, organisation or other.
///
/// A run is a sequence of proper nouns (as tagged), joined by name particles before a proper noun
/// (`Rio de Janeiro`, `Bank of England`), hyphens (`Okafor-Bello`) and initials (`J.`). Calendar
/// words and time zones (`GMT`, `Monday`) are not names. Then, in order:
/// - a role or title inside the run is split off, and the rest is a person (`Prime Minister
///   Jonas Gahr Støre`); a title's modifiers (`Foreign` of `Foreign Policy`) do not split a run;
/// - a run whose last word heads organisation names (`House`, `Ministry`, `Reuters`) is an organisation;
/// - a run the gazetteer lists is a place (`Geneva`, `Rio de Janeiro`);
/// - a run right after an organisation noun (`state railway operator Ukrzaliznytsia`) or before
///   one in apposition (`Ukrzaliznytsia, the state railway,`) is an organisation;
/// - a run that opens with a given name, or that repeats the surname of a person named earlier,
///   is a person; two to four capitalised words are a person;
/// - a name the gazetteer does not know, right after a preposition of place (`in Nikopol`, `at
///   Mykolaiv`, `near Pokrovsk`), is a place, unless it owns something other than a place
///   (`in Zelensky's speech`; `at Kherson's port` is a place);
/// - anything else is `other`.
enum NameClassifier {
    /// The names in `text`, in order; `quoted` marks tokens inside quotations (their names count too).
    static func names(in t: TokenizedText) -> [NameSpan] {
        var out: [NameSpan] = []
        var surnames: Set<UInt64> = []
        for sentence in t.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard let run = run(t, at: i, end: sentence.upperBound) else {
                    i += 1
                    continue
                }
                i = run.upperBound + 1
                guard var span = classify(t, run, sentence: sentence, surnames: surnames) else { continue }
                if span.nameClass == .person, span.last > span.first || span.role != nil {
                    surnames.insert(t.hash(span.last))
                }
                if span.nameClass == .other, span.first == span.last, surnames.contains(t.hash(span.first)) {
                    span.nameClass = .person
                }
                out.append(span)
            }
        }
        return out
    }

    // MARK: - Runs

    /// The run of proper nouns starting at `start`, as a token range.
    static func run(_ t: TokenizedText, at start: Int, end: Int) -> ClosedRange<Int>? {
        guard isNameWord(t, start) else { return nil }
        var last = start
        var i = start + 1
        while i < end {
            if isNameWord(t, i) {
                last = i
                i += 1
            } else if t.isWord(i), NameLexicon.particles.contains(t.hash(i)), i + 1 < end, isNameWord(t, i + 1) {
                // `Rio de Janeiro`, `Commissioner of Police`
                i += 1
            } else if t.isPunct(i, 0x2D), !t.spaceBefore(i), i + 1 < end, !t.spaceBefore(i + 1), isNameWord(t, i + 1) {
                i += 1  // `Okafor-Bello`
            } else if t.isPunct(i, 0x2E), !t.spaceBefore(i), t.tokens[i - 1].end - t.tokens[i - 1].start == 1,
                i + 1 < end, isNameWord(t, i + 1)
            {
                i += 1  // `J. Smith`
            } else {
                break
            }
        }
        // Calendar words and time zones at either end are not part of a name (`GMT Keir Starmer`).
        var first = start
        while first <= last, isCalendarWord(t, first) { first += 1 }
        while last >= first, isCalendarWord(t, last) { last -= 1 }
        return first <= last ? first...last : nil
    }

    /// A token that can be part of a name: a proper noun, or a capitalised word the tagger did not
    /// see as a function word.
    private static func isNameWord(_ t: TokenizedText, _ i: Int) -> Bool {
        guard t.isWord(i), t.isCapitalised(i), let tag = t.tag(i) else { return false }
        if tag == .propn { return true }
        // `White House`, `Air Force`: a capitalised noun or adjective next to a proper noun.
        guard tag == .noun || tag == .adj else { return false }
        return (t.tag(i + 1) == .propn && t.isCapitalised(i + 1)) || (t.tag(i - 1) == .propn && t.isCapitalised(i - 1))
    }

    private static func isCalendarWord(_ t: TokenizedText, _ i: Int) -> Bool {
        t.isWord(i) && (NameLexicon.calendarWords.contains(t.hash(i)) || Tokenizer.timeZones.contains(t.hash(i)))
    }

    // MARK: - Classes

    static func classify(_ t: TokenizedText, _ run: ClosedRange<Int>, sentence: Range<Int>, surnames: Set<UInt64>)
        -> NameSpan?
    {
        let words = run.filter { t.isWord($0) }
        let hashes = words.map { t.hash($0) }
        // A nationality alone (`Russian`) describes; it does not name.
        if words.count == 1, Gazetteer.shared.entries(named: t.text(words[0])).allSatisfy({ $0.placeClass == .nationality }),
            !Gazetteer.shared.entries(named: t.text(words[0])).isEmpty
        {
            return nil
        }
        // A role or title, then the name: `Prime Minister Jonas Gahr Støre`.
        if let split = roleSplit(t, words) {
            let nameFirst = words[split + 1]
            let roleFirst = words[0...split].first { NameLexicon.titles.contains(t.hash($0)) } ?? words[0]
            return NameSpan(first: nameFirst, last: run.upperBound, nameClass: .person, role: roleFirst...words[split])
        }
        if let last = hashes.last, NameLexicon.organisationWords.contains(last) {
            return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .organisation)
        }
        let text = t.text(tokens: run.lowerBound, through: run.upperBound)
        if Gazetteer.shared.isPlace(text) {
            return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .place)
        }
        if apposedToOrganisationNoun(t, run, sentence: sentence) {
            return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .organisation)
        }
        let capitalised = words.allSatisfy { t.tokens[$0].end - t.tokens[$0].start > 1 && !t.tokens[$0].flags.contains(.allCaps) }
        // A given name first, or two to four capitalised words ending in a surname rather than a
        // common word (`Keir Starmer`, not `Foreign Policy`).
        if NameLexicon.female.contains(hashes[0]) || NameLexicon.male.contains(hashes[0])
            || (2...4).contains(words.count) && capitalised && !isCommonWord(t, words[words.count - 1])
        {
            return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .person)
        }
        if words.count == 1, surnames.contains(hashes[0]) {
            return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .person)
        }
        if isLocative(t, run, sentence: sentence) {
            return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .place)
        }
        return NameSpan(first: run.lowerBound, last: run.upperBound, nameClass: .other)
    }

    /// `in Nikopol`, `at Kherson's northern district`: a name after a preposition of place.
    private static func isLocative(_ t: TokenizedText, _ run: ClosedRange<Int>, sentence: Range<Int>) -> Bool {
        let before = run.lowerBound - 1
        guard before >= sentence.lowerBound, t.isWord(before), NameLexicon.placePrepositions.contains(t.hash(before)) else {
            return false
        }
        let after = run.upperBound + 1
        guard after < sentence.upperBound, t.kind(after) == .possessive else { return true }
        // `Kherson's port`, `Kharkiv's Northern district`: what the name owns is a place.
        return (after + 1...min(sentence.upperBound - 1, after + 3)).contains {
            t.isWord($0) && NameLexicon.placeNouns.contains(t.hash($0))
        }
    }

    /// The index (into `words`) of the last word of a role or title that a person's name follows:
    /// a title or a role noun, not a modifier of one (`Foreign`, `Prime`), with a name after it; a
    /// role goes on through `of` and an office (`Commissioner of Police`).
    static func roleSplit(_ t: TokenizedText, _ words: [Int]) -> Int? {
        guard words.count >= 2 else { return nil }
        func isRoleHead(_ h: UInt64) -> Bool {
            (NameLexicon.titles.contains(h) || NameLexicon.roleWords.contains(h) && !NameLexicon.organisationWords.contains(h))
                && !NameLexicon.roleModifiers.contains(h)
        }
        func isOffice(_ h: UInt64) -> Bool { NameLexicon.roleWords.contains(h) || NameLexicon.organisationWords.contains(h) }
        var split: Int?
        var k = 0
        while k < words.count - 1 {
            let h = t.hash(words[k])
            if isRoleHead(h) {
                split = k
            } else if split == k - 1, NameLexicon.particles.contains(h), k + 2 < words.count, isOffice(t.hash(words[k + 1])) {
                split = k + 1
                k += 1
            }
            k += 1
        }
        guard let split else { return nil }
        // What follows must be a name, not more of an office (`Secretary General`).
        guard !words[(split + 1)...].allSatisfy({ isOffice(t.hash($0)) }) else { return nil }
        return split
    }

    /// Whether `i` is a common English word (a WordNet lemma SemCor tags at least five times as a
    /// noun, verb or adjective): `Policy`, `Initial`; surnames like `Starmer` are not.
    static func isCommonWord(_ t: TokenizedText, _ i: Int) -> Bool {
        let lemma = Lemmatizer.shared.lemma(t.text(i), .noun)
        let lexicon = WordNetLexicon.shared
        return [WordNetLexicon.Mask.noun, .verb, .adjective].contains { lexicon.frequency(lemma, $0) >= 5 }
    }

    /// `state railway operator Ukrzaliznytsia`, `Ukrzaliznytsia, the state railway`: a common noun
    /// for an organisation right before the name, or in apposition right after it.
    private static func apposedToOrganisationNoun(_ t: TokenizedText, _ run: ClosedRange<Int>, sentence: Range<Int>) -> Bool {
        let before = run.lowerBound - 1
        if before >= sentence.lowerBound, t.isWord(before), !t.isCapitalised(before), t.tag(before) == .noun,
            NameLexicon.organisationNouns.contains(t.hash(before))
        {
            return true
        }
        var j = run.upperBound + 1
        guard j < sentence.upperBound, t.isPunct(j, 0x2C) || t.isPunct(j, 0x28) else { return false }
        j += 1
        var steps = 0
        while j < sentence.upperBound, steps < 5, let tag = t.tag(j), tag == .det || tag == .adj || tag.isNominal {
            if tag == .noun, NameLexicon.organisationNouns.contains(t.hash(j)), !(t.tag(j + 1)?.isNominal ?? false) {
                return true
            }
            j += 1
            steps += 1
        }
        return false
    }
}
