import Foundation

/// Turns recognized figures into claims: what each counts or measures, the words of the event it
/// belongs to, who says it, and when it happened.
///
/// Not claims: identifiers and codes, times of day, list numbering, ordinals, `one of them`, a
/// small number after a definite determiner (`the two leaders`), bare dates not tied to an event.
/// Counts and other non-negative quantities get 0 as the lower end of an interval that is open
/// below (`up to 700` → [0, 700]).
struct ClaimExtractor {
    let t: TokenizedText

    func claims(_ numbers: [RecognizedNumber], run: inout QuoteRun, published: String?) -> [Claim] {
        var claims: [Claim] = []
        var figures: [RecognizedNumber] = []
        var lastCountHead: (sentence: Int32, head: String)?
        let dates = numbers.filter { $0.kind == .date && $0.date != nil }
        for n in numbers {
            guard isClaim(n) else { continue }
            let sentenceIndex = t.sentenceOf[n.numberFirst]
            let sentence = t.sentences[Int(sentenceIndex)]
            var subject = self.subject(of: n, inheritedHead: lastCountHead?.sentence == sentenceIndex ? lastCountHead?.head : nil)
            if n.kind == .count, let s = subject, let head = s.split(separator: " ").first.map(String.init), head != "" {
                lastCountHead = (sentenceIndex, head)
            }
            if subject == nil && (n.kind == .count || n.kind == .year || n.kind == .date) { continue }
            if n.kind == .count, n.value == 1, n.qualifier == nil,
                !(subject ?? "").contains(" ") || !(subject ?? "").hasPrefix("people")
            {
                if !(subject.map { $0.hasSuffix("killed") || $0.hasSuffix("injured") } ?? false) { continue }
            }
            if n.kind == .age, subject == nil { subject = "age" }
            let byteStart = Int(t.tokens[n.first].start), byteEnd = Int(t.tokens[n.last].end)
            // A figure can straddle a sentence break the splitter saw (`Jan . 21, 2017`): the
            // sentence shown with it always contains it.
            let sentenceStart = min(byteStart, Int(t.tokens[sentence.lowerBound].start))
            let sentenceEnd = max(byteEnd, Int(t.tokens[sentence.upperBound - 1].end))
            let offsets = t.scalarOffsets([byteStart, byteEnd, sentenceStart, sentenceEnd])
            var (lower, upper) = (n.lower, n.upper)
            if lower == nil, let u = upper, u >= 0, nonNegative(n) { lower = 0 }
            var claim = Claim(
                text: t.text(from: byteStart, to: byteEnd), range: TextRange(offsets[0], offsets[1]),
                sentence: TextRange(offsets[2], offsets[3]), value: n.value, lower: lower, upper: upper,
                lowerInclusive: lower == nil ? true : n.lowerInclusive, upperInclusive: upper == nil ? true : n.upperInclusive,
                qualifier: n.qualifier, kind: n.kind, unit: n.unit, subject: subject,
                context: context(of: n, sentence: sentence, subject: subject))
            claim.sentenceHash = sentenceHash(sentence)
            if claim.lower == nil, claim.upper == nil, n.isRange == false, n.qualifier == nil {
                claim.lower = n.value
                claim.upper = n.value
            }
            attribute(&claim, n: n, sentence: sentence, run: &run)
            (claim.eventDate, claim.eventDateBasis) = eventDate(of: n, sentence: sentence, dates: dates, published: published)
            if n.kind == .date, let date = n.date { resolveYear(&claim, date: date, published: published) }
            claims.append(claim)
            figures.append(n)
        }
        linkConversions(&claims, numbers: figures)
        return claims
    }

    /// `on 25 February` in an article published in November 2025 is 25 February 2025.
    private func resolveYear(_ claim: inout Claim, date: String, published: String?) {
        guard date.hasPrefix("XXXX"), let year = published.flatMap({ Int($0.prefix(4)) }) else { return }
        var iso = String(year) + date.dropFirst(4)
        if let p = published, iso > String(p.prefix(10)) { iso = String(year - 1) + date.dropFirst(4) }
        claim.eventDate = iso
        claim.eventDateBasis = .explicit
        let digits = Double(iso.filter(\.isNumber)) ?? claim.value
        claim.value = digits
        if claim.lower == claim.upper { claim.lower = digits; claim.upper = digits }
    }

    /// FNV-1a of the sentence's word hashes: equal for the same words whatever the spacing or punctuation.
    private func sentenceHash(_ sentence: Range<Int>) -> Int64 {
        var h = WordHash.basis
        for i in sentence where t.kind(i) == .word || t.kind(i) == .number {
            h = (h ^ t.hash(i)) &* WordHash.prime
        }
        return Int64(bitPattern: h)
    }

    // MARK: - Which figures are claims

