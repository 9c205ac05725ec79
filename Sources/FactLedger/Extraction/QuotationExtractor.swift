/// Finds the quotations in an article and resolves each to a speaker.
///
/// Steps: quotation-mark spans and colon quotes → drop mentions that are not quotations (titles,
/// naming with `so-called`, hypothetical `to say “…”`) → attribution from the words around each
/// quote (after it, before it, a trailing `, she said`, a possessive `Putin’s threat`, `according
/// to`, a passive `criticised by`) → quotes with no attribution of their own take the speaker of
/// the quote or reported speech just before them → speakers as written are resolved to entities.
/// Partial quotes that end up with no speaker are scare quotes and are dropped.
struct QuotationExtractor {
    struct Result {
        var quotes: [Quotation]
        var entities: [Entity]
        var diagnostics: [Diagnostic]
        /// For each quote, its span's token range (for claims inside quotes).
        var tokenRanges: [ClosedRange<Int>]
    }

    func extract(_ t: TokenizedText) -> Result {
        let run = self.run(t)
        return Result(
            quotes: run.quotes, entities: run.entities.entities, diagnostics: run.diagnostics, tokenRanges: run.tokenRanges)
    }

    /// The quotes found, with the state that resolved their speakers, for claims to resolve theirs the same way.
    func run(_ t: TokenizedText) -> QuoteRun {
        var finder = QuoteSpanFinder(t)
        var spans = finder.markedSpans()
        var quoted = [Bool](repeating: false, count: t.tokens.count)
        for s in spans { for i in s.outerFirst...s.outerLast { quoted[i] = true } }
        let attribution = AttributionFinder(t: t, quoted: quoted)
        spans += colonQuotes(t, attribution: attribution, quoted: &quoted)
        spans.sort { $0.outerFirst < $1.outerFirst }
        var run = QuoteRun(
            t: t, attribution: AttributionFinder(t: t, quoted: quoted), entities: ArticleEntities(t, quoted: quoted), spans: spans
        )
        run.diagnostics = finder.diagnostics
        for span in spans { run.process(span) }
        return run
    }

    // MARK: - Colon quotes

    /// `Landsbergis said: It feels like…`: the quote runs to the end of the paragraph, the next
    /// live-blog timestamp, or a sentence that reports speech itself or holds quotation marks.
    private func colonQuotes(_ t: TokenizedText, attribution: AttributionFinder, quoted: inout [Bool]) -> [QuoteSpan] {
        var found: [QuoteSpan] = []
        for (i, tok) in t.tokens.enumerated() where tok.kind == .punct && t.isPunct(i, 0x3A) && !quoted[i] {
            let next = i + 1
            // `21:00`, `3:1`: a time or a ratio, not an introduction.
            if i > 0, t.kind(i - 1) == .number, next < t.tokens.count, t.kind(next) == .number, !t.spaceBefore(next) { continue }
            guard next < t.tokens.count, t.kind(next) != .lineBreak, t.kind(next) != .quote,
                t.paragraphOf[next] == t.paragraphOf[i], !tok.flags.contains(.timestamp),
                !t.tokens[next].flags.contains(.timestamp)
            else { continue }
            let sentence = t.sentences[Int(t.sentenceOf[i])]
            guard attribution.colonIntroduction(i, sentenceStart: sentence.lowerBound) != nil else { continue }
            let paragraph = t.paragraphs[Int(t.paragraphOf[i])]
            var end = paragraph.upperBound - 1
            var s = Int(t.sentenceOf[next])
            // The first sentence always belongs to the quote; later ones end it when they report speech.
            if t.sentences[s].lowerBound <= next { s += 1 }
            while s < t.sentences.count, t.sentences[s].lowerBound <= end {
                let range = t.sentences[s]
                if endsColonQuote(range, t: t, attribution: attribution, quoted: quoted) {
                    end = range.lowerBound - 1
                    break
                }
                s += 1
            }
            while end > next, t.kind(end) == .punct && !t.isPunct(end, 0x2E) && !t.isPunct(end, 0x3F) && !t.isPunct(end, 0x21) {
                end -= 1
            }
            guard end - next >= 3 else { continue }
            if (next...end).contains(where: { quoted[$0] && t.kind($0) == .quote && t.tokens[$0].flags.contains(.doubleQuote) }) {
                // The quote holds quotation marks of its own: keep it to the first of them.
                guard let cut = (next...end).first(where: { quoted[$0] }), cut - next >= 3 else { continue }
                end = cut - 1
            }
            for k in next...end { quoted[k] = true }
            found.append(QuoteSpan(open: nil, close: nil, first: next, last: end, double: false, colon: i))
        }
        return found
    }

