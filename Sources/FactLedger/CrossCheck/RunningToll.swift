/// Whether two different figures of one running toll (`MeasureKind.runningToll`) contradict each
/// other or are the toll moving between reports.
///
/// Reason: a toll is counted while its event unfolds, so figures published at different times
/// may both be right. In order of publication (by the day, or by the time when both reports
/// give one on the same day: `06:00` before `12:00`): a later, higher figure is an **update** (shown as
/// such, not a discrepancy); a later, lower one contradicts the earlier for a toll that only
/// grows (`killed`, `arrested`) and is an update for one that moves both ways (`missing`: people
/// are found). Reports whose order is unknown (undated, or published the same day) contradict
/// each other only when they are at the same stage of the story (`StoryLinks.sameStage`: they
/// agree on another of its tolls, as two reports that both count 128 dead are); otherwise the
/// difference is read as the toll moving.
enum RunningToll {
    enum Verdict: Equatable { case conflict, update }

    static func judge(_ a: CheckClaim, _ b: CheckClaim, direction: MeasureKind.Direction, sameStage: Bool) -> Verdict {
        guard let aFirst = isPublishedBefore(a, b) else { return sameStage ? .conflict : .update }
        let (earlier, later) = aFirst ? (a, b) : (b, a)
        if later.interval.isAbove(earlier.interval) { return .update }
        return direction == .accumulating ? .conflict : .update
    }

    /// Whether `a` was published before `b`: by day, else by the time of day when both give one
    /// in one time zone (ISO timestamps with the same offset compare as strings); nil when the
    /// order is unknown.
    static func isPublishedBefore(_ a: CheckClaim, _ b: CheckClaim) -> Bool? {
        guard let pa = a.publishedDay, let pb = b.publishedDay else { return nil }
        if pa != pb { return pa < pb }
        guard let ta = a.published, let tb = b.published, ta.contains("T"), tb.contains("T"), ta != tb,
            ta.count == tb.count, ta.suffix(6) == tb.suffix(6) || ta.hasSuffix("Z") && tb.hasSuffix("Z")
        else { return nil }
        return ta < tb
    }
}
