import Foundation

/// Folded forms of names for matching: lower case, no diacritics, punctuation as single spaces.
public enum NameKey {
    /// `Pål Jonson` → `pal jonson`; `Nato’s` → `nato s`.
    public static func fold(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return foldASCII(s) }
        let base = ascii ? s.lowercased() : s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(base.utf8.count)
        var pendingSpace = false
        for ch in base {
            if ch.isLetter || ch.isNumber {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The same for ASCII text, byte by byte.
    private static func foldASCII(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for b in s.utf8 {
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Fast string clean-ups for hot paths (Foundation's versions bridge through `NSString`).
enum TextClean {
    /// Without leading and trailing whitespace and punctuation (as `CharacterSet.punctuationCharacters`).
    static func trimmingSpaceAndPunctuation(_ s: String) -> String {
        let scalars = s.unicodeScalars
        func strip(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII { return c.value <= 0x20 || asciiPunctuation.contains(UInt8(c.value)) }
            if c.properties.isWhitespace { return true }
            switch c.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
        guard let first = scalars.firstIndex(where: { !strip($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !strip($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return s }
        return String(scalars[first...last])
    }

    /// ASCII members of `CharacterSet.punctuationCharacters`.
    private static let asciiPunctuation = Set("!\"#%&'()*,-./:;?@[\\]_{}".utf8)

    /// Curly apostrophes as straight ones.
    static func straightApostrophes(_ s: String) -> String {
        guard s.utf8.contains(0xE2) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}
