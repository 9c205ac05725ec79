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
    /// The article's language's number words and prepositions, when it is not English.
    var foreign: ForeignNumbers? = nil

    func claims(_ numbers: [RecognizedNumber], run: inout QuoteRun, published: String?, language: String) -> [Claim] {
        var claims: [Claim] = []
        var figures: [RecognizedNumber] = []
        let frames = FrameBuilder(t, language: language)
        // Per sentence, looked up per claim: the figures' tokens and the first explicit date. (A scan
        // of the article per claim made a long single-paragraph article quadratic.)
        var figuresBySentence: [Int32: [ClosedRange<Int>]] = [:]
        var dateBySentence: [Int32: SentenceDates] = [:]
        for n in numbers {
            figuresBySentence[t.sentenceOf[n.numberFirst], default: []].append(n.first...n.last)
            if n.kind == .date, let iso = n.date {
                var dates = dateBySentence[t.sentenceOf[n.first]] ?? SentenceDates()
                if dates.first == nil { dates.first = iso }
                if dates.explicit == nil, !iso.hasPrefix("XXXX") { dates.explicit = iso }
                dateBySentence[t.sentenceOf[n.first]] = dates
            }
        }
        // The first quotation holding each figure's token (a scan of every quotation per figure
        // made a long article quadratic).
        var quoteOfToken: [Int: Int] = [:]
        let figureTokens = Set(numbers.map(\.numberFirst))
        for (q, range) in run.tokenRanges.enumerated() {
            for i in range where figureTokens.contains(i) && quoteOfToken[i] == nil { quoteOfToken[i] = q }
        }
        var earlier: (sentence: Int32, frames: [(ClosedRange<Int>, ClaimFrame)])?
        for n in numbers {
            guard isClaim(n) else { continue }
            let sentenceIndex = t.sentenceOf[n.numberFirst]
            let sentence = t.sentences[Int(sentenceIndex)]
            if earlier?.sentence != sentenceIndex { earlier = (sentenceIndex, []) }
            let inSentence = figuresBySentence[sentenceIndex] ?? []
            var frame = frames.frame(n, earlier: earlier?.frames ?? [], figures: inSentence)
            if n.kind == .age {
                // `Driscoll, 39,`: whose age it is.
                frame = ClaimFrame(entity: "age", modifiers: ageOwner(n).map { [$0] } ?? [], actors: frame.actors)
            }
            earlier?.frames.append((n.first...n.last, frame))
            // Counts, years and dates that measure nothing named are not claims.
            if frame.entity == nil && (n.kind == .count || n.kind == .year || n.kind == .date) { continue }
            // `one` is a claim only as a casualty (`one person was killed`).
            if n.kind == .count, n.value == 1, n.qualifier == nil,
                !(frame.entity == "people" && ["killed", "injured"].contains(frame.event ?? ""))
            {
                continue
            }
            let subject = frame.phrase
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
            claim.frame = frame
            claim.sentenceHash = sentenceHash(sentence)
            if claim.lower == nil, claim.upper == nil, n.isRange == false, n.qualifier == nil {
                claim.lower = n.value
                claim.upper = n.value
            }
            attribute(&claim, n: n, sentence: sentence, run: &run, quoteOfToken: quoteOfToken)
            (claim.eventDate, claim.eventDateBasis) = eventDate(
                of: n, sentence: sentence, dates: dateBySentence[sentenceIndex] ?? SentenceDates(), published: published)
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
            guard n.first > 0, t.isWord(n.first - 1) else { return false }
            if let foreign { return foreign.yearPrepositions.contains(t.text(n.first - 1).lowercased()) }
            return Self.yearPrepositions.contains(t.hash(n.first - 1))
        }
        return true
    }

    /// `four of the seven blocks`, `74 out of 75`: the part is no count of its own. The whole is,
    /// when its counted noun follows it (`out of a total of 75 drones launched`).
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
        // the whole: `of the seven`, `out of 75`, unless a counted noun follows it
        var k = n.first - 1
        if k >= 0, t.isWord(k), t.hash(k) == W.the || t.kind(k) == .possessive { k -= 1 }
        if k >= 1, t.isWord(k), t.hash(k) == W.of, Self.isPartitiveOf(k, t) {
            return !(t.tag(n.last + 1)?.isNominal == true || t.tag(n.last + 1) == .adj)
        }
        return false
    }

    /// Whether the `of` at `k` links a part to its whole: a figure or `out` before it.
    static func isPartitiveOf(_ k: Int, _ t: TokenizedText) -> Bool {
        let before = k - 1
        return t.kind(before) == .number || NumberWord.table[t.hash(before)] != nil || t.isWord(before) && t.hash(before) == W.out
    }

    static let targetPrepositions = Lexicon.set(["by", "until", "till", "before", "after"])

    static let yearPrepositions = Lexicon.set([
        "in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "circa",
    ])

    /// `since being sworn in on 25 February`: a date with an event verb before it.
    private func dateIsEvent(_ n: RecognizedNumber) -> Bool {
        guard n.first > 0, t.isWord(n.first - 1), Self.eventDatePrepositions.contains(t.hash(n.first - 1)) else { return false }
        return EventOfYear.find(figureFirst: n.first, in: FrameSentence(t, sentence: t.sentences[Int(t.sentenceOf[n.first])]))
            != nil
    }

    /// `Driscoll, 39,`: the person whose age the figure is, folded.
    private func ageOwner(_ n: RecognizedNumber) -> String? {
        guard n.first > 1, t.isPunct(n.first - 1, 0x2C), t.isCapitalised(n.first - 2) else { return nil }
        return t.text(n.first - 2).lowercased()
    }

    private func nonNegative(_ n: RecognizedNumber) -> Bool {
        switch n.kind {
        case .count, .money, .duration, .age, .document, .ratio: return true
        case .measure: return n.unit != "°C" && n.unit != "°F" && n.unit != "°"
        default: return false
        }
    }

    // MARK: - Context

    /// Words that are not context: prepositions, auxiliaries, adverbs of time and degree.
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
                add(Self.singular(t.text(i).lowercased()))
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
                found.insert("@" + Self.singular(w))
            }
            if w == "so", x + 1 < words.count, t.text(words[x + 1]).lowercased() == "far" { found.insert("@sofar") }
            // `by 2030` marks the figures it governs: those after it, or before it with no other figure between.
            if t.kind(i) == .number, w.count == 4, previous == "by", let y = Int(w), (1900...2100).contains(y),
                i <= n.last || !(n.last + 1..<i).contains(where: { t.kind($0) == .number && !(x > 0 && $0 == words[x - 1]) })
            {
                found.insert("@" + w)
            }
        }
        // An earlier stage of a running story: `the mayor earlier said two were killed`, `initial
        // reports spoke of two`: superseded by the figures around it, not comparable with them.
        if (sentence.lowerBound..<n.first).contains(where: { t.isWord($0) && Self.earlierWords.contains(t.hash($0)) }) {
            found.insert("@earlier")
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

    static let earlierWords = Lexicon.set(["earlier", "initially", "initial", "previously", "originally"])
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
    /// `quoteOfToken` maps a token to the first quotation holding it.
    private func attribute(
        _ claim: inout Claim, n: RecognizedNumber, sentence: Range<Int>, run: inout QuoteRun, quoteOfToken: [Int: Int]
    ) {
        if let q = quoteOfToken[n.numberFirst] {
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

    /// The subject of a reporting verb in the sentence. A reporting verb's noun twin (`Initial
    /// reports spoke of 12 dead`, `his claims`, `the estimates`), as the tagger reads it, reports
    /// nothing, and passives (`were reported`) report nobody's words.
    private func reportingSpeaker(_ sentence: Range<Int>, run: QuoteRun) -> SpeakerPhrase? {
        for i in sentence where t.isWord(i) && Self.reportingVerbs.contains(t.hash(i)) && run.attribution.isCueVerb(i) {
            if t.tag(i)?.isNominal == true { continue }
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

    /// The dates written in one sentence: the first, and the first with its year.
    struct SentenceDates {
        var first: String?
        var explicit: String?
    }

    /// The date the figure is about: a date in the sentence, a year claim's own year, a relative
    /// time (`overnight`, `on Tuesday`, `last week`) counted from the published date, else the published date.

    private func eventDate(of n: RecognizedNumber, sentence: Range<Int>, dates: SentenceDates, published: String?) -> (
        String?, EventDateBasis
    ) {
        if n.kind == .year { return (String(Int(n.value)), .explicit) }
        if let iso = dates.explicit { return (iso, .explicit) }
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
        if let iso = dates.first { return (iso, .explicit) }
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
                claims[i].frame = claims[i - 1].frame
                claims[i].context = claims[i - 1].context
            }
        }
    }
}

extension ClaimExtractor {
    /// A noun's lemma, for context words (`drones` → drone).
    static func singular(_ word: String) -> String { Lemmatizer.shared.lemma(word, .noun).lowercased() }

    static let definiteBeforeSmall = Lexicon.set(["the", "these", "those", "its", "their", "his", "her", "our", "both", "all"])
    static let eventDatePrepositions = Lexicon.set(["on", "since", "until", "from", "by"])
    static let copulas = Lexicon.set(["was", "were", "been", "be", "being", "is", "are"])
}
