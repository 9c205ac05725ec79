/// An article's text as UTF-8 bytes, cut into tokens, paragraphs and sentences for extraction.
///
/// Offsets inside are UTF-8 byte offsets into `bytes`; `scalarOffsets(_:)` converts them to the
/// Unicode scalar offsets the rest of FactLedger stores. Scanning is byte by byte with no
/// per-`Character` work, so extraction runs at tens of megabytes per second.
struct ScannedText {
    let bytes: [UInt8]
    let tokens: [Token]
    /// Token index ranges of paragraphs; a line break inside a sentence (`hundreds of\n\nthousands`) does not end one.
    let paragraphs: [Range<Int>]
    /// Token index ranges of sentences, each inside one paragraph.
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    let sentenceOf: [Int32]
    /// For each token, the index of its paragraph.
    let paragraphOf: [Int32]
    /// True when the text has no byte above 0x7F, so byte and scalar offsets agree.
    let isASCII: Bool
    /// For non-ASCII text, the number of scalars before each byte offset (one more entry than bytes).
    private let scalarsBefore: [Int32]

    init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { Array($0) }
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        isASCII = ascii
        if ascii {
            scalarsBefore = []
        } else {
            var table = [Int32](repeating: 0, count: bytes.count + 1)
            var scalars: Int32 = 0
            for (i, b) in bytes.enumerated() {
                table[i] = scalars
                if b & 0xC0 != 0x80 { scalars += 1 }
            }
            table[bytes.count] = scalars
            scalarsBefore = table
        }
        var tokens = Tokenizer.tokens(bytes)
        Segmenter.joinSoftLineBreaks(&tokens, bytes: bytes)
        self.tokens = tokens
        let (paragraphs, sentences) = Segmenter.segment(tokens, bytes: bytes)
        self.paragraphs = paragraphs
        self.sentences = sentences
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (s, range) in sentences.enumerated() { for i in range { sentenceOf[i] = Int32(s) } }
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        for (p, range) in paragraphs.enumerated() { for i in range { paragraphOf[i] = Int32(p) } }
        self.sentenceOf = sentenceOf
        self.paragraphOf = paragraphOf
    }

    // MARK: - Token access

    func text(_ i: Int) -> String { text(from: Int(tokens[i].start), to: Int(tokens[i].end)) }

    /// The source text from the start of token `a` to the end of token `b` (inclusive).
    func text(tokens a: Int, through b: Int) -> String {
        guard a <= b else { return "" }
        return text(from: Int(tokens[a].start), to: Int(tokens[b].end))
    }

    func text(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func hash(_ i: Int) -> UInt64 { tokens[i].hash }
    func kind(_ i: Int) -> TokenKind { tokens[i].kind }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isCapitalised(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].flags.contains(.capitalised) }
    func spaceBefore(_ i: Int) -> Bool { tokens[i].flags.contains(.spaceBefore) }
    /// True when token `i` is the single ASCII punctuation byte `c`.
    func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].end - tokens[i].start == 1
            && bytes[Int(tokens[i].start)] == c
    }
    func firstByte(_ i: Int) -> UInt8 { bytes[Int(tokens[i].start)] }

    // MARK: - Offsets

    /// Converts byte offsets (any order) to Unicode scalar offsets.
    func scalarOffsets(_ byteOffsets: [Int]) -> [Int] {
        if isASCII { return byteOffsets }
        return byteOffsets.map { Int(scalarsBefore[max(0, min($0, bytes.count))]) }
    }

    func scalarOffset(_ byteOffset: Int) -> Int { scalarOffsets([byteOffset])[0] }
}

/// What a token is.
enum TokenKind: UInt8 {
    case word, number, punct, quote
    /// `’s` or `'s` after a word.
    case possessive
    /// A line break that ends a paragraph.
    case lineBreak
}

struct TokenFlags: OptionSet, Hashable {
    let rawValue: UInt16
    static let spaceBefore = TokenFlags(rawValue: 1)
    static let capitalised = TokenFlags(rawValue: 2)
    static let allCaps = TokenFlags(rawValue: 4)
    static let hasDigit = TokenFlags(rawValue: 8)
    /// Quote marks: the double family (“ ” " '' « » „) rather than single (‘ ’ ').
    static let doubleQuote = TokenFlags(rawValue: 16)
    /// Quote marks that can only open (“ ‘ « „) or only close (” »); neither means either.
    static let opens = TokenFlags(rawValue: 32)
    static let closes = TokenFlags(rawValue: 64)
    /// A line break with a blank line.
    static let blankLine = TokenFlags(rawValue: 128)
    /// `’` that may be an apostrophe (`leaders’`) rather than a closing quote.
    static let apostrophe = TokenFlags(rawValue: 256)
    /// Live-blog timestamp (`4.58pm GMT`): part of one.
    static let timestamp = TokenFlags(rawValue: 512)
}