    private func isClaim(_ n: RecognizedNumber) -> Bool {
        if n.isIdentifier || n.isCodePart || n.isOrdinal { return false }
        if n.kind == .date { return dateIsEvent(n) }
        // List numbering: `1.` or `2)` opening a paragraph.
        let paragraph = t.paragraphs[Int(t.paragraphOf[n.first])]
        if n.first == paragraph.lowerBound, n.last + 1 < t.tokens.count,
            t.isPunct(n.last + 1, 0x2E) || t.isPunct(n.last + 1, 0x29)
        {
            return false
        }
        // `one of the`, `the two leaders`, `both sides`
        if n.kind == .count, n.qualifier == nil, n.value <= 2, n.first > 0, t.isWord(n.first - 1),
            Self.definiteBeforeSmall.contains(t.hash(n.first - 1))
        {
            return false
        }
        if n.kind == .count, n.value == 1, n.qualifier == nil, n.last + 1 < t.tokens.count, t.isWord(n.last + 1),
            t.hash(n.last + 1) == W.of
        {
            return false
        }
        // `four of the seven blocks`, `74 out of 75`: a part and its whole, not two counts of one thing.
        if n.kind == .count || n.kind == .ratio, isPartitive(n) { return false }
        // A year by itself is a claim only as the date of something (`abolished in 1996`, `since 2022`, `by 2030`).
        if n.kind == .year {
            return n.first > 0 && t.isWord(n.first - 1) && Self.yearPrepositions.contains(t.hash(n.first - 1))
        }
        return true
    }

    private func isPartitive(_ n: RecognizedNumber) -> Bool {
        let j = n.last + 1
        if j + 1 < t.tokens.count, t.isWord(j), t.hash(j) == W.of,
            t.kind(j + 1) == .number || NumberWord.table[t.hash(j + 1)] != nil
                || t.hash(j + 1) == W.the && j + 2 < t.tokens.count
                    && (t.kind(j + 2) == .number || NumberWord.table[t.hash(j + 2)] != nil)
                || t.kind(j + 1) == .possessive
        {
            return true
        }
        if j + 1 < t.tokens.count, t.isWord(j), t.hash(j) == W.out, t.hash(j + 1) == W.of {
            return true
        }
        // the whole: `of the seven blocks`, `out of 75`
        var k = n.first - 1
        if k >= 0, t.isWord(k), t.hash(k) == W.the || t.kind(k) == .possessive { k -= 1 }
        if k >= 1, t.isWord(k), t.hash(k) == W.of {
            let before = k - 1
            if t.kind(before) == .number || NumberWord.table[t.hash(before)] != nil
                || t.isWord(before) && t.hash(before) == W.out
            {
                return true
            }
        }
        return false
    }

    static let targetPrepositions = Lexicon.set(["by", "until", "till", "before", "after"])

    static let yearPrepositions = Lexicon.set([
        "in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "circa",
    ])

    /// `since being sworn in on 25 February`: a date with an event verb before it.
    private func dateIsEvent(_ n: RecognizedNumber) -> Bool {
        guard n.first > 0, t.isWord(n.first - 1),
            Self.eventDatePrepositions.contains(t.hash(n.first - 1))
        else { return false }
        return eventVerb(before: n.first - 1) != nil
    }

    private func nonNegative(_ n: RecognizedNumber) -> Bool {
        switch n.kind {
        case .count, .money, .duration, .age, .document, .ratio: return true
        case .measure: return n.unit != "°C" && n.unit != "°F" && n.unit != "°"
        default: return false
        }
    }

    // MARK: - Subject

