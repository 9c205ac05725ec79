/// Builds each claim's frame (`ClaimFrame`) from the rules in this folder, in order:
///
/// 1. an article in another language: `ForeignFrame`; a figure that places an event in time
///    (`three years ago`, `2-3 December`: `RelativeTime`), describes one thing (`a 22-storey
///    building`: `AttributeFigure`) or ranks it (`a third deputy`: `OrdinalFigure`) has no frame;
/// 2. a year or date: the event it dates (`EventOfYear`);
/// 3. the counted phrase: after the figure (`CountedPhrase`), for money after `in`/`of`/`for`
///    (`$300 billion in frozen assets`), paired by `respectively` or pointed back to (`N others`,
///    `N of them`: `Antecedent`), else before it (`CountedNounBefore`);
/// 4. the entity: the phrase's rightmost lexicon entity (`military personnel limit` → troops),
///    else its head's lemma; people for a casualty word alone (`three dead`);
/// 5. the event (`FigureEvent`), modifiers (the phrase's words, a nationality of people, a
///    severity adverb before the event), scope (`FigureScope`), place and actors (`FigurePlace`).
struct FrameBuilder {
    let t: TokenizedText
    /// ISO 639-1 code of the article's language.
    let language: String
    let names: [NameSpan]
    let lexicon: FrameLexicon
    let words: WordForms

    init(_ t: TokenizedText, language: String, lexicon: FrameLexicon = .shared) {
        self.t = t
        self.language = language
        self.lexicon = lexicon
        words = WordForms(t)
        names = language == "en" || language == "und" ? NameClassifier.names(in: t) : []
    }