/// A token: byte offsets into the text, its kind and a hash of its lower-cased bytes.
struct Token {
    var start: Int32
    var end: Int32
    var kind: TokenKind
    var flags: TokenFlags
    /// FNV-1a of the lower-cased bytes (words and numbers); 0 otherwise. Compared with `Lexicon` hashes.
    var hash: UInt64
}

/// 64-bit FNV-1a over ASCII-lower-cased bytes.
enum WordHash {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func step(_ h: UInt64, _ b: UInt8) -> UInt64 {
        let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
        return (h ^ UInt64(lower)) &* prime
    }

    static func of(_ s: String) -> UInt64 {
        var h = basis
        for b in s.utf8 { h = step(h, b) }
        return h
    }
}

enum Tokenizer {
    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 16)
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var i = 0
            var space = true
            @inline(__always) func push(_ start: Int, _ end: Int, _ kind: TokenKind, _ flags: TokenFlags, _ hash: UInt64 = 0) {
                tokens.append(
                    Token(
                        start: Int32(start), end: Int32(end), kind: kind,
                        flags: space ? flags.union(.spaceBefore) : flags, hash: hash))
                space = false
            }
            while i < n {
                let b = buf[i]
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    space = true
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
                    push(i, j, .lineBreak, lines > 1 ? .blankLine : [])
                    space = true
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
                    push(i, j, .number, .hasDigit, h)
                    i = j
                    continue
                }
                if let (width, isLetter) = letterWidth(buf, i), isLetter {
                    i = scanWord(buf, start: i, firstWidth: width, push: push)
                    continue
                }
                // Quote marks and punctuation.
                if b == 0x22 {
                    push(i, i + 1, .quote, .doubleQuote)
                    i += 1
                    continue
                }
                if b == 0x27 {
                    if i + 1 < n, buf[i + 1] == 0x27 {
                        push(i, i + 2, .quote, .doubleQuote)
                        i += 2
                    } else {
                        push(i, i + 1, .quote, .apostrophe)
                        i += 1
                    }
                    continue
                }
                if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80 {
                    switch buf[i + 2] {
                    case 0x9C, 0x9E: push(i, i + 3, .quote, [.doubleQuote, .opens])
                    case 0x9D: push(i, i + 3, .quote, [.doubleQuote, .closes])
                    case 0x98: push(i, i + 3, .quote, .opens)
                    case 0x99: push(i, i + 3, .quote, [.closes, .apostrophe])
                    default: push(i, i + 3, .punct, [])
                    }
                    i += 3
                    continue
                }
                if b == 0xC2, i + 1 < n, buf[i + 1] == 0xAB || buf[i + 1] == 0xBB {
                    push(i, i + 2, .quote, buf[i + 1] == 0xAB ? [.doubleQuote, .opens] : [.doubleQuote, .closes])
                    i += 2
                    continue
                }
                let width = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(n, i + width)
                if b >= 0x80, isSpaceScalar(buf, i, width) {
                    space = true
                } else {
                    push(i, end, .punct, [])
                }
                i = end
            }
        }
        markTimestamps(&tokens, bytes)
        return tokens
    }

    /// Scans a word from `start`: letters, digits and marks, an apostrophe between letters
    /// (`don’t`), splitting off a possessive `’s`.
    @inline(__always)
    private static func scanWord(
        _ buf: UnsafeBufferPointer<UInt8>, start: Int, firstWidth: Int,
        push: (Int, Int, TokenKind, TokenFlags, UInt64) -> Void
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
        push(start, j, .word, flags, h)
        // Possessive: ’s / 's
        if j < n {
            if buf[j] == 0x27, j + 1 < n, (buf[j + 1] | 0x20) == 0x73 {
                push(j, j + 2, .possessive, [], WordHash.of("'s"))
                return j + 2
            }
            if buf[j] == 0xE2, j + 3 < n, buf[j + 1] == 0x80, buf[j + 2] == 0x99, (buf[j + 3] | 0x20) == 0x73 {
                push(j, j + 4, .possessive, [], WordHash.of("'s"))
                return j + 4
            }
        }
        return j
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
    private static let zones: Set<UInt64> = Set(
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
                timeWords.contains(tokens[next].hash) || zones.contains(tokens[next].hash)
            else { continue }
            var last = next
            if last + 1 < tokens.count, zones.contains(tokens[last + 1].hash) { last += 1 }
            for k in i...last { tokens[k].flags.insert(.timestamp) }
            i = last
        }
    }
}

