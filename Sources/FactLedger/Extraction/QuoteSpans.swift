/// A stretch of quoted words: between quotation marks, or after `X said:` in a live blog.
struct QuoteSpan {
    /// Token index of the opening mark, or nil for a colon quote.
    var open: Int?
    /// Token index of the closing mark, or nil when the quote runs to the end of its paragraph.
    var close: Int?
    /// First and last token of the quoted words (inclusive).
    var first: Int
    var last: Int
    /// Double marks (“ ” " '' « ») rather than single (‘ ’ ').
    var double: Bool
    /// For colon quotes: the colon's token.
    var colon: Int?

    var isColon: Bool { colon != nil }
    /// The token where the span's marks begin (the opening mark, or the first word of a colon quote).
    var outerFirst: Int { open ?? first }
    /// The token where the span's marks end.
    var outerLast: Int { close ?? last }
}

/// Finds quotation-mark spans and colon quotes, telling apostrophes from single quotes and
/// joining quotes that run over several paragraphs (a paragraph that opens a quote and never
/// closes it continues in the next paragraph that opens with a quotation mark).
struct QuoteSpanFinder {
    let t: TokenizedText
    var diagnostics: [Diagnostic] = []

    init(_ text: TokenizedText) { t = text }

    mutating func markedSpans() -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var pendingDouble: Int?
        var pendingSingle: Int?
        // A double quote of the other style inside an open one (`"… question: “As you know…” …"`).
        var nestedDouble: Int?
        var p = 0
        while p < t.paragraphs.count {
            let paragraph = t.paragraphs[p]
            pendingSingle = nil
            for i in paragraph where t.tokens[i].kind == .quote {
                let flags = t.tokens[i].flags
                if flags.contains(.doubleQuote) {
                    if let outer = pendingDouble, isStraight(outer) != isStraight(i) {
                        if nestedDouble == nil, direction(i, pending: false) == .open, !isContinuationMark(outer, i) {
                            nestedDouble = i
                            continue
                        }
                        if nestedDouble != nil, direction(i, pending: true) == .close {
                            nestedDouble = nil
                            continue
                        }
                    }
                    let dir = direction(i, pending: pendingDouble != nil)
                    if dir == .open {
                        if let previous = pendingDouble, previous != i {
                            if !isContinuationMark(previous, i) {
                                note("quotation mark never closed before the next one opens", at: previous)
                            }
                        }
                        if !(pendingDouble != nil && isContinuationMark(pendingDouble!, i)) {
                            pendingDouble = i
                        }
                        pendingSingle = nil
                    } else if let open = pendingDouble {
                        spans.append(QuoteSpan(open: open, close: i, first: open + 1, last: i - 1, double: true))
                        pendingDouble = nil
                        nestedDouble = nil
                    } else {
                        note("closing quotation mark without an opening one", at: i)
                    }
                } else if pendingDouble == nil {
                    // Single marks outside double quotes: headlines, captions, British-style quoting.
                    if isSingleOpener(i) {
                        pendingSingle = i
                    } else if let open = pendingSingle, isSingleCloser(i), i > open + 1 {
                        spans.append(QuoteSpan(open: open, close: i, first: open + 1, last: i - 1, double: false))
                        pendingSingle = nil
                    }
                }
            }
            if let open = pendingDouble {
                // A quote that runs on: the next paragraph must open with a quotation mark.
                if p + 1 < t.paragraphs.count, let next = t.paragraphs[p + 1].first,
                    t.tokens[next].kind == .quote, t.tokens[next].flags.contains(.doubleQuote),
                    direction(next, pending: false) == .open,
                    isStraight(next) == isStraight(open)
                {
                    p += 1
                    // Keep `open` pending; the re-opening mark is skipped as a continuation.
                    pendingDouble = open
                    continue
                }
                let last = paragraph.upperBound - 1
                if last > open {
                    spans.append(QuoteSpan(open: open, close: nil, first: open + 1, last: last, double: true))
                }
                note("quotation mark opened here is never closed; the quote is taken to the end of the paragraph", at: open)
                pendingDouble = nil
                nestedDouble = nil
            }
            p += 1
        }
        return spans.filter { $0.last >= $0.first }
    }

    /// `"` and `''` rather than curly marks or guillemets.
    private func isStraight(_ i: Int) -> Bool {
        let b = t.bytes[Int(t.tokens[i].start)]
        return b == 0x22 || b == 0x27
    }

    /// A re-opening mark at the start of a paragraph that continues a quote from the previous one.
    private func isContinuationMark(_ open: Int, _ i: Int) -> Bool {
        t.paragraphOf[open] != t.paragraphOf[i] && t.paragraphs[Int(t.paragraphOf[i])].first == i
    }

    enum Direction { case open, close }

    /// Whether a double mark opens or closes, from its shape and its neighbours.
    func direction(_ i: Int, pending: Bool) -> Direction {
        let flags = t.tokens[i].flags
        let spaceBefore = i == 0 || flags.contains(.spaceBefore) || isOpeningContext(i - 1)
        let next = i + 1 < t.tokens.count ? i + 1 : nil
        let wordAfter =
            next.map { !t.tokens[$0].flags.contains(.spaceBefore) && t.tokens[$0].kind != .lineBreak && !isClosingPunct($0) }
            ?? false
        if flags.contains(.opens) {
            // “ used as a closing mark: glued to the word before, followed by a space or punctuation.
            if pending, !spaceBefore, !wordAfter { return .close }
            return .open
        }
        if flags.contains(.closes) {
            if !pending, spaceBefore, wordAfter { return .open }
            return .close
        }
        if spaceBefore && wordAfter { return pending && !spaceBefore ? .close : .open }
        if !spaceBefore && !wordAfter { return .close }
        return pending ? .close : .open
    }

    private func isOpeningContext(_ i: Int) -> Bool {
        guard i >= 0 else { return true }
        let tok = t.tokens[i]
        if tok.kind == .lineBreak { return true }
        if tok.kind == .punct {
            let b = t.bytes[Int(tok.start)]
            return b == 0x28 || b == 0x5B || b == 0x7B || b == 0xE2  // ( [ { and dashes
        }
        return false
    }

    private func isClosingPunct(_ i: Int) -> Bool {
        let tok = t.tokens[i]
        guard tok.kind == .punct else { return false }
        let b = t.bytes[Int(tok.start)]
        return b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x29 || b == 0x5D
    }

    private func isSingleOpener(_ i: Int) -> Bool {
        let flags = t.tokens[i].flags
        guard !flags.contains(.closes) || flags.contains(.opens) else { return false }
        let spaceBefore = i == 0 || flags.contains(.spaceBefore) || isOpeningContext(i - 1)
        guard spaceBefore, i + 1 < t.tokens.count else { return false }
        let next = t.tokens[i + 1]
        return !next.flags.contains(.spaceBefore) && (next.kind == .word || next.kind == .number)
    }

    private func isSingleCloser(_ i: Int) -> Bool {
        let flags = t.tokens[i].flags
        if flags.contains(.opens) { return false }
        guard i > 0, !flags.contains(.spaceBefore) else { return false }
        guard i + 1 < t.tokens.count else { return true }
        let next = t.tokens[i + 1]
        return next.flags.contains(.spaceBefore) || next.kind == .punct || next.kind == .lineBreak || next.kind == .quote
    }

    private mutating func note(_ message: String, at token: Int) {
        let offset = t.scalarOffset(Int(t.tokens[token].start))
        diagnostics.append(Diagnostic(.warning, message, range: TextRange(offset, offset + 1)))
    }
}
