/// A speaker as written next to a quote, and the cue that ties them.
struct SpeakerPhrase {
    /// Tokens of the phrase as written (`Tymur Tkachenko, the head of the military administration`).
    var first: Int
    var last: Int
    /// The part that names the speaker (`Tymur Tkachenko`); equals the phrase without an appositive.
    var headFirst: Int
    var headLast: Int
    var cue: Int?
    var how: How

    enum How { case after, before, colon, trailing, possessive, according, passive, previousSentence, followOn, dash }

    init(_ first: Int, _ last: Int, head: ClosedRange<Int>? = nil, cue: Int?, how: How) {
        self.first = first
        self.last = last
        headFirst = head?.lowerBound ?? first
        headLast = head?.upperBound ?? last
        self.cue = cue
        self.how = how
    }
}

/// Finds who a quote is attributed to, from the words around it in its sentence.
struct AttributionFinder {
    let t: TokenizedText
    /// True for tokens inside a quote span (marks included).
    let quoted: [Bool]

    // MARK: - Cues

    func isCueVerb(_ i: Int) -> Bool {
        // A capitalised `States` or `Says` mid-sentence is a name, not a verb.
        guard t.isWord(i), Lexicon.cueVerbs.contains(t.hash(i)) else { return false }
        if t.isCapitalised(i) {
            // Only `Said Ellis:` at the start of a sentence, or any in a headline (`HeadlineCase`);
            // elsewhere `States`, `Says` are names.
            let sentence = t.sentences[Int(t.sentenceOf[i])]
            guard
                sentence.lowerBound == i || i > 0 && t.kind(i - 1) == .quote
                    || HeadlineCase.speechVerbs.contains(t.hash(i)) && HeadlineCase.isHeadline(t, sentence: sentence)
            else { return false }
        }
        return !isIrrealis(i)
    }

    func isParticiple(_ i: Int) -> Bool { t.isWord(i) && Lexicon.cueParticiples.contains(t.hash(i)) }

    /// `to say`, `would say`: speech that did not happen.
    func isIrrealis(_ i: Int) -> Bool {
        guard i > 0, t.isWord(i - 1) else { return false }
        let h = t.hash(i - 1)
        if h == W.to { return true }
        return [W.would, W.could, W.might, W.should].contains(h)
            && t.hash(i) == W.say
    }

    func cueText(_ i: Int) -> String { t.text(i) }

    // MARK: - After the quote: `,” Mr Rutte said` / `,” said Nato’s press office`

