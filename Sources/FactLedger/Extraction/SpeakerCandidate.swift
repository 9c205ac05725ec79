/// What can and cannot name a speaker, checked on a speaker phrase before it is resolved.
///
/// A speaker is a person, an organisation or a group; never a place, a sentence fragment, or a
/// vague source. Rules:
/// - **Fragments**: a phrase holding a word that opens a clause (`though both delegations have
///   kept quiet …`, `while officials …`) is part of a sentence, not a name.
/// - **Vague heads**: a phrase whose head says no one in particular (`Early reports spoke of`,
///   `the media reported`, `sources said`) has no speaker, unless a name in it says whose
///   (`the Halvard Fund report said`: a capitalised word that does not merely open the sentence).
/// - **Places**: a city or region the gazetteer knows, with no organisation word beside it and
///   not a person the article named, is where something happened (`rescue teams are working in
///   Ashford, says …`; `the University of Lorham`), so it is no speaker. A country is: it
///   speaks through its government (`China said`, `the US denies`), as `Norway’s armed forces`
///   and `the Lisbon city council` are organisations.
enum SpeakerCandidate {
    static func isFragment(_ t: TokenizedText, _ a: Int, _ b: Int) -> Bool {
        (a...b).contains { t.isWord($0) && !t.isCapitalised($0) && fragmentWords.contains(t.hash($0)) }
    }

    static func hasVagueHead(_ t: TokenizedText, _ a: Int, _ b: Int) -> Bool {
        guard t.isWord(b), Lexicon.vagueSpeakers.contains(t.hash(b)) else { return false }
        return !(a...b).contains { i in
            t.isWord(i) && t.isCapitalised(i) && t.sentences[Int(t.sentenceOf[i])].lowerBound != i
        }
    }

    /// Whether `words` (a capitalised run) name a city or region rather than someone who speaks.
    static func isPlace(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return false }
        let entries = Gazetteer.shared.entries(named: words.joined(separator: " "))
        return !entries.isEmpty && !entries.contains { $0.placeClass == .country || $0.placeClass == .continent }
    }

    /// Clause openers that never stand inside a name or a role: `Lexicon.clauseWords` less the
    /// ones that do (`of` is not among them; `and` joins two speakers, `who` follows a name).
    static let fragmentWords = Lexicon.set([
        "though", "although", "while", "whereas", "because", "if", "unless", "whether", "since", "until", "than",
    ])
}
