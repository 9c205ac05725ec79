/// Dates written in the ways news sites write them, turned into ISO-8601 text.
///
/// Understands ISO forms (`2025-12-03`, `2025-12-03T18:10:00Z`), day-month-year
/// (`Wednesday 03 December 2025 18:10 GMT`, `26 November 2025`), month-day-year
/// (`Feb 13, 2025`, `December 16, 2025, Tuesday // 10:47`) and RFC 2822 (`Wed, 03 Dec 2025 18:10:00 GMT`).
public enum DateText {
    /// A complete date found in running text.
    public struct Found: Hashable, Sendable {
        /// Scalar offsets of the date in the text, end exclusive.
        public var start: Int
        public var end: Int
        /// The date as ISO-8601 text (a date, or a date-time when a time was given).
        public var iso: String
        /// The date as written.
        public var raw: String
        /// A weekday name stood before or after it.
        public var hasWeekday: Bool
        /// A time of day followed it.
        public var hasTime: Bool
        /// Offset where the weekday (or the date) begins; text glued before it (`Maira ButtWednesday`) ends here.
        public var weekdayStart: Int
    }

    /// The ISO-8601 form of a whole string that is a date, or nil.
    public static func isoDate(from raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count < 200 else { return nil }
        let found = findDates(in: trimmed)
        return found.first?.iso
    }

    /// Every complete date (day, month and year) in `text`, in order.
    public static func findDates(in text: String) -> [Found] {
        let tokens = DateTokenizer.tokens(of: text)
        var results: [Found] = []
        var i = 0
        while i < tokens.count {
            if let (found, next) = match(tokens, at: i, text: text) {
                results.append(found)
                i = next
            } else {
                i += 1
            }
        }
        return results
    }

    // MARK: - Matching

