/// `a third deputy`, `a second attack`: an ordinal before a noun ranks one thing; unlike `a third
/// of the deputies` it is no fraction and counts nothing, so it gets no frame.
enum OrdinalFigure {
    static func ranksOneThing(figureLast: Int, in s: FrameSentence) -> Bool {
        guard ordinals.contains(s.lower(figureLast)), let next = s.tag(figureLast + 1) else { return false }
        return next.isNominal || next == .adj
    }

    static let ordinals: Set<String> = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
}
