import Foundation

/// How another language writes numbers: its scale words (`millones`, `bilhões`, `Milliarden`,
/// `milliards`; Spanish `billón` is 10¹²), its spelled numerals (`veintitrés`, `vinte e três`,
/// `dreiundzwanzig`), and whether `1.800` groups thousands.
///
/// Reason: a figure in another language is read honestly or not at all. The spelled numerals are
/// ICU's own (Foundation's `NumberFormatter` with `.spellOut`, which Linux has): every spelling of
/// 0…999 and of the round thousands is generated once per language and matched as a phrase, so
/// nothing is guessed. Scale words are listed below per language, singular and plural.
struct ForeignNumbers: Sendable {
    /// Lower-cased scale word → its value.
    let scales: [String: Double]
    /// Lower-cased spelled numeral (one to four words) → its value.
    let numerals: [String: Double]
    /// The most words a numeral has.
    let longestNumeral: Int
    /// `1.800` and `1.800.000` group thousands (Spanish, Portuguese, German, Italian…).
    let dotGroupsThousands: Bool
    /// Prepositions that make a year the date of something (`fue abolido en 1997`).
    let yearPrepositions: Set<String>

    /// The table for an ISO 639-1 language code, or nil for English and languages not listed.
    static func table(for language: String) -> ForeignNumbers? {
        cache.withLock { tables in
            if let known = tables[language] { return known }
            let made = make(language)
            tables[language] = made
            return made
        }
    }

    private static let cache = Locked<[String: ForeignNumbers?]>([:])

    static let scaleWords: [String: [(String, Double)]] = [
        "es": [
            ("mil", 1e3), ("millón", 1e6), ("millones", 1e6), ("millon", 1e6), ("billón", 1e12), ("billones", 1e12),
            ("billon", 1e12),
        ],
        "pt": [
            ("mil", 1e3), ("milhão", 1e6), ("milhões", 1e6), ("milhao", 1e6), ("milhoes", 1e6), ("bilhão", 1e9), ("bilhões", 1e9),
            ("bilhao", 1e9), ("bilhoes", 1e9), ("bi", 1e9), ("mi", 1e6), ("trilhão", 1e12), ("trilhões", 1e12),
        ],
        "de": [
            ("tausend", 1e3), ("million", 1e6), ("millionen", 1e6), ("mio", 1e6), ("milliarde", 1e9), ("milliarden", 1e9),
            ("mrd", 1e9), ("billion", 1e12), ("billionen", 1e12),
        ],
        "fr": [("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9), ("milliards", 1e9)],
        "it": [("mila", 1e3), ("milione", 1e6), ("milioni", 1e6), ("miliardo", 1e9), ("miliardi", 1e9)],
        "ru": [
            ("тысяча", 1e3), ("тысячи", 1e3), ("тысяч", 1e3), ("тыс", 1e3), ("миллион", 1e6), ("миллиона", 1e6),
            ("миллионов", 1e6), ("млн", 1e6), ("миллиард", 1e9), ("миллиарда", 1e9), ("миллиардов", 1e9), ("млрд", 1e9),
        ],
        "uk": [
            ("тисяча", 1e3), ("тисячі", 1e3), ("тисяч", 1e3), ("тис", 1e3), ("мільйон", 1e6), ("мільйони", 1e6),
            ("мільйонів", 1e6), ("млн", 1e6), ("мільярд", 1e9), ("мільярди", 1e9), ("мільярдів", 1e9), ("млрд", 1e9),
        ],
        "pl": [
            ("tysiąc", 1e3), ("tysiące", 1e3), ("tysięcy", 1e3), ("milion", 1e6), ("miliony", 1e6), ("milionów", 1e6),
            ("mln", 1e6), ("miliard", 1e9), ("miliardy", 1e9), ("miliardów", 1e9), ("mld", 1e9),
        ],
        "nl": [("duizend", 1e3), ("miljoen", 1e6), ("miljard", 1e9)],
    ]

    static let yearPrepositionWords: [String: Set<String>] = [
        "es": ["en", "desde", "hasta", "de"], "pt": ["em", "desde", "até", "de"], "de": ["im", "seit", "bis", "von", "ab"],
        "fr": ["en", "depuis", "jusqu'en", "de"], "it": ["nel", "dal", "fino", "del"], "ru": ["в", "с", "до"],
        "uk": ["в", "у", "з", "до"], "pl": ["w", "od", "do"], "nl": ["in", "sinds", "tot"],
    ]

    private static func make(_ language: String) -> ForeignNumbers? {
        guard language != "en", let scales = scaleWords[language] else { return nil }
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.numberStyle = .spellOut
        var numerals: [String: Double] = [:]
        var longest = 1
        for n in Array(0...999) + [1_000, 2_000, 3_000, 4_000, 5_000, 10_000, 100_000] {
            guard let written = formatter.string(from: NSNumber(value: n)) else { continue }
            // ICU writes German compounds with soft hyphens (`drei­und­zwanzig`).
            let phrase = written.replacingOccurrences(of: "\u{AD}", with: "").lowercased()
            numerals[phrase] = numerals[phrase] ?? Double(n)
            longest = max(longest, phrase.split(separator: " ").count)
        }
        return ForeignNumbers(
            scales: Dictionary(scales, uniquingKeysWith: { a, _ in a }), numerals: numerals, longestNumeral: min(4, longest),
            dotGroupsThousands: language != "en", yearPrepositions: yearPrepositionWords[language] ?? [])
    }
}

/// A value behind a lock, for caches shared between threads.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