    private func endsColonQuote(_ range: Range<Int>, t: TokenizedText, attribution: AttributionFinder, quoted: [Bool]) -> Bool {
        if let first = range.first, t.tokens[first].flags.contains(.timestamp) { return true }
        if let first = range.first, t.isWord(first), t.hash(first) == W.updated { return true }
        for i in range {
            if t.kind(i) == .quote, t.tokens[i].flags.contains(.doubleQuote) { return true }
            if attribution.isCueVerb(i), let s = attribution.subject(before: i, floor: range.lowerBound) {
                // Third-person attribution (`Grossi said`, `He also said`) is narrative, not the quote.
                let h = t.hash(s.last)
                if t.isCapitalised(s.first) && !Lexicon.pronouns.contains(h) || h == W.he || h == W.she {
                    return true
                }
            }
        }
        return false
    }
}

/// The state of one article's extraction as quotes are processed in order.
struct QuoteRun {
    let t: TokenizedText
    let attribution: AttributionFinder
    var entities: ArticleEntities
    var quotes: [Quotation] = []
    var tokenRanges: [ClosedRange<Int>] = []
    var diagnostics: [Diagnostic] = []
    /// Speaker entity (or nil) of the last quote, with the sentence it ended in.
    var lastSpeaker: (entity: Int?, written: String?, range: TextRange?, sentence: Int, paragraph: Int, utterance: Int)?
    /// Resolved speakers in order, for pronouns: (token position, entity).
    var salience: [(position: Int, entity: Int)] = []
    var utterance = 0
    /// Short quoted phrases used three times or more: names and terms (`coalition of the willing`), not quotations.
    let repeatedPhrases: Set<String>

    init(t: TokenizedText, attribution: AttributionFinder, entities: ArticleEntities, spans: [QuoteSpan]) {
        self.t = t
        self.attribution = attribution
        self.entities = entities
        // Counted where a definite determiner or a possessive stands before them, as names do.
        var counts: [String: Int] = [:]
        for span in spans where !span.isColon && span.last - span.first < 8 {
            guard let open = span.open, open > 0 else { continue }
            let before = open - 1
            let named =
                t.kind(before) == .possessive
                || t.isWord(before)
                    && (t.hash(before) == W.the || Lexicon.possessivePronouns.contains(t.hash(before)))
            if named { counts[NameKey.fold(t.text(tokens: span.first, through: span.last)), default: 0] += 1 }
        }
        repeatedPhrases = Set(counts.filter { $0.value >= 2 }.map(\.key))
    }

    mutating func process(_ span: QuoteSpan) {
        guard span.last >= span.first else { return }
        let sentenceIndex = Int(t.sentenceOf[span.outerFirst])
        let sentence = t.sentences[sentenceIndex]
        let kind = span.isColon ? QuoteKind.colon : classify(span, sentence: sentence)
        if isMention(span, kind: kind) || isHypothetical(span) { return }
        // Attribution, most specific first.
        var phrase: SpeakerPhrase?
        if span.isColon, let colon = span.colon {
            phrase = attribution.colonIntroduction(colon, sentenceStart: t.sentences[Int(t.sentenceOf[colon])].lowerBound)
        } else {
            phrase = attribution.after(span)
            // `Sanders made the following comment: “…”`
            if phrase == nil, let open = span.open, open > 0, t.isPunct(open - 1, 0x3A) {
                phrase = attribution.colonIntroduction(
                    open - 1, sentenceStart: t.sentences[Int(t.sentenceOf[open - 1])].lowerBound)
            }
            if phrase == nil { phrase = attribution.before(span, sentenceStart: sentence.lowerBound) }
            if phrase == nil { phrase = attribution.trailing(sentence: sentenceSpan(span), after: span.outerLast) }
            if phrase == nil { phrase = attribution.possessive(span, sentenceStart: sentence.lowerBound) }
            if phrase == nil { phrase = attribution.according(span, sentence: sentenceSpan(span)) }
            if phrase == nil { phrase = attribution.passive(span, sentenceStart: sentence.lowerBound) }
        }
        var resolved: (entity: Int?, written: String?, range: TextRange?)?
        var cue: String?
        var followsOn = false
        if let phrase, t.isWord(phrase.headLast), phrase.headFirst == phrase.headLast,
            [W.i, W.we, W.you].contains(t.hash(phrase.headLast))
        {
            // `where you say, ‘Look…’`: a quote inside a quote, or a generic one.
            return
        }
        if let phrase,
            OutletReport.isOutletPassingOnSpeech(t, headLast: phrase.headLast, cue: phrase.cue, quote: span.first...span.last)
        {
            // `“We have no comment,” the Evening Standard reported`: someone's words, not the outlet's.
            resolved = nil
            cue = phrase.cue.map { t.text($0) }
        } else if let phrase {
            resolved = resolve(phrase)
            cue = phrase.cue.map { t.text($0) }
        } else if kind != .partial, let inherited = inheritedSpeaker(span, sentenceIndex: sentenceIndex) {
            resolved = inherited.speaker
            cue = inherited.cue
            followsOn = inherited.followOn
        }
        let hasSpeaker = resolved?.entity != nil || resolved?.written != nil
        if kind == .partial && !hasSpeaker { return }
        if !followsOn { utterance += 1 }
        let content = contentRange(span)
        var byteOffsets = [content.0, content.1]
        if let r = resolved?.range { byteOffsets += [r.start, r.end] }
        let offsets = t.scalarOffsets(byteOffsets)
        var quote = Quotation(
            text: t.text(from: content.0, to: content.1), range: TextRange(offsets[0], offsets[1]), kind: kind, cue: cue,
            speakerAsWritten: resolved?.written, speakerRange: nil, speaker: resolved?.entity, utterance: utterance)
        if offsets.count == 4 { quote.speakerRange = TextRange(offsets[2], offsets[3]) }
        if kind == .partial, let clause = clauseRange(span, sentence: sentenceSpan(span), phrase: phrase) {
            let c = t.scalarOffsets([clause.0, clause.1])
            quote.clause = TextRange(c[0], c[1])
        }
        quotes.append(quote)
        tokenRanges.append(span.first...span.last)
        lastSpeaker = (
            resolved?.entity, resolved?.written, resolved?.range, Int(t.sentenceOf[span.outerLast]),
            Int(t.paragraphOf[span.outerLast]), utterance
        )
        if let e = resolved?.entity { salience.append((span.outerLast, e)) }
    }