enum Segmenter {
    /// Turns line breaks inside a sentence (`hundreds of\n\nthousands`) into plain spaces.
    static func joinSoftLineBreaks(_ tokens: inout [Token], bytes: [UInt8]) {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for (i, token) in tokens.enumerated() {
            if token.kind == .lineBreak, let previous = out.last, i + 1 < tokens.count {
                let next = tokens[i + 1]
                let previousEndsClause =
                    previous.kind == .punct || previous.kind == .quote || previous.kind == .lineBreak
                    || previous.flags.contains(.timestamp)
                let nextContinues = next.kind == .word && !next.flags.contains(.capitalised) && !next.flags.contains(.hasDigit)
                if !previousEndsClause, nextContinues, previous.kind == .word || previous.kind == .number {
                    var joined = next
                    joined.flags.insert(.spaceBefore)
                    tokens[i + 1] = joined
                    continue
                }
            }
            out.append(token)
        }
        tokens = out
    }

    static let abbreviations: Set<UInt64> = Set(
        [
            "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "jr", "sr",
            "vs", "etc", "no", "nos", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "vol", "fig", "dept", "univ", "rev", "hon", "adm",
            "maj", "cpl", "pvt", "supt", "insp", "det", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e", "al", "op", "ed",
        ].map(WordHash.of))

    /// Longer runs without a sentence end are cut here: the work per figure is bounded by its
    /// sentence, and real sentences stay far below this (a 100-word sentence is about 120 tokens).
    static let maxSentenceTokens = 400

    /// Paragraphs end at line breaks; sentences at . ! ? … (with closing quotes or brackets after them)
    /// followed by a capital, a number or an opening quote, and around live-blog timestamps.
    static func segment(_ tokens: [Token], bytes: [UInt8]) -> ([Range<Int>], [Range<Int>]) {
        var paragraphs: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var paragraphStart = 0
        var sentenceStart = 0
        func endSentence(_ end: Int) {
            if end > sentenceStart { sentences.append(sentenceStart..<end) }
            sentenceStart = end
        }
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if i - sentenceStart >= maxSentenceTokens { endSentence(i) }
            if t.kind == .lineBreak {
                endSentence(i)
                if i > paragraphStart { paragraphs.append(paragraphStart..<i) }
                paragraphStart = i + 1
                sentenceStart = i + 1
                i += 1
                continue
            }
            // A timestamp opening a live-blog entry is a sentence of its own.
            if t.flags.contains(.timestamp), i == sentenceStart || !tokens[i - 1].flags.contains(.timestamp) {
                if i > sentenceStart, !(i > 0 && isWord(tokens[i - 1], bytes, "at")) { endSentence(i) }
                var j = i
                while j < tokens.count, tokens[j].flags.contains(.timestamp) { j += 1 }
                if i == sentenceStart { endSentence(j) }
                i = j
                continue
            }
            if t.kind == .punct, isTerminal(t, bytes) {
                var j = i + 1
                while j < tokens.count, !tokens[j].flags.contains(.spaceBefore),
                    tokens[j].kind == .quote || (tokens[j].kind == .punct && isClosingBracket(tokens[j], bytes))
                        || (tokens[j].kind == .punct && isTerminal(tokens[j], bytes))
                {
                    j += 1
                }
                if j < tokens.count, tokens[j].kind != .lineBreak, tokens[j].flags.contains(.spaceBefore),
                    startsSentence(tokens[j]), !isAbbreviation(tokens, i, bytes)
                {
                    endSentence(j)
                }
                i = j
                continue
            }
            i += 1
        }
        endSentence(tokens.count)
        if tokens.count > paragraphStart { paragraphs.append(paragraphStart..<tokens.count) }
        return (paragraphs, sentences)
    }

    private static func isTerminal(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let b = bytes[Int(t.start)]
        if t.end - t.start == 1 { return b == 0x2E || b == 0x21 || b == 0x3F }
        return t.end - t.start == 3 && b == 0xE2 && bytes[Int(t.start) + 1] == 0x80 && bytes[Int(t.start) + 2] == 0xA6  // …
    }

    private static func isClosingBracket(_ t: Token, _ bytes: [UInt8]) -> Bool {
        let b = bytes[Int(t.start)]
        return t.end - t.start == 1 && (b == 0x29 || b == 0x5D)
    }

    private static func isWord(_ t: Token, _ bytes: [UInt8], _ word: String) -> Bool {
        t.kind == .word && t.hash == WordHash.of(word)
    }

    private static func startsSentence(_ t: Token) -> Bool {
        switch t.kind {
        case .word: return t.flags.contains(.capitalised)
        case .number: return true
        case .quote: return !t.flags.contains(.closes) || t.flags.contains(.opens)
        case .punct: return true
        default: return false
        }
    }

    /// `Mr.`, `U.S.`, an initial (`Donald J. Trump`): a full stop that does not end the sentence.
    private static func isAbbreviation(_ tokens: [Token], _ dot: Int, _ bytes: [UInt8]) -> Bool {
        guard bytes[Int(tokens[dot].start)] == 0x2E, dot > 0 else { return false }
        let previous = tokens[dot - 1]
        guard previous.kind == .word, !tokens[dot].flags.contains(.spaceBefore) else { return false }
        if abbreviations.contains(previous.hash) { return true }
        // A single capital letter: an initial.
        if previous.end - previous.start == 1, previous.flags.contains(.capitalised) { return true }
        // U.S. / U.K.: letter, dot, letter, dot
        if dot >= 3, tokens[dot - 2].kind == .punct, bytes[Int(tokens[dot - 2].start)] == 0x2E, previous.end - previous.start == 1
        {
            return true
        }
        return false
    }
}

