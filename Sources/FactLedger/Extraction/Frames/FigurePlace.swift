/// The place and the actors named with a figure: the place name nearest after the figure (`12
/// people were injured in Lyon`), else the nearest before it (`In Kyiv, 12 people…`), and the
/// people and organisations the sentence names.
///
/// Reason: the same count in two places is two quantities; names come from the language layer's
/// classed names, so a city is never an actor and a ministry never a place.
enum FigurePlace {
    /// `names` are the article's names in text order.
    static func find(figure: ClosedRange<Int>, names: [NameSpan], in s: FrameSentence) -> (place: String?, actors: [String]) {
        // Binary search for the sentence's first name: a scan of every name per figure made long articles quadratic.
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].first < s.range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var inSentence: [NameSpan] = []
        while low < names.count, names[low].first < s.range.upperBound {
            inSentence.append(names[low])
            low += 1
        }
        let places = inSentence.filter { $0.nameClass == .place }
        // A place after the figure (`12 people were injured in Lyon`) before one that opens the sentence.
        let place =
            places.filter { $0.first > figure.upperBound }.min { distance($0, figure) < distance($1, figure) }
            ?? places.min { distance($0, figure) < distance($1, figure) }
        let actors = inSentence.filter { $0.nameClass == .person || $0.nameClass == .organisation }.prefix(4).map {
            s.t.text(tokens: $0.first, through: $0.last)
        }
        return (place.map { s.t.text(tokens: $0.first, through: $0.last) }, Array(actors))
    }

    private static func distance(_ n: NameSpan, _ figure: ClosedRange<Int>) -> Int {
        n.last < figure.lowerBound ? figure.lowerBound - n.last : n.first - figure.upperBound
    }
}
