import Foundation

/// Turns a file's bytes into normalised text, guessing the encoding as documented in the README.
///
/// UTF-8 (with or without a byte-order mark) is read as is; UTF-16 with a byte-order mark is
/// decoded; anything else is read as Windows-1252 with a warning. Binary data is refused.
public enum TextDecoding {
    /// The decoded, normalised text, the encoding used and any warning.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: SourceEncoding
        public var warnings: [String]
    }

    /// Decodes and normalises `bytes`; throws `ArticleError.binary` for data that is not text.
    public static func decode(_ bytes: [UInt8], file: String) throws -> Decoded {
        if let kind = binarySignature(bytes) {
            throw ArticleError.binary(file, kind)
        }
        var warnings: [String] = []
        var encoding = SourceEncoding.utf8
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(
                    littleEndian
                        ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                        : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            text = String(decoding: units, as: UTF16.self)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else {
                encoding = .windows1252
                let bad = firstInvalidUTF8(body)
                warnings.append("not valid UTF-8 (first bad byte at offset \(bad)); read as Windows-1252")
                text = windows1252(body)
            }
        }
        let controls = controlByteCount(text)
        if controls > 0 {
            warnings.append("\(controls) control character\(controls == 1 ? "" : "s") (NUL, escape, …) replaced by spaces")
        }
        return Decoded(text: TextNormaliser.normalise(text), encoding: encoding, warnings: warnings)
    }

    // MARK: - Helpers

    /// A name for well-known binary formats, or for data with many NUL or control bytes.
    static func binarySignature(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "gzip data"),
            ([0x7F, 0x45, 0x4C, 0x46], "an executable"), ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "a SQLite database"),
        ]
        for (magic, name) in signatures where bytes.starts(with: magic) { return name }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        let sample = bytes.prefix(65_536)
        guard !sample.isEmpty else { return nil }
        var suspicious = 0
        for b in sample where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { suspicious += 1 }
        // Text with a stray NUL or escape is still text; a tenth of control bytes is not.
        return suspicious * 10 > sample.count ? "binary data" : nil
    }

    private static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            if b < 0x80 {
                length = 1
            } else if b >= 0xC2 && b <= 0xDF {
                length = 2
            } else if b >= 0xE0 && b <= 0xEF {
                length = 3
            } else if b >= 0xF0 && b <= 0xF4 {
                length = 4
            } else {
                return i
            }
            if i + length > bytes.count { return i }
            for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return i }
            i += length
        }
        return i
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D,
        0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E,
        0x0178,
    ]

    /// Decodes Windows-1252; its five unassigned bytes become U+FFFD.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func controlByteCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var n = 0
            for b in bytes where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { n += 1 }
            return n
        }
    }
}

/// Normalises decoded text so extraction sees one form of each character.
///
/// Line endings become `\n`; no-break and other fixed-width spaces become a plain space;
/// byte-order marks, zero-width spaces and soft hyphens are removed; control characters
/// (NUL, escape sequences' ESC, …) become spaces; decomposed accents are composed (NFC).
/// Offsets are counted after this step, in the stored text.
public enum TextNormaliser {
    public static func normalise(_ text: String) -> String {
        var text = text
        var needsWork = false
        var combining = false
        text.withUTF8 { bytes in
            for b in bytes {
                if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == 0xEF {
                    needsWork = true
                }
                if b == 0xCC || b == 0xCD { combining = true }
            }
        }
        var result = needsWork ? rewrite(text.withUTF8 { Array($0) }) : text
        if combining {
            result = result.precomposedStringWithCanonicalMapping
        }
        return result
    }

    /// The byte-level rewrite: the input is valid UTF-8, so multi-byte characters are matched whole.
    private static func rewrite(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 0x0D:
                    out.append(0x0A)
                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                case 0x0C, 0x0B: out.append(0x0A)
                case 0x09, 0x0A: out.append(b)
                case 0x00..<0x20, 0x7F: out.append(0x20)
                default: out.append(b)
                }
                i += 1
                continue
            }
            let b1 = i + 1 < n ? bytes[i + 1] : 0, b2 = i + 2 < n ? bytes[i + 2] : 0
            if b == 0xC2 {
                // U+0080–U+009F (C1 controls) and U+00A0 (no-break space) → space; U+00AD (soft hyphen) removed.
                if b1 >= 0x80 && b1 <= 0xA0 { out.append(0x20); i += 2; continue }
                if b1 == 0xAD { i += 2; continue }
            } else if b == 0xE2, b1 == 0x80 {
                // U+2000–U+200A spaces, U+202F narrow no-break space → space; U+200B removed; U+2028/9 → line break.
                if b2 <= 0x8A || b2 == 0xAF { out.append(0x20); i += 3; continue }
                if b2 == 0x8B { i += 3; continue }
                if b2 == 0xA8 || b2 == 0xA9 { out.append(0x0A); i += 3; continue }
            } else if b == 0xE2, b1 == 0x81 {
                if b2 == 0x9F { out.append(0x20); i += 3; continue }  // U+205F
                if b2 == 0xA0 { i += 3; continue }  // U+2060 word joiner
            } else if b == 0xE3, b1 == 0x80, b2 == 0x80 {
                out.append(0x20)  // U+3000 ideographic space
                i += 3
                continue
            } else if b == 0xEF, b1 == 0xBB, b2 == 0xBF {
                i += 3  // U+FEFF byte-order mark
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
