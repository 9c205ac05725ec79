import Foundation

/// A figure found in text: its value or interval, unit and kind.
struct RecognizedNumber {
    /// Tokens of the whole expression, qualifier included (inclusive).
    var first: Int
    var last: Int
    /// Tokens of the figure itself, without qualifier (inclusive).
    var numberFirst: Int
    var numberLast: Int
    var value: Double
    var lower: Double?
    var upper: Double?
    var lowerInclusive = true
    var upperInclusive = true
    var qualifier: String?
    var kind: ClaimKind = .count
    var unit: String?
    /// The currency or unit as written (`$`, `dollars`, `USD`), to tell `$` from `US$`.
    var unitWritten: String?
    var unitSpecific = true
    /// A range written with two figures (`between 5 and 10`, `44 mg to 50 mg`).
    var isRange = false
    var isOrdinal = false
    /// Part of a name, code or address (`Kh-101`, `06F6`, a URL): not a figure about anything.
    var isIdentifier = false
    /// ISO date for kind `.date`.
    var date: String?
    /// One part of an address, list or phone number: a number, but never a claim.
    var isCodePart = false
}

/// Finds the numbers in an article: digits, words, fractions, scales, money, percentages,
/// measures, durations, ages, years and dates, with qualifiers turned into intervals.
///
/// Interval rules (one place, documented in the README):
/// - `at least N`, `no fewer than N`, `N or more`, `a minimum of N` → [N, ∞)
/// - `more than N`, `over N`, `above N`, `exceeding N`, `N-plus`, `N+` → (N, ∞)
/// - `fewer than N`, `less than N`, `under N`, `below N`, `not yet N` → (−∞, N)
/// - `up to N`, `at most N`, `no more than N`, `N or less`, `a maximum of N` → (−∞, N]
/// - `nearly N`, `almost N`, `just under N` → [N − t, N] with t = 10% of N (at least 1 when N < 10):
///   a figure written just below a round number.
/// - `about N`, `around N`, `approximately N`, `some N`, `roughly N`, `an estimated N`, `~N` →
///   [N − t, N + t] with t = max(10% of N, half the place value of N's last significant digit),
///   capped at 25% of N: `about 100` allows 75–125, `about 430` allows 387–473, `about 90%` 81–99.
///   Rounder figures are vaguer.
/// - `hundreds of`, `thousands of`, `dozens of`, `tens of thousands` → [2 × unit, 10 × unit): a lower bound.
/// - `between A and B`, `from A to B`, `A-B`, `A to B` → [A, B]; its value is the midpoint.
/// Claims of counts and other non-negative quantities replace −∞ by 0 (see `ClaimExtractor`).
struct NumberRecognizer {
    let t: TokenizedText
    /// Tokens inside URLs and e-mail addresses.
    private let inURL: [Bool]
    /// The article's language's number words and separators, when it is not English.
    private let foreign: ForeignNumbers?

    init(_ text: TokenizedText, language: String = "en") {
        t = text
        inURL = Self.urlTokens(text)
        foreign = ForeignNumbers.table(for: language)
    }