    // MARK: - Kinds and filters

    private func classify(_ span: QuoteSpan, sentence: Range<Int>) -> QuoteKind {
        let open = span.outerFirst
        let words = (span.first...span.last).filter { t.isWord($0) || t.kind($0) == .number }.count
        let endsWithPunct =
            t.kind(span.last) == .punct || (span.close.map { $0 + 1 < t.tokens.count && t.isPunct($0 + 1, 0x2C) } ?? false)
        var initial = open == sentence.lowerBound
        if !initial, open > 0 {
            let prev = open - 1
            if t.isPunct(prev, 0x3A) || t.kind(prev) == .lineBreak { initial = true }
            if t.isPunct(prev, 0x2C) || attribution.isDash(prev), prev > 0,
                attribution.isCueVerb(prev - 1) || attribution.isParticiple(prev - 1)
                    || t.isWord(prev - 1) && t.isCapitalised(prev - 1)
            {
                initial = true
            }
            if attribution.isCueVerb(prev) || attribution.isParticiple(prev) {
                initial = t.isCapitalised(span.first) || words >= 4
            }
        }
        let innerPunct = t.kind(span.last) == .punct && !t.isPunct(span.last, 0x2D)
        if initial && (endsWithPunct || words >= 4) { return .direct }
        if innerPunct && words >= 3 && t.isCapitalised(span.first) { return .direct }
        if span.close == nil && words >= 4 { return .direct }
        return .partial
    }

    /// Quoted words used as a name or a title rather than said: `the so-called “Coalition”`,
    /// `“One Hundred Years of Solitude”`, `“Whatever gets the job done” is my new motto`.
    private func isMention(_ span: QuoteSpan, kind: QuoteKind) -> Bool {
        guard !span.isColon, let open = span.open else { return false }
        if open > 0, t.isWord(open - 1), Lexicon.naming.contains(t.hash(open - 1)) { return true }
        // Only short spans are counted as repeated phrases, so only they are folded and looked up.
        if span.last - span.first < 8, repeatedPhrases.contains(NameKey.fold(t.text(tokens: span.first, through: span.last))) {
            return true
        }
        // A quoted phrase used as a modifier or a name: `the ‘coalition of the willing’ call`, `Tuesday’s ‘…’ (a group of …)`.
        if let close = span.close, close + 1 < t.tokens.count, open > 0, definite(open - 1) {
            let next = close + 1
            if t.isWord(next), !t.isCapitalised(next), !Lexicon.clauseWords.contains(t.hash(next)),
                !Lexicon.cueVerbs.contains(t.hash(next)),
                !isFunctionWord(next), !t.text(next).hasSuffix("ed"), t.text(next) != "is", t.text(next) != "was"
            {
                return true
            }
            if t.isPunct(next, 0x28) { return true }
        }
        if open > 1, t.isWord(open - 1), t.hash(open - 1) == W.as, t.isWord(open - 2),
            t.hash(open - 2) == W.known
        {
            return true
        }
        // Title case throughout: a title (`“Fox News Sunday,” Pence said`) — unless the whole line is
        // a headline with a verb of speech outside the quote (`Mayor Said Budget “Will Not Survive”`).
        let sentence = t.sentences[Int(t.sentenceOf[open])]
        if HeadlineCase.isHeadline(t, sentence: sentence),
            sentence.contains(where: { !attribution.quoted[$0] && t.isWord($0) && HeadlineCase.speechVerbs.contains(t.hash($0)) })
        {
            return false
        }
        var lastContent = span.last
        while lastContent > span.first, t.isPunct(lastContent, 0x2C) || t.isPunct(lastContent, 0x2E) { lastContent -= 1 }
        let words = (span.first...lastContent).filter { t.isWord($0) }
        if words.count >= 2, words.allSatisfy({ t.isCapitalised($0) || Self.titleSmallWords.contains(t.hash($0)) }),
            t.isCapitalised(words.first!),
            !(span.first...lastContent).contains(where: { t.kind($0) == .punct && !t.isPunct($0, 0x2D) && !t.isPunct($0, 0x3A) })
        {
            return true
        }
        // `“…” is my new motto`: the quote is the subject of a copula.
        if let close = span.close, close + 1 < t.tokens.count, t.isWord(close + 1),
            Lexicon.mentionVerbs.contains(t.hash(close + 1)),
            t.sentences[Int(t.sentenceOf[open])].lowerBound == open
        {
            return true
        }
        return false
    }