    private static func match(_ t: [DateToken], at start: Int, text: String) -> (Found, Int)? {
        var i = start
        var hasWeekday = false
        var weekdayStart = t[start].start
        if let w = weekdaySuffix(t[i]) {
            hasWeekday = true
            weekdayStart = t[i].end - w
            i = skipSeparators(t, i + 1)
        }
        guard i < t.count else { return nil }
        var year = 0, month = 0, day = 0
        var end = 0
        // ISO: 2025-12-03
        if t[i].kind == .number, t[i].text.count == 4, let y = Int(t[i].text),
            i + 4 < t.count, t[i + 1].text == "-", t[i + 2].kind == .number, t[i + 3].text == "-",
            t[i + 4].kind == .number, let m = Int(t[i + 2].text), let d = Int(t[i + 4].text),
            t[i + 1].start == t[i].end, t[i + 3].start == t[i + 2].end
        {
            year = y; month = m; day = d
            end = t[i + 4].end
            i += 5
        } else if t[i].kind == .number, let d = dayNumber(t[i]) {
            // 03 December 2025
            var j = skipSeparators(t, i + 1, allowOf: true)
            guard j < t.count, let m = monthNumber(t[j]) else { return nil }
            j = skipDot(t, j + 1)
            j = skipSeparators(t, j)
            guard j < t.count, let y = yearNumber(t[j]) else { return nil }
            year = y; month = m; day = d
            end = t[j].end
            i = j + 1
        } else if let m = monthNumber(t[i]) {
            // Feb 13, 2025
            var j = skipDot(t, i + 1)
            j = skipSeparators(t, j)
            guard j < t.count, let d = dayNumber(t[j]) else { return nil }
            j = skipSeparators(t, j + 1)
            guard j < t.count, let y = yearNumber(t[j]) else { return nil }
            year = y; month = m; day = d
            end = t[j].end
            i = j + 1
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        // A trailing weekday: `December 16, 2025, Tuesday`.
        var k = skipSeparators(t, i)
        if k < t.count, weekdaySuffix(t[k]) != nil, t[k].text.count == weekdaySuffix(t[k]) {
            hasWeekday = true
            end = t[k].end
            i = k + 1
            k = skipSeparators(t, i, allowSlashes: true)
        } else {
            k = skipSeparators(t, i, allowSlashes: true)
        }
        var iso = String(format4(year)) + "-" + two(month) + "-" + two(day)
        var hasTime = false
        if let (time, zone, next, timeEnd) = timeOfDay(t, at: k, text: text) {
            hasTime = true
            end = timeEnd
            i = next
            if let zone {
                iso += "T" + time + zone
            } else {
                iso += "T" + time
            }
        }
        let raw = slice(text, from: weekdayStart, to: end)
        let found = Found(
            start: weekdayStart, end: end, iso: iso, raw: raw, hasWeekday: hasWeekday,
            hasTime: hasTime, weekdayStart: weekdayStart)
        return (found, max(i, start + 1))
    }

    /// `18:10 GMT`, `18:10:00Z`, `T18:10:00+02:00`, `10:47`: returns "HH:MM:SS", a zone suffix ("Z" or "+02:00").
    private static func timeOfDay(_ t: [DateToken], at start: Int, text: String) -> (String, String?, Int, Int)? {
        var i = start
        if i < t.count, t[i].text == "T" || t[i].text == "t" { i += 1 }
        guard i + 2 < t.count, t[i].kind == .number, let h = Int(t[i].text), h < 24,
            t[i + 1].text == ":", t[i + 2].kind == .number, let m = Int(t[i + 2].text), m < 60
        else { return nil }
        var s = 0
        var end = t[i + 2].end
        i += 3
        if i + 1 < t.count, t[i].text == ":", t[i + 1].kind == .number, let sec = Int(t[i + 1].text), sec < 61 {
            s = sec
            end = t[i + 1].end
            i += 2
            if i + 1 < t.count, t[i].text == ".", t[i + 1].kind == .number { end = t[i + 1].end; i += 2 }
        }
        var hour = h
        if i < t.count, ["pm", "p.m."].contains(t[i].text.lowercased()), hour < 12 {
            hour += 12; end = t[i].end; i += 1
        } else if i < t.count, ["am", "a.m."].contains(t[i].text.lowercased()) {
            if hour == 12 { hour = 0 }; end = t[i].end; i += 1
        }
        let time = two(hour) + ":" + two(m) + ":" + two(s)
        if i < t.count {
            let z = t[i].text
            if ["Z", "GMT", "UTC"].contains(z) {
                return (time, "Z", i + 1, t[i].end)
            }
            // `18:10 GMTComments`: a zone glued to the next word of a scraped page.
            if z.count > 3, z.hasPrefix("GMT") || z.hasPrefix("UTC"),
                z.dropFirst(3).first?.isUppercase == true
            {
                return (time, "Z", i + 1, t[i].start + 3)
            }
            if z == "+" || z == "-", i + 1 < t.count, t[i + 1].kind == .number {
                var digits = t[i + 1].text
                var next = i + 2
                var zoneEnd = t[i + 1].end
                if digits.count <= 2, next + 1 < t.count, t[next].text == ":", t[next + 1].kind == .number {
                    digits += t[next + 1].text
                    zoneEnd = t[next + 1].end
                    next += 2
                }
                if digits.count == 4 {
                    let zone = z + String(digits.prefix(2)) + ":" + String(digits.suffix(2))
                    return (time, zone == "+00:00" || zone == "-00:00" ? "Z" : zone, next, zoneEnd)
                }
            }
        }
        return (time, nil, i, end)
    }

    // MARK: - Token helpers

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// The month a word names (`Dec`, `December`), or nil.
    static func monthNumber(_ token: DateToken) -> Int? {
        guard token.kind == .word else { return nil }
        return months[token.text.lowercased()]
    }

    private static func dayNumber(_ token: DateToken) -> Int? {
        guard token.kind == .number, token.text.count <= 2, let d = Int(token.text), (1...31).contains(d) else {
            return nil
        }
        return d
    }

    private static func yearNumber(_ token: DateToken) -> Int? {
        guard token.kind == .number, token.text.count == 4, let y = Int(token.text), (1000...2999).contains(y) else {
            return nil
        }
        return y
    }

    /// Length of a capitalised weekday name ending the token (`Wednesday`, `ButtWednesday`), or nil.
    private static func weekdaySuffix(_ token: DateToken) -> Int? {
        guard token.kind == .word else { return nil }
        let lower = token.text.lowercased()
        if weekdays.contains(lower) { return token.text.count }
        for name in weekdays.prefix(7) where lower.hasSuffix(name) && token.text.count > name.count {
            let index = token.text.index(token.text.endIndex, offsetBy: -name.count)
            if token.text[index].isUppercase { return name.count }
        }
        return nil
    }

    private static func skipSeparators(_ t: [DateToken], _ start: Int, allowOf: Bool = false, allowSlashes: Bool = false) -> Int {
        var i = start
        while i < t.count {
            let s = t[i].text
            if s == "," || (allowOf && (s == "of" || s == "the"))
                || (allowSlashes && (s == "/" || s == "|" || s == "-" || s == "—" || s == "at" || s == "·"))
            {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    private static func skipDot(_ t: [DateToken], _ i: Int) -> Int {
        i < t.count && t[i].text == "." && t[i].start == t[i - 1].end ? i + 1 : i
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }

    private static func slice(_ text: String, from: Int, to: Int) -> String {
        let scalars = text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: from)
        let b = scalars.index(a, offsetBy: to - from)
        return String(scalars[a..<b])
    }
}

/// A word, number or punctuation mark of a date, with scalar offsets.
struct DateToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punct }
    var kind: Kind
    var text: String
    var start: Int
    var end: Int
}

enum DateTokenizer {
    /// Splits text into words, numbers and single punctuation marks; ordinal suffixes (`3rd`) are dropped.
    static func tokens(of text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var current = String.UnicodeScalarView()
        var kind: DateToken.Kind = .word
        var start = 0
        var offset = 0
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(DateToken(kind: kind, text: String(current), start: start, end: offset))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            let isLetter = scalar.properties.isAlphabetic
            if isDigit {
                if kind != .number || current.isEmpty { flush(); kind = .number; start = offset }
                current.append(scalar)
            } else if isLetter {
                if kind != .word || current.isEmpty { flush(); kind = .word; start = offset }
                current.append(scalar)
            } else {
                flush()
                if !scalar.properties.isWhitespace {
                    tokens.append(DateToken(kind: .punct, text: String(scalar), start: offset, end: offset + 1))
                }
                kind = .word
            }
            offset += 1
        }
        flush()
        // Ordinal suffixes glued to a day (`3rd`, `25th`) belong to the number.
        var result: [DateToken] = []
        for token in tokens {
            if token.kind == .word, let last = result.last, last.kind == .number, last.end == token.start,
                ["st", "nd", "rd", "th"].contains(token.text.lowercased())
            {
                continue
            }
            result.append(token)
        }
        return result
    }
}
