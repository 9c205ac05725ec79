import Foundation

/// The frame lexicon: concepts for what figures count (entities), what happened to them
/// (events), what narrows them (modifiers), the periods they cover (scopes), and the same for
/// other languages. Read from the tables in `Frames/Lexicon/` (see its README for the format);
/// lemmas and phrases are looked up as lower-case lemmas joined by single spaces.
struct FrameLexicon: Sendable {
    /// An entity concept and the family (file) it belongs to.
    struct Entity: Hashable, Sendable {
        var concept: String
        var family: String
        /// People: a nationality inside the counted phrase narrows them (`Filipino workers`).
        var isPerson: Bool

        /// People in general: what a casualty with no noun counts (`three dead`, `killing six`).
        static let people = Entity(concept: "people", family: "people", isPerson: true)
        /// A noun WordNet files as a person and the lexicon does not list (`miner`, `hiker`):
        /// people when a casualty befalls them, else itself (`two presidents`).
        static let personNoun = Entity(concept: "people", family: "", isPerson: true)
    }

    /// An event concept, for entities of some families only (nil: all).
    struct Event: Hashable, Sendable {
        var concept: String
        var families: Set<String>?
    }

    /// A concept of another language's word: an entity, an event or a modifier.
    enum Foreign: Hashable, Sendable {
        case entity(Entity)
        case event(String)
        case modifier(String)
    }

    private(set) var entities: [String: Entity] = [:]
    private(set) var events: [String: [Event]] = [:]
    private(set) var modifiers: [String: String] = [:]
    /// Scope phrase (its words lower case, a hyphen read as a space: `since the full scale
    /// invasion`) → scope.
    private(set) var scopes: [String: String] = [:]
    /// `WordHash` of each scope phrase's first word, so a sentence is only searched where one starts.
    private(set) var scopeStarts: Set<UInt64> = []
    /// Language code → word form → concept.
    private(set) var foreign: [String: [String: Foreign]] = [:]
    /// The most words any entity or event entry has, and any scope.
    private(set) var longestEntry = 1
    private(set) var longestScope = 1
    /// Entity concept → its entry (the first that names it), for a concept carried from another figure.
    private(set) var conceptEntities: [String: Entity] = [:]

    /// The lexicon built into the library.
    static let shared = FrameLexicon(
        files: EmbeddedResources.paths(under: "frames").compactMap { path in
            EmbeddedResources.data(path).map { ((path as NSString).lastPathComponent, String(decoding: $0, as: UTF8.self)) }
        })

    /// A lexicon from `(file name, contents)` pairs.
    init(files: [(String, String)]) {
        for (name, text) in files where name.hasSuffix(".tsv") {
            let stem = String(name.dropLast(4))
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 2, !f[0].isEmpty else { continue }
                let words = f[0].split(separator: " ").count
                if stem == "scopes" { longestScope = max(longestScope, words) } else { longestEntry = max(longestEntry, words) }
                if stem.hasPrefix("entity-") {
                    let family = String(stem.dropFirst("entity-".count))
                    let entity = Entity(concept: f[1], family: family, isPerson: f.count > 3 && f[3].contains("person"))
                    entities[f[0]] = entity
                    if conceptEntities[f[1]] == nil { conceptEntities[f[1]] = entity }
                } else if stem.hasPrefix("event-") {
                    let families = f.count > 3 && !f[3].isEmpty ? Set(f[3].split(separator: ",").map(String.init)) : nil
                    events[f[0], default: []].append(Event(concept: f[1], families: families))
                } else if stem == "modifiers" {
                    modifiers[f[0]] = f[1]
                } else if stem == "scopes" {
                    let phrase = f[0].replacingOccurrences(of: "-", with: " ")
                    scopes[phrase] = f[1]
                    scopeStarts.insert(WordHash.of(String(phrase.prefix { $0 != " " })))
                    longestScope = max(longestScope, phrase.split(separator: " ").count)
                } else if stem.hasPrefix("language-"), f.count >= 3 {
                    let language = String(stem.dropFirst("language-".count))
                    let concept: Foreign
                    switch f[1] {
                    case "entity":
                        concept = .entity(Entity(concept: f[2], family: "", isPerson: f.count > 4 && f[4].contains("person")))
                    case "event": concept = .event(f[2])
                    case "modifier": concept = .modifier(f[2])
                    default: continue
                    }
                    foreign[language, default: [:]][f[0]] = concept
                }
            }
        }
    }

    /// The event concept of `lemma` for an entity of `family` (nil: unknown entity); a row for
    /// the family wins over a row for all.
    func event(_ lemma: String, family: String?) -> String? {
        guard let rows = events[lemma] else { return nil }
        if let family, let specific = rows.first(where: { $0.families?.contains(family) == true }) { return specific.concept }
        return rows.first { $0.families == nil }?.concept
    }

    /// Whether `lemma` names an event for some entity.
    func isEvent(_ lemma: String) -> Bool { events[lemma] != nil }
}
