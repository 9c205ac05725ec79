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

extension WordHash {
    /// The hashes of `words`, for word lists tested without building strings.
    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(of)) }
}