    /// `the`, `this`, a possessive: a quoted phrase after it is a name or a term.
    private func definite(_ i: Int) -> Bool {
        if t.kind(i) == .possessive { return true }
        guard t.isWord(i) else { return false }
        let h = t.hash(i)
        return h == W.the || h == W.this || h == W.these || h == W.those
            || Lexicon.possessivePronouns.contains(h)
    }

    private func isFunctionWord(_ i: Int) -> Bool {
        Self.functionWords.contains(t.hash(i))
    }

    /// `never have occasion to say “…”`: the nearest speech verb before the quote is hypothetical.
    private func isHypothetical(_ span: QuoteSpan) -> Bool {
        guard !span.isColon else { return false }
        var i = span.outerFirst - 1
        let floor = max(0, span.outerFirst - 6)
        while i >= floor {
            if t.isWord(i), Lexicon.cueVerbs.contains(t.hash(i)) { return attribution.isIrrealis(i) }
            i -= 1
        }
        return false
    }

    // MARK: - Speakers

    /// Speakers for quotes with no attribution of their own: the speaker of the quote just before
    /// (`“…,” Mr Rutte said. “But make no mistake…”`), or the subject of reported speech in the
    /// previous sentence (`The annotators said they were puzzled. “Really?”`).
    private mutating func inheritedSpeaker(_ span: QuoteSpan, sentenceIndex: Int) -> (
        speaker: (entity: Int?, written: String?, range: TextRange?), cue: String?, followOn: Bool
    )? {
        let paragraph = Int(t.paragraphOf[span.outerFirst])
        let startsParagraph = t.paragraphs[paragraph].lowerBound == span.outerFirst
        guard sentenceIndex > 0 else { return nil }
        let previous = sentenceIndex - 1
        let previousParagraph = Int(t.paragraphOf[t.sentences[previous].lowerBound])
        guard previousParagraph == paragraph || (startsParagraph && previousParagraph == paragraph - 1) else { return nil }
        // The last quote's speaker, if it ended just before, or earlier in this paragraph with no other
        // person named in between.
        if let last = lastSpeaker, last.entity != nil || last.written != nil,
            last.sentence == previous
                || (last.paragraph == paragraph && last.sentence >= sentenceIndex - 3
                    && noOtherPerson(after: last.sentence, before: sentenceIndex, than: last.entity))
        {
            return ((last.entity, last.written, nil), nil, last.paragraph == paragraph || startsParagraph)
        }
        if let phrase = attribution.reportedSubject(in: t.sentences[previous]) {
            // Resolved on self: an entity made on a copy would leave the quote an index past the entities.
            let r = resolve(phrase)
            return ((r.entity, r.written, r.range), phrase.cue.map { t.text($0) }, false)
        }
        return nil
    }

    private func noOtherPerson(after a: Int, before b: Int, than entity: Int?) -> Bool {
        guard a + 1 < b else { return true }
        let start = t.sentences[a + 1].lowerBound, end = t.sentences[b - 1].upperBound
        return !entities.mentions.contains {
            $0.first >= start && $0.last < end && $0.entity != entity && entities.entities[$0.entity].kind == .person
        }
    }

    private func sentenceSpan(_ span: QuoteSpan) -> Range<Int> {
        let a = t.sentences[Int(t.sentenceOf[span.outerFirst])].lowerBound
        let b = attribution.boundary(after: span.outerLast)
        return a..<max(a + 1, b)
    }

    /// The entity a speaker phrase names, resolving surnames, pronouns, roles and spokespeople.
    mutating func resolve(_ phrase: SpeakerPhrase) -> (entity: Int?, written: String?, range: TextRange?) {
        if OutletReport.isOutletCiting(t, headLast: phrase.headLast, last: phrase.last) { return (nil, nil, nil) }
        let written = cleanWritten(t.text(tokens: phrase.first, through: phrase.last))
        let range = TextRange(Int(t.tokens[phrase.first].start), Int(t.tokens[phrase.last].end))
        let entity = interpret(phrase.headFirst, phrase.headLast, at: phrase.first)
        // `Lt Col Jeff Tolbert, Driscoll’s spokesperson`: the appositive says whom they speak for.
        if let entity, phrase.last > phrase.headLast,
            let s = ((phrase.headLast + 1)...phrase.last).first(where: {
                t.isWord($0) && NameLexicon.spokespersonWords.contains(t.hash($0))
            }),
            let p = ((phrase.headLast + 1)..<s).last(where: { t.kind($0) == .possessive }), p > phrase.headLast + 1,
            let boss = interpret(phrase.headLast + 2, p - 1, at: phrase.first)
        {
            entities.setSpeaksFor(entity, boss)
        }
        return (entity, written, range)
    }

