/// The period or target a figure is counted over: a rate (`90,000 a year`, `per day`), a past
/// period (`over the past week`), a span (`since the start of the war`), or a target year (`to
/// 100,000 reservists by 2030`).
///
/// Reason: two figures for the same thing over different periods do not contradict each other.
/// Phrases come from the lexicon's scopes; `a year` followed by `ago`, `earlier` or `later` is a
/// time, not a rate. `by YEAR` governs the figures after it, and a figure before it when no other
/// figure stands between them.
enum FigureScope {
    static func find(figure: ClosedRange<Int>, in s: FrameSentence) -> String? {
        if let target = targetYear(figure, in: s) { return "by " + target }
        var best: (distance: Int, scope: String)?
        let words = s.range.filter { s.isWord($0) }
        for (k, i) in words.enumerated() where s.lexicon.scopeStarts.contains(s.t.hash(i)) {
            var phrase = ""
            for j in words[k..<min(words.count, k + s.lexicon.longestScope)] {
                phrase += phrase.isEmpty ? s.lower(j) : " " + s.lower(j)
                guard let scope = s.lexicon.scopes[phrase] else { continue }
                if s.isWord(j + 1), ["ago", "earlier", "later", "before"].contains(s.lower(j + 1)) { continue }
                let distance = min(abs(i - figure.upperBound), abs(i - figure.lowerBound))
                if best == nil || distance < best!.distance { best = (distance, scope) }
            }
        }
        return best?.scope
    }

    /// `by 2030` governing the figure.
    static func targetYear(_ figure: ClosedRange<Int>, in s: FrameSentence) -> String? {
        for i in s.range where s.kind(i) == .number && s.isWord(i - 1) && s.lower(i - 1) == "by" {
            let text = s.t.text(i)
            guard text.count == 4, let year = Int(text), (1900...2100).contains(year), !figure.contains(i) else { continue }
            // Before the figure it governs it; after it, only when no other figure stands between.
            if i < figure.lowerBound { return text }
            let between = (figure.upperBound + 1)..<max(figure.upperBound + 1, i - 1)
            if !between.contains(where: { s.kind($0) == .number }) { return text }
        }
        return nil
    }
}
