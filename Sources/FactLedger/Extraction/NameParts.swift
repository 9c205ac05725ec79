import Foundation

/// A person's name split into titles, first names and surname, with folded keys for matching
/// spellings of one person across articles.
public struct NameParts: Hashable, Sendable {
    /// Name words without titles (`Sir`, `Mr`, `Lt Col`).
    public var words: [String]

    public init(_ name: String) {
        // Split on bytes: splitting on `Character`s would run grapheme segmentation over the name.
        let spaced = name.utf8.contains(0xC2) ? name.replacingOccurrences(of: "\u{00A0}", with: " ") : name
        var words = spaced.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        while let first = words.first, words.count > 1, Self.titles.contains(Self.withoutDots(first.lowercased())) {
            words.removeFirst()
        }
        self.words = words
    }

    /// `Lt.` → `lt`.
    private static func withoutDots(_ s: String) -> String {
        guard s.utf8.first == 0x2E || s.utf8.last == 0x2E else { return s }
        return String(s.drop { $0 == "." }.reversed().drop { $0 == "." }.reversed())
    }

    /// The first name, when the name has more than one word.
    public var first: String? { words.count > 1 ? words[0] : nil }

    /// The surname with its particles (`von der Leyen`).
    public var surname: String? {
        guard let last = words.last else { return nil }
        var parts = [last]
        var i = words.count - 2
        while i >= 1, Self.particles.contains(words[i].lowercased()) {
            parts.insert(words[i], at: 0)
            i -= 1
        }
        return parts.joined(separator: " ")
    }

    /// The surname folded across transliterations: `Zelenskyy`, `Zelensky`, `Zelenskiy` → `zelenski`.
    public var surnameKey: String? {
        guard let surname else { return nil }
        let key = Self.transliterationKey(surname)
        return key.isEmpty ? nil : key
    }

    /// Whether two names' first names can belong to one person: equal up to transliteration,
    /// one a short form of the other (`Dan`/`Daniel`, `Bill`/`William`), or an initial.
    public func firstNameCompatible(with other: NameParts) -> Bool {
        Self.firstKeysCompatible(firstKey, other.firstKey)
    }

    /// The first name's transliteration key, nil for a surname alone.
    public var firstKey: String? { first.map(Self.transliterationKey) }

    /// `firstNameCompatible` on keys already computed; nil (no first name) fits anything.
    public static func firstKeysCompatible(_ ka: String?, _ kb: String?) -> Bool {
        guard let ka, let kb else { return true }
        if ka == kb { return true }
        // Keys keep letters and digits only, so an initial (`D.`) is a one-letter key.
        if ka.utf8.count == 1 || kb.utf8.count == 1 { return ka.utf8.first == kb.utf8.first }
        return nicknames[ka]?.contains(kb) == true || nicknames[kb]?.contains(ka) == true
    }

    /// Folded text with common transliteration differences removed.
    public static func transliterationKey(_ s: String) -> String {
        var k = Array(NameKey.fold(s).utf8.filter { $0 != 0x20 })
        for (from, to) in transliterations { k = replace(k, from, to) }
        if k.last == UInt8(ascii: "y") { k[k.count - 1] = UInt8(ascii: "i") }
        // Doubled letters count once (`Zelenskyy`, `Zelensky`); only ASCII, so UTF-8 sequences stay whole.
        var out: [UInt8] = []
        out.reserveCapacity(k.count)
        for b in k where !(b < 0x80 && out.last == b) { out.append(b) }
        return String(decoding: out, as: UTF8.self)
    }

    private static let transliterations: [([UInt8], [UInt8])] = [
        ("iy", "y"), ("yy", "y"), ("yi", "y"), ("ij", "y"), ("ii", "i"), ("ie", "e"), ("ph", "f"), ("w", "v"), ("ck", "k"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Every occurrence of `from` replaced by `to`, left to right.
    private static func replace(_ s: [UInt8], _ from: [UInt8], _ to: [UInt8]) -> [UInt8] {
        guard s.count >= from.count else { return s }
        // Most names hold none of the patterns: no copy then.
        guard (0...(s.count - from.count)).contains(where: { s[$0] == from[0] && s[$0..<($0 + from.count)].elementsEqual(from) })
        else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if i + from.count <= s.count, s[i] == from[0], s[i..<(i + from.count)].elementsEqual(from) {
                out += to
                i += from.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "gen", "general",
        "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "adm", "admiral", "rev", "president",
        "senator", "sen", "rep", "gov", "governor", "mayor", "judge", "justice", "king", "queen", "prince",
        "princess", "chancellor", "minister", "secretary", "commissioner", "ambassador", "pope", "cardinal",
        "bishop", "father", "sheikh", "emir", "premier",
    ]
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "la", "le", "di", "da", "du", "del", "bin", "al", "el", "ter", "ten",
    ]

    /// Short forms of first names, keyed by transliteration key.
    static let nicknames: [String: Set<String>] = {
        let pairs: [(String, [String])] = [
            ("daniel", ["dan", "danni", "dani"]), ("william", ["bill", "will", "bili", "wil"]),
            ("robert", ["bob", "rob", "bobi", "robi", "bert"]),
            ("michael", ["mike", "mick", "miki"]), ("james", ["jim", "jimi", "jamie"]), ("joseph", ["joe", "jo"]),
            ("thomas", ["tom", "tomi"]), ("richard", ["dick", "rick", "rich", "riki"]), ("edward", ["ed", "ted", "edi", "ned"]),
            ("charles", ["chuck", "charli"]), ("christopher", ["chris"]), ("nicholas", ["nick", "nik"]),
            ("alexander", ["alex", "sasha"]), ("jonathan", ["jon"]), ("john", ["jack", "johni"]), ("anthony", ["tony", "toni"]),
            ("stephen", ["steve"]), ("steven", ["steve"]), ("benjamin", ["ben", "beni"]), ("samuel", ["sam"]),
            ("matthew", ["mat", "matt"]), ("andrew", ["andi", "drew"]), ("patrick", ["pat"]), ("peter", ["pete"]),
            ("gregory", ["greg"]), ("timothy", ["tim"]), ("kenneth", ["ken"]), ("ronald", ["ron"]), ("donald", ["don"]),
            ("elizabeth", ["liz", "betsi", "beth", "lizi"]), ("katherine", ["kate", "kati"]), ("catherine", ["kate", "cathi"]),
            ("margaret", ["maggie", "meg", "pegi"]), ("jennifer", ["jen", "jeni"]), ("susan", ["sue", "susi"]),
            ("rebecca", ["becky", "beki"]), ("deborah", ["deb", "debi"]), ("patricia", ["pat", "patti", "trish"]),
            ("vladimir", ["vlad"]), ("volodimir", ["vova"]), ("dmitri", ["dima"]), ("jeffrey", ["jef", "jeff"]),
            ("joshua", ["josh"]), ("zachary", ["zach"]), ("frederick", ["fred"]), ("gerald", ["gerry"]), ("lawrence", ["larry"]),
            ("leonard", ["len", "leo"]), ("raymond", ["ray"]), ("walter", ["walt"]), ("douglas", ["doug"]), ("harold", ["harry"]),
            ("henry", ["hank", "harry"]), ("kristopher", ["kris"]), ("theodore", ["ted", "teddy"]), ("abraham", ["abe"]),
        ]
        var table: [String: Set<String>] = [:]
        for (full, shorts) in pairs {
            let fk = transliterationKey(full)
            for s in shorts {
                let sk = transliterationKey(s)
                table[fk, default: []].insert(sk)
                table[sk, default: []].insert(fk)
            }
        }
        return table
    }()
}