    private func cleanWritten(_ s: String) -> String {
        var out = s
        while let last = out.last, last == "," || last == " " { out.removeLast() }
        return out
    }

    /// Interprets the tokens of a speaker phrase.
    private mutating func interpret(_ a: Int, _ b: Int, at position: Int) -> Int? {
        var a = a
        // Pronouns.
        if a == b, t.isWord(a), Lexicon.pronouns.contains(t.hash(a)) {
            return pronoun(t.hash(a), at: position)
        }
        if SpeakerCandidate.isFragment(t, a, b) || SpeakerCandidate.hasVagueHead(t, a, b) { return nil }
        if let group = groupSpeaker(a, b) { return group }
        // `Ukraine’s armed forces said`, `Nato’s press office`: an organisation named by its owner,
        // read whole when the phrase starts after the possessive (or after the words between).
        var owner = a - 1
        while owner > a - 4, owner > 0, t.isWord(owner), !t.isCapitalised(owner), !Lexicon.determiners.contains(t.hash(owner)) {
            owner -= 1
        }
        if t.isWord(b), NameLexicon.organisationWords.contains(t.hash(b)), owner >= 1, t.kind(owner) == .possessive,
            t.isCapitalised(owner - 1)
        {
            a = owner - 1
            while a > 0, t.isWord(a - 1), t.isCapitalised(a - 1), !Lexicon.capitalisedFunctionWords.contains(t.hash(a - 1)) {
                a -= 1
            }
        }
        let tokens = Array(a...b)
        // Spokespeople: `Starmer’s official spokesperson`, `Driscoll’s spokesperson Jeff Tolbert`,
        // `White House spokesperson Karoline Leavitt`, `his spokesperson`.
        if let s = tokens.first(where: { t.isWord($0) && NameLexicon.spokespersonWords.contains(t.hash($0)) }) {
            let boss = spokespersonBoss(a, s, at: position)
            if s < b, let own = nameIn(s + 1, b) {
                let person = entities.entity(named: own, kind: .person, written: own.joined(separator: " "))
                if let boss { entities.setSpeaksFor(person, boss) }
                return person
            }
            if let boss { return entities.spokesperson(for: boss) }
            return nil
        }
        if let person = nameAfterLongRole(a, b) { return person }
        // A name in the phrase: the last capitalised run that names a person or organisation.
        var i = b
        var runs: [(Int, ArticleEntities.NameRun)] = []
        // The head of `Officer Tusk of the Walrus Police Department` comes before `of`.
        var headEnd = b
        if let of = (a...b).first(where: { t.isWord($0) && t.hash($0) == W.of }), of > a,
            (a..<of).contains(where: { t.isCapitalised($0) && entities.nameRun(at: $0) != nil })
        {
            headEnd = of - 1
        }
        var k = a
        var namesPlace = false
        while k <= headEnd {
            if t.isPunct(k, 0x28), let close = (k...headEnd).first(where: { t.isPunct($0, 0x29) }) {
                k = close + 1
                continue
            }
            if t.isCapitalised(k), let run = entities.nameRun(at: k), run.last <= headEnd {
                // A place is no speaker (`SpeakerCandidate`), unless the article has named a person so.
                if !SpeakerCandidate.isPlace(run.words)
                    || entities.lookup(run.words).map({ entities.entities[$0].kind == .person }) == true
                    || hasOrganisationWord(a, b)
                {
                    runs.append((k, run))
                } else {
                    namesPlace = true
                }
                k = run.last + 1
            } else {
                k += 1
            }
        }
        i = b
        _ = i
        // A phrase whose head is a role (`The UK prime minister`, `Ukraine's national security council chief`)
        // describes a person; the name in it (a country, an organisation) is not the speaker.
        let headIsRole =
            t.isWord(b) && !t.isCapitalised(b) && NameLexicon.roleWords.contains(t.hash(b))
            && !NameLexicon.organisationWords.contains(t.hash(b))
        // `Nato’s press office`, `Richmond police`: an organisation named by its head noun (not a
        // person of one: `Chief Superintendent Karen Tsang of the police’s casualty inquiry unit`).
        if headEnd == b, t.isWord(b), !t.isCapitalised(b), NameLexicon.organisationWords.contains(t.hash(b)),
            !NameLexicon.spokespersonWords.contains(t.hash(b)),
            (a..<b).contains(where: { t.isCapitalised($0) })
        {
            let name = ArticleEntities.stripDeterminer(t.text(tokens: a, through: b))
            return entities.entity(named: [name], kind: .organisation, written: name)
        }
        // `writes Foreign Policy`, `The New York Times reports`: a name that ends in a news outlet's
        // word is the outlet, whole (a role word in it, `Foreign`, is no title).
        if t.isWord(b), t.isCapitalised(b), NameLexicon.newsOutletWords.contains(t.hash(b)),
            let first = (a...b).first(where: { t.isCapitalised($0) && !Lexicon.capitalisedFunctionWords.contains(t.hash($0)) }),
            (first...b).allSatisfy({ t.isCapitalised($0) })
        {
            let name = t.text(tokens: first, through: b)
            return entities.entity(named: [name], kind: .organisation, written: name)
        }
        if !headIsRole, let (_, run) = runs.last(where: { !$0.1.words.isEmpty }) {
            let words = run.words
            let kindGuess = entities.classify(words: words, titled: run.titled, first: run.first)
            // `Ukraine’s Air Force`: an organisation named with its owner is named whole, so it is
            // not the bare `Air Force` of another country (`OrganisationName`).
            if kindGuess == .organisation, run.first - 2 >= a, t.kind(run.first - 1) == .possessive,
                t.isCapitalised(run.first - 2)
            {
                let name = ArticleEntities.stripDeterminer(t.text(tokens: run.first - 2, through: b))
                return entities.entity(named: [name], kind: .organisation, written: name)
            }
            // `the Court of Justice of the European Union`: an organisation's name runs past `of`.
            if kindGuess == .organisation, headEnd < b {
                let name = ArticleEntities.stripDeterminer(t.text(tokens: a, through: b))
                return entities.entity(named: [name], kind: .organisation, written: name)
            }
            if let found = entities.lookup(words) { return found }
            let kind: SpeakerKind
            // `Chief Superintendent Karen Tsang of the police’s casualty inquiry unit`: what follows
            // a person's `of` says where they work; it does not make them an organisation.
            if let kindGuess {
                kind = kindGuess
            } else if hasOrganisationWord(a, headEnd) {
                kind = .organisation
            } else {
                kind = .person
            }
            // An organisation phrase keeps its descriptive words: `Nato’s press office`, `The Russian defence ministry`.
            if kind == .organisation || kind != .person && hasOrganisationWord(a, headEnd)
                || headEnd == b && hasOrganisationWord(a, b)
            {
                let name = ArticleEntities.stripDeterminer(t.text(tokens: a, through: b))
                return entities.entity(named: [name], kind: .organisation, written: name)
            }
            let index = entities.entity(named: words, kind: .person, written: t.text(tokens: run.nameFirst, through: run.last))
            if let g = run.gender { entities.setGender(index, g) }
            return index
        }
        // A role or a description: `the Russian leader`, `The French president`, `his defence minister`, `the clown`.
        let phrase = t.text(tokens: a, through: b)
        // `the court`, `the ministry`: the organisation of that kind named last.
        if b == a + 1, t.isWord(a), Lexicon.determiners.contains(t.hash(a)), NameLexicon.organisationWords.contains(t.hash(b)),
            let named = entities.recentOrganisation(with: t.text(b), before: position)
        {
            return named
        }
        // `the police chief`, `the army commander`: a role whose office is an organisation describes
        // a person: the person the article names with that role, else nobody (not the organisation).
        if headIsRole, b > a, hasOrganisationWord(a, b - 1) {
            if let found = entities.person(forRole: phrase) { return found }
            return isOffice(a, b) ? entities.roleOnlyEntity(phrase) : nil
        }
        if hasOrganisationWord(a, b) {
            let name = ArticleEntities.stripDeterminer(phrase)
            return entities.entity(named: [name], kind: .organisation, written: name)
        }
        if Lexicon.vagueSpeakers.contains(t.hash(b)) { return nil }
        if (a...b).contains(where: { t.isWord($0) && NameLexicon.roleWords.contains(t.hash($0)) }) {
            if let found = entities.person(forRole: phrase) { return found }
            if isOffice(a, b) { return entities.roleOnlyEntity(phrase) }
        }
        // A person described (`the clown`, `The 90-year-old`): the person named just before; an
        // anonymous one (`the source`) or a thing (`the text`) stays unresolved, and so does one
        // described by a place (`the Lisbon businessman`): that says who, but not as the
        // previous sentence's person does.
        let head = t.hash(b)
        guard t.isWord(b), NameLexicon.personNouns.contains(head) || t.text(b).hasSuffix("-old"),
            !NameLexicon.anonymousNouns.contains(head), !namesPlace
        else {
            return nil
        }
        return recentPerson(before: position, sentencesBack: 1)
    }

