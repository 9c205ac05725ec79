/// The counted noun written before the figure, when none follows it: `the death toll … has risen
/// to 128`, `limit its armed forces to 600,000`, `the number of deaths was revised to 275`,
/// `Russia's foreign currency reserves—totaling approximately $350 billion`.
///
/// Reason: a figure that completes a verb of amount measures a noun phrase written earlier in its
/// clause. A transitive verb's object between the verb and the figure comes first (`limit its
/// armed forces to 600,000`); then the clause's subject, its first noun phrase (`the death toll`
/// of `the death toll from the fire at the apartment complex has risen to 128`); then the nearest
/// phrase that names an entity. `The number of X` and `the total of X` stand for X; an event noun
/// for people stands for them (`death toll`, `deaths`). The clause starts after a `;`, `:`, dash
/// or bracket, or at the sentence.
enum CountedNounBefore {
    /// What was found: the entity (nil for a phrase the lexicon does not know), its phrase, an
    /// event its phrase names, and whether a verb of amount (`rose to`, `shrunk by`) links it to the figure.
    typealias Found = (entity: FrameLexicon.Entity?, phrase: CountedPhrase, event: String?, byAmountVerb: Bool)

    /// The entity (and an event its phrase names) that the figure starting at `figureFirst` counts.
    static func find(before figureFirst: Int, in s: FrameSentence) -> Found? {
        var clauseStart = s.range.lowerBound
        for i in stride(from: figureFirst - 1, through: s.range.lowerBound, by: -1) where s.isBoundary(i) || s.kind(i) == .number
        {
            clauseStart = i + 1
            break
        }
        // `Since the beginning of the war, the population has shrunk…`: an opening adverbial and
        // its comma are not the clause's subject.
        if let tag = s.tag(clauseStart), tag == .adp || tag == .sconj || tag == .adv,
            let comma = (clauseStart..<figureFirst).first(where: { s.isPunct($0, 0x2C) })
        {
            clauseStart = comma + 1
        }
        // `reserves—totaling $350 billion`, `reserves, totaling…`: a participle opening the clause
        // is about the phrase before it.
        if clauseStart > s.range.lowerBound, clauseStart < figureFirst, s.tag(clauseStart) == .verb,
            s.lower(clauseStart).hasSuffix("ing"), s.isBoundary(clauseStart - 1) || s.isPunct(clauseStart - 1, 0x2C)
        {
            return find(before: clauseStart - 1, in: s)
        }
        var phrases: [CountedPhrase] = []
        var lastVerb: Int?
        var i = clauseStart
        while i < figureFirst {
            if let tag = s.tag(i), tag.isVerbal,
                !(tag == .verb && Lemmatizer.shared.canBeNounNotVerbForm(s.t.text(i)) && s.tag(i - 1)?.isNominal == true)
            {
                lastVerb = i
                i += 1
                continue
            }
            if let tag = s.tag(i), tag.isNominal || tag == .adj || tag == .det || tag == .pron,
                let p = CountedPhrase.starting(at: s.tag(i) == .det ? i + 1 : i, in: s), p.last < figureFirst
            {
                phrases.append(p)
                i = p.last + 1
                continue
            }
            i += 1
        }
        // The object between the nearest verb and the figure.
        let object = lastVerb.flatMap { v in phrases.last(where: { $0.first > v }) }
        if let object, let found = named(object, in: s) { return found }
        // The clause's subject.
        let subject = phrases.first.flatMap { p in lastVerb.map({ p.last < $0 }) ?? true ? p : nil }
        if let subject, let found = named(subject, in: s) { return found }
        // The nearest phrase naming an entity.
        for p in phrases.reversed() {
            if let found = named(p, in: s) { return found }
        }
        // A phrase the lexicon does not know: for amounts of money (`the renovation project, valued at
        // HK$330 million`), or linked by a verb of amount (`the population has shrunk by 10 million`).
        let amount = lastVerb.map { amountVerbs.contains(s.lemma($0)) } ?? false
        return (object ?? subject).map { (nil, $0, nil, amount) }
    }

    /// What the phrase headed by token `head` names: an entity, or an event noun standing for the
    /// people it befell (`death toll`, `deaths`, `injuries`).
    static func named(_ p: CountedPhrase, in s: FrameSentence) -> Found? {
        let head = p.head
        // `the number of X`, `the total of X`: X is counted.
        if numberWords.contains(s.lemma(head)), s.isWord(head + 1), s.lower(head + 1) == "of" {
            let start = head + (s.lower(head + 2) == "the" ? 3 : 2)
            return CountedPhrase.starting(at: start, in: s).flatMap { named($0, in: s) }
        }
        let words = s.words(max(p.first, head - 3), head)
        guard let k = words.lastIndex(where: { $0.index == head }) else { return nil }
        if let (entity, _) = s.entity(endingAt: k, in: words) { return (entity, p, nil, false) }
        if let event = s.event(endingAt: k, in: words, family: nil), peopleEvents.contains(event) {
            return (FrameLexicon.Entity.people, p, event, false)
        }
        return nil
    }

    static let numberWords: Set<String> = ["number", "total", "count", "tally", "figure", "size", "strength"]
    /// Verbs that give an amount to their subject: `rose to`, `reached`, `shrunk by`, `stood at`.
    static let amountVerbs: Set<String> = [
        "rise", "fall", "grow", "shrink", "increase", "decrease", "drop", "climb", "reach", "total", "stand", "number", "amount",
        "exceed", "top", "surpass", "double", "triple", "jump", "soar", "plunge", "decline", "swell",
    ]
    /// Events whose noun stands for the people they befell (`the death toll`, `injuries`).
    static let peopleEvents: Set<String> = ["killed", "injured", "missing", "arrested", "rescued", "displaced", "hospitalised"]
}
