import Foundation

/// A person's name split into titles, first names and surname, with folded keys for matching
/// spellings of one person across articles.
public struct NameParts: Hashable, Sendable {
    /// Name words without titles (`Sir`, `Mr`, `Lt Col`).
    public var words: [String]

    public init(_ name: String) {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        while let first = words.first, words.count > 1, Self.titles.contains(first.lowercased().trimmingCharacters(in: ["."])) {
            words.removeFirst()
        }
        self.words = words
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
        guard let a = first, let b = other.first else { return true }
        let ka = Self.transliterationKey(a), kb = Self.transliterationKey(b)
        if ka == kb { return true }
        let ia = ka.trimmingCharacters(in: ["."]), ib = kb.trimmingCharacters(in: ["."])
        if ia.count == 1 || ib.count == 1 { return ia.first == ib.first }
        if Self.nicknames[ka]?.contains(kb) == true || Self.nicknames[kb]?.contains(ka) == true { return true }
        return false
    }

    /// Folded text with common transliteration differences removed.
    public static func transliterationKey(_ s: String) -> String {
        var k = NameKey.fold(s).replacingOccurrences(of: " ", with: "")
        for (from, to) in [("iy", "y"), ("yy", "y"), ("ij", "y"), ("ii", "i"), ("ie", "e"), ("ph", "f"), ("w", "v"), ("ck", "k")]
        {
            k = k.replacingOccurrences(of: from, with: to)
        }
        if k.hasSuffix("y") { k = String(k.dropLast()) + "i" }
        var out = ""
        for ch in k where out.last != ch { out.append(ch) }
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