    /// What the figure counts or measures, normalised: singular, lower case; casualties as `people killed`.
    func subject(of n: RecognizedNumber, inheritedHead: String?) -> String? {
        switch n.kind {
        case .year, .date:
            return eventSubject(before: n.first)
        case .age:
            // `Driscoll, 39,`: whose age it is.
            if n.first > 1, t.isPunct(n.first - 1, 0x2C), t.isCapitalised(n.first - 2) {
                return "age " + t.text(n.first - 2).lowercased()
            }
            return "age"
        case .document:
            guard let np = nounPhrase(after: n.last) else { return "document" }
            let nouns = np.words.map { Inflection.singular($0) }
            return nouns.first(where: Self.documentNouns.contains) ?? nouns.first!
        case .percent, .money, .measure, .duration, .ratio, .count:
            break
        }
        // A casualty verb before: `killing at least seven people`, `killed 25`.
        let casualtyBefore = n.first > 0 && t.isWord(n.first - 1) ? Self.casualty(t.text(n.first - 1)) : nil
        var np = nounPhrase(after: n.last)
        if np == nil, n.last + 2 < t.tokens.count, t.isWord(n.last + 1), t.hash(n.last + 1) == W.of {
            np = nounPhrase(after: n.last + 1)  // `90% of disputes`, `hundreds of thousands of soldiers`
        }
        if n.kind == .count {
            var head = np.map { Self.normalisedHead($0.words) }
            // `Four people were killed and three injured`: the head comes from the figure before.
            if head == nil, inheritedHead != nil, n.last + 1 < t.tokens.count, t.isWord(n.last + 1),
                Self.casualty(t.text(n.last + 1)) != nil
            {
                head = inheritedHead
            }
            guard var subject = head ?? (casualtyBefore != nil ? "people" : nil) else {
                if let toll = deathToll(before: n.first) { return toll }
                if n.last + 1 < t.tokens.count, let c = Self.casualty(t.text(n.last + 1)) { return "people " + c }
                // `the population has shrunk by about 10 million`: the clause's event.
                return n.value == 1 ? nil : eventSubject(before: n.first)
            }
            let end = np?.last ?? n.last
            if let c = casualtyBefore ?? casualtyAfter(end) {
                subject = (subject == "people" || Self.humans.contains(subject) ? "people" : subject) + " " + c
            } else if np == nil, let toll = deathToll(before: n.first) {
                subject = toll
            } else if let action = action(around: n, end: end) {
                // `430 drones launched`, `585 drones shot down`: what was done to them is part of the measure.
                subject += " " + action
            }
            return subject
        }
        if let np {
            return np.words.map { Inflection.singular($0.lowercased()) }.joined(separator: " ")
        }
        if n.kind == .duration || n.kind == .measure {
            // `lasted nearly one-and-a-half hours`: the clause's subject; else the unit.
            return eventSubject(before: n.first) ?? n.unit
        }
        if n.kind == .money {
            // `£10m for Ukraine to repair its energy infrastructure`, `3.5bn SEK (£280m) in air defences`
            var j = n.last + 1
            if j < t.tokens.count, t.isPunct(j, 0x28),
                let close = (j..<min(t.tokens.count, j + 8)).first(where: { t.isPunct($0, 0x29) })
            {
                j = close + 1
            }
            if j < t.tokens.count, t.isWord(j), Self.moneyPrepositions.contains(t.hash(j)),
                let pp = nounPhrase(after: j)
            {
                return pp.words.map { Inflection.singular($0.lowercased()) }.joined(separator: " ")
            }
        }
        return eventSubject(before: n.first)
    }

    /// The action a count of things undergoes, from a verb near it: launched, intercepted, hit, damaged.
    private func action(around n: RecognizedNumber, end: Int) -> String? {
        let sentence = t.sentences[Int(t.sentenceOf[n.first])]
        // Before the figure: `launched 653 drones`, `shot down 585 drones`, `deploying 430 drones`.
        var j = n.first - 1
        var steps = 0
        var instrument = false
        while j >= sentence.lowerBound, steps < 6 {
            // `striking Ukraine with 653 drones`: what the drones were used for, so they were launched.
            if t.isWord(j), t.hash(j) == W.with { instrument = true }
            if t.isWord(j), let a = Self.actions[t.text(j).lowercased()] { return instrument && a == "hit" ? "launched" : a }
            if t.kind(j) == .punct, !t.isPunct(j, 0x2C) { break }
            j -= 1
            steps += 1
        }
        // After the phrase: `464 drones were fired`, `drones launched overnight`.
        j = end + 1
        steps = 0
        while j < sentence.upperBound, steps < 4 {
            if t.isWord(j), let a = Self.actions[t.text(j).lowercased()] { return a }
            if t.kind(j) == .punct, !t.isPunct(j, 0x2C) { break }
            j += 1
            steps += 1
        }
        return nil
    }

    static let actions: [String: String] = {
        var t: [String: String] = [:]
        for w in [
            "launched", "launching", "launch", "launches", "fired", "firing", "fire", "fires", "deployed", "deploying", "used",
            "using", "sent", "sending", "unleashed", "unleashing", "carried",
        ] { t[w] = "launched" }
        for w in [
            "intercepted", "intercepting", "downed", "destroyed", "neutralised", "neutralized", "shot", "shooting", "eliminated",
            "repelled", "downing",
        ] { t[w] = "intercepted" }
        for w in ["hit", "struck", "striking", "damaged", "damaging"] { t[w] = "hit" }
        for w in ["annexed", "occupied", "captured", "seized", "liberated"] { t[w] = "taken" }
        for w in ["rescued", "evacuated", "extracted", "saved"] { t[w] = "rescued" }
        for w in ["unaccounted", "trapped"] { t[w] = "missing" }
        return t
    }()

    struct Phrase {
        var words: [String]
        var last: Int
    }

