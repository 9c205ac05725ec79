/// Which articles tell the same story, from the figures they share: two articles that give one
/// figure for one measure (`eight buildings`, `a 28-point plan`, `128 dead`) are reporting the
/// same events, so their other figures may be compared even when a date or a place is missing.
/// When the shared figure is a running toll and no other toll of theirs differs, the two were
/// written at the same stage of the story (`sameStage`: both count 128 dead, so their counts of
/// the missing were taken at one time; had their counts of the missing and of the dead both
/// moved, the story would have moved on between them).
///
/// Figures that say too little to tie two articles are left out: counts under ten (`two people`,
/// `seven injured` recur in unrelated stories), and figures that more than `maxArticles`
/// articles share (a number every report of a war repeats).
///
/// Built from every claim of the ledger (`add`, then `seal`) before the blocks are compared.
struct StoryLinks: Sendable {
    static let maxArticles = 20

    private struct Figure: Hashable {
        var block: UInt64
        var value: Double
    }

    private var articlesOf: [Figure: [Int64]] = [:]
    private var runningBlocks: Set<UInt64> = []
    /// Article → running-toll block → the figures it gives for it.
    private var tollsOf: [Int64: [UInt64: Set<Double>]] = [:]
    /// Article → the figures it shares with another article.
    private var figuresOf: [Int64: [Figure]] = [:]

    mutating func add(_ c: CheckClaim) {
        if c.kind == .count, abs(c.value) < 10 { return }
        let block = WordHash.of(c.blockKey)
        if case .runningToll = MeasureKind.of(entity: c.entity, event: c.event) {
            runningBlocks.insert(block)
            tollsOf[c.articleId, default: [:]][block, default: []].insert(c.value)
        }
        let figure = Figure(block: block, value: c.value)
        var list = articlesOf[figure, default: []]
        if list.count <= Self.maxArticles, list.last != c.articleId, !list.contains(c.articleId) { list.append(c.articleId) }
        articlesOf[figure] = list
    }

    /// Indexes the figures two to `maxArticles` articles share; call once, after every `add`.
    mutating func seal() {
        for (figure, articles) in articlesOf where articles.count >= 2 && articles.count <= Self.maxArticles {
            for a in articles { figuresOf[a, default: []].append(figure) }
        }
        articlesOf = [:]
    }

    /// Whether articles `x` and `y` share a figure of a measure other than `blockKey`.
    func sameStory(_ x: Int64, _ y: Int64, other blockKey: String) -> Bool {
        shared(x, y, other: blockKey) { _ in true }
    }

    /// Whether articles `x` and `y` agree on a running toll other than `blockKey` and differ on no
    /// other running toll they both give.
    func sameStage(_ x: Int64, _ y: Int64, other blockKey: String) -> Bool {
        guard shared(x, y, other: blockKey, { runningBlocks.contains($0.block) }), let tx = tollsOf[x], let ty = tollsOf[y] else {
            return false
        }
        let own = WordHash.of(blockKey)
        return !tx.contains { block, values in block != own && ty[block].map { $0.isDisjoint(with: values) } == true }
    }

    private func shared(_ x: Int64, _ y: Int64, other blockKey: String, _ accept: (Figure) -> Bool) -> Bool {
        guard x != y, let fx = figuresOf[x], let fy = figuresOf[y] else { return false }
        let own = WordHash.of(blockKey)
        // Few figures are shared per article: a nested scan is cheaper than building a set.
        return fx.contains { f in f.block != own && accept(f) && fy.contains(f) }
    }
}
