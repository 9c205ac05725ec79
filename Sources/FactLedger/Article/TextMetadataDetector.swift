import Foundation

/// Finds the published date and the author in an article's own text, for files that come
/// without metadata.
///
/// The date is the complete date (day, month, year) that best looks like a dateline: near the
/// top, on a short line, with a weekday or a time, or announced (`date 2025-12-16`,
/// `It’s Tuesday, 25 November 2025`). The author is a `By …` line, a name glued to the date
/// (`Maira ButtWednesday 03 December 2025`), or a short line of capitalised words beside the date.
public enum TextMetadataDetector {
    public static func detect(in text: String, findDate: Bool = true) -> ArticleMetadata {
        var m = ArticleMetadata()
        guard findDate else {
            m.author = byline(firstLines: FrontMatter.lines(text, limit: 20))
            return m
        }
        let lines = LineIndex(text)
        let dates = DateText.findDates(in: text)
        guard let best = bestDate(dates, text: text, lines: lines) else {
            m.author = byline(lines: lines)
            return m
        }
        m.published = best.iso
        m.publishedRaw = best.raw
        m.publishedSource = basis(of: best, lines: lines)
        m.author = byline(lines: lines) ?? authorBeside(best, lines: lines)
        return m
    }

    /// Where in the text the date stood: a byline (`By Jane Doe | 24 November 2025`), a dateline
    /// (the first line, or the first 200 characters), or elsewhere.
    private static func basis(of date: DateText.Found, lines: LineIndex) -> MetadataSource {
        let line = lines.line(containing: date.start)
        let text = lines.text(line.start, line.end).trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("By ") || text.hasPrefix("by ") { return .byline }
        if line.start == 0 || date.start < 200 { return .dateline }
        return .text
    }

    private static func bestDate(_ dates: [DateText.Found], text: String, lines: LineIndex) -> DateText.Found? {
        let total = max(1, text.unicodeScalars.count)
        var best: (DateText.Found, Double)?
        for date in dates {
            var score = 0.0
            let position = Double(date.start) / Double(total)
            if date.start < 600 { score += 3 } else if position < 0.1 { score += 1.5 }
            if date.hasWeekday { score += 1 }
            if date.hasTime { score += 1 }
            let line = lines.line(containing: date.start)
            let lineLength = line.end - line.start
            if lineLength < 80 { score += 1 }
            let before = lines.text(line.start, date.start).lowercased()
            if before.hasSuffix("date ") || before.hasSuffix("published ") || before.hasSuffix("updated ")
                || before.hasSuffix("posted ") || before.hasSuffix("it’s ") || before.hasSuffix("it's ")
                || before.hasSuffix("published: ") || before.hasSuffix("date: ")
            {
                score += 3
            }
            if best == nil || score > best!.1 { best = (date, score) }
        }
        return best?.0
    }

    /// `By Jane Doe` on a line of its own near the top.
    private static func byline(lines: LineIndex) -> String? {
        byline(firstLines: lines.lines.prefix(20).map { Substring(lines.text($0.start, $0.end)) })
    }

    private static func byline<Lines: Sequence<Substring>>(firstLines: Lines) -> String? {
        for line in firstLines {
            let start = line.drop { $0 == " " || $0 == "\t" }
            guard start.hasPrefix("By ") || start.hasPrefix("by ") else { continue }
            let s = start.trimmingCharacters(in: .whitespaces)
            let rest = String(s.dropFirst(3))
            if let name = personName(rest) { return name }
        }
        return nil
    }

    private static func authorBeside(_ date: DateText.Found, lines: LineIndex) -> String? {
        let line = lines.line(containing: date.start)
        // Glued: `Maira ButtWednesday 03 December 2025`.
        let glued = lines.text(line.start, date.weekdayStart).trimmingCharacters(in: .whitespaces)
        if !glued.isEmpty, let name = personName(glued) { return name }
        // A short line of a name just above the date line (blank lines skipped).
        guard let index = lines.lines.firstIndex(where: { $0.start == line.start }) else { return nil }
        var i = index - 1
        var seen = 0
        while i >= 0, seen < 2 {
            let s = lines.text(lines.lines[i].start, lines.lines[i].end).trimmingCharacters(in: .whitespaces)
            i -= 1
            if s.isEmpty { continue }
            seen += 1
            if let name = personName(s) { return name }
        }
        return nil
    }

    /// Two to four capitalised words (names joined by `and`, `;` or `,` allowed), else nil.
    static func personName(_ s: String) -> String? {
        let parts = s.replacingOccurrences(of: " and ", with: "; ").split(whereSeparator: { $0 == ";" || $0 == "," })
        var names: [String] = []
        for part in parts {
            let words = part.split(separator: " ")
            guard (2...4).contains(words.count) else { return nil }
            for w in words {
                guard let first = w.first, first.isUppercase, w.count <= 20,
                    w.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." })
                else { return nil }
            }
            names.append(words.joined(separator: " "))
        }
        return names.isEmpty ? nil : names.joined(separator: "; ")
    }
}

/// Line boundaries of a text in scalar offsets.
struct LineIndex {
    struct Line { var start: Int; var end: Int }
    let scalars: [Unicode.Scalar]
    let lines: [Line]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var lines: [Line] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            lines.append(Line(start: start, end: i))
            start = i + 1
        }
        lines.append(Line(start: start, end: scalars.count))
        self.lines = lines
    }

    func line(containing offset: Int) -> Line {
        var lo = 0, hi = lines.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lines[mid].start <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lines[lo]
    }

    func text(_ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[from..<to])
        return String(v)
    }
}