    /// Up to four words after `index` that name a thing: adjectives and a noun, not verbs, prepositions or clauses.
    func nounPhrase(after index: Int) -> Phrase? {
        var j = index + 1
        if j < t.tokens.count, t.isPunct(j, 0x2D), !t.spaceBefore(j) { j += 1 }
        if j < t.tokens.count, t.isWord(j), Lexicon.determiners.contains(t.hash(j)), t.hash(j) == W.the { j += 1 }
        // `from its own sources`: a possessive determiner opens the phrase without being part of what is counted.
        if j < t.tokens.count, t.isWord(j), Lexicon.possessivePronouns.contains(t.hash(j)),
            t.tag(j + 1).map({
                Self.continuesNounPhrase($0, at: j + 1, in: t)
            }) == true
        {
            j += 1
        }
        var words: [String] = []
        var last = index
        while j < t.tokens.count, words.count < 4 {
            guard t.isWord(j), !t.tokens[j].flags.contains(.timestamp) else { break }
            let h = t.hash(j)
            if Self.stopAfterNumber.contains(h) || Lexicon.clauseWords.contains(h) || Lexicon.pronouns.contains(h)
                || (Lexicon.objectPronouns.contains(h) && !t.isCapitalised(j)) || Lexicon.determiners.contains(h)
            {
                break
            }
            if Self.casualty(t.text(j)) != nil, !words.isEmpty { break }
            // `13 separate reports`: after a figure, `reports` and `claims` are nouns; `said` is not.
            if Self.verbsAfterNumber.contains(h) || Lexicon.cueParticiples.contains(h) { break }
            // The tagger's reading: a verb (other than a participle before a noun: `frozen assets`),
            // an adverb or a function word ends the phrase (`troops deployed`, `drones overnight`).
            if let tag = t.tag(j), !Self.continuesNounPhrase(tag, at: j, in: t) { break }
            let w = t.text(j)
            if NumberWord.table[h] != nil, !words.isEmpty { break }
            words.append(w.lowercased())
            last = j
            j += 1
            // `hyper-sonic`: hyphens inside a phrase.
            if j + 1 < t.tokens.count, t.isPunct(j, 0x2D), !t.spaceBefore(j), t.isWord(j + 1) {
                words[words.count - 1] += "-" + t.text(j + 1).lowercased()
                last = j + 1
                j += 2
            }
        }
        guard !words.isEmpty else { return nil }
        return Phrase(words: words, last: last)
    }

    /// Whether a token tagged `tag` can stand in a noun phrase after a figure: nouns, adjectives,
    /// numbers, a participle that modifies a noun after it (`frozen Russian assets`), and a word
    /// tagged as a verb that can be a noun and is not a past form (`a peace plan to…`, where the
    /// tagger reads `plan to` as a verb; `two Poles married in…` stays a verb): the tagger errs on
    /// such words, so its verb reading ends the phrase only when the lexicon agrees.
    static func continuesNounPhrase(_ tag: PartOfSpeech, at j: Int, in t: TokenizedText) -> Bool {
        switch tag {
        case .noun, .propn, .adj, .num, .x, .sym: return true
        case .verb:
            if let next = t.tag(j + 1), next.isNominal || next == .adj { return true }
            return Lemmatizer.shared.canBeNounNotVerbForm(t.text(j))
        default: return false
        }
    }

    static let verbsAfterNumber = Lexicon.set([
        "said", "says", "told", "tells", "added", "warned", "claimed", "stated", "announced", "noted",
    ])

    static let stopAfterNumber = Lexicon.set(
        [
            "of", "in", "on", "at", "for", "from", "to", "with", "by", "into", "across", "over", "under", "and", "or", "but",
            "nor",
            "was", "were", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may",
            "might", "must", "can", "did", "do", "does", "per", "each", "a", "an", "as", "than", "more", "less", "fewer",
            "about", "around", "after", "before", "since", "during", "including", "among", "between", "against", "toward",
            "towards", "via", "without", "within", "out", "up", "down", "off", "away", "ago", "later", "earlier", "so", "too",
            "also", "still", "just", "only", "even", "already", "yet", "again", "times", "percent", "due", "because", "thanks",
            "like", "unlike", "near", "past", "through", "onto", "upon", "whereas", "while", "when", "if", "amid", "amidst",
            "despite", "following", "ahead", "beyond", "behind", "throughout", "whose", "where", "overnight", "today",
            "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "last", "this", "next", "earlier", "recently", "now", "currently",
        ])

    static let documentNouns: Set<String> = [
        "plan", "proposal", "draft", "framework", "document", "agreement", "deal", "programme", "program", "roadmap",
        "memorandum", "list", "charter", "strategy", "platform", "manifesto", "resolution", "package", "ceasefire", "treaty",
    ]

    static let humans = Set([
        "people", "person", "civilian", "resident", "individual", "citizen", "inhabitant", "passenger", "worker", "adult",
    ])

