/// A figure hyphened to a noun before another noun describes one thing; it counts nothing: `a
/// 22-storey building`, `a two-bedroom flat`, `a five-member panel`.
///
/// Reason: the figure is the size of that building or panel, and two such figures in the news are
/// almost always about different things (`a nine-storey block` and `a two-storey house` in one
/// street), so it gets no frame and is never cross-checked. `a 600,000-strong army` does give the
/// army's size and keeps its frame, as do number words (`twenty-two missiles`).
enum AttributeFigure {
    static func describesOneThing(figureFirst: Int, figureLast: Int, in s: FrameSentence) -> Bool {
        guard figureLast > figureFirst, s.isPunct(figureLast - 1, 0x2D), !s.spaceBefore(figureLast - 1), s.isWord(figureLast),
            !sizeWords.contains(s.lower(figureLast)), NumberWord.table[s.t.hash(figureLast)] == nil,
            let next = s.tag(figureLast + 1)
        else { return false }
        return next.isNominal || next == .adj
    }

    /// Words after the hyphen that give a group's size rather than an attribute: `-strong`, `-plus`.
    static let sizeWords: Set<String> = ["strong", "plus"]
}
