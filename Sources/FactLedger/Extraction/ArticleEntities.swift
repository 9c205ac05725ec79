import Foundation

/// The people and organisations an article names, and how its mentions map to them.
///
/// Built from a pass over capitalised word runs: full names (`Nato secretary general Mark Rutte`),
/// the roles apposed to them (`The UK prime minister, Keir Starmer,`), then used to resolve speakers
/// as written — surnames with or without honorifics, misspellings, pronouns and role descriptions.
struct ArticleEntities {
    enum Gender { case male, female, unknown }

    /// A capitalised name run outside quotations.
    struct Mention {
        var first: Int
        var last: Int
        var entity: Int
        /// The run opens a clause, so it is likely the subject.
        var isSubject: Bool
    }

    private(set) var entities: [Entity] = []
    private(set) var genders: [Gender] = []
    private(set) var mentions: [Mention] = []
    /// Role keys to entities: `uk prime-minister` → Keir Starmer.
    private var roles: [(key: [String], entity: Int)] = []
    /// Entity indices of role-only speakers by role key (`russia leader`).
    private var roleOnly: [String: Int] = [:]
    /// Folded surname → person entities with it.
    private var bySurname: [String: [Int]] = [:]
    private var byName: [String: Int] = [:]
    /// `OrganisationName.identity` → organisation entity.
    private var byOrganisation: [String: Int] = [:]
    /// A short form (`air force`) → the organisations whose identity it ends after their owner.
    private var byShortForm: [String: [Int]] = [:]

    let t: TokenizedText

    init(_ text: TokenizedText, quoted: [Bool]) {
        t = text
        collectMentions(quoted: quoted)
    }

    // MARK: - Building

    /// Finds capitalised runs outside quotations, keeps those that name people or organisations,
    /// and records the roles apposed to people.
    private mutating func collectMentions(quoted: [Bool]) {
        var i = 0
        let n = t.tokens.count
        while i < n {
            guard !quoted[i], let run = nameRun(at: i) else {
                i += 1
                continue
            }
            defer { i = run.last + 1 }
            let words = run.words
            guard !words.isEmpty else { continue }
            let kind = classify(words: words, titled: run.titled, first: run.first)
            guard let kind else { continue }
            let index = entity(named: words, kind: kind, written: t.text(tokens: run.nameFirst, through: run.last))
            if let g = run.gender, genders[index] == .unknown { genders[index] = g }
            mentions.append(Mention(first: run.first, last: run.last, entity: index, isSubject: opensClause(run.first)))
            if kind == .person {
                for role in rolesAround(run) { addRole(role, to: index) }
            }
        }
    }

    struct NameRun {
        var first: Int
        /// First token of the name proper, after titles.
        var nameFirst: Int
        var last: Int
        var words: [String]
        var titled: Bool
        var gender: Gender?
        var titleRole: [String]
    }