    /// Several people speaking as one, stored as a group (`SpeakerKind.group`) under the words the
    /// article uses: two names joined by `and` (`Smith and Jones wrote`, `Ana Lee and Bo Karlsson
    /// said`), or a plural noun for people (`organizers said`, `the two senators said`, `marchers
    /// chanted`). A longer list (`Germany, France and Britain said`) is not read here, and an
    /// anonymous plural (`officials`, `sources`) stays without a speaker.
    private mutating func groupSpeaker(_ a: Int, _ b: Int) -> Int? {
        func group(_ first: Int) -> Int {
            let name = ArticleEntities.stripDeterminer(t.text(tokens: first, through: b))
            return entities.entity(named: [name], kind: .group, written: name)
        }
        if let and = (a...b).first(where: { t.isWord($0) && t.hash($0) == W.and }), and > a, and < b,
            (a...b).filter({ t.isWord($0) && t.hash($0) == W.and }).count == 1,
            and - a <= 3, b - and <= 3,
            (a..<and).allSatisfy({ t.isWord($0) && t.isCapitalised($0) }),
            ((and + 1)...b).allSatisfy({ t.isWord($0) && t.isCapitalised($0) })
        {
            return group(a)
        }
        guard t.isWord(b),
            !(a..<b).contains(where: { t.isCapitalised($0) && $0 != t.sentences[Int(t.sentenceOf[$0])].lowerBound })
        else { return nil }
        let word = t.text(b).lowercased()
        guard word.hasSuffix("s"), !NameLexicon.anonymousNouns.contains(t.hash(b)), !Lexicon.vagueSpeakers.contains(t.hash(b))
        else { return nil }
        let singular = Lemmatizer.shared.lemma(word, .noun)
        guard singular != word, NameLexicon.personNouns.contains(WordHash.of(singular)),
            !NameLexicon.anonymousNouns.contains(WordHash.of(singular))
        else { return nil }
        return group(a)
    }