    func after(_ span: QuoteSpan) -> SpeakerPhrase? {
        guard let close = span.close else { return nil }
        var k = close + 1
        let sentenceEnd = boundary(after: close)
        // The quote must end its clause: `,”` `.”` `?”` `!”` `”,`
        let innerPunct = span.last >= span.first && t.kind(span.last) == .punct
        if k < sentenceEnd, t.isPunct(k, 0x2C) || t.isPunct(k, 0x2D) || isDash(k) {
            k += 1
        } else if !innerPunct {
            // `“…” he also said`: no comma, but a short subject and a cue right after.
            var j = k
            while j < min(sentenceEnd, k + 4), !isCueVerb(j), t.isWord(j), isPhraseWord(j, allowLowercase: false) || isFiller(j) {
                j += 1
            }
            guard j > k, j < sentenceEnd, isCueVerb(j) else { return nil }
        }
        guard k < sentenceEnd, !quoted[k] else { return nil }
        // The closing mark ended a sentence (`.”`): the next one attributes only if it opens with the speaker.
        if t.sentenceOf[k] != t.sentenceOf[close], let how = thatWasHow(k, sentenceEnd: sentenceEnd) { return how }
        if t.sentenceOf[k] != t.sentenceOf[close], t.isWord(k),
            Lexicon.capitalisedFunctionWords.contains(t.hash(k)) && !Lexicon.pronouns.contains(t.hash(k))
                && !Lexicon.determiners.contains(t.hash(k))
        {
            return nil
        }
        // ― Carla Sanchez
        if isDash(k - 1) || isDash(k), let dash = [k - 1, k].first(where: isDash), dash + 1 < sentenceEnd {
            if let np = forwardPhrase(from: dash + 1, limit: sentenceEnd), t.isCapitalised(np.lowerBound) {
                return SpeakerPhrase(np.lowerBound, np.upperBound, cue: nil, how: .dash)
            }
        }
        if isCueVerb(k) {
            // Inverted: said X
            if let np = forwardPhrase(from: k + 1, limit: sentenceEnd, allowAnd: true) {
                if let name = appositiveName(after: np.upperBound, sentenceEnd: sentenceEnd) {
                    return SpeakerPhrase(np.lowerBound, name.upperBound, head: name, cue: k, how: .after)
                }
                return SpeakerPhrase(np.lowerBound, np.upperBound, cue: k, how: .after)
            }
            return nil
        }
        // X [(party)] [, appositive,] said
        var j = k
        var lastComma: Int?
        let limit = min(sentenceEnd, k + 40)
        while j < limit {
            if t.isPunct(j, 0x28), let close = (j..<limit).first(where: { t.isPunct($0, 0x29) }) {
                j = close + 1
                continue
            }
            // Inside an appositive (after the first comma) any words may stand until the next comma.
            if lastComma != nil, !t.isPunct(j, 0x2C), !isCueVerb(j), !quoted[j], t.kind(j) != .lineBreak {
                j += 1
                continue
            }
            if isCueVerb(j) {
                guard j > k else { return nil }
                var end = j - 1
                while end > k, isFiller(end) { end -= 1 }
                if t.isPunct(end, 0x2C) { end -= 1 }
                guard end >= k, validSubject(k, end) else { return nil }
                var head: ClosedRange<Int>? = nil
                if let comma = lastComma, comma > k, comma < end { head = k...(comma - 1) }
                if let commaFirst = firstComma(k, end), commaFirst > k { head = k...(commaFirst - 1) }
                return SpeakerPhrase(k, end, head: head, cue: j, how: .after)
            }
            if quoted[j] || t.kind(j) == .lineBreak { return nil }
            if t.isPunct(j, 0x2C) {
                // A comma before any name is a list or a clause, not an appositive.
                guard j > k, lastComma == nil || j > lastComma! else { return nil }
                if lastComma == nil, !validSubject(k, j - 1) { return nil }
                lastComma = j
                j += 1
                continue
            }
            // `,” Smith and Jones wrote`: two names joined by `and` (a group, `groupSpeaker`).
            let joinsNames =
                lastComma == nil && t.isWord(j) && t.hash(j) == W.and && j > k && t.isCapitalised(j - 1) && j + 1 < limit
                && t.isCapitalised(j + 1)
            if t.isWord(j), !isPhraseWord(j, allowLowercase: true), !isFiller(j), !joinsNames { return nil }
            j += 1
        }
        return nil
    }

    /// Verbs that say how someone put something: `That was how she described it`.
    static let describingVerbs = Lexicon.set([
        "put", "puts", "described", "describes", "summed", "sums", "characterised", "characterized", "framed", "phrased",
    ])

    /// `“A disaster from start to finish.” That was how Paul Ortiz described the rollout.` — a
    /// sentence right after the quote that opens `That was how` (`That is how`, `That’s how`) names
    /// the speaker and the verb of saying: the noun phrase after `how`, then a word (the verb).
    func thatWasHow(_ k: Int, sentenceEnd: Int) -> SpeakerPhrase? {
        guard k + 4 < sentenceEnd, t.isWord(k), t.text(k).lowercased() == "that" else { return nil }
        var h = k + 1
        if t.isWord(h), ["was", "is", "'s", "’s"].contains(t.text(h).lowercased()) { h += 1 } else { return nil }
        guard t.isWord(h), t.text(h).lowercased() == "how", h + 2 < sentenceEnd else { return nil }
        guard
            let verb = ((h + 2)..<min(sentenceEnd, h + 9)).first(where: {
                t.isWord($0) && (Self.describingVerbs.contains(t.hash($0)) || isCueVerb($0))
            }), validSubject(h + 1, verb - 1)
        else { return nil }
        return SpeakerPhrase(h + 1, verb - 1, cue: verb, how: .after)
    }

    /// A name apposed at the end of an inverted attribution: `said a spokeswoman for the port
    /// authority, Dana Whitfield.` — after the phrase, within twelve words, a comma and two to four
    /// capitalised words that end the sentence; nothing between is a quote or a verb of speech.
    /// The name is the speaker and the description stays with it as written.
    func appositiveName(after phraseEnd: Int, sentenceEnd: Int) -> ClosedRange<Int>? {
        var end = sentenceEnd - 1
        while end > phraseEnd, t.kind(end) == .punct, !t.isPunct(end, 0x2C) { end -= 1 }
        guard end > phraseEnd, end - phraseEnd <= 14,
            let comma = ((phraseEnd + 1)...end).last(where: { t.isPunct($0, 0x2C) }), end - comma >= 2, end - comma <= 4,
            ((comma + 1)...end).allSatisfy({ t.isWord($0) && t.isCapitalised($0) }),
            !((phraseEnd + 1)..<comma).contains(where: { quoted[$0] || isCueVerb($0) })
        else { return nil }
        return (comma + 1)...end
    }

