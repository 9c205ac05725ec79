/// When two names of organisations are one organisation.
///
/// - **Owner written two ways.** A country that owns an organisation can be written as a
///   possessive or as its nationality adjective: `Ukraine's air force` and `the Ukrainian Air
///   Force` are one. `identity` folds both to `ukraine air force` (case, accents, determiner and
///   the owner's form aside), so articles that write them differently share one speaker.
/// - **A short form in the same article.** An article that names `the Ukrainian Air Force` and then
///   says `the Air Force said` means the one it named: a name of two words or more that ends the
///   longer name, where what the longer adds is its owner (a country or a nationality:
///   `isShortForm`), is merged with it inside that article, and only there, since `Air Force` in
///   another article may be another country's. `the Trump White House` adds no owner, so it and
///   `the White House` stay apart.
public enum OrganisationName {
    /// `Ukraine's air force`, `the Ukrainian Air Force` → `ukraine air force`.
    public static func identity(_ name: String, gazetteer: Gazetteer = .shared) -> String {
        var words = NameKey.fold(TextClean.straightApostrophes(ArticleEntities.stripDeterminer(name)))
            .split(separator: " ").map(String.init)
        guard let first = words.first else { return "" }
        var owner = first
        var possessive = false
        if owner.hasSuffix("'s") {
            owner.removeLast(2)
            possessive = true
        } else if words.count > 1, words[1] == "'s" || words[1] == "s" {
            words.remove(at: 1)
            possessive = true
        }
        if words.count > 1, let country = gazetteer.country(of: owner) {
            // A nationality adjective, or a country's name as a possessive, owns what follows.
            if possessive || gazetteer.entries(named: owner).contains(where: { $0.placeClass == .nationality }) {
                words[0] = NameKey.fold(country)
            }
        }
        return words.joined(separator: " ")
    }

    /// `Air Force` is a short form of `Ukrainian Air Force`: two words or more that end the longer
    /// name's identity, which adds only its owner, a country.
    public static func isShortForm(_ short: String, of long: String, gazetteer: Gazetteer = .shared) -> Bool {
        let s = identity(short, gazetteer: gazetteer)
        return s.split(separator: " ").count >= 2
            && ownedForm(of: identity(long, gazetteer: gazetteer), gazetteer: gazetteer) == s
    }

    /// The identity without its owning country (`ukraine air force` → `air force`): the short form
    /// an identity of three words or more has; nil when it opens with no country.
    static func ownedForm(of identity: String, gazetteer: Gazetteer = .shared) -> String? {
        let words = identity.split(separator: " ")
        guard words.count >= 3, gazetteer.entries(named: String(words[0])).contains(where: { $0.placeClass == .country })
        else { return nil }
        return words.dropFirst().joined(separator: " ")
    }
}