    /// `killed`, `dead`, `died`, `deaths`: the measure a casualty word names.
    static func casualty(_ word: String) -> String? {
        switch word.lowercased() {
        case "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "deaths", "death", "fatalities", "lives",
            "perished":
            return "killed"
        case "injured", "injuring", "wounded", "wounding", "injuries", "hurt", "injures", "wounds": return "injured"
        case "missing": return "missing"
        case "arrested", "detained", "arrests", "detentions": return "arrested"
        case "evacuated", "displaced": return "displaced"
        case "hospitalised", "hospitalized": return "hospitalised"
        default: return nil
        }
    }

    /// `were killed`, `have been injured`, `died`, `dead`: a casualty right after the phrase.
    private func casualtyAfter(_ end: Int) -> String? {
        var j = end + 1
        var steps = 0
        while j < t.tokens.count, steps < 4, t.isWord(j) {
            let w = t.text(j).lowercased()
            if let c = Self.casualty(w) { return c }
            guard
                ["were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "also", "later", "now", "being"]
                    .contains(w)
            else { return nil }
            j += 1
            steps += 1
        }
        return nil
    }

    /// `the death toll rose to 33`, `death toll of 25`.
    private func deathToll(before start: Int) -> String? {
        var j = start - 1
        var steps = 0
        while j > 0, steps < 6 {
            if t.isWord(j), t.isWord(j - 1), t.text(j).lowercased() == "toll",
                ["death", "casualty"].contains(t.text(j - 1).lowercased())
            {
                return "people killed"
            }
            if t.kind(j) == .punct, !t.isPunct(j, 0x2C) { break }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// The head of a noun phrase, singular and normalised: `hypersonic Kinzhals` → `kinzhal`, `civilians` → `civilian`.
    static func normalisedHead(_ words: [String]) -> String {
        let singular = words.map { Inflection.singular($0.lowercased()) }
        let head = singular.last!
        if let c = casualty(words.last!), words.count == 1 { return "people " + c }  // `6 dead`
        if head == "other", words.count == 1 { return "people" }
        if head == "person", words.count == 1 { return "people" }
        if head == "soldier" || head == "troop" || head == "serviceman" {
            return singular.dropLast().joined(separator: " ") + (singular.count > 1 ? " " : "") + "troop"
        }
        return singular.joined(separator: " ")
    }

    /// The event a date or duration belongs to: `Conscription in France was abolished in 1996` → `conscription abolished`.
    private func eventSubject(before index: Int) -> String? {
        let sentence = t.sentences[Int(t.sentenceOf[index])]
        guard let verb = eventVerb(before: index) else {
            // `Russia’s full-scale invasion in 2022`: the noun before the preposition.
            var j = index - 1
            if j >= sentence.lowerBound, t.isWord(j), Self.yearPrepositions.contains(t.hash(j)) || t.hash(j) == W.on {
                // `100,000 reservists by 2030`: a target, not the date of the reservists.
                if Self.targetPrepositions.contains(t.hash(j)) { return nil }
                j -= 1
            }
            if j >= sentence.lowerBound, t.isWord(j), !t.isCapitalised(j), !Self.stopAfterNumber.contains(t.hash(j)),
                !Lexicon.determiners.contains(t.hash(j)), !Lexicon.pronouns.contains(t.hash(j))
            {
                let w = t.text(j).lowercased()
                // `expected to increase to 210,000`, `serve nine months`: a verb, not what is counted.
                if t.tag(j)?.isVerbal == true { return nil }
                if Self.bareVerbs.contains(t.hash(j)) { return nil }
                return Inflection.singular(w)
            }
            return nil
        }
        // The clause's subject: its first noun, skipping determiners and possessives.
        var k = sentence.lowerBound
        for i in stride(from: verb.index - 1, through: sentence.lowerBound, by: -1) where t.isPunct(i, 0x2C) || t.isPunct(i, 0x3B)
        {
            k = i + 1
            break
        }
        var subject: String?
        while k < verb.index {
            if t.isWord(k) {
                let h = t.hash(k)
                if Lexicon.determiners.contains(h) || Lexicon.possessivePronouns.contains(h)
                    || Lexicon.capitalisedFunctionWords.contains(h) && !t.isCapitalised(k + 1) && false
                {
                    k += 1
                    continue
                }
                if Lexicon.pronouns.contains(h) || Self.stopAfterNumber.contains(h) { break }
                subject = Inflection.singular(t.text(k).lowercased())
                // `Conscription in France`: the first noun heads the phrase.
                if k + 1 < verb.index, t.isWord(k + 1), !Self.stopAfterNumber.contains(t.hash(k + 1)),
                    t.kind(k + 1) != .possessive, !t.isCapitalised(k + 1)
                {
                    k += 1
                    continue
                }
                break
            }
            k += 1
        }
        return [subject, verb.word].compactMap { $0 }.joined(separator: " ")
    }

    /// The verb an event date or duration attaches to: `abolished in`, `sworn in on`, `lasted`.
    private func eventVerb(before index: Int) -> (index: Int, word: String)? {
        let sentence = t.sentences[Int(t.sentenceOf[index])]
        var j = index - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 8 {
            if t.kind(j) == .punct, !t.isPunct(j, 0x2D) { return nil }
            if t.isWord(j) {
                let w = t.text(j).lowercased()
                // A past form that is a verb: as tagged, or as the lexicon knows it (`hundred`, `red` are not).
                let isVerb = t.tag(j) == .verb || WordNetLexicon.shared.partsOfSpeech(of: w).contains(.verb)
                if isVerb, (w.hasSuffix("ed") && w.count > 4) || Self.irregularPast.contains(w) {
                    // `sworn in`, `set up`: keep the particle of a phrasal verb.
                    if j + 1 < index, t.isWord(j + 1), let particle = Self.phrasal[w], t.text(j + 1).lowercased() == particle {
                        return (j, w + " " + particle)
                    }
                    return (j, w)
                }
            }
            j -= 1
            steps += 1
        }
        return nil
    }

    static let bareVerbs = Lexicon.set([
        "serve", "increase", "rise", "fall", "reach", "grow", "cut", "raise", "reduce", "add", "split", "share", "last", "take",
        "spend",
    ])

    static let phrasal = [
        "sworn": "in", "set": "up", "carried": "out", "called": "off", "broke": "out", "took": "over", "shut": "down",
    ]

    static let irregularPast: Set<String> = [
        "sworn", "began", "begun", "won", "lost", "held", "built", "founded", "set", "born", "died", "fell", "rose", "made",
        "took",
        "taken", "led", "left", "met", "sold", "bought", "paid", "spent", "brought", "fought", "struck", "hit", "shot", "ran",
        "became",
        "lasted", "elected", "married", "abolished", "introduced", "signed", "launched", "started", "ended", "closed", "opened",
        "shrunk", "shrank", "grown", "grew", "risen", "fallen", "dropped", "increased", "decreased", "declined", "reached",
        "totalled",
        "totaled", "stood", "climbed", "jumped", "surged", "soared", "plunged", "hit",
    ]

    // MARK: - Context

    /// Words of the sentence that tell which event or thing the figure is about: names and nearby nouns.
    private func context(of n: RecognizedNumber, sentence: Range<Int>, subject: String?) -> String? {
        var words: [String] = []
        var seen = Set<String>()
        func add(_ w: String) {
            let key = NameKey.fold(w)
            guard key.count > 2, !Self.contextStopWords.contains(key), seen.insert(key).inserted else { return }
            words.append(key)
        }
        for i in sentence where t.isWord(i) && (i < n.first || i > n.last) {
            let h = t.hash(i)
            if t.isCapitalised(i), !Lexicon.capitalisedFunctionWords.contains(h) || i != sentence.lowerBound {
                if !Lexicon.capitalisedFunctionWords.contains(h) { add(Self.place(t.text(i))) }
            } else if abs(i - n.first) <= 8 || abs(i - n.last) <= 8, !Self.stopAfterNumber.contains(h),
                !Lexicon.cueVerbs.contains(h),
                NumberWord.table[h] == nil, !Lexicon.determiners.contains(h), !Lexicon.pronouns.contains(h)
            {
                add(Inflection.singular(t.text(i).lowercased()))
            }
            if words.count >= 16 { break }
        }
        words += markers(of: n, sentence: sentence)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Markers (words starting with `@`) that two claims must share to be compared: a period (`over the
    /// past week` → `@week`), a target year (`by 2030` → `@2030`), a part of a whole (`at one site`,
    /// `in the Dniprovskyi district`, `including six children` → `@part`).
    private func markers(of n: RecognizedNumber, sentence: Range<Int>) -> [String] {
        var found: Set<String> = []
        let words = sentence.filter { t.isWord($0) || t.kind($0) == .number }
        for (x, i) in words.enumerated() {
            let w = t.text(i).lowercased()
            let previous = x > 0 ? t.text(words[x - 1]).lowercased() : ""
            if ["week", "month", "year", "weeks", "months", "days"].contains(w),
                ["past", "last", "this", "previous"].contains(previous)
            {
                found.insert("@" + Inflection.singular(w))
            }
            if w == "so", x + 1 < words.count, t.text(words[x + 1]).lowercased() == "far" { found.insert("@sofar") }
            // `by 2030` marks the figures it governs: those after it, or before it with no other figure between.
            if t.kind(i) == .number, w.count == 4, previous == "by", let y = Int(w), (1900...2100).contains(y),
                i <= n.last || !(n.last + 1..<i).contains(where: { t.kind($0) == .number && !(x > 0 && $0 == words[x - 1]) })
            {
                found.insert("@" + w)
            }
        }
        // A later version: `a new 19-point plan`, `the revised plan's 20 points` are not the first plan's figures.
        let near =
            (max(sentence.lowerBound, n.first - 2)..<n.first).map { $0 }
            + (n.last + 1..<max(n.last + 1, min(sentence.upperBound, n.last + 4))).map { $0 }
        if near.contains(where: { t.isWord($0) && Self.revisionWords.contains(t.hash($0)) }) { found.insert("@revised") }
        // A part: right after `including`, or `at one site` / `in the … district` next to the figure.
        if n.first > 0, t.isWord(n.first - 1), ["including", "among"].contains(t.text(n.first - 1).lowercased()) {
            found.insert("@part")
        }
        var j = n.last + 1
        var steps = 0
        while j < sentence.upperBound, steps < 12 {
            if t.isWord(j) {
                let w = t.text(j).lowercased()
                if ["district", "neighbourhood", "neighborhood", "site", "village", "oblast", "province"].contains(w) {
                    found.insert("@part")
                }
                if ["and", "while", "but"].contains(w), steps > 3 { break }
            }
            j += 1
            steps += 1
        }
        return found.sorted()
    }

    static let revisionWords = Lexicon.set(["new", "revised", "updated", "amended", "modified", "reworked", "counter", "latest"])

    /// Nationality adjectives as their country, so `Ukrainian` and `Ukraine` meet.
    private static func place(_ word: String) -> String {
        RoleKey.nationalities[NameKey.fold(word)] ?? word
    }

    static let contextStopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "was", "were", "are", "has", "have", "had", "been", "its", "their",
        "his",
        "her", "our", "who", "which", "what", "said", "says", "also", "about", "than", "more", "into", "over", "after", "before",
        "while", "when", "where", "would", "could", "should", "will", "not", "but", "they", "them", "there", "here", "some",
        "such",
        "other", "only", "just", "very", "most", "many", "much", "mr", "mrs", "ms", "according", "reported", "reports", "report",
        "told", "including", "least", "nearly", "almost", "around", "approximately", "total", "gmt", "updated",
    ]

    // MARK: - Speaker

    /// A figure inside a quote is its speaker's; one in reported speech (`Zelenskyy said 22 missiles…`,
    /// `according to X`) belongs to that speaker; otherwise to the outlet (no speaker).
    private func attribute(_ claim: inout Claim, n: RecognizedNumber, sentence: Range<Int>, run: inout QuoteRun) {
        for (q, range) in run.tokenRanges.enumerated() where range.contains(n.numberFirst) {
            claim.quote = q
            claim.speaker = run.quotes[q].speaker
            claim.speakerAsWritten = run.quotes[q].speakerAsWritten
            return
        }
        if let phrase = reportingSpeaker(sentence, run: run) ?? trailingSpeaker(sentence, run: run)
            ?? accordingSpeaker(sentence, run: run)
        {
            let resolved = run.resolve(phrase)
            claim.speaker = resolved.entity
            claim.speakerAsWritten = resolved.written
        }
    }

    /// Verbs that report a clause, so the figures in it are the subject's: `Zelenskyy said 22 missiles…`.
    static let reportingVerbs = Lexicon.set(
        [
            "said", "says", "told", "tells", "added", "adds", "stated", "states", "announced", "announces", "confirmed",
            "confirms",
            "reported", "reports", "claimed", "claims", "estimated", "estimates", "wrote", "writes", "posted", "noted", "notes",
            "insisted", "warned", "revealed", "acknowledged", "admitted", "disclosed", "explained", "tweeted", "declared",
        ])

    private func reportingSpeaker(_ sentence: Range<Int>, run: QuoteRun) -> SpeakerPhrase? {
        for i in sentence where t.isWord(i) && Self.reportingVerbs.contains(t.hash(i)) && run.attribution.isCueVerb(i) {
            // Passive (`were reported`) reports nobody's words.
            if i > 0, t.isWord(i - 1), Self.copulas.contains(t.hash(i - 1)) {
                continue
            }
            if let s = run.attribution.subject(before: i, floor: sentence.lowerBound) {
                return SpeakerPhrase(s.first, s.last, head: s.head, cue: i, how: .previousSentence)
            }
        }
        return nil
    }

    private func trailingSpeaker(_ sentence: Range<Int>, run: QuoteRun) -> SpeakerPhrase? {
        run.attribution.trailing(sentence: sentence, after: sentence.lowerBound)
    }

    private func accordingSpeaker(_ sentence: Range<Int>, run: QuoteRun) -> SpeakerPhrase? {
        let span = QuoteSpan(open: nil, close: nil, first: sentence.lowerBound, last: sentence.lowerBound, double: true)
        return run.attribution.according(span, sentence: sentence)
    }

    // MARK: - Dates

    /// The date the figure is about: a date in the sentence, a year claim's own year, a relative
    /// time (`overnight`, `on Tuesday`, `last week`) counted from the published date, else the published date.
    private func eventDate(of n: RecognizedNumber, sentence: Range<Int>, dates: [RecognizedNumber], published: String?) -> (
        String?, EventDateBasis
    ) {
        if n.kind == .year { return (String(Int(n.value)), .explicit) }
        if let d = dates.first(where: { sentence.contains($0.first) && $0.date?.hasPrefix("XXXX") == false }), let iso = d.date {
            return (iso, .explicit)
        }
        let base = published.flatMap { Self.day(fromISO: $0) }
        if let base {
            for i in sentence where t.isWord(i) {
                let w = t.text(i).lowercased()
                switch w {
                case "overnight", "tonight", "today":
                    return (Self.iso(base), .relative)
                case "yesterday":
                    return (Self.iso(base.addingTimeInterval(-86_400)), .relative)
                default:
                    break
                }
                if w == "night", i > 0, t.text(i - 1).lowercased() == "last" {
                    return (Self.iso(base.addingTimeInterval(-86_400)), .relative)
                }
                if w == "week", i > 0, t.text(i - 1).lowercased() == "last" {
                    return (Self.iso(base.addingTimeInterval(-7 * 86_400)), .relative)
                }
                if let weekday = Self.weekdays[w], i > 0, ["on", "last", "this"].contains(t.text(i - 1).lowercased()) {
                    return (Self.iso(Self.mostRecent(weekday, onOrBefore: base)), .relative)
                }
            }
            return (Self.iso(base), .published)
        }
        if let d = dates.first(where: { sentence.contains($0.first) }), let iso = d.date { return (iso, .explicit) }
        return (nil, .unknown)
    }

    static let weekdays = ["sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7]

    static func day(fromISO iso: String) -> Date? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var c = DateComponents()
        c.year = parts[0]
        c.month = parts[1]
        c.day = parts[2]
        c.hour = 12
        return utc.date(from: c)
    }

    static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func iso(_ d: Date) -> String {
        let c = utc.dateComponents([.year, .month, .day], from: d)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    static func mostRecent(_ weekday: Int, onOrBefore base: Date) -> Date {
        let current = utc.component(.weekday, from: base)
        let back = (current - weekday + 7) % 7
        return base.addingTimeInterval(-Double(back) * 86_400)
    }

    // MARK: - Conversions

    /// `3.5bn SEK (£280m)`: the bracketed figure converts the one before it.
    private func linkConversions(_ claims: inout [Claim], numbers: [RecognizedNumber]) {
        guard claims.count == numbers.count else { return }
        for i in 1..<max(1, claims.count) where i < claims.count {
            let a = numbers[i - 1], b = numbers[i]
            if a.kind == .money, b.kind == .money, b.first == a.last + 2, t.isPunct(a.last + 1, 0x28) {
                claims[i].converts = i - 1
                claims[i].subject = claims[i - 1].subject
                claims[i].context = claims[i - 1].context
            }
        }
    }
}

/// English plural to singular for the nouns claims count.
enum Inflection {
    static let irregular: [String: String] = [
        "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
        "mice": "mouse",
        "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife", "thieves": "thief", "halves": "half",
        "leaves": "leaf",
        "analyses": "analysis", "crises": "crisis", "theses": "thesis", "series": "series", "species": "species", "news": "news",
        "data": "data", "criteria": "criterion", "media": "media", "police": "police", "staff": "staff", "personnel": "personnel",
        "aircraft": "aircraft", "troops": "troop", "forces": "force", "sheep": "sheep", "fish": "fish", "deer": "deer",
        "buses": "bus",
        "gas": "gas", "status": "status", "process": "process", "axis": "axis", "basis": "basis", "bonus": "bonus",
    ]

    static func singular(_ word: String) -> String {
        let w = word.lowercased()
        if let s = irregular[w] { return s }
        if w.count <= 3 || w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("ics") { return w }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("zes") {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { return String(w.dropLast()) }
        return w
    }
}

extension ClaimExtractor {
    static let definiteBeforeSmall = Lexicon.set(["the", "these", "those", "its", "their", "his", "her", "our", "both", "all"])
    static let eventDatePrepositions = Lexicon.set(["on", "since", "until", "from", "by"])
    static let moneyPrepositions = Lexicon.set(["in", "on", "for", "to", "into", "from"])
    static let copulas = Lexicon.set(["was", "were", "been", "be", "being", "is", "are"])
}
