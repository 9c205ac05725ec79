import Foundation
import GRDB

/// A claim as the cross-checker needs it: small, so a whole block fits in memory. A class, so the
/// pair loop passes references instead of copying (and retaining) every field.
final class CheckClaim {
    let id: Int64
    let articleId: Int64
    let kind: ClaimKind
    let unit: String?
    let interval: Interval
    let value: Double
    let text: String
    /// Event date and published date as days since 1970-01-01.
    let eventDay: Int32?
    let publishedDay: Int32?
    let published: String?
    let basis: EventDateBasis
    /// Context words, interned and sorted.
    let context: [Int32]
    /// The same in the order the sentence gives them, for titles.
    let contextOrder: [Int32]
    /// Context markers (`@week`, `@2030`, `@part`), interned and sorted, that two comparable claims must share.
    let markers: [Int32]
    /// Countries named by the subject's adjectives (`Filipino domestic workers` → philippines).
    let nationalities: [String]
    let outlet: String?
    let sentenceHash: Int64
    let sourceKey: String

    init(
        id: Int64, articleId: Int64, kind: ClaimKind, unit: String?, interval: Interval, value: Double, text: String,
        eventDay: Int32?, publishedDay: Int32?, published: String?, basis: EventDateBasis, context: [Int32],
        contextOrder: [Int32], markers: [Int32], nationalities: [String], outlet: String?, sentenceHash: Int64, sourceKey: String
    ) {
        self.id = id
        self.articleId = articleId
        self.kind = kind
        self.unit = unit
        self.interval = interval
        self.value = value
        self.text = text
        self.eventDay = eventDay
        self.publishedDay = publishedDay
        self.published = published
        self.basis = basis
        self.context = context
        self.contextOrder = contextOrder
        self.markers = markers
        self.nationalities = nationalities
        self.outlet = outlet
        self.sentenceHash = sentenceHash
        self.sourceKey = sourceKey
    }
}

/// A closed, open or half-open interval; nil ends are unbounded.
struct Interval: Hashable {
    var lower: Double?
    var upper: Double?
    var lowerInclusive = true
    var upperInclusive = true

    /// The distance between two intervals that do not meet, or nil when they do.
    func gap(to other: Interval) -> Double? {
        if let u = upper, let l = other.lower {
            if u < l || (u == l && !(upperInclusive && other.lowerInclusive)) { return l - u }
        }
        if let u = other.upper, let l = lower {
            if u < l || (u == l && !(other.upperInclusive && lowerInclusive)) { return l - u }
        }
        return nil
    }

    /// Entirely above `other`.
    func isAbove(_ other: Interval) -> Bool {
        guard let l = lower, let u = other.upper else { return false }
        return l > u || (l == u && !(lowerInclusive && other.upperInclusive))
    }
}

/// Finds claims about the same measure of the same thing in different sources whose intervals
/// cannot both hold.
///
/// How claims are matched: the same blocking key (unit family and measure, `SubjectKey`); at least
/// two shared context words besides the measure (one when a claim has only one); for events
/// (attacks, casualties) event dates no more than 14 days apart, for other measures any date.
/// Candidate pairs come from an inverted index of each block's rarer context words, so the work grows
/// about linearly with the ledger, never as every claim against every other.
///
/// How an update is told from a contradiction: for running tolls (people killed, injured, missing…),
/// a later-published, higher figure with event dates at most two days apart is an update; a later,
/// lower figure is a contradiction. Claims from syndicated copies (two articles sharing at least two
/// identical claim sentences) are one source: never compared with each other.
struct CrossChecker {
    /// Largest block compared pair by pair; larger blocks use the inverted index.
    var exhaustiveLimit = 64
    /// How many following claims of each posting list a claim is paired with.
    /// 32 finds 98% of the claims an exhaustive comparison flags on the benchmark corpus (48: 99%, 16: 95%).
    var neighbours = 32
    /// How many of a claim's rarest context words make its posting keys (every pair of them).
    var rarestWords = 4
    /// Reports of one attack published up to a week apart (plus a day for time zones) may be compared.
    var eventWindowDays: Int32 = 8
    var updateWindowDays: Int32 = 2

    struct Finding {
        var kind: FlagKind
        var blockKey: String
        var measure: String
        var claims: [CheckClaim]
        /// Each claim's context words, in order, for the title.
        var words: [[String]] = []
        /// A dated event (attack, toll), for which dates far apart suggest different events.
        var event = false
        /// The conflicting (or updating) pairs, as indices into `claims`.
        var pairs: [(Int, Int, Double)]
    }

