import Foundation

/// A title for an article whose metadata gives none, read from its text, so listings and reports
/// name the story instead of its file path.
///
/// In order:
/// 1. the first Markdown heading among the first lines (`# Port strike ends after nine days`);
/// 2. else a headline line: one of the first three lines of text, 4 to 25 words, not ending as a
///    sentence does (headlines carry no full stop: `Port strike ends after nine days`), and not a
///    page's navigation (`Skip to content` has fewer than four words);
/// 3. else the first sentence of the first line of four words or more, cut at a word to at most
///    90 characters with `…`.
///
/// The metadata's own title always wins; this one is stored apart (`articles.text_title`), so
/// re-ingesting a file never reads it as a correction.
public enum TextTitle {
    static let maxCharacters = 90

    public static func from(_ text: String) -> String? {
        let lines = text.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let firstLines = Array(lines.prefix(20))
        if let heading = firstLines.first(where: { $0.hasPrefix("#") }) {
            let title = heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { return cut(title) }
        }
        for line in firstLines.prefix(3) {
            let words = line.split(separator: " ").count
            guard (4...25).contains(words), let last = line.last, !".,;:".contains(last) else { continue }
            return cut(line)
        }
        guard let first = firstLines.first(where: { $0.split(separator: " ").count >= 4 }) ?? firstLines.first else {
            return nil
        }
        return cut(firstSentence(first))
    }

    /// Up to the first `. `, `! ` or `? ` after a few words (not an initial's full stop).
    static func firstSentence(_ line: String) -> String {
        let chars = Array(line)
        var i = 0
        while i + 1 < chars.count {
            if ".!?".contains(chars[i]), chars[i + 1] == " ", i >= 20 { return String(chars[...i]) }
            i += 1
        }
        return line
    }

    static func cut(_ text: String) -> String {
        guard text.count > maxCharacters else { return text }
        var cut = String(text.prefix(maxCharacters - 1))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
