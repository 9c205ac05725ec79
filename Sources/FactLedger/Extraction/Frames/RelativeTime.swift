/// A figure that places an event in time measures nothing: a duration with `ago`, `later`,
/// `earlier`, `before` (`three years ago`, `a week before the vote`), and a count followed by a
/// month (`on the night of 2-3 December`: a date the number reader took for a count).
///
/// Reason: such a phrase dates something (as `in 2022` does); it is not a length or a number of
/// anything a report could get wrong, so it gets no frame and is never cross-checked. `two years
/// since the invasion` does measure a time elapsed, and keeps its frame.
enum RelativeTime {
    static func placesInTime(figureLast: Int, in s: FrameSentence) -> Bool {
        s.isWord(figureLast + 1) && words.contains(s.lower(figureLast + 1))
    }

    static func isDate(figure: ClosedRange<Int>, in s: FrameSentence) -> Bool {
        (figure.lowerBound...(figure.upperBound + 1)).contains {
            s.isWord($0) && NameLexicon.calendarWords.contains(s.t.hash($0))
        }
    }

    static let words: Set<String> = ["ago", "later", "earlier", "before", "after", "afterwards", "previously", "prior"]
}