    /// The frame of figure `n`; `earlier` holds the frames of the figures before it in its sentence
    /// (with their token ranges), `figures` every figure's tokens in the sentence.
    func frame(_ n: RecognizedNumber, earlier: [(ClosedRange<Int>, ClaimFrame)], figures: [ClosedRange<Int>]) -> ClaimFrame {
        // The sentence holding the figure; a figure read across a sentence break (`Jan . 21, 2017`) gets both.
        let first = t.sentences[Int(t.sentenceOf[n.first])], last = t.sentences[Int(t.sentenceOf[n.last])]
        let s = FrameSentence(
            t, sentence: min(first.lowerBound, last.lowerBound)..<max(first.upperBound, last.upperBound), lexicon: lexicon,
            words: words)
        let figure = n.first...n.last
        if language != "en", language != "und" {
            var frame = ForeignFrame.find(figure: figure, language: language, in: s) ?? ClaimFrame()
            frame.scope = nil
            return frame
        }
        var frame = ClaimFrame()
        if n.kind == .duration, RelativeTime.placesInTime(figureLast: n.last, in: s) { return frame }
        if n.kind == .count || n.kind == .measure,
            RelativeTime.isDate(figure: n.first...n.last, in: s)
                || AttributeFigure.describesOneThing(figureFirst: n.first, figureLast: n.last, in: s)
                || OrdinalFigure.ranksOneThing(figureLast: n.last, in: s)
        {
            return frame
        }
        var phrase: CountedPhrase?
        var entity: FrameLexicon.Entity?
        var event: String?
        var nounBefore: CountedPhrase?
        var pointer: CountedPhrase?
        switch n.kind {
        case .year, .date:
            guard let found = EventOfYear.find(figureFirst: n.first, in: s) else { return frame }
            event = found.event
            // An event with nothing named for it is dated all the same (`sworn in on 25 February`).
            if found.phrase == nil, let e = found.event { frame.entity = e }
            phrase = found.phrase
            if let p = phrase {
                entity = self.entity(of: p, in: s)
                frame.counted = s.t.text(tokens: p.first, through: p.last)
            }
        default:
            if let p = Antecedent.respectively(figure, figures: figures, in: s) {
                phrase = p
            } else if Antecedent.isOthersOrMore(after: n.last, in: s) || Antecedent.isPartOfEarlier(figure, in: s) {
                // The words that stand for the noun (`others`, `of them`), so the event is looked for after them.
                if Antecedent.isOthersOrMore(after: n.last, in: s) {
                    pointer = CountedPhrase(first: n.last + 1, last: n.last + 1, head: n.last + 1)
                } else if s.lower(n.last + 1) == "of" {
                    pointer = CountedPhrase(first: n.last + 1, last: n.last + 2, head: n.last + 2)
                }
                // `29 others`, `74 of them`: the earlier figure's entity, or people.
                entity =
                    earlier.last.flatMap { $0.1.entity }.map {
                        lexicon.conceptEntities[$0] ?? FrameLexicon.Entity(concept: $0, family: "", isPerson: false)
                    }
                    ?? CountedNounBefore.find(before: n.first, in: s)?.entity
                    ?? FrameLexicon.Entity.people
            } else if n.kind == .money, let p = moneyPhrase(after: n.last, in: s) {
                phrase = p
            } else {
                phrase = CountedPhrase.after(n.last, in: s)
            }
            // A phrase with no noun (`10 million due to…`) counts nothing, unless it names a casualty
            // (`three dead`) or a measure's dimension (`30m high`).
            if let p = phrase, !s.readsAsNoun(p.head), s.tag(p.head) != .num, !isCasualtyWord(p.head, in: s),
                n.kind != .measure
            {
                phrase = nil
            }
            if entity == nil, let p = phrase { entity = self.entity(of: p, in: s) }
            if let p = phrase, isCasualtyWord(p.head, in: s) {
                // `three dead`, `29 wounded`: people, and what befell them.
                entity = entity ?? FrameLexicon.Entity.people
                event = s.event(at: p.head, family: "people")
            }
            if entity == nil, phrase == nil, let after = FigureEvent.after(n.last, family: "people", in: s),
                CountedNounBefore.peopleEvents.contains(after.event)
            {
                // `Two were reported injured`: a casualty with no noun counts people.
                entity = FrameLexicon.Entity.people
            }
            if entity == nil, phrase == nil, let before = FigureEvent.before(n.first, family: "people", in: s),
                CountedNounBefore.peopleEvents.contains(before.event), n.first - before.at <= 3
            {
                // `killing at least six`: a casualty verb right before the figure counts people.
                entity = FrameLexicon.Entity.people
            }
            // Only with no phrase after the figure: an unknown noun after it is its entity, never a neighbour.
            if entity == nil, phrase == nil || phrase.map({ isCasualtyWord($0.head, in: s) }) == true,
                let before = CountedNounBefore.find(before: n.first, in: s),
                before.entity != nil || before.byAmountVerb || n.kind == .money
            {
                entity = before.entity
                event = before.event
                nounBefore = before.phrase
                if phrase.map({ !isCasualtyWord($0.head, in: s) }) == true { phrase = nil }
                if entity == nil { phrase = before.phrase }
            }
        }
        frame.entity =
            entity?.concept ?? phrase.flatMap { headLemma($0, in: s, measure: n.kind == .measure) } ?? frame.entity
            ?? (n.kind == .money ? "money" : nil)
        if let p = phrase ?? nounBefore { frame.counted = s.t.text(tokens: p.first, through: p.last) }
        // A counted noun before the figure: its event is looked for around it too (`froze … reserves—totaling $350 billion`).
        let found =
            event.map { ($0, n.first) } ?? FigureEvent.find(
                figure: figure, phrase: phrase ?? pointer, family: entity == .personNoun ? "people" : entity?.family, in: s)
            ?? nounBefore.flatMap { FigureEvent.before($0.first, family: entity?.family, in: s, figure: false) }
        frame.event = found?.0
        // `killing at least six`: a casualty with no noun counts people.
        if frame.entity == nil, n.kind == .count, let e = frame.event, CountedNounBefore.peopleEvents.contains(e) {
            frame.entity = "people"
        }
        // A person noun the lexicon does not list counts people only as a casualty (`nine miners
        // were killed` is `nine people were killed`; `two presidents` stay presidents).
        if entity?.concept == "people", entity?.family == "", frame.event.map(CountedNounBefore.peopleEvents.contains) != true,
            let p = phrase, let lemma = headLemma(p, in: s)
        {
            frame.entity = lemma
        }
        frame.modifiers = modifiers(phrase: phrase ?? nounBefore, entity: entity, eventAt: found?.1, in: s)
        frame.scope = FigureScope.find(figure: figure, in: s)
        (frame.place, frame.actors) = FigurePlace.find(figure: figure, names: names, in: s)
        return frame
    }

    // MARK: - Entities

