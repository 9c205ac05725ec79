import Foundation

/// A `---` block of `key: value` lines at the top of a text or Markdown article.
public struct FrontMatter: Hashable, Sendable {
    /// The fields, keys lower-cased.
    public var fields: [String: String]
    /// Scalar offset where the body starts, after the closing `---` line.
    public var bodyStart: Int
    /// Problems met (an unclosed block, a line that is not `key: value`).
    public var warnings: [String]

    /// Parses front matter at the start of `text`; nil when the text does not open with `---`.
    public static func parse(_ text: String) -> FrontMatter? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") || text == "---" else { return nil }
        var fields: [String: String] = [:]
        var warnings: [String] = []
        var offset = 4
        var lineNumber = 1
        // Lines are read one at a time up to the closing `---`, not the whole text.
        let utf8 = text.utf8
        var lineStart = utf8.firstIndex(of: 0x0A).map { utf8.index(after: $0) } ?? utf8.endIndex
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            lineStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            lineNumber += 1
            // The line and its line break; the last line may have none.
            let length = line.unicodeScalars.count + (lineEnd < utf8.endIndex ? 1 : 0)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." {
                return FrontMatter(fields: fields, bodyStart: offset + length, warnings: warnings)
            }
            offset += length
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                warnings.append("front matter line \(lineNumber) is not 'key: value'; ignored")
                continue
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if key.isEmpty || key.contains(" ") {
                warnings.append("front matter line \(lineNumber) has no usable key; ignored")
                continue
            }
            if !value.isEmpty, value != "null", value != "~" { fields[key] = value }
            if lineNumber > 200 { break }
        }
        return FrontMatter(fields: [:], bodyStart: 0, warnings: ["front matter opened with '---' is never closed; read as text"])
    }

    /// The first `limit` lines, found byte by byte (splitting a `String` on `Character`s would
    /// segment the whole text into grapheme clusters).
    static func lines(_ text: String, limit: Int) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex, lines.count < limit {
            if utf8[i] == 0x0A {
                lines.append(text[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if lines.count < limit { lines.append(text[start...]) }
        return lines
    }

    /// The metadata the fields give; a date that does not parse becomes a warning.
    public func metadata(warnings: inout [String]) -> ArticleMetadata {
        var m = ArticleMetadata()
        m.url = fields["url"] ?? fields["link"] ?? fields["canonical"]
        m.outlet = fields["outlet"] ?? fields["publisher"] ?? fields["source"] ?? fields["site"]
        m.author = fields["author"] ?? fields["authors"] ?? fields["byline"]
        m.title = fields["title"] ?? fields["headline"]
        if let raw = fields["published"] ?? fields["date"] ?? fields["published_at"] ?? fields["datepublished"] {
            if !m.setPublished(raw, source: .frontMatter) {
                warnings.append("front matter date '\(raw)' is not a date I can read; ignored")
            }
        }
        if let raw = fields["modified"] ?? fields["updated"], let iso = DateText.isoDate(from: raw) { m.modified = iso }
        return m
    }
}
