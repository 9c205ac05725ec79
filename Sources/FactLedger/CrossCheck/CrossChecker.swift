import Foundation
import GRDB

/// A claim as the cross-checker needs it: small, so a whole block fits in memory.
struct CheckClaim {
    var id: Int64
    var articleId: Int64
    var kind: ClaimKind
    var unit: String?
    var interval: Interval
    var value: Double
    var text: String
    /// Event date and published date as days since 1970-01-01.
    var eventDay: Int32?
    var publishedDay: Int32?
    var published: String?
    var basis: EventDateBasis
    /// Context words, interned and sorted.
    var context: [Int32]
    /// The context words themselves, for titles.
    var contextWords: [String]
    /// Context markers (`@week`, `@2030`, `@part`) that two comparable claims must share.
    var markers: [String]
    /// Countries named by the subject's adjectives (`Filipino domestic workers` → philippines).
    var nationalities: [String]
    var outlet: String?
    var sentenceHash: Int64
    var sourceKey: String
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
    /// Reports of one attack published up to a week apart (plus a day for time zones) may be compared.
    var eventWindowDays: Int32 = 8
    var updateWindowDays: Int32 = 2

    struct Finding {
        var kind: FlagKind
        var blockKey: String
        var measure: String
        var claims: [CheckClaim]
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
        var interner = Interner()
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
            let key: String = row["subject_key"]
            if key != blockKey {
                if let k = blockKey { compare(block, key: k, syndicated: syndicated, into: &result) }
                block.removeAll(keepingCapacity: true)
                blockKey = key
            }
            block.append(Self.claim(row, interner: &interner))
            result.claimsCompared += 1
        }
        if let k = blockKey { compare(block, key: k, syndicated: syndicated, into: &result) }
        return result
    }

    private static func claim(_ row: Row, interner: inout Interner) -> CheckClaim {
        let context: String = row["context"] ?? ""
        let all = context.split(separator: " ").map(String.init)
        let markers = all.filter { $0.hasPrefix("@") }
        // Shared context must go beyond the subject itself: `frozen Russian assets` in two sentences says
        // nothing about whether the amounts are the same amount.
        let subjectWords = (row["subject"] as String? ?? "").split(separator: " ").map { NameKey.fold(String($0)) }
        let nationalities = subjectWords.compactMap { RoleKey.nationalities[$0] }
        let ownWords = Set(subjectWords + nationalities)
        let plain = all.filter { !$0.hasPrefix("@") && !ownWords.contains($0) }
        let words = plain.map { interner.id($0) }
        let published: String? = row["published"]
        return CheckClaim(
            id: row["id"], articleId: row["article_id"], kind: ClaimKind(rawValue: row["kind"]) ?? .count, unit: row["unit"],
            interval: Interval(
                lower: row["lower"], upper: row["upper"], lowerInclusive: row["lower_inclusive"],
                upperInclusive: row["upper_inclusive"]),
            value: row["value"], text: row["text"], eventDay: Days.from(row["event_date"]), publishedDay: Days.from(published),
            published: published, basis: EventDateBasis(rawValue: row["event_date_basis"] ?? "unknown") ?? .unknown,
            context: Array(Set(words)).sorted(), contextWords: plain, markers: markers,
            nationalities: nationalities,
            outlet: row["outlet"], sentenceHash: row["sentence_hash"], sourceKey: row["source_key"])
    }

    // MARK: - One block

    private func compare(_ claims: [CheckClaim], key: String, syndicated: Set<ArticlePair>, into result: inout Result) {
        guard claims.count > 1 else { return }
        let measure = String(key.split(separator: "|", maxSplits: 1).last ?? "")
        let toll = SubjectKey.casualties.contains(String(measure.split(separator: " ").last ?? ""))
        let event = toll || Self.eventMeasures.contains(String(measure.split(separator: " ").first ?? ""))
        // Overnight attacks and tolls happen daily: with no date there is no telling which one a figure is about.
        var block = claims
        if event {
            block = claims.filter { $0.eventDay != nil }
            result.undatedEvents += claims.count - block.count
            guard block.count > 1 else { return }
        }
        let common = commonWords(block)
        var sameEvent = Set<Int64>()
        var conflictEdges: [(Int, Int, Double, Int)] = []
        var updateEdges: [(Int, Int, Double, Int)] = []
        for (i, j) in candidates(block) {
            let a = block[i], b = block[j]
            guard a.sentenceHash != b.sentenceHash, !syndicated.contains(ArticlePair(a.articleId, b.articleId)) else { continue }
            result.pairsCompared += 1
            guard let shared = sameThing(a, b, event: event, toll: toll, common: common) else { continue }
            sameEvent.insert(Int64(i) << 32 | Int64(j))
            guard a.articleId != b.articleId, let gap = a.interval.gap(to: b.interval) else { continue }
            // Rounding: large counts and amounts within half a percent of each other are the same figure.
            let scale = max(abs(a.value), abs(b.value))
            if a.kind != .year, a.kind != .date, scale >= 1000, gap / scale < 0.005 { continue }
            // An age or a duration grows with time: `nearly three-year war` in February and `four-year war` in November agree.
            if a.kind == .age || a.kind == .duration, let pa = a.publishedDay, let pb = b.publishedDay,
                gap <= Self.elapsed(days: abs(pa - pb), unit: a.unit) + 1e-9
            {
                continue
            }
            if toll, isUpdate(a, b) {
                updateEdges.append((i, j, gap, shared))
            } else {
                conflictEdges.append((i, j, gap, shared))
            }
        }
        func linked(_ x: Int, _ y: Int) -> Bool { x == y || sameEvent.contains(Int64(min(x, y)) << 32 | Int64(max(x, y))) }
        result.findings += groups(block, conflictEdges, linked: linked, kind: .conflict, key: key, measure: measure)
        result.findings += groups(block, updateEdges, linked: linked, kind: .update, key: key, measure: measure)
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
        _ block: [CheckClaim], _ edges: [(Int, Int, Double, Int)], linked: (Int, Int) -> Bool, kind: FlagKind, key: String,
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
        // Agreeing reports of the same figure.
        for c in block.indices where groupOf[c] == nil {
            if let g = groups.indices.first(where: { !groups[$0].isEmpty && groups[$0].allSatisfy { linked($0, c) } }) {
                groups[g].append(c)
                groupOf[c] = g
            }
        }
        var findings: [Finding] = []
        for members in groups where members.count > 1 {
            let sorted = members.sorted()
            let position = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
            let pairs = edges.compactMap { e -> (Int, Int, Double)? in
                guard let x = position[e.0], let y = position[e.1] else { return nil }
                return (x, y, e.2)
            }
            guard !pairs.isEmpty else { continue }
            findings.append(Finding(kind: kind, blockKey: key, measure: measure, claims: sorted.map { block[$0] }, pairs: pairs))
        }
        return findings.sorted { $0.claims[0].id < $1.claims[0].id }
    }

    /// Pairs worth comparing: every pair in a small block; in a large one, pairs sharing a context
    /// word that at most a fifth of the block uses.
    private func candidates(_ block: [CheckClaim]) -> [(Int, Int)] {
        if block.count <= exhaustiveLimit {
            var pairs: [(Int, Int)] = []
            for i in 0..<block.count { for j in (i + 1)..<block.count { pairs.append((i, j)) } }
            return pairs
        }
        var postings: [Int32: [Int]] = [:]
        for (i, c) in block.enumerated() { for w in c.context { postings[w, default: []].append(i) } }
        let limit = max(8, block.count / 5)
        var seen = Set<Int64>()
        var pairs: [(Int, Int)] = []
        for (_, list) in postings where list.count > 1 && list.count <= limit {
            for x in 0..<list.count {
                for y in (x + 1)..<list.count {
                    let key = Int64(list[x]) << 32 | Int64(list[y])
                    if seen.insert(key).inserted { pairs.append((list[x], list[y])) }
                }
            }
        }
        return pairs
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

    /// Measures of dated events, compared only when their dates are close.
    static let eventMeasures: Set<String> = [
        "drone", "missile", "rocket", "strike", "attack", "shell", "bomb", "explosion", "kinzhal", "airstrike", "raid",
        "people killed", "people injured", "ballistic", "cruise", "glide",
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
    private func syndicatedArticles(_ db: Database) throws -> Set<ArticlePair> {
        var byHash: [Int64: [Int64]] = [:]
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT DISTINCT c.sentence_hash, c.article_id FROM claims c JOIN articles a ON a.id = c.article_id
                WHERE NOT EXISTS (SELECT 1 FROM articles n WHERE n.replaces_id = a.id)
                """)
        while let row = try cursor.next() {
            byHash[row[0], default: []].append(row[1])
        }
        var shared: [ArticlePair: Int] = [:]
        for (_, articles) in byHash where articles.count > 1 && articles.count <= 20 {
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

/// Small integer ids for context words.
struct Interner {
    private var ids: [String: Int32] = [:]
    mutating func id(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(ids.count)
        ids[s] = id
        return id
    }
}

/// Dates as days since 1970-01-01.
enum Days {
    static func from(_ iso: String?) -> Int32? {
        guard let iso, iso.count >= 4 else { return nil }
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard let y = parts.first else { return nil }
        let m = parts.count > 1 ? parts[1] : 7
        let d = parts.count > 2 ? parts[2] : (parts.count > 1 ? 15 : 1)
        // Days from civil (Howard Hinnant's algorithm).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146_097 + doe - 719_468)
    }
}
