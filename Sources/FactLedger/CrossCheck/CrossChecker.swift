/// The cross-checker: a pure function from claims (with their frames) to findings. It never
/// reads the database: `Ledger.check` streams the claims in, one block at a time, and writes
/// what it finds through `FlagReconciliation`.
///
/// For each block (claims with one blocking key: unit family and `measure_key`):
/// 1. undated reports of a dated event take the date of the dated reports they agree with
///    (`DateInference`);
/// 2. candidate pairs come from the block's claims ordered by date (`candidatePairs`), never
///    every pair of a large block;
/// 3. each pair is judged: copies of one sentence and syndicated articles are one source; the
///    pair must be about the same event (`SameEvent`); figures that can both hold are left alone
///    (`FigureGap`); a running toll that moved between reports is an update (`RunningToll`); two
///    figures in one article are a `disputed` finding; the rest are conflicts;
/// 4. conflicting pairs are grouped by complete linkage (`FindingGroups`), and each group has
///    the confidence of its strongest pair (`Confidence`).
/// Everything is ordered by claim id, so the same claims give the same findings on every run.
struct CrossChecker: Sendable {
    var sameEvent = SameEvent()
    /// Largest block compared pair by pair; larger blocks compare each claim with its neighbours in time.
    var exhaustiveLimit = 64
    /// How many following claims (in date order) each claim of a large block is compared with.
    var neighbours = 16

    init() {}

    /// What the checker knows beyond one block.
    struct Context: Sendable {
        /// Pairs of articles that share two or more identical claim sentences: copies of one story.
        var syndicated: Set<ArticlePair> = []
        /// Articles that tell the same story (`StoryLinks`).
        var stories = StoryLinks()

        init(syndicated: Set<ArticlePair> = []) { self.syndicated = syndicated }

        /// Records a claim for `StoryLinks`: call for every claim, then `seal`, before checking.
        mutating func note(_ claim: CheckClaim) { stories.add(claim) }
        mutating func seal() { stories.seal() }
    }

    /// Two figures judged: which claims (indices into the block), how far apart, and why.
    struct Pair: Sendable {
        var a: Int
        var b: Int
        var gap: Double
        var relativeGap: Double
        var evidence: SameEvent.Evidence
        var factors: Confidence.Factors
        /// `factors.value`, computed once (pairs are sorted by it).
        let confidence: Double

        init(a: Int, b: Int, gap: Double, relativeGap: Double, evidence: SameEvent.Evidence, factors: Confidence.Factors) {
            self.a = a
            self.b = b
            self.gap = gap
            self.relativeGap = relativeGap
            self.evidence = evidence
            self.factors = factors
            confidence = factors.value
        }
    }

    /// A flag to be: claims about one quantity that cannot all be true (or a toll that moved).
    struct Finding: Sendable {
        var kind: FlagKind
        var blockKey: String
        var measure: MeasureKind
        /// The claims, by id; `pairs` index into them.
        var claims: [CheckClaim]
        var pairs: [Pair]
        /// The pair with the highest confidence: the one the explanation shows.
        var strongest: Pair { pairs.max { ($0.confidence, $1.a, $1.b) < ($1.confidence, $0.a, $0.b) }! }
        var confidence: Double { strongest.confidence }
    }

    struct BlockResult: Sendable {
        var findings: [Finding] = []
        var pairsCompared = 0
        /// Undated claims of dated events that took a date from agreeing reports.
        var datesInferred = 0
    }

    // MARK: - One block