    struct Result {
        var findings: [Finding] = []
        var claimsCompared = 0
        var pairsCompared = 0
        /// Claims about dated events (attacks, tolls) whose article and text give no date: never compared.
        var undatedEvents = 0
    }

    // MARK: - Running

    func run(_ db: Database) throws -> Result {
        let syndicated = try syndicatedArticles(db)
        var result = Result()
        let interner = Interner()
        let subjects = SubjectWords()
        var block: [CheckClaim] = []
        var blockKey: String?
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT c.id, c.article_id, c.subject_key, c.kind, c.unit, c.value, c.lower, c.upper, c.lower_inclusive, c.upper_inclusive,
                       c.context, c.subject, c.event_date, c.event_date_basis, c.sentence_hash, c.text, a.published, a.outlet, a.source_key
                FROM claims c JOIN articles a ON a.id = c.article_id
                WHERE c.subject_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)
                ORDER BY c.subject_key
                """)
        while let row = try cursor.next() {
            let key: String = row[2]
            if key != blockKey {
                if let k = blockKey { compare(block, key: k, syndicated: syndicated, interner: interner, into: &result) }
                block.removeAll(keepingCapacity: true)
                blockKey = key
            }
            block.append(Self.claim(row, interner: interner, subjects: subjects))
            result.claimsCompared += 1
        }
        if let k = blockKey { compare(block, key: k, syndicated: syndicated, interner: interner, into: &result) }
        return result
    }

    /// Subjects repeat across a block: what each one excludes from the context, worked out once.
    private final class SubjectWords {
        var cache: [String: (own: Set<String>, nationalities: [String])] = [:]

        func of(_ subject: String) -> (own: Set<String>, nationalities: [String]) {
            if let known = cache[subject] { return known }
            let words = subject.utf8.split(separator: 0x20).map { NameKey.fold(String(decoding: $0, as: UTF8.self)) }
            let nationalities = words.compactMap { RoleKey.nationalities[$0] }
            let result = (Set(words + nationalities), nationalities)
            cache[subject] = result
            return result
        }
    }

    /// A row of the block query (columns by position, see `run`).
    private static func claim(_ row: Row, interner: Interner, subjects: SubjectWords) -> CheckClaim {
        let context: String = row[10] ?? ""
        // Shared context must go beyond the subject itself: `frozen Russian assets` in two sentences says
        // nothing about whether the amounts are the same amount.
        let subject = subjects.of(row[11] ?? "")
        var words: [Int32] = []
        var markers: [Int32] = []
        for piece in context.utf8.split(separator: 0x20) {
            let word = String(decoding: piece, as: UTF8.self)
            if piece.first == 0x40 {
                markers.append(interner.id(word))
            } else if !subject.own.contains(word) {
                words.append(interner.id(word))
            }
        }
        let published: String? = row[16]
        return CheckClaim(
            id: row[0], articleId: row[1], kind: ClaimKind(rawValue: row[3]) ?? .count, unit: row[4],
            interval: Interval(lower: row[6], upper: row[7], lowerInclusive: row[8], upperInclusive: row[9]),
            value: row[5], text: row[15], eventDay: Days.from(row[12]), publishedDay: Days.from(published),
            published: published, basis: EventDateBasis(rawValue: row[13] ?? "unknown") ?? .unknown,
            context: Array(Set(words)).sorted(), contextOrder: words, markers: markers.sorted(),
            nationalities: subject.nationalities, outlet: row[17], sentenceHash: row[14], sourceKey: row[18])
    }

    // MARK: - One block

    private func compare(
        _ claims: [CheckClaim], key: String, syndicated: Set<ArticlePair>, interner: Interner, into result: inout Result
    ) {
        guard claims.count > 1 else { return }
        let parts = SubjectKey.parts(key)
        let measure = parts.event.isEmpty ? parts.entity : parts.entity + " " + parts.event
        let toll = SubjectKey.casualties.contains(parts.event)
        let event = toll || Self.eventMeasures.contains(parts.entity)
        // Overnight attacks and tolls happen daily: with no date there is no telling which one a figure is about.
        var block = claims
        if event {
            block = claims.filter { $0.eventDay != nil }
            result.undatedEvents += claims.count - block.count
            guard block.count > 1 else { return }
        }
        let common = commonWords(block)
        var sameEvent = Set<Int64>()
        var sameEventPairs: [(Int, Int)] = []
        var conflictEdges: [(Int, Int, Double, Int)] = []
        var updateEdges: [(Int, Int, Double, Int)] = []
        forEachCandidate(block, event: event, common: common) { i, j in
            let a = block[i], b = block[j]
            guard a.sentenceHash != b.sentenceHash, !syndicated.contains(ArticlePair(a.articleId, b.articleId)) else { return }
            result.pairsCompared += 1
            guard let shared = sameThing(a, b, event: event, toll: toll, common: common) else { return }
            sameEvent.insert(Int64(i) << 32 | Int64(j))
            sameEventPairs.append((i, j))
            guard a.articleId != b.articleId, let gap = a.interval.gap(to: b.interval) else { return }
            // Rounding: large counts and amounts within half a percent of each other are the same figure.
            let scale = max(abs(a.value), abs(b.value))
            if a.kind != .year, a.kind != .date, scale >= 1000, gap / scale < 0.005 { return }
            // An age or a duration grows with time: `nearly three-year war` in February and `four-year war` in November agree.
            if a.kind == .age || a.kind == .duration, let pa = a.publishedDay, let pb = b.publishedDay,
                gap <= Self.elapsed(days: abs(pa - pb), unit: a.unit) + 1e-9
            {
                return
            }
            if toll, isUpdate(a, b) {
                updateEdges.append((i, j, gap, shared))
            } else {
                conflictEdges.append((i, j, gap, shared))
            }
        }
        func linked(_ x: Int, _ y: Int) -> Bool { x == y || sameEvent.contains(Int64(min(x, y)) << 32 | Int64(max(x, y))) }
        var found = groups(block, conflictEdges, sameEventPairs, linked: linked, kind: .conflict, key: key, measure: measure)
        found += groups(block, updateEdges, sameEventPairs, linked: linked, kind: .update, key: key, measure: measure)
        for i in found.indices {
            found[i].words = found[i].claims.map { $0.contextOrder.map(interner.word) }
            found[i].event = event
        }
        result.findings += found
    }

    /// Whether two claims are about the same measure of the same thing, and how many context words
    /// they share: the same markers, enough rarer context in common, and event dates that do not rule it out.
    private func sameThing(_ a: CheckClaim, _ b: CheckClaim, event: Bool, toll: Bool, common: Set<Int32>) -> Int? {
        guard a.markers == b.markers else { return nil }
        // `Filipino domestic workers` and `Indonesian domestic workers` are different people.
        if !a.nationalities.isEmpty, !b.nationalities.isEmpty, Set(a.nationalities).isDisjoint(with: b.nationalities) {
            return nil
        }
        // Dates: two anchored dates (`on Tuesday`, `overnight`, an explicit date) that differ rule it out;
        // publication dates only bound it, more loosely.
        var dated = false
        if let da = a.eventDay, let db = b.eventDay {
            dated = true
            let anchored = a.basis != .published && b.basis != .published && a.basis != .unknown && b.basis != .unknown
            if event, anchored, abs(da - db) > 1 { return nil }
            if event, abs(da - db) > (toll ? updateWindowDays : eventWindowDays) { return nil }
        }
        var i = 0, j = 0, shared = 0, all = 0
        while i < a.context.count, j < b.context.count {
            if a.context[i] == b.context[j] {
                all += 1
                if !common.contains(a.context[i]) { shared += 1 }
                i += 1
                j += 1
            } else if a.context[i] < b.context[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let smaller = min(a.context.count, b.context.count)
        // Undated events need more in common than dated ones.
        let needed = min(event && !dated ? 3 : 2, smaller)
        guard needed > 0, shared >= needed || (smaller <= 2 && all >= smaller) else { return nil }
        return all
    }

    /// Context words used by more than a third of a large block (`ukraine`, `russia` among drone counts):
    /// they say little about whether two claims concern the same event.
    private func commonWords(_ block: [CheckClaim]) -> Set<Int32> {
        guard block.count >= 9 else { return [] }
        var df: [Int32: Int] = [:]
        for c in block { for w in c.context { df[w, default: 0] += 1 } }
        return Set(df.filter { $0.value * 3 > block.count }.keys)
    }

    /// Groups conflicting claims by complete linkage: a claim joins a group only when it is about the
    /// same event as every member, so one report cannot chain unrelated attacks together. Claims that
    /// agree with a group's members join it too, so a flag shows every report of the figure.
    private func groups(
        _ block: [CheckClaim], _ edges: [(Int, Int, Double, Int)], _ sameEvent: [(Int, Int)], linked: (Int, Int) -> Bool,
        kind: FlagKind, key: String,
        measure: String
    ) -> [Finding] {
        guard !edges.isEmpty else { return [] }
        var groupOf: [Int: Int] = [:]
        var groups: [[Int]] = []
        // Most context in common first, then the largest gaps.
        for (i, j, _, _) in edges.sorted(by: { ($0.3, $0.2) > ($1.3, $1.2) }) {
            switch (groupOf[i], groupOf[j]) {
            case (nil, nil):
                groupOf[i] = groups.count
                groupOf[j] = groups.count
                groups.append([i, j])
            case (let g?, nil):
                if groups[g].allSatisfy({ linked($0, j) }) {
                    groups[g].append(j)
                    groupOf[j] = g
                }
            case (nil, let g?):
                if groups[g].allSatisfy({ linked($0, i) }) {
                    groups[g].append(i)
                    groupOf[i] = g
                }
            case (let g?, let h?):
                if g != h, groups[g].allSatisfy({ x in groups[h].allSatisfy { linked(x, $0) } }) {
                    for m in groups[h] { groupOf[m] = g }
                    groups[g] += groups[h]
                    groups[h] = []
                }
            }
        }
        // Agreeing reports of the same figure: a claim about the same thing as a member joins when it
        // is about the same thing as every member.
        for (x, y) in sameEvent {
            for (c, other) in [(x, y), (y, x)] where groupOf[c] == nil {
                if let g = groupOf[other], groups[g].allSatisfy({ linked($0, c) }) {
                    groups[g].append(c)
                    groupOf[c] = g
                }
            }
        }
        // Each group's own edges, found in one pass over the edges.
        var edgesOf: [Int: [(Int, Int, Double)]] = [:]
        for e in edges {
            if let g = groupOf[e.0], groupOf[e.1] == g { edgesOf[g, default: []].append((e.0, e.1, e.2)) }
        }
        var findings: [Finding] = []
        for (g, members) in groups.enumerated() where members.count > 1 {
            guard let own = edgesOf[g] else { continue }
            let sorted = members.sorted()
            let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
            let pairs = own.map { (position[$0.0]!, position[$0.1]!, $0.2) }
            findings.append(Finding(kind: kind, blockKey: key, measure: measure, claims: sorted.map { block[$0] }, pairs: pairs))
        }
        return findings.sorted { $0.claims[0].id < $1.claims[0].id }
    }

    /// Calls `body` once for each pair worth comparing (`i < j`). A small block: every pair. A large
    /// one: a claim can only match one that shares at least two of its rarer context words (see
    /// `sameThing`), so each claim is posted under every pair of its four rarest words (rarest in the
    /// block, ignoring words most claims share). Each list is ordered (dated events by date, others
    /// in ledger order) and a claim is paired with the next `neighbours` claims of each of its lists,
    /// for dated events only those within the event window. A widely reported event still has every
    /// report compared with its neighbours in time, and the pairs grow with the number of claims,
    /// not its square. No set of all pairs is held: each claim's partners are de-duplicated on their own.
    private func forEachCandidate(_ block: [CheckClaim], event: Bool, common: Set<Int32>, _ body: (Int, Int) -> Void) {
        if block.count <= exhaustiveLimit {
            for i in 0..<block.count { for j in (i + 1)..<block.count { body(i, j) } }
            return
        }
        struct Key: Hashable {
            var a: Int32
            var b: Int32
        }
        var df: [Int32: Int32] = [:]
        for c in block { for w in c.context where !common.contains(w) { df[w, default: 0] += 1 } }
        var postings: [Key: [Int32]] = [:]
        for (i, c) in block.enumerated() {
            var rare = Array(c.context.filter { (df[$0] ?? 0) > 1 }.sorted { (df[$0]!, $0) < (df[$1]!, $1) }.prefix(rarestWords))
            // A claim with one usable word can still meet one with that word.
            if rare.count == 1 { rare.append(-1) }
            rare.sort()
            for x in 0..<rare.count {
                for y in (x + 1)..<rare.count { postings[Key(a: rare[x], b: rare[y]), default: []].append(Int32(i)) }
            }
        }
        // One order for every list, so a pair is always found from the same side.
        let day = block.map { $0.eventDay ?? 0 }
        var placesOf = [[(Key, Int32)]](repeating: [], count: block.count)
        for (key, list) in postings where list.count > 1 {
            let ordered = event ? list.sorted { (day[Int($0)], $0) < (day[Int($1)], $1) } : list
            postings[key] = ordered
            for (p, c) in ordered.enumerated() { placesOf[Int(c)].append((key, Int32(p))) }
        }
        var partners = Set<Int32>()
        for i in block.indices {
            partners.removeAll(keepingCapacity: true)
            for (key, p) in placesOf[i] {
                let list = postings[key]!
                for q in (Int(p) + 1)..<min(list.count, Int(p) + 1 + neighbours) {
                    let j = list[q]
                    if event, day[Int(j)] - day[i] > eventWindowDays { break }
                    if partners.insert(j).inserted { body(min(i, Int(j)), max(i, Int(j))) }
                }
            }
        }
    }

    /// A later, higher toll within two days of the earlier one.
    private func isUpdate(_ a: CheckClaim, _ b: CheckClaim) -> Bool {
        guard let pa = a.published, let pb = b.published, pa != pb else { return false }
        if let da = a.eventDay, let db = b.eventDay, abs(da - db) > updateWindowDays { return false }
        let (earlier, later) = pa < pb ? (a, b) : (b, a)
        return later.interval.isAbove(earlier.interval)
    }

    /// Days expressed in a duration unit.
    static func elapsed(days: Int32, unit: String?) -> Double {
        let d = Double(days)
        switch unit {
        case "year": return d / 365.25
        case "month": return d / 30.44
        case "week": return d / 7
        case "day": return d
        case "hour": return d * 24
        default: return 0
        }
    }

    /// Entities of dated events (what attacks are made with), compared only when their dates are close.
    static let eventMeasures: Set<String> = [
        "drones", "missiles", "rockets", "attack", "shells", "bombs", "air targets", "kinzhal", "kinzhals", "airstrike",
        "explosion",
    ]

    // MARK: - Syndicated copies

    struct ArticlePair: Hashable {
        var a: Int64
        var b: Int64
        init(_ x: Int64, _ y: Int64) {
            a = min(x, y)
            b = max(x, y)
        }
    }

    /// Articles that share at least two identical claim sentences: copies of one wire story.
    /// SQLite groups the sentence hashes, so memory holds only the repeated ones.
    private func syndicatedArticles(_ db: Database) throws -> Set<ArticlePair> {
        var shared: [ArticlePair: Int] = [:]
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT group_concat(article_id) FROM (
                    SELECT DISTINCT c.sentence_hash, c.article_id FROM claims c JOIN articles a ON a.id = c.article_id
                    WHERE NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id))
                GROUP BY sentence_hash HAVING count(*) BETWEEN 2 AND 20
                """)
        while let row = try cursor.next() {
            let articles = (row[0] as String? ?? "").split(separator: ",").compactMap { Int64($0) }
            for x in 0..<articles.count {
                for y in (x + 1)..<articles.count { shared[ArticlePair(articles[x], articles[y]), default: 0] += 1 }
            }
        }
        return Set(shared.filter { $0.value >= 2 }.keys)
    }
}