/// Hashes of words the extractors test for, computed once.
enum W {
    static let `a` = WordHash.of("a")
    static let `according` = WordHash.of("according")
    static let `an` = WordHash.of("an")
    static let `and` = WordHash.of("and")
    static let `another` = WordHash.of("another")
    static let `as` = WordHash.of("as")
    static let `at` = WordHash.of("at")
    static let `between` = WordHash.of("between")
    static let `billions` = WordHash.of("billions")
    static let `but` = WordHash.of("but")
    static let `by` = WordHash.of("by")
    static let `cent` = WordHash.of("cent")
    static let `could` = WordHash.of("could")
    static let `couple` = WordHash.of("couple")
    static let `dozens` = WordHash.of("dozens")
    static let `for` = WordHash.of("for")
    static let `fourty` = WordHash.of("fourty")
    static let `from` = WordHash.of("from")
    static let `gross` = WordHash.of("gross")
    static let `half` = WordHash.of("half")
    static let `he` = WordHash.of("he")
    static let `her` = WordHash.of("her")
    static let `how` = WordHash.of("how")
    static let `hundreds` = WordHash.of("hundreds")
    static let `i` = WordHash.of("i")
    static let `in` = WordHash.of("in")
    static let `it` = WordHash.of("it")
    static let `its` = WordHash.of("its")
    static let `known` = WordHash.of("known")
    static let `might` = WordHash.of("might")
    static let `millions` = WordHash.of("millions")
    static let `minus` = WordHash.of("minus")
    static let `negative` = WordHash.of("negative")
    static let `of` = WordHash.of("of")
    static let `on` = WordHash.of("on")
    static let `one` = WordHash.of("one")
    static let `or` = WordHash.of("or")
    static let `out` = WordHash.of("out")
    static let `pair` = WordHash.of("pair")
    static let `per` = WordHash.of("per")
    static let `point` = WordHash.of("point")
    static let `quarter` = WordHash.of("quarter")
    static let `say` = WordHash.of("say")
    static let `scores` = WordHash.of("scores")
    static let `she` = WordHash.of("she")
    static let `should` = WordHash.of("should")
    static let `single` = WordHash.of("single")
    static let `tens` = WordHash.of("tens")
    static let `that` = WordHash.of("that")
    static let `the` = WordHash.of("the")
    static let `these` = WordHash.of("these")
    static let `they` = WordHash.of("they")
    static let `this` = WordHash.of("this")
    static let `those` = WordHash.of("those")
    static let `thousands` = WordHash.of("thousands")
    static let `to` = WordHash.of("to")
    static let `updated` = WordHash.of("updated")
    static let `we` = WordHash.of("we")
    static let `what` = WordHash.of("what")
    static let `with` = WordHash.of("with")
    static let `would` = WordHash.of("would")
    static let `you` = WordHash.of("you")
}
