/// A figure inside a quotation that an attribution splits: `“Twenty-three drones,” the spokesman
/// said, “were shot down over the city.”`
///
/// Reason: a reporter may break a speaker's sentence to name the speaker; the quoted sentence goes
/// on after the second opening mark, so what befell the counted things is read there, past the
/// attribution (`the spokesman said,`), which is no part of the quoted clause.
enum SplitQuotation {
    /// When token `j` closes a quotation (`,”` or `”,`) that an attribution with a speech verb
    /// splits, the first token after the quotation's reopening mark; else nil.
    static func resume(at j: Int, in s: FrameSentence) -> Int? {
        var k = j
        if s.isPunct(k, 0x2C) { k += 1 }
        guard s.kind(k) == .quote else { return nil }
        k += 1
        if s.isPunct(k, 0x2C) { k += 1 }
        // The attribution: a few words with a speech verb, then a comma and the reopening mark.
        var sawCue = false
        var words = 0
        while s.isWord(k), words < 8 {
            if Lexicon.cueVerbs.contains(s.t.hash(k)) { sawCue = true }
            k += 1
            words += 1
        }
        guard sawCue, words > 0 else { return nil }
        if s.isPunct(k, 0x2C) { k += 1 }
        guard s.kind(k) == .quote, s.isWord(k + 1) else { return nil }
        return k + 1
    }
}