    /// The findings of one block (claims sharing `blockKey`, in id order).
    func findings(in block: [CheckClaim], context: Context) -> BlockResult {
        var result = BlockResult()
        guard block.count > 1, let key = block.first?.blockKey else { return result }
        let measure = MeasureKind.of(entity: block[0].entity, event: block[0].event)
        let inferred = measure.isDated ? DateInference.days(in: block) : [:]
        result.datesInferred = inferred.count
        var sameEventPairs: [(Int, Int)] = []
        var edges: [FlagKind: [Pair]] = [:]
        candidatePairs(block, measure: measure, inferred: inferred) { i, j in
            let a = block[i], b = block[j]
            // One sentence read twice (a copy, or `from 900,000 to 600,000`) is one report.
            guard a.sentenceHash != b.sentenceHash, !context.syndicated.contains(ArticlePair(a.articleId, b.articleId)) else {
                return
            }
            result.pairsCompared += 1
            guard
                let evidence = sameEvent.judge(
                    a, b, measure: measure, inferred: { inferred[$0.id] },
                    sameStory: { context.stories.sameStory($0.articleId, $1.articleId, other: key) })
            else { return }
            sameEventPairs.append((i, j))
            guard let gap = FigureGap.gap(a, b) else { return }
            let kind: FlagKind
            if a.articleId == b.articleId {
                guard Self.isDispute(a, b, measure: measure, evidence: evidence) else { return }
                kind = .disputed
            } else if case .runningToll(let direction) = measure {
                let stage = context.stories.sameStage(a.articleId, b.articleId, other: key)
                kind = RunningToll.judge(a, b, direction: direction, sameStage: stage) == .update ? .update : .conflict
            } else {
                kind = .conflict
            }
            let relative = FigureGap.relative(gap, a, b)
            let factors = Confidence.factors(evidence, measure: measure, relativeGap: relative, a: a, b: b)
            edges[kind, default: []].append(
                Pair(a: i, b: j, gap: gap, relativeGap: relative, evidence: evidence, factors: factors))
        }
        let linked = Set(sameEventPairs.map { Int64($0.0) << 32 | Int64($0.1) })
        for kind in FlagKind.allCases {
            guard let pairs = edges[kind] else { continue }
            result.findings += FindingGroups.group(
                block, pairs, agreeing: sameEventPairs,
                linked: { x, y in x == y || linked.contains(Int64(min(x, y)) << 32 | Int64(max(x, y))) }
            ).map { Finding(kind: kind, blockKey: key, measure: measure, claims: $0.claims, pairs: $0.pairs) }
        }
        return result
    }

    /// Whether two different figures in one article are two estimates of one quantity. Not for a
    /// running toll (a live page updates its own toll as it goes), nor for a thing counted with
    /// nothing said to happen to it (`four towers … eight buildings` count different sets) unless
    /// both figures are placed in one city or region (`police counted 40,000 marchers in Lisbon`
    /// vs `organisers said 100,000 marchers in Lisbon`: one crowd), nor when one figure is placed in a city or region and the other not (an article moves from
    /// place to place; a country names the whole story's subject).
    static func isDispute(_ a: CheckClaim, _ b: CheckClaim, measure: MeasureKind, evidence: SameEvent.Evidence) -> Bool {
        if case .runningToll = measure { return false }
        if a.event == nil {
            guard case .same = evidence.place, a.placeInfo?.isCountry == false else { return false }
        }
        switch evidence.place {
        case .same: return true
        case .unknown:
            func local(_ p: SameEvent.PlaceInfo?) -> Bool { p.map { !$0.isCountry } ?? false }
            return !local(a.placeInfo) && !local(b.placeInfo)
        case .different: return false
        }
    }

    /// Calls `body` once for each pair worth comparing (`i < j`). A small block: every pair. A
    /// large one: claims ordered by date (event, inferred or published; undated last), each
    /// compared with the next `neighbours` claims within the block's window, so the pairs grow
    /// with the number of claims, not its square. Undated claims of a large block meet only the
    /// undated claims next to them.
    func candidatePairs(_ block: [CheckClaim], measure: MeasureKind, inferred: [Int64: Int32], _ body: (Int, Int) -> Void) {
        if block.count <= exhaustiveLimit {
            for i in 0..<block.count { for j in (i + 1)..<block.count { body(i, j) } }
            return
        }
        let window = measure.isDated ? sameEvent.window : sameEvent.standingWindow
        let day = block.map { $0.eventDay ?? inferred[$0.id] ?? $0.publishedDay }
        let order = block.indices.sorted { (day[$0] ?? .max, $0) < (day[$1] ?? .max, $1) }
        for (p, i) in order.enumerated() {
            var q = p + 1
            while q < order.count, q - p <= neighbours {
                let j = order[q]
                if let di = day[i] {
                    guard let dj = day[j], dj - di <= window else { break }
                } else if day[j] != nil {
                    break
                }
                body(min(i, j), max(i, j))
                q += 1
            }
        }
    }
}

/// What a flag is about.
public enum FlagKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Figures in different sources that cannot both be true.
    case conflict
    /// A running toll that moved between reports: shown for the record, not a contradiction.
    case update
    /// Two figures for one quantity in one article: two estimates in one source.
    case disputed

    /// What a reviewer decides about: conflicts and disputed figures (an update needs no decision).
    public static let discrepancies: Set<FlagKind> = [.conflict, .disputed]
}

/// Two articles, in order.
struct ArticlePair: Hashable, Sendable {
    var a: Int64
    var b: Int64
    init(_ x: Int64, _ y: Int64) {
        a = min(x, y)
        b = max(x, y)
    }
}