    /// A long title before a name: `Regional Inspector General of Police Samuel Adeyemi Cole said`.
    /// The title runs past `of` into an office's own words (`Police`, `the Navy`); the speaker is the
    /// two to four capitalised words after them that are no role or organisation word, not the title
    /// (`General`). The phrase as written keeps the title.
    private mutating func nameAfterLongRole(_ a: Int, _ b: Int) -> Int? {
        guard let of = (a...b).first(where: { t.isWord($0) && t.hash($0) == W.of }), of > a, of + 2 <= b,
            (a..<of).contains(where: { t.isWord($0) && NameLexicon.roleWords.contains(t.hash($0)) })
        else { return nil }
        var m = of + 1
        if t.isWord(m), Lexicon.determiners.contains(t.hash(m)) { m += 1 }
        let office = m
        while m <= b, t.isWord(m), t.isCapitalised(m),
            NameLexicon.organisationWords.contains(t.hash(m)) || NameLexicon.roleWords.contains(t.hash(m))
        {
            m += 1
        }
        guard m > office, b - m + 1 >= 2, b - m + 1 <= 4, (m...b).allSatisfy({ t.isWord($0) && t.isCapitalised($0) }) else {
            return nil
        }
        let words = (m...b).map { t.text($0) }
        if let known = entities.lookup(words) { return known }
        return entities.entity(named: words, kind: .person, written: words.joined(separator: " "))
    }

    private func nameIn(_ a: Int, _ b: Int) -> [String]? {
        var k = a
        while k <= b {
            if t.isCapitalised(k), let run = entities.nameRun(at: k), !run.words.isEmpty, run.words.count >= 2 {
                return run.words
            }
            k += 1
        }
        return nil
    }

    private mutating func spokespersonBoss(_ a: Int, _ s: Int, at position: Int) -> Int? {
        // `X’s spokesperson`
        if let p = (a..<s).last(where: { t.kind($0) == .possessive }), p > a {
            return interpret(a, p - 1, at: position)
        }
        if let p = (a..<s).last(where: { t.isWord($0) && Lexicon.possessivePronouns.contains(t.hash($0)) }) {
            return pronoun(
                t.hash(p) == W.her
                    ? W.she : t.hash(p) == W.its ? W.it : W.he, at: position)
        }
        // `White House spokesperson`, `a Downing Street spokesperson`, `Kremlin spokesperson`
        var first = a
        while first < s, t.isWord(first), Lexicon.determiners.contains(t.hash(first)) { first += 1 }
        guard first < s else { return nil }
        let name = t.text(tokens: first, through: s - 1)
        if (first..<s).contains(where: { t.isCapitalised($0) }) {
            let words = (first..<s).filter { t.isWord($0) }.map { t.text($0) }
            if let found = entities.lookup(words) { return found }
            return entities.entity(named: [name], kind: .organisation, written: name)
        }
        return entities.person(forRole: name)
    }

    private func hasOrganisationWord(_ a: Int, _ b: Int) -> Bool {
        (a...b).contains {
            t.isWord($0) && NameLexicon.organisationWords.contains(t.hash($0))
                && !NameLexicon.spokespersonWords.contains(t.hash($0))
        }
            || (a...b).contains { t.isWord($0) && NameLexicon.metonyms.contains(t.hash($0)) && t.isCapitalised($0) }
    }

    /// Offices that name one person at a time: president, prime minister, chancellor, leader…
    private func isOffice(_ a: Int, _ b: Int) -> Bool {
        t.isWord(b) && Self.offices.contains(t.hash(b))
    }

