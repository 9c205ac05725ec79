/// What happened to what a figure counts: the event word nearest it, in this order:
///
/// 1. after the counted phrase, a passive, participle or adjective (`were killed`, `have been
///    charged`, `still missing`, `reported as unaccounted for`, `being downed`, `launched by
///    Russia`, `remain missing`): the phrase is its subject, also past an attribution that splits
///    a quotation (`SplitQuotation`);
/// 2. before the figure in its clause, a verb (`launched 75 drones`, `shot down 66`, `killing at
///    least 55`, `limit its armed forces to 600,000`) or an event noun (`the deaths of 128`);
///    coordinated figures share it (`launched 22 missiles and more than 460 drones`);
/// 3. inside the counted phrase, an event noun or participle (`a 600,000 personnel limit`,
///    `frozen Russian assets`, `79 reported injuries`).
///
/// Reason: English states what befell the counted things as their verb (passive or active) or as
/// a participle or noun next to them. Concepts come from the frame lexicon, by the entity's
/// family (`destroyed` drones were intercepted, `destroyed` buildings destroyed). Verbs that only
/// report or hedge (`said`, `reported`, `confirmed`, `expected`) are looked through.
enum FigureEvent {
    static func find(figure: ClosedRange<Int>, phrase: CountedPhrase?, family: String?, in s: FrameSentence) -> (
        event: String, at: Int
    )? {
        let end = phrase?.last ?? figure.upperBound
        if let after = after(end, family: family, in: s) { return after }
        if let before = before(figure.lowerBound, family: family, in: s) { return before }
        if let phrase {
            for i in stride(from: phrase.last, through: phrase.first, by: -1) {
                if let e = s.event(at: i, family: family) { return (e, i) }
            }
        }
        return nil
    }

    /// `were killed`, `still missing`, `reported as unaccounted for`, `launched by Russia`; an
    /// aside between commas is looked through (`five people, including a child, were injured`).
    static func after(_ end: Int, family: String?, in s: FrameSentence) -> (event: String, at: Int)? {
        var j = end + 1
        if let close = asideEnd(j, in: s) { j = close + 1 }
        if let resumed = SplitQuotation.resume(at: j, in: s) { j = resumed }
        // `…, and 464 drones, were fired`: a comma before the verb group.
        if s.isPunct(j, 0x2C), s.tag(j + 1) == .aux { j += 1 }
        var steps = 0
        while s.isWord(j), steps < 6 {
            let word = s.lower(j)
            if let e = s.event(at: j, family: family) {
                // `unaccounted for`: the phrase's particle belongs to it.
                return (e, j)
            }
            guard let tag = s.tag(j), tag == .aux || tag == .adv || tag == .part || lookThrough.contains(word) else {
                return sharedVerb(after: j, family: family, in: s)
            }
            j += 1
            steps += 1
        }
        return sharedVerb(after: j, family: family, in: s)
    }

    /// `22 missiles, including four Kinzhals, and 464 drones were fired`: coordinated phrases share
    /// the verb after the last of them. Looks ahead through `and`, another phrase, figures and
    /// commas to the first verb of the clause, and takes it when it is an event; a verb right after
    /// `and` coordinates verbs, not phrases (`killing six and injuring 13`), and `but` starts
    /// another clause (`intercepted 585 drones and 30 missiles, but 29 locations were hit`).
    static func sharedVerb(after start: Int, family: String?, in s: FrameSentence) -> (event: String, at: Int)? {
        var j = start
        var steps = 0
        var sawConjunction = false
        var sawPhrase = false
        while s.contains(j), steps < 16, !s.isBoundary(j) {
            if let tag = s.tag(j) {
                switch tag {
                // `but`, `yet`, `so` join clauses, never the phrases a verb is shared by.
                case .cconj where clauseConjunctions.contains(s.lower(j)): return nil
                case .cconj: sawConjunction = true
                case .noun, .propn, .num: if sawConjunction { sawPhrase = true }
                case .adj, .det, .punct, .adp, .aux, .adv, .part: break
                case .verb:
                    guard sawConjunction, sawPhrase, s.isWord(j) else { return nil }
                    return s.event(at: j, family: family).map { ($0, j) }
                default: return nil
                }
            }
            j += 1
            steps += 1
        }
        return nil
    }

    /// `launched 75`, `killing at least 55`, `limit its armed forces to 600,000`, `the deaths of 128`;
    /// a figure in brackets completes the clause before it (`will be limited (600,000 personnel)`).
    /// The whole of a part (`shot down 74 out of 75 drones`) is not what the verb before did.
    static func before(_ start: Int, family: String?, in s: FrameSentence, figure: Bool = true) -> (event: String, at: Int)? {
        var i = start - 1
        if figure, s.isWord(i), s.lower(i) == "of", ClaimExtractor.isPartitiveOf(i, s.t) { return nil }
        if s.isPunct(i, 0x28) { i -= 1 }
        var steps = 0
        while i >= s.range.lowerBound, steps < 10 {
            if s.isBoundary(i) { return nil }
            if s.isWord(i) {
                let word = s.lower(i)
                if let tag = s.tag(i), tag == .verb || tag == .noun || tag == .adj, let e = s.event(at: i, family: family) {
                    return (e, i)
                }
                // A clause word starts another clause; a reporting verb before it does not govern the figure.
                if clauseWords.contains(word) { return nil }
                // The nearest verb governs the figure: one that names no event stops the search
                // (`power was cut off to half of the capital` after `killed`).
                // A participle before a noun (`a standing army of`) modifies it and is no clause verb.
                if s.tag(i) == .verb, !FigureEvent.lookThrough.contains(word), s.tag(i + 1)?.isNominal != true,
                    s.tag(i - 1) == .aux
                        || !(Lemmatizer.shared.canBeNounNotVerbForm(s.t.text(i)) && s.tag(i - 1)?.isNominal == true)
                {
                    return nil
                }
            }
            i -= 1
            steps += 1
        }
        return nil
    }

    /// `, including an 11-year-old child,`: the comma closing an aside that opens at `j`.
    static func asideEnd(_ j: Int, in s: FrameSentence) -> Int? {
        guard s.isPunct(j, 0x2C), s.isWord(j + 1), asideOpeners.contains(s.lower(j + 1)) else { return nil }
        return ((j + 2)..<min(s.range.upperBound, j + 25)).first { s.isPunct($0, 0x2C) }
    }

    static let asideOpeners: Set<String> = ["including", "among", "mostly", "many", "most", "some", "all", "both", "aged"]

    /// Words between a counted phrase and its event that report or hedge it.
    static let lookThrough: Set<String> = [
        "reported", "reportedly", "confirmed", "believed", "feared", "said", "thought", "known", "as", "still", "also", "now",
        "later", "remain", "remained", "remains", "left", "being", "been", "were", "was", "are", "is", "have", "has", "had",
        // `45 in critical condition`
        "in",
    ]

    static let clauseConjunctions: Set<String> = ["but", "yet", "so"]

    static let clauseWords: Set<String> = ["that", "which", "who", "while", "whereas", "because", "although", "though", "but"]
}
