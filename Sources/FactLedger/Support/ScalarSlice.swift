extension Array where Element == Unicode.Scalar {
    /// The text of scalars `start..<end`, clamped to the array: how stored offsets (which count
    /// code points) are cut out of a text held as scalars, at the cost of the slice's length.
    func text(from start: Int, to end: Int) -> String {
        let from = Swift.min(Swift.max(0, start), count), to = Swift.min(Swift.max(from, end), count)
        return String(String.UnicodeScalarView(self[from..<to]))
    }
}