    /// The capitalised run starting at `i`: titles (`Sir`, `Lt Col`), initials, particles and hyphens
    /// joined; sentence-initial function words and role words are left out of the name.
    func nameRun(at start: Int) -> NameRun? {
        guard t.isWord(start), t.isCapitalised(start), !t.tokens[start].flags.contains(.timestamp) else { return nil }
        var i = start
        var words: [String] = []
        var hashes: [UInt64] = []
        var firstTokens: [Int] = []
        var last = start
        let n = t.tokens.count
        while i < n {
            let tok = t.tokens[i]
            guard tok.kind == .word, !tok.flags.contains(.timestamp) else { break }
            let particle = Self.particles.contains(tok.hash) && i + 1 < n && t.isCapitalised(i + 1) && !words.isEmpty
            guard tok.flags.contains(.capitalised) || particle else { break }
            if i > start, !tok.flags.contains(.spaceBefore), !t.isPunct(i - 1, 0x2E), t.tokens[i - 1].kind != .punct { break }
            // In a headline a capitalised `Said` is the verb (`Mayor Said Budget …`), not a name.
            if HeadlineCase.speechVerbs.contains(tok.hash),
                HeadlineCase.isHeadline(t, sentence: t.sentences[Int(t.sentenceOf[i])])
            {
                break
            }
            let isInitial = tok.end - tok.start == 1 && i + 1 < n && t.isPunct(i + 1, 0x2E) && !t.spaceBefore(i + 1)
            if words.isEmpty, !isInitial, Lexicon.capitalisedFunctionWords.contains(tok.hash),
                !NameLexicon.titles.contains(tok.hash)
            {
                // `The`, `Nevertheless`: not part of a name.
                i += 1
                if i >= n || !t.isCapitalised(i) { return nil }
                continue
            }
            words.append(t.text(i))
            hashes.append(tok.hash)
            firstTokens.append(i)
            last = i
            i += 1
            // Initials and abbreviations (`J.`, `Mr.`, `U.S.`) keep the run going; an initial keeps its full stop.
            if i < n, t.isPunct(i, 0x2E), i + 1 < n, t.isCapitalised(i + 1), t.sentenceOf[i + 1] == t.sentenceOf[i - 1],
                tok.end - tok.start == 1 || SentenceSegmenter.abbreviations.contains(tok.hash)
            {
                if tok.end - tok.start == 1 { words[words.count - 1] += "." }
                i += 1
            }
            // Hyphenated names: Jean-Yves.
            if i + 1 < n, t.isPunct(i, 0x2D), !t.spaceBefore(i), t.isCapitalised(i + 1), !t.spaceBefore(i + 1) {
                words[words.count - 1] += "-" + t.text(i + 1)
                last = i + 1
                i += 2
            }
        }
        guard !words.isEmpty else { return nil }
        // Titles alone (`the President`, `Foreign Minister`) describe; they do not name.
        if zip(hashes, words).allSatisfy({ h, w in
            NameLexicon.titles.contains(h) || NameLexicon.roleWords.contains(h) && !NameLexicon.organisationWords.contains(h)
                || isNationalityAdjective(h, words) || Gazetteer.shared.speaksAsInstitution(w) && words.count > 1
        }) {
            return nil
        }
        // A nationality alone (`Russian`, `French`) describes; it does not name.
        if hashes.allSatisfy({ isNationalityAdjective($0, words) }) {
            return nil
        }
        // Titles, nationalities and capitalised role words before a person's name: `US Army Secretary Dan Driscoll`;
        // an organisation's name stays whole (`European Union`, `White House`).
        var split = 0
        let isOrganisation = NameLexicon.organisationWords.contains(hashes[hashes.count - 1])
        for (k, h) in hashes.enumerated() where k < hashes.count - 1 && !isOrganisation {
            let word = words[k]
            let isNationality =
                RoleKey.nationalities[NameKey.fold(word)] != nil && !NameLexicon.male.contains(h)
                && !NameLexicon.female.contains(h)
            let isTitle =
                NameLexicon.titles.contains(h)
                || (NameLexicon.roleWords.contains(h) && !NameLexicon.organisationWords.contains(h))
            let isInitial = word.count <= 1
            if isTitle || (isNationality && k == split) || (isInitial && k == split) { split = k + 1 }
        }
        var gender: Gender?
        for h in hashes[..<split] {
            if NameLexicon.femaleTitles.contains(h) { gender = .female }
            if NameLexicon.maleTitles.contains(h) { gender = .male }
        }
        let titleWords = Array(words[..<split])
        let nameWords = Array(words[split...])
        let titled = titleWords.contains { NameLexicon.titles.contains(WordHash.of($0)) }
        return NameRun(
            first: firstTokens[0], nameFirst: firstTokens[split], last: last, words: nameWords, titled: titled, gender: gender,
            titleRole: titleWords.filter { $0.count > 1 }.map { $0.lowercased() })
    }

    /// `Russian`, `French`: a nationality adjective, not a country (`Russia`, `UK` are places).
    private func isNationalityAdjective(_ h: UInt64, _ words: [String]) -> Bool {
        guard let word = words.first(where: { WordHash.of($0) == h }) else { return false }
        return RoleKey.nationalities[NameKey.fold(word)] != nil && !Gazetteer.shared.speaksAsInstitution(word)
    }

    static let particles = Lexicon.set([
        "van", "von", "der", "den", "de", "la", "le", "di", "da", "du", "del", "bin", "al", "el", "ter", "ten", "dos", "das",
        "do",
    ])