    private func firstComma(_ a: Int, _ b: Int) -> Int? {
        guard a <= b else { return nil }
        return (a...b).first { t.isPunct($0, 0x2C) }
    }

    // MARK: - Before the quote, same sentence: `X said: “…”`, `X insisted the alliance was “…”`

    func before(_ span: QuoteSpan, sentenceStart: Int) -> SpeakerPhrase? {
        let open = span.outerFirst
        var cues: [Int] = []
        var i = sentenceStart
        while i < open {
            if !quoted[i], isCueVerb(i) || isParticiple(i) { cues.append(i) }
            i += 1
        }
        // Nearest cue first; one whose subject sits in a `that` clause belongs to an earlier cue.
        for cue in cues.reversed() {
            if isParticiple(cue) {
                if let s = clauseSubject(before: cue, floor: sentenceStart) {
                    return SpeakerPhrase(s.first, s.last, head: s.head, cue: cue, how: .before)
                }
                continue
            }
            guard let s = subject(before: cue, floor: sentenceStart) else { continue }
            if s.first > sentenceStart, t.isWord(s.first - 1), t.hash(s.first - 1) == W.that { continue }
            return SpeakerPhrase(s.first, s.last, head: s.head, cue: cue, how: .before)
        }
        return nil
    }

    /// A sentence with a speech cue and its subject, for quotes that follow it (`The annotators said they were puzzled. “…”`).
    func reportedSubject(in sentence: Range<Int>) -> SpeakerPhrase? {
        for i in sentence where !quoted[i] && isCueVerb(i) {
            if let s = subject(before: i, floor: sentence.lowerBound) {
                return SpeakerPhrase(s.first, s.last, head: s.head, cue: i, how: .previousSentence)
            }
        }
        return nil
    }

    /// `It is not clear if this counts as a “real quote” or not, she said.`
    func trailing(sentence: Range<Int>, after position: Int) -> SpeakerPhrase? {
        var end = sentence.upperBound - 1
        while end > position, t.kind(end) == .punct || t.kind(end) == .quote { end -= 1 }
        // Walk back over `NP cue [adverbial]` to a comma.
        var i = end
        var cue: Int?
        while i > position, !t.isPunct(i, 0x2C) {
            if quoted[i] { return nil }
            if isCueVerb(i) { cue = i }
            i -= 1
        }
        guard let cue, t.isPunct(i, 0x2C), i + 1 < cue || (cue == i + 1) else { return nil }
        if cue == i + 1 {
            if let np = forwardPhrase(from: cue + 1, limit: sentence.upperBound) {
                return SpeakerPhrase(np.lowerBound, np.upperBound, cue: cue, how: .trailing)
            }
            return nil
        }
        var last = cue - 1
        while last > i + 1, isFiller(last) { last -= 1 }
        // A subject is a short phrase: one holding a relative clause (`the co-founder of … that
        // tracks crowd sizes`) is a description the cue belongs to, not who spoke.
        guard validSubject(i + 1, last), last - i <= 10,
            !((i + 1)...last).contains(where: { t.isWord($0) && (Self.relatives.contains(t.hash($0)) || t.hash($0) == W.that) })
        else { return nil }
        return SpeakerPhrase(i + 1, last, cue: cue, how: .trailing)
    }

