/// Cuts UTF-8 text into tokens: words (letters, digits and marks, clitics split off as the
/// treebank does), numbers with their separators, quote marks, punctuation and line breaks. Offsets
/// are UTF-8 byte offsets; `TokenizedText` converts them to Unicode scalars.
enum Tokenizer {
    /// The tokens found so far, and whether a space came since the last one. A struct passed
    /// `inout` rather than a closure over local variables, which Swift would box and check for
    /// exclusive access on every token.
    struct Sink {
        var tokens: [Token] = []
        var space = true

        @inline(__always)
        mutating func push(_ start: Int, _ end: Int, _ kind: TokenKind, _ flags: TokenFlags, _ hash: UInt64 = 0) {
            tokens.append(
                Token(
                    start: Int32(start), end: Int32(end), kind: kind, flags: space ? flags.union(.spaceBefore) : flags,
                    hash: hash))
            space = false
        }
    }

    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var sink = Sink()
        sink.tokens.reserveCapacity(bytes.count / 5 + 16)
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            while i < n {
                let b = buf[i]
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    sink.space = true
                    i += 1
                    continue
                }
                if b == 0x0A {
                    var j = i
                    var lines = 0
                    while j < n, buf[j] == 0x0A || buf[j] == 0x20 || buf[j] == 0x09 || buf[j] == 0x0D {
                        if buf[j] == 0x0A { lines += 1 }
                        j += 1
                    }
                    sink.push(i, j, .lineBreak, lines > 1 ? .blankLine : [])
                    sink.space = true
                    i = j
                    continue
                }
                if b >= 0x30 && b <= 0x39 {
                    var j = i
                    var h = WordHash.basis
                    while j < n {
                        let c = buf[j]
                        if c >= 0x30 && c <= 0x39 {
                            h = WordHash.step(h, c)
                            j += 1
                        } else if (c == 0x2C || c == 0x2E) && j + 1 < n && buf[j + 1] >= 0x30 && buf[j + 1] <= 0x39 {
                            h = WordHash.step(h, c)
                            j += 1
                        } else {
                            break
                        }
                    }
                    sink.push(i, j, .number, .hasDigit, h)
                    i = j
                    continue
                }
                if let (width, isLetter) = letterWidth(buf, i), isLetter {
                    i = scanWord(buf, start: i, firstWidth: width, sink: &sink)
                    continue
                }
                // Quote marks and punctuation.
                if b == 0x22 {
                    sink.push(i, i + 1, .quote, .doubleQuote)
                    i += 1
                    continue
                }
                if b == 0x27 {
                    if i + 1 < n, buf[i + 1] == 0x27 {
                        sink.push(i, i + 2, .quote, .doubleQuote)
                        i += 2
                    } else {
                        sink.push(i, i + 1, .quote, .apostrophe)
                        i += 1
                    }
                    continue
                }
                if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80 {
                    switch buf[i + 2] {
                    case 0x9C, 0x9E: sink.push(i, i + 3, .quote, [.doubleQuote, .opens])
                    case 0x9D: sink.push(i, i + 3, .quote, [.doubleQuote, .closes])
                    case 0x98: sink.push(i, i + 3, .quote, .opens)
                    case 0x99: sink.push(i, i + 3, .quote, [.closes, .apostrophe])
                    default: sink.push(i, i + 3, .punct, [])
                    }
                    i += 3
                    continue
                }
                if b == 0xC2, i + 1 < n, buf[i + 1] == 0xAB || buf[i + 1] == 0xBB {
                    sink.push(i, i + 2, .quote, buf[i + 1] == 0xAB ? [.doubleQuote, .opens] : [.doubleQuote, .closes])
                    i += 2
                    continue
                }
                let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(n, i + width)
                if b >= 0x80, isSpaceScalar(buf, i, width) {
                    sink.space = true
                } else {
                    sink.push(i, end, .punct, [])
                }
                i = end
            }
        }
        var tokens = sink.tokens
        markTimestamps(&tokens, bytes)
        return tokens
    }

    /// Scans a word from `start`: letters, digits and marks, an apostrophe between letters
    /// (`don’t`), splitting off a possessive `’s`.
    @inline(__always)
    private static func scanWord(
        _ buf: UnsafeBufferPointer<UInt8>, start: Int, firstWidth: Int,
        sink: inout Sink
    ) -> Int {
        let n = buf.count
        var j = start
        var h = WordHash.basis
        var upperFirst = false
        var allUpper = true
        var letters = 0
        var digits = false
        var first = true
        while j < n {
            let c = buf[j]
            if c < 0x80 {
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) {
                    let upper = c <= 0x5A
                    if first { upperFirst = upper }
                    if !upper { allUpper = false }
                    letters += 1
                    first = false
                    h = WordHash.step(h, c)
                    j += 1
                    continue
                }
                if c >= 0x30 && c <= 0x39 {
                    digits = true
                    h = WordHash.step(h, c)
                    j += 1
                    continue
                }
                if c == 0x27, j + 1 < n, isASCIILetter(buf[j + 1]) {
                    // 's at a word boundary is a possessive; otherwise an in-word apostrophe (don't, O'Brien).
                    if (buf[j + 1] | 0x20) == 0x73, j + 2 >= n || !isWordByte(buf, j + 2) {
                        break
                    }
                    h = WordHash.step(h, c)
                    j += 1
                    continue
                }
                break
            }
            if c == 0xE2, j + 2 < n, buf[j + 1] == 0x80, buf[j + 2] == 0x99, j + 3 < n,
                let (_, isLetter) = letterWidth(buf, j + 3), isLetter
            {
                if (buf[j + 3] | 0x20) == 0x73, j + 4 >= n || !isWordByte(buf, j + 4) { break }
                // Hash the curly apostrophe as a straight one so `don’t` and `don't` match.
                h = WordHash.step(h, 0x27)
                j += 3
                continue
            }
            guard let (width, isLetter) = letterWidth(buf, j), isLetter else { break }
            if first {
                upperFirst = isUppercaseScalar(buf, j, width)
            } else if !isUppercaseScalar(buf, j, width) {
                allUpper = false
            }
            letters += 1
            first = false
            for k in j..<(j + width) { h = WordHash.step(h, buf[k]) }
            j += width
        }
        var flags: TokenFlags = []
        if upperFirst { flags.insert(.capitalised) }
        if allUpper && letters > 1 { flags.insert(.allCaps) }
        if digits { flags.insert(.hasDigit) }
        if let split = cliticStart(buf, start, j) {
            // `don’t` → `do` + `n’t`, `we’re` → `we` + `’re`: the treebank's words, so the tagger sees what it learnt.
            sink.push(start, split, .word, flags, hash(buf, start, split))
            sink.push(split, j, .word, [], hash(buf, split, j))
        } else {
            sink.push(start, j, .word, flags, h)
        }
        // Possessive: ’s / 's
        if j < n {
            if buf[j] == 0x27, j + 1 < n, (buf[j + 1] | 0x20) == 0x73 {
                sink.push(j, j + 2, .possessive, [], WordHash.of("'s"))
                return j + 2
            }
            if buf[j] == 0xE2, j + 3 < n, buf[j + 1] == 0x80, buf[j + 2] == 0x99, (buf[j + 3] | 0x20) == 0x73 {
                sink.push(j, j + 4, .possessive, [], WordHash.of("'s"))
                return j + 4
            }
        }
        return j
    }

    /// Where an English clitic begins at the end of the word `start..<end`: `n't`, `'re`, `'ve`,
    /// `'ll`, `'m`, `'d` (straight or curly apostrophe), as Universal Dependencies splits them.
    static func cliticStart(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        // The apostrophe: one byte, or three for ’.
        func apostrophe(at i: Int) -> Int? {
            if i >= start, buf[i] == 0x27 { return 1 }
            if i - 2 >= start, buf[i - 2] == 0xE2, buf[i - 1] == 0x80, buf[i] == 0x99 { return 3 }
            return nil
        }
        func lower(_ i: Int) -> UInt8 { buf[i] | 0x20 }
        let last = end - 1
        guard last - start >= 2 else { return nil }
        // n't
        if lower(last) == 0x74, let w = apostrophe(at: last - 1), last - 1 - w >= start, lower(last - 1 - w) == 0x6E {
            let split = last - 1 - w
            return split > start ? split : nil
        }
        // 'm, 'd
        if lower(last) == 0x6D || lower(last) == 0x64, let w = apostrophe(at: last - 1) {
            let split = last - w
            return split > start ? split : nil
        }
        // 're, 've, 'll
        let pairs: [(UInt8, UInt8)] = [(0x72, 0x65), (0x76, 0x65), (0x6C, 0x6C)]
        if last - 1 > start, pairs.contains(where: { lower(last - 1) == $0.0 && lower(last) == $0.1 }),
            let w = apostrophe(at: last - 2)
        {
            let split = last - 1 - w
            return split > start ? split : nil
        }
        return nil
    }

    /// `WordHash` of `start..<end`, hashing a curly apostrophe as a straight one.
    static func hash(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = WordHash.basis
        var k = start
        while k < end {
            if buf[k] == 0xE2, k + 2 < end, buf[k + 1] == 0x80, buf[k + 2] == 0x99 {
                h = WordHash.step(h, 0x27)
                k += 3
            } else {
                h = WordHash.step(h, buf[k])
                k += 1
            }
        }
        return h
    }

    @inline(__always)
    static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }

    @inline(__always)
    private static func isWordByte(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = buf[i]
        if c < 0x80 { return isASCIILetter(c) || (c >= 0x30 && c <= 0x39) }
        return letterWidth(buf, i)?.1 ?? false
    }

    /// Width of the UTF-8 sequence at `i` and whether it is a letter (or combining mark).
    @inline(__always)
    static func letterWidth(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Bool)? {
        let b = buf[i]
        if b < 0x80 { return (1, isASCIILetter(b)) }
        guard let scalar = decode(buf, i) else { return nil }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        let props = scalar.properties
        return (width, props.isAlphabetic || props.generalCategory == .nonspacingMark)
    }

    @inline(__always)
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar? {
        let b = buf[i]
        let n = buf.count
        var value: UInt32
        var width: Int
        if b >= 0xF0 {
            value = UInt32(b & 0x07); width = 4
        } else if b >= 0xE0 {
            value = UInt32(b & 0x0F); width = 3
        } else if b >= 0xC0 {
            value = UInt32(b & 0x1F)
            width = 2
        } else {
            return nil
        }
        guard i + width <= n else { return nil }
        for k in 1..<width { value = value << 6 | UInt32(buf[i + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    private static func isUppercaseScalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> Bool {
        if width == 1 { return buf[i] >= 0x41 && buf[i] <= 0x5A }
        return decode(buf, i)?.properties.isUppercase ?? false
    }

    private static func isSpaceScalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> Bool {
        guard let s = decode(buf, i) else { return false }
        return s.properties.isWhitespace
    }

    private static let timeWords: Set<UInt64> = Set(["am", "pm", "a.m", "p.m"].map(WordHash.of))
    /// Time zones that end live-blog timestamps (`4.58pm GMT`); never names.
    static let timeZones: Set<UInt64> = Set(
        ["gmt", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "utc", "msk", "eet"].map(WordHash.of))

    /// Marks live-blog timestamps (`4.58pm GMT`, `10:47 ET`) so segmentation can treat them as breaks.
    private static func markTimestamps(_ tokens: inout [Token], _ bytes: [UInt8]) {
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard tokens[i].kind == .number else { continue }
            let s = Int(tokens[i].start), e = Int(tokens[i].end)
            // h.mm or h:mm with a 1-2 digit hour and 2-digit minutes
            var sep = -1
            for k in s..<e where bytes[k] == 0x2E { sep = k }
            var j = i
            if sep < 0, i + 2 < tokens.count, tokens[i + 1].kind == .punct, bytes[Int(tokens[i + 1].start)] == 0x3A,
                tokens[i + 2].kind == .number, !tokens[i + 1].flags.contains(.spaceBefore)
            {
                j = i + 2
            } else if sep < 0 || sep - s > 2 || e - sep != 3 {
                continue
            }
            let next = j + 1
            guard next < tokens.count, tokens[next].kind == .word,
                timeWords.contains(tokens[next].hash) || timeZones.contains(tokens[next].hash)
            else { continue }
            var last = next
            if last + 1 < tokens.count, timeZones.contains(tokens[last + 1].hash) { last += 1 }
            for k in i...last { tokens[k].flags.insert(.timestamp) }
            i = last
        }
    }
}