    /// The value of a digit token, in the article's language: `1.800` groups thousands where the
    /// language writes them so (`1.800.000` too), and the English reading otherwise.
    func digits(_ raw: String) -> Double? {
        if foreign?.dotGroupsThousands == true, !raw.contains(","), raw.contains(".") {
            let groups = raw.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count >= 2, groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
                return Double(groups.joined())
            }
        }
        return Self.parseDigits(raw)
    }

    func numbers() -> [RecognizedNumber] {
        var found: [RecognizedNumber] = []
        var i = 0
        let n = t.tokens.count
        while i < n {
            if let parts = codeParts(at: i) {
                found += parts
                i = parts.last!.last + 1
                continue
            }
            if let number = recognize(at: i) {
                found.append(number)
                i = max(i + 1, number.last + 1)
            } else {
                i += 1
            }
        }
        return mergeCompoundRanges(found)
    }

    /// `192.168.1.2`, `22,24,26,31`, `+1-222-2222/2222`: each part a number of its own, never a claim.
    private func codeParts(at i: Int) -> [RecognizedNumber]? {
        guard t.kind(i) == .number, !inURL[i] else { return nil }
        let raw = t.text(i)
        var pieces: [String] = []
        if raw.filter({ $0 == "." }).count > 1, foreign == nil || digits(raw) == nil {
            pieces = raw.split(separator: ".").map(String.init)
        } else if raw.contains(","), Self.parseDigits(raw) == nil {
            pieces = raw.split(separator: ",").map(String.init)
        }
        var last = i
        // `+1-222-2222/2222`, `1111-22223333-4444`: digits chained by hyphens and slashes.
        if pieces.isEmpty {
            var j = i
            var chain = [raw]
            while j + 2 < t.tokens.count, isMinus(j + 1) || t.isPunct(j + 1, 0x2F), !t.spaceBefore(j + 1),
                t.kind(j + 2) == .number, !t.spaceBefore(j + 2)
            {
                chain.append(t.text(j + 2))
                j += 2
            }
            let phone = i > 0 && t.isPunct(i - 1, 0x2B) && !t.spaceBefore(i)
            guard chain.count >= 3 || (phone && chain.count >= 2) else { return nil }
            pieces = chain
            last = j
        }
        return pieces.compactMap { piece in
            guard let v = Double(piece) else { return nil }
            var part = RecognizedNumber(first: i, last: last, numberFirst: i, numberLast: last, value: v)
            part.isCodePart = true
            return part
        }
    }

    // MARK: - One figure

    private func recognize(at start: Int) -> RecognizedNumber? {
        if inURL[start] { return nil }
        // A qualifier opening the expression is handled once its figure is known.
        guard var base = figure(at: start) else { return nil }
        if base.isIdentifier { return base }
        if isIdiom(base) { return nil }
        attachRatio(&base)
        attachUnit(&base)
        attachRangeEnd(&base)
        attachQualifier(&base)
        attachTrailingQualifier(&base)
        // `the army chief – not yet 40 –`: said of a person, `not yet N` is an age.
        if base.kind == .count, base.value >= 10, base.value <= 120, base.value == base.value.rounded(),
            base.qualifier?.lowercased() == "not yet"
        {
            base.kind = .age
            base.unit = "year"
        }
        return base
    }

    /// `one-way attack drones`, `a one-off payment`, `two-sided`: words, not figures.
    private func isIdiom(_ n: RecognizedNumber) -> Bool {
        let j = n.last + 1
        guard n.value <= 3, t.kind(n.last) == .word, j + 1 < t.tokens.count, t.isPunct(j, 0x2D), !t.spaceBefore(j),
            !t.spaceBefore(j + 1), t.isWord(j + 1)
        else { return false }
        return Self.idiomHeads.contains(t.hash(j + 1))
    }

    /// `1,000,000-plus`, `30-odd`: qualifiers, read by `attachTrailingQualifier`.
    static let approximateSuffixes = Lexicon.set(["plus", "odd", "ish", "something", "some"])

    static let idiomHeads = Lexicon.set([
        "way", "off", "sided", "stop", "liner", "shot", "handed", "fold", "on", "to", "dimensional", "party", "tier", "track",
    ])

    /// The bare figure at `i`: digits (with sign, decimals, fractions, exponents, grouping),
    /// number words, a currency before it, or a date.
    private func figure(at i: Int) -> RecognizedNumber? {
        let tok = t.tokens[i]
        if tok.flags.contains(.timestamp) { return nil }
        // The tolerance after `±` or `+/-` belongs to the figure before it.
        if tok.kind == .number, i > 0,
            t.text(i - 1) == "±" || (i > 2 && t.isPunct(i - 1, 0x2D) && t.isPunct(i - 2, 0x2F) && t.text(i - 3) == "+")
        {
            return nil
        }
        // The power of a unit: `km^2`, `s-1`, `fb−1`.
        if tok.kind == .number, i > 1, !t.spaceBefore(i),
            t.isPunct(i - 1, 0x5E) || (isMinus(i - 1) && !t.spaceBefore(i - 1) && t.isWord(i - 2) && t.text(i - 2).count <= 3)
        {
            return nil
        }
        // Dates first: `25 February`, `Feb 13, 2025`, `November 2025`.
        if let date = dateFigure(at: i) { return date }
        switch tok.kind {
        case .number:
            return digitsFigure(at: i)
        case .word:
            if let currency = currencyBefore(at: i) { return currency }
            if let percent = percentOf(at: i) { return percent }
            if let (low, high, end) = vagueMultitude(at: i) {
                // `hundreds of thousands of soldiers`: a lower bound, not a value.
                var n = RecognizedNumber(first: i, last: end, numberFirst: i, numberLast: end, value: low)
                n.lower = low
                n.upper = high
                n.upperInclusive = false
                n.qualifier = t.text(tokens: i, through: end)
                return n
            }
            return wordsFigure(at: i)
        case .punct:
            if let currency = currencyBefore(at: i) { return currency }
            if let fraction = unicodeFraction(i) {
                return RecognizedNumber(first: i, last: i, numberFirst: i, numberLast: i, value: fraction)
            }
            // `.08`, `-1`, `- 10 k`, `<20`, `>= 30`
            if t.isPunct(i, 0x2E), i + 1 < t.tokens.count, t.kind(i + 1) == .number, !t.spaceBefore(i + 1),
                i == 0 || t.spaceBefore(i) || isMinus(i - 1)
            {
                guard var n = digitsFigure(at: i + 1) else { return nil }
                n.first = i
                n.numberFirst = i
                n.value = Double("0." + t.text(i + 1).replacingOccurrences(of: ",", with: "")) ?? n.value
                return n
            }
            if isMinus(i), i + 1 < t.tokens.count, !isAfterDigit(i) {
                let next = i + 1
                if var n = t.kind(next) == .number ? digitsFigure(at: next) : t.isPunct(next, 0x2E) ? figure(at: next) : nil,
                    !n.isIdentifier, !(t.spaceBefore(next) && t.isWord(max(0, i - 1)))
                {
                    n.first = i
                    n.numberFirst = i
                    n.value = -n.value
                    return n
                }
            }
            return nil
        default:
            return nil
        }
    }

    private func isAfterDigit(_ i: Int) -> Bool {
        i > 0 && !t.spaceBefore(i) && (t.kind(i - 1) == .number || t.isWord(i - 1))
    }

    func isMinus(_ i: Int) -> Bool {
        guard t.kind(i) == .punct else { return false }
        let s = Int(t.tokens[i].start)
        if t.bytes[s] == 0x2D { return t.tokens[i].end - t.tokens[i].start == 1 }
        return t.tokens[i].end - t.tokens[i].start == 3 && t.bytes[s] == 0xE2 && t.bytes[s + 1] == 0x88
            && t.bytes[s + 2] == 0x92  // −
    }

    // MARK: - Digits

    private func digitsFigure(at i: Int) -> RecognizedNumber? {
        let raw = t.text(i)
        // Identifiers: glued to letters before (`G20`, `Kh-101`, `COVID-19`) or unknown letters after (`06F6`).
        if isGluedToName(i) {
            return identifier(i, i)
        }
        guard var value = digits(raw) else {
            // `22,24,26,31`: a list; its first item here, the rest as their own figures.
            guard let firstItem = raw.split(separator: ",").first, let v = Double(firstItem) else { return identifier(i, i) }
            var item = RecognizedNumber(first: i, last: i, numberFirst: i, numberLast: i, value: v)
            item.isIdentifier = false
            return item
        }
        var last = i
        // Space-grouped thousands: `1 234 567`, `40 000`.
        if raw.count <= 3, !raw.contains(","), !raw.contains(".") {
            var j = i + 1
            var grouped = value
            while j < t.tokens.count, t.kind(j) == .number, t.spaceBefore(j),
                Int(t.tokens[j].start) - Int(t.tokens[j - 1].end) == 1
            {
                let group = t.text(j)
                let whole = group.split(separator: ".", maxSplits: 1)
                guard whole[0].count == 3, whole[0].allSatisfy(\.isNumber), !group.contains(","), let v = Double(group) else {
                    break
                }
                grouped = grouped * 1000 + v
                last = j
                j += 1
                if whole.count > 1 { break }
            }
            if last > i { value = grouped }
            // `245 23 yen`: a group too short to be thousands, yet glued by one space: malformed, not two figures.
            if last == i, i + 1 < t.tokens.count, t.kind(i + 1) == .number, t.spaceBefore(i + 1),
                Int(t.tokens[i + 1].start) - Int(t.tokens[i].end) == 1, t.text(i + 1).count <= 2,
                t.text(i + 1).allSatisfy(\.isNumber),
                !(i + 2 < t.tokens.count && t.isPunct(i + 2, 0x2F)),  // `1 4/5`
                !(i > 0 && (Units.currencySymbols[t.text(i - 1)] != nil || Units.codes.contains(t.text(i - 1))))  // `$20 43`
            {
                return identifier(i, i + 1)
            }
        }
        var n = RecognizedNumber(first: i, last: last, numberFirst: i, numberLast: last, value: value)
        var j = last + 1
        // Exponents: `1e10`, `12.32e+14`, `1.1^23`, `1.3x10^6`.
        if j < t.tokens.count, !t.spaceBefore(j), let (e, end) = exponent(at: j) ?? timesTenExponent(at: j) {
            n.value = value * pow(10, e)
            n.last = end
            n.numberLast = end
            return n
        }
        if j + 1 < t.tokens.count, t.isPunct(j, 0x5E), !t.spaceBefore(j), let (power, end) = signedNumber(at: j + 1) {
            n.value = pow(value, power)
            n.last = end
            n.numberLast = end
            return n
        }
        // Fractions: `3/4`, `2 1/4`; `5/17/2018` and `2222/2222` are not fractions.
        if j + 1 < t.tokens.count, t.isPunct(j, 0x2F), !t.spaceBefore(j), t.kind(j + 1) == .number, !t.spaceBefore(j + 1) {
            let isChain =
                j + 2 < t.tokens.count && t.isPunct(j + 2, 0x2F)
                || i > 0
                    && (t.isPunct(i - 1, 0x2F)
                        || isMinus(i - 1) && !t.spaceBefore(i) && i > 1 && t.kind(i - 2) == .number && !t.spaceBefore(i - 1))
            if let d = Double(t.text(j + 1)), !isChain, raw.allSatisfy(\.isNumber) {
                if d == 0 { return identifier(i, j + 1) }
                // `50/50 split`: shares of a whole.
                if value + d == 100 || value == d {
                    n.value = value / (value + d)
                    n.kind = .ratio
                    n.last = j + 1
                    n.numberLast = j + 1
                    return n
                }
                if value > d { return identifier(i, j + 1) }  // `24/7`
                if d > 1 {
                    n.value = value / d
                    n.last = j + 1
                    n.numberLast = j + 1
                    return n
                }
            }
            return n
        }
        if j + 2 < t.tokens.count, t.kind(j) == .number, t.spaceBefore(j), t.isPunct(j + 1, 0x2F), t.kind(j + 2) == .number,
            !t.spaceBefore(j + 1), raw.allSatisfy(\.isNumber), let a = Double(t.text(j)), let b = Double(t.text(j + 2)), b > a,
            b > 0
        {
            n.value = value + a / b
            n.last = j + 2
            n.numberLast = j + 2
            return n
        }
        // Unicode fraction after a whole number: `2½`.
        if j < t.tokens.count, !t.spaceBefore(j), let f = unicodeFraction(j) {
            n.value = value + f
            n.last = j
            n.numberLast = j
            j += 1
        }
        // Scale words and multipliers after digits: `2 million`, `322 hundred`, `3 dozens`, `13 lakh`.
        extendWithWords(&n)
        // Glued letters that are not a unit, scale or ordinal: an identifier (`06F6`).
        if n.last + 1 < t.tokens.count, !t.spaceBefore(n.last + 1), t.isWord(n.last + 1) {
            let suffix = t.text(n.last + 1)
            let known =
                Units.scaleSuffixes[suffix] != nil || Units.measures[WordHash.of(suffix)] != nil
                || Units.currencySymbols[suffix] != nil || ["Rs", "RM", "US", "C", "A"].contains(suffix)
                || Units.currencyWords[WordHash.of(suffix)] != nil || Units.codes.contains(suffix.uppercased())
                || ["st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "c", "f", "x"].contains(suffix.lowercased())
                || suffix == "s"
                || suffix.hasPrefix("MEUR") || suffix.lowercased() == "mil"
            if !known, !suffix.allSatisfy({ $0.isUppercase }) || suffix.count > 3 { return identifier(i, n.last + 1) }
        }
        // `10 Downing Street`, `131 West 23rd Street`: an address.
        if isAddress(after: n.last) { return identifier(i, n.last) }
        // `1990s`, `100s`: a decade or a vague multitude, not a figure.
        if n.last + 1 < t.tokens.count, !t.spaceBefore(n.last + 1), t.text(n.last + 1) == "s" {
            return identifier(i, n.last + 1)
        }
        // Ordinals: `21st`, `4th`.
        if n.last + 1 < t.tokens.count, !t.spaceBefore(n.last + 1),
            ["st", "nd", "rd", "th"].contains(t.text(n.last + 1).lowercased())
        {
            n.isOrdinal = true
            n.last += 1
            n.numberLast = n.last
        }
        // Times of day: `2pm`, `10 a.m.`, `10:47`.
        if isTime(n) { return nil }
        // Years: 4 digits between 1800 and 2100.
        if raw.count == 4, raw.allSatisfy(\.isNumber), (1800...2100).contains(value), n.last == i {
            n.kind = .year
            // `2013-14`: a year range, a period rather than a figure.
            if i + 2 < t.tokens.count, isMinus(i + 1), !t.spaceBefore(i + 1), t.kind(i + 2) == .number, t.text(i + 2).count == 2 {
                n.kind = .date
                n.last = i + 2
                n.isIdentifier = true
            }
        }
        return n
    }

    /// `1,234,567` (thousands), `1.111,11` (European), `5,00`/`1,3` (decimal comma), `12,34,567.89` (Indian).
    static func parseDigits(_ raw: String) -> Double? {
        let commas = raw.filter { $0 == "," }.count
        let dots = raw.filter { $0 == "." }.count
        if commas == 0 { return Double(raw) }
        let groups = raw.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if dots == 0 {
            if groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3 {
                return Double(groups.joined())
            }
            if commas == 1, groups[1].count <= 2 { return Double(groups[0] + "." + groups[1]) }
            if groups.count >= 3, groups.last!.count == 3, groups.dropFirst().dropLast().allSatisfy({ $0.count == 2 }),
                groups[0].count <= 2
            {
                return Double(groups.joined())  // Indian lakh grouping
            }
            return nil
        }
        // Both: the last separator is the decimal one.
        let lastComma = raw.lastIndex(of: ",")!, lastDot = raw.lastIndex(of: ".")!
        if lastDot > lastComma {
            let integer = raw[..<lastDot].replacingOccurrences(of: ",", with: "")
            return Double(integer + raw[lastDot...])
        }
        let integer = raw[..<lastComma].replacingOccurrences(of: ".", with: "")
        return Double(integer + "." + raw[raw.index(after: lastComma)...])
    }

    private func exponent(at j: Int) -> (Double, Int)? {
        guard t.isWord(j) else { return nil }
        let w = t.text(j)
        // `e10` is one word; `e` then `+14` / `-1`
        if w.count > 1, w.first == "e" || w.first == "E", let e = Double(w.dropFirst()) { return (e, j) }
        if w == "e" || w == "E", j + 1 < t.tokens.count, !t.spaceBefore(j + 1), let (e, end) = signedNumber(at: j + 1) {
            return (e, end)
        }
        if w == "x" || w == "X", j + 3 < t.tokens.count, t.text(j + 1) == "10", t.isPunct(j + 2, 0x5E),
            let (e, end) = signedNumber(at: j + 3)
        {
            return (e, end)
        }
        if w == "x10" || w == "X10", j + 2 < t.tokens.count, t.isPunct(j + 1, 0x5E), let (e, end) = signedNumber(at: j + 2) {
            return (e, end)
        }
        if w == "x10" || w == "X10", j + 1 < t.tokens.count, !t.spaceBefore(j + 1), isMinus(j + 1),
            let (e, end) = signedNumber(at: j + 1)
        {
            return (e, end)  // `5.5x10-3`
        }
        return nil
    }

    /// `2.48×10−5`: a multiplication sign, ten and a (signed) power.
    private func timesTenExponent(at j: Int) -> (Double, Int)? {
        guard j + 2 < t.tokens.count, t.text(j) == "×", t.text(j + 1) == "10", !t.spaceBefore(j + 2) else { return nil }
        var k = j + 2
        if t.isPunct(k, 0x5E) { k += 1 }
        if let (e, end) = signedNumber(at: k) { return (e, end) }
        return nil
    }

    private func signedNumber(at j: Int) -> (Double, Int)? {
        var k = j
        var sign = 1.0
        while k < t.tokens.count, t.kind(k) == .punct, t.isPunct(k, 0x2B) || isMinus(k) {
            if isMinus(k) { sign = -sign }
            k += 1
        }
        guard k < t.tokens.count, t.kind(k) == .number, let v = digits(t.text(k)) else { return nil }
        return (sign * v, k)
    }

    private func isTime(_ n: RecognizedNumber) -> Bool {
        let next = n.last + 1
        if next < t.tokens.count, t.isWord(next) {
            let w = t.text(next).lowercased()
            if ["am", "pm", "a", "p"].contains(w) && (w.count == 2 || next + 1 < t.tokens.count && t.isPunct(next + 1, 0x2E)) {
                return n.value <= 12 || t.text(n.numberFirst).contains(".")
            }
        }
        if next + 1 < t.tokens.count, t.isPunct(next, 0x3A), !t.spaceBefore(next), t.kind(next + 1) == .number,
            t.text(next + 1).count == 2
        {
            return true
        }
        if n.numberFirst > 1, t.isPunct(n.numberFirst - 1, 0x3A), !t.spaceBefore(n.numberFirst - 1),
            t.kind(n.numberFirst - 2) == .number
        {
            return true
        }
        return false
    }

    /// Glued to letters before it (`G20`, `MiG-31`, `COVID-19`, `Kh-101`) or after a name word like `Article`.
    private func isGluedToName(_ i: Int) -> Bool {
        if i > 0, !t.spaceBefore(i), t.isWord(i - 1) { return true }
        if i > 1, isMinus(i - 1), !t.spaceBefore(i - 1), !t.spaceBefore(i), t.isWord(i - 2),
            t.isCapitalised(i - 2) || t.tokens[i - 2].flags.contains(.allCaps)
        {
            return true
        }
        if i > 0, t.isWord(i - 1), Self.identifierWords.contains(t.hash(i - 1)), t.isCapitalised(i - 1) { return true }
        if i > 0, t.isPunct(i - 1, 0x23) { return true }  // #5
        return false
    }

    private func isAddress(after last: Int) -> Bool {
        var j = last + 1
        var names = 0
        while j < t.tokens.count, names < 4, t.isWord(j) || t.kind(j) == .number {
            if t.isWord(j), Self.streetWords.contains(t.hash(j)), names > 0 || t.isCapitalised(j) { return true }
            guard t.isCapitalised(j) || t.kind(j) == .number || ["st", "nd", "rd", "th"].contains(t.text(j)) else { return false }
            names += 1
            j += 1
        }
        return false
    }

    static let streetWords = Lexicon.set([
        "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd", "square", "drive", "place", "way", "terrace",
        "crescent", "highway", "plaza",
    ])

    static let identifierWords = Lexicon.set(
        [
            "article", "section", "chapter", "clause", "paragraph", "resolution", "amendment", "flight", "route", "highway",
            "room", "page", "line", "channel", "volume", "vol", "no", "number", "apollo", "boeing", "airbus", "phase", "stage",
            "level", "category", "class", "type", "model", "version", "episode", "season", "track", "gate", "platform",
            "block", "unit", "building", "floor", "district", "zone", "sector", "region", "area", "bus", "rule", "title",
            "form", "exhibit", "table", "figure", "fig", "appendix", "annex", "item", "step", "tier", "grade", "size",
            "wave", "round", "batch", "group", "part", "point", "act", "scene", "lot", "seat", "row", "bay", "pier", "terminal",
        ])

    private func identifier(_ a: Int, _ b: Int) -> RecognizedNumber {
        var n = RecognizedNumber(
            first: a, last: b, numberFirst: a, numberLast: b, value: Double(t.text(a).filter(\.isNumber)) ?? 0)
        n.isIdentifier = true
        return n
    }

    private func unicodeFraction(_ i: Int) -> Double? {
        // All the vulgar fractions are non-ASCII.
        guard t.kind(i) == .punct, t.firstByte(i) >= 0x80 else { return nil }
        return Self.fractions[t.text(i)]
    }

    static let fractions: [String: Double] = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6,
        "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    /// Whether token `i` holds an ASCII digit.
    private func hasDigit(_ i: Int) -> Bool {
        let token = t.tokens[i]
        return t.bytes[Int(token.start)..<Int(token.end)].contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    // MARK: - Words

    /// An item of a spelled-out number.
    private enum Item {
        case small(Double, tens: Bool, digits: Bool)
        case hundred
        case scale(Double)
        case and
        case point
        case fraction(Double)
        case dozen(Double)
        case article
        case negative

        var isArticle: Bool { if case .article = self { return true } else { return false } }
        var isFraction: Bool { if case .fraction = self { return true } else { return false } }
    }

    private func item(_ i: Int) -> Item? {
        if t.kind(i) == .number {
            guard !isGluedToName(i), let v = digits(t.text(i)) else { return nil }
            return .small(v, tens: false, digits: true)
        }
        guard t.isWord(i) else { return nil }
        if let foreign {
            // The language's own scales and one-word numerals (`millones`, `cinco`, `dreiundzwanzig`).
            let word = t.text(i).lowercased()
            if let s = foreign.scales[word] { return .scale(s) }
            if let v = foreign.numerals[word] {
                return .small(v, tens: v >= 20 && v < 100 && v.truncatingRemainder(dividingBy: 10) == 0, digits: false)
            }
            return nil
        }
        guard let w = NumberWord.table[t.hash(i)] else { return nil }
        switch w {
        case .unit(let v): return .small(v, tens: false, digits: false)
        case .tens(let v): return .small(v, tens: true, digits: false)
        case .hundred: return .hundred
        case .scale(let s): return .scale(s)
        case .and: return .and
        case .point: return .point
        case .fraction(let d): return .fraction(d)
        case .dozen(let d): return .dozen(d)
        case .article: return .article
        case .negative: return .negative
        }
    }

    /// Skips a hyphen joining number words (`twenty-one`, `fifty - two`, `one-and-a-half`).
    private func nextWordIndex(_ j: Int) -> Int {
        if j < t.tokens.count, t.isPunct(j, 0x2D) || (t.kind(j) == .punct && isDashLike(j)), j + 1 < t.tokens.count,
            item(j + 1) != nil, t.kind(j + 1) == .word
        {
            return j + 1
        }
        return j
    }

    private func isDashLike(_ i: Int) -> Bool {
        let s = Int(t.tokens[i].start)
        return t.tokens[i].end - t.tokens[i].start == 3 && t.bytes[s] == 0xE2 && t.bytes[s + 1] == 0x80 && t.bytes[s + 2] == 0x93
    }

    /// `percent of 10`, `per cent of twenty-two`: the percentage named first, its figure after `of`.
    private func percentOf(at i: Int) -> RecognizedNumber? {
        var j = i
        if t.hash(i) == W.per, i + 1 < t.tokens.count, t.hash(i + 1) == W.cent {
            j = i + 1
        } else if !Units.percentWords.contains(t.hash(i)) {
            return nil
        }
        guard i == 0 || !(t.kind(i - 1) == .number || item(i - 1) != nil), j + 2 < t.tokens.count,
            t.hash(j + 1) == W.of,
            var n = t.kind(j + 2) == .number ? digitsFigure(at: j + 2) : wordsFigure(at: j + 2)
        else { return nil }
        n.first = i
        n.numberFirst = i
        n.kind = .percent
        n.unit = "%"
        return n
    }

    /// `the one`, `which one`, `one of them`, `one another`: a pronoun, not a number.
    private func isPronounOne(_ i: Int) -> Bool {
        guard t.isWord(i), t.hash(i) == W.one else { return false }
        if i > 0, t.isWord(i - 1), Self.beforePronounOne.contains(t.hash(i - 1)) { return true }
        if i + 1 < t.tokens.count, t.isWord(i + 1) {
            let next = t.hash(i + 1)
            if next == W.another { return true }
            if next == W.of, i + 2 < t.tokens.count, t.isWord(i + 2),
                Self.afterOneOf.contains(t.hash(i + 2))
            {
                return true
            }
        }
        return false
    }

    private func wordsFigure(at start: Int) -> RecognizedNumber? {
        if isPronounOne(start) { return nil }
        guard let first = item(start) else { return nil }
        var negative = false
        var i = start
        if case .negative = first {
            negative = true
            i = start + 1
            guard i < t.tokens.count, item(i) != nil || t.kind(i) == .number else { return nil }
            if t.kind(i) == .number {
                guard var n = digitsFigure(at: i) else { return nil }
                n.first = start
                n.numberFirst = start
                n.value = -n.value
                return n
            }
        }
        guard var n = parseWords(from: i) else { return nil }
        if negative {
            n.first = start
            n.numberFirst = start
            n.value = -n.value
        }
        return n
    }

    /// Parses spelled-out numbers from `start`, digits mixed in (`3 hundred and 21`).
    private func parseWords(from start: Int) -> RecognizedNumber? {
        var total = 0.0
        var group = 0.0
        var lastScale = Double.infinity
        var last = start
        var sawNumber = false
        var state = "none"  // none, unit, teen, tens, hundred, scale, and, article
        var i = start
        var afterAnd = false
        var groupHasHundred = false
        /// The group's value when `and` was read: a fraction's numerator is what follows it.
        var andBase = 0.0
        var fractionAnd = false
        var andAfter = ""
        var lastBeforeAnd = start
        /// The value of the last tens word, while it is the last word read.
        var lastTens: Double?
        func advance(_ k: Int) -> Int { nextWordIndex(k + 1) }
        let startsWithArticle: Bool = {
            if case .article? = item(start) { return true }
            return false
        }()
        let n = t.tokens.count
        // `a`/`an` counts as one only before hundred, thousand, dozen or a fraction.
        if case .article = item(start)! {
            guard start + 1 < n, let next = item(start + 1) else { return nil }
            switch next {
            case .hundred, .scale, .dozen, .fraction: break
            default: return nil
            }
        }
        // `half a dozen`, `half million`, `quarter million`
        if case .fraction(let d) = item(start)!, d == 2 || d == 4,
            t.hash(start) == W.half || t.hash(start) == W.quarter
        {
            var j = start + 1
            if j < n, case .article = item(j) ?? .and { j += 1 }
            if j < n, let next = item(j) {
                if case .dozen(let m) = next {
                    return RecognizedNumber(first: start, last: j, numberFirst: start, numberLast: j, value: m / d)
                }
                if case .scale(let s) = next {
                    return RecognizedNumber(first: start, last: j, numberFirst: start, numberLast: j, value: s / d)
                }
            }
            if t.hash(start) == W.half {
                return RecognizedNumber(first: start, last: start, numberFirst: start, numberLast: start, value: 0.5)
            }
            return nil
        }
        while i < n {
            guard let it = item(i) else { break }
            var consumed = true
            switch it {
            case .small(let v, let tens, let digits):
                let teen = !tens && !digits && v >= 10
                let allowed: Bool
                switch state {
                case "none", "hundred", "scale", "and", "article": allowed = true
                case "tens": allowed = !tens && !digits && v < 10
                default: allowed = false
                }
                // `three twenty-firsts`, `twenty twenty fifths`: a new tens word followed by an ordinal is a denominator.
                if !allowed, tens, ["unit", "teen", "tens"].contains(state), case .fraction(let d)? = item(nextWordIndex(i + 1)) {
                    let end = nextWordIndex(i + 1)
                    group = (total + group) / (v + d)
                    total = 0
                    last = end
                    return RecognizedNumber(first: start, last: last, numberFirst: start, numberLast: last, value: group)
                }
                if !allowed { consumed = false; break }
                if digits && state != "none" && state != "and" && state != "scale" { consumed = false; break }
                if digits, state == "none", i != start { consumed = false; break }
                group += v
                state = digits ? "digits" : tens ? "tens" : teen ? "teen" : "unit"
                lastTens = tens ? v : nil
                sawNumber = true
            case .hundred:
                let bareBeforeScale: Bool = {
                    guard state == "none", i == start, i + 1 < n, case .scale? = item(i + 1) else { return false }
                    return true
                }()
                guard ["unit", "teen", "tens", "digits", "article"].contains(state) || bareBeforeScale else {
                    consumed = false
                    break
                }
                if groupHasHundred {
                    // `3 hundred and 2 hundred`: two numbers; the second starts after `and`.
                    if afterAnd, !fractionAnd {
                        group = andBase
                        last = lastBeforeAnd
                        return RecognizedNumber(
                            first: start, last: last, numberFirst: start, numberLast: last, value: total + group)
                    }
                    consumed = false
                    break
                }
                group = (group == 0 ? 1 : group) * 100
                groupHasHundred = true
                state = "hundred"
                sawNumber = true
            case .scale(let s):
                guard ["unit", "teen", "tens", "digits", "hundred", "article", "scale"].contains(state) else {
                    consumed = false; break
                }
                let g = group == 0 ? (total == 0 ? 1 : 0) : group
                if state == "scale", s <= lastScale { consumed = false; break }
                if s > lastScale || (total != 0 && group == 0) {
                    total = (total + g) * s
                } else {
                    total += g * s
                }
                lastScale = s
                group = 0
                groupHasHundred = false
                state = "scale"
                sawNumber = true
            case .and:
                // `one hundred and three`, `one and a half`, `two million and one half`
                guard sawNumber, advance(i) < n, let next = item(advance(i)) else { consumed = false; break }
                lastBeforeAnd = last
                switch next {
                case .small, .article:
                    if state == "hundred" || state == "scale"
                        || (next.isArticle && advance(advance(i)) < n && item(advance(advance(i)))?.isFraction == true)
                        || (state != "hundred" && state != "scale" && advance(advance(i)) < n
                            && item(advance(advance(i)))?.isFraction == true)
                    {
                        // `one and a half`, `twenty and three fifths`: a fraction follows a whole number. After
                        // `hundred` or a scale, `and` is part of the whole number (`one hundred and thirty-two fifths`).
                        fractionAnd = ["unit", "teen", "tens", "digits"].contains(state)
                        andAfter = fractionAnd ? "small" : state
                        state = "and"
                        afterAnd = true
                        andBase = group
                    } else {
                        consumed = false
                    }
                case .fraction:
                    andAfter = ["unit", "teen", "tens", "digits"].contains(state) ? "small" : state
                    state = "and"
                    afterAnd = true
                    andBase = group
                default: consumed = false
                }
            case .point:
                guard sawNumber, i + 1 < n, let next = item(i + 1), case .small(let first, _, let digits) = next else {
                    consumed = false; break
                }
                // `point zero three`, `point seventy-one`, `point eleven`, `1 point 1`
                var digitsText = ""
                var j = i + 1
                if digits {
                    digitsText = t.text(j); j += 1
                } else {
                    while j < n, case .small(let d, let tens, false)? = item(j) {
                        if tens, j + 2 < n, t.isPunct(j + 1, 0x2D), case .small(let u, false, false)? = item(j + 2), u < 10 {
                            digitsText += String(Int(d + u))
                            j += 3
                            continue
                        }
                        digitsText += String(Int(d))
                        j += 1
                        if d >= 10 { break }
                    }
                }
                _ = first
                guard let fraction = Double("0." + digitsText) else { consumed = false; break }
                group += fraction
                last = j - 1
                i = j
                state = "point"
                continue
            case .fraction(let d):
                // `two thirds`, `a half`, `one and a half`, `two million and one half`, `five and a half million`,
                // `ninety-five hundred fifths` (the whole number over the denominator).
                var numerator: Double
                // `three twenty-firsts`, `one hundred thirty fifths`: a tens word right before the ordinal is part of
                // the denominator (21, 35), unless `and` tied it to the number before.
                if state == "tens", !(afterAnd && andAfter == "hundred"), let tensValue = lastTens,
                    total + group - tensValue != 0 || startsWithArticle
                {
                    let rest = total + group - tensValue
                    let denominator = tensValue + d
                    let numeratorValue = rest == 0 ? 1 : rest
                    total = 0
                    group = numeratorValue / denominator
                    state = "fractionDone"
                    sawNumber = true
                    break
                }
                // `two hundred and fifty-four hundredths`: a decimal fraction after `and`.
                if afterAnd, [10.0, 100, 1000].contains(d), ["unit", "teen", "tens"].contains(state) {
                    total += andBase + (group - andBase) / d
                    group = 0
                    state = "fractionDone"
                    sawNumber = true
                    break
                }
                if state == "article" || state == "and" {
                    numerator = 1
                } else if ["unit", "teen", "tens", "digits", "hundred", "scale"].contains(state) {
                    numerator = afterAnd && andAfter != "hundred" ? group - andBase : total + group
                } else {
                    consumed = false
                    break
                }
                if afterAnd && andAfter != "hundred" {
                    let whole = total + (state == "and" || state == "article" ? group : andBase)
                    if advance(i) < n, case .scale(let s)? = item(advance(i)) {
                        // `five and a half million`, `one billion and three quarters million`
                        total = andAfter == "scale" ? whole + numerator / d * s : (whole + numerator / d) * s
                        group = 0
                        lastScale = s
                        last = advance(i)
                        i = advance(last)
                        state = "scale"
                        sawNumber = true
                        continue
                    }
                    if andAfter == "scale", lastScale.isFinite {
                        total = whole + numerator / d * lastScale  // `two million and one half`
                    } else {
                        total = whole + numerator / d  // `one and a half`, `twenty and three fifths`
                    }
                    group = 0
                } else {
                    total = 0
                    group = numerator / d
                    // `two thirds of a million`
                    if i + 3 < n, t.hash(i + 1) == W.of, case .article? = item(i + 2),
                        case .scale(let s)? = item(i + 3)
                    {
                        group *= s
                        last = i + 3
                        i += 4
                        state = "fractionDone"
                        sawNumber = true
                        continue
                    }
                }
                state = "fractionDone"
                sawNumber = true
            case .dozen(let m):
                guard ["unit", "teen", "tens", "digits", "hundred", "article"].contains(state) else { consumed = false; break }
                if afterAnd {
                    // `three hundred and two dozens`: only the part after `and`
                    let small = group.truncatingRemainder(dividingBy: 100)
                    group += small * (m - 1)
                } else {
                    group = (group == 0 ? 1 : group) * m
                }
                state = "fractionDone"
                sawNumber = true
            case .article:
                guard state == "none" || state == "and" else { consumed = false; break }
                state = "article"
            case .negative:
                consumed = false
            }
            if !consumed { break }
            if sawNumber { last = i }
            if state == "fractionDone" { i += 1; break }
            i = nextWordIndex(i + 1)
        }
        guard sawNumber else { return nil }
        // Trailing `and` or article not part of the number.
        return RecognizedNumber(first: start, last: last, numberFirst: start, numberLast: last, value: total + group)
    }

    /// Extends a digit figure with scale words (`2 million`, `1,674.5 million`, `3 dozens`, `13 lakh`, `322 hundred`)
    /// and words after an `and` (`3 hundred and 21`).
    private func extendWithWords(_ n: inout RecognizedNumber) {
        var j = n.last + 1
        guard j < t.tokens.count, t.spaceBefore(j) || t.isWord(j) else { return }
        guard let it = item(j) else { return }
        switch it {
        case .hundred, .scale, .dozen:
            break
        default:
            return
        }
        // Re-parse from the digits with the word grammar.
        if let words = parseWords(from: n.numberFirst), words.last > n.last {
            n.value = words.value
            n.last = words.last
            n.numberLast = words.last
            j = n.last + 1
        }
        _ = j
    }

    // MARK: - Currency before

    /// `$100m`, `US$4.7 billion`, `£10m`, `€ 2 million`, `USD 125`, `Rs. 20`, `c $ 1.34`, `usd$ 15`.
    private func currencyBefore(at i: Int) -> RecognizedNumber? {
        // `a dollar`, `a penny`: one of the currency.
        if t.isWord(i), t.hash(i) == W.a, i + 1 < t.tokens.count, t.isWord(i + 1),
            Self.oneOfCurrency.contains(t.hash(i + 1)),
            let c = Units.currencyWords[t.hash(i + 1)],
            !(i + 2 < t.tokens.count && t.isWord(i + 2) && t.hash(i + 2) == W.of)
        {
            var one = RecognizedNumber(first: i, last: i + 1, numberFirst: i, numberLast: i + 1, value: 1)
            one.kind = .money
            one.unit = c.code
            one.unitWritten = t.text(i + 1)
            one.unitSpecific = c.specific
            attachMinorUnit(&one)
            return one
        }
        var j = i
        var code: String?
        var specific = false
        var written = ""
        let n = t.tokens.count
        if t.kind(j) == .word {
            // Every form below has digits glued to the word (`USD115`) or a figure or `$` within four tokens.
            guard hasDigit(j) || (j + 1..<min(n, j + 5)).contains(where: { t.kind($0) == .number || t.isPunct($0, 0x24) }) else {
                return nil
            }
            let w = t.text(j)
            let lower = w.lowercased()
            // `US$`, `C$`, `usd$`, `u.s $`
            var k = j + 1
            var prefix = lower
            if lower == "u", k + 2 < n, t.isPunct(k, 0x2E), t.text(k + 1).lowercased() == "s" {
                prefix = "u.s"
                k += 2
                if k < n, t.isPunct(k, 0x2E) { k += 1 }
            }
            let glued = k < n && !t.spaceBefore(k)
            if k < n, t.text(k) == "$", let c = Units.dollarPrefixes[prefix],
                glued || prefix.count > 1 && prefix != "us" || prefix == "c" || prefix == "us"
            {
                code = c
                specific = true
                written = t.text(tokens: j, through: k)
                j = k + 1
            } else if Units.codes.contains(w) {
                code = w == "RMB" ? "CNY" : w
                specific = true
                written = w
                j += 1
            } else if w.count == 4, w.hasPrefix("M"), Units.codes.contains(String(w.dropFirst())), j + 1 < n,
                t.kind(j + 1) == .number,
                var amount = digitsFigure(at: j + 1)
            {
                // `MAUD 60`: millions of the currency.
                amount.first = i
                amount.numberFirst = i
                amount.value *= 1e6
                amount.kind = .money
                amount.unit = String(w.dropFirst())
                amount.unitWritten = w
                return amount
            } else if lower == "rs" || lower == "rm" || lower == "sen" && false {
                code = lower == "rs" ? "INR" : "MYR"
                specific = true
                written = w
                j += 1
                if j < n, t.isPunct(j, 0x2E) { j += 1 }
            } else if let (prefix, code) = Self.gluedCurrencyPrefix(w), let whole = Double(w.dropFirst(prefix.count)) {
                // `USD115.5`, `RM42`, `Rs20`: the tokenizer keeps letters and digits as one word.
                var amount = whole
                var last = i
                if i + 2 < n, t.isPunct(i + 1, 0x2E), !t.spaceBefore(i + 1), t.kind(i + 2) == .number, !t.spaceBefore(i + 2),
                    let decimal = Double("0." + t.text(i + 2))
                {
                    amount += decimal
                    last = i + 2
                }
                var r = RecognizedNumber(first: i, last: last, numberFirst: i, numberLast: last, value: amount)
                r.kind = .money
                r.unit = code
                r.unitWritten = prefix
                return r
            } else if Self.lowercaseCodes.contains(lower), !t.isCapitalised(j) || w == w.uppercased(), j + 1 < n,
                t.kind(j + 1) == .number
            {
                code = lower == "rmb" ? "CNY" : lower.uppercased()
                specific = true
                written = w
                j += 1
            } else if let c = Units.currencyWords[t.hash(j)], j + 1 < n, t.kind(j + 1) == .number,
                !Self.ambiguousCurrencyWords.contains(t.hash(j))
            {
                // `ringgit 42`, `dollar 22.5 million`
                code = c.code
                specific = c.specific
                written = w
                j += 1
            } else if let table = Units.currencyCountries[lower], j + 2 < n, let c = Units.currencyWords[t.hash(j + 1)],
                t.kind(j + 2) == .number,
                let mapped = table[c.code] ?? (lower.hasPrefix("malaysia") ? "MYR" : nil)
            {
                code = mapped
                specific = true
                written = t.text(tokens: j, through: j + 1)
                j += 2
            } else {
                return nil
            }
        } else if let c = Units.currencySymbols[t.text(j)], t.text(j) != "¢" {
            code = c.code
            specific = c.specific
            written = t.text(j)
            j += 1
        } else if t.text(j) == "\\", j + 1 < n, let c = Units.currencySymbols[t.text(j + 1)] {
            // Markdown escapes the dollar: `\$100 billion`.
            code = c.code
            written = t.text(j + 1)
            j += 2
        } else {
            return nil
        }
        guard let code, j < n else { return nil }
        guard var amount = t.kind(j) == .number ? digitsFigure(at: j) : wordsFigure(at: j), !amount.isIdentifier else {
            return nil
        }
        amount.first = i
        amount.numberFirst = i
        amount.kind = .money
        amount.unit = code
        amount.unitWritten = written
        amount.unitSpecific = specific
        return amount
    }

    /// Lower-case ISO codes accepted in running text (`10 rmb`, `usd 20`); `try`, `all`, `cup` are words.
    static let lowercaseCodes: Set<String> = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "sek", "nok", "dkk", "inr", "rub", "uah", "pln", "cad", "aud", "nzd",
        "hkd", "sgd", "myr", "btc", "zar", "brl", "mxn", "krw",
    ]

    static let ambiguousCurrencyWords = Lexicon.set([
        "won", "real", "rand", "p", "sen", "cent", "cents", "pound", "pounds", "buck", "bucks", "penny", "pence",
    ])

    /// `USD115`, `RM42`, `Rs20`, `MYR42`: a currency glued to the digits after it.
    static func gluedCurrencyPrefix(_ w: String) -> (String, String)? {
        if w.count > 3, Units.codes.contains(String(w.prefix(3))), w.dropFirst(3).first?.isNumber == true {
            let code = String(w.prefix(3))
            return (code, code == "RMB" ? "CNY" : code)
        }
        for (prefix, code) in [("RM", "MYR"), ("Rs", "INR"), ("rs", "INR")]
        where w.hasPrefix(prefix) && w.dropFirst(2).first?.isNumber == true {
            return (prefix, code)
        }
        return nil
    }

    // MARK: - Units after

    private func attachUnit(_ n: inout RecognizedNumber) {
        let count = t.tokens.count
        var j = n.last + 1
        guard !n.isOrdinal else { return }
        // A scale after digits or after a currency amount: `$100m`, `3.5bn`, `10k`, `10 bln`.
        if j < count, t.isWord(j), let scale = Units.scaleSuffixes[t.text(j)], n.kind != .year || n.unit != nil {
            let glued = !t.spaceBefore(j)
            let word = t.text(j)
            let lowerM = word == "m"
            // `m` is million after a currency; metres otherwise.
            let isMillion = !lowerM || n.kind == .money || moneyFollows(j + 1)
            if isMillion, glued || word.count > 1 || n.kind == .money || word == "k" || ["K", "M", "B", "G", "T"].contains(word) {
                n.value *= scale
                n.last = j
                n.numberLast = j
                j += 1
                // `1 million-plus`
            }
        }
        if n.kind == .year, j < count, t.isWord(j), Units.measures[t.hash(j)] != nil || Units.percentWords.contains(t.hash(j)) {
            n.kind = .count
        }
        guard j < count else { return }
        // Percent.
        if t.text(j) == "%"
            || (t.isWord(j) && Units.percentWords.contains(t.hash(j))
                && !(t.text(j) == "pc" && !t.spaceBefore(j) == false && false))
        {
            n.kind = .percent
            n.unit = "%"
            n.last = j
            if t.isWord(j), t.text(j).lowercased() == "per", j + 1 < count { n.last = j + 1 }
            return
        }
        if t.isWord(j), t.text(j).lowercased() == "per", j + 1 < count, t.isWord(j + 1), t.text(j + 1).lowercased() == "cent" {
            n.kind = .percent
            n.unit = "%"
            n.last = j + 1
            return
        }
        if t.isWord(j), t.text(j).lowercased() == "percentage", j + 1 < count, t.text(j + 1).lowercased().hasPrefix("point") {
            n.kind = .percent
            n.unit = "pp"
            n.last = j + 1
            return
        }
        // Currency after: `20 euros`, `3.5bn SEK`, `115.5USD`, `42 malaysia ringgit`, `75 USD million`, `10$`, `20€`.
        if n.kind != .money, let (code, written, specific, end) = currencyAfter(j) {
            n.kind = .money
            n.unit = code
            n.unitWritten = written
            n.unitSpecific = specific
            n.last = end
            if written.count == 4, written.hasPrefix("M"), written != "MYR" { n.value *= 1e6 }  // `120 MEUR`
            // `75 USD million`
            if end + 1 < count, t.isWord(end + 1), let scale = Units.scaleSuffixes[t.text(end + 1)], t.text(end + 1).count > 1 {
                n.value *= scale
                n.last = end + 1
            }
            // `thirteen dollars forty-five cents`, `3 dollars 50 cents`, `17 USD 25`, `15 dollars and 15`
            attachMinorUnit(&n)
            return
        }
        if n.kind == .money {
            attachMinorUnit(&n)
            return
        }
        // `50 to 80%` handled by ranges. Age: `39-year-old`, `90-year-old`, `39 years old`.
        if t.isPunct(j, 0x2D), !t.spaceBefore(j), j + 1 < count, t.isWord(j + 1) {
            let w = t.text(j + 1).lowercased()
            if w == "year" || w == "years", j + 3 < count, t.isPunct(j + 2, 0x2D), t.text(j + 3).lowercased() == "old" {
                n.kind = .age
                n.unit = "year"
                n.last = j + 3
                return
            }
            if w == "point", n.kind != .year {
                n.kind = .document
                n.unit = "point"
                n.last = j + 1
                return
            }
            if let m = Units.measures[t.hash(j + 1)] {
                // `five-hour meeting`, `27-kilometer ring`
                n.kind = m.kind
                n.unit = m.unit
                n.last = j + 1
                return
            }
            // `32-storey blocks`, `nine-story building`: a measure of the thing that follows.
            if n.kind == .count, !t.spaceBefore(j + 1), t.kind(j + 1) == .word, !t.isCapitalised(j + 1),
                NumberWord.table[t.hash(j + 1)] == nil,
                j + 2 < count, t.isWord(j + 2), !Units.percentWords.contains(t.hash(j + 1)),
                !Self.approximateSuffixes.contains(t.hash(j + 1))
            {
                n.kind = .measure
                n.unit = Lemmatizer.shared.lemma(t.text(j + 1), .noun).lowercased()
                n.last = j + 1
                return
            }
        }
        // `Driscoll, 39, a college friend`: an age in apposition to a name.
        if n.kind == .count, n.value >= 1, n.value < 120, n.value == n.value.rounded(), n.first > 1, t.isPunct(n.first - 1, 0x2C),
            t.isCapitalised(n.first - 2), !Lexicon.capitalisedFunctionWords.contains(t.hash(n.first - 2)),
            t.isPunct(n.last + 1, 0x2C) || t.isPunct(n.last + 1, 0x2E)
        {
            n.kind = .age
            n.unit = "year"
            return
        }
        // `aged 18`, `age 39`
        if n.kind == .count, n.first > 0, t.isWord(n.first - 1), ["aged", "age"].contains(t.text(n.first - 1).lowercased()) {
            n.kind = .age
            n.unit = "year"
            return
        }
        if t.isWord(j), let m = Units.measures[t.hash(j)] {
            let w = t.text(j)
            // Single letters are units only when glued (`3h`, `10l`); `in`, `m` need context.
            if w.count == 1 && t.spaceBefore(j) && w != "L" { return }
            if w.lowercased() == "min" && t.spaceBefore(j) == false {}
            if n.kind == .year && m.kind != .measure { n.kind = .count }
            if m.unit == "year", j + 1 < count, t.isWord(j + 1), t.text(j + 1).lowercased() == "old" {
                n.kind = .age
                n.unit = "year"
                n.last = j + 1
                return
            }
            n.kind = m.kind
            n.unit = m.unit
            n.last = j
            // `km/h`, `kilometres per hour`
            if j + 2 < count, t.isPunct(j + 1, 0x2F), !t.spaceBefore(j + 1), t.isWord(j + 2),
                let per = Units.measures[t.hash(j + 2)]
            {
                n.unit = m.unit + "/" + per.unit
                n.kind = .measure
                n.last = j + 2
            } else if j + 2 < count, t.isWord(j + 1), t.hash(j + 1) == W.per, t.isWord(j + 2),
                let per = Units.measures[t.hash(j + 2)]
            {
                n.unit = m.unit + "/" + per.unit
                n.kind = .measure
                n.last = j + 2
            }
            return
        }
        // `m` after a number without currency: metres.
        if t.isWord(j), t.text(j) == "m", !t.spaceBefore(j) {
            n.kind = .measure
            n.unit = "m"
            n.last = j
            return
        }
        // Degrees: `37°C`, `-10C`, `800 degrees Celsius`
        if t.text(j) == "°" || (t.isWord(j) && ["degree", "degrees"].contains(t.text(j).lowercased())) {
            var k = j + 1
            var unit = "°"
            if k < count, t.isWord(k) {
                let w = t.text(k).lowercased()
                if w == "c" || w == "celsius" || w == "centigrade" {
                    unit = "°C"; k += 1
                } else if w == "f" || w == "fahrenheit" {
                    unit = "°F"; k += 1
                }
            }
            n.kind = .measure
            n.unit = unit
            n.last = k - 1
            return
        }
        if t.isWord(j), !t.spaceBefore(j), ["C", "F"].contains(t.text(j)) {
            n.kind = .measure
            n.unit = t.text(j) == "C" ? "°C" : "°F"
            n.last = j
        }
    }

    private func parseWordsIfNumber(_ k: Int) -> RecognizedNumber? {
        guard item(k) != nil else { return nil }
        return wordsFigure(at: k)
    }

    private func moneyFollows(_ j: Int) -> Bool {
        j < t.tokens.count && currencyAfter(j) != nil
    }

    /// A currency written after an amount, returning (code, as written, specific, last token).
    private func currencyAfter(_ j: Int) -> (String, String, Bool, Int)? {
        let count = t.tokens.count
        guard j < count else { return nil }
        let w = t.text(j)
        if let c = Units.currencySymbols[w] { return (c.code, w, c.specific, j) }
        guard t.isWord(j) else { return nil }
        if Units.codes.contains(w) { return (w == "RMB" ? "CNY" : w, w, true, j) }
        if w.hasPrefix("M"), w.count == 4, Units.codes.contains(String(w.dropFirst())) {
            return (String(w.dropFirst()), w, true, j)
        }
        if Self.lowercaseCodes.contains(w), !t.isCapitalised(j) { return (w == "rmb" ? "CNY" : w.uppercased(), w, true, j) }
        // `3.14US$`
        if let code = Units.dollarPrefixes[w.lowercased()], w.count > 1, j + 1 < count, t.text(j + 1) == "$",
            !t.spaceBefore(j + 1)
        {
            return (code, w + "$", true, j + 1)
        }
        if w == "RM" || w == "Rs" { return (w == "RM" ? "MYR" : "INR", w, true, j) }
        // `us dollars`, `Canadian dollars`, `Lebanese Pounds`, `malaysia ringgit`
        let lower = NameKey.fold(w)
        if let table = Units.currencyCountries[lower], j + 1 < count, t.isWord(j + 1), let c = Units.currencyWords[t.hash(j + 1)],
            let code = table[c.code] ?? (lower == "malaysia" || lower == "malaysian" ? "MYR" : nil)
        {
            return (code, t.text(tokens: j, through: j + 1), true, j + 1)
        }
        if lower == "u", j + 3 < count, t.isPunct(j + 1, 0x2E), t.text(j + 2).lowercased() == "s" {
            var k = j + 3
            if k < count, t.isPunct(k, 0x2E) { k += 1 }
            if k < count, t.isWord(k), Units.currencyWords[t.hash(k)]?.code == "USD" {
                return ("USD", t.text(tokens: j, through: k), true, k)
            }
        }
        if let c = Units.currencyWords[t.hash(j)] {
            // `pound(s) of` is a weight; `p` only glued (`20p`).
            if c.code == "GBP", j + 1 < count, t.isWord(j + 1), t.hash(j + 1) == W.of { return nil }
            if w == "p" && t.spaceBefore(j) { return nil }
            if w == "won" || w == "real" || w == "rand" || w == "sen" {
                guard t.spaceBefore(j),
                    j + 1 >= count || !t.isWord(j + 1) || Lexicon.clauseWords.contains(t.hash(j + 1)) || t.kind(j + 1) != .word
                else {
                    return nil
                }
            }
            // `pounds sterling`
            if c.code == "GBP", j + 1 < count, t.isWord(j + 1), t.text(j + 1).lowercased() == "sterling" {
                return ("GBP", t.text(tokens: j, through: j + 1), true, j + 1)
            }
            return (c.code, w, c.specific, j)
        }
        return nil
    }

    /// `one out of three`, `1 in twenty-one`, `2000 over 3` (a ratio when the first is the smaller, or
    /// `over` ends the sentence), `forty-five (45)` (a figure restated in brackets).
    private func attachRatio(_ n: inout RecognizedNumber) {
        let count = t.tokens.count
        let j = n.last + 1
        guard j + 1 < count, n.kind == .count || n.kind == .year, !n.isIdentifier, t.isWord(j) else {
            if j + 2 < count, t.isPunct(j, 0x28), let again = figure(at: j + 1), again.value == n.value, again.last + 1 < count,
                t.isPunct(again.last + 1, 0x29)
            {
                n.last = again.last + 1
            }
            return
        }
        let word = t.text(j).lowercased()
        var k = j + 1
        if word == "out", t.isWord(k), t.text(k).lowercased() == "of" { k += 1 } else if word != "in" && word != "over" { return }
        guard k < count, let b = figure(at: k), b.kind == .count, !b.isIdentifier, b.value != 0 else { return }
        let endsSentence = b.last + 1 >= count || t.kind(b.last + 1) == .punct || t.kind(b.last + 1) == .lineBreak
        if word == "over", !endsSentence { return }
        if word != "over", n.value >= b.value { return }
        if word == "in", !(b.last + 1 >= count || t.kind(b.last + 1) != .word || t.isWord(b.last + 1)) { return }
        n.value /= b.value
        n.kind = n.kind == .year ? .count : .ratio
        n.last = b.last
        n.numberLast = b.last
    }

    /// `thirteen dollars forty-five cents`, `$20 43`, `3 UAH 4 kopiykas`: a second amount is the minor unit
    /// only when a minor unit names it or it ends the sentence.
    private func attachMinorUnit(_ n: inout RecognizedNumber) {
        let count = t.tokens.count
        guard let code = n.unit else { return }
        // A second amount is cents only when a minor unit names it or it ends the sentence.
        var k = n.last + 1
        if k < count, t.isWord(k), t.hash(k) == W.and { k += 1 }
        if k < count, code != "USX", code != "GBX",
            let cents = t.kind(k) == .number ? digitsFigure(at: k) : parseWordsIfNumber(k),
            cents.value < 100, cents.value >= 0, !cents.isIdentifier, t.kind(k) != .number || t.text(k).count <= 2
        {
            var end = cents.last
            let after = end + 1
            let minor =
                after < count && t.isWord(after)
                && [
                    "cent", "cents", "pence", "penny", "sen", "sens", "mao", "c", "kopiykas", "kopiyka", "kopecks", "kopeks",
                    "kopeck", "centimes",
                ].contains(t.text(after).lowercased())
            let endsHere =
                after >= count || t.kind(after) == .punct && !(Units.currencySymbols[t.text(after)] != nil)
                || t.kind(after) == .lineBreak
            if minor || endsHere {
                if minor { end = after }
                n.value += cents.value / 100
                n.last = end
            }
        }
    }

    // MARK: - Ranges and qualifiers

    /// `between A and B`, `from A to B`, `A-B`, `A–B`, `A to B`, `A through B`, `A~B`, `A or B`.
    private func attachRangeEnd(_ n: inout RecognizedNumber) {
        let count = t.tokens.count
        var j = n.last + 1
        guard j + 1 < count, !n.isIdentifier, n.kind != .date else { return }
        var connector = ""
        // `8- to 16-meter`
        if isMinus(j), !t.spaceBefore(j), j + 1 < count, t.isWord(j + 1), t.text(j + 1).lowercased() == "to" { j += 1 }
        if t.kind(j) == .punct && (isMinus(j) || isDashLike(j) || t.text(j) == "~" || t.text(j) == "—") {
            connector = "-"
        } else if t.isWord(j), ["to", "through", "thru"].contains(t.text(j).lowercased()) {
            connector = "to"
        } else if t.isWord(j), t.hash(j) == W.and, n.first > 0, isBetween(n.first - 1) {
            connector = "and"
        } else {
            return
        }
        j += 1
        // `$10-$20`: the currency may repeat.
        if j < count, Units.currencySymbols[t.text(j)] != nil, n.kind == .money { j += 1 }
        guard j < count, var end = figure(at: j), !end.isIdentifier else { return }
        // `2013-14` is a year span; `1995-01` a month.
        if n.kind == .year && connector == "-" { return }
        if connector == "-", !t.spaceBefore(j), end.first > 0, t.kind(n.numberFirst) == .word, end.kind == .count,
            t.kind(j) == .word
        {
            return  // `twenty-one` was already read
        }
        attachUnit(&end)
        // Units must agree, or the first takes the second's (`50 to 80%`, `3 to 4 L`, `10-20 dollars`).
        if let u = end.unit, n.unit != nil, n.unit != u { return }
        if n.unit == nil, end.unit != nil {
            n.unit = end.unit
            n.kind = end.kind
            n.unitWritten = end.unitWritten
            n.unitSpecific = end.unitSpecific
        }
        // `from -18 °C to -34 °C`: the ends in either order.
        let low = min(n.value, end.value)
        let high = max(n.value, end.value)
        guard low < high || n.kind == .money else { return }
        if connector == "to", n.kind == .year || end.kind == .year {
            return  // `from 2014 to 2022`: years
        }
        n.lower = low
        n.upper = high
        n.value = (low + high) / 2
        n.isRange = true
        n.last = end.last
        n.numberLast = end.last
        if connector == "and" {
            n.first -= 1
            n.qualifier = "between"
        } else if n.first > 0, t.isWord(n.first - 1), t.hash(n.first - 1) == W.from {
            n.first -= 1
            n.qualifier = "from"
        }
    }

    private func isBetween(_ i: Int) -> Bool {
        t.isWord(i) && t.hash(i) == W.between
    }

    /// Qualifiers before the figure, longest first.
    static let qualifiers: [(words: [String], kind: QualifierKind)] = {
        let list: [([String], QualifierKind)] = [
            (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
            (["not", "less", "than"], .atLeast), (["not", "fewer", "than"], .atLeast), (["a", "minimum", "of"], .atLeast),
            (["minimum", "of"], .atLeast), (["at", "least", "or", "equal", "to"], .atLeast), (["upwards", "of"], .moreThan),
            (["equal", "to", "or", "more", "than"], .atLeast), (["equal", "to", "or", "greater", "than"], .atLeast),
            (["greater", "than", "or", "equal", "to"], .atLeast), (["more", "than", "or", "equal", "to"], .atLeast),
            (["bigger", "or", "equal", "than"], .atLeast), (["higher", "or", "equal", "than"], .atLeast),
            (["greater", "or", "equal", "than"], .atLeast), (["larger", "or", "equal", "than"], .atLeast),
            (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["exceeding"], .moreThan),
            (["exceeded"], .moreThan), (["greater", "than"], .moreThan), (["larger", "than"], .moreThan),
            (["bigger", "than"], .moreThan), (["higher", "than"], .moreThan), (["in", "excess", "of"], .moreThan),
            (["well", "over"], .moreThan), (["just", "over"], .moreThan), (["more", "then"], .moreThan),
            (["fewer", "than"], .lessThan), (["less", "than"], .lessThan), (["below"], .lessThan), (["under"], .lessThan),
            (["lower", "than"], .lessThan), (["smaller", "than"], .lessThan), (["not", "yet"], .lessThan),
            (["just", "under"], .nearly), (["just", "shy", "of"], .nearly), (["shy", "of"], .nearly),
            (["less", "than", "or", "equal", "to"], .atMost), (["smaller", "or", "equal", "than"], .atMost),
            (["lower", "or", "equal", "than"], .atMost), (["less", "or", "equal", "than"], .atMost),
            (["equal", "to", "or", "less", "than"], .atMost), (["equal", "to", "or", "fewer", "than"], .atMost),
            (["up", "to"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
            (["not", "more", "than"], .atMost),
            (["a", "maximum", "of"], .atMost), (["maximum", "of"], .atMost), (["as", "many", "as"], .atMost),
            (["as", "much", "as"], .atMost), (["nearly"], .nearly), (["near"], .nearly), (["almost"], .nearly),
            (["not", "quite"], .nearly),
            (["close", "to"], .about), (["about"], .about), (["around"], .about), (["approximately"], .about),
            (["approx"], .about),
            (["some"], .about), (["roughly"], .about), (["circa"], .about), (["ca"], .about), (["an", "estimated"], .about),
            (["estimated"], .about), (["an", "approximate"], .about), (["round", "about"], .about), (["~"], .about),
            (["exactly"], .exact), (["precisely"], .exact), (["just"], .exact), (["only"], .exact), (["equal", "to"], .exact),
            (["equals", "to"], .exact), (["equals"], .exact), (["equaling", "to"], .exact), (["a", "total", "of"], .exact),
            (["the", "equivalent", "of"], .exact),
        ]
        return list.sorted { $0.0.count > $1.0.count }
    }()

    enum QualifierKind { case atLeast, moreThan, lessThan, atMost, nearly, about, exact }

    private func attachQualifier(_ n: inout RecognizedNumber) {
        guard !n.isRange || n.qualifier == nil else { return }
        let start = n.first
        // Symbols: `>10`, `>= 30`, `< = 100`, `<-30`
        if start > 0, t.kind(start - 1) == .punct {
            var k = start - 1
            var symbol = ""
            while k >= 0, t.kind(k) == .punct, ["<", ">", "=", "≤", "≥", "~"].contains(t.text(k)), symbol.count < 3 {
                symbol = t.text(k) + symbol
                k -= 1
            }
            let kinds: [String: QualifierKind] = [
                ">": .moreThan, ">=": .atLeast, "≥": .atLeast, "<": .lessThan, "<=": .atMost, "≤": .atMost, "~": .about,
            ]
            if let q = kinds[symbol] {
                apply(q, to: &n, written: symbol, from: k + 1)
                return
            }
            if !symbol.isEmpty {
                n.isIdentifier = true  // `<>30`, `=>30`
                return
            }
        }
        for (words, kind) in Self.qualifiers {
            let k = start - words.count
            guard k >= 0 else { continue }
            var match = true
            for (offset, word) in words.enumerated() {
                let i = k + offset
                if word == "~" { match = t.text(i) == "~"; if !match { break } else { continue } }
                if !t.isWord(i) || t.hash(i) != WordHash.of(word) { match = false; break }
            }
            guard match else { continue }
            // `How about 2`, `what about 5`: not a qualifier.
            if kind == .about, k > 0, t.isWord(k - 1), [W.how, W.what].contains(t.hash(k - 1)) {
                continue
            }
            apply(kind, to: &n, written: t.text(tokens: k, through: start - 1), from: k)
            return
        }
        // `hundreds of thousands`, `dozens of`, `tens of thousands`, `thousands of`
        if let (low, high, end) = vagueMultitude(at: start) {
            n.lower = low
            n.upper = high
            n.value = low
            n.upperInclusive = false
            n.qualifier = t.text(tokens: start, through: end)
            n.last = max(n.last, end)
        }
    }

    private func apply(_ kind: QualifierKind, to n: inout RecognizedNumber, written: String, from k: Int) {
        let v = n.value
        n.qualifier = written
        n.first = k
        switch kind {
        case .atLeast:
            n.lower = n.lower ?? v
            n.upper = nil
        case .moreThan:
            n.lower = n.lower ?? v
            n.upper = nil
            n.lowerInclusive = false
        case .lessThan:
            n.upper = n.upper ?? v
            n.lower = nil
            n.upperInclusive = false
        case .atMost:
            n.upper = n.upper ?? v
            n.lower = nil
        case .nearly:
            let tolerance = abs(v) < 10 && v == v.rounded() ? 1 : abs(v) * 0.1
            n.lower = v - tolerance
            n.upper = v
        case .about:
            // `about 10-20 dollars`: the range already says how vague it is.
            if n.isRange { break }
            let tolerance = Self.aboutTolerance(v)
            n.lower = v - tolerance
            n.upper = v + tolerance
        case .exact:
            if !n.isRange {
                n.lower = v
                n.upper = v
            }
        }
    }

    /// Half the place value of the last significant digit, at least 10% of the figure, at most 25%.
    static func aboutTolerance(_ v: Double) -> Double {
        let magnitude = abs(v)
        guard magnitude > 0 else { return 0 }
        var place = 1.0
        if magnitude == magnitude.rounded() {
            var x = magnitude
            while x >= 10, x.truncatingRemainder(dividingBy: 10) == 0 {
                x /= 10
                place *= 10
            }
        } else {
            place = 0.1
        }
        return min(max(magnitude * 0.1, place / 2), magnitude * 0.25)
    }

    static let multitudes: [UInt64: Double] = [
        W.dozens: 12, W.scores: 20, W.hundreds: 100, W.thousands: 1000,
        W.millions: 1e6, W.billions: 1e9, W.tens: 10,
    ]
    static let ofHash = W.of

    private func vagueMultitude(at i: Int) -> (Double, Double, Int)? {
        // `hundreds of thousands`: the figure here is `thousands` read as a scale word.
        guard t.isWord(i), i + 1 < t.tokens.count, let unit = Self.multitudes[t.hash(i)], t.hash(i + 1) == Self.ofHash else {
            return nil
        }
        var low = 2 * unit
        var high = unit == 12 ? 100 : unit * 10
        var end = i
        if i + 2 < t.tokens.count, t.isWord(i + 2), let next = Self.multitudes[t.hash(i + 2)], next > unit {
            low *= next
            high *= next
            end = i + 2
        }
        return (low, high, end)
    }

    /// `five hundred or more`, `200 or greater`, `5000 or less`, `1 million-plus`, `500+`.
    private func attachTrailingQualifier(_ n: inout RecognizedNumber) {
        let count = t.tokens.count
        var j = n.last + 1
        guard j < count, n.qualifier == nil || n.isRange == false else { return }
        if t.text(j) == "+", !t.spaceBefore(j) {
            n.lower = n.value
            n.upper = nil
            n.lowerInclusive = false
            n.qualifier = "+"
            n.last = j
            return
        }
        if isMinus(j), !t.spaceBefore(j), j + 1 < count, t.text(j + 1).lowercased() == "plus" {
            n.lower = n.value
            n.upper = nil
            n.lowerInclusive = false
            n.qualifier = "-plus"
            n.last = j + 1
            return
        }
        guard t.isWord(j), t.hash(j) == W.or || t.hash(j) == W.and, j + 1 < count, t.isWord(j + 1)
        else { return }
        j += 1
        let w = t.text(j).lowercased()
        // `… and less than 30`, `or greater than 190`, `and below 1500`: the start of another qualified figure.
        if j + 1 < count, t.kind(j + 1) == .number || item(j + 1) != nil { return }
        if j + 1 < count, t.isWord(j + 1), ["than", "or", "equal"].contains(t.text(j + 1).lowercased()),
            j + 2 < count, t.kind(j + 2) == .number || item(j + 2) != nil || t.text(j + 1).lowercased() == "or"
        {
            return
        }
        if ["more", "greater", "higher", "above", "over"].contains(w) {
            n.lower = n.value
            n.upper = nil
            n.qualifier = "or " + w
            n.last = j
            if j + 1 < count, t.isWord(j + 1), t.text(j + 1).lowercased() == "than",
                !(j + 2 < count && (t.kind(j + 2) == .number || item(j + 2) != nil))
            {
                n.last = j + 1
            }
        } else if ["less", "fewer", "lower", "below", "under"].contains(w) {
            n.upper = n.value
            n.lower = nil
            n.qualifier = "or " + w
            n.last = j
        } else if w == "so" {
            let tol = Self.aboutTolerance(n.value)
            n.lower = n.value - tol
            n.upper = n.value + tol
            n.qualifier = "or so"
            n.last = j
        }
    }

    /// Two qualified figures joined by `and`/`but`/`,`: `larger than 10 and smaller than 20` → (10, 20).
    private func mergeCompoundRanges(_ numbers: [RecognizedNumber]) -> [RecognizedNumber] {
        var out: [RecognizedNumber] = []
        var i = 0
        while i < numbers.count {
            var a = numbers[i]
            if i + 1 < numbers.count, numbers[i + 1].first > a.last {
                let b = numbers[i + 1]
                let gap = (a.last + 1)..<b.first
                let joiners = gap.allSatisfy {
                    t.isPunct($0, 0x2C) || t.isWord($0) && [W.and, W.but].contains(t.hash($0))
                }
                if !gap.isEmpty, gap.count <= 2, joiners, a.qualifier != nil, b.qualifier != nil, !a.isRange, !b.isRange {
                    let aLowerOnly = a.lower != nil && a.upper == nil, aUpperOnly = a.upper != nil && a.lower == nil
                    let bLowerOnly = b.lower != nil && b.upper == nil, bUpperOnly = b.upper != nil && b.lower == nil
                    if (aLowerOnly && bUpperOnly) || (aUpperOnly && bLowerOnly) {
                        a.lower = aLowerOnly ? a.lower : b.lower
                        a.lowerInclusive = aLowerOnly ? a.lowerInclusive : b.lowerInclusive
                        a.upper = aUpperOnly ? a.upper : b.upper
                        a.upperInclusive = aUpperOnly ? a.upperInclusive : b.upperInclusive
                        a.last = b.last
                        a.numberLast = b.numberLast
                        a.isRange = true
                        if let l = a.lower, let u = a.upper { a.value = (l + u) / 2 }
                        out.append(a)
                        i += 2
                        continue
                    }
                }
            }
            out.append(a)
            i += 1
        }
        return out
    }

    // MARK: - Dates

    /// `25 February`, `February 25`, `Feb 13, 2025`, `November 2025`, `3 December 2025`.
    private func dateFigure(at i: Int) -> RecognizedNumber? {
        let count = t.tokens.count
        func month(_ k: Int) -> Int? {
            guard k < count, t.isWord(k), t.isCapitalised(k) else { return nil }
            let w = NameKey.fold(t.text(k))
            guard let m = DateText.months[w] else { return nil }
            if w == "may" || w == "march" {
                // `may` and `march` are verbs too: only next to a day or year.
                return m
            }
            return m
        }
        func day(_ k: Int) -> Int? {
            guard k < count, t.kind(k) == .number, let d = Int(t.text(k)), (1...31).contains(d) else { return nil }
            return d
        }
        func year(_ k: Int) -> Int? {
            guard k < count, t.kind(k) == .number, t.text(k).count == 4, let y = Int(t.text(k)), (1800...2100).contains(y) else {
                return nil
            }
            return y
        }
        var d: Int?, m: Int?, y: Int?
        var last = i
        if let dd = day(i), let mm = month(i + 1) {
            d = dd
            m = mm
            last = i + 1
            if let yy = year(i + 2) { y = yy; last = i + 2 }
        } else if let mm = month(i) {
            var k = i + 1
            if k < count, t.isPunct(k, 0x2E) { k += 1 }
            if let dd = day(k), !(k + 1 < count && t.isPunct(k + 1, 0x3A)) {
                d = dd
                m = mm
                last = k
                var k2 = k + 1
                if k2 < count, t.isPunct(k2, 0x2C) { k2 += 1 }
                if let yy = year(k2) { y = yy; last = k2 }
            } else if let yy = year(k) {
                m = mm
                y = yy
                last = k
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let m else { return nil }
        var iso = ""
        let yearPart = y.map { String($0) } ?? "XXXX"
        iso = yearPart + "-" + (m < 10 ? "0\(m)" : "\(m)")
        if let d { iso += "-" + (d < 10 ? "0\(d)" : "\(d)") }
        var n = RecognizedNumber(
            first: i, last: last, numberFirst: i, numberLast: last, value: Double((y ?? 0) * 10000 + m * 100 + (d ?? 0)))
        n.kind = .date
        n.date = iso
        if d == nil, let y {
            n.lower = Double(y * 10000 + m * 100 + 1)
            n.upper = Double(y * 10000 + m * 100 + DateText.daysIn(month: m, year: y))
        }
        return n
    }

    // MARK: - URLs

    private static func urlTokens(_ t: TokenizedText) -> [Bool] {
        var marks = [Bool](repeating: false, count: t.tokens.count)
        var i = 0
        while i < t.tokens.count {
            let w = t.isWord(i) ? t.text(i).lowercased() : ""
            if w == "http" || w == "https" || w == "www" || (t.isPunct(i, 0x40) && i > 0 && !t.spaceBefore(i)) {
                var j = i
                while j < t.tokens.count, j == i || !t.spaceBefore(j), t.kind(j) != .lineBreak {
                    marks[j] = true
                    j += 1
                }
                if t.isPunct(i, 0x40) {
                    var k = i - 1
                    while k >= 0, !t.spaceBefore(k + 1) || k == i - 1 {
                        marks[k] = true
                        if t.spaceBefore(k) { break }
                        k -= 1
                    }
                }
                i = j
                continue
            }
            i += 1
        }
        return marks
    }
}

extension NumberRecognizer {
    static let beforePronounOne = Lexicon.set([
        "the", "this", "that", "which", "each", "any", "every", "no", "another", "only", "that's", "other",
    ])
    static let afterOneOf = Lexicon.set([
        "them", "us", "those", "these", "its", "his", "her", "their", "our", "my", "your", "whom", "which",
    ])
    static let oneOfCurrency = Lexicon.set(["dollar", "euro", "penny", "cent", "pound", "buck"])
}