/// What a flag is about.
public enum FlagKind: String, Hashable, Sendable, Codable {
    /// Figures that cannot both be true.
    case conflict
    /// A running toll that rose: reported for the record, not a contradiction.
    case update
}

/// Small integer ids for context words, and the words back for titles.
final class Interner {
    private var ids: [String: Int32] = [:]
    private var words: [String] = []

    func id(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(words.count)
        ids[s] = id
        words.append(s)
        return id
    }

    func word(_ id: Int32) -> String { words[Int(id)] }
}

/// Dates as days since 1970-01-01.
enum Days {
    /// `2025-11-25`, `2025-11`, `2025`, or an ISO timestamp; nil for anything else.
    static func from(_ iso: String?) -> Int32? {
        guard let iso else { return nil }
        var parts: [Int] = []
        var current = 0
        var digits = 0
        for b in iso.utf8.prefix(10) {
            if b >= 0x30 && b <= 0x39 {
                current = current * 10 + Int(b - 0x30)
                digits += 1
            } else if b == 0x2D, digits > 0 {
                parts.append(current)
                current = 0
                digits = 0
            } else {
                break
            }
        }
        if digits > 0 { parts.append(current) }
        guard let y = parts.first, parts[0] > 0, iso.utf8.count >= 4 else { return nil }
        let m = parts.count > 1 ? parts[1] : 7
        let d = parts.count > 2 ? parts[2] : (parts.count > 1 ? 15 : 1)
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        // Days from civil (Howard Hinnant's algorithm).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146_097 + doe - 719_468)
    }
}

extension Int32 {
    /// Division rounding down, also for negative days (before 1970).
    func floorDiv(_ d: Int32) -> Int32 { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
