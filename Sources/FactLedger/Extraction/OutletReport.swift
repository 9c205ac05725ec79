/// A news outlet that passes on what others said is not their speaker.
///
/// - `Reuters, citing sources, estimates the figure at $7 billion`, `the Harbour Times, quoting
///   officials, said 40 ships waited`: the figure is the sources', so it has no speaker rather
///   than the outlet.
/// - `“We have no comment,” the Evening Standard reported`: words in the first person (`I`, `we`,
///   `our`) that an outlet reports are somebody's speech the outlet passes on, so the quote has no
///   speaker (it is not guessed).
/// - An outlet that reports or writes in its own name — quoted prose in the third person (`The New
///   York Times reports: “In an illustration of …”`, `“roughly the same advantage,” reported
///   Reuters`, `writes Foreign Policy`) — is the source a reader is given and stays the speaker, as
///   in the PolNeAR annotation; so does one that speaks for itself (`the BBC said in a statement`).
///
/// Only a capitalised name whose last word names an outlet (`NameLexicon.newsOutletWords`) counts.
enum OutletReport {
    static let citingWords = Lexicon.set(["citing", "quoting", "cited", "quoted"])
    static let reportingWords = Lexicon.set(["reported", "reports", "reporting"])
    static let firstPerson = Lexicon.set(["i", "we", "us", "our", "ours", "me", "my", "mine"])

    /// A name whose last word names a news outlet.
    static func isOutlet(_ t: TokenizedText, _ last: Int) -> Bool {
        t.isWord(last) && (t.isCapitalised(last) || t.text(last).allSatisfy(\.isUppercase))
            && NameLexicon.newsOutletWords.contains(t.hash(last))
    }

    /// An outlet reporting (`cue`) quoted words `first...last` spoken in the first person.
    static func isOutletPassingOnSpeech(_ t: TokenizedText, headLast: Int, cue: Int?, quote: ClosedRange<Int>) -> Bool {
        guard let cue, t.isWord(cue), reportingWords.contains(t.hash(cue)), isOutlet(t, headLast) else { return false }
        return quote.contains { t.isWord($0) && firstPerson.contains(t.hash($0)) }
    }

    /// The speaker phrase `first...last` names a news outlet (its head ends at `headLast`) that
    /// cites others: `, citing …` right after its name.
    static func isOutletCiting(_ t: TokenizedText, headLast: Int, last: Int) -> Bool {
        guard isOutlet(t, headLast), headLast + 2 <= last else { return false }
        return t.isPunct(headLast + 1, 0x2C) && t.isWord(headLast + 2) && citingWords.contains(t.hash(headLast + 2))
    }
}
