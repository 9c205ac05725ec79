/// A year or date as the date of an event: `abolished compulsory military service in 1996`,
/// `national service, scrapped in 1996`, `conscription, which was ended in 1997`, `Conscription in
/// France was abolished in 1996`.
///
/// Reason: `in 1996` after an event verb says when it happened, not how many; the thing it
/// happened to is the verb's object when one stands between the verb and the year, else the
/// subject of its clause: the noun phrase before the verb, looking through `which`, `that`, a
/// comma and auxiliaries (an apposition or a relative clause names it). With no verb, a noun of
/// an event right before the preposition is dated (`Russia's full-scale invasion in 2022`).
enum EventOfYear {
    /// The entity phrase and event of the year at `figureFirst`, when an event verb governs it.
    static func find(figureFirst: Int, in s: FrameSentence) -> (phrase: CountedPhrase?, event: String?, verb: Int?)? {
        // The verb: within a few words before the year's preposition (`in`, `on`, `since`).
        var i = figureFirst - 1
        guard s.isWord(i), prepositions.contains(s.lower(i)) else { return nil }
        i -= 1
        var steps = 0
        var verb: (Int, String)?
        var plainVerb: (Int, String)?
        while i >= s.range.lowerBound, steps < 8 {
            if s.isBoundary(i) { break }
            if let tag = s.tag(i), tag == .verb || tag == .noun || tag == .adj,
                let e = s.event(at: i, family: "service") ?? s.event(at: i, family: nil)
            {
                verb = (i, e)
                break
            }
            // A verb the lexicon does not know dates its own event (`founded in 1991`).
            if plainVerb == nil, s.tag(i) == .verb { plainVerb = (i, s.lemma(i)) }
            i -= 1
            steps += 1
        }
        verb = verb ?? plainVerb
        guard let (v, event) = verb else {
            // `the invasion in 2022`: the noun before the preposition.
            let j = figureFirst - 2
            guard s.tag(j) == .noun,
                let phrase = CountedPhrase.starting(
                    at: stride(from: j, through: s.range.lowerBound, by: -1).first {
                        s.tag($0 - 1) != .adj && s.tag($0 - 1) != .noun
                    } ?? j, in: s)
            else { return nil }
            return (phrase, nil, nil)
        }
        // The object, between the verb and the year's preposition.
        if let object = CountedPhrase.starting(at: v + 1, in: s), object.last < figureFirst - 1,
            s.tag(object.head)?.isNominal == true
        {
            return (object, event, v)
        }
        // The subject: the phrase before the verb, through `which`, `that`, `,` and auxiliaries.
        var j = v - 1
        while j >= s.range.lowerBound,
            s.tag(j) == .aux || s.tag(j) == .adv || s.isPunct(j, 0x2C)
                || (s.isWord(j) && ["which", "that", "who"].contains(s.lower(j)))
        {
            j -= 1
        }
        var candidates: [CountedPhrase] = []
        while j >= s.range.lowerBound, s.tag(j)?.isNominal == true {
            var start = j
            while start > s.range.lowerBound, let tag = s.tag(start - 1), tag == .adj || tag.isNominal { start -= 1 }
            guard let phrase = CountedPhrase.starting(at: start, in: s) else { break }
            candidates.append(phrase)
            // `Conscription in France`: a phrase after a preposition modifies the one before it.
            guard s.tag(start - 1) == .adp else { break }
            j = start - 2
            if s.isWord(j), s.lower(j) == "the" { j -= 1 }
        }
        let named = candidates.first { p in
            let words = s.words(p.first, p.last)
            return words.indices.contains { s.entity(endingAt: $0, in: words) != nil }
        }
        return (named ?? candidates.last, event, v)
    }

    /// `by 2030` sets a target rather than dating an event, so `by` is not among them.
    static let prepositions: Set<String> = ["in", "on", "since", "until", "from", "during", "after", "before"]
}