    /// The phrase's entity: its head's concept; for a head that names an event or a measure
    /// (`a 600,000 military personnel limit`), the nearest concept before it; for an unknown head
    /// (`school windows`), nil (its lemma is the entity). A proper noun names a thing of the lexicon
    /// only as a weapon's model (`Shahed`, `Kinzhals`); `White House` is no house.
    func entity(of p: CountedPhrase, in s: FrameSentence) -> FrameLexicon.Entity? {
        let words = s.words(p.first, p.last)
        guard let headIndex = words.lastIndex(where: { $0.index <= p.head }) else { return nil }
        func concept(endingAt k: Int) -> FrameLexicon.Entity? {
            guard let (e, start) = s.entity(endingAt: k, in: words) else { return nil }
            if s.tag(words[k].index) == .propn || s.tag(start) == .propn, e.family != "weapons" { return nil }
            return e
        }
        if let e = concept(endingAt: headIndex) { return e }
        // An unknown head that is no event or measure word is the entity itself.
        guard
            s.event(at: words[headIndex].index, family: nil) != nil
                || CountedNounBefore.numberWords.contains(words[headIndex].lemma)
        else {
            return WordNetLexicon.shared.isPerson(words[headIndex].lemma) ? FrameLexicon.Entity.personNoun : nil
        }
        for k in stride(from: headIndex - 1, through: 0, by: -1) {
            if let e = concept(endingAt: k) { return e }
        }
        return nil
    }

    /// The lemma of the phrase's head noun, for an entity the lexicon does not know; a measure's
    /// dimension may be an adjective (`30m high`).
    func headLemma(_ p: CountedPhrase, in s: FrameSentence, measure: Bool = false) -> String? {
        guard let tag = s.tag(p.head), s.readsAsNoun(p.head) || (measure && tag == .adj) else { return nil }
        return tag == .propn ? s.lower(p.head) : tag == .verb ? s.lemma(p.head, as: .noun) : s.lemma(p.head)
    }

    /// `dead`, `wounded`, `injured` as the whole phrase: a casualty of people.
    func isCasualtyWord(_ i: Int, in s: FrameSentence) -> Bool {
        guard let event = s.event(at: i, family: "people") else { return false }
        return CountedNounBefore.peopleEvents.contains(event)
    }

    /// `$300 billion in frozen Russian assets`, `$100 billion for the reconstruction`, `3.5bn SEK
    /// (£280m) in air defences`: what an amount of money is, after a preposition.
    func moneyPhrase(after last: Int, in s: FrameSentence) -> CountedPhrase? {
        var j = last + 1
        if s.isPunct(j, 0x28), let close = (j..<min(s.range.upperBound, j + 8)).first(where: { s.isPunct($0, 0x29) }) {
            j = close + 1
        }
        guard s.isWord(j), ["in", "of", "for", "worth", "on", "to", "into", "from"].contains(s.lower(j)) else { return nil }
        var k = j + 1
        if s.isWord(k), ["the", "a", "an"].contains(s.lower(k)) { k += 1 }
        if s.kind(k) == .quote { k += 1 }
        return CountedPhrase.starting(at: k, in: s)
    }

    // MARK: - Modifiers

    /// The phrase's modifier words, a nationality of people in the phrase, and a severity adverb
    /// right before the event word (`seriously injured`).
    func modifiers(phrase: CountedPhrase?, entity: FrameLexicon.Entity?, eventAt: Int?, in s: FrameSentence) -> [String] {
        var out: Set<String> = []
        if let p = phrase {
            for (i, lemma) in s.words(p.first, p.last) where i != p.head {
                if let m = lexicon.modifiers[lemma] ?? lexicon.modifiers[s.lower(i)] { out.insert(m) }
                if entity?.isPerson == true,
                    let country = Gazetteer.shared.entries(named: s.t.text(i)).first(where: {
                        $0.placeClass == .nationality
                    })?.country
                {
                    out.insert(country.lowercased())
                }
            }
        }
        if let e = eventAt, s.isWord(e - 1), let m = lexicon.modifiers[s.lower(e - 1)], severity.contains(m) { out.insert(m) }
        return out.sorted()
    }

    static let severityModifiers: Set<String> = ["severe", "light"]
    var severity: Set<String> { Self.severityModifiers }
}