    /// Person, organisation, or nil for runs that name neither (places used as places, months, headings).
    func classify(words: [String], titled: Bool, first: Int) -> SpeakerKind? {
        let hashes = words.map(WordHash.of)
        // The head decides: `European Union` is an organisation, `Army Secretary Dan Driscoll` is not.
        if NameLexicon.organisationWords.contains(hashes[hashes.count - 1]) { return .organisation }
        if words.count == 1 {
            let h = hashes[0]
            if Gazetteer.shared.speaksAsInstitution(words[0]) || NameLexicon.metonyms.contains(h) { return .organisation }
            if Lexicon.capitalisedFunctionWords.contains(h) { return nil }
            if titled { return .person }
            // A lone capitalised word is a person when the article names that surname, or when it is
            // the subject of a speech or past-tense verb (`Burton explained`, `Garnier said`).
            if bySurname[NameParts.transliterationKey(words[0])] != nil { return .person }
            return isFollowedByVerb(first) ? .person : nil
        }
        if Gazetteer.shared.speaksAsInstitution(words.joined(separator: " ")) { return .organisation }
        if hashes.contains(where: {
            Lexicon.capitalisedFunctionWords.contains($0) && !NameLexicon.male.contains($0) && !NameLexicon.female.contains($0)
        }) {
            return nil
        }
        if titled || NameLexicon.male.contains(hashes[0]) || NameLexicon.female.contains(hashes[0]) { return .person }
        if words.count <= 4, words.allSatisfy({ $0.count > 1 }), !words.contains(where: { $0.uppercased() == $0 && $0.count > 1 })
        {
            return .person
        }
        return nil
    }

    /// True when the token opens a main clause: at a sentence start, or after `,`, `;`, `and`, `but`, `while`.
    func opensClause(_ i: Int) -> Bool {
        if i == 0 { return true }
        let sentence = t.sentences[Int(t.sentenceOf[i])]
        if sentence.lowerBound == i { return true }
        let prev = i - 1
        if t.isPunct(prev, 0x2C) || t.isPunct(prev, 0x3B) { return true }
        if t.kind(prev) == .quote { return true }
        return t.isWord(prev) && Self.coordinators.contains(t.hash(prev))
    }

    private static let coordinators = Lexicon.set(["and", "but", "while", "whereas", "so", "yet", "or"])

    /// The run's next word is a verb: a speech verb or a lower-case word ending in -ed (`explained`).
    private func isFollowedByVerb(_ first: Int) -> Bool {
        var i = first + 1
        while i < t.tokens.count, t.isWord(i), t.isCapitalised(i) { i += 1 }
        while i < t.tokens.count, t.isWord(i), Lexicon.subjectVerbFillers.contains(t.hash(i)), !t.isCapitalised(i) { i += 1 }
        guard i < t.tokens.count, t.isWord(i), !t.isCapitalised(i) else { return false }
        return Lexicon.cueVerbs.contains(t.hash(i)) || t.text(i).hasSuffix("ed")
    }

    // MARK: - Entities

    /// The entity for a name, merging it with one already known when it is the same person:
    /// the same surname (up to transliteration or a small misspelling) with a compatible first name.
    mutating func entity(named words: [String], kind: SpeakerKind, written: String) -> Int {
        // Straight apostrophes in canonical names: `O’Neill` and `O'Neill` are one spelling.
        let name = TextClean.straightApostrophes(words.joined(separator: " "))
        let key = NameKey.fold(name)
        if let existing = byName[key] {
            // `Organizers` opening a sentence looked like a name; said as a group, it is one.
            if kind == .group, entities[existing].kind != .group { entities[existing].kind = .group }
            addAlias(written, to: existing)
            return existing
        }
        if kind == .organisation, let match = matchOrganisation(name) {
            byName[key] = match
            addAlias(written, to: match)
            return match
        }
        if kind == .person, let match = matchPerson(words) {
            let current = NameParts(entities[match].name ?? "")
            // Keep the fullest name as canonical.
            if words.count > current.words.count {
                if let old = entities[match].name { addAlias(old, to: match) }
                entities[match].name = name
            } else {
                addAlias(name, to: match)
            }
            addAlias(written, to: match)
            byName[key] = match
            if let surname = NameParts(name).surnameKey { bySurname[surname, default: []].append(match) }
            return match
        }
        let index = entities.count
        entities.append(Entity(name: name, kind: kind))
        genders.append(genderFromFirstName(words))
        byName[key] = index
        if kind == .person, let surname = NameParts(name).surnameKey { bySurname[surname, default: []].append(index) }
        if kind == .organisation {
            let identity = OrganisationName.identity(name)
            byOrganisation[identity] = index
            if let short = OrganisationName.ownedForm(of: identity) { byShortForm[short, default: []].append(index) }
        }
        if written != name { addAlias(written, to: index) }
        return index
    }