    /// `he`, `she`: the most recent person of that gender, preferring quote speakers and subjects;
    /// `it`, `they`: the most recent organisation (or, for `they`, a person too).
    private mutating func pronoun(_ h: UInt64, at position: Int) -> Int? {
        let wantFemale = h == W.she
        let wantMale = h == W.he
        let wantOrg = h == W.it
        if h == W.i || h == W.we || h == W.you { return nil }
        let limitParagraph = Int(t.paragraphOf[min(position, t.tokens.count - 1)]) - 3
        var candidates: [(position: Int, entity: Int, weight: Int)] = []
        for m in entities.mentions where m.last < position && Int(t.paragraphOf[m.last]) >= limitParagraph {
            candidates.append((m.last, m.entity, m.isSubject ? 1 : 0))
        }
        for s in salience where s.position < position && Int(t.paragraphOf[s.position]) >= limitParagraph {
            candidates.append((s.position, s.entity, 2))
        }
        // Latest sentence first; within a sentence, speakers then subjects then others.
        // Latest sentence first; within it, a known gender that fits, then speakers, subjects, the rest.
        func genderFit(_ entity: Int) -> Int {
            let g = entities.gender(entity)
            return (wantFemale && g == .female) || (wantMale && g == .male) ? 1 : 0
        }
        candidates.sort { a, b in
            let sa = t.sentenceOf[a.position], sb = t.sentenceOf[b.position]
            if sa != sb { return sa > sb }
            let ga = genderFit(a.entity), gb = genderFit(b.entity)
            if ga != gb { return ga > gb }
            if a.weight != b.weight { return a.weight > b.weight }
            return a.position > b.position
        }
        for c in candidates {
            let e = entities.entities[c.entity]
            let g = entities.gender(c.entity)
            if wantOrg {
                if e.kind == .organisation { return c.entity }
                continue
            }
            if e.kind == .organisation { if h == W.they { return c.entity } else { continue } }
            if wantFemale, g == .male { continue }
            if wantMale, g == .female { continue }
            if wantFemale { entities.setGender(c.entity, .female) }
            if wantMale { entities.setGender(c.entity, .male) }
            return c.entity
        }
        return nil
    }

    private func recentPerson(before position: Int, sentencesBack: Int) -> Int? {
        let sentence = Int(t.sentenceOf[min(position, t.tokens.count - 1)])
        let people = entities.mentions.filter {
            $0.last < position && entities.entities[$0.entity].kind == .person
                && sentence - Int(t.sentenceOf[$0.last]) <= sentencesBack
        }
        let fromQuotes = salience.filter { $0.position < position && sentence - Int(t.sentenceOf[$0.position]) <= sentencesBack }
        let best = (people.map { ($0.last, $0.entity) } + fromQuotes.map { ($0.position, $0.entity) }).max { $0.0 < $1.0 }
        return best?.1
    }

    // MARK: - Ranges

    /// Byte range of the quoted words (marks excluded).
    private func contentRange(_ span: QuoteSpan) -> (Int, Int) {
        (Int(t.tokens[span.first].start), Int(t.tokens[span.last].end))
    }

    /// The reported clause around a partial quote: after the cue (from `that`) to the end of the
    /// sentence, or from the sentence start to the quote when the attribution follows it.
    private func clauseRange(_ span: QuoteSpan, sentence: Range<Int>, phrase: SpeakerPhrase?) -> (Int, Int)? {
        guard let phrase, let cue = phrase.cue, attribution.isCueVerb(cue) || attribution.isParticiple(cue) else { return nil }
        var start: Int
        var end: Int
        if cue < span.outerFirst {
            start = cue + 1
            if let that = (start..<min(start + 6, span.outerFirst)).first(where: {
                t.isWord($0) && t.hash($0) == W.that
            }) {
                start = that
            }
            end = sentence.upperBound - 1
            // Stop before a participle clause or a trailing attribution.
            var k = span.outerLast + 1
            while k < end {
                if t.isPunct(k, 0x2C), k + 1 <= end,
                    attribution.isParticiple(k + 1) || attribution.isCueVerb(k + 1) || attribution.isCueVerb(min(end, k + 2))
                {
                    end = k - 1
                    break
                }
                k += 1
            }
        } else {
            start = sentence.lowerBound
            end = span.outerLast
        }
        while end > start, t.kind(end) == .punct, !t.isPunct(end, 0x2E) || t.kind(end) == .quote { end -= 1 }
        if t.kind(end) == .punct, t.isPunct(end, 0x2E) { end -= 1 }
        end = max(end, span.outerLast)
        guard start <= end else { return nil }
        return (Int(t.tokens[start].start), Int(t.tokens[end].end))
    }
}

extension QuoteRun {
    static let titleSmallWords = Lexicon.set(["of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with"])

    static let functionWords = Lexicon.set([
        "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "as", "into", "over", "about",
        "against", "than", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "are",
        "were", "be", "been",
    ])

    static let offices = Lexicon.set([
        "president", "minister", "chancellor", "leader", "secretary", "premier", "king", "queen", "mayor", "governor",
        "chief", "head", "envoy", "ambassador", "commissioner", "director", "spokesperson", "spokesman", "spokeswoman",
        "pope",
    ])
}
