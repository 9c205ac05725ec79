/// A news outlet that passes on what its sources said is not their speaker.
///
/// `Reuters, citing sources, estimates the figure at $7 billion`, `the Harbour Times, quoting
/// officials, said 40 ships waited`: the figure is the sources', so it has no speaker rather than
/// the outlet. An outlet that reports or writes in its own name (`The New York Times reports: “…”`,
/// `reported Reuters`, `writes Foreign Policy`) is the source a reader is given and stays the
/// speaker, as in the PolNeAR annotation; so does one that speaks for itself (`the BBC said in a
/// statement`). Only a capitalised name whose last word names an outlet
/// (`NameLexicon.newsOutletWords`) counts.
///
/// Example: `The Harbour Times, citing port officials, said 40 ships waited.` → no speaker;
/// `“The port is closed,” the Harbour Times reported.` → the Harbour Times.
enum OutletReport {
    static let citingWords = Lexicon.set(["citing", "quoting", "cited", "quoted"])

    /// The speaker phrase `first...last` names a news outlet (its head ends at `headLast`) that
    /// cites others: `, citing …` right after its name.
    static func isOutletCiting(_ t: TokenizedText, headLast: Int, last: Int) -> Bool {
        guard t.isWord(headLast), t.isCapitalised(headLast) || t.text(headLast).allSatisfy(\.isUppercase),
            NameLexicon.newsOutletWords.contains(t.hash(headLast)), headLast + 2 <= last
        else { return false }
        return t.isPunct(headLast + 1, 0x2C) && t.isWord(headLast + 2) && citingWords.contains(t.hash(headLast + 2))
    }
}