    /// The organisation already named that `name` is (`OrganisationName`): the same identity
    /// (`Ukraine's air force`, `the Ukrainian Air Force`), or the one longer name it is a short form
    /// of (`Air Force`), or the one shorter name that is a short form of it, which then takes the
    /// longer name.
    private mutating func matchOrganisation(_ name: String) -> Int? {
        let identity = OrganisationName.identity(name)
        if let found = byOrganisation[identity] {
            addAlias(name, to: found)
            return found
        }
        let longer = identity.split(separator: " ").count >= 2 ? byShortForm[identity] ?? [] : []
        if longer.count == 1 {
            addAlias(name, to: longer[0])
            byOrganisation[identity] = longer[0]
            return longer[0]
        }
        if longer.isEmpty, let short = OrganisationName.ownedForm(of: identity), let index = byOrganisation[short],
            entities[index].kind == .organisation
        {
            if let old = entities[index].name { addAlias(old, to: index) }
            entities[index].name = name
            byOrganisation[identity] = index
            byShortForm[short, default: []].append(index)
            return index
        }
        return nil
    }

    private func matchPerson(_ words: [String]) -> Int? {
        let parts = NameParts(words.joined(separator: " "))
        guard let surname = parts.surnameKey else { return nil }
        var candidates = Set(bySurname[surname] ?? [])
        if candidates.isEmpty, surname.count >= 5 {
            // A misspelling of a surname already named: Starner, Starme, Zelenskyyky.
            let limit = surname.count >= 8 ? 2 : 1
            for (other, ids) in bySurname where abs(other.count - surname.count) <= limit && other.first == surname.first {
                if EditDistance.within(surname, other, limit: limit) { candidates.formUnion(ids) }
            }
        }
        let fits = candidates.filter {
            entities[$0].kind == .person && parts.firstNameCompatible(with: NameParts(entities[$0].name ?? ""))
        }
        if parts.first == nil {
            // A surname alone goes to the one person of that name; with two, it is not merged.
            let named = Set(fits.map { NameKey.fold(entities[$0].name ?? "") })
            return named.count == 1 ? fits.min() : nil
        }
        return fits.count == 1 ? fits.first : fits.filter { NameParts(entities[$0].name ?? "").first != nil }.min()
    }

    private func genderFromFirstName(_ words: [String]) -> Gender {
        guard words.count > 1 else { return .unknown }
        let h = WordHash.of(words[0])
        if NameLexicon.female.contains(h), !NameLexicon.male.contains(h) { return .female }
        if NameLexicon.male.contains(h), !NameLexicon.female.contains(h) { return .male }
        return .unknown
    }

    mutating func addAlias(_ alias: String, to index: Int) {
        let trimmed = Self.stripDeterminer(alias)
        guard !trimmed.isEmpty, trimmed != entities[index].name, !entities[index].aliases.contains(trimmed) else { return }
        entities[index].aliases.append(trimmed)
    }

    static func stripDeterminer(_ s: String) -> String {
        for prefix in ["The ", "the ", "A ", "a ", "An ", "an "] where s.hasPrefix(prefix) {
            return String(s.dropFirst(prefix.count))
        }
        return s
    }

    /// A role-only speaker (`the Russian leader`), shared by every mention of that role in the article.
    mutating func roleOnlyEntity(_ role: String) -> Int {
        let key = RoleKey.make(role)
        if let existing = roleOnly[key] { return existing }
        // `the Russian leader` and `the Russian president` in one article are one person.
        let heads: Set<String> = ["leader", "president", "prime-minister", "chancellor"]
        let words = key.split(separator: " ").map(String.init)
        if let head = words.last, heads.contains(head) {
            for (other, index) in roleOnly {
                let otherWords = other.split(separator: " ").map(String.init)
                guard let otherHead = otherWords.last, heads.contains(otherHead),
                    head == "leader" || otherHead == "leader" || head == otherHead
                else { continue }
                if Array(words.dropLast()) == Array(otherWords.dropLast()) {
                    roleOnly[key] = index
                    return index
                }
            }
        }
        let index = entities.count
        entities.append(Entity(name: nil, kind: .person, roles: [Self.stripDeterminer(role)]))
        genders.append(.unknown)
        roleOnly[key] = index
        return index
    }