    /// `Putin’s threat that Russia is “ready for war”`.
    func possessive(_ span: QuoteSpan, sentenceStart: Int) -> SpeakerPhrase? {
        let open = span.outerFirst
        var i = open - 1
        var steps = 0
        while i > sentenceStart, steps < 14 {
            if t.isWord(i), Lexicon.speechNouns.contains(t.hash(i)) {
                // possessor: NAME’s [adjectives] NOUN  or  his/her NOUN
                var j = i - 1
                var adjectives = 0
                while j > sentenceStart, t.isWord(j), !t.isCapitalised(j), adjectives < 3,
                    !Lexicon.possessivePronouns.contains(t.hash(j)), !Lexicon.determiners.contains(t.hash(j))
                {
                    j -= 1
                    adjectives += 1
                }
                if t.isWord(j), Lexicon.possessivePronouns.contains(t.hash(j)), t.hash(j) != W.its || true {
                    return SpeakerPhrase(j, j, cue: i, how: .possessive)
                }
                if t.kind(j) == .possessive, let np = nounPhrase(ending: j - 1, floor: sentenceStart),
                    t.isCapitalised(np.upperBound)
                {
                    return SpeakerPhrase(np.lowerBound, np.upperBound, cue: i, how: .possessive)
                }
            }
            if quoted[i] { break }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// `according to the Center for American Progress, … “…”`
    func according(_ span: QuoteSpan, sentence: Range<Int>) -> SpeakerPhrase? {
        for i in sentence where i + 2 < sentence.upperBound && !quoted[i] && t.isWord(i) && t.hash(i) == Lexicon.according {
            guard t.hash(i + 1) == W.to, let np = forwardPhrase(from: i + 2, limit: sentence.upperBound) else {
                continue
            }
            let h = t.hash(np.upperBound)
            if Lexicon.vagueSpeakers.contains(h) { return nil }
            return SpeakerPhrase(np.lowerBound, np.upperBound, cue: i, how: .according)
        }
        return nil
    }

    /// `was criticised by the Competition Appeal Tribunal … for employing “…”`
    func passive(_ span: QuoteSpan, sentenceStart: Int) -> SpeakerPhrase? {
        var i = sentenceStart
        while i + 2 < span.outerFirst {
            if t.isWord(i), Lexicon.passiveSpeechVerbs.contains(t.hash(i)), t.hash(i + 1) == W.by,
                let np = forwardPhrase(from: i + 2, limit: span.outerFirst, allowAnd: true)
            {
                return SpeakerPhrase(np.lowerBound, np.upperBound, cue: i, how: .passive)
            }
            i += 1
        }
        return nil
    }

    // MARK: - Colon quotes: `Landsbergis said: It feels like…`

    /// The cue and subject before a colon that introduces a quote, if the colon does.
    func colonIntroduction(_ colon: Int, sentenceStart: Int) -> SpeakerPhrase? {
        var i = colon - 1
        let floor = max(sentenceStart, colon - 12)
        while i >= floor {
            if quoted[i] { return nil }
            if isCueVerb(i) || isParticiple(i) {
                if isParticiple(i) {
                    if let s = clauseSubject(before: i, floor: sentenceStart) {
                        return SpeakerPhrase(s.first, s.last, head: s.head, cue: i, how: .colon)
                    }
                } else if let s = subject(before: i, floor: sentenceStart) {
                    return SpeakerPhrase(s.first, s.last, head: s.head, cue: i, how: .colon)
                }
                return nil
            }
            if t.isWord(i), Lexicon.colonNouns.contains(t.hash(i)), i > sentenceStart {
                // `gave this update:` — the subject of the verb before the noun.
                var v = i - 1
                while v > sentenceStart, t.isWord(v), Lexicon.determiners.contains(t.hash(v)) || !t.isCapitalised(v) && v > i - 3
                { v -= 1 }
                if let s = subject(before: v + 1, floor: sentenceStart) {
                    return SpeakerPhrase(s.first, s.last, head: s.head, cue: i, how: .colon)
                }
            }
            i -= 1
        }
        if let label = reactionLabel(colon) { return label }
        // A transcript label at the start of a paragraph: `PENCE: …`
        if colon == sentenceStart + 1, t.isWord(sentenceStart), t.tokens[sentenceStart].flags.contains(.allCaps),
            !Lexicon.capitalisedFunctionWords.contains(t.hash(sentenceStart)),
            t.paragraphs[Int(t.paragraphOf[colon])].lowerBound == sentenceStart
        {
            return SpeakerPhrase(sentenceStart, sentenceStart, cue: nil, how: .colon)
        }
        return nil
    }

    /// A reaction column's label at the start of a paragraph: `Maria Lopez, The Daily Courier: “…”`,
    /// `Tom Reyes, author: “…”` — a name of two to four capitalised words, a comma, and a short
    /// description (at most six words, no verb of speech, no quotation) before the colon. The
    /// name is the speaker; the description is kept with it as written.
    func reactionLabel(_ colon: Int) -> SpeakerPhrase? {
        let start = t.paragraphs[Int(t.paragraphOf[colon])].lowerBound
        guard let comma = (start..<colon).first(where: { t.isPunct($0, 0x2C) }), comma - start >= 2, comma - start <= 4,
            colon - comma - 1 >= 1, colon - comma - 1 <= 6,
            (start..<comma).allSatisfy({ t.isWord($0) && t.isCapitalised($0) }),
            !((comma + 1)..<colon).contains(where: { quoted[$0] || isCueVerb($0) || t.isPunct($0, 0x2C) })
        else { return nil }
        return SpeakerPhrase(start, colon - 1, head: start...(comma - 1), cue: nil, how: .colon)
    }

    // MARK: - Noun phrases

    struct Subject {
        var first: Int
        var last: Int
        var head: ClosedRange<Int>?
    }

    /// The subject of the verb at `verb`: the noun phrase just before it, past adverbs and
    /// auxiliaries (`China meanwhile said`), or a name before an appositive (`Jane Doe, the journalist, said`).
    func subject(before verb: Int, floor: Int) -> Subject? {
        var j = verb - 1
        var skipped = 0
        while j >= floor, skipped < 7, isFiller(j) {
            j -= 1
            skipped += 1
        }
        // `Rep. Jason Chaffetz (R-Utah) said`: the party and state in brackets are not the subject.
        if j >= floor, t.isPunct(j, 0x29), let open = (floor..<j).last(where: { t.isPunct($0, 0x28) }) {
            j = open - 1
        }
        guard j >= floor else { return nil }
        if t.isWord(j), Lexicon.pronouns.contains(t.hash(j)) { return Subject(first: j, last: j) }
        if t.isPunct(j, 0x2C) {
            // `…, the minister of defence, Pål Jonson, said`: the name nearest the verb; else a name
            // before an appositive (`Tymur Tkachenko, the head of …, said`); else the clause's subject.
            var segments = commaSegments(floor: floor, end: j - 1)
            // A relative clause (`, which represents …, Wales and Northern Ireland,`) runs to the verb.
            if let relative = segments.firstIndex(where: {
                t.isWord($0.lowerBound) && Self.relatives.contains(t.hash($0.lowerBound))
            }) {
                segments = Array(segments[..<relative])
            }
            segments = segments.filter { !opensWithAdverbial($0) }
            let phrases = segments.compactMap { seg in nounPhrase(ending: seg.upperBound, floor: seg.lowerBound).map { (seg, $0) }
            }
            if let name = phrases.last(where: { containsPersonName($0.1) }) {
                return Subject(first: name.1.lowerBound, last: j - 1, head: name.1)
            }
            if let firstSegment = segments.first,
                let np = nounPhrase(ending: firstSegment.upperBound, floor: firstSegment.lowerBound),
                np.lowerBound == firstSegment.lowerBound, containsName(np)
            {
                return Subject(first: np.lowerBound, last: j - 1, head: np)
            }
            return nil
        }
        guard let np = nounPhrase(ending: j, floor: floor) else { return nil }
        guard validSubject(np.lowerBound, np.upperBound) else { return nil }
        // `Smith and Jones wrote`: two names joined by `and` that open the clause are one group; a
        // longer list (`… Germany, France, Poland and Britain said`) or `or` is not guessed.
        if np.lowerBound - 1 >= floor, t.isWord(np.lowerBound - 1),
            t.hash(np.lowerBound - 1) == W.and || t.hash(np.lowerBound - 1) == W.or,
            np.lowerBound - 2 >= floor, t.isCapitalised(np.lowerBound - 2)
        {
            let and = np.lowerBound - 1
            var first = and - 1
            while first - 1 >= floor, t.isWord(first - 1), t.isCapitalised(first - 1), and - first < 3 { first -= 1 }
            let opensClause =
                first == floor || t.kind(first - 1) == .quote
                || t.isPunct(first - 1, 0x2C) && first - 2 >= floor
                    && t.kind(first - 2) == .quote
            guard t.hash(and) == W.and, opensClause, first - 1 < floor || !t.isWord(first - 1) else { return nil }
            return Subject(first: first, last: np.upperBound)
        }
        // `Britain's defence secretary, John Healey, echoed`: keep the role with the name.
        return Subject(first: np.lowerBound, last: np.upperBound)
    }

    /// The subject of the sentence's main clause, for a participle (`…, warning “…”`); in an
    /// absolute `with` clause, the noun phrase after `with` (`The union rejected the offer, with
    /// spokesman Ravi Menon saying, “…”`: Ravi Menon, not the union).
    func clauseSubject(before participle: Int, floor: Int) -> Subject? {
        if let with = ((max(floor, participle - 7))..<participle).last(where: { t.isWord($0) && t.hash($0) == W.with }),
            with + 1 < participle,
            !((with + 1)..<participle).contains(where: { t.kind($0) == .punct && !t.isPunct($0, 0x2E) }),
            validSubject(with + 1, participle - 1)
        {
            return Subject(first: with + 1, last: participle - 1)
        }
        // `footage of Hillary Clinton asking, “…”`: a participle right after a name modifies that name.
        if participle - 1 >= floor, t.isCapitalised(participle - 1), let np = nounPhrase(ending: participle - 1, floor: floor),
            containsPersonName(np)
        {
            return Subject(first: np.lowerBound, last: np.upperBound)
        }
        // The last speech verb before the participle, outside quotes, gives the subject.
        var i = participle - 1
        while i > floor {
            if !quoted[i], isCueVerb(i), let s = subject(before: i, floor: floor) { return s }
            i -= 1
        }
        // Otherwise the phrase that opens the sentence, after an opening adverbial (`In a statement on Wednesday,`).
        var start = floor
        if let comma = (floor..<participle).first(where: { t.isPunct($0, 0x2C) }), comma - floor <= 14,
            opensWithAdverbial(floor...comma) || t.isWord(floor) && Lexicon.capitalisedFunctionWords.contains(t.hash(floor))
        {
            start = comma + 1
        }
        if let np = forwardPhrase(from: start, limit: participle), validSubject(np.lowerBound, np.upperBound) {
            return Subject(first: np.lowerBound, last: np.upperBound)
        }
        return nil
    }

    private func verbLike(_ i: Int) -> Bool {
        let text = t.text(i)
        return text.hasSuffix("ed") || text.hasSuffix("es") || text.hasSuffix("s") && !NameLexicon.roleWords.contains(t.hash(i))
    }

    private func commaSegments(floor: Int, end: Int) -> [ClosedRange<Int>] {
        guard end >= floor else { return [] }
        var segments: [ClosedRange<Int>] = []
        var start = floor
        // Start at the clause: after the last clause word or semicolon before the first comma.
        var k = end
        while k >= floor {
            if quoted[k] || t.isPunct(k, 0x3B) || t.kind(k) == .lineBreak { start = k + 1; break }
            k -= 1
        }
        // A quote mark or line break right at the end leaves nothing.
        guard start <= end else { return [] }
        var s = start
        for i in start...end where t.isPunct(i, 0x2C) {
            if i > s { segments.append(s...(i - 1)) }
            s = i + 1
        }
        if end >= s { segments.append(s...end) }
        return segments
    }

    /// Segments that open with a preposition or a participle are adverbials, not subjects (`In an interview with RTL radio,`).
    private func opensWithAdverbial(_ segment: ClosedRange<Int>) -> Bool {
        let first = segment.lowerBound
        guard t.isWord(first) else { return false }
        let text = t.text(first).lowercased()
        let prepositions: Set<String> = [
            "in", "on", "at", "during", "after", "before", "according", "speaking", "asked", "addressing", "of",
            "however", "meanwhile", "nevertheless", "separately", "earlier", "later", "still", "also", "yet",
            "writing", "from", "with", "without", "for", "by", "under", "following", "despite", "amid", "as", "when", "while",
        ]
        return prepositions.contains(text) || text.hasSuffix("ing") && !t.isCapitalised(first)
    }

    static let relatives = Lexicon.set(["which", "who", "whose", "whom", "where"])

    /// A phrase that opens with a name (`Pål Jonson`, `General Mandon`), not a description (`the chief of NHS Providers`).
    private func containsPersonName(_ range: ClosedRange<Int>) -> Bool {
        guard t.isCapitalised(range.lowerBound), !Lexicon.capitalisedFunctionWords.contains(t.hash(range.lowerBound)) else {
            return false
        }
        let caps = range.filter { t.isCapitalised($0) && !Lexicon.capitalisedFunctionWords.contains(t.hash($0)) }
        if caps.count >= 2 { return true }
        return caps.count == 1 && range.count == 1
    }

    private func containsName(_ range: ClosedRange<Int>) -> Bool {
        range.contains { t.isCapitalised($0) && !Lexicon.capitalisedFunctionWords.contains(t.hash($0)) }
    }

    /// A noun phrase ending at `end`, read leftwards: capitalised words, role words, possessives,
    /// `of`, determiners (which end it), abbreviations (`Mr.`), hyphenated words.
    func nounPhrase(ending end: Int, floor: Int) -> ClosedRange<Int>? {
        var j = end
        var start = end + 1
        while j >= floor {
            if quoted[j] { break }
            let tok = t.tokens[j]
            switch tok.kind {
            case .word:
                let h = tok.hash
                if Lexicon.determiners.contains(h) || Lexicon.possessivePronouns.contains(h) {
                    if start <= end {
                        start = j
                        // `the head of the military administration`: a determiner after `of` continues leftwards.
                        if j - 1 >= floor, t.isWord(j - 1), t.hash(j - 1) == W.of, j - 2 >= floor,
                            t.isCapitalised(j - 2) || t.isWord(j - 2) && NameLexicon.roleWords.contains(t.hash(j - 2))
                        {
                            j -= 1
                            continue
                        }
                    }
                    return start <= end ? start...end : nil
                }
                if Lexicon.pronouns.contains(h) && !tok.flags.contains(.capitalised) || (Lexicon.pronouns.contains(h) && j == end)
                {
                    return j == end ? j...j : (start <= end ? start...end : nil)
                }
                if Lexicon.clauseWords.contains(h) || Lexicon.cueVerbs.contains(h) || Lexicon.cueParticiples.contains(h) {
                    return start <= end ? start...end : nil
                }
                if tok.flags.contains(.capitalised) {
                    if Lexicon.capitalisedFunctionWords.contains(h), !NameLexicon.titles.contains(h),
                        !Lexicon.determiners.contains(h)
                    {
                        return start <= end ? start...end : nil
                    }
                    start = j
                } else if NameLexicon.roleWords.contains(h) || NameLexicon.organisationWords.contains(h)
                    || NameLexicon.spokespersonWords.contains(h)
                {
                    start = j
                } else if h == W.of, start <= end, j - 1 >= floor,
                    t.isCapitalised(j - 1)
                        || t.isWord(j - 1)
                            && (NameLexicon.roleWords.contains(t.hash(j - 1))
                                || NameLexicon.organisationWords.contains(t.hash(j - 1)))
                {
                    start = j
                } else if lowercaseNounBeforeDeterminer(j, floor: floor) {
                    start = j
                } else {
                    return start <= end ? start...end : nil
                }
            case .possessive:
                start = j
            case .number:
                if lowercaseNounBeforeDeterminer(j, floor: floor) { start = j } else { return start <= end ? start...end : nil }
            case .punct:
                if (t.isPunct(j, 0x2E) || t.isPunct(j, 0x2D)) && !t.spaceBefore(j), start <= end || t.isPunct(j, 0x2D) {
                    start = j
                } else {
                    return start <= end ? start...end : nil
                }
            default:
                return start <= end ? start...end : nil
            }
            j -= 1
        }
        return start <= end ? trimmed(start, end) : nil
    }

    /// A phrase without a leading possessive ending or punctuation left from a glued word (`’s Mark Rutte`).
    private func trimmed(_ start: Int, _ end: Int) -> ClosedRange<Int> {
        var a = start
        while a < end, t.kind(a) == .possessive || t.kind(a) == .punct { a += 1 }
        return a...end
    }

    /// A lowercase word counts as a noun of the phrase when a determiner closes the phrase within
    /// three words to its left (`the clown`, `the 90-year-old`, `a Pinellas sheriff's detective`).
    private func lowercaseNounBeforeDeterminer(_ j: Int, floor: Int) -> Bool {
        var k = j - 1
        var words = 0
        while k >= floor, words < 3 {
            if t.isWord(k) {
                let h = t.hash(k)
                if Lexicon.determiners.contains(h) || Lexicon.possessivePronouns.contains(h) { return true }
                if t.isCapitalised(k) || Lexicon.clauseWords.contains(h) || Lexicon.cueVerbs.contains(h)
                    || Lexicon.pronouns.contains(h)
                {
                    return false
                }
                words += 1
            } else if t.kind(k) == .number {
                words += 1
            } else if !(t.isPunct(k, 0x2D) && !t.spaceBefore(k)) && t.kind(k) != .possessive {
                return false
            }
            k -= 1
        }
        return false
    }

    private func isPreposition(_ i: Int) -> Bool {
        let h = t.hash(i)
        return h == W.of || h == W.for || h == W.at || h == W.in
    }

    /// A noun phrase read rightwards from `start`: `Nato’s press office`, `Paul Martin`, `the official`.
    func forwardPhrase(from start: Int, limit: Int, allowAnd: Bool = false) -> ClosedRange<Int>? {
        var j = start
        var last: Int?
        if j < limit, t.isWord(j), Lexicon.determiners.contains(t.hash(j)) || Lexicon.possessivePronouns.contains(t.hash(j)) {
            j += 1
        }
        while j < limit {
            if quoted[j] { break }
            let tok = t.tokens[j]
            if tok.kind == .word {
                let h = tok.hash
                let initial = tok.end - tok.start == 1 && j + 1 < limit && t.isPunct(j + 1, 0x2E) && !t.spaceBefore(j + 1)
                if tok.flags.contains(.capitalised)
                    && (initial || !(Lexicon.capitalisedFunctionWords.contains(h) && !NameLexicon.titles.contains(h)))
                {
                    last = j
                } else if NameLexicon.roleWords.contains(h) || NameLexicon.organisationWords.contains(h)
                    || NameLexicon.spokespersonWords.contains(h)
                {
                    last = j
                } else if Lexicon.pronouns.contains(h), j == start {
                    return j...j
                } else if isPreposition(j) && h == W.of, last != nil, j + 1 < limit,
                    isPhraseWord(j + 1, allowLowercase: true) || t.isWord(j + 1) && Lexicon.determiners.contains(t.hash(j + 1))
                {
                    // `the head of the military administration`
                } else if Lexicon.determiners.contains(h), last != nil, j > start, isPreposition(j - 1) {
                    // `of the`
                } else if allowAnd, h == W.and, last != nil {
                    // `the Competition Appeal Tribunal and the court of appeal`
                } else if last != nil, !t.isCapitalised(j), j + 1 < limit, !Lexicon.clauseWords.contains(h),
                    !Lexicon.cueVerbs.contains(h),
                    start < j, Lexicon.determiners.contains(t.hash(start))
                {
                    // lowercase noun after a determiner: `the clown`
                    last = j
                    break
                } else if last == nil, start < j,
                    Lexicon.determiners.contains(t.hash(start)) || Lexicon.possessivePronouns.contains(t.hash(start))
                {
                    last = j
                } else {
                    break
                }
            } else if tok.kind == .possessive
                || (tok.kind == .punct && (t.isPunct(j, 0x2E) || t.isPunct(j, 0x2D)) && !t.spaceBefore(j))
            {
                if tok.kind == .possessive { last = j }
            } else {
                break
            }
            j += 1
        }
        guard let last else { return nil }
        var first = start
        while first < last, t.kind(first) == .punct { first += 1 }
        // Drop a trailing `of`/`the`.
        var end = last
        while end > first, t.isWord(end), isPreposition(end) || Lexicon.determiners.contains(t.hash(end)) { end -= 1 }
        return first...end
    }

    /// Whether a phrase can be a speaker: a name, a pronoun, a role or a noun with its determiner.
    func validSubject(_ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        let head = b
        if t.kind(head) == .possessive { return false }
        if t.isWord(head), Lexicon.pronouns.contains(t.hash(head)) { return a == b }
        for i in a...b where t.isWord(i) {
            if t.isCapitalised(i), !Lexicon.capitalisedFunctionWords.contains(t.hash(i)) { return true }
            if NameLexicon.roleWords.contains(t.hash(i)) || NameLexicon.organisationWords.contains(t.hash(i)) { return true }
        }
        return t.isWord(a) && (Lexicon.determiners.contains(t.hash(a)) || Lexicon.possessivePronouns.contains(t.hash(a))) && b > a
    }

    func isPhraseWord(_ i: Int, allowLowercase: Bool) -> Bool {
        guard i >= 0, i < t.tokens.count else { return false }
        switch t.kind(i) {
        case .possessive: return true
        case .punct: return (t.isPunct(i, 0x2E) || t.isPunct(i, 0x2D) || t.isPunct(i, 0x2C)) && true
        case .word:
            let h = t.hash(i)
            if Lexicon.clauseWords.contains(h) && !t.isCapitalised(i) { return false }
            if t.isCapitalised(i) { return true }
            if NameLexicon.roleWords.contains(h) || NameLexicon.organisationWords.contains(h)
                || NameLexicon.spokespersonWords.contains(h)
            {
                return true
            }
            if Lexicon.determiners.contains(h) || Lexicon.possessivePronouns.contains(h) || Lexicon.pronouns.contains(h) {
                return true
            }
            if isPreposition(i) { return true }
            return allowLowercase && !Lexicon.cueVerbs.contains(h)
        case .number: return true
        default: return false
        }
    }

    func isFiller(_ i: Int) -> Bool {
        guard i >= 0 else { return false }
        if t.isWord(i) { return Lexicon.subjectVerbFillers.contains(t.hash(i)) && !Lexicon.pronouns.contains(t.hash(i)) }
        if t.kind(i) == .number { return i > 0 && t.isWord(i - 1) && DateText.months[NameKey.fold(t.text(i - 1))] != nil }
        return false
    }

    func isDash(_ i: Int) -> Bool {
        guard i >= 0, i < t.tokens.count, t.kind(i) == .punct else { return false }
        let s = Int(t.tokens[i].start)
        return t.tokens[i].end - t.tokens[i].start == 3 && t.bytes[s] == 0xE2 && t.bytes[s + 1] == 0x80
            && (t.bytes[s + 2] == 0x94 || t.bytes[s + 2] == 0x95 || t.bytes[s + 2] == 0x93)
    }

    /// The end (exclusive token index) of the sentence the quote's closing mark ends, or of the next one
    /// when the mark closes a sentence inside the quote (`.”`).
    func boundary(after close: Int) -> Int {
        let s = Int(t.sentenceOf[close])
        var end = t.sentences[s].upperBound
        if end == close + 1, s + 1 < t.sentences.count, t.paragraphOf[t.sentences[s + 1].lowerBound] == t.paragraphOf[close] {
            end = t.sentences[s + 1].upperBound
        }
        return end
    }
}