    /// A spokesperson without a name of their own, speaking for `boss`: `Keir Starmer’s spokesperson`.
    mutating func spokesperson(for boss: Int) -> Int {
        let bossName = entities[boss].name ?? entities[boss].roles.first ?? "unknown"
        let name = entities[boss].kind == .organisation ? "\(bossName) spokesperson" : "\(bossName)’s spokesperson"
        let key = NameKey.fold(name)
        if let existing = byName[key] { return existing }
        let index = entities.count
        entities.append(Entity(name: name, kind: .person, roles: ["spokesperson"], speaksFor: boss))
        genders.append(.unknown)
        byName[key] = index
        return index
    }

    mutating func setSpeaksFor(_ index: Int, _ boss: Int) {
        if index != boss, entities[index].speaksFor == nil { entities[index].speaksFor = boss }
    }

    func gender(_ index: Int) -> Gender { genders[index] }

    mutating func setGender(_ index: Int, _ g: Gender) {
        if genders[index] == .unknown { genders[index] = g }
    }

    // MARK: - Roles

    /// Records a role, without an honorific it ends in (`British Prime Minister Sir` → `British
    /// Prime Minister`): `Sir`, `Dame`, `Dr` belong to the name, not the office.
    private mutating func addRole(_ role: String, to index: Int) {
        var parts = TextClean.trimmingSpaceAndPunctuation(role).split(separator: " ")
        while let last = parts.last, parts.count > 1, NameLexicon.titles.contains(WordHash.of(String(last))),
            !NameLexicon.roleWords.contains(WordHash.of(String(last)))
        {
            parts.removeLast()
        }
        let cleaned = TextClean.trimmingSpaceAndPunctuation(parts.joined(separator: " "))
        let key = RoleKey.make(cleaned)
        let words = NameKey.fold(cleaned).split(separator: " ")
        guard !key.isEmpty, words.contains(where: { NameLexicon.roleWords.contains(WordHash.of(String($0))) }) else { return }
        if !entities[index].roles.contains(cleaned) { entities[index].roles.append(cleaned) }
        roles.append((key.split(separator: " ").map(String.init), index))
    }

    /// The person the article gives this role: `the French president` → Emmanuel Macron.
    /// Every word of the role must be in the apposed role, with the same head (`leader` stands for
    /// a head of state or government); it must fit exactly one person.
    func person(forRole role: String) -> Int? {
        let words = RoleKey.make(role).split(separator: " ").map(String.init)
        guard let head = words.last else { return nil }
        let heads: Set<String> = head == "leader" ? ["leader", "president", "prime-minister", "chancellor"] : [head]
        var found = Set<Int>()
        for (key, entity) in roles {
            guard let last = key.last, heads.contains(last) else { continue }
            if words.dropLast().allSatisfy({ key.contains($0) }) { found.insert(entity) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Roles written next to a person's name: before it (`Nato secretary general Mark Rutte`,
    /// `The UK prime minister, Keir Starmer,`) or after it (`Tymur Tkachenko, the head of …,`).
    private func rolesAround(_ run: NameRun) -> [String] {
        var found: [String] = []
        if !run.titleRole.isEmpty {
            var words = run.titleRole
            // `German Chancellor Olaf Scholz`: a nationality before the title belongs to it.
            var j = run.first - 1
            while j >= 0, t.isWord(j), let lead = leadingRoleWord(j) {
                words.insert(lead, at: 0)
                j -= 1
            }
            found.append(words.joined(separator: " "))
        }
        // Lower-case role words before the name: `UK foreign secretary Yvette Cooper`.
        var j = run.first - 1
        var words: [String] = []
        while j >= 0, t.isWord(j) || t.kind(j) == .possessive {
            if t.kind(j) == .possessive {
                guard j > 0, t.isWord(j - 1) else { break }
                words.insert(t.text(j - 1) + "’s", at: 0)
                j -= 2
                continue
            }
            guard let w = leadingRoleWord(j) else { break }
            words.insert(w, at: 0)
            j -= 1
        }
        if words.contains(where: { NameLexicon.roleWords.contains(WordHash.of($0)) }) {
            found.append(words.joined(separator: " "))
        }
        // `ROLE, NAME,`
        if run.first >= 2, t.isPunct(run.first - 1, 0x2C), t.isPunct(run.last + 1, 0x2C) || t.isPunct(run.last + 1, 0x2E) {
            var k = run.first - 2
            var before: [String] = []
            while k >= 0, before.count < 8, t.isWord(k) || t.kind(k) == .possessive {
                if t.kind(k) == .possessive {
                    guard k > 0 else { break }
                    before.insert(t.text(k - 1) + "’s", at: 0)
                    k -= 2
                    continue
                }
                let h = t.hash(k)
                if Lexicon.determiners.contains(h) { break }
                if !NameLexicon.roleWords.contains(h) && RoleKey.nationalities[NameKey.fold(t.text(k))] == nil
                    && !t.isCapitalised(k)
                {
                    break
                }
                before.insert(t.text(k), at: 0)
                k -= 1
            }
            if before.contains(where: { NameLexicon.roleWords.contains(WordHash.of($0.lowercased())) }) {
                found.append(before.joined(separator: " "))
            }
        }
        // `NAME, [the] ROLE …,`
        if t.isPunct(run.last + 1, 0x2C) {
            var k = run.last + 2
            var after: [String] = []
            if k < t.tokens.count, t.isWord(k), Lexicon.determiners.contains(t.hash(k)) { k += 1 }
            let sentence = t.sentences[Int(t.sentenceOf[run.last])]
            while k < sentence.upperBound, after.count < 14 {
                if t.isPunct(k, 0x2C) || t.isPunct(k, 0x2E) || t.kind(k) == .quote { break }
                if t.isWord(k), Lexicon.clauseWords.contains(t.hash(k)) || Lexicon.cueVerbs.contains(t.hash(k)) {
                    after = []
                    break
                }
                after.append(t.kind(k) == .possessive ? "’s" : t.text(k))
                k += 1
            }
            if let head = after.first.map({ WordHash.of($0.lowercased()) }),
                NameLexicon.roleWords.contains(head)
                    || after.contains(where: { NameLexicon.roleWords.contains(WordHash.of($0.lowercased())) && after.count <= 6 })
            {
                found.append(after.joined(separator: " ").replacingOccurrences(of: " ’s", with: "’s"))
            }
        }
        return found
    }

    private func leadingRoleWord(_ j: Int) -> String? {
        let h = t.hash(j)
        let word = t.text(j)
        if NameLexicon.roleWords.contains(h) || NameLexicon.titles.contains(h) { return word }
        if RoleKey.nationalities[NameKey.fold(word)] != nil { return word }
        if t.isCapitalised(j), NameLexicon.organisationWords.contains(h) || t.tokens[j].flags.contains(.allCaps) { return word }
        if word == "of" || word == "for" { return word }
        return nil
    }

    // MARK: - Lookup

    /// The entity a surname or full name written at a speaker position refers to, if the article names it.
    func lookup(_ words: [String]) -> Int? {
        let key = NameKey.fold(words.joined(separator: " "))
        if let found = byName[key] { return found }
        return matchPerson(words)
    }

    /// The organisation mentioned last before `position` whose name has this word (`court` → Court of Justice of the European Union).
    func recentOrganisation(with word: String, before position: Int) -> Int? {
        let key = NameKey.fold(word)
        let named =
            mentions.filter { $0.last < position && entities[$0.entity].kind == .organisation }
            .map(\.entity) + entities.indices.filter { entities[$0].kind == .organisation }
        return named.reversed().first {
            NameKey.fold(entities[$0].name ?? "").split(separator: " ").contains(Substring(key))
                && NameKey.fold(entities[$0].name ?? "") != key
        }
    }

    /// Most recent mention (outside quotes) before `position` whose entity fits.
    func recentMentions(before position: Int) -> [Mention] {
        mentions.filter { $0.last < position }
    }
}

/// Bounded Levenshtein distance.
enum EditDistance {
    static func within(_ a: String, _ b: String, limit: Int) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return false }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + [Int](repeating: 0, count: y.count)
            var rowMin = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return false }
            previous = current
        }
        return previous[y.count] <= limit
    }
}
